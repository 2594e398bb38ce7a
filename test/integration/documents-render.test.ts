import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { actionPlanDefinition } from '../../common/documents/action-plan.js';
import { fillHandoverTemplate, handoverLetterDefinition, handoverValues } from '../../common/documents/handover-letter.js';
import { DEFAULT_LETTER_TEMPLATES } from '../../common/documents/letter-placeholders.js';
import { meetingPackDefinition } from '../../common/documents/meeting-pack.js';
import { partnerActionListDefinition } from '../../common/documents/partner-action-list.js';
import type { DocDefinition } from '../../common/documents/pdf-types.js';
import type { PlanView } from '../../common/documents/view-models.js';
import type { TemplateBlock } from '../../common/template.js';
import { renderPdf } from '../../electron/main/documents/render.js';
import { ADDRESSEE, LETTERHEAD, syntheticPlan, TINY_PNG } from '../fixtures/documents.js';
import { pdfPageCount, pdfText, pdfWords } from '../helpers/pdf.js';

const addressee = ADDRESSEE;
const meeting = {
  title: 'Regie- en toedelingsoverleg',
  date: '2026-11-26',
  startTime: '10:00',
  place: 'Gemeentehuis',
  partnersPresent: ['Reclassering Nederland'],
};
/** pdftotext may wrap a long cell over two lines; compare on words with whitespace squeezed. */
const squeeze = (s: string) => s.replace(/\s+/g, ' ');

