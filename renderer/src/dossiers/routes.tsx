import type { AppRoute } from '../router';
import { DossierDetailPage } from './DossierDetailPage';
import { DossierListPage } from './DossierListPage';
import { NewDossierPage } from './NewDossierPage';
import { OverviewPage } from './OverviewPage';
import { TodayPage } from './TodayPage';
import { dt } from './texts';
import { IntakePage } from '../intake/IntakePage';

/** "Vandaag" is the home page. */
export const todayRoute: AppRoute = { id: 'home', nav: { label: () => dt.nav.today, path: '/' }, match: (p) => (p === '/' ? <TodayPage /> : null) };

export const dossierRoutes: AppRoute[] = [
  { id: 'dossier-new', match: (p) => (p === '/dossiers/nieuw' ? <NewDossierPage /> : null) },
  { id: 'intake', match: (p) => (p === '/dossiers/melding' ? <IntakePage /> : null) },
  {
    id: 'dossier-detail',
    match: (p) => {
      const m = /^\/dossiers\/(\d+)$/.exec(p);
      return m ? <DossierDetailPage key={m[1]} id={Number(m[1])} /> : null;
    },
  },
  { id: 'dossiers', nav: { label: () => dt.nav.dossiers, path: '/dossiers' }, match: (p) => (p === '/dossiers' ? <DossierListPage /> : null) },
  { id: 'overview', nav: { label: () => dt.nav.overview, path: '/overzicht' }, match: (p) => (p === '/overzicht' ? <OverviewPage /> : null) },
];
