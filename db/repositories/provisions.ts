import { desc } from 'drizzle-orm';
import { provisions } from '../schema.js';
import type { Db } from '../vault.js';

export interface ProvisionInput {
  kind: string;
  what: string;
  recipient?: string;
  purpose?: string;
  dossierIds?: number[];
  direction?: 'in' | 'out';
}

/** Accepts a drizzle transaction too, so a provision is recorded in the same transaction as its export or import. */
type Writer = Pick<Db, 'insert'>;

export async function recordProvision(db: Writer, p: ProvisionInput): Promise<void> {
  await db.insert(provisions).values({
    at: new Date().toISOString(),
    kind: p.kind,
    what: p.what,
    recipient: p.recipient ?? '',
    purpose: p.purpose ?? '',
    dossierIds: JSON.stringify(p.dossierIds ?? []),
    direction: p.direction ?? 'out',
  });
}

export async function listProvisions(db: Db, limit = 500) {
  const rows = await db.select().from(provisions).orderBy(desc(provisions.id)).limit(limit);
  return rows.map((r) => ({ ...r, dossierIds: JSON.parse(r.dossierIds) as number[] }));
}
