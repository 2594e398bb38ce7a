import { Alert, Box, Button, Paper, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { dossierFieldsSchema, type DossierFields } from '../../../common/dossiers/schema';
import type { DuplicateCandidate } from '../../../common/dossiers/types';
import { ApiError, api } from '../api';
import { applyServerErrors } from '../forms';
import { navigate } from '../router';
import { DetentionFields, DETENTION_FIELDS, PersonFields, PERSON_FIELDS } from './DossierFieldSections';
import { EMPTY_DOSSIER_FORM, type DossierFormValues } from './format';
import { schemaResolver } from './resolver';
import { dt } from './texts';
import { SubmitButton } from '../a11y/SubmitButton';
import { DuplicateCandidates } from '../components/DuplicateCandidates';

const KNOWN = [...PERSON_FIELDS, ...DETENTION_FIELDS] as string[];

export function NewDossierPage() {
  const form = useForm<DossierFormValues, unknown, DossierFields>({ resolver: schemaResolver(dossierFieldsSchema), defaultValues: EMPTY_DOSSIER_FORM });
  const [error, setError] = useState<string | null>(null);
  const [existingId, setExistingId] = useState<number | null>(null);
  const [candidates, setCandidates] = useState<DuplicateCandidate[] | null>(null);

  const save = async (values: DossierFields, confirmDuplicate: boolean) => {
    setError(null);
    setExistingId(null);
    try {
      const res = await api.dossiers.create({ ...values, confirmDuplicate });
      if (res.created) navigate(`/dossiers/${res.id}`);
      else setCandidates(res.candidates);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'DUPLICATE_BSN') setExistingId(Number(err.details?.['existingId']));
      setError(applyServerErrors(err, form.setError, KNOWN));
    }
  };
  const submit = form.handleSubmit(
    (v) => save(v, false),
    () => setError(dt.create.checkFields),
  );

  return (
    <Box component="form" noValidate onSubmit={submit} sx={{ maxWidth: 960 }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {dt.create.title}
      </Typography>
      <Stack spacing={2}>
        {error && <Alert severity="error">{error}</Alert>}
        <DuplicateCandidates
          existingId={existingId}
          candidates={candidates}
          intro={dt.create.sameName}
          confirmLabel={dt.create.confirmSave}
          onConfirm={() => void form.handleSubmit((v) => save(v, true))()}
        />
        <Paper variant="outlined" sx={{ p: 2 }}>
          <Typography variant="h6" component="h2" gutterBottom>
            {dt.create.person}
          </Typography>
          <PersonFields form={form} />
        </Paper>
        <Paper variant="outlined" sx={{ p: 2 }}>
          <Typography variant="h6" component="h2" gutterBottom>
            {dt.create.detention}
          </Typography>
          <DetentionFields form={form} withActualRelease={false} />
        </Paper>
        <Stack direction="row" spacing={1}>
          <SubmitButton busy={form.formState.isSubmitting}>{dt.create.save}</SubmitButton>
          <Button onClick={() => navigate('/dossiers')}>{dt.create.cancel}</Button>
        </Stack>
      </Stack>
    </Box>
  );
}
