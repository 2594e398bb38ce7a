import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError, errorText } from '../../common/errors.js';
import type { OpenVault } from '../../db/vault.js';
import { recordProvision } from '../../db/repositories/provisions.js';
import { updateSettings } from '../../db/repositories/settings.js';
import { encodeExchangeFile } from '../../electron/main/exchange/exchange-file.js';
import { applyImport, previewImport, readImportFile } from '../../electron/main/exchange/exchange-service.js';
import { seedDossiersRealistic } from '../../db/demo/dossiers.js';
import { seededRandom, syntheticPerson } from '../../db/demo/synthetic.js';
import { exchangePayload, FAST_KDF } from '../helpers/exchange-payload.js';
import { tempVault } from '../helpers/vault.js';
import { vaultContentHash } from '../helpers/vault-hash.js';

const PASS = 'vuurtoren kiwi zadel bloesem mikado storm';
/** Bounded: each mutant that gets past the header costs one (cheap) KDF. */
const MUTANTS = 300;

type Mutation = (b: Buffer, rand: () => number) => Buffer;
const at = (b: Buffer, rand: () => number) => Math.floor(rand() * b.length);
const MUTATIONS: Record<string, Mutation> = {
  flipBit: (b, r) => {
    const c = Buffer.from(b);
    c[at(c, r)]! ^= 1 << Math.floor(r() * 8);
    return c;
  },
  randomByte: (b, r) => {
    const c = Buffer.from(b);
    const i = at(c, r);
    c[i] = (c[i]! + 1 + Math.floor(r() * 255)) % 256;
    return c;
  },
  truncate: (b, r) => b.subarray(0, at(b, r)),
  dropByte: (b, r) => {
    const i = at(b, r);
    return Buffer.concat([b.subarray(0, i), b.subarray(i + 1)]);
  },
  insertByte: (b, r) => {
    const i = at(b, r);
    return Buffer.concat([b.subarray(0, i), Buffer.from([Math.floor(r() * 256)]), b.subarray(i)]);
  },
  appendGarbage: (b, r) => Buffer.concat([b, Buffer.from(Array.from({ length: 1 + Math.floor(r() * 64) }, () => Math.floor(r() * 256)))]),
  swapBlocks: (b, r) => {
    const c = Buffer.from(b);
    const i = at(c, r);
    const j = at(c, r);
    const n = Math.min(16, c.length - Math.max(i, j));
    const tmp = Buffer.from(c.subarray(i, i + n));
    c.copy(c, i, j, j + n);
    tmp.copy(c, j);
    return c.equals(b) ? MUTATIONS['flipBit']!(b, r) : c;
  },
};

describe('fuzz: mutated exchange files are always refused and never change the vault', () => {
  let opened: Awaited<ReturnType<typeof tempVault>>;
  let vault: OpenVault;
  let file: Buffer;

  beforeAll(async () => {
    opened = await tempVault();
    vault = opened.v;
    await updateSettings(vault.db, { municipalityName: 'Gemeente Fictiefdorp' });
    await seedDossiersRealistic(vault.db, 3, 7);
    await recordProvision(vault.db, { kind: 'pdf.actieplan', what: 'Actieplan', recipient: 'Reclassering', dossierIds: [1] });
    const rand = seededRandom(6);
    const payload = exchangePayload(
      ['person', 'notes'],
      Array.from({ length: 5 }, (_, i) => {
        const p = syntheticPerson(rand, i);
        return { ref: `d${i}`, person: { ...p }, notes: [{ date: '2026-11-01', text: `Notitie ${i}` }] };
      }),
      { recipient: 'Zorg- en Veiligheidshuis' },
    );
    file = await encodeExchangeFile(payload, PASS, FAST_KDF);
  });
  afterAll(() => {
    opened.close();
  });

  it(`refuses ${MUTANTS} mutants with a known Dutch message; vault content hash unchanged after each`, async () => {
    const before = await vaultContentHash(vault.client);
    // The whole import path: decrypt and check, preview, then write with every section taken.
    const importAll = async (bytes: Buffer) => {
      const payload = await readImportFile(bytes, PASS);
      const preview = await previewImport(vault.db, payload);
      const choices = Object.fromEntries(preview.dossiers.map((d) => [d.ref, Object.fromEntries(payload.sections.map((s) => [s, 'take' as const]))]));
      return applyImport(vault.db, payload, choices);
    };
    // The unmutated file is accepted (checked without writing): the fuzz starts from a valid file.
    await expect(readImportFile(file, PASS).then((p) => previewImport(vault.db, p))).resolves.toMatchObject({ toCreate: 5 });
    expect(await vaultContentHash(vault.client)).toBe(before);
    const rand = seededRandom(20261123);
    const names = Object.keys(MUTATIONS);
    const seen = new Map<string, number>();
    for (let n = 0; n < MUTANTS; n++) {
      const name = names[n % names.length]!;
      const mutant = MUTATIONS[name]!(file, rand);
      let code = 'ACCEPTED';
      try {
        await importAll(mutant);
      } catch (e) {
        if (!(e instanceof AppError)) throw new Error(`mutant ${n} (${name}) gave a non-app error`, { cause: e });
        code = e.code;
        expect(e.message).toBe(errorText(e.code));
      }
      expect(code, `mutant ${n} (${name})`).toMatch(/^EXCHANGE_/);
      seen.set(code, (seen.get(code) ?? 0) + 1);
      expect(await vaultContentHash(vault.client), `vault changed after mutant ${n} (${name})`).toBe(before);
    }
    // The mutations reach the different checks, not only the first one.
    expect([...seen.keys()]).toEqual(expect.arrayContaining(['EXCHANGE_TAMPERED', 'EXCHANGE_TRUNCATED', 'EXCHANGE_DAMAGED']));
  });
});
