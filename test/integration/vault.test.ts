import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createClient } from '@libsql/client';
import { pathToFileURL } from 'node:url';
import { AppError } from '../../common/errors.js';
import { createVault, generateRecoveryCode, unlockVault, unlockVaultWithRecovery, vaultPaths } from '../../db/vault.js';
import { readKeyFile, KDF_MEMORY_BYTES } from '../../db/keyfile.js';
import { MIGRATIONS_TABLE } from '../../db/migrate.js';
import { getSettings, updateSettings } from '../../db/repositories/settings.js';
import { recordAudit, listAudit } from '../../db/repositories/audit.js';
import { byteEntropy } from '../helpers/entropy.js';
import { migrations } from '../helpers/migrations.js';
import { tempDirPerTest } from '../helpers/tmp.js';
import { seededRandom, syntheticPerson } from '../../db/demo/synthetic.js';

const PW = 'fiets regen lantaarn koffie';

async function expectCode(p: Promise<unknown>, code: string) {
  await expect(p).rejects.toSatisfy((e: unknown) => e instanceof AppError && e.code === code);
}

describe('vault: encrypted at rest, locked by password and recovery code', () => {
  const tmp = tempDirPerTest();

  it('creates, closes and reopens with the password; wrong password changes nothing', async () => {
    const code = generateRecoveryCode();
    const v = await createVault(tmp.dir, PW, code, migrations());
    await updateSettings(v.db, { municipalityName: 'Gemeente Fictiefdorp' });
    v.close();
    const keyBefore = readFileSync(vaultPaths(tmp.dir).key);
    const dbBefore = readFileSync(vaultPaths(tmp.dir).db);

    await expectCode(unlockVault(tmp.dir, 'niet het goede wachtwoord', migrations()), 'WRONG_PASSWORD');
    expect(readFileSync(vaultPaths(tmp.dir).key).equals(keyBefore)).toBe(true);
    expect(readFileSync(vaultPaths(tmp.dir).db).equals(dbBefore)).toBe(true);

    const again = await unlockVault(tmp.dir, PW, migrations());
    expect((await getSettings(again.db)).municipalityName).toBe('Gemeente Fictiefdorp');
    again.close();
  });

  it('refuses to create over an existing vault', async () => {
    (await createVault(tmp.dir, PW, generateRecoveryCode(), migrations())).close();
    await expectCode(createVault(tmp.dir, PW, generateRecoveryCode(), migrations()), 'VAULT_EXISTS');
  });

  it('opens with the recovery code, sets a new password and keeps all data', async () => {
    const code = generateRecoveryCode();
    const v = await createVault(tmp.dir, PW, code, migrations());
    await recordAudit(v.db, 'test.marker', { n: 1 });
    v.close();
    await expectCode(unlockVaultWithRecovery(tmp.dir, generateRecoveryCode(), 'een heel nieuw wachtwoord', migrations()), 'WRONG_RECOVERY_CODE');
    // typed in lower case with spaces instead of dashes, as people do
    const r = await unlockVaultWithRecovery(tmp.dir, code.toLowerCase().replace(/-/g, ' '), 'een heel nieuw wachtwoord', migrations());
    expect((await listAudit(r.db, 10, 0)).entries.some((e) => e.event === 'test.marker')).toBe(true);
    r.close();
    await expectCode(unlockVault(tmp.dir, PW, migrations()), 'WRONG_PASSWORD');
    (await unlockVault(tmp.dir, 'een heel nieuw wachtwoord', migrations())).close();
    // the recovery code keeps working after that
    (await unlockVaultWithRecovery(tmp.dir, code, 'nog een ander wachtwoord', migrations())).close();
  });

  it('changing the password re-wraps the key and does not re-encrypt the database', async () => {
    const v = await createVault(tmp.dir, PW, generateRecoveryCode(), migrations());
    await updateSettings(v.db, { coordinatorName: 'Fictieve Coördinator' });
    v.close();
    const dbBefore = readFileSync(vaultPaths(tmp.dir).db);
    const v2 = await unlockVault(tmp.dir, PW, migrations());
    await expectCode(v2.changePassword('verkeerd wachtwoord!!', 'nieuw wachtwoord 2026'), 'WRONG_PASSWORD');
    const dataKeyBefore = v2.copyDataKey();
    await v2.changePassword(PW, 'nieuw wachtwoord 2026');
    v2.close();
    // The database file is byte-for-byte the same: only the key file changed.
    expect(readFileSync(vaultPaths(tmp.dir).db).equals(dbBefore)).toBe(true);
    await expectCode(unlockVault(tmp.dir, PW, migrations()), 'WRONG_PASSWORD');
    const v3 = await unlockVault(tmp.dir, 'nieuw wachtwoord 2026', migrations());
    expect(v3.copyDataKey().equals(dataKeyBefore)).toBe(true);
    expect((await getSettings(v3.db)).coordinatorName).toBe('Fictieve Coördinator');
    v3.close();
  });

  it('the database file looks random and holds no inserted names; the key file holds no key in the clear', async () => {
    const v = await createVault(tmp.dir, PW, generateRecoveryCode(), migrations());
    const rand = seededRandom(7);
    const people = Array.from({ length: 300 }, (_, i) => syntheticPerson(rand, i));
    await v.client.execute('CREATE TABLE probe (name TEXT, bsn TEXT)');
    await v.client.batch(
      people.map((p) => ({ sql: 'INSERT INTO probe VALUES (?, ?)', args: [`${p.voornamen} ${p.achternaam}`, p.bsn] })),
      'write',
    );
    const dataKey = v.copyDataKey();
    v.close();
    const db = readFileSync(vaultPaths(tmp.dir).db);
    expect(db.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\u0000');
    expect(db.length).toBeGreaterThan(8192);
    expect(byteEntropy(db)).toBeGreaterThan(7.9);
    for (const p of people.slice(0, 50)) {
      expect(db.includes(Buffer.from(p.achternaam))).toBe(false);
      expect(db.includes(Buffer.from(p.bsn))).toBe(false);
    }
    const keyText = readFileSync(vaultPaths(tmp.dir).key);
    for (const form of [dataKey, Buffer.from(dataKey.toString('hex')), Buffer.from(dataKey.toString('base64'))]) {
      expect(keyText.includes(form)).toBe(false);
    }
    expect(readKeyFile(vaultPaths(tmp.dir).key).kdf.N).toBeGreaterThanOrEqual(2 ** 16);
    expect(KDF_MEMORY_BYTES).toBeGreaterThanOrEqual(64 * 1024 * 1024);
    // And a plain SQLite client cannot read it.
    const plain = createClient({ url: pathToFileURL(vaultPaths(tmp.dir).db).href });
    await expect(plain.execute('SELECT * FROM probe')).rejects.toThrow();
    plain.close();
  });

  it('refuses a vault written by a newer app version and leaves it untouched', async () => {
    const v = await createVault(tmp.dir, PW, generateRecoveryCode(), migrations());
    await v.client.execute({
      sql: `INSERT INTO ${MIGRATIONS_TABLE} (idx, tag, applied_at) VALUES (?, ?, ?)`,
      args: [999, '0999_future', new Date().toISOString()],
    });
    v.close();
    const before = readFileSync(vaultPaths(tmp.dir).db);
    await expectCode(unlockVault(tmp.dir, PW, migrations()), 'VAULT_TOO_NEW');
    expect(readFileSync(vaultPaths(tmp.dir).db).equals(before)).toBe(true);
  });

  it('a damaged key file or a foreign database file gives a clear error', async () => {
    (await createVault(tmp.dir, PW, generateRecoveryCode(), migrations())).close();
    const keyPath = vaultPaths(tmp.dir).key;
    const original = readFileSync(keyPath);
    writeFileSync(keyPath, original.subarray(0, 40));
    await expectCode(unlockVault(tmp.dir, PW, migrations()), 'KEYFILE_CORRUPT');
    writeFileSync(keyPath, original);
    writeFileSync(vaultPaths(tmp.dir).db, Buffer.alloc(16384, 7));
    await expectCode(unlockVault(tmp.dir, PW, migrations()), 'VAULT_CORRUPT');
    expect(existsSync(keyPath)).toBe(true);
  });

  it('applies migrations once and records them', async () => {
    const v = await createVault(tmp.dir, PW, generateRecoveryCode(), migrations());
    const rows = await v.client.execute(`SELECT idx, tag FROM ${MIGRATIONS_TABLE} ORDER BY idx`);
    expect(rows.rows.map((r) => r['tag'])).toEqual(migrations().map((m) => m.tag));
    v.close();
    const again = await unlockVault(tmp.dir, PW, migrations());
    const rows2 = await again.client.execute(`SELECT count(*) AS n FROM ${MIGRATIONS_TABLE}`);
    expect(Number(rows2.rows[0]!['n'])).toBe(migrations().length);
    again.close();
  });
});
