import type { SQL } from 'drizzle-orm';

/**
 * Filters other areas contribute to the dossier list, by name (the list's `extraFilters` input). The
 * plan issue registers e.g. 'overdueActions' here as an SQL condition on `dossiers.id`; the list
 * refuses names nobody registered.
 */
export type DossierExtraFilter = (todayIso: string) => SQL;

export const DOSSIER_EXTRA_FILTERS: Record<string, DossierExtraFilter> = {};

export function registerDossierFilter(name: string, filter: DossierExtraFilter): void {
  DOSSIER_EXTRA_FILTERS[name] = filter;
}
