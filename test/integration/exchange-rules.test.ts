import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../common/errors.js';
import { dossierConsistencyErrors, dossierFieldsSchema } from '../../common/dossiers/schema.js';
import { addDaysIso, localTodayIso } from '../../common/calendar.js';
import type { ExchangePayloadInput } from '../../common/exchange/payload.js';
import { createDossier } from '../../db/repositories/dossier-core.js';
import { encodeExchangeFile, parsePayloadJson } from '../../electron/main/exchange/exchange-file.js';
import { applyImport, previewImport, readImportFile } from '../../electron/main/exchange/exchange-service.js';
import { seededRandom, syntheticPerson } from '../../db/demo/synthetic.js';
import { unlockedCore } from '../helpers/core.js';
import { inDutch } from '../helpers/messages.js';
import { vaultContentHash } from '../helpers/vault-hash.js';
import { exchangePayload, FAST_KDF, type PayloadDossier } from '../helpers/exchange-payload.js';

const PASS = 'vuurtoren kiwi zadel bloesem mikado storm';
const rand = seededRandom(1217);
const tomorrow = addDaysIso(localTodayIso(), 1);

type DossierIn = PayloadDossier;

const payload = (dossiers: DossierIn[], extra: Partial<ExchangePayloadInput> = {}) =>
  exchangePayload(['person', 'detention'], dossiers, { purpose: 'Verhuizing van de cliënt', ...extra });

const detention = (d: Record<string, string | null>) => ({ status: 'melding' as const, institution: 'PI Fictief', ...d });
/** A good first dossier, so the refused one is the second: the message must say which. */
const good = (): DossierIn => ({ ref: 'goed', person: { ...syntheticPerson(rand, 1) }, detention: detention({ detentieStart: '2025-01-10' }) });
const named = (geboortedatum: string | null, i: number) => ({
  ...syntheticPerson(rand, i),
  achternaam: `Testmans-${i}`,
  voornamen: 'Fictief',
  tussenvoegsel: '',
  geboortedatum,
});

/** Each case: what the file says, the field the form would mark, and that field's label on the form. */
const CASES: { title: string; dossier: DossierIn; field: string; label: string }[] = [
  { title: 'birth date 9999-12-31', dossier: { ref: 'a', person: named('9999-12-31', 2) }, field: 'geboortedatum', label: 'Geboortedatum' },
  { title: 'birth date 1000-01-01', dossier: { ref: 'b', person: named('1000-01-01', 3) }, field: 'geboortedatum', label: 'Geboortedatum' },
  {
    title: 'notice date in the future',
    dossier: { ref: 'c', person: named('1980-05-05', 4), detention: detention({ meldingDatum: tomorrow }) },
    field: 'meldingDatum',
    label: 'Datum melding',
  },
  {
    title: 'detention start before birth',
    dossier: { ref: 'd', person: named('1980-05-05', 5), detention: detention({ detentieStart: '1979-01-01' }) },
    field: 'detentieStart',
    label: 'Start detentie',
  },
  {
    title: 'release before detention start',
    dossier: { ref: 'e', person: named('1980-05-05', 6), detention: detention({ detentieStart: '2025-03-01', werkelijkeVrijlating: '2025-02-01' }) },
    field: 'werkelijkeVrijlating',
    label: 'Werkelijke vrijlating',
  },
  {
    title: 'expected release before detention start',
    dossier: { ref: 'f', person: named('1980-05-05', 7), detention: detention({ detentieStart: '2025-03-01', verwachteVrijlating: '2025-01-01' }) },
    field: 'verwachteVrijlating',
    label: 'Verwachte vrijlating',
  },
];

function formMessage(d: DossierIn, field: string): string {
  const msg = dossierConsistencyErrors({ ...d.person, ...d.detention })[field];
  if (!msg) throw new Error(`the form's rules do not refuse ${field}`);
  return inDutch(msg);
}

