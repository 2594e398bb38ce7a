import { formatDateNl, parseDateNl } from '../../../common/dates';

/**
 * Plan forms take dates as the coordinator types them (dd-mm-jjjj, as the dossier forms do) and send ISO.
 * Returns undefined for text that is not a real date, null for an empty field.
 */
export function nlToIso(text: string): string | null | undefined {
  if (text.trim() === '') return null;
  return parseDateNl(text) ?? undefined;
}

export const isoToNl = (iso: string | null | undefined): string => formatDateNl(iso);
