import { formatDateTimeNl } from '../../../common/dates';
import { bt } from './texts';

/** The counts the coordinator recognises (dossiers, acties, ...), in that order; internal tables stay out of sight. */
export function describeCounts(counts: Record<string, number>): string {
  return Object.keys(bt.countLabels)
    .filter((table) => table !== 'settings' && counts[table] !== undefined)
    .map((table) => `${counts[table]} ${bt.countLabels[table]![counts[table] === 1 ? 0 : 1]}`)
    .join(', ');
}

export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

export const when = (iso: string) => formatDateTimeNl(iso);
