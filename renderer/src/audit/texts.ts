import { defineTexts, type TextsShape } from '../i18n';

/** Texts of the Logboek (audit trail) page; Dutch first, English mirrors it. */
const nl = {
  filterEvent: 'Gebeurtenis',
  allEvents: 'Alle gebeurtenissen',
  from: 'Van',
  to: 'Tot en met',
  apply: 'Filteren',
  clear: 'Wis filters',
  exportCsv: 'Exporteren naar CSV',
  exported: (n: number) => `${n} ${n === 1 ? 'regel' : 'regels'} geëxporteerd.`,
  more: 'Meer laden',
  count: (shown: number, total: number) => `${shown} van ${total} regels`,
  empty: 'Geen regels voor deze filters.',
  events: {
    'vault.created': 'Kluis aangemaakt',
    'vault.unlock': 'Ontgrendeld',
    'vault.unlock_failed': 'Mislukte ontgrendelpoging',
    'vault.unlock_recovery': 'Ontgrendeld met herstelcode',
    'vault.unlock_after_restore': 'Ontgrendeld na terugzetten',
    'vault.reopened_after_restore': 'Heropend na terugzetten',
    'vault.lock': 'Vergrendeld',
    'vault.password_changed': 'Wachtwoord gewijzigd',
    'settings.update': 'Instellingen gewijzigd',
    'backup.created': 'Reservekopie gemaakt',
    'backup.failed': 'Reservekopie mislukt',
    'backup.restored': 'Reservekopie teruggezet',
    'backup.folder_changed': 'Map voor reservekopieën gewijzigd',
    'audit.export': 'Logboek geëxporteerd',
    'retention.destroyed': 'Dossiers vernietigd na bewaartermijn',
  } as Record<string, string>,
};

const en: TextsShape<typeof nl> = {
  filterEvent: 'Event',
  allEvents: 'All events',
  from: 'From',
  to: 'Up to and including',
  apply: 'Filter',
  clear: 'Clear filters',
  exportCsv: 'Export to CSV',
  exported: (n: number) => `${n} ${n === 1 ? 'line' : 'lines'} exported.`,
  more: 'Load more',
  count: (shown: number, total: number) => `${shown} of ${total} lines`,
  empty: 'No lines for these filters.',
  events: {
    'vault.created': 'Vault created',
    'vault.unlock': 'Unlocked',
    'vault.unlock_failed': 'Failed unlock attempt',
    'vault.unlock_recovery': 'Unlocked with recovery code',
    'vault.unlock_after_restore': 'Unlocked after restore',
    'vault.reopened_after_restore': 'Reopened after restore',
    'vault.lock': 'Locked',
    'vault.password_changed': 'Password changed',
    'settings.update': 'Settings changed',
    'backup.created': 'Backup made',
    'backup.failed': 'Backup failed',
    'backup.restored': 'Backup restored',
    'backup.folder_changed': 'Backup folder changed',
    'audit.export': 'Audit log exported',
    'retention.destroyed': 'Dossiers destroyed after retention period',
  },
};

export const at = defineTexts('auditlog', nl, en);

export function eventLabel(event: string): string {
  return at.events[event] ?? event;
}
