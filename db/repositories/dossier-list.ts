import { and, asc, count, desc, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { AppError } from '../../common/errors.js';
import type { DossierListInput } from '../../common/api/dossiers.js';
import { searchTokens } from '../../common/dossiers/search.js';
import { DOSSIER_STATUSES, type DossierStatus } from '../../common/dossiers/status.js';
import { localTodayIso, addDaysIso } from '../../common/calendar.js';
import type { DossierListItem } from '../../common/dossiers/types.js';
import { dossiers } from '../schema.js';
import type { Db } from '../vault.js';
import { DOSSIER_EXTRA_FILTERS } from './dossier-filters.js';
import { msg } from '../../common/messages/index.js';

/** The dossier list: search, filters, sort order and one page of rows. */

const STATUS_ORDER = sql.raw(`CASE status ${DOSSIER_STATUSES.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} END`);

function listConditions(input: Pick<DossierListInput, 'query' | 'statuses' | 'releaseWithinDays' | 'extraFilters'>, today: string): SQL | undefined {
  const conds: SQL[] = [];
  for (const token of searchTokens(input.query)) conds.push(sql`instr(${dossiers.searchText}, ${token}) > 0`);
  if (input.statuses.length > 0) conds.push(inArray(dossiers.status, input.statuses));
  if (input.releaseWithinDays !== null) {
    conds.push(isNull(dossiers.werkelijkeVrijlating));
    conds.push(sql`${dossiers.verwachteVrijlating} BETWEEN ${today} AND ${addDaysIso(today, input.releaseWithinDays)}`);
  }
  for (const name of input.extraFilters) {
    const f = DOSSIER_EXTRA_FILTERS[name];
    if (!f) throw new AppError('VALIDATION', undefined, { fields: { extraFilters: msg('unknownFilter') } });
    conds.push(f(today));
  }
  return conds.length ? and(...conds) : undefined;
}

function listOrder(input: Pick<DossierListInput, 'sort' | 'direction'>): SQL[] {
  const dir = input.direction === 'desc' ? desc : asc;
  switch (input.sort) {
    case 'release':
      // Unknown release dates last in either direction.
      return [sql`${dossiers.verwachteVrijlating} IS NULL`, dir(dossiers.verwachteVrijlating), asc(dossiers.sortName), asc(dossiers.id)];
    case 'status':
      return [dir(STATUS_ORDER), asc(dossiers.sortName), asc(dossiers.id)];
    case 'updated':
      return [dir(dossiers.updatedAt), asc(dossiers.id)];
    case 'created':
      return [dir(dossiers.id)];
    default:
      return [dir(dossiers.sortName), dir(dossiers.id)];
  }
}

const listColumns = {
  id: dossiers.id,
  achternaam: dossiers.achternaam,
  tussenvoegsel: dossiers.tussenvoegsel,
  voornamen: dossiers.voornamen,
  roepnaam: dossiers.roepnaam,
  geboortedatum: dossiers.geboortedatum,
  bsn: dossiers.bsn,
  institution: dossiers.institution,
  status: dossiers.status,
  verwachteVrijlating: dossiers.verwachteVrijlating,
  werkelijkeVrijlating: dossiers.werkelijkeVrijlating,
  hasSafetyNotes: sql<number>`${dossiers.veiligheid} <> ''`,
  updatedAt: dossiers.updatedAt,
};

export async function listDossiers(db: Db, input: DossierListInput, today = localTodayIso()): Promise<{ items: DossierListItem[]; total: number }> {
  const where = listConditions(input, today);
  // Two steps: the ids of one page in order (answered from covering indexes, so the encrypted table
  // pages of rows outside the page are never read), then only that page's rows.
  const [idRows, [{ n } = { n: 0 }]] = await Promise.all([
    db
      .select({ id: dossiers.id })
      .from(dossiers)
      .where(where)
      .orderBy(...listOrder(input))
      .limit(input.limit)
      .offset(input.offset),
    db.select({ n: count() }).from(dossiers).where(where),
  ]);
  const ids = idRows.map((r) => r.id);
  const rows = ids.length ? await db.select(listColumns).from(dossiers).where(inArray(dossiers.id, ids)) : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    items: ids.map((id) => {
      const r = byId.get(id)!;
      return { ...r, status: r.status as DossierStatus, hasSafetyNotes: Boolean(r.hasSafetyNotes) };
    }),
    total: n,
  };
}
