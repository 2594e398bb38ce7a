import { describe, expect, it } from 'vitest';
import { centuryFor, findDates, findInstitutions, proposeFields, splitName, type IntakeProposals } from '../../common/intake/index.js';
import { isValidBsn } from '../../common/bsn.js';
import { seededRandom, syntheticBsn } from '../../db/demo/synthetic.js';
import { CORPUS_TODAY, NOTICE_LAYOUTS, noticeCorpus } from '../fixtures/intake/notices.js';
import { scoreProposals, sumScores } from '../fixtures/intake/score.js';
import { inDutch } from '../helpers/messages.js';

const TODAY = '2026-12-01';
const rand = seededRandom(1717);
const BSN = syntheticBsn(rand);
const BSN2 = syntheticBsn(rand);
const dotted = (b: string) => `${b.slice(0, 4)}.${b.slice(4, 6)}.${b.slice(6)}`;
/** A 9-digit number one digit off a valid BSN: fails the 11-proef. */
const badBsn = (() => {
  const b = BSN.slice(0, 8) + String((Number(BSN[8]) + 1) % 10);
  return isValidBsn(b) ? BSN.slice(0, 8) + String((Number(BSN[8]) + 2) % 10) : b;
})();

const propose = (text: string) => proposeFields(text, { today: TODAY });
const v = (p: IntakeProposals, f: keyof IntakeProposals['fields']) => p.fields[f]?.value;

describe('intake: Dutch dates', () => {
  it('reads written, numeric, short and ISO dates', () => {
    const ds = findDates('geboren 3 maart 1990, ingesloten 03-03-2026, vrij 3-3-27, en 2027-01-15; maandag 1 november 2026', 'event', TODAY);
    expect(ds.map((d) => d.iso)).toEqual(['1990-03-03', '2026-03-03', '2027-03-03', '2027-01-15', '2026-11-01']);
  });
  it('puts a two-digit birth year in the century that makes the person at least 12, detention dates in this century', () => {
    expect(findDates('3-3-90', 'birth', TODAY)[0]!.iso).toBe('1990-03-03');
    expect(findDates('3-3-05', 'birth', TODAY)[0]!.iso).toBe('2005-03-03');
    expect(findDates('3-3-20', 'birth', TODAY)[0]!.iso).toBe('1920-03-03');
    expect(centuryFor(26, 'event', TODAY)).toBe(2026);
  });
  it('gives no ISO date for an impossible day, and tolerates one wrong letter in a month read from a scan', () => {
    expect(findDates('31-02-1990', 'birth', TODAY)[0]).toMatchObject({ iso: null, raw: '31-02-1990' });
    expect(findDates('1 novernber 2026', 'event', TODAY)[0]).toMatchObject({ iso: '2026-11-01', fuzzyMonth: true });
  });
  it('does not read a phone number or a BSN as a date', () => {
    expect(findDates(`06-12345678 en ${BSN} en 088-071 2345`, 'event', TODAY)).toEqual([]);
  });
});

describe('intake: names', () => {
  it('splits first names, tussenvoegsel and surname, also in BRP order and in capitals', () => {
    expect(splitName('Jan Pieter de Vries')).toMatchObject({
      voornamen: { value: 'Jan Pieter' },
      tussenvoegsel: { value: 'de' },
      achternaam: { value: 'Vries' },
    });
    expect(splitName('de heer J.H. van der Kraaijeveld')).toMatchObject({
      voornamen: { value: 'J.H.' },
      tussenvoegsel: { value: 'van der' },
      achternaam: { value: 'Kraaijeveld' },
      initialsOnly: true,
    });
    expect(splitName('Kraaijeveld, J.H. van der')).toMatchObject({
      voornamen: { value: 'J.H.' },
      tussenvoegsel: { value: 'van der' },
      achternaam: { value: 'Kraaijeveld' },
    });
    expect(splitName('VRIES, Jan de')).toMatchObject({ voornamen: { value: 'Jan' }, tussenvoegsel: { value: 'de' }, achternaam: { value: 'Vries' } });
    expect(splitName('Van der Kraaijeveld')).toMatchObject({ tussenvoegsel: { value: 'van der' }, achternaam: { value: 'Kraaijeveld' } });
  });
  it('keeps a double surname whole, with a tussenvoegsel inside it', () => {
    expect(splitName('Fictus Testmans-Fictiefsma')).toMatchObject({ voornamen: { value: 'Fictus' }, achternaam: { value: 'Testmans-Fictiefsma' } });
    expect(splitName('mevrouw A. van den Proefhuis-de Nepveld')).toMatchObject({
      tussenvoegsel: { value: 'van den' },
      achternaam: { value: 'Proefhuis-de Nepveld' },
    });
  });
  it('gives offsets into the source so a screen can highlight each part', () => {
    const src = 'Naam: Jan de Vries';
    const s = splitName(src.slice(6), 6);
    expect(src.slice(s.achternaam!.start, s.achternaam!.end)).toBe('Vries');
    expect(src.slice(s.voornamen!.start, s.voornamen!.end)).toBe('Jan');
  });
});

