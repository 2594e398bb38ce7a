import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract } from '../../common/api/contract.js';
import { dateText, isoDate } from '../../common/date-schema.js';
import { schemaLeaves } from '../helpers/zod-walk.js';
import { inDutch } from '../helpers/messages.js';

/** Field names that hold a date, as the contract names them (givenOn, detentieStart, verwachteVrijlating, from…). */
const isDateName = (name: string) => /datum$/i.test(name) || /(On|Start|Vrijlating)$/.test(name) || /^(date|deadline|from|to)$/.test(name);
/** Fields with a date-like name that are no date. */
const NOT_DATES = new Set(['dossiers.transition to']);

const dateLeaves = Object.entries(contract).flatMap(([method, def]) =>
  schemaLeaves(def.input)
    .map((l) => ({ method, path: l.path.join('.'), name: l.path.filter((p) => p !== '*').at(-1) ?? '', schema: l.schema }))
    .filter((l) => isDateName(l.name) && !NOT_DATES.has(`${l.method} ${l.path}`)),
);

describe('dates cross the API contract only as ISO yyyy-mm-dd', () => {
  it('finds the date fields of the contract (the walk reaches nested and list fields)', () => {
    const found = new Set(dateLeaves.map((l) => `${l.method} ${l.path}`));
    for (const expected of [
      'dossiers.create geboortedatum',
      'dossiers.update patch.verwachteVrijlating',
      'dossiers.transition werkelijkeVrijlating',
      'dossiers.addNote date',
      'dossiers.addConsent givenOn',
      'dossiers.withdrawConsent withdrawnOn',
      'plans.addScore assessedOn',
      'plans.addAction deadline',
      'plans.acceptProposals proposals.*.deadline',
      'meetings.create date',
      'meetings.addAction deadline',
      'audit.list from',
      'provisions.list to',
    ])
      expect(found).toContain(expected);
  });

  it.each(dateLeaves.map((l) => [`${l.method} ${l.path}`, l.schema] as const))('%s refuses the display format and takes ISO', (_name, schema) => {
    for (const shown of ['12-03-2026', '12/03/2026', '12.03.2026', '1-2-1990', '03/12/2026', '2026-02-30', '20260312'])
      expect(schema.safeParse(shown).success, `${shown} must be refused`).toBe(false);
    expect(schema.safeParse('2026-03-12').success).toBe(true);
  });

  it('every contract field that takes an ISO date but not dd-mm-jjjj has a date name (so the check above covers it)', () => {
    const unnamed = Object.entries(contract).flatMap(([method, def]) =>
      schemaLeaves(def.input)
        .filter((l) => l.schema.safeParse('2026-03-12').success && !l.schema.safeParse('12-03-2026').success)
        .filter((l) => !isDateName(l.path.filter((p) => p !== '*').at(-1) ?? ''))
        .map((l) => `${method} ${l.path.join('.')}`),
    );
    expect(unnamed).toEqual([]);
  });

  it('the date field converts typed text to ISO and back in one place (dateText)', () => {
    expect(z.decode(dateText, '05-03-2026')).toBe('2026-03-05');
    expect(z.decode(dateText, '5-3-2026')).toBe('2026-03-05');
    expect(z.decode(dateText, '05/03/2026')).toBe('2026-03-05');
    expect(z.decode(dateText, ' 2026-03-05 ')).toBe('2026-03-05');
    expect(z.decode(dateText, '')).toBe('');
    for (const bad of ['31-02-2026', '2026-13-01', 'morgen', '05-03-26'])
      expect(inDutch(z.safeDecode(dateText, bad).error?.issues[0]?.message)).toBe('Geen bestaande datum. Gebruik dd-mm-jjjj, bijvoorbeeld 05-03-2026.');
    expect(z.encode(dateText, '2026-03-05')).toBe('05-03-2026');
    // What the field decodes is what the contract takes.
    expect(isoDate.safeParse(z.decode(dateText, '29-02-2028')).success).toBe(true);
  });
});
