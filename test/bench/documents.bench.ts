import { actionPlanDefinition } from '../../common/documents/action-plan.js';
import { fillHandoverTemplate, handoverLetterDefinition, handoverValues } from '../../common/documents/handover-letter.js';
import { DEFAULT_LETTER_TEMPLATES } from '../../common/documents/letter-placeholders.js';
import { meetingPackDefinition } from '../../common/documents/meeting-pack.js';
import { renderPdf } from '../../electron/main/documents/render.js';
import { LETTERHEAD, syntheticPlan, TINY_PNG } from '../fixtures/documents.js';
import { result, timeRuns, type BenchResult } from './harness.js';

const lh = { ...LETTERHEAD, logo: TINY_PNG };
const addressee = {
  organisation: 'Reclassering Nederland',
  department: '',
  attention: 'mevrouw I. Testmans',
  street: 'Postbus 999',
  postcodeCity: '9999 ZZ Voorbeeldstad',
};

/** Document rendering after a warm-up in the same process: definition + pdfmake to bytes. */
export async function benchDocuments(): Promise<BenchResult[]> {
  const plan30 = syntheticPlan({ actions: 30 });
  const actionPlan = await timeRuns(
    15,
    async () => {
      await renderPdf(actionPlanDefinition({ letterhead: lh, date: '2026-11-23', plan: plan30 }));
    },
    3,
  );

  const items = Array.from({ length: 50 }, (_, i) => ({ plan: syntheticPlan({ actions: 6, dossierId: i + 1 }), note: '' }));
  const meeting = {
    title: 'Regie- en toedelingsoverleg',
    date: '2026-11-26',
    startTime: '10:00',
    place: 'Gemeentehuis',
    partnersPresent: ['Reclassering Nederland', 'Wijkteam Oost'],
  };
  const pack = await timeRuns(
    5,
    async () => {
      await renderPdf(meetingPackDefinition({ letterhead: lh, date: '2026-11-23', meeting, pseudonymise: true, items }));
    },
    1,
  );

  const plan8 = syntheticPlan({ actions: 8 });
  const letter = await timeRuns(
    15,
    async () => {
      const values = handoverValues({ letterhead: lh, plan: plan8, addressee, date: '2026-11-23' });
      const { subject, body } = fillHandoverTemplate(DEFAULT_LETTER_TEMPLATES[0]!, values);
      await renderPdf(handoverLetterDefinition({ letterhead: lh, date: '2026-11-23', reference: 'ND-2026-0001', addressee, subject, body, appendix: null }));
    },
    3,
  );

  return [
    result('documents.action_plan', actionPlan, undefined, '<= 250 ms (30 actions)'),
    result('documents.meeting_pack_50', pack, undefined, '<= 5000 ms (50 dossiers)'),
    result('documents.handover_letter', letter, undefined, '<= 250 ms'),
  ];
}
