import { format, parseISO, subYears } from 'date-fns';

/**
 * The retention rule (bewaartermijn): a closed dossier is proposed for destruction once it has been
 * closed for longer than the retention period (a setting, default 2 years). Dates are ISO yyyy-mm-dd.
 */
export const DEFAULT_RETENTION_YEARS = 2;

/** Dossiers closed before this day are past their retention period. 29-02 minus a year is 28-02. */
export function retentionCutoff(todayIso: string, years: number): string {
  return format(subYears(parseISO(todayIso), years), 'yyyy-MM-dd');
}

export function isPastRetention(closedAt: string | null, status: string, cutoff: string): boolean {
  return status === 'afgesloten' && !!closedAt && closedAt.slice(0, 10) < cutoff;
}

/** The line the provisions register keeps after a destruction: a count and a date, never who. */
export function destructionRegisterLine(count: number, years: number): { kind: string; what: string; purpose: string } {
  return {
    kind: 'vernietiging',
    what: `Vernietiging van ${count} ${count === 1 ? 'afgesloten dossier' : 'afgesloten dossiers'} na de bewaartermijn`,
    purpose: `Bewaartermijn van ${years} ${years === 1 ? 'jaar' : 'jaar'} verstreken (AVG art. 5 lid 1 onder e)`,
  };
}
