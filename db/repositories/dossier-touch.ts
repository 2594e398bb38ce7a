import { eq, inArray } from 'drizzle-orm';
import type { SelectedFields } from 'drizzle-orm/sqlite-core';
import { AppError } from '../../common/errors.js';
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

/** The asked fields of one dossier; NOT_FOUND when there is no such dossier. */
export async function requireDossierFields<F extends SelectedFields>(conn: Conn, dossierId: number, fields: F) {
  const [d] = await conn.select(fields).from(dossiers).where(eq(dossiers.id, dossierId));
  if (!d) throw new AppError('NOT_FOUND');
  return d;
}

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

/** One change to a dossier: its history line, and the dossier marked as changed at the same moment. */
export async function recordChange(tx: Conn, dossierId: number, at: string, field: string, oldValue: unknown, newValue: unknown): Promise<void> {
  await recordHistory(tx, dossierId, at, field, oldValue, newValue);
  await touchDossier(tx, dossierId, at);
}

export async function touchDossiers(tx: Conn, dossierIds: readonly number[], now: string): Promise<void> {
  for (const c of chunks(dossierIds)) await tx.update(dossiers).set({ updatedAt: now }).where(inArray(dossiers.id, c));
}
