import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { addNote } from '../../db/repositories/dossier-people.js';
import { createDossier, getDossierDetail } from '../../db/repositories/dossier-core.js';
import { addAttachment } from '../../db/repositories/attachments.js';
import { updateSettings } from '../../db/repositories/settings.js';
import { dossierHistory, dossiers } from '../../db/schema.js';
import { decodeExchangeFile } from '../../electron/main/exchange/exchange-file.js';
import { applyImport, readImportFile } from '../../electron/main/exchange/exchange-service.js';
import { seedDossiersRealistic } from '../../db/demo/dossiers.js';
import { senderAndReceiver, unlockedCore, type UnlockedCore } from '../helpers/core.js';
import { vaultContentHash } from '../helpers/vault-hash.js';

const PASS = 'walvis kompas zeilboot tulp lantaarn appel';
const PDF = Buffer.from('%PDF-1.4\n% D&R-plan (synthetisch)\n%%EOF\n');

type Ctx = UnlockedCore;

describe('exchange between two vaults', () => {
  let a: Ctx;
  let b: Ctx;
  let ids: number[];
  let file: string;

  senderAndReceiver(async (sender, receiver) => {
    [a, b] = [sender, receiver];
    const dbA = a.core.session.requireVault().db;
    await updateSettings(dbA, { municipalityName: 'Gemeente Fictiefdorp', coordinatorName: 'Coördinator Test' });
    ids = (await seedDossiersRealistic(dbA, 4, 61)).slice(0, 3);
    await addAttachment(dbA, ids[0]!, { name: 'D&R-plan.pdf', bytes: PDF });
    const out = await a.call('exchange.export', {
      dossierIds: ids,
      sections: ['detention', 'contacts', 'notes', 'attachments'],
      recipient: 'Gemeente Voorbeeldstad',
      purpose: 'Verhuizing van de cliënt',
      passphrase: PASS,
    });
    expect(out.dossiers).toBe(3);
    expect(out.fileName).toMatch(/^nazorg-uitwisseling-\d{4}-\d{2}-\d{2}\.nazorg$/);
    file = out.base64;
  });

  it('the sender records the provision: what, to whom, why, which dossiers', async () => {
    const reg = await a.call('provisions.list', { kind: 'export.nazorg' });
    expect(reg.entries).toHaveLength(1);
    expect(reg.entries[0]).toMatchObject({ recipient: 'Gemeente Voorbeeldstad', purpose: 'Verhuizing van de cliënt', direction: 'out', dossierIds: ids });
    expect(reg.entries[0]!.what).toContain('Bijlagen');
  });

  it('sends only the ticked sections', async () => {
    const payload = await decodeExchangeFile(Buffer.from(file, 'base64'), PASS);
    expect(payload.sections).toEqual(['person', 'detention', 'contacts', 'notes', 'attachments']);
    for (const d of payload.dossiers) {
      expect(d.plan).toBeUndefined();
      expect(d.actions).toBeUndefined();
    }
    const onlyPerson = await a.call('exchange.export', {
      dossierIds: [ids[0]!],
      sections: ['person'],
      recipient: 'ZVH',
      purpose: 'Casusoverleg',
      passphrase: PASS,
    });
    const p2 = await decodeExchangeFile(Buffer.from(onlyPerson.base64, 'base64'), PASS);
    expect(p2.sections).toEqual(['person']);
    expect(Object.keys(p2.dossiers[0]!).sort()).toEqual(['person', 'ref']);
  });

  it('preview writes nothing; wrong passphrase says so', async () => {
    const vault = b.core.session.requireVault();
    const before = await vaultContentHash(vault.client);
    const preview = await b.call('exchange.previewImport', { file, passphrase: PASS });
    expect(preview.toCreate).toBe(3);
    expect(preview.sender).toEqual({ organisation: 'Gemeente Fictiefdorp', coordinator: 'Coördinator Test' });
    await expect(b.call('exchange.previewImport', { file, passphrase: 'walvis kompas zeilboot tulp lantaarn peer' })).rejects.toMatchObject({
      code: 'EXCHANGE_WRONG_PASSPHRASE',
    });
    expect(await vaultContentHash(vault.client)).toBe(before);
  });

  it('imports new dossiers with their sections and attachment, and registers the receipt', async () => {
    const r = await b.call('exchange.applyImport', { file, passphrase: PASS, choices: {} });
    expect(r).toMatchObject({ created: 3, updated: 0 });
    const dbA = a.core.session.requireVault().db;
    const dbB = b.core.session.requireVault().db;
    for (let i = 0; i < 3; i++) {
      const src = await getDossierDetail(dbA, ids[i]!);
      const dst = await getDossierDetail(dbB, r.dossierIds[i]!);
      expect(dst.dossier.bsn).toBe(src.dossier.bsn);
      expect(dst.dossier.achternaam).toBe(src.dossier.achternaam);
      expect(dst.dossier.status).toBe(src.dossier.status);
      expect(dst.dossier.verwachteVrijlating).toBe(src.dossier.verwachteVrijlating);
      expect(dst.contacts.map((c) => c.name)).toEqual(src.contacts.map((c) => c.name));
      expect(dst.notes.map((n) => n.text)).toEqual(src.notes.map((n) => n.text));
    }
    const files = await b.call('attachments.list', { dossierId: r.dossierIds[0]! });
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({ name: 'D&R-plan.pdf', kind: 'pdf', source: 'import', size: PDF.length });
    const got = await b.call('attachments.get', { id: files[0]!.id });
    expect(Buffer.from(got.base64, 'base64').equals(PDF)).toBe(true);
    const reg = await b.call('provisions.list', { direction: 'in' });
    expect(reg.entries[0]).toMatchObject({ kind: 'import.nazorg', recipient: 'Gemeente Fictiefdorp, Coördinator Test', purpose: 'Verhuizing van de cliënt' });
    expect(reg.entries[0]!.dossierIds).toEqual(r.dossierIds);
  });

  it('an existing BSN shows the differences; only the chosen sections are taken', async () => {
    const dbB = b.core.session.requireVault().db;
    const [first] = await dbB
      .select()
      .from(dossiers)
      .where(eq(dossiers.bsn, (await getDossierDetail(a.core.session.requireVault().db, ids[0]!)).dossier.bsn!));
    await dbB.update(dossiers).set({ telefoon: '06-11111111', woonplaats: 'Anderstad' }).where(eq(dossiers.id, first!.id));
    await addNote(dbB, first!.id, { date: '2026-11-01', text: 'Eigen notitie van de ontvanger.' });
    const preview = await b.call('exchange.previewImport', { file, passphrase: PASS });
    expect(preview.toUpdate).toBe(3);
    const d = preview.dossiers.find((x) => x.existingId === first!.id)!;
    const person = d.sections.find((s) => s.section === 'person')!;
    expect(person.same).toBe(false);
    expect(person.current).toContain('Telefoon: 06-11111111');
    expect(person.incoming.some((l) => l.startsWith('Telefoon: ') && l !== 'Telefoon: 06-11111111')).toBe(true);
    // The recipient's own extra note does not make the file's notes "new".
    expect(d.sections.find((s) => s.section === 'notes')!.same).toBe(true);
    expect(d.sections.find((s) => s.section === 'attachments')!.same).toBe(true);

    const r = await b.call('exchange.applyImport', { file, passphrase: PASS, choices: { [d.ref]: { person: 'take', detention: 'keep' } } });
    expect(r).toMatchObject({ created: 0, updated: 1, dossierIds: [first!.id] });
    const after = await getDossierDetail(dbB, first!.id);
    expect(after.dossier.telefoon).not.toBe('06-11111111');
    expect(after.dossier.woonplaats).not.toBe('Anderstad');
    expect(after.notes.map((n) => n.text)).toContain('Eigen notitie van de ontvanger.');
    const hist = await dbB.select().from(dossierHistory).where(eq(dossierHistory.dossierId, first!.id));
    expect(hist.some((h) => h.field === 'telefoon' && h.oldValue === '06-11111111')).toBe(true);
  });

  it('the whole import is one transaction: a failure half-way leaves the vault as it was', async () => {
    const vault = b.core.session.requireVault();
    const fresh = await unlockedCore();
    try {
      const v = fresh.core.session.requireVault();
      await createDossier(v.db, { ...(await getDossierDetail(vault.db, 1)).dossier, bsn: null, achternaam: 'Eigen' }, { confirmDuplicate: true });
      const before = await vaultContentHash(v.client);
      const payload = await readImportFile(Buffer.from(file, 'base64'), PASS);
      // The third dossier cannot be stored (NOT NULL): the first two must not stay behind.
      (payload.dossiers[2]!.person as { achternaam: unknown }).achternaam = null;
      await expect(applyImport(v.db, payload, {})).rejects.toThrow();
      expect(await vaultContentHash(v.client)).toBe(before);
    } finally {
      await fresh.close();
    }
  });
});
