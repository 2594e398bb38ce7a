import { Grid } from '@mui/material';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
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

export const PERSON_FIELDS = [
  'achternaam',
  'tussenvoegsel',
  'voornamen',
  'roepnaam',
  'aanhef',
  'geboortedatum',
  'bsn',
  'telefoon',
  'email',
  'adresVoor',
  'adresNa',
  'woonplaats',
] as const;
export const DETENTION_FIELDS = [
  'institution',
  'meldingDatum',
  'detentieStart',
  'verwachteVrijlating',
  'werkelijkeVrijlating',
  'reclasseringToezicht',
  'juridischKader',
  'veiligheid',
] as const;

export function PersonFields({ form }: { form: Form }) {
  const f = dt.fields;
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 5 }}>
        <FormText form={form} name="achternaam" label={f.achternaam} required />
      </Grid>
      <Grid size={{ xs: 12, md: 2 }}>
        <FormText form={form} name="tussenvoegsel" label={f.tussenvoegsel} />
      </Grid>
      <Grid size={{ xs: 12, md: 5 }}>
        <FormText form={form} name="voornamen" label={f.voornamen} />
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <FormText form={form} name="roepnaam" label={f.roepnaam} />
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <FormDate form={form} name="geboortedatum" label={f.geboortedatum} />
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <FormText form={form} name="bsn" label={f.bsn} slotProps={{ inputLabel: { shrink: true }, htmlInput: { inputMode: 'numeric' } }} />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <FormText form={form} name="telefoon" label={f.telefoon} />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <FormText form={form} name="email" label={f.email} />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <FormText form={form} name="adresVoor" label={f.adresVoor} multiline minRows={2} />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <FormText form={form} name="adresNa" label={f.adresNa} multiline minRows={2} />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <FormText form={form} name="woonplaats" label={f.woonplaats} />
      </Grid>
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
      <Grid size={{ xs: 12, md: 3 }}>
        <FormDate form={form} name="meldingDatum" label={f.meldingDatum} />
      </Grid>
      <Grid size={{ xs: 12, md: 3 }}>
        <FormDate form={form} name="detentieStart" label={f.detentieStart} />
      </Grid>
      <Grid size={{ xs: 12, md: 3 }}>
        <FormDate form={form} name="verwachteVrijlating" label={f.verwachteVrijlating} />
      </Grid>
      {withActualRelease && (
        <Grid size={{ xs: 12, md: 3 }}>
          <FormDate form={form} name="werkelijkeVrijlating" label={f.werkelijkeVrijlating} />
        </Grid>
      )}
      <Grid size={{ xs: 12, md: 3 }}>
        <FormSelect form={form} name="reclasseringToezicht" label={f.reclasseringToezicht} options={TOEZICHT_VALUES} optionLabel={(v) => dt.toezicht[v]} />
      </Grid>
      <Grid size={12}>
        <FormText form={form} name="juridischKader" label={f.juridischKader} multiline minRows={2} />
      </Grid>
      <Grid size={12}>
        <FormText form={form} name="veiligheid" label={f.veiligheid} multiline minRows={2} />
      </Grid>
    </Grid>
  );
}
