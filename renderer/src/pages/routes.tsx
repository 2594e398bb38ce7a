import type { AppRoute } from '../router';
import { AuditPage } from './AuditPage';
import { BackupsPage } from '../backups/BackupsPage';
import { bt } from '../backups/texts';
import { RetentionPage } from '../retention/RetentionPage';
import { rt } from '../retention/texts';
import { SettingsPage } from './SettingsPage';
import { t } from '../texts';
import { dossierRoutes, todayRoute } from '../dossiers/routes';
import { RegisterPage } from '../exchange/RegisterPage';
import { ExchangePage } from '../exchange/ExchangePage';
import { tx } from '../exchange/texts';
import { planRoutes } from '../plan/routes';
import { meetingRoutes } from '../meetings/routes';
import { ResultsPage } from '../results/ResultsPage';
import { rs } from '../results/texts';

/**
 * The pages of the unlocked app, in order: the first route whose `match` returns an element wins. Areas add their
 * pages here; `nav` entries appear in the side bar in this order.
 */
export const routes: AppRoute[] = [
  todayRoute,
  ...dossierRoutes,
  ...planRoutes,
  ...meetingRoutes,
  { id: 'results', nav: { label: () => rs.nav, path: '/resultaten' }, match: (p) => (p === '/resultaten' ? <ResultsPage /> : null) },
  { id: 'settings', nav: { label: () => t.shell.settings, path: '/instellingen' }, match: (p) => (p === '/instellingen' ? <SettingsPage /> : null) },
  {
    id: 'exchange',
    nav: { label: () => tx.nav.exchange, path: '/uitwisselen' },
    match: (p) => {
      // /uitwisselen, /uitwisselen/12,13 (start with these dossiers) or /uitwisselen/inzage/12
      const m = /^\/uitwisselen(?:\/(inzage)\/(\d+)|\/([\d,]+))?$/.exec(p);
      if (!m) return null;
      if (m[1]) return <ExchangePage key={p} initialTab="inzage" initialIds={[Number(m[2])]} />;
      return <ExchangePage key={p} initialIds={m[3] ? m[3].split(',').map(Number) : undefined} />;
    },
  },
  { id: 'backups', nav: { label: () => bt.nav, path: '/reservekopieen' }, match: (p) => (p === '/reservekopieen' ? <BackupsPage /> : null) },
  { id: 'retention', nav: { label: () => rt.nav, path: '/bewaartermijn' }, match: (p) => (p === '/bewaartermijn' ? <RetentionPage /> : null) },
  { id: 'register', nav: { label: () => tx.nav.register, path: '/verstrekkingen' }, match: (p) => (p === '/verstrekkingen' ? <RegisterPage /> : null) },
  { id: 'audit', nav: { label: () => t.shell.audit, path: '/logboek' }, match: (p) => (p === '/logboek' ? <AuditPage /> : null) },
];

export type NavGroupId = 'daily' | 'accountability' | 'management';

/**
 * The side bar in three groups, so thirteen entries can be scanned: what a working day needs, what the
 * coordinator accounts for, and what is set up once. Each nav route's id stands in exactly one group; the
 * order within a group is the order of `routes`.
 */
export const NAV_GROUPS: { id: NavGroupId; label: () => string; routeIds: readonly string[] }[] = [
  { id: 'daily', label: () => t.shell.navGroups.daily, routeIds: ['home', 'dossiers', 'rappel', 'partners', 'meetings', 'exchange'] },
  { id: 'accountability', label: () => t.shell.navGroups.accountability, routeIds: ['overview', 'results', 'register', 'audit'] },
  { id: 'management', label: () => t.shell.navGroups.management, routeIds: ['plan-settings', 'settings', 'backups', 'retention'] },
];