describe('rendered PDFs read back as text', () => {
  it('action plan: Dutch characters, euro amounts, dd-mm-jjjj dates and every open action', async () => {
    const plan = syntheticPlan({ actions: 30 });
    const pdf = await renderPdf(actionPlanDefinition({ letterhead: { ...LETTERHEAD, logo: TINY_PNG }, date: '2026-11-23', plan }));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    const flat = squeeze(text);
    for (const s of ['Noël Ïsa van Fictiefsma-Ĳzerman', 'Eelco Übelhör', 'Inés Testmans', 'Zoë Testcoördinator', 'Financiën', 'Renée'])
      expect(flat).toContain(s);
    expect(flat).toContain('€ 1.234,56');
    expect(flat).toContain('€ 60,50');
    expect(flat).toContain('07-03-1991');
    expect(flat).toContain('Vertrouwelijk · 23-11-2026');
    const words = squeeze(pdfText(pdf, { layout: false }));
    for (const a of plan.openActions) {
      expect(words).toContain(`actie ${a.id}`);
    }
    const pages = pdfPageCount(pdf);
    for (let p = 1; p <= pages; p++) expect(pdfText(pdf, { page: p })).toContain(`Pagina ${p} van ${pages}`);
  });

  it('a long plan (120 actions) breaks over a sane number of pages, with the table header on every page', async () => {
    const plan = syntheticPlan({ actions: 120 });
    const pdf = await renderPdf(actionPlanDefinition({ letterhead: LETTERHEAD, date: '2026-11-23', plan }));
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(5);
    expect(pages).toBeLessThanOrEqual(12);
    const words = squeeze(pdfText(pdf, { layout: false }));
    for (const a of plan.openActions) expect(words).toMatch(new RegExp(`actie ${a.id}\\b`));
    // The actions table starts on page 1 and runs to the last page: every continuation page repeats its header.
    for (let p = 2; p <= pages; p++) {
      const page = pdfText(pdf, { page: p });
      if (/actie \d+/.test(page)) expect(page).toMatch(/Leefgebied\s+Actie\s+Wie\s+Deadline\s+Status/);
    }
  });

  it('action plan: no half-empty first page — the actions table starts on page 1 and continues on page 2 under its repeated heading and header row', async () => {
    // Ten actions do not fit under the client block, basisvoorwaarden, scores, amounts and goals on page 1.
    const plan = syntheticPlan({ actions: 10 });
    const pdf = await renderPdf(actionPlanDefinition({ letterhead: LETTERHEAD, date: '2026-11-23', plan }));
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(2);
    const header = /Leefgebied\s+Actie\s+Wie\s+Deadline\s+Status/;
    const page1 = squeeze(pdfText(pdf, { page: 1, layout: false }));
    const page2 = pdfText(pdf, { page: 2 });
    expect(page1).toContain('Openstaande acties (10)');
    expect(page1).toMatch(/actie 1\b/);
    expect(pdfText(pdf, { page: 1 })).toMatch(header);
    expect(page2).toMatch(header);
    expect(squeeze(pdfText(pdf, { page: 2, layout: false }))).toMatch(/actie 10\b/);
    // The continuation opens with the section's heading and column headers again.
    expect(page2).toMatch(/Openstaande acties \(10\)\s+Leefgebied\s+Actie/);
  });

  it('meeting pack and partner list render pseudonymised without names', async () => {
    const items = [1, 2].map((i) => ({ plan: syntheticPlan({ actions: 4, dossierId: i }), note: '' }));
    const pack = pdfText(await renderPdf(meetingPackDefinition({ letterhead: LETTERHEAD, date: '2026-11-23', meeting, pseudonymise: true, items })));
    expect(pack).toContain('N.Ï.F. (1991)');
    expect(pack).not.toContain('Fictiefsma');
    expect(pack).not.toContain('999999990');
    const acts = items.flatMap((it) => it.plan.openActions.map((a) => ({ ...a, id: a.id + 100 * it.plan.client.dossierId, client: it.plan.client })));
    const list = pdfText(
      await renderPdf(
        partnerActionListDefinition({
          letterhead: LETTERHEAD,
          date: '2026-11-23',
          meeting,
          pseudonymise: false,
          sections: [{ partner: 'Wijkteam Oost', actions: acts.filter((a) => a.partner === 'Wijkteam Oost') }],
        }),
      ),
    );
    expect(list).toContain('Actielijst Wijkteam Oost');
    expect(squeeze(list)).toContain('Fictiefsma');
  });

  it('handover letter: addressee inside the window of a window envelope, body filled, appendix with the plan', async () => {
    const plan = syntheticPlan({ actions: 5 });
    const values = handoverValues({ letterhead: LETTERHEAD, plan, addressee, date: '2026-11-23' });
    const { subject, body } = fillHandoverTemplate(DEFAULT_LETTER_TEMPLATES[0]!, values);
    const pdf = await renderPdf(
      handoverLetterDefinition({ letterhead: LETTERHEAD, date: '2026-11-23', reference: 'ND-2026-0001', addressee, subject, body, appendix: plan }),
    );
    const words = pdfWords(pdf).filter((w) => w.page === 1);
    const inWindow = (w: (typeof words)[number]) => w.xMin >= 20 && w.xMax <= 110 && w.yMin >= 45 && w.yMax <= 95;
    for (const token of ['Reclassering', 'Testmans', 'Postbus', 'Voorbeeldstad']) {
      const w = words.find((x) => x.text === token);
      expect(w, token).toBeDefined();
      expect(inWindow(w!), `${token} at ${w!.xMin.toFixed(1)},${w!.yMin.toFixed(1)} mm`).toBe(true);
    }
    // Nothing else of the letter in the window but the return address line.
    const strays = words.filter(
      (w) =>
        inWindow(w) &&
        !/Retouradres|Gemeente|Fictiefdorp|Voorbeeldplein|^1,?$|9999|ZZ|Reclassering|Nederland|t\.a\.v\.|mevrouw|I\.|Testmans|Postbus|999|Voorbeeldstad|,/.test(
          w.text,
        ),
    );
    expect(strays.map((w) => w.text)).toEqual([]);
    const text = squeeze(pdfText(pdf));
    expect(text).toContain('Overdracht nazorg Noël Ïsa van Fictiefsma-Ĳzerman');
    expect(text).toContain('Op 14-12-2026 komt Noël Ïsa van Fictiefsma-Ĳzerman');
    expect(text).toContain('Werk en inkomen: niet geregeld');
    expect(text).toContain('23 november 2026');
    expect(text).toContain('Bijlage: actieplan');
    expect(text).not.toContain('{{');
  });
});

