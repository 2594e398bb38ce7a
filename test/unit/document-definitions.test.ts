import { describe, expect, it } from 'vitest';
import { actionPlanDefinition } from '../../common/documents/action-plan.js';
import { ADDRESS_WINDOW, addresseeLines, fillHandoverTemplate, handoverLetterDefinition, handoverValues } from '../../common/documents/handover-letter.js';
import { DEFAULT_LETTER_TEMPLATES, HANDOVER_PLACEHOLDER_NAMES } from '../../common/documents/letter-placeholders.js';
import { meetingPackDefinition } from '../../common/documents/meeting-pack.js';
import { minutesDefinition } from '../../common/documents/minutes.js';
import { partnerActionListDefinition } from '../../common/documents/partner-action-list.js';
import { pseudonym } from '../../common/documents/people.js';
import { mm, type Content, type DocDefinition } from '../../common/documents/pdf-types.js';
import { ADDRESSEE, LETTERHEAD, syntheticPlan, TINY_PNG } from '../fixtures/documents.js';

/** All text in a definition's content, header and footer (pages 2 of 5), for checks without rendering. */
function textOf(c: Content | undefined): string {
  if (c === undefined) return '';
  if (typeof c === 'string') return c;
  if (Array.isArray(c)) return c.map(textOf).join(' ');
  const o = c as unknown as Record<string, unknown>;
  return ['text', 'stack', 'columns', 'ul', 'ol']
    .map((k) => (o[k] === undefined ? '' : textOf(o[k] as Content)))
    .concat(o['table'] ? textOf((o['table'] as { body: Content[][] }).body.flat()) : '')
    .join(' ');
}
const everything = (d: DocDefinition) => [textOf(d.content), textOf(d.header?.(2, 5)), textOf(d.footer?.(2, 5))].join(' ');

const meeting = {
  title: 'Regie- en toedelingsoverleg',
  date: '2026-11-26',
  startTime: '10:00',
  place: 'Gemeentehuis',
  partnersPresent: ['Reclassering Nederland', 'Wijkteam Oost'],
};
const addressee = { ...ADDRESSEE, department: 'Unit Noord' };

