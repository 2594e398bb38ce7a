import { eq, inArray } from 'drizzle-orm';
import { chunks, insertRows } from './exchange/batches.js';
import { dossierHistory, dossiers } from '../schema.js';
import type { Db } from '../vault.js';

/**
 * The two lines every change to a dossier leaves: a history line per changed field, and the dossier marked as
 * changed. Apart from the field writer, so the after-release records can write them without importing the writer
 * that calls them.
 */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Conn = Db | Tx;

export function historyValue(v: unknown): string | null {
  if (v === null || v === undefined || v === '') return null;
  return String(v);
}

export async function recordHistory(tx: Conn, dossierId: number, at: string, field: string, oldValue: unknown, newValue: unknown): Promise<void> {
  await recordHistories(tx, [{ dossierId, at, field, oldValue, newValue }]);
}

/** Many history lines at once, as multi-row statements. */
export async function recordHistories(
  tx: Conn,
  lines: readonly { dossierId: number; at: string; field: string; oldValue: unknown; newValue: unknown }[],
): Promise<void> {
  await insertRows(
    tx,
    dossierHistory,
    lines.map((l) => ({ dossierId: l.dossierId, at: l.at, field: l.field, oldValue: historyValue(l.oldValue), newValue: historyValue(l.newValue) })),
  );
}

/** Marks the dossier as changed now without changing a field (a note, contact or consent was added). */
export async function touchDossier(tx: Conn, dossierId: number, now: string): Promise<void> {
  await tx.update(dossiers).set({ updatedAt: now }).where(eq(dossiers.id, dossierId));
}

export async function touchDossiers(tx: Conn, dossierIds: readonly number[], now: string): Promise<void> {
  for (const c of chunks(dossierIds)) await tx.update(dossiers).set({ updatedAt: now }).where(inArray(dossiers.id, c));
}
