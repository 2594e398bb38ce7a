import { formatDateTimeNl } from '../../../common/dates';
import { bt } from './texts';

export function describeCounts(counts: Record<string, number>): string {
  return Object.entries(counts)
    .filter(([table]) => table !== 'settings')
    .map(([table, n]) => `${n} ${bt.countLabels[table] ?? table}`)
    .join(', ');
}

export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

export const when = (iso: string) => formatDateTimeNl(iso);
