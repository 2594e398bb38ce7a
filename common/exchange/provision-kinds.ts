/**
 * Kinds of provision in the register (verstrekkingenregister), with the Dutch label the register shows.
 * Other areas record their own kinds (e.g. 'pdf.actieplan'); an unknown kind is shown as recorded.
 */
export const PROVISION_KIND_LABELS = {
  'export.nazorg': 'Uitwisselbestand (.nazorg) verstuurd',
  'import.nazorg': 'Uitwisselbestand (.nazorg) ingelezen',
  'csv.dossiers': 'Dossierlijst (CSV)',
  'csv.acties-partner': 'Acties per partner (CSV)',
  'csv.acties-overleg': 'Acties van een overleg (CSV)',
  'csv.verstrekkingenregister': 'Verstrekkingenregister (CSV)',
  'ics.acties': 'Deadlines van acties (agenda, ICS)',
  'ics.overleggen': 'Overleggen (agenda, ICS)',
  'pdf.inzage': 'Inzageverzoek (PDF)',
  'pdf.vrijlatingsblad': 'Vrijlatingsblad voor de cliënt (PDF)',
  'bijlage.opgeslagen': 'Bijlage opgeslagen buiten de kluis',
  'csv.overzicht': 'Overzicht nazorg (CSV)',
  'csv.logboek': 'Logboek (CSV)',
  'xlsx.dossiers': 'Dossierlijst (Excel)',
  'xlsx.acties-partner': 'Acties per partner (Excel)',
  'xlsx.acties-overleg': 'Acties van een overleg (Excel)',
  'xlsx.verstrekkingenregister': 'Verstrekkingenregister (Excel)',
  'xlsx.overzicht': 'Overzicht nazorg (Excel)',
  'xlsx.logboek': 'Logboek (Excel)',
  'pdf.resultaten': 'Resultatenrapportage (PDF, geen persoonsgegevens)',
  'csv.resultaten': 'Cijfers resultaten (CSV, geen persoonsgegevens)',
  'pdf.bijdrageregeling': 'Cijfers bijdrageregeling wonen en werk (PDF, geen persoonsgegevens)',
  'csv.bijdrageregeling': 'Cijfers bijdrageregeling wonen en werk (CSV, geen persoonsgegevens)',
  vernietiging: 'Vernietiging na bewaartermijn',
} as const satisfies Record<string, string>;

export type ProvisionKind = keyof typeof PROVISION_KIND_LABELS;

export function provisionKindLabel(kind: string): string {
  if (Object.hasOwn(PROVISION_KIND_LABELS, kind)) return PROVISION_KIND_LABELS[kind as ProvisionKind];
  if (kind.startsWith('pdf.')) return `PDF: ${kind.slice(4)}`;
  return kind;
}
