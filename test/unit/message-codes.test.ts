import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dossierFieldsSchema } from '../../common/dossiers/schema.js';
import { transitionErrors } from '../../common/dossiers/status.js';
import { AppError, ERROR_CODES } from '../../common/errors.js';
import { en } from '../../common/messages/en.js';
import { decodeMessage, messageText, msg } from '../../common/messages/index.js';
import { nl } from '../../common/messages/nl.js';
import { parseQuickAction } from '../../common/meetings/quick-entry.js';
import { validateTemplate } from '../../common/template.js';
import { fieldErrors } from '../../common/zod-nl.js';
import { i18next } from '../../renderer/src/i18n/index.js';
import { localizeErrorTree, localizeMessage } from '../../renderer/src/i18n/message-codes.js';
import { extractDutchMessages, messagesInSource } from '../helpers/dutch-messages.js';

/**
 * Messages travel as a code with parameters (common/messages). These checks keep the two catalogues complete and
 * alike, every code the code uses present in both, and no Dutch sentence travelling as a raw string any more.
 */
const root = join(import.meta.dirname, '..', '..');
const PLURAL = /_(zero|one|two|few|many|other)$/;
const baseCodes = (cat: object) => new Set(Object.keys(cat).map((k) => k.replace(PLURAL, '')));
const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

/** Words that only Dutch text has; an English message containing one was left (partly) untranslated. */
const DUTCH_WORDS = /\b(de|het|een|niet|niets|van|en|vul|kies|geen|deze|dit|er|bij|voor|naar|wordt|zijn|u|uw)\b/i;

/** Dutch literals that are stored data or document text, not messages: they stay Dutch by design. */
const DUTCH_DATA = new Map([
  ['Melding, ingelezen bij de intake.', 'the note of the notice kept as an attachment, stored in the vault'],
  ['Uit de melding overgenomen.', 'the note of a contact taken from a notice, stored in the vault'],
  ['Geplakte tekst.', 'the heading of the PDF made of a pasted notice'],
  ['Bestand {}, ingelezen op {}.', 'the heading of the PDF made of a text or e-mail notice'],
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

describe('the catalogues (common/messages/nl.ts and en.ts)', () => {
  it('have the same keys, the same parameters, and English that reads as English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const [key, dutch] of Object.entries(nl)) {
      const english = en[key as keyof typeof en];
      expect(english.trim().length, key).toBeGreaterThan(0);
      expect(vars(english), key).toEqual(vars(dutch));
      expect(english, `${key} reads as Dutch`).not.toMatch(DUTCH_WORDS);
    }
  });

  it('have every plural as _one and _other, and a general message for every error code', () => {
    for (const key of Object.keys(nl).filter((k) => PLURAL.test(k))) {
      const base = key.replace(PLURAL, '');
      expect(Object.keys(nl), key).toEqual(expect.arrayContaining([`${base}_one`, `${base}_other`]));
    }
    for (const code of ERROR_CODES) expect(Object.keys(nl)).toContain(code);
  });
});

describe('the code uses only codes that both catalogues have', () => {
  // A static scan, beside the typecheck of msg(): it also reads the renderer and the tests' own helpers.
  const uses = new Map<string, string>();
  for (const dir of ['common', 'db', 'electron', 'renderer/src'])
    for (const file of sourceFiles(join(root, dir))) {
      const rel = relative(root, file).split(sep).join('/');
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\b(?:msg|errorPayload|new AppError)\(\s*'([A-Za-z0-9_]+)'/g)) uses.set(m[1]!, rel);
    }

  it('finds the codes in the source', () => {
    expect(uses.size).toBeGreaterThan(150);
    expect(uses.has('VALIDATION') && uses.has('maxChars') && uses.has('partnerHasOpenActions')).toBe(true);
  });

  it('every code thrown or made exists in Dutch and in English', () => {
    const nlCodes = baseCodes(nl);
    const enCodes = baseCodes(en);
    const missing = [...uses].filter(([code]) => !nlCodes.has(code) || !enCodes.has(code)).map(([code, where]) => `${where}: ${code}`);
    expect(missing, 'add these codes to common/messages/nl.ts and en.ts (docs/messages.md)').toEqual([]);
  });

  it('no Dutch sentence is thrown or returned as a raw string any more', () => {
    const raw = extractDutchMessages()
      .filter((m) => !DUTCH_DATA.has(m.text))
      .map((m) => `${m.where}: ${m.text}`);
    expect(raw, 'make these a code with msg() and put the text in common/messages/nl.ts and en.ts (docs/messages.md)').toEqual([]);
    // The scan itself still sees a raw message where one is written.
    expect(messagesInSource('x.ts', `throw new AppError('CONFLICT', 'Dit is een losse melding.');`).map((m) => m.text)).toEqual(['Dit is een losse melding.']);
  });
});

