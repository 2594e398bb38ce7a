import { eq, sql } from 'drizzle-orm';
import { AppError } from '../../common/errors.js';
import { dossierSearchText, dossierSortName } from '../../common/dossiers/search.js';
import type { ClosingReason, DossierStatus } from '../../common/dossiers/status.js';
import type { Dossier } from '../../common/dossiers/types.js';
import { dossierHistory, dossiers, releaseDateHistory } from '../schema.js';
import { onReleaseDateSet, onReleaseDatesSet } from './aftercare.js';
import { historyValue, recordHistory, touchDossier, type Conn } from './dossier-touch.js';
import { insertRows } from './exchange/batches.js';

export { recordHistory, touchDossier };

/**
 * The one writer of a dossier's own fields and their history. The form (create, edit, status change), the exchange
 * import and any later intake all go through insertDossierRow and writeDossierFields, so a changed field always
 * leaves the same history line, and a changed expected release date always a line in the release-date history
 * (which the countdown reads), and setting the actual release date always the day-one record and follow-up moments.
 */

/** A drizzle transaction or the database itself: repository helpers run inside the caller's transaction. */
export type { Conn, Tx } from './dossier-touch.js';
export type DossierRow = typeof dossiers.$inferSelect;
type Writable = Omit<typeof dossiers.$inferInsert, 'id' | 'searchText' | 'sortName' | 'createdAt' | 'updatedAt'>;
export type DossierFieldPatch = Partial<Writable>;

/** Fields whose change is told by another history line (closedAt comes with the status change to 'afgesloten'). */
const NO_OWN_HISTORY: ReadonlySet<string> = new Set(['closedAt']);

