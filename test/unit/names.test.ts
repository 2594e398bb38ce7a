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
    expect(initials('Jan Hendrik')).toBe('J.H.');
    expect(initials('Jan')).toBe('J.');
    expect(initials('Jan-Willem Pieter')).toBe('J.W.P.');
    expect(initials('J.H.')).toBe('J.H.');
    expect(initials('j h')).toBe('J.H.');
    expect(initials('IJsbrand')).toBe('IJ.');
    expect(initials('Ijsbrand Ida')).toBe('IJ.I.');
    expect(initials('Ĳsbrand')).toBe('Ĳ.');
    expect(initials('Noël Ïsa')).toBe('N.Ï.');
    expect(initials('Élodie')).toBe('É.');
    expect(initials('  Anna   Maria  ')).toBe('A.M.');
    expect(initials('')).toBe('');
  });

  it('lists and tables: surname, initials, tussenvoegsel after (BRP style)', () => {
    expect(listName(p('Jan Hendrik', 'van der', 'Kraaijeveld'))).toBe('Kraaijeveld, J.H. van der');
    expect(listName(p('Testje', '', 'Testmans'))).toBe('Testmans, T.');
    expect(listName(p('Noël Ïsa', 'van', 'Fictiefsma-Ĳzerman'))).toBe('Fictiefsma-Ĳzerman, N.Ï. van');
    expect(listName(p('Anna', 'de', 'Vries-van Dam'))).toBe('Vries-van Dam, A. de');
    expect(listName(p('', 'van der', 'Kraaijeveld'))).toBe('Kraaijeveld, van der');
    expect(listName(p('', '', 'Testmans'))).toBe('Testmans');
    expect(listName(p('Pieter', "'t", 'Hart'))).toBe("Hart, P. 't");
    expect(listName(p(' Jan ', '  van  der ', ' Kraaijeveld '))).toBe('Kraaijeveld, J. van der');
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
