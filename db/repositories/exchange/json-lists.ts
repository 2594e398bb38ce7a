import { sql, type Column, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Conn } from '../dossier-fields.js';

/**
 * Reading the sections of many dossiers at once, with SQLite writing the JSON: one row per dossier crosses into
 * JavaScript instead of one per item, and one value instead of one per column. The driver defines a property per
 * value and drizzle maps every row, which made up most of an export's time.
 */

/** `json_object('key', value, ...)` in the order given, so the parsed object has the keys of one built by hand. */
export function jsonObject(fields: Record<string, SQLWrapper>): SQL<string> {
  const pairs = Object.entries(fields).map(([key, value]) => {
    // The keys are property names from our own code; anything else does not belong inside the SQL text.
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(key)) throw new Error(`json key ${key}`);
    return sql`${sql.raw(`'${key}'`)}, ${value}`;
  });
  return sql<string>`json_object(${sql.join(pairs, sql`, `)})`;
}

/** The items of each group as one JSON array, in the given order (SQLite 3.44+ orders inside an aggregate). */
export function jsonList(fields: Record<string, SQLWrapper>, orderBy: SQLWrapper[]): SQL<string> {
  return sql<string>`json_group_array(${jsonObject(fields)} order by ${sql.join(orderBy, sql`, `)})`;
}

/** The column holds one of these ids: a single bound JSON array however many ids, instead of IN lists of 500. */
export function inIds(column: Column, ids: readonly number[]): SQL {
  return sql`${column} in (select value from json_each(${JSON.stringify(ids)}))`;
}

/** The parsed lists of a query that returns one `jsonList` per dossier. */
export async function listsByDossier<T>(rows: Promise<{ dossierId: number; items: string }[]>): Promise<Map<number, T[]>> {
  return new Map((await rows).map((r) => [r.dossierId, JSON.parse(r.items) as T[]]));
}

/** Which table a list section comes from, the fields an item carries (in the file's key order) and the items' order. */
export interface ItemList {
  table: SQLiteTable & { dossierId: SQLiteColumn };
  fields: Record<string, SQLWrapper>;
  orderBy: SQLWrapper[];
}

/** Per dossier, its items of one list: one query for all the dossiers. */
export function listsOf<T>(db: Conn, ids: readonly number[], { table, fields, orderBy }: ItemList): Promise<Map<number, T[]>> {
  return listsByDossier<T>(
    db
      .select({ dossierId: sql<number>`${table.dossierId}`, items: jsonList(fields, orderBy) })
      .from(table)
      .where(inIds(table.dossierId, ids))
      .groupBy(table.dossierId),
  );
}
