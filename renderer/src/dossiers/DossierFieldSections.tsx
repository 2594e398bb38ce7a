import { Grid, type TextFieldProps } from '@mui/material';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { DEFAULT_INSTITUTIONS } from '../../../common/dossiers/institutions';
import { AANHEF_VALUES } from '../../../common/people/names';
import { aanhefLabel } from '../i18n/labels';
import { FormDate } from '../components/DateField';
import { FormSelect } from '../components/FormSelect';
import { FormText } from '../components/FormText';
import { FreeTextChoices } from './FreeTextChoices';
import type { DossierFormValues } from './format';
import { dt } from './texts';

type Form = UseFormReturn<DossierFormValues, unknown, FieldValues>;
const TOEZICHT_VALUES = ['onbekend', 'ja', 'nee'] as const;

type FieldName = keyof typeof dt.fields & Path<DossierFormValues>;
type CellProps = { form: Form; name: FieldName; md: number };

/** A text field of the dossier under its own label: the full row on a narrow screen, `md` of twelve columns on a wide one. */
function TextCell({ form, name, md, ...rest }: CellProps & Omit<TextFieldProps, 'name' | 'label' | 'form'>) {
  return (
    <Grid size={{ xs: 12, md }}>
      <FormText form={form} name={name} label={dt.fields[name]} {...rest} />
    </Grid>
  );
}

/** A date field of the dossier under its own label, laid out as TextCell. */
function DateCell({ form, name, md }: CellProps) {
  return (
    <Grid size={{ xs: 12, md }}>
      <FormDate form={form} name={name} label={dt.fields[name]} />
    </Grid>
  );
}

/** The two groups of fields the dossier form shows, the same groups the exchange file uses. */
export { DETENTION_FIELDS, PERSON_FIELDS } from '../../../common/dossiers/schema';

export function PersonFields({ form }: { form: Form }) {
  const f = dt.fields;
  return (
    <Grid container spacing={2}>
      <TextCell form={form} name="achternaam" md={5} required />
      <TextCell form={form} name="tussenvoegsel" md={2} />
      <TextCell form={form} name="voornamen" md={5} />
      <TextCell form={form} name="roepnaam" md={4} />
      <DateCell form={form} name="geboortedatum" md={4} />
      <TextCell form={form} name="bsn" md={4} slotProps={{ inputLabel: { shrink: true }, htmlInput: { inputMode: 'numeric' } }} />
      <TextCell form={form} name="telefoon" md={6} />
      <TextCell form={form} name="email" md={6} />
      <TextCell form={form} name="adresVoor" md={6} multiline minRows={2} />
      <TextCell form={form} name="adresNa" md={6} multiline minRows={2} />
      <TextCell form={form} name="woonplaats" md={6} />
      <Grid size={{ xs: 12, md: 6 }}>
        <FormSelect form={form} name="aanhef" label={f.aanhef} options={AANHEF_VALUES} optionLabel={aanhefLabel} />
      </Grid>
    </Grid>
  );
}

export function DetentionFields({ form, withActualRelease = true }: { form: Form; withActualRelease?: boolean }) {
  const f = dt.fields;
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 6 }}>
        <FreeTextChoices form={form} name="institution" label={f.institution} options={DEFAULT_INSTITUTIONS} />
      </Grid>
      <DateCell form={form} name="meldingDatum" md={3} />
      <DateCell form={form} name="detentieStart" md={3} />
      <DateCell form={form} name="verwachteVrijlating" md={3} />
      {withActualRelease && <DateCell form={form} name="werkelijkeVrijlating" md={3} />}
      <Grid size={{ xs: 12, md: 3 }}>
        <FormSelect form={form} name="reclasseringToezicht" label={f.reclasseringToezicht} options={TOEZICHT_VALUES} optionLabel={(v) => dt.toezicht[v]} />
      </Grid>
      <TextCell form={form} name="juridischKader" md={12} multiline minRows={2} />
      <TextCell form={form} name="veiligheid" md={12} multiline minRows={2} />
    </Grid>
  );
}
