import { Alert, Box, Divider, Paper, Stack, Typography } from '@mui/material';
import { useForm } from 'react-hook-form';
import { formatDateNl } from '../../../../common/dates';
import { localTodayIso } from '../../../../common/dossiers/fields';
import { noteFieldsSchema, type NoteFields } from '../../../../common/dossiers/schema';
import type { DossierDetail } from '../../../../common/dossiers/types';
import { api } from '../../api';
import { applyServerErrors } from '../../forms';
import { FormText } from '../../components/FormText';
import { FormDate } from '../../components/DateField';
import { schemaResolver } from '../resolver';
import { dt } from '../texts';
import { SubmitButton } from '../../a11y/SubmitButton';
import { type Reload, useFormError } from './tab-tools';

export function JournalTab({ detail, reload }: { detail: DossierDetail; reload: Reload }) {
  type V = { date: string; text: string };
  const empty: V = { date: localTodayIso(), text: '' };
  const form = useForm<V, unknown, NoteFields>({ resolver: schemaResolver(noteFieldsSchema), defaultValues: empty });
  const { error, setError } = useFormError();
  const submit = form.handleSubmit(async (v) => {
    setError(null);
    try {
      await api.dossiers.addNote({ dossierId: detail.dossier.id, ...v });
      form.reset(empty);
      await reload();
    } catch (err) {
      setError(applyServerErrors(err, form.setError, ['date', 'text']));
    }
  });
  const j = dt.journal;
  return (
    <Stack spacing={2} sx={{ maxWidth: 960 }}>
      <Paper variant="outlined" component="form" noValidate onSubmit={submit} sx={{ p: 2 }}>
        {error && <Alert severity="error">{error}</Alert>}
        <Stack spacing={2}>
          <Box sx={{ maxWidth: 240 }}>
            <FormDate form={form} name="date" label={j.date} />
          </Box>
          <FormText form={form} name="text" label={j.text} multiline minRows={3} />
          <SubmitButton sx={{ alignSelf: 'flex-start' }} busy={form.formState.isSubmitting}>
            {j.add}
          </SubmitButton>
        </Stack>
      </Paper>
      {detail.notes.length === 0 ? (
        <Typography color="text.secondary">{j.none}</Typography>
      ) : (
        detail.notes.map((n) => (
          <Box key={n.id}>
            <Typography variant="subtitle2">{formatDateNl(n.date)}</Typography>
            <Typography sx={{ whiteSpace: 'pre-wrap' }}>{n.text}</Typography>
            <Divider sx={{ mt: 1 }} />
          </Box>
        ))
      )}
    </Stack>
  );
}