describe('document definitions (pure)', () => {
  it('every document is A4 and states "Vertrouwelijk", the date and "Pagina X van Y" on every page', () => {
    const plan = syntheticPlan();
    const defs = [
      actionPlanDefinition({ letterhead: LETTERHEAD, date: '2026-11-23', plan }),
      meetingPackDefinition({ letterhead: LETTERHEAD, date: '2026-11-23', meeting, pseudonymise: false, items: [{ plan, note: '' }] }),
      minutesDefinition({
        letterhead: LETTERHEAD,
        date: '2026-11-23',
        meeting,
        pseudonymise: false,
        items: [{ client: plan.client, decisions: [{ text: 'Besluit' }], newActions: [] }],
      }),
      partnerActionListDefinition({
        letterhead: LETTERHEAD,
        date: '2026-11-23',
        meeting,
        pseudonymise: false,
        sections: [{ partner: 'Wijkteam Oost', actions: [] }],
      }),
      handoverLetterDefinition({ letterhead: LETTERHEAD, date: '2026-11-23', reference: 'K1', addressee, subject: 'Onderwerp', body: [], appendix: null }),
    ];
    for (const d of defs) {
      expect(d.pageSize).toBe('A4');
      const header = textOf(d.header!(3, 7));
      const footer = textOf(d.footer!(3, 7));
      expect(header).toContain('Vertrouwelijk');
      expect(header).toContain('23-11-2026');
      expect(footer).toContain('Pagina 3 van 7');
      expect(d.language).toBe('nl-NL');
    }
  });

  it('the action plan holds the client, basisvoorwaarden, scores, goals, every open action with owner and deadline, contacts and amounts', () => {
    const plan = syntheticPlan({ actions: 12 });
    const text = everything(actionPlanDefinition({ letterhead: LETTERHEAD, date: '2026-11-23', plan }));
    expect(text).toContain('Noël Ïsa van Fictiefsma-Ĳzerman');
    expect(text).toContain('07-03-1991');
    for (const label of ['Identiteitsbewijs', 'Onderdak', 'Werk en inkomen', 'Schulden', 'Zorg', 'niet geregeld']) expect(text).toContain(label);
    expect(text).toContain('Binnen drie maanden een eigen kamer');
    for (const a of plan.openActions) {
      expect(text).toContain(a.what);
      expect(text).toContain(a.partner);
    }
    expect(text).toContain('01-12-2026');
    expect(text).toContain('€ 1.234,56');
    expect(text).toContain('Eelco Übelhör');
  });

  it('a dossier without a plan gets every section, labelled empty', () => {
    const plan = { ...syntheticPlan(), hasPlan: false, basisvoorwaarden: [], domainScores: [], goals: [], openActions: [], amounts: [] };
    const text = everything(actionPlanDefinition({ letterhead: LETTERHEAD, date: '2026-11-23', plan }));
    for (const h of ['Basisvoorwaarden', 'Leefgebieden', 'Doelen', 'Openstaande acties (0)']) expect(text).toContain(h);
    expect(text).toContain('Nog geen plan vastgelegd voor dit dossier.');
  });

  it('tables repeat their header row on every page', () => {
    const d = actionPlanDefinition({ letterhead: LETTERHEAD, date: '2026-11-23', plan: syntheticPlan({ actions: 40 }) });
    // Column headers, and the section heading carried as the first header row.
    const tables = JSON.stringify(d.content).match(/"headerRows":2/g) ?? [];
    expect(tables.length).toBeGreaterThanOrEqual(5);
  });

  it('no table is wrapped whole in an unbreakable block (it would move to the next page and leave a half-empty one)', () => {
    const d = actionPlanDefinition({ letterhead: LETTERHEAD, date: '2026-11-23', plan: syntheticPlan({ actions: 10 }) });
    const offenders: unknown[] = [];
    const walk = (c: unknown, inUnbreakable: boolean): void => {
      if (Array.isArray(c)) return c.forEach((x) => walk(x, inUnbreakable));
      if (!c || typeof c !== 'object') return;
      const o = c as Record<string, unknown>;
      if ('table' in o && inUnbreakable) offenders.push(o);
      const inside = inUnbreakable || o['unbreakable'] === true;
      for (const k of ['stack', 'columns', 'ul', 'ol']) if (o[k]) walk(o[k], inside);
    };
    walk(d.content, false);
    expect(offenders).toEqual([]);
  });

  it('pseudonymised meeting pack shows initials and year of birth, never name, BSN, birth date or address', () => {
    const plan = syntheticPlan();
    const d = meetingPackDefinition({ letterhead: LETTERHEAD, date: '2026-11-23', meeting, pseudonymise: true, items: [{ plan, note: 'Huisvesting' }] });
    const text = everything(d);
    expect(pseudonym(plan.client)).toBe('N.Ï.F. (1991)');
    expect(text).toContain('N.Ï.F. (1991)');
    for (const secret of ['Fictiefsma-Ĳzerman', 'Noël', '999999990', '07-03-1991', 'Proefstraat', 'Renée']) expect(text).not.toContain(secret);
    // and the same pack without the option does show the name
    expect(
      everything(meetingPackDefinition({ letterhead: LETTERHEAD, date: '2026-11-23', meeting, pseudonymise: false, items: [{ plan, note: '' }] })),
    ).toContain('Fictiefsma-Ĳzerman');
  });

  it('the partner action list has one section per partner, each after the first on a new page', () => {
    const plan = syntheticPlan({ actions: 12 });
    const acts = plan.openActions.map((a) => ({ ...a, client: plan.client }));
    const d = partnerActionListDefinition({
      letterhead: LETTERHEAD,
      date: '2026-11-23',
      meeting,
      pseudonymise: true,
      sections: [
        { partner: 'Wijkteam Oost', actions: acts.filter((a) => a.partner === 'Wijkteam Oost') },
        { partner: 'Werk & Inkomen', actions: acts.filter((a) => a.partner === 'Werk & Inkomen') },
      ],
    });
    expect(d.content).toHaveLength(2);
    expect((d.content[1] as { pageBreak?: string }).pageBreak).toBe('before');
    const text = everything(d);
    expect(text).toContain('Actielijst Wijkteam Oost');
    expect(text).toContain('N.Ï.F. (1991)');
    expect(text).not.toContain('Fictiefsma-Ĳzerman');
  });

  it('the letter puts the addressee in the envelope window and fills every placeholder', () => {
    const plan = syntheticPlan({ actions: 3 });
    const values = handoverValues({ letterhead: LETTERHEAD, plan, addressee, date: '2026-11-23' });
    expect(Object.keys(values).sort()).toEqual([...HANDOVER_PLACEHOLDER_NAMES].sort());
    const { subject, body } = fillHandoverTemplate(DEFAULT_LETTER_TEMPLATES[0]!, values);
    expect(subject).toBe('Overdracht nazorg Noël Ïsa van Fictiefsma-Ĳzerman');
    const d = handoverLetterDefinition({
      letterhead: { ...LETTERHEAD, logo: TINY_PNG },
      date: '2026-11-23',
      reference: 'ND-2026-0001',
      addressee,
      subject,
      body,
      appendix: plan,
    });
    const positioned = (d.content as { absolutePosition?: { x: number; y: number } }[]).filter((c) => c.absolutePosition);
    const window = positioned.find((c) => textOf(c as Content).includes('Reclassering Nederland'))!;
    expect(window.absolutePosition).toEqual({ x: ADDRESS_WINDOW.x, y: ADDRESS_WINDOW.y });
    expect(ADDRESS_WINDOW.x).toBeCloseTo(mm(22));
    expect(ADDRESS_WINDOW.y).toBeCloseTo(mm(50));
    expect(addresseeLines(addressee)).toEqual(['Reclassering Nederland', 'Unit Noord', 't.a.v. mevrouw I. Testmans', 'Postbus 999', '9999 ZZ Voorbeeldstad']);
    const text = everything(d);
    expect(text).toContain('23 november 2026');
    expect(text).toContain('Identiteitsbewijs: geregeld');
    expect(text).toContain('Met vriendelijke groet,');
    expect(text).toContain('Bijlage: actieplan');
    expect(text).not.toContain('{{');
    expect(d.images).toEqual({ logo: TINY_PNG });
  });

  it('a letter ending in a list keeps its last bullet with the greeting and signature in one unbreakable block', () => {
    const body = [
      { kind: 'paragraph' as const, text: 'Open:' },
      {
        kind: 'groups' as const,
        groups: [
          { title: 'Wijkteam Oost', items: ['Kamer regelen'] },
          { title: 'Nog niet bij een partner belegd', items: ['Zorgverzekering', 'Bankrekening openen'] },
        ],
      },
    ];
    const d = handoverLetterDefinition({ letterhead: LETTERHEAD, date: '2026-11-23', reference: 'K1', addressee, subject: 'Onderwerp', body, appendix: null });
    const last = d.content.at(-1) as { unbreakable?: boolean };
    expect(last.unbreakable).toBe(true);
    const kept = textOf(last as Content);
    expect(kept).toContain('Bankrekening openen');
    expect(kept).toContain('Met vriendelijke groet,');
    expect(kept).toContain('Zoë Testcoördinator');
    expect(kept).not.toContain('Kamer regelen');
    // Nothing of the letter is lost or doubled by the split.
    const all = everything(d);
    for (const s of ['Wijkteam Oost', 'Kamer regelen', 'Nog niet bij een partner belegd', 'Zorgverzekering', 'Bankrekening openen'])
      expect(all.split(s).length - 1, s).toBe(1);
  });

  it('the logo is only ever passed as the data URL under images.logo', () => {
    const d = actionPlanDefinition({ letterhead: { ...LETTERHEAD, logo: TINY_PNG }, date: '2026-11-23', plan: syntheticPlan() });
    expect(d.images).toEqual({ logo: TINY_PNG });
    const imageRefs = [...JSON.stringify(d.content).matchAll(/"image":"([^"]*)"/g)].map((m) => m[1]);
    expect(imageRefs).toEqual(['logo']);
    expect(actionPlanDefinition({ letterhead: LETTERHEAD, date: '2026-11-23', plan: syntheticPlan() }).images).toEqual({});
  });
});
