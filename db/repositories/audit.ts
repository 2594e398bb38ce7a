import { count, desc } from 'drizzle-orm';
import type { AuditEntry } from '../../common/api/settings.js';
import { auditLog } from '../schema.js';
import type { Db } from '../vault.js';

/** Audit detail holds ids, counts and method names only, never names or BSNs. */
export type AuditDetail = Record<string, string | number | boolean | null | string[] | number[]>;

/** Accepts a drizzle transaction too, so an audit line commits or rolls back with the change it describes. */
type Writer = Pick<Db, 'insert'>;

export async function recordAudit(db: Writer, event: string, detail: AuditDetail = {}, at: string = new Date().toISOString()): Promise<void> {
  await db.insert(auditLog).values({ at, event, detail: JSON.stringify(detail) });
}

export async function listAudit(db: Db, limit: number, offset: number): Promise<{ entries: AuditEntry[]; total: number }> {
  const rows = await db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(limit).offset(offset);
  const [{ n } = { n: 0 }] = await db.select({ n: count() }).from(auditLog);
  return {
    entries: rows.map((r) => ({ id: r.id, at: r.at, event: r.event, detail: JSON.parse(r.detail) as Record<string, unknown> })),
    total: n,
  };
}
