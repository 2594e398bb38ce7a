import { and, asc, count, desc, gte, lt, eq, like, type SQL } from 'drizzle-orm';
import type { AuditEntry } from '../../common/api/settings.js';
import { auditLog } from '../schema.js';
import type { Db } from '../vault.js';
import { nextDay } from '../../common/calendar.js';
import { insertRows } from './exchange/batches.js';

/** Audit detail holds ids, counts and method names only, never names or BSNs. */
export type AuditDetail = Record<string, string | number | boolean | null | string[] | number[]>;

/** Accepts a drizzle transaction too, so an audit line commits or rolls back with the change it describes. */
type Writer = Pick<Db, 'insert'>;

export async function recordAudit(db: Writer, event: string, detail: AuditDetail = {}, at: string = new Date().toISOString()): Promise<void> {
  await recordAudits(db, event, [detail], at);
}

/** One line per detail, all of the same event and moment (a change to many dossiers at once), as multi-row statements. */
export async function recordAudits(db: Writer, event: string, details: readonly AuditDetail[], at: string = new Date().toISOString()): Promise<void> {
  await insertRows(
    db,
    auditLog,
    details.map((detail) => ({ at, event, detail: JSON.stringify(detail) })),
  );
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export interface AuditLine {
  event: string;
  detail?: AuditDetail;
  at?: string;
}

/**
 * A change and its audit line as one transaction: the line is written (through recordAudit) only when the change
 * succeeds, and the change stays only when the line is written too. `line` may return null when the change turned
 * out to be none (an edit that changed no field). Every change that the audit log tells of goes through here.
 */
export async function audited<T>(db: Db, change: (tx: Tx) => Promise<T>, line: (result: T) => AuditLine | null): Promise<T> {
  return db.transaction(async (tx) => {
    const result = await change(tx);
    const l = line(result);
    if (l) await recordAudit(tx, l.event, l.detail, l.at);
    return result;
  });
}

export interface AuditFilter {
  /** An exact event name ('vault.unlock') or a prefix ending in a dot ('backup.'). */
  event?: string;
  /** ISO dates (yyyy-mm-dd), both inclusive. */
  from?: string;
  to?: string;
}

function where(f: AuditFilter): SQL | undefined {
  const parts: SQL[] = [];
  if (f.event) parts.push(f.event.endsWith('.') ? like(auditLog.event, `${f.event}%`) : eq(auditLog.event, f.event));
  if (f.from) parts.push(gte(auditLog.at, f.from));
  // `at` is a full ISO timestamp: everything on the `to` day sorts below the next day.
  if (f.to) parts.push(lt(auditLog.at, nextDay(f.to)));
  return parts.length ? and(...parts) : undefined;
}

function toEntry(r: typeof auditLog.$inferSelect): AuditEntry {
  return { id: r.id, at: r.at, event: r.event, detail: JSON.parse(r.detail) as Record<string, unknown> };
}

export async function listAudit(db: Db, limit: number, offset: number, filter: AuditFilter = {}): Promise<{ entries: AuditEntry[]; total: number }> {
  const w = where(filter);
  const rows = await db.select().from(auditLog).where(w).orderBy(desc(auditLog.id)).limit(limit).offset(offset);
  const [{ n } = { n: 0 }] = await db.select({ n: count() }).from(auditLog).where(w);
  return { entries: rows.map(toEntry), total: n };
}

/** All matching entries, oldest first, for the CSV export. */
export async function allAudit(db: Db, filter: AuditFilter = {}): Promise<AuditEntry[]> {
  const rows = await db.select().from(auditLog).where(where(filter)).orderBy(asc(auditLog.id));
  return rows.map(toEntry);
}

/** The distinct event names, for the filter list on the Logboek page. */
export async function auditEventNames(db: Db): Promise<string[]> {
  const rows = await db.selectDistinct({ event: auditLog.event }).from(auditLog).orderBy(asc(auditLog.event));
  return rows.map((r) => r.event);
}
