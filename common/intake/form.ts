import { z } from 'zod';
import { addConsistencyIssues, ALWAYS, dossierFieldsObject, type DossierField } from '../dossiers/schema.js';
import { emailField, phoneField, text } from '../dossiers/fields.js';
import { INTAKE_FIELDS, type IntakeField } from './rules.js';

/** The intake fields that become contacts of the dossier: the casemanager and the reclassering. */
export const INTAKE_CONTACT_FIELDS = ['casemanagerNaam', 'casemanagerTelefoon', 'casemanagerEmail', 'reclasseringOrganisatie'] as const;
export type IntakeDossierField = Exclude<IntakeField, (typeof INTAKE_CONTACT_FIELDS)[number]>;

/** The intake fields that are fields of the dossier itself (the rest become contacts). */
export const INTAKE_DOSSIER_FIELDS = INTAKE_FIELDS.filter(
  (f): f is IntakeDossierField => !(INTAKE_CONTACT_FIELDS as readonly string[]).includes(f),
) satisfies readonly DossierField[];

/**
 * The intake form: the dossier fields a notice can fill, plus the casemanager and the reclassering, which become
 * contacts of the dossier. The same schema checks the screen's form and the confirmed input on the main side.
 */
export const intakeFieldsObject = dossierFieldsObject
  .pick(Object.fromEntries(INTAKE_DOSSIER_FIELDS.map((f) => [f, true])) as { [K in IntakeDossierField]: true })
  .extend({
    casemanagerNaam: text(200),
    casemanagerTelefoon: phoneField,
    casemanagerEmail: emailField,
    reclasseringOrganisatie: text(200),
  });

export const intakeFieldsSchema = intakeFieldsObject.superRefine(addConsistencyIssues, ALWAYS);
export type IntakeFormFields = z.output<typeof intakeFieldsObject>;

/** What a new dossier made from a notice holds in the fields a notice does not carry: empty, as on the blank form. */
export const FIELDS_NOT_IN_INTAKE = {
  roepnaam: '',
  telefoon: '',
  email: '',
  adresVoor: '',
  adresNa: '',
  woonplaats: '',
  werkelijkeVrijlating: null,
  juridischKader: '',
  veiligheid: '',
} as const;

/** A contact to add from the intake form, or nothing: a casemanager without any detail adds no contact. */
export function intakeContacts(
  f: Partial<Pick<IntakeFormFields, (typeof INTAKE_CONTACT_FIELDS)[number] | 'institution'>>,
): { role: 'casemanager' | 'reclassering'; name: string; organisation: string; telefoon: string; email: string }[] {
  const out: { role: 'casemanager' | 'reclassering'; name: string; organisation: string; telefoon: string; email: string }[] = [];
  const name = f.casemanagerNaam ?? '';
  const telefoon = f.casemanagerTelefoon ?? '';
  const email = f.casemanagerEmail ?? '';
  if (name || telefoon || email) out.push({ role: 'casemanager', name: name || 'Casemanager PI', organisation: f.institution ?? '', telefoon, email });
  if (f.reclasseringOrganisatie)
    out.push({ role: 'reclassering', name: f.reclasseringOrganisatie, organisation: f.reclasseringOrganisatie, telefoon: '', email: '' });
  return out;
}

/** What a dossier already holds for the intake's contact fields: its first casemanager and first reclassering. */
export function intakeContactValues(
  contacts: readonly { role: string; name: string; telefoon: string; email: string }[],
): Record<(typeof INTAKE_CONTACT_FIELDS)[number], string> {
  const cm = contacts.find((c) => c.role === 'casemanager');
  const rc = contacts.find((c) => c.role === 'reclassering');
  return {
    casemanagerNaam: cm?.name ?? '',
    casemanagerTelefoon: cm?.telefoon ?? '',
    casemanagerEmail: cm?.email ?? '',
    reclasseringOrganisatie: rc?.name ?? '',
  };
}