describe('intake: institutions', () => {
  it('matches the list whatever the wording', () => {
    for (const w of ['PI Vught', 'Penitentiaire Inrichting Vught', 'NIFP Vught', 'P.I. Vught', 'pi vught'])
      expect(findInstitutions(`ingesloten in ${w} sinds gisteren`)[0]?.value, w).toBe('PI Vught');
    expect(findInstitutions('PI Rotterdam, locatie De Schie')[0]?.value).toBe('PI Rotterdam (De Schie)');
    expect(findInstitutions('JC Schiphol')[0]?.value).toBe('Justitieel Complex Schiphol');
    expect(findInstitutions('PI Veenhuizen locatie Norgerhaven')[0]?.value).toBe('PI Veenhuizen (Norgerhaven)');
  });
  it('does not guess between two locations of one place', () => {
    expect(findInstitutions('PI Rotterdam')).toEqual([]);
  });
});

describe('intake: proposing fields', () => {
  it('reads running text (the example from the issue)', () => {
    const text =
      'Betrokkene, de heer J. de Vries, geboren 3 maart 1990, is op 1 november 2026 ingesloten in PI Vught. Hij komt naar verwachting op 15 januari 2027 vrij.';
    const p = propose(text);
    expect(v(p, 'achternaam')).toBe('Vries');
    expect(v(p, 'tussenvoegsel')).toBe('de');
    expect(v(p, 'voornamen')).toBe('J.');
    expect(p.fields.voornamen!.certain).toBe(false);
    expect(v(p, 'geboortedatum')).toBe('1990-03-03');
    expect(v(p, 'detentieStart')).toBe('2026-11-01');
    expect(v(p, 'institution')).toBe('PI Vught');
    expect(v(p, 'verwachteVrijlating')).toBe('2027-01-15');
    // Each proposal points at its snippet in the source.
    for (const f of Object.values(p.fields)) expect(text.slice(f.start, f.end)).toBe(f.snippet);
    expect(p.fields.geboortedatum!.snippet).toBe('3 maart 1990');
    expect(p.fields.geboortedatum!.certain).toBe(true);
  });

  it('reads "label: value" lines with a BSN in dots and a two-digit birth year', () => {
    const p = propose(
      [
        'Naam: Fictus van der Testmans',
        `BSN: ${dotted(BSN)}`,
        'Geb. datum: 3-3-90',
        'Inrichting: Penitentiaire Inrichting Zwolle',
        'Datum insluiting: 01-11-2026',
        'Verwachte vrijlating: 01-05-2027',
      ].join('\n'),
    );
    expect(p.fields).toMatchObject({
      voornamen: { value: 'Fictus', certain: true },
      tussenvoegsel: { value: 'van der' },
      achternaam: { value: 'Testmans' },
      bsn: { value: BSN, certain: true, snippet: dotted(BSN) },
      geboortedatum: { value: '1990-03-03' },
      institution: { value: 'PI Zwolle' },
      detentieStart: { value: '2026-11-01' },
      verwachteVrijlating: { value: '2027-05-01' },
    });
  });

  it('reads a table with columns separated by runs of spaces, and one separated by tabs', () => {
    const spaced = [
      'Naam                  BSN          Geboortedatum   Inrichting   Datum insluiting',
      `Testmans, Fictus      ${BSN}    12-01-1996      PI Sittard   03-05-2026`,
    ].join('\n');
    expect(propose(spaced).fields).toMatchObject({
      achternaam: { value: 'Testmans', via: 'table' },
      voornamen: { value: 'Fictus' },
      bsn: { value: BSN },
      geboortedatum: { value: '1996-01-12' },
      institution: { value: 'PI Sittard' },
      detentieStart: { value: '2026-05-03' },
    });
    const tabbed = ['Achternaam\tTussenvoegsel\tVoornamen\tBSN\tVerwachte vrijlating', `Nepveld\t\tDemora\t${BSN}\t1-2-2027`].join('\n');
    const p = propose(tabbed);
    expect(p.fields).toMatchObject({ achternaam: { value: 'Nepveld' }, voornamen: { value: 'Demora' }, verwachteVrijlating: { value: '2027-02-01' } });
    expect(p.fields.tussenvoegsel).toBeUndefined();
  });

  it('reads a BSN written with spaces, and never proposes one failing the 11-proef as certain', () => {
    expect(propose(`BSN: ${BSN.slice(0, 3)} ${BSN.slice(3, 6)} ${BSN.slice(6)}`).fields.bsn).toMatchObject({ value: BSN, certain: true });
    const bad = propose(`Burgerservicenummer: ${badBsn}`).fields.bsn!;
    expect(bad.certain).toBe(false);
    expect(inDutch(bad.problem)).toMatch(/elfproef/);
  });

  it('never proposes an impossible or inconsistent date as certain', () => {
    const p = propose('Geboortedatum: 31-02-1990\nDatum insluiting: 01-11-2026\nVerwachte vrijlating: 01-10-2026');
    expect(p.fields.geboortedatum).toMatchObject({ certain: false });
    expect(inDutch(p.fields.geboortedatum!.problem)).toMatch(/Geen bestaande datum/);
    expect(inDutch(p.fields.verwachteVrijlating)).toMatchObject({
      value: '2026-10-01',
      certain: false,
      problem: 'De verwachte vrijlating ligt vóór de start van de detentie.',
    });
  });

  it('ignores an e-mail quoted below a reply, and the letterhead phone of the PI', () => {
    const text = [
      'Dienst Justitiële Inrichtingen',
      'PI Vught',
      'Postbus 9999',
      '9999 ZZ Voorbeeldstad',
      'T 088 071 10 00',
      '',
      'Beste collega,',
      '',
      `Uw inwoner, de heer F. Testmans (BSN ${BSN}), verwachte vrijlating: 12-03-2027.`,
      '',
      'Met vriendelijke groet,',
      '',
      'A. Oefenaar',
      'Casemanager PI Vught',
      'T 06-12345678',
      '',
      'Op 2 november 2026 om 10:00 schreef nazorg@fictiefdorp.example:',
      `> Betreft BSN ${BSN2}, verwachte vrijlating: 01-01-2027`,
      '> Telefoon: 0612121212',
    ].join('\n');
    const p = propose(text);
    expect(v(p, 'verwachteVrijlating')).toBe('2027-03-12');
    expect(v(p, 'bsn')).toBe(BSN);
    expect(v(p, 'casemanagerNaam')).toBe('A. Oefenaar');
    expect(v(p, 'casemanagerTelefoon')).toBe('06-12345678');
    expect(p.alternatives.bsn).toBeUndefined();
  });

  it('ignores an Outlook reply block and a disclaimer', () => {
    const text = [
      'Goedemiddag,',
      `Betreft: Fictiefsma, Nepke (BSN ${BSN})`,
      'Verwachte vrijlating: 04-04-2027',
      '',
      'Dit bericht is uitsluitend bestemd voor de geadresseerde. Verwachte vrijlating: 05-05-2027.',
      '',
      'Van: Nazorg <nazorg@fictiefdorp.example>',
      'Verzonden: maandag 2 november 2026 09:00',
      'Onderwerp: vraag',
      'Verwachte vrijlating: 06-06-2027',
    ].join('\n');
    const p = propose(text);
    expect(v(p, 'verwachteVrijlating')).toBe('2027-04-04');
    expect(p.fields.verwachteVrijlating!.certain).toBe(true);
    expect(v(p, 'achternaam')).toBe('Fictiefsma');
  });

  it('marks differing values as uncertain and keeps the others as alternatives', () => {
    const p = propose('Verwachte vrijlating: 04-04-2027\nEinddatum detentie: 05-05-2027');
    expect(p.fields.verwachteVrijlating!.certain).toBe(false);
    expect(p.alternatives.verwachteVrijlating?.map((a) => a.value)).toEqual(
      expect.arrayContaining(['2027-05-05', '2027-04-04'].filter((x) => x !== v(p, 'verwachteVrijlating'))),
    );
  });

  it('reads the casemanager, reclassering and supervision', () => {
    const p = propose(
      [
        'Casemanager: mevrouw B. Proefstra, telefoon 088 071 2345, e-mail b.proefstra@pi-voorbeeld.example',
        'Reclassering: Leger des Heils',
        'Reclasseringstoezicht: ja',
      ].join('\n'),
    );
    expect(p.fields).toMatchObject({
      casemanagerNaam: { value: 'B. Proefstra' },
      casemanagerTelefoon: { value: '088 071 2345' },
      casemanagerEmail: { value: 'b.proefstra@pi-voorbeeld.example' },
      reclasseringOrganisatie: { value: 'Leger des Heils Jeugdbescherming & Reclassering' },
      reclasseringToezicht: { value: 'ja', certain: true },
    });
    expect(propose('Er is geen reclasseringstoezicht.').fields.reclasseringToezicht?.value).toBe('nee');
  });

  it('proposes nothing from text without a notice in it', () => {
    expect(propose('Hallo, hoe gaat het? Tot morgen.').fields).toEqual({});
  });
});

describe('intake: the synthetic corpus (text)', () => {
  const corpus = noticeCorpus();
  it('has at least 30 notices in every layout, with valid BSNs', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
    expect(new Set(corpus.map((n) => n.layout))).toEqual(new Set(NOTICE_LAYOUTS));
    for (const n of corpus) expect(isValidBsn(n.expected.bsn!)).toBe(true);
  });
  it('reaches the accuracy floor with wrong-but-certain rare', () => {
    const total = sumScores(corpus.map((n) => scoreProposals(proposeFields(n.text, { today: CORPUS_TODAY }), n.expected)));
    expect(total.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(total.wrongCertain).toBeLessThanOrEqual(2);
  });
});
