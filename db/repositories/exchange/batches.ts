import { getTableColumns, is, sql, SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { ExchangeSection } from '../../../common/exchange/payload.js';
import type { SectionData } from '../../../common/exchange/sections.js';
import type { Db } from '../../vault.js';

/** Reading and writing many dossiers at once: bounded `IN (...)` lists and inserts of many rows per statement. */

export function chunks<T>(xs: readonly T[], n = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

export function groupBy<T extends { dossierId: number }>(rows: T[]): Map<number, T[]> {
  const m = new Map<number, T[]>();
  for (const r of rows) {
    const list = m.get(r.dossierId);
    if (list) list.push(r);
    else m.set(r.dossierId, [r]);
  }
  return m;
}

/** Runs `q` over the ids in chunks (SQLite bounds the number of bound variables) and groups the rows by dossier. */
export async function selectIn<T extends { dossierId: number }>(ids: number[], q: (chunk: number[]) => Promise<T[]>): Promise<Map<number, T[]>> {
  const all: T[] = [];
  for (const c of chunks(ids)) all.push(...(await q(c)));
  return groupBy(all);
}

/**
 * Bounds of one statement of insertRows: at most this many rows, and a JSON text of at most this many characters
 * (an import may hold long notes; one text must stay far below what a JS string and SQLite accept).
 */
export const ROWS_PER_STATEMENT = 5_000;
export const CHARS_PER_STATEMENT = 8 * 1024 * 1024;

/**
 * Many rows into one table: `insert` receives a SELECT that yields the rows, for `tx.insert(table).select(…)`
 * (with an ON CONFLICT clause where the caller needs one). The rows travel as ONE parameter, a JSON array that
 * SQLite unpacks with json_each, so a few thousand rows are one short statement: building a multi-row VALUES
 * statement with a parameter per value cost more than SQLite's own work, and its size was bounded by the number
 * of bound variables. A value is what drizzle would bind (the column's default when undefined, its driver mapping
 * otherwise); only text, numbers and null can travel this way, so tables with blobs keep insert().values().
 */
export async function insertRowsWith<T extends SQLiteTable>(
  table: T,
  rows: readonly T['$inferInsert'][],
  insert: (select: SQL) => Promise<unknown>,
): Promise<void> {
  if (rows.length === 0) return;
  // The same columns in the same order as drizzle's insert into `table` lists them (generated ones are not written).
  const cols = Object.entries(getTableColumns(table)).filter(([, c]) => c.generated === undefined || c.generated.type === 'byDefault') as [
    string,
    SQLiteColumn,
  ][];
  const picks = sql.raw(cols.map((_, i) => `value ->> ${i}`).join(', '));
  let batch: string[] = [];
  let chars = 0;
  const flush = async () => {
    // `WHERE true` lets SQLite tell an ON CONFLICT clause after the SELECT from a join constraint.
    await insert(sql`SELECT ${picks} FROM json_each(${`[${batch.join(',')}]`}) WHERE true`);
    batch = [];
    chars = 0;
  };
  const keys = cols.map(([key]) => key);
  const columns = cols.map(([, col]) => col);
  const values: (string | number | null)[] = new Array<string | number | null>(columns.length);
  for (const r of rows) {
    for (let i = 0; i < columns.length; i++) values[i] = jsonValue(columns[i]!, (r as Record<string, unknown>)[keys[i]!]);
    const row = JSON.stringify(values);
    if (batch.length > 0 && (batch.length === ROWS_PER_STATEMENT || chars + row.length > CHARS_PER_STATEMENT)) await flush();
    batch.push(row);
    chars += row.length + 1;
  }
  await flush();
}

/** insertRowsWith for a plain insert. */
export function insertRows<T extends SQLiteTable>(tx: Pick<Db, 'insert'>, table: T, rows: readonly T['$inferInsert'][]): Promise<void> {
  return insertRowsWith(table, rows, (select) => tx.insert(table).select(select));
}

type WellFormed = string & { toWellFormed(): string };

function jsonValue(col: SQLiteColumn, given: unknown): string | number | null {
  let v = given;
  if (v === undefined) {
    if (col.default !== undefined && col.default !== null) v = col.default;
    else if (col.defaultFn) v = col.defaultFn();
    else if (col.onUpdateFn) v = col.onUpdateFn();
  }
  if (v === undefined || v === null) return null;
  if (is(v, SQL)) throw new Error(`insertRows: SQL value for ${col.name}`);
  const d: unknown = col.mapToDriverValue(v);
  if (d === null) return null;
  // Bound, a lone UTF-16 surrogate becomes U+FFFD; escaped in JSON, SQLite would store it as invalid UTF-8.
  if (typeof d === 'string') return (d as WellFormed).toWellFormed();
  if (typeof d === 'boolean') return d ? 1 : 0;
  if (typeof d === 'number' && Number.isFinite(d)) return d;
  throw new Error(`insertRows: ${typeof d} value for ${col.name}`);
}

/** The sections that are lists of items (everything but the person and detention fields). */
export type ListSection = Exclude<ExchangeSection, 'person' | 'detention'>;

/** What one dossier takes from the file: the list sections to add, the file's items and what is here already. */
export interface ImportItems {
  dossierId: number;
  sections: ReadonlySet<ListSection>;
  inc: Partial<SectionData>;
  cur: Partial<SectionData>;
}
