import { OVERDUE_DOSSIER_FILTER } from '../../../common/plan/actions';
import { DOSSIER_LIST_EXTRA_FILTERS } from '../dossiers/DossierListPage';
import type { AppRoute } from '../router';
import { PartnerPage } from './PartnerPage';
import { PartnersPage } from './PartnersPage';
import { PlanSettingsPage } from './PlanSettingsPage';
import { PlanPage } from './PlanPage';
import { RappelPage } from './RappelPage';
import { tp } from './texts';

// The dossier list's "met te late acties" filter (the list's own extension point).
if (!DOSSIER_LIST_EXTRA_FILTERS.some((f) => f.name === OVERDUE_DOSSIER_FILTER))
  DOSSIER_LIST_EXTRA_FILTERS.push({ name: OVERDUE_DOSSIER_FILTER, label: () => tp.list.overdueFilter });

/** The plan area's pages; registered in pages/routes.tsx. */
export const planRoutes: AppRoute[] = [
  { id: 'rappel', nav: { label: () => tp.nav.rappel, path: '/rappel' }, match: (p) => (p === '/rappel' ? <RappelPage /> : null) },
  {
    id: 'partners',
    nav: { label: () => tp.nav.partners, path: '/partners' },
    match: (p) => {
      if (p === '/partners') return <PartnersPage />;
      const m = /^\/partners\/(\d+)$/.exec(p);
      return m ? <PartnerPage key={m[1]} id={Number(m[1])} /> : null;
    },
  },
  {
    id: 'plan-settings',
    nav: { label: () => tp.nav.planSettings, path: '/plan-instellingen' },
    match: (p) => (p === '/plan-instellingen' ? <PlanSettingsPage /> : null),
  },
  {
    // Direct link to one dossier's plan (the dossier page shows the same as its "Plan" tab).
    id: 'plan',
    match: (p) => {
      const m = /^\/plan\/(\d+)$/.exec(p);
      return m ? <PlanPage key={m[1]} dossierId={Number(m[1])} /> : null;
    },
  },
];
