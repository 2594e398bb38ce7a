import { Alert, Stack } from '@mui/material';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { dossierPatchSchema, type DossierPatch } from '../../../common/dossiers/schema';
import type { Dossier, DossierDetail } from '../../../common/dossiers/types';
import { ApiError, api } from '../api';
import { applyServerErrors } from '../forms';
import { DetentionFields, DETENTION_FIELDS, PersonFields, PERSON_FIELDS } from './DossierFieldSections';
import { toFormValues, type DossierFormValues } from './format';
import { schemaResolver } from './resolver';
import { dt } from './texts';
import { SubmitButton } from '../a11y/SubmitButton';

/** The Persoon or Detentie tab: the dossier's own fields, saved as one patch (the main side records each change). */
export function EditSection({ dossier, part, onSaved }: { dossier: Dossier; part: 'person' | 'detention'; onSaved: (d: DossierDetail) => void }) {
  const fields = part === 'person' ? PERSON_FIELDS : DETENTION_FIELDS;
  const form = useForm<DossierFormValues, unknown, DossierPatch>({ resolver: schemaResolver(dossierPatchSchema), defaultValues: toFormValues(dossier) });
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const submit = form.handleSubmit(
    async (values) => {
      setMessage(null);
      const patch: Record<string, unknown> = {};
      for (const f of fields) patch[f] = values[f];
      try {
        const detail = await api.dossiers.update({ id: dossier.id, patch: patch as DossierPatch });
        form.reset(toFormValues(detail.dossier));
        onSaved(detail);
        setMessage({ severity: 'success', text: dt.detail.saved });
      } catch (err) {
        const text = applyServerErrors(err, form.setError, fields as readonly string[]);
        if (text || !(err instanceof ApiError)) setMessage({ severity: 'error', text: text ?? dt.create.checkFields });
      }
    },
    () => setMessage({ severity: 'error', text: dt.create.checkFields }),
  );
  return (
    <Stack component="form" noValidate onSubmit={submit} spacing={2} sx={{ maxWidth: 960 }}>
      {message && <Alert severity={message.severity}>{message.text}</Alert>}
      {part === 'person' ? <PersonFields form={form} /> : <DetentionFields form={form} />}
      <SubmitButton sx={{ alignSelf: 'flex-start' }} busy={form.formState.isSubmitting}>
        {dt.detail.save}
      </SubmitButton>
    </Stack>
  );
}
