import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ERROR_MESSAGES } from '../../common/errors.js';
import { transitionErrors } from '../../common/dossiers/status.js';
import { dossierConsistencyErrors, dossierFieldsSchema } from '../../common/dossiers/schema.js';
import { logoProblem } from '../../common/logo.js';
import { parseQuickAction } from '../../common/meetings/quick-entry.js';
import { validateTemplate } from '../../common/template.js';
import { fieldErrors } from '../../common/zod-nl.js';
import { ERROR_MESSAGES_EN, MESSAGES_EN, MESSAGE_PATTERNS_EN } from '../../renderer/src/i18n/messages-en.js';
import { i18next } from '../../renderer/src/i18n/index.js';
import { compilePattern, localizeErrorTree, localizeFields, localizeMessage, translateMessage } from '../../renderer/src/i18n/messages.js';
import { extractDutchMessages, messagesInSource, patternShape } from '../helpers/dutch-messages.js';

const en = (m: string) => translateMessage(m, 'en');
const messages = extractDutchMessages();
const exact = messages.filter((m) => !m.shape);
const shapes = messages.filter((m) => m.shape);

/** Words that only Dutch text has; an English message containing one was left (partly) untranslated. */
const DUTCH_WORDS = /\b(de|het|een|niet|niets|van|en|vul|kies|geen|deze|dit|er|bij|voor|naar|wordt|zijn|u|uw)\b/i;

describe('the extractor finds Dutch messages wherever the code puts them', () => {
  it('reads each kind of place a message can stand', () => {
    const source = `
      throw new AppError('VALIDATION', 'Algemene melding hier.', { fields: { a: 'Veldmelding een.', b: cond ? 'Keuze een.' : 'Keuze twee.' } });
      const s = z.string({ error: 'Zod optie.' }).min(1, 'Zod min.').max(n, \`Maximaal \${n} dingen.\`).refine(f, { message: 'Verfijning hier.' });
      const e = z.email('Zod email.');
      ctx.addIssue({ code: 'custom', message: 'Toegevoegd probleem.' });
      errors.push(\`Lijst \${q} melding.\`);
      out['x'] = 'Toewijzing melding.';
      const SOME_MESSAGE = 'Constante melding';
      function thingProblem() { return 'Teruggegeven probleem'; }
      function somethingErrors() { return { to: 'Object melding' }; }
      const other = 'Losse zin die een melding lijkt.';
      const notAMessage = 'onbekend';
      forbidden(res, 'Alleen voor de browser.');
    `;
    const got = messagesInSource('x.ts', source).map((m) => m.text);
    expect(got.sort()).toEqual(
      [
        'Algemene melding hier.',
        'Veldmelding een.',
        'Keuze een.',
        'Keuze twee.',
        'Zod optie.',
        'Zod min.',
        'Maximaal {} dingen.',
        'Verfijning hier.',
        'Zod email.',
        'Toegevoegd probleem.',
        'Lijst {} melding.',
        'Toewijzing melding.',
        'Constante melding',
        'Teruggegeven probleem',
        'Object melding',
        'Losse zin die een melding lijkt.',
      ].sort(),
    );
  });

  it('finds the known messages of common/, db/ and electron/main, and every error code', () => {
    const texts = new Set(messages.map((m) => m.text));
    for (const m of Object.values(ERROR_MESSAGES)) expect(texts).toContain(m);
    expect(texts).toContain('Dit is geen geldig BSN: het voldoet niet aan de elfproef. Controleer de cijfers.');
    expect(texts).toContain('Er bestaat al een dossier met dit BSN.');
    expect(texts).toContain('Maximaal {} tekens.');
    expect(texts).toContain('Te veel mislukte pogingen. Probeer het over {} seconden opnieuw.');
    expect(texts).toContain('Van "{}" kan een dossier niet naar "{}".');
    expect(texts).toContain('{} Gebruik alleen: {}.');
    expect(messages.length).toBeGreaterThan(150);
  });
});

