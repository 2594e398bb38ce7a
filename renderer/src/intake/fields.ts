import { formatDateNl } from '../../../common/dates';
import { dt } from '../dossiers/texts';
import { nt } from './texts';

/** The notice's date fields: ISO in the proposal, dd-mm-jjjj on the screen. */
const DATE_FIELDS = new Set<string>(['geboortedatum', 'meldingDatum', 'detentieStart', 'verwachteVrijlating']);

/** A proposed field's name on the screen: the intake's own label (casemanager, reclassering), else the dossier's. */
export function fieldLabel(field: string): string {
  const own = (nt as unknown as Record<string, unknown>)[field];
  return typeof own === 'string' ? own : ((dt.fields as Record<string, string>)[field] ?? field);
}

/** A proposed or stored value as the coordinator reads it; a dash for nothing. */
export function shownValue(field: string, value: string | null | undefined): string {
  if (!value) return nt.empty;
  if (DATE_FIELDS.has(field)) return formatDateNl(value);
  if (field === 'reclasseringToezicht') return (dt.toezicht as Record<string, string>)[value] ?? value;
  return value;
}
