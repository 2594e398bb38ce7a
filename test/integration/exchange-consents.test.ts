import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeExchangeFile } from '../../electron/main/exchange/exchange-file.js';
import { readImportFile } from '../../electron/main/exchange/exchange-service.js';
import { seededRandom, syntheticBsn } from '../../db/demo/synthetic.js';
import { apiOf, senderAndReceiver, unlockedCore, type UnlockedCore } from '../helpers/core.js';
import { onePersonPayload, payloadErrorCode } from '../helpers/exchange-payload.js';

const PASS = 'molen kaas klomp tulp fiets dijk';
type Ctx = UnlockedCore;
type Api = ReturnType<typeof apiOf>;

/**
 * test/fixtures/exchange-v1.nazorg was written by this app before consents joined the exchange (payload version 1,
 * commit 6711db8, synthetic data, fast scrypt parameters). It stays as it is: a real old file.
 */
const V1_FILE = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'exchange-v1.nazorg'));
const V1_PASS = 'oud formaat blijft gewoon leesbaar';

type ConsentView = { partner: string; scope: string; legalBasis: string; givenOn: string; withdrawnOn: string | null; note: string };
/** A consent as the coordinator sees it, without its ids and times. */
const consentView = ({ partner, scope, legalBasis, givenOn, withdrawnOn, note }: ConsentView): ConsentView => ({
  partner,
  scope,
  legalBasis,
  givenOn,
  withdrawnOn,
  note,
});