describe('English for every Dutch message (renderer/src/i18n/messages-en.ts)', () => {
  it('every fixed message has English, and Dutch mode leaves it as it is', () => {
    const missing = exact.filter((m) => en(m.text) === m.text).map((m) => `${m.where}: ${m.text}`);
    expect(missing, 'add these to MESSAGES_EN (or a pattern) in renderer/src/i18n/messages-en.ts').toEqual([]);
    for (const m of exact) expect(translateMessage(m.text, 'nl')).toBe(m.text);
  });

  it('every message with varying parts has a pattern of exactly its shape', () => {
    const patternShapes = new Set(MESSAGE_PATTERNS_EN.map((p) => patternShape(p.nl)));
    const missing = shapes.filter((m) => !patternShapes.has(m.text)).map((m) => `${m.where}: ${m.text}`);
    expect(missing, 'add a pattern to MESSAGE_PATTERNS_EN in renderer/src/i18n/messages-en.ts ({name} for each part)').toEqual([]);
  });

  it('no catalogue entry is stale: each matches a message that exists', () => {
    const texts = new Set(exact.map((m) => m.text));
    const shapeTexts = new Set(shapes.map((m) => m.text));
    expect(Object.keys(MESSAGES_EN).filter((k) => !texts.has(k))).toEqual([]);
    const unused = MESSAGE_PATTERNS_EN.filter((p) => !shapeTexts.has(patternShape(p.nl)) && !exact.some((m) => compilePattern(p).regex.test(m.text)));
    expect(unused.map((p) => p.nl)).toEqual([]);
  });

  it('keeps error codes and fixed messages apart, and English is English', () => {
    const codeTexts = Object.values(ERROR_MESSAGES);
    expect(new Set(codeTexts).size).toBe(codeTexts.length);
    expect(Object.keys(MESSAGES_EN).filter((k) => codeTexts.includes(k as never))).toEqual([]);
    const english = [...Object.values(ERROR_MESSAGES_EN), ...Object.values(MESSAGES_EN), ...MESSAGE_PATTERNS_EN.map((p) => p.en)];
    for (const e of english) {
      expect(e.trim().length).toBeGreaterThan(0);
      expect(e, 'reads as Dutch').not.toMatch(DUTCH_WORDS);
    }
    for (const p of MESSAGE_PATTERNS_EN) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(p.en), p.nl).toEqual(names(p.nl));
      for (const n of p.messages ?? []) expect(names(p.nl), p.nl).toContain(n);
    }
  });
});

describe('messages as the rules really produce them', () => {
  it('error codes, with and without their own message', () => {
    expect(en(ERROR_MESSAGES.WRONG_PASSWORD)).toBe('The password is incorrect. Nothing has been changed.');
    expect(en(ERROR_MESSAGES.DUPLICATE_BSN)).toBe(ERROR_MESSAGES_EN.DUPLICATE_BSN);
    expect(en('Te veel mislukte pogingen. Probeer het over 27 seconden opnieuw.')).toBe('Too many failed attempts. Try again in 27 seconds.');
  });

  it('the BSN check and the date rules of a dossier', () => {
    const r = dossierFieldsSchema.safeParse({ achternaam: 'Test', bsn: '123456789', geboortedatum: '2999-01-01' });
    expect(r.success).toBe(false);
    const fields = fieldErrors(r.error!);
    expect(en(fields['bsn']!)).toBe('This is not a valid BSN: it fails the eleven test. Check the digits.');
    for (const m of [...Object.values(fields), ...Object.values(dossierConsistencyErrors({ geboortedatum: '2999-01-01', meldingDatum: '2999-01-01' }))])
      expect(en(m), m).not.toMatch(DUTCH_WORDS);
  });

  it('journey transitions keep the status labels the UI shows', () => {
    const errs = transitionErrors({ status: 'nazorg', detentieStart: null, verwachteVrijlating: null, werkelijkeVrijlating: null }, 'detentie');
    expect(en(errs['to']!)).toBe('A case file cannot move from "Nazorg" to "In detentie".');
    const closing = transitionErrors({ status: 'nazorg', detentieStart: null, verwachteVrijlating: null, werkelijkeVrijlating: null }, 'afgesloten');
    expect(en(closing['closingReason']!)).toBe('Choose a reason for closing the case file.');
  });

  it('template problems: each problem inside the composed message is translated', () => {
    const both = validateTemplate('Beste {{klant}}, {{ oeps', ['client.naam', 'datum'])!;
    expect(en(both)).toBe('Unknown placeholder: {{klant}}. The text has a {{ or }} without its counterpart. Use only: {{client.naam}}, {{datum}}.');
    const many = validateTemplate('{{a}} {{b}}', ['x'])!;
    expect(en(many)).toBe('Unknown placeholders: {{a}}, {{b}}. Use only: {{x}}.');
    // The main side puts the template's name in front (electron/main/handlers/documents.ts).
    expect(en(`Het sjabloon "Standaard" kan niet worden gebruikt. ${both}`)).toBe(`The template "Standaard" cannot be used. ${en(both)}`);
  });

  it('quick entry of an action in a meeting', () => {
    const partners = [
      { id: 1, name: 'Wijkteam Noord' },
      { id: 2, name: 'Wijkteam Zuid' },
    ];
    const none = parseQuickAction('', partners, '2026-03-01');
    expect(none.ok).toBe(false);
    if (!none.ok) for (const m of none.errors) expect(en(m), m).not.toBe(m);
    const twice = parseQuickAction('Bellen @wijkteam 31-02', partners, '2026-03-01');
    expect(twice.ok).toBe(false);
    if (!twice.ok)
      expect(twice.errors.map(en)).toEqual([
        '"@wijkteam" matches several partners: Wijkteam Noord, Wijkteam Zuid. Type more of the name.',
        '"31-02" is not an existing date.',
      ]);
  });

  it('the logo check', () => {
    const png = btoa(String.fromCharCode(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0));
    expect(en(logoProblem(`data:image/jpeg;base64,${png}`)!)).toBe('The file is a PNG image, but was offered as JPEG.');
  });

  it('unknown text passes unchanged (never hidden)', () => {
    expect(en('Iets wat niemand ooit schreef.')).toBe('Iets wat niemand ooit schreef.');
  });

  it("in English mode, field records and react-hook-form's error tree are translated, refs untouched", async () => {
    const ref = { focus() {} };
    const tree = {
      bsn: { type: 'custom', message: 'Een BSN bestaat uit 9 cijfers.', ref },
      rows: [{ name: { type: 'too_small', message: 'Vul een naam in.' } }],
    };
    expect(localizeErrorTree(tree), 'Dutch is the default: as it came').toEqual(tree);
    await i18next.changeLanguage('en');
    try {
      const out = localizeErrorTree(tree);
      expect(out.bsn.message).toBe('A BSN has 9 digits.');
      expect(out.bsn.ref).toBe(ref);
      expect(out.rows[0]!.name.message).toBe('Enter a name.');
      expect(localizeFields({ bsn: 'Er bestaat al een dossier met dit BSN.' })).toEqual({ bsn: 'A case file with this BSN already exists.' });
      expect(localizeMessage(ERROR_MESSAGES.LOCKED)).toBe(ERROR_MESSAGES_EN.LOCKED);
      // Validation in the renderer gives zod's own messages in English directly.
      expect(z.number().safeParse('x').error!.issues[0]!.message).toBe('Invalid input: expected number, received string');
    } finally {
      await i18next.changeLanguage('nl');
    }
    expect(localizeMessage(ERROR_MESSAGES.LOCKED)).toBe(ERROR_MESSAGES.LOCKED);
    expect(z.number().safeParse('x').error!.issues[0]!.message).toBe('Ongeldige invoer: verwacht getal, ontving string');
  });
});

