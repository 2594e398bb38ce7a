import { and, count, desc, eq, gte, lt, or, sql, type SQL } from 'drizzle-orm';
import type { ProvisionEntry, ProvisionFilter } from '../../common/api/provisions.js';
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

type Row = typeof provisions.$inferSelect;
const toEntry = (r: Row): ProvisionEntry => ({
  ...r,
  direction: r.direction === 'in' ? 'in' : 'out',
  dossierIds: JSON.parse(r.dossierIds) as number[],
});

export async function listProvisions(db: Db, limit = 500) {
  const rows = await db.select().from(provisions).orderBy(desc(provisions.id)).limit(limit);
  return rows.map(toEntry);
}

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function where(f: ProvisionFilter): SQL | undefined {
  const conds: (SQL | undefined)[] = [];
  if (f.kind) conds.push(eq(provisions.kind, f.kind));
  if (f.direction) conds.push(eq(provisions.direction, f.direction));
  // `at` is an ISO instant; days are compared on their text prefix (UTC, as recorded).
  if (f.from) conds.push(gte(provisions.at, f.from));
  if (f.to) conds.push(lt(provisions.at, nextDay(f.to)));
  if (f.q?.trim()) {
    const pat = `%${f.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conds.push(
      or(
        sql`${provisions.what} LIKE ${pat} ESCAPE '\\'`,
        sql`${provisions.recipient} LIKE ${pat} ESCAPE '\\'`,
        sql`${provisions.purpose} LIKE ${pat} ESCAPE '\\'`,
      ),
    );
  }
  if (f.dossierId) conds.push(sql`EXISTS (SELECT 1 FROM json_each(${provisions.dossierIds}) WHERE value = ${f.dossierId})`);
  const present = conds.filter((c): c is SQL => !!c);
  return present.length ? and(...present) : undefined;
}

export async function queryProvisions(db: Db, f: ProvisionFilter, limit: number, offset: number) {
  const w = where(f);
  const rows = await db.select().from(provisions).where(w).orderBy(desc(provisions.id)).limit(limit).offset(offset);
  const [{ n } = { n: 0 }] = await db.select({ n: count() }).from(provisions).where(w);
  const kinds = await db.selectDistinct({ kind: provisions.kind }).from(provisions).orderBy(provisions.kind);
  return { entries: rows.map(toEntry), total: n, kinds: kinds.map((k) => k.kind) };
}

/** All register entries about one dossier, oldest first (for the inzage PDF). */
export async function provisionsForDossier(db: Pick<Db, 'select'>, dossierId: number): Promise<ProvisionEntry[]> {
  const rows = await db.select().from(provisions).where(where({ dossierId })).orderBy(provisions.id);
  return rows.map(toEntry);
}
