import { afterEach, describe, expect, it } from 'vitest';
import { contract } from '../../common/api/contract.js';
import { AppError } from '../../common/errors.js';
import { msg, type MessageCode } from '../../common/messages/index.js';
import { nl } from '../../common/messages/nl.js';
import { ApiError, errorMessage } from '../../renderer/src/api.js';
import { placeServerErrors } from '../../renderer/src/forms.js';
import { fieldPathLabel, hasFieldLabel } from '../../renderer/src/i18n/field-labels.js';
import { i18next } from '../../renderer/src/i18n/index.js';
import { schemaLeaves } from '../helpers/zod-walk.js';

/** The code of a Dutch catalogue text, so the cases below read as the coordinator sees them. */
const CODES = new Map(Object.entries(nl).map(([code, text]) => [text as string, code as MessageCode]));
const coded = (dutch: string) => msg(CODES.get(dutch) ?? (dutch as MessageCode));
const refused = (fields: Record<string, string>, message: string = nl.VALIDATION) =>
  new ApiError(new AppError('VALIDATION', coded(message), { fields: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, coded(v)])) }).toPayload());

describe('a field the main side refuses is marked, or named in words', () => {
  afterEach(async () => i18next.changeLanguage('nl'));

  it('marks a known field, also when the main side names it by its full path', () => {
    const placed = placeServerErrors(
      refused({ 'patch.geboortedatum': 'De geboortedatum ligt in de toekomst.', assessedOn: 'Een score kan niet in de toekomst liggen.' }),
      ['geboortedatum', 'assessedOn'],
    );
    expect(placed.fields).toEqual({ geboortedatum: 'De geboortedatum ligt in de toekomst.', assessedOn: 'Een score kan niet in de toekomst liggen.' });
    expect(placed.general).toBeNull();
  });

  it('names a refused field without a field on the screen, and does not speak of marked fields when none is marked', () => {
    const placed = placeServerErrors(refused({ assessedOn: 'Geen bestaande datum. Gebruik dd-mm-jjjj, bijvoorbeeld 05-03-2026.' }), ['domainKey']);
    expect(placed.fields).toEqual({});
    expect(placed.general).toBe(
      'Er is niets opgeslagen. Niet juist ingevuld: Datum van de score: Geen bestaande datum. Gebruik dd-mm-jjjj, bijvoorbeeld 05-03-2026.',
    );
    expect(placed.general).not.toContain('gemarkeerde');
  });

  it('marks what it can and names the rest, with the row of a list', () => {
    const placed = placeServerErrors(
      refused({ title: 'Beschrijf de actie.', 'proposals.1.deadline': 'Geen bestaande datum. Gebruik dd-mm-jjjj, bijvoorbeeld 05-03-2026.' }),
      ['title'],
    );
    expect(placed.fields).toEqual({ title: 'Beschrijf de actie.' });
    expect(placed.general).toBe(`${nl.VALIDATION} Deadline (regel 2): Geen bestaande datum. Gebruik dd-mm-jjjj, bijvoorbeeld 05-03-2026.`);
  });

  it('keeps a specific message and adds the field in words; a form that marks nothing still hears which field', () => {
    const err = refused({ templateId: 'Kies een sjabloon.' }, 'Dit briefsjabloon bestaat niet (meer). Kies een ander sjabloon.');
    expect(placeServerErrors(err, []).general).toBe('Dit briefsjabloon bestaat niet (meer). Kies een ander sjabloon. Sjabloon: Kies een sjabloon.');
    expect(errorMessage(refused({ 'patch.verwachteVrijlating': 'De verwachte vrijlating ligt vóór de start van de detentie.' }))).toBe(
      'Er is niets opgeslagen. Niet juist ingevuld: Verwachte vrijlating: De verwachte vrijlating ligt vóór de start van de detentie.',
    );
    expect(placeServerErrors(new ApiError(new AppError('LOCKED').toPayload()), ['x']).general).toBe(nl.LOCKED);
  });

  it('reads in English when the UI is English', async () => {
    await i18next.changeLanguage('en');
    const placed = placeServerErrors(refused({ 'patch.geboortedatum': 'De geboortedatum ligt in de toekomst.' }), []);
    expect(placed.general).toBe('Nothing was saved. Not filled in correctly: Date of birth: The date of birth is in the future.');
  });

  it('has a name in words for every field of every API input (Dutch and English)', async () => {
    const names = new Set<string>();
    for (const def of Object.values(contract)) for (const leaf of schemaLeaves(def.input)) for (const p of leaf.path) if (p !== '*') names.add(p);
    expect([...names].filter((n) => !hasFieldLabel(n))).toEqual([]);
    await i18next.changeLanguage('en');
    for (const n of names) expect(fieldPathLabel(n), n).not.toBe('a field');
  });
});