describe("zod's own Dutch messages from the main side read as zod's English", () => {
  const samples: [z.ZodType, unknown][] = [
    [z.string(), 5],
    [z.number(), 'x'],
    [z.object({ a: z.string() }), { a: null }],
    [z.string().min(3), 'a'],
    [z.string().max(3), 'abcdef'],
    [z.number().min(3), 1],
    [z.number().max(3), 9],
    [z.number().gt(3), 3],
    [z.array(z.number()).min(2), [1]],
    [z.array(z.number()).max(1), [1, 2]],
    [z.enum(['a', 'b']), 'c'],
    [z.literal('a'), 'b'],
    [z.email(), 'nope'],
    [z.uuid(), 'nope'],
    [z.iso.date(), 'nope'],
    [z.iso.datetime(), 'nope'],
    [z.string().regex(/^\d+$/), 'x'],
    [z.string().startsWith('ab'), 'x'],
    [z.string().endsWith('ab'), 'x'],
    [z.string().includes('ab'), 'x'],
    [z.number().multipleOf(5), 3],
    [z.strictObject({}), { a: 1, b: 2 }],
    [z.strictObject({}), { a: 1 }],
    [z.union([z.string(), z.number()]), true],
    [z.record(z.enum(['a']), z.number()), { b: 1 }],
    [z.map(z.string(), z.number()), new Map([['a', 'x']])],
    [z.map(z.string(), z.number()).max(0), new Map([['a', 1]])],
  ];

  it('each sample message', () => {
    const messagesIn = (locale: () => { localeError: z.core.$ZodErrorMap }) => {
      z.config(locale());
      return samples.map(([schema, input]) => schema.safeParse(input).error!.issues.map((i) => i.message));
    };
    try {
      const nl = messagesIn(z.locales.nl);
      const english = messagesIn(z.locales.en);
      nl.forEach((ms, i) => ms.forEach((m, j) => expect(en(m), m).toBe(english[i]![j])));
    } finally {
      z.config(z.locales.nl());
    }
  });
});
