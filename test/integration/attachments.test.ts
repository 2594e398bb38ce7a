import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ATTACHMENT_LIMITS } from '../../common/exchange/limits.js';
import { seedDossiersRealistic } from '../../db/demo/dossiers.js';
import { apiOf, unlockedCore } from '../helpers/core.js';
import { makeZip } from '../helpers/parse-back.js';
import { vaultContentHash } from '../helpers/vault-hash.js';

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
});
