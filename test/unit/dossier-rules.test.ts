import { describe, expect, it } from 'vitest';
import { createDossierInput } from '../../common/api/dossiers.js';
import { contactChange } from '../../common/dossiers/contact-history.js';
import { contactFieldsSchema, dossierConsistencyErrors, dossierFieldsSchema } from '../../common/dossiers/schema.js';
import { dossierSearchText, dossierSortName, matchesSearch, searchTokens } from '../../common/dossiers/search.js';
import { allowedTransitions, transitionErrors, statusInvariantErrors, DOSSIER_STATUSES, TRANSITIONS } from '../../common/dossiers/status.js';
import { fieldErrors } from '../../common/zod-nl.js';
import { seededRandom, syntheticBsn } from '../../db/demo/synthetic.js';
import { inDutch } from '../helpers/messages.js';

const bsn = syntheticBsn(seededRandom(7));
const facts = { status: 'melding' as const, detentieStart: null, verwachteVrijlating: null, werkelijkeVrijlating: null };

describe('dossier status journey', () => {
  it('every transition target is a known status and nothing moves to itself', () => {
    for (const from of DOSSIER_STATUSES)
      for (const to of TRANSITIONS[from]) {
        expect(DOSSIER_STATUSES).toContain(to);
        expect(to).not.toBe(from);
      }
  });

  it('no nazorg without an actual release date; the date may come with the move', () => {
    expect(transitionErrors({ ...facts, status: 'detentie' }, 'nazorg')).toHaveProperty('werkelijkeVrijlating');
    expect(transitionErrors({ ...facts, status: 'detentie' }, 'nazorg', { werkelijkeVrijlating: '2026-05-01' })).toEqual({});
  });

  it('closing needs a reason, and "anders" needs an explanation', () => {
    expect(transitionErrors({ ...facts, status: 'nazorg' }, 'afgesloten')).toHaveProperty('closingReason');
    expect(transitionErrors({ ...facts, status: 'nazorg' }, 'afgesloten', { closingReason: 'anders', closingNote: ' ' })).toHaveProperty('closingNote');
    expect(transitionErrors({ ...facts, status: 'nazorg' }, 'afgesloten', { closingReason: 'verhuisd' })).toEqual({});
  });

  it('refuses moves that are not in the table', () => {
    expect(allowedTransitions('nazorg')).toEqual(['afgesloten']);
    expect(transitionErrors({ ...facts, status: 'nazorg' }, 'detentie')).toHaveProperty('to');
    expect(transitionErrors({ ...facts, status: 'melding' }, 'detentie')).toHaveProperty('detentieStart');
  });

  it('an edit may not take away what the current status needs', () => {
    expect(statusInvariantErrors({ ...facts, status: 'nazorg', werkelijkeVrijlating: null })).toHaveProperty('werkelijkeVrijlating');
    expect(statusInvariantErrors({ ...facts, status: 'vrijlating_nadert', verwachteVrijlating: '2026-01-01' })).toEqual({});
  });
});

