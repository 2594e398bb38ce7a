import type { ExchangeSection } from '../../../common/exchange/payload.js';
import type { SectionData } from '../../../common/exchange/sections.js';

/** Reading and writing many dossiers at once: bounded `IN (...)` lists and multi-row inserts. */

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

export async function insertMany<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  // SQLite allows 32,766 bound variables; 100 rows of at most ~30 columns stays well below.
  for (const c of chunks(rows, 100)) if (c.length) await insert(c);
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
