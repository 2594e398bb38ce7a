import { Alert, Button, Grid, Stack } from '@mui/material';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { DEFAULT_INSTITUTIONS, RECLASSERING_ORGANISATIONS } from '../../../common/dossiers/institutions';
import { contactFieldsSchema, CONTACT_ROLES, type ContactFields } from '../../../common/dossiers/schema';
import { contactRoleLabel } from '../i18n/labels';
import { applyServerErrors } from '../forms';
import { FormSelect } from '../components/FormSelect';
import { FormText } from '../components/FormText';
import { FreeTextChoices } from './FreeTextChoices';
import { schemaResolver } from './resolver';
import { dt } from './texts';
import { SubmitButton } from '../a11y/SubmitButton';

/** The form's own values: what the fields hold before zod turns them into ContactFields. */
export interface ContactFormValues {
  role: string;
  name: string;
  organisation: string;
  relation: string;
  telefoon: string;
  email: string;
  note: string;
}

export const EMPTY_CONTACT: ContactFormValues = { role: 'casemanager', name: '', organisation: '', relation: '', telefoon: '', email: '', note: '' };

/** The 3RO organisations for a reclassering worker, the PI's for a casemanager; anything else is typed freely. */
function organisationChoices(role: string): string[] {
  if (role === 'reclassering') return [...RECLASSERING_ORGANISATIONS];
  if (role === 'casemanager') return [...DEFAULT_INSTITUTIONS];
  return [];
}

/**
 * One person around the client, for adding and for editing: the same zod schema checks the fields here and on
 * the main side. `save` throws the API error; its field messages land on the fields.
 */
export function ContactForm({
  initial,
  submitLabel,
  save,
  onCancel,
  resetAfterSave,
}: {
  initial: ContactFormValues;
  submitLabel: string;
  save: (v: ContactFields) => Promise<void>;
  onCancel?: () => void;
  resetAfterSave?: boolean;
}) {
  const form = useForm<ContactFormValues, unknown, ContactFields>({ resolver: schemaResolver(contactFieldsSchema), defaultValues: initial });
  const [error, setError] = useState<string | null>(null);
  const role = useWatch({ control: form.control, name: 'role' });
  const p = dt.people;
  const submit = form.handleSubmit(async (v) => {
    setError(null);
    try {
      await save(v);
      if (resetAfterSave) form.reset(initial);
    } catch (err) {
      setError(applyServerErrors(err, form.setError, Object.keys(EMPTY_CONTACT)));
    }
  });
  return (
    <Stack component="form" noValidate onSubmit={submit} spacing={2}>
      {error && <Alert severity="error">{error}</Alert>}
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 4 }}>
          <FormSelect form={form} name="role" label={p.role} options={CONTACT_ROLES} optionLabel={contactRoleLabel} />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <FormText form={form} name="name" label={p.name} required />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <FreeTextChoices form={form} name="organisation" label={p.organisation} options={organisationChoices(role)} />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <FormText form={form} name="relation" label={p.relation} />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <FormText form={form} name="telefoon" label={p.telefoon} />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <FormText form={form} name="email" label={p.email} />
        </Grid>
        <Grid size={12}>
          <FormText form={form} name="note" label={p.note} />
        </Grid>
      </Grid>
      <Stack direction="row" spacing={1}>
        <SubmitButton busy={form.formState.isSubmitting}>{submitLabel}</SubmitButton>
        {onCancel && <Button onClick={onCancel}>{p.cancel}</Button>}
      </Stack>
    </Stack>
  );
}