describe('dossier input schema (Dutch field messages)', () => {
  const errorsOf = (input: Record<string, unknown>) => {
    const r = createDossierInput.safeParse(input);
    return r.success ? {} : fieldErrors(r.error);
  };

  it('takes ISO dates (the date field converts what is typed) and refuses dd-mm-jjjj; normalises the BSN', () => {
    expect(inDutch(errorsOf({ achternaam: 'X', geboortedatum: '05-03-1990' })['geboortedatum'])).toMatch(/Geen bestaande datum/);
    const r = dossierFieldsSchema.parse({
      achternaam: ' Testmans ',
      geboortedatum: '1990-03-05',
      detentieStart: '2026-01-02',
      bsn: `${bsn.slice(0, 4)}.${bsn.slice(4)}`,
    });
    expect(r).toMatchObject({
      achternaam: 'Testmans',
      geboortedatum: '1990-03-05',
      detentieStart: '2026-01-02',
      bsn,
      tussenvoegsel: '',
      reclasseringToezicht: 'onbekend',
    });
  });

  it('gives a message per field for each kind of bad input', () => {
    const e = errorsOf({ achternaam: '  ', bsn: '123456789', geboortedatum: '2999-01-01', detentieStart: '2026-03-10', verwachteVrijlating: '2026-03-01' });
    expect(inDutch(e['achternaam'])).toBe('Vul de achternaam in.');
    expect(inDutch(e['bsn'])).toMatch(/elfproef/);
    expect(inDutch(e['geboortedatum'])).toMatch(/toekomst/);
    expect(inDutch(e['verwachteVrijlating'])).toMatch(/vóór de start van de detentie/);
  });

  it('refuses dates that do not exist on the calendar', () => {
    expect(inDutch(errorsOf({ achternaam: 'X', geboortedatum: '1990-02-31' })['geboortedatum'])).toMatch(/Geen bestaande datum/);
    expect(inDutch(errorsOf({ achternaam: 'X', meldingDatum: '2026-13-01' })['meldingDatum'])).toMatch(/Geen bestaande datum/);
    expect(inDutch(errorsOf({ achternaam: 'X', bsn: '12345' })['bsn'])).toMatch(/9 cijfers/);
    expect(inDutch(errorsOf({ achternaam: 'X', email: 'geen-adres' })['email'])).toMatch(/e-mailadres/);
  });

  it('release before detention start is wrong for expected and actual release alike', () => {
    expect(dossierConsistencyErrors({ detentieStart: '2026-02-01', werkelijkeVrijlating: '2026-01-31' })).toHaveProperty('werkelijkeVrijlating');
    expect(dossierConsistencyErrors({ detentieStart: '2026-02-01', werkelijkeVrijlating: '2026-02-01' })).toEqual({});
  });
});

describe('search normalisation', () => {
  const text = dossierSearchText({ achternaam: 'Zéphyrtest', tussenvoegsel: 'van der', voornamen: 'Ölga Marie', roepnaam: '', bsn, institution: 'PI Zwolle' });

  it('finds by any case, without accents, with or without tussenvoegsel, joined or apart', () => {
    for (const q of ['zephyrtest', 'ZEPHYR', 'van der Zéphyrtest', 'Zephyrtest, van der', 'vanderzephyrtest', 'olga zeph', 'zwolle'])
      expect(matchesSearch(text, searchTokens(q)), q).toBe(true);
    expect(matchesSearch(text, searchTokens('testmans'))).toBe(false);
  });

  it('finds by BSN typed with dots', () => {
    expect(searchTokens(`${bsn.slice(0, 4)}.${bsn.slice(4, 6)}.${bsn.slice(6)}`)).toEqual([bsn]);
    expect(matchesSearch(text, searchTokens(bsn))).toBe(true);
  });

  it('sorts on surname, ignoring the tussenvoegsel', () => {
    expect(dossierSortName({ achternaam: 'Berg', voornamen: 'Anna' })).toBe('berg anna');
  });
});

describe('history text when a person around the client is edited', () => {
  const base = contactFieldsSchema.parse({ role: 'casemanager', name: 'C. Testcasemanager', organisation: 'PI Zwolle', telefoon: '038-1234567' });
  it('names the person and only what changed, empty values shown as (leeg)', () => {
    expect(contactChange(base, { ...base, telefoon: '', email: 'cm@voorbeeld.nl' })).toEqual({
      oldValue: 'C. Testcasemanager: telefoon 038-1234567; e-mail (leeg)',
      newValue: 'C. Testcasemanager: telefoon (leeg); e-mail cm@voorbeeld.nl',
    });
  });
  it('shows a new role by its label and a new name as the name', () => {
    expect(contactChange(base, { ...base, role: 'reclassering', organisation: 'Reclassering Nederland' })).toEqual({
      oldValue: 'C. Testcasemanager: rol Casemanager PI; organisatie PI Zwolle',
      newValue: 'C. Testcasemanager: rol Reclassering; organisatie Reclassering Nederland',
    });
    expect(contactChange(base, { ...base, name: 'C. Testcasemanager-Nieuw' })).toEqual({
      oldValue: 'C. Testcasemanager',
      newValue: 'C. Testcasemanager-Nieuw',
    });
  });
  it('records nothing when nothing changed', () => {
    expect(contactChange(base, { ...base })).toBeNull();
  });
});