export function toDossier(r: DossierRow): Dossier {
  return {
    id: r.id,
    achternaam: r.achternaam,
    tussenvoegsel: r.tussenvoegsel,
    voornamen: r.voornamen,
    roepnaam: r.roepnaam,
    aanhef: r.aanhef as Dossier['aanhef'],
    geboortedatum: r.geboortedatum,
    bsn: r.bsn,
    telefoon: r.telefoon,
    email: r.email,
    adresVoor: r.adresVoor,
    adresNa: r.adresNa,
    woonplaats: r.woonplaats,
    institution: r.institution,
    meldingDatum: r.meldingDatum,
    detentieStart: r.detentieStart,
    verwachteVrijlating: r.verwachteVrijlating,
    werkelijkeVrijlating: r.werkelijkeVrijlating,
    reclasseringToezicht: r.reclasseringToezicht as Dossier['reclasseringToezicht'],
    juridischKader: r.juridischKader,
    veiligheid: r.veiligheid,
    status: r.status as DossierStatus,
    closingReason: (r.closingReason as ClosingReason | null) ?? null,
    closingNote: r.closingNote,
    closedAt: r.closedAt,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

function derived(f: Pick<DossierRow, 'achternaam' | 'tussenvoegsel' | 'voornamen' | 'roepnaam' | 'bsn' | 'institution'>) {
  return { searchText: dossierSearchText(f), sortName: dossierSortName(f) };
}

export async function readDossierRow(db: Conn, id: number): Promise<DossierRow> {
  const [row] = await db.select().from(dossiers).where(eq(dossiers.id, id));
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/** A new dossier: its row, the history line of its first status and, when known, the first expected release date. */
export async function insertDossierRow(tx: Conn, fields: NewRow, now: string): Promise<number> {
  return (await insertDossierRows(tx, [fields], now))[0]!;
}

type NewRow = Writable & { status: DossierStatus };

/**
 * Setting the actual release date records the day-one state of the plan's basisvoorwaarden. A writer that fills
 * the dossier's plan after its fields (the import: the plan needs the dossier's id) collects the release dates
 * here and settles them once the contents are written, in the same transaction, so the record is the plan as
 * imported and not the empty plan of a dossier just made.
 */
export class PendingReleaseDates {
  private readonly list: { dossierId: number; releaseDate: string }[] = [];

  add(dossierId: number, releaseDate: string): void {
    this.list.push({ dossierId, releaseDate });
  }

  async settle(tx: Conn, now: string): Promise<void> {
    await onReleaseDatesSet(tx, this.list.splice(0), now);
  }
}

/**
 * Many new dossiers at once (the import), with the same rows and history lines as one by one. The ids are chosen
 * here, inside the caller's write transaction, so each row's id is known without relying on the order of RETURNING;
 * they continue after the highest id ever handed out, as AUTOINCREMENT would.
 */
export async function insertDossierRows(tx: Conn, list: NewRow[], now: string, pending?: PendingReleaseDates): Promise<number[]> {
  if (list.length === 0) return [];
  const [top] = await tx.all<{ next: number }>(
    sql`SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'dossiers'), 0), coalesce((SELECT max(id) FROM dossiers), 0)) + 1 AS next`,
  );
  const first = Number(top!.next);
  const rows = list.map((fields, i) => {
    const values = { ...fields, institution: fields.institution ?? '' };
    return {
      ...values,
      ...derived({
        achternaam: values.achternaam,
        tussenvoegsel: values.tussenvoegsel ?? '',
        voornamen: values.voornamen ?? '',
        roepnaam: values.roepnaam ?? '',
        bsn: values.bsn ?? null,
        institution: values.institution,
      }),
      id: first + i,
      createdAt: now,
      updatedAt: now,
    };
  });
  await insertRows(tx, dossiers, rows);
  const ids = rows.map((r) => r.id);
  await insertRows(
    tx,
    dossierHistory,
    rows.map((r) => ({ dossierId: r.id, at: now, field: 'status', oldValue: null, newValue: historyValue(r.status) })),
  );
  await insertRows(
    tx,
    releaseDateHistory,
    rows.filter((r) => r.verwachteVrijlating).map((r) => ({ dossierId: r.id, date: r.verwachteVrijlating!, changedAt: now })),
  );
  const released = rows.flatMap((r) => (r.werkelijkeVrijlating ? [{ dossierId: r.id, releaseDate: r.werkelijkeVrijlating }] : []));
  if (pending) for (const r of released) pending.add(r.dossierId, r.releaseDate);
  else await onReleaseDatesSet(tx, released, now);
  return ids;
}

/**
 * Writes the fields of `patch` that differ from `before`, with a history line per changed field and a release-date
 * history line when the expected release date changed. A field left undefined is left as it is. Returns the
 * changed fields in patch order (nothing is written when none changed).
 */
export async function writeDossierFields(
  tx: Conn,
  before: DossierRow,
  patch: DossierFieldPatch,
  now: string,
  pending?: PendingReleaseDates,
): Promise<string[]> {
  const changed = (Object.keys(patch) as (keyof Writable)[]).filter((k) => patch[k] !== undefined && (before[k] ?? null) !== (patch[k] ?? null));
  if (changed.length === 0) return [];
  const after = { ...before } as Record<string, unknown>;
  const set: Record<string, unknown> = {};
  for (const k of changed) set[k] = after[k] = patch[k];
  await tx
    .update(dossiers)
    .set({ ...set, ...derived(after as DossierRow), updatedAt: now })
    .where(eq(dossiers.id, before.id));
  for (const k of changed) if (!NO_OWN_HISTORY.has(k)) await recordHistory(tx, before.id, now, k, before[k], patch[k]);
  if (changed.includes('verwachteVrijlating'))
    await tx.insert(releaseDateHistory).values({ dossierId: before.id, date: patch.verwachteVrijlating ?? null, changedAt: now });
  if (changed.includes('werkelijkeVrijlating') && patch.werkelijkeVrijlating) {
    if (pending) pending.add(before.id, patch.werkelijkeVrijlating);
    else await onReleaseDateSet(tx, before.id, patch.werkelijkeVrijlating, now);
  }
  return changed;
}