describe('handover letter reads like a municipal letter', () => {
  const letter = (plan: PlanView, body: TemplateBlock[], attention = addressee.attention) =>
    renderPdf(
      handoverLetterDefinition({
        letterhead: LETTERHEAD,
        date: '2026-11-23',
        reference: 'K',
        addressee: { ...addressee, attention },
        subject: 'Overdracht',
        body,
        appendix: null,
      }),
    );

  it('the closing greeting and signature never stand alone on a page: they stay with the last paragraph', async () => {
    // Letters of growing length, so that one of them ends right at the bottom of page 1.
    const last = 'Hebt u vragen over deze overdracht? Neem dan contact met mij op.';
    let broke = 0;
    for (let n = 15; n <= 22; n++) {
      const body: TemplateBlock[] = [
        ...Array.from({ length: n }, (_, i) => ({ kind: 'paragraph' as const, text: `Alinea ${i + 1} van de overdracht, één regel lang.` })),
        { kind: 'paragraph', text: last },
      ];
      const pdf = await letter(syntheticPlan({ actions: 1 }), body);
      const pages = pdfPageCount(pdf);
      const texts = Array.from({ length: pages }, (_, i) => squeeze(pdfText(pdf, { page: i + 1 })));
      const at = texts.findIndex((t) => t.includes('Met vriendelijke groet,'));
      expect(at, `n=${n}`).toBeGreaterThanOrEqual(0);
      expect(texts[at], `n=${n}: greeting on page ${at + 1} without the last paragraph`).toContain(last);
      expect(texts[at]).toContain('Zoë Testcoördinator');
      if (at > 0) broke++;
    }
    // The range really crossed the page boundary.
    expect(broke).toBeGreaterThan(0);
  });

  it('the salutation names the contact person when the t.a.v. line says mevrouw or de heer, else "Geachte heer, mevrouw,"', async () => {
    const plan = syntheticPlan({ actions: 1 });
    const text = async (attention: string, template = DEFAULT_LETTER_TEMPLATES[0]!) => {
      const values = handoverValues({ letterhead: LETTERHEAD, plan, addressee: { ...addressee, attention }, date: '2026-11-23' });
      return squeeze(pdfText(await letter(plan, fillHandoverTemplate(template, values).body, attention)));
    };
    expect(await text('mevrouw I. Testmans')).toContain('Geachte mevrouw Testmans,');
    expect(await text('de heer J.H. van der Kraaijeveld')).toContain('Geachte heer Van der Kraaijeveld,');
    const neutral = await text('Afdeling toezicht');
    expect(neutral).toContain('Geachte heer, mevrouw,');
    expect(neutral).not.toContain('Geachte mevrouw');
    // A template saved before {{aanhef}} existed, with the neutral salutation typed out, gets the personal one.
    const older = { ...DEFAULT_LETTER_TEMPLATES[0]!, body: DEFAULT_LETTER_TEMPLATES[0]!.body.replace('{{aanhef}}', 'Geachte heer, mevrouw,') };
    expect(older.body).toContain('Geachte heer, mevrouw,');
    expect(await text('mevrouw I. Testmans', older)).toContain('Geachte mevrouw Testmans,');
  });

  it("open actions are listed per owner: the reader's own first, other partners by name, unassigned ones apart as not yet placed", async () => {
    const plan = syntheticPlan({ actions: 0 });
    const row = (id: number, what: string, partner: string, unassigned = false) => ({
      id,
      domain: 'Huisvesting',
      what,
      partner: unassigned ? 'Nog niet toegewezen' : partner,
      unassigned,
      contactPerson: partner === 'Reclassering Nederland' ? 'Inés Testmans' : '',
      deadline: '2026-12-0' + String(id),
      statusLabel: 'Open',
      overdue: false,
    });
    plan.openActions = [
      row(1, 'Kamer in de opvang regelen', 'Wijkteam Oost'),
      row(2, 'Meldplicht afspreken', 'Reclassering Nederland'),
      row(3, 'Zorgverzekering laten ingaan', '', true),
      row(4, 'Bijstand aanvragen', 'Werk & Inkomen'),
    ];
    const values = handoverValues({ letterhead: LETTERHEAD, plan, addressee, date: '2026-11-23' });
    const text = squeeze(pdfText(await letter(plan, fillHandoverTemplate(DEFAULT_LETTER_TEMPLATES[0]!, values).body)));
    expect(text).toMatch(
      /per partner die ze uitvoert: Reclassering Nederland \(uw organisatie\) Meldplicht afspreken \(contactpersoon Inés Testmans; deadline 02-12-2026\) Werk & Inkomen Bijstand aanvragen \(deadline 04-12-2026\) Wijkteam Oost Kamer in de opvang regelen \(deadline 01-12-2026\) Nog niet bij een partner belegd Zorgverzekering laten ingaan \(deadline 03-12-2026\)/,
    );
    expect(text).not.toContain('nog niet toegewezen');
  });

  it('the client is named as a letter does: "de heer N.Ï. van …" when the form of address is known, else the full name', async () => {
    const plan = syntheticPlan({ actions: 1 });
    plan.client = { ...plan.client, aanhef: 'heer' };
    const values = handoverValues({ letterhead: LETTERHEAD, plan, addressee, date: '2026-11-23' });
    const { subject, body } = fillHandoverTemplate(DEFAULT_LETTER_TEMPLATES[0]!, values);
    expect(subject).toBe('Overdracht nazorg de heer N.Ï. van Fictiefsma-Ĳzerman');
    expect(squeeze(pdfText(await letter(plan, body)))).toContain('Op 14-12-2026 komt de heer N.Ï. van Fictiefsma-Ĳzerman (geboren 07-03-1991) vrij');
  });
});

