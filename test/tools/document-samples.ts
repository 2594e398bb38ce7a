import { execFileSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actionPlanDefinition } from '../../common/documents/action-plan.js';
import { fillHandoverTemplate, handoverLetterDefinition, handoverValues } from '../../common/documents/handover-letter.js';
import { DEFAULT_LETTER_TEMPLATES } from '../../common/documents/letter-placeholders.js';
import { meetingPackDefinition } from '../../common/documents/meeting-pack.js';
import { minutesDefinition } from '../../common/documents/minutes.js';
import { partnerActionListDefinition } from '../../common/documents/partner-action-list.js';
import type { DocDefinition } from '../../common/documents/pdf-types.js';
import { renderPdf } from '../../electron/main/documents/render.js';
import { ADDRESSEE, LETTERHEAD, SAMPLE_LOGO, syntheticPlan } from '../fixtures/documents.js';

/**
 * `npx tsx test/tools/document-samples.ts`: renders every document from synthetic data and writes page 1
 * of each as a PNG to docs/screenshots/ (pdftoppm, 80 dpi) for the README.
 */
const out = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const lh = { ...LETTERHEAD, logo: SAMPLE_LOGO };
const date = '2026-11-23';
const meeting = {
  title: 'Regie- en toedelingsoverleg',
  date: '2026-11-26',
  startTime: '10:00',
  place: 'Gemeentehuis, kamer 2',
  partnersPresent: ['Reclassering Nederland', 'Wijkteam Oost', 'Werk & Inkomen'],
};
const plan = syntheticPlan({ actions: 12 });
const items = [1, 2, 3].map((i) => ({ plan: syntheticPlan({ actions: 5, dossierId: i }), note: i === 2 ? 'Huisvesting na vrijlating' : '' }));
const acts = items.flatMap((it) => it.plan.openActions.map((a) => ({ ...a, id: a.id + 100 * it.plan.client.dossierId, client: it.plan.client })));
const addressee = { ...ADDRESSEE, department: 'Unit Noord' };
const letter = fillHandoverTemplate(DEFAULT_LETTER_TEMPLATES[0]!, handoverValues({ letterhead: lh, plan: syntheticPlan({ actions: 4 }), addressee, date }));

const docs: [string, DocDefinition][] = [
  ['document-actieplan', actionPlanDefinition({ letterhead: lh, date, plan })],
  ['document-vergaderstukken', meetingPackDefinition({ letterhead: lh, date, meeting, pseudonymise: true, items })],
  [
    'document-verslag',
    minutesDefinition({
      letterhead: lh,
      date,
      meeting,
      pseudonymise: false,
      items: items.map((it) => ({
        client: it.plan.client,
        decisions: [{ text: 'Wijkteam Oost neemt de regie over huisvesting.' }],
        newActions: it.plan.openActions.slice(0, 2),
      })),
    }),
  ],
  [
    'document-actielijst',
    partnerActionListDefinition({
      letterhead: lh,
      date,
      meeting,
      pseudonymise: true,
      sections: [{ partner: 'Wijkteam Oost', actions: acts.filter((a) => a.partner === 'Wijkteam Oost' || a.partner === 'Werk & Inkomen') }],
    }),
  ],
  [
    'document-overdrachtsbrief',
    handoverLetterDefinition({ letterhead: lh, date, reference: 'D-00001/2026', addressee, subject: letter.subject, body: letter.body, appendix: null }),
  ],
];

const tmp = mkdtempSync(join(tmpdir(), 'nazorg-samples-'));
try {
  for (const [name, def] of docs) {
    const pdf = join(tmp, `${name}.pdf`);
    writeFileSync(pdf, await renderPdf(def));
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, join(tmp, name)]);
    renameSync(join(tmp, `${name}.png`), join(out, `${name}.png`));
    console.log(`docs/screenshots/${name}.png`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