describe('consents (toestemmingen) travel as their own section of the .nazorg exchange', () => {
  let a: Ctx;
  let b: Ctx;
  let apiA: Api;
  let apiB: Api;
  let id = 0;
  let firstConsent = 0;
  senderAndReceiver(async (sender, receiver) => {
    [a, b] = [sender, receiver];
    [apiA, apiB] = [apiOf(a.core), apiOf(b.core)];
    const r = await apiA.call('dossiers.create', {
      achternaam: 'Toestemmingsma',
      voornamen: 'Renée',
      geboortedatum: '1984-08-08',
      bsn: syntheticBsn(seededRandom(4040)),
    });
    if (!r.created) throw new Error('seed');
    id = r.id;
    firstConsent = (
      await apiA.call('dossiers.addConsent', {
        dossierId: id,
        partner: 'Wijkteam Oost',
        scope: 'Adres, telefoonnummer; "woonsituatie"',
        legalBasis: 'toestemming',
        givenOn: '2025-02-03',
        note: 'Mondeling gegeven, formulier getekend.',
      })
    ).id;
    const old = await apiA.call('dossiers.addConsent', {
      dossierId: id,
      partner: 'Schuldhulp Fictiefdorp',
      scope: 'Inkomen',
      legalBasis: 'toestemming',
      givenOn: '2025-01-10',
    });
    await apiA.call('dossiers.withdrawConsent', { id: old.id, withdrawnOn: '2025-03-01' });
  });

  const exportFrom = (sections: ('detention' | 'consents' | 'contacts')[]) =>
    apiA.call('exchange.export', { dossierIds: [id], sections, recipient: 'Gemeente Voorbeeldstad', purpose: 'Verhuizing van de cliënt', passphrase: PASS });

  it('round trip: what the client agreed, with whom and withdrawals, arrives intact; the file says version 2', async () => {
    const file = await exportFrom(['detention', 'consents']);
    const payload = await decodeExchangeFile(Buffer.from(file.base64, 'base64'), PASS);
    expect(payload.schemaVersion).toBe(2);
    expect(payload.sections).toEqual(['person', 'detention', 'consents']);
    const sent = (await apiA.call('dossiers.get', { id })).consents.map(consentView);
    expect(payload.dossiers[0]!.consents).toEqual(expect.arrayContaining(sent));
    expect(payload.dossiers[0]!.consents).toHaveLength(2);

    const r = await apiB.call('exchange.applyImport', { file: file.base64, passphrase: PASS, choices: {} });
    expect(r.created).toBe(1);
    const got = await apiB.call('dossiers.get', { id: r.dossierIds[0]! });
    expect(got.consents.map(consentView)).toEqual(expect.arrayContaining(sent));
    expect(got.consents).toHaveLength(2);
    const history = await apiB.call('dossiers.history', { id: r.dossierIds[0]! });
    expect(history.filter((h) => h.field === 'consent')).toHaveLength(2);
    expect(history.find((h) => h.field === 'consent.withdrawn')).toMatchObject({ oldValue: 'Schuldhulp Fictiefdorp: Inkomen', newValue: '2025-03-01' });
    const [reg] = (await apiA.call('provisions.list', { kind: 'export.nazorg' })).entries;
    expect(reg!.what).toContain('Toestemmingen');
  });

  it('unticked, consents stay home and the file keeps version 1, which older apps read', async () => {
    const payload = await decodeExchangeFile(Buffer.from((await exportFrom(['contacts'])).base64, 'base64'), PASS);
    expect(payload.schemaVersion).toBe(1);
    expect(payload.dossiers[0]!.consents).toBeUndefined();
  });

  it('an update shows current and incoming consents side by side; taking adds new ones and withdrawals', async () => {
    await apiA.call('dossiers.withdrawConsent', { id: firstConsent, withdrawnOn: '2025-06-01' });
    await apiA.call('dossiers.addConsent', {
      dossierId: id,
      partner: 'Reclassering Nederland',
      scope: 'Plan van aanpak',
      legalBasis: 'pbw_18a',
      givenOn: '2025-05-15',
    });
    const file = await exportFrom(['consents']);
    const preview = await apiB.call('exchange.previewImport', { file: file.base64, passphrase: PASS });
    const diff = preview.dossiers[0]!.sections.find((s) => s.section === 'consents')!;
    expect(preview.dossiers[0]!.action).toBe('update');
    expect(diff.same).toBe(false);
    expect(diff.current).toHaveLength(2);
    expect(diff.incoming).toHaveLength(3);
    expect(diff.incoming).toContain(
      'Wijkteam Oost: Adres, telefoonnummer; "woonsituatie" — Toestemming van de cliënt — gegeven 03-02-2025 — ingetrokken 01-06-2025',
    );
    expect(diff.current).toContain('Wijkteam Oost: Adres, telefoonnummer; "woonsituatie" — Toestemming van de cliënt — gegeven 03-02-2025');
    const ref = preview.dossiers[0]!.ref;
    const idB = preview.dossiers[0]!.existingId!;

    // "Keep" changes nothing.
    await apiB.call('exchange.applyImport', { file: file.base64, passphrase: PASS, choices: { [ref]: { consents: 'keep' } } });
    expect((await apiB.call('dossiers.get', { id: idB })).consents).toHaveLength(2);

    await apiB.call('exchange.applyImport', { file: file.base64, passphrase: PASS, choices: { [ref]: { consents: 'take' } } });
    const after = (await apiB.call('dossiers.get', { id: idB })).consents.map(consentView);
    expect(after).toEqual(expect.arrayContaining((await apiA.call('dossiers.get', { id })).consents.map(consentView)));
    expect(after).toHaveLength(3);
    // Nothing left to take: the section reads as the same.
    const again = await apiB.call('exchange.previewImport', { file: file.base64, passphrase: PASS });
    expect(again.dossiers[0]!.sections.find((s) => s.section === 'consents')!.same).toBe(true);
  });

  it('a file of payload version 1 (made before consents travelled) still previews and imports', async () => {
    const payload = await readImportFile(V1_FILE, V1_PASS);
    expect(payload.schemaVersion).toBe(1);
    expect(payload.sections).not.toContain('consents');
    const c = await unlockedCore();
    try {
      const api = apiOf(c.core);
      const file = V1_FILE.toString('base64');
      const preview = await api.call('exchange.previewImport', { file, passphrase: V1_PASS });
      expect(preview).toMatchObject({ toCreate: 2, toUpdate: 0, purpose: 'Testbestand formaat versie 1' });
      const r = await api.call('exchange.applyImport', { file, passphrase: V1_PASS, choices: {} });
      expect(r.created).toBe(2);
      const d = await api.call('dossiers.get', { id: r.dossierIds[0]! });
      expect(d.dossier).toMatchObject({ achternaam: 'Oudformaatsma', voornamen: 'Ëlla' });
      expect(d.contacts.map((x) => x.name)).toEqual(['R. Oudwerker']);
      expect(d.notes.map((x) => x.text)).toEqual(['Eerste gesprek; bestand gemaakt met uitwisselformaat versie 1.']);
      expect(d.consents).toEqual([]);
    } finally {
      await c.close();
    }
  });

  it('refuses a file that contradicts its version, and names a newer one', () => {
    const base = onePersonPayload('consents', [{ partner: 'Wijkteam', scope: 'Adres', legalBasis: 'toestemming', givenOn: '2025-01-01' }]);
    const code = payloadErrorCode;
    expect(code({ ...base, schemaVersion: 2 })).toBe('GEEN_FOUT');
    expect(code({ ...base, schemaVersion: 1 })).toBe('EXCHANGE_INVALID_CONTENT');
    expect(code({ ...base, schemaVersion: 3 })).toBe('GEEN_FOUT');
    expect(code({ ...base, schemaVersion: 4 })).toBe('GEEN_FOUT');
    expect(code({ ...base, schemaVersion: 5 })).toBe('EXCHANGE_PAYLOAD_TOO_NEW');
    const withdrawnBeforeGiven = structuredClone(base);
    Object.assign(withdrawnBeforeGiven.dossiers[0]!.consents![0]!, { withdrawnOn: '2024-12-31' });
    expect(code({ ...withdrawnBeforeGiven, schemaVersion: 2 })).toBe('EXCHANGE_INVALID_CONTENT');
  });
});