describe('messages as the rules produce them, in Dutch and English', () => {
  afterAll(async () => {
    await i18next.changeLanguage('nl');
  });
  const both = (m: string) => [messageText(m, 'nl'), messageText(m, 'en')];

  it('a code with a count follows i18next plural rules', () => {
    expect(both(msg('maxChars', { count: 1 }))).toEqual(['Maximaal 1 teken.', 'At most 1 character.']);
    expect(both(msg('maxChars', { count: 200 }))).toEqual(['Maximaal 200 tekens.', 'At most 200 characters.']);
    expect(both(msg('tooManyAttemptsWait', { count: 27 }))[1]).toBe('Too many failed attempts. Try again in 27 seconds.');
    expect(both(msg('partnerHasOpenActions', { count: 1 }))[0]).toMatch(/^Deze partner heeft nog 1 open actie\./);
  });

  it('the BSN check and a zod rule without a message of its own become codes', () => {
    const r = dossierFieldsSchema.safeParse({ achternaam: 'Test', bsn: '123456789', geboortedatum: '2999-01-01' });
    const fields = fieldErrors(r.error!);
    expect(decodeMessage(fields['bsn']!)).toEqual({ code: 'notValidBsnFailsEleven' });
    expect(messageText(fields['bsn']!, 'en')).toBe('This is not a valid BSN: it fails the eleven test. Check the digits.');
    expect(messageText(fields['bsn']!)).toBe('Dit is geen geldig BSN: het voldoet niet aan de elfproef. Controleer de cijfers.');
    const long = dossierFieldsSchema.safeParse({ achternaam: 'x'.repeat(500) });
    expect(both(fieldErrors(long.error!)['achternaam']!)[1]).toMatch(/^At most \d+ characters\.$/);
  });

  it('journey transitions keep the status labels the UI shows', () => {
    const errs = transitionErrors({ status: 'nazorg', detentieStart: null, verwachteVrijlating: null, werkelijkeVrijlating: null }, 'detentie');
    expect(both(errs['to']!)).toEqual(['Van "Nazorg" kan een dossier niet naar "In detentie".', 'A case file cannot move from "Nazorg" to "In detentie".']);
  });

  it('a message inside a message (template problems) is shown in the same language', () => {
    const problem = validateTemplate('Beste {{klant}}, {{ oeps', ['client.naam', 'datum'])!;
    expect(both(problem)).toEqual([
      'Onbekende plaatshouder: {{klant}}. Er staat een {{ of }} zonder tegenhanger in de tekst. Gebruik alleen: {{client.naam}}, {{datum}}.',
      'Unknown placeholder: {{klant}}. The text has a {{ or }} without its counterpart. Use only: {{client.naam}}, {{datum}}.',
    ]);
    expect(messageText(msg('templateUnusable', { name: 'Standaard', problem }), 'en')).toMatch(
      /^The template "Standaard" cannot be used\. Unknown placeholder/,
    );
    const many = validateTemplate('{{a}} {{b}}', ['x'])!;
    expect(messageText(many, 'en')).toBe('Unknown placeholders: {{a}}, {{b}}. Use only: {{x}}.');
  });

  it('quick entry of an action in a meeting', () => {
    const partners = [
      { id: 1, name: 'Wijkteam Noord' },
      { id: 2, name: 'Wijkteam Zuid' },
    ];
    const r = parseQuickAction('Bellen @wijkteam 31-02', partners, '2026-03-01');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors.map((e) => messageText(e, 'en'))).toEqual([
        '"@wijkteam" matches several partners: Wijkteam Noord, Wijkteam Zuid. Type more of the name.',
        '"31-02" is not an existing date.',
      ]);
  });

  it('an AppError carries code and parameters for the renderer and Dutch for logs', () => {
    const e = new AppError('VALIDATION', msg('lineRefused', { line: 7 }), { fields: { bsn: msg('bsnAlsoOnLine', { line: 3 }) } });
    expect(e.message).toBe('Regel 7 is geweigerd. Haal het vinkje weg of verbeter de lijst; er is niets opgeslagen.');
    expect(e.toPayload()).toEqual({
      code: 'VALIDATION',
      message: e.message,
      text: { code: 'lineRefused', params: { line: 7 } },
      details: { fields: { bsn: 'Dit BSN staat ook in regel 3.' } },
      fieldTexts: { bsn: { code: 'bsnAlsoOnLine', params: { line: 3 } } },
    });
    expect(new AppError('LOCKED').toPayload()).toEqual({ code: 'LOCKED', message: messageText(msg('LOCKED')) });
  });

  it('the renderer shows codes in the UI language, and an unknown code as a general message', async () => {
    await i18next.changeLanguage('en');
    expect(localizeMessage(msg('maxChars', { count: 40 }))).toBe('At most 40 characters.');
    expect(localizeMessage({ code: 'DUPLICATE_BSN' })).toBe(en.DUPLICATE_BSN);
    expect(localizeMessage('noSuchCode')).toBe(en.unknownMessage);
    expect(localizeMessage('Een losse Nederlandse zin.')).toBe(en.unknownMessage);
    expect(localizeErrorTree({ a: { type: 'too_big', message: msg('minChars', { count: 2 }) } })).toEqual({
      a: { type: 'too_big', message: 'At least 2 characters.' },
    });
    await i18next.changeLanguage('nl');
    expect(localizeMessage(msg('maxChars', { count: 40 }))).toBe('Maximaal 40 tekens.');
    expect(localizeMessage('noSuchCode')).toBe(nl.unknownMessage);
  });
});
