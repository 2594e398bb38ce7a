import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ATTACHMENT_LIMITS } from '../../common/exchange/limits.js';
import { seedDossiersRealistic } from '../../db/demo/dossiers.js';
import { apiOf, unlockedCore } from '../helpers/core.js';
import { makeZip } from '../helpers/parse-back.js';
import { eq } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import { attachments } from '../../db/schema.js';
import { encodeExchangeFile } from '../../electron/main/exchange/exchange-file.js';
import { applyImport, readImportFile } from '../../electron/main/exchange/exchange-service.js';
import { seededRandom, syntheticPerson } from '../../db/demo/synthetic.js';
import { vaultContentHash } from '../helpers/vault-hash.js';
import { exchangePayload, FAST_KDF } from '../helpers/exchange-payload.js';

const b64 = (b: Buffer) => b.toString('base64');
const PDF = Buffer.from('%PDF-1.7\n% Toestemmingsformulier (synthetisch)\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

describe('attachments inside the encrypted vault', () => {
  let ctx: Awaited<ReturnType<typeof unlockedCore>>;
  let api: ReturnType<typeof apiOf>;
  let dossierId: number;
  beforeAll(async () => {
    ctx = await unlockedCore();
    api = apiOf(ctx.core);
    [dossierId] = (await seedDossiersRealistic(ctx.core.session.requireVault().db, 2, 5)) as [number];
  });
  afterAll(async () => ctx.close());

  it('stores, lists without the bytes, gives them back and removes; never in the clear on disk', async () => {
    const a = await api.call('attachments.add', { dossierId, name: 'C:\\scans\\toestemming.pdf', note: 'Getekend', data: b64(PDF) });
    expect(a).toMatchObject({ name: 'toestemming.pdf', kind: 'pdf', mediaType: 'application/pdf', size: PDF.length, note: 'Getekend', source: 'upload' });
    const docx = makeZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'word/document.xml', data: '<w:document>Brief</w:document>' },
    ]);
    const b = await api.call('attachments.add', { dossierId, name: 'brief.docx', data: b64(docx) });
    await api.call('attachments.add', { dossierId, name: 'foto.png', data: b64(PNG) });
    const list = await api.call('attachments.list', { dossierId });
    expect(list.map((x) => x.name)).toEqual(['toestemming.pdf', 'brief.docx', 'foto.png']);
    expect(JSON.stringify(list)).not.toContain(b64(PDF));
    const back = await api.call('attachments.get', { id: b.id });
    expect(back.fileName).toBe('brief.docx');
    expect(Buffer.from(back.base64, 'base64').equals(docx)).toBe(true);
    // The database file holds no readable trace of the attachment.
    const vault = ctx.core.session.requireVault();
    expect(readFileSync(vault.paths.db).includes(Buffer.from('Toestemmingsformulier'))).toBe(false);
    await api.call('attachments.remove', { id: a.id });
    expect((await api.call('attachments.list', { dossierId })).map((x) => x.name)).toEqual(['brief.docx', 'foto.png']);
  });

  it('refuses duplicates, wrong types, empty and oversized files with Dutch messages and changes nothing', async () => {
    const vault = ctx.core.session.requireVault();
    const before = await vaultContentHash(vault.client);
    const png = await api.fail('attachments.add', { dossierId, name: 'foto-kopie.png', data: b64(PNG) });
    expect(png.code).toBe('ATTACHMENT_DUPLICATE');
    const exe = await api.fail('attachments.add', { dossierId, name: 'factuur.pdf', data: b64(Buffer.from('MZ\x90\x00programma', 'latin1')) });
    expect(exe).toMatchObject({ code: 'ATTACHMENT_TYPE', message: expect.stringContaining('Toegestaan zijn PDF') });
    expect((await api.fail('attachments.add', { dossierId, name: 'leeg.pdf', data: '' })).code).toBe('ATTACHMENT_EMPTY');
    const big = Buffer.alloc(ATTACHMENT_LIMITS.maxBytes + 1);
    PDF.copy(big);
    expect((await api.fail('attachments.add', { dossierId, name: 'groot.pdf', data: b64(big) })).code).toBe('ATTACHMENT_TOO_LARGE');
    expect((await api.fail('attachments.add', { dossierId: 99999, name: 'x.pdf', data: b64(PDF) })).code).toBe('NOT_FOUND');
    expect(await vaultContentHash(vault.client)).toBe(before);
  });

  it('names lose bidi controls and other control or format characters: at upload, at import, in lists and when saved out', async () => {
    const RLO = '\u202E';
    const db = ctx.core.session.requireVault().db;
    const up = await api.call('attachments.add', { dossierId, name: `rapport${RLO}fdp.exe`, data: b64(Buffer.from('%PDF-1.7\n% upload\n')) });
    expect(up.name).toBe('rapportfdp.pdf');
    const [stored] = await db.select({ name: attachments.name }).from(attachments).where(eq(attachments.id, up.id));
    expect(stored!.name).toBe('rapportfdp.pdf');

    // A name stored before this rule (as an older version kept it) is cleaned on every way out.
    const legacy = Buffer.from('%PDF-1.7\n% legacy\n');
    const [row] = await db
      .insert(attachments)
      .values({
        dossierId,
        name: `oud\u2067verslag\u2069${RLO}fdp.pdf`,
        kind: 'pdf',
        mediaType: 'application/pdf',
        size: legacy.length,
        sha256: createHash('sha256').update(legacy).digest('hex'),
        note: '',
        data: legacy,
        source: 'upload',
        addedAt: new Date().toISOString(),
      })
      .returning({ id: attachments.id });
    const listed = await api.call('attachments.list', { dossierId });
    expect(listed.find((a) => a.id === row!.id)?.name).toBe('oudverslagfdp.pdf');
    expect(listed.every((a) => !/[\p{Cc}\p{Cf}]/u.test(a.name))).toBe(true);
    expect((await api.call('attachments.get', { id: row!.id })).fileName).toBe('oudverslagfdp.pdf');

    // An exchange file from elsewhere: the name arrives without the override.
    const bytes = Buffer.from('%PDF-1.7\n% import\n');
    const person = syntheticPerson(seededRandom(77), 1);
    const file = await encodeExchangeFile(
      exchangePayload(
        ['person', 'attachments'],
        [
          {
            ref: 'x1',
            person,
            attachments: [
              {
                name: `factuur${RLO}fdp.exe`,
                mediaType: 'application/pdf',
                size: bytes.length,
                sha256: createHash('sha256').update(bytes).digest('hex'),
                data: b64(bytes),
              },
            ],
          },
        ],
      ),
      'vuurtoren kiwi zadel bloesem mikado storm',
      FAST_KDF,
    );
    const payload = await readImportFile(file, 'vuurtoren kiwi zadel bloesem mikado storm');
    const { dossierIds } = await applyImport(db, payload, {});
    expect((await api.call('attachments.list', { dossierId: dossierIds[0]! })).map((a) => a.name)).toEqual(['factuurfdp.pdf']);
  });
});
