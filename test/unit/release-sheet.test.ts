import { describe, expect, it } from 'vitest';
import { B1_RULES, doumaScore, plainLanguageProblems, syllables } from '../../common/plain-language.js';
import { allSheetTexts, SHEET_TEXTS } from '../../common/documents/release-sheet-texts.js';
import { releaseSheetDefinition, sheetDate } from '../../common/documents/release-sheet.js';
import { LETTERHEAD } from '../fixtures/documents.js';

describe('the release sheet speaks plain language (B1)', () => {
  it('every fixed Dutch text has short sentences, short words, none of the forbidden words, and reads easily', () => {
    const texts = allSheetTexts('nl');
    expect(texts.length).toBeGreaterThan(25);
    for (const t of texts) expect(plainLanguageProblems(t), t).toEqual([]);
    expect(doumaScore(texts.join(' '))).toBeGreaterThanOrEqual(B1_RULES.minDouma);
  });

  it('the English texts keep the same sentence and word limits and avoid the same words', () => {
    for (const t of allSheetTexts('en')) expect(plainLanguageProblems(t, { ...B1_RULES, minDouma: 0 }), t).toEqual([]);
  });

  it('the check itself finds what breaks the rules', () => {
    expect(plainLanguageProblems('Uw basisvoorwaarden zijn op orde.')).toContain('Verboden woord: "basisvoorwaarden"');
    expect(plainLanguageProblems('Het reclasseringstoezicht start.')).toContain('Verboden woord: "reclasseringstoezicht"');
    expect(plainLanguageProblems('Voor elk leefgebied is er een doel.')).toContain('Verboden woord: "leefgebied"');
    const long = 'Wij vragen u om op de dag van uw vrijlating zo snel als het kan naar het gemeentehuis te komen met uw papieren.';
    expect(plainLanguageProblems(long)[0]).toMatch(/^Zin van 2\d woorden/);
    expect(plainLanguageProblems('Lees de schuldhulpverleningsovereenkomst.')).toContain('Lang woord: "schuldhulpverleningsovereenkomst"');
    expect(syllables('vrijlating')).toBe(3);
    expect(syllables('huis')).toBe(1);
    expect(doumaScore('Ingevolge de onderhavige beschikking dient betrokkene zich onverwijld te vervoegen bij de betreffende instantie.')).toBeLessThan(
      B1_RULES.minDouma,
    );
  });

  it('writes dates out in the sheet language', () => {
    expect(sheetDate('2026-12-07', 'nl')).toBe('maandag 7 december 2026');
    expect(sheetDate('2026-12-07', 'en')).toBe('Monday 7 December 2026');
  });

  it('is A4 in large type, in the language chosen', () => {
    const def = releaseSheetDefinition({
      language: 'en',
      letterhead: LETTERHEAD,
      date: '2026-12-01',
      greetingName: 'Sam',
      releaseDate: '2026-12-07',
      appointments: [],
      phones: [],
      items: [{ item: 'id', arranged: true, helper: '' }],
    });
    expect(def.pageSize).toBe('A4');
    expect(def.language).toBe('en-GB');
    expect(def.defaultStyle?.fontSize).toBeGreaterThanOrEqual(14);
    expect(JSON.stringify(def.content)).toContain(SHEET_TEXTS.en.title);
  });
});
