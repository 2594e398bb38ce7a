import { mkdirSync } from 'node:fs';
import { z } from 'zod';
import { contract, type MethodName } from '../../common/api/contract.js';
import { createCore } from '../../electron/main/core.js';
import { seededRandom, syntheticPerson, type SyntheticPerson } from '../../db/demo/synthetic.js';

/**
 * A child process for the "no personal data in output" test. With logging on, it drives the API the
 * way a coordinator would, and then calls EVERY method of the contract with inputs filled with the
 * synthetic names and BSNs (valid where the schema allows, otherwise rejected): all log lines, errors
 * and crash output of this process go to stdout/stderr, which the parent scans.
 */
const dataDir = process.env['PII_DIR']!;
const seed = Number(process.env['PII_SEED'] ?? 1);
const PW = 'fiets regen lantaarn koffie';
mkdirSync(dataDir, { recursive: true });

const rand = seededRandom(seed);
const people: SyntheticPerson[] = Array.from({ length: 12 }, (_, i) => syntheticPerson(rand, i + 1));
const fullName = (p: SyntheticPerson) => [p.voornamen, p.tussenvoegsel, p.achternaam].filter(Boolean).join(' ');

/** Methods that would end the exercise (set a password we do not know, leave for the demo vault, move the data). */
const SKIP = new Set<string>([
  'vault.beginSetup',
  'vault.completeSetup',
  'vault.cancelSetup',
  'vault.changePassword',
  'vault.unlockWithRecovery',
  'vault.openDemo',
  'vault.closeDemo',
  'backup.restore',
  'backup.restoreNewestWhileLocked',
  'backup.setFolder',
]);

type Json = Record<string, unknown>;

/** An input for a JSON schema, with a person's name in every text and the BSN where the key says so. */
function sample(schema: Json, key: string, p: SyntheticPerson, depth = 0): unknown {
  if (depth > 6) return null;
  const anyOf = (schema['anyOf'] ?? schema['oneOf']) as Json[] | undefined;
  if (anyOf?.length) return sample(anyOf.find((s) => s['type'] !== 'null') ?? anyOf[0]!, key, p, depth + 1);
  if (Array.isArray(schema['enum'])) return schema['enum'][0];
  if ('const' in schema) return schema['const'];
  switch (schema['type']) {
    case 'object': {
      const props = (schema['properties'] ?? {}) as Record<string, Json>;
      return Object.fromEntries(Object.entries(props).map(([k, s]) => [k, sample(s, k, p, depth + 1)]));
    }
    case 'array':
      return [sample((schema['items'] ?? {}) as Json, key, p, depth + 1)];
    case 'integer':
    case 'number':
      return typeof schema['minimum'] === 'number' ? schema['minimum'] : 1;
    case 'boolean':
      return true;
    case 'string': {
      if (/bsn/i.test(key)) return p.bsn;
      if (/mail/i.test(key)) return 'fictief@example.org';
      if (/(datum|date|^at$|from|to|birth|geboorte)/i.test(key) || schema['format'] === 'date') return p.geboortedatum;
      return fullName(p);
    }
    default:
      return fullName(p);
  }
}

function inputFor(name: MethodName, p: SyntheticPerson): unknown {
  try {
    const schema = z.toJSONSchema(contract[name].input as z.ZodType, { io: 'input', unrepresentable: 'any' }) as Json;
    return sample(schema, '', p);
  } catch {
    return { name: fullName(p), bsn: p.bsn };
  }
}

/** The same input with every text replaced by the BSN: a BSN typed into the wrong field. */
function bsnEverywhere(v: unknown, p: SyntheticPerson): unknown {
  if (typeof v === 'string') return p.bsn;
  if (Array.isArray(v)) return v.map((x) => bsnEverywhere(x, p));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, bsnEverywhere(x, p)]));
  return v;
}

const core = createCore({ dataDir, shell: 'web' });
const { dispatch, session } = core;

const setup = (await dispatch('vault.beginSetup', { password: PW, repeat: PW })) as { ok: true; value: { recoveryCode: string } };
await dispatch('vault.completeSetup', { lastGroup: setup.value.recoveryCode.slice(-4) });
// A coordinator's day: settings with a name, a wrong password typed as a name, a backup, an export.
await dispatch('settings.update', { coordinatorName: fullName(people[0]!), municipalityAddress: `${fullName(people[1]!)}\n${people[1]!.bsn}` });
await dispatch('vault.lock', {});
await dispatch('vault.unlock', { password: fullName(people[2]!) });
await new Promise((r) => setTimeout(r, (session.status().retryAfterSeconds + 0.2) * 1000));
await dispatch('vault.unlock', { password: PW });
await dispatch('backup.create', {});
await dispatch('audit.export', { format: 'csv' });

let calls = 0;
for (const [i, name] of (Object.keys(contract) as MethodName[]).entries()) {
  if (SKIP.has(name)) continue;
  const p = people[3 + (i % (people.length - 3))]!;
  const input = inputFor(name, p);
  for (const attempt of [input, bsnEverywhere(input, p), { q: fullName(p), query: p.bsn, id: p.bsn }]) {
    await dispatch(name, attempt);
    calls++;
    if (!session.isUnlocked) await dispatch('vault.unlock', { password: PW });
  }
}
process.stdout.write(`pii-child: ${calls} calls done\n`);
await session.shutdown();