describe('documents cannot reach outside the app', () => {
  let server: Server;
  let hits = 0;
  let url = '';
  beforeAll(async () => {
    server = createServer((_req, res) => {
      hits++;
      res.writeHead(200, { 'Content-Type': 'image/png' });
      res.end(Buffer.from(TINY_PNG.split(',')[1]!, 'base64'));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/logo.png`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const base = (): DocDefinition => actionPlanDefinition({ letterhead: LETTERHEAD, date: '2026-11-23', plan: syntheticPlan({ actions: 1 }) });

  it('an image URL (as images entry or inline) is refused and never fetched', async () => {
    await expect(renderPdf({ ...base(), images: { logo: url } })).rejects.toThrow();
    await expect(renderPdf({ ...base(), content: [{ image: url }] })).rejects.toThrow();
    expect(hits).toBe(0);
  });

  it('a local file outside the assets folder is refused', async () => {
    await expect(renderPdf({ ...base(), images: { logo: '/etc/hostname' } })).rejects.toThrow();
    await expect(renderPdf({ ...base(), content: [{ image: '/etc/hostname' }] })).rejects.toThrow(/denied|Access/i);
  });

  it('a URL or path typed into a template or a setting ends up as text, not as a fetch', async () => {
    const plan = syntheticPlan({ actions: 1 });
    const template = { subject: 'Zie {{client.naam}}', body: `Logo: ${url}\n\n/etc/hostname\n\n{{openActies}}` };
    const values = handoverValues({ letterhead: { ...LETTERHEAD, municipalityName: url }, plan, addressee, date: '2026-11-23' });
    const { subject, body } = fillHandoverTemplate(template, values);
    const pdf = await renderPdf(
      handoverLetterDefinition({
        letterhead: { ...LETTERHEAD, municipalityName: url },
        date: '2026-11-23',
        reference: 'K',
        addressee,
        subject,
        body,
        appendix: null,
      }),
    );
    expect(squeeze(pdfText(pdf))).toContain(`Logo: ${url}`);
    expect(hits).toBe(0);
  });
});
