import type { DossierFields } from '../../../common/dossiers/schema';

/** Form values: dates as ISO (the date field shows dd-mm-jjjj), empty fields as ''. */
export type DossierFormValues = { [K in keyof DossierFields]: string };

export const DATE_FIELDS = ['geboortedatum', 'meldingDatum', 'detentieStart', 'verwachteVrijlating', 'werkelijkeVrijlating'] as const;

export function toFormValues(d: Partial<DossierFields>): DossierFormValues {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(EMPTY_DOSSIER_FORM)) {
    const value = (d as Record<string, unknown>)[k];
    out[k] = value === null || value === undefined ? v : String(value);
  }
  return out as DossierFormValues;
}

export const EMPTY_DOSSIER_FORM: DossierFormValues = {
  achternaam: '',
  tussenvoegsel: '',
  voornamen: '',
  roepnaam: '',
  aanhef: 'onbekend',
  geboortedatum: '',
  bsn: '',
  telefoon: '',
  email: '',
  adresVoor: '',
  adresNa: '',
  woonplaats: '',
  institution: '',
  meldingDatum: '',
  detentieStart: '',
  verwachteVrijlating: '',
  werkelijkeVrijlating: '',
  reclasseringToezicht: 'onbekend',
  juridischKader: '',
  veiligheid: '',
};
