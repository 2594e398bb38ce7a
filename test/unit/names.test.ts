import { describe, expect, it } from 'vitest';
import { fullName, initials, initialsName, letterName, listName, parseAttention, salutation, surname, type PersonName } from '../../common/people/names.js';

const p = (voornamen: string, tussenvoegsel: string, achternaam: string, aanhef?: PersonName['aanhef']): PersonName => ({
  voornamen,
  tussenvoegsel,
  achternaam,
  aanhef,
});

describe('names as people expect them (common/people/names.ts)', () => {
  it('initials from one or more first names, hyphenated names, typed initials and the Dutch IJ', () => {
    const cases: [string, string][] = [
      ['Jan Hendrik', 'J.H.'],
      ['Jan', 'J.'],
      ['Jan-Willem Pieter', 'J.W.P.'],
      ['J.H.', 'J.H.'],
      ['j h', 'J.H.'],
      ['IJsbrand', 'IJ.'],
      ['Ijsbrand Ida', 'IJ.I.'],
      ['Ĳsbrand', 'Ĳ.'],
      ['Noël Ïsa', 'N.Ï.'],
      ['Élodie', 'É.'],
      ['  Anna   Maria  ', 'A.M.'],
      ['', ''],
    ];
    for (const [names, want] of cases) expect(initials(names), names).toBe(want);
  });

  it('lists and tables: surname, initials, tussenvoegsel after (BRP style)', () => {
    // First names, tussenvoegsel and surname, then the list form.
    const cases: [[string, string, string], string][] = [
      [['Jan Hendrik', 'van der', 'Kraaijeveld'], 'Kraaijeveld, J.H. van der'],
      [['Testje', '', 'Testmans'], 'Testmans, T.'],
      [['Noël Ïsa', 'van', 'Fictiefsma-Ĳzerman'], 'Fictiefsma-Ĳzerman, N.Ï. van'],
      [['Anna', 'de', 'Vries-van Dam'], 'Vries-van Dam, A. de'],
      [['', 'van der', 'Kraaijeveld'], 'Kraaijeveld, van der'],
      [['', '', 'Testmans'], 'Testmans'],
      [['Pieter', "'t", 'Hart'], "Hart, P. 't"],
      [[' Jan ', '  van  der ', ' Kraaijeveld '], 'Kraaijeveld, J. van der'],
    ];
    for (const [parts, want] of cases) expect(listName(p(...parts)), parts.join('|')).toBe(want);
  });

  it('running text: the full name; a tussenvoegsel that starts the name is capitalised', () => {
    expect(fullName(p('Jan Hendrik', 'van der', 'Kraaijeveld'))).toBe('Jan Hendrik van der Kraaijeveld');
    expect(fullName(p('', 'van der', 'Kraaijeveld'))).toBe('Van der Kraaijeveld');
    expect(fullName(p('', "'t", 'Hart'))).toBe("'t Hart");
    expect(fullName(p('Anna', '', 'de Vries-van Dam'))).toBe('Anna de Vries-van Dam');
    expect(fullName(p('', '', 'testmans'))).toBe('Testmans');
    expect(surname(p('Jan', 'van der', 'Kraaijeveld'))).toBe('van der Kraaijeveld');
    expect(surname(p('Jan', 'van der', 'Kraaijeveld'), { starts: true })).toBe('Van der Kraaijeveld');
    expect(initialsName(p('Testje Fictus', 'van', 'Testmans'))).toBe('T.F. van Testmans');
    expect(initialsName(p('', 'van', 'Testmans'))).toBe('Van Testmans');
  });

  it('letters: "de heer / mevrouw J.H. van der Kraaijeveld" when the form of address is known, else the full name', () => {
    expect(letterName(p('Jan Hendrik', 'van der', 'Kraaijeveld', 'heer'))).toBe('de heer J.H. van der Kraaijeveld');
    expect(letterName(p('Jantine', 'van der', 'Kraaijeveld', 'mevrouw'))).toBe('mevrouw J. van der Kraaijeveld');
    expect(letterName(p('', 'van der', 'Kraaijeveld', 'heer'))).toBe('de heer Van der Kraaijeveld');
    expect(letterName(p('Jan Hendrik', 'van der', 'Kraaijeveld', 'onbekend'))).toBe('Jan Hendrik van der Kraaijeveld');
    expect(letterName(p('Jan Hendrik', 'van der', 'Kraaijeveld'))).toBe('Jan Hendrik van der Kraaijeveld');
    expect(letterName(p('IJsbrand', '', 'Testmans', 'heer'))).toBe('de heer IJ. Testmans');
  });

  it('salutation: personal when the form of address and the surname are known, else "Geachte heer, mevrouw,"', () => {
    expect(salutation({ aanhef: 'mevrouw', surname: 'Testmans' })).toBe('Geachte mevrouw Testmans,');
    expect(salutation({ aanhef: 'heer', surname: 'van der Kraaijeveld' })).toBe('Geachte heer Van der Kraaijeveld,');
    expect(salutation({ aanhef: 'onbekend', surname: 'Testmans' })).toBe('Geachte heer, mevrouw,');
    expect(salutation({ aanhef: 'mevrouw', surname: '' })).toBe('Geachte heer, mevrouw,');
    expect(salutation(null)).toBe('Geachte heer, mevrouw,');
  });

  it('reads the form of address and surname from a typed t.a.v. line', () => {
    expect(parseAttention('mevrouw I. Testmans')).toEqual({ aanhef: 'mevrouw', surname: 'Testmans' });
    expect(parseAttention('Mevrouw Inés Testmans')).toEqual({ aanhef: 'mevrouw', surname: 'Testmans' });
    expect(parseAttention('mw. Testmans')).toEqual({ aanhef: 'mevrouw', surname: 'Testmans' });
    expect(parseAttention('de heer J.H. van der Kraaijeveld')).toEqual({ aanhef: 'heer', surname: 'Van der Kraaijeveld' });
    expect(parseAttention('dhr. Jan de Vries-Testmans')).toEqual({ aanhef: 'heer', surname: 'De Vries-Testmans' });
    expect(parseAttention("De heer P. 't Hart")).toEqual({ aanhef: 'heer', surname: "'t Hart" });
    expect(parseAttention('Inés Testmans').aanhef).toBe('onbekend');
    expect(parseAttention('Afdeling toezicht').aanhef).toBe('onbekend');
    expect(parseAttention('mevrouw').aanhef).toBe('onbekend');
    expect(parseAttention('').aanhef).toBe('onbekend');
    expect(salutation(parseAttention('de heer J. van den Berg'))).toBe('Geachte heer Van den Berg,');
    expect(salutation(parseAttention('Inés Testmans'))).toBe('Geachte heer, mevrouw,');
  });
});