describe('an imported dossier meets the rules of a typed one (issue 12 point 17)', () => {
  let ctx: Awaited<ReturnType<typeof unlockedCore>>;
  beforeAll(async () => {
    ctx = await unlockedCore();
  });
  afterAll(async () => ctx?.close());

  it.each(CASES)('refuses $title with the form message, naming the dossier and the field; nothing written', async ({ dossier, field, label }) => {
    const vault = ctx.core.session.requireVault();
    const before = await vaultContentHash(vault.client);
    const file = await encodeExchangeFile(payload([good(), dossier]), PASS, FAST_KDF);
    const err = await readImportFile(file, PASS).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(AppError);
    const e = err as AppError;
    expect(e.code).toBe('EXCHANGE_INVALID_CONTENT');
    expect(e.message).toContain(formMessage(dossier, field));
    expect(e.message).toContain(`Dossier 2 in het bestand (Testmans-`);
    expect(e.message).toContain(`veld "${label}"`);
    expect(e.message).toMatch(/Er is niets ingelezen\.$/);
    expect(e.details?.['paths']).toContain(`dossiers.1.${field === 'geboortedatum' ? 'person' : 'detention'}.${field}`);
    // Through the API as the import screen calls it: the same refusal, nothing written.
    const r = await ctx.core.dispatch('exchange.previewImport', { file: file.toString('base64'), passphrase: PASS });
    expect(r).toMatchObject({ ok: false, error: { code: 'EXCHANGE_INVALID_CONTENT', message: e.message } });
    expect(await vaultContentHash(vault.client)).toBe(before);
  });

  it('field rules of the form (BSN 11-proef) are named the same way', () => {
    const bad = { ref: 'g', person: { ...named('1980-05-05', 8), bsn: '123456789' } };
    const json = Buffer.from(JSON.stringify(payload([good(), bad])));
    expect(() => parsePayloadJson(json)).toThrow(
      'Dossier 2 in het bestand (Testmans-8, F.), veld "BSN": Dit is geen geldig BSN: het voldoet niet aan de elfproef. Controleer de cijfers. Er is niets ingelezen.',
    );
  });

  it('an update is checked as the dossier would be after taking the section, as an edit by hand is', async () => {
    const vault = ctx.core.session.requireVault();
    const person = named('1990-06-15', 9);
    const created = await createDossier(vault.db, dossierFieldsSchema.parse({ ...person, detentieStart: '2024-01-01' }));
    if (!created.created) throw new Error('seed');
    // The file alone is consistent (no birth date); with the birth date here, its detention starts before birth.
    const file = await encodeExchangeFile(
      payload([{ ref: 'h', person: { ...person, geboortedatum: null }, detention: detention({ detentieStart: '1985-01-01' }) }]),
      PASS,
      FAST_KDF,
    );
    const parsed = await readImportFile(file, PASS);
    const preview = await previewImport(vault.db, parsed);
    expect(preview.dossiers[0]).toMatchObject({ action: 'update', existingId: created.id });
    const before = await vaultContentHash(vault.client);
    const err = await applyImport(vault.db, parsed, { h: { detention: 'take' } }).then(
      () => null,
      (e: unknown) => e as AppError,
    );
    expect(err).toMatchObject({ code: 'EXCHANGE_INVALID_CONTENT' });
    expect(err!.message).toContain('veld "Start detentie": De detentie kan niet vóór de geboortedatum beginnen.');
    expect(await vaultContentHash(vault.client)).toBe(before);
  });

  it('a creation time that is no date and time is refused, so the preview never says "gemaakt op ."', () => {
    for (const createdAt of ['x', '', 'gisteren', '2026-02-30T10:00:00Z', '2026-11-23', '2026-11-23T25:00:00Z']) {
      const json = Buffer.from(JSON.stringify(payload([good()], { createdAt })));
      expect(() => parsePayloadJson(json), createdAt).toThrow(
        expect.objectContaining({ code: 'EXCHANGE_INVALID_CONTENT', message: expect.stringContaining('aanmaakdatum') }),
      );
    }
    for (const createdAt of ['2026-11-23T09:15:00.000Z', '2026-11-23T10:15:00+01:00']) {
      expect(parsePayloadJson(Buffer.from(JSON.stringify(payload([good()], { createdAt })))).createdAt).toBe(createdAt);
    }
  });
});

describe('an unknown section name is invalid content naming the section (issue 13 point 12)', () => {
  it('one unknown section among known ones', () => {
    const json = Buffer.from(JSON.stringify(payload([good()], { sections: ['person', 'medisch'] as never })));
    expect(() => parsePayloadJson(json)).toThrow(
      expect.objectContaining({ code: 'EXCHANGE_INVALID_CONTENT', message: expect.stringContaining('onbekend onderdeel: "medisch"') }),
    );
  });

  it('all known sections plus an unknown one is not "too many"', () => {
    const all = ['person', 'detention', 'contacts', 'consents', 'plan', 'actions', 'notes', 'attachments', 'medisch'];
    const json = Buffer.from(JSON.stringify(payload([good()], { schemaVersion: 2, sections: all as never })));
    expect(() => parsePayloadJson(json)).toThrow(expect.objectContaining({ code: 'EXCHANGE_INVALID_CONTENT', message: expect.stringContaining('"medisch"') }));
  });

  it('a hostile section name is shown without control characters and cut short', () => {
    const json = Buffer.from(JSON.stringify(payload([good()], { sections: ['person', `\u202E${'x'.repeat(500)}`] as never })));
    let msg = '';
    try {
      parsePayloadJson(json);
    } catch (e) {
      msg = (e as AppError).message;
    }
    expect(msg).not.toMatch(/\u202E/);
    expect(msg.length).toBeLessThan(200);
  });

  it('a repeated known section is broken content, not "too many"', () => {
    const json = Buffer.from(JSON.stringify(payload([good()], { sections: Array(9).fill('person') as never })));
    expect(() => parsePayloadJson(json)).toThrow(expect.objectContaining({ code: 'EXCHANGE_INVALID_CONTENT' }));
  });
});
