import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Box, Divider, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { municipalityDetailsSchema, type MunicipalityDetails } from '../../../common/first-run';
import type { Settings } from '../../../common/settings';
import { api } from '../api';
import { LogoSetting } from '../documents/LogoSetting';
import { applyServerErrors, localized } from '../forms';
import { t } from '../texts';
import { StepActions } from './StepActions';
import { ft } from './texts';

const FIELDS = ['municipalityName', 'municipalityAddress', 'coordinatorName', 'coordinatorPhone', 'coordinatorEmail'] as const;
const AUTOCOMPLETE: Record<(typeof FIELDS)[number], string> = {
  municipalityName: 'organization',
  municipalityAddress: 'street-address',
  coordinatorName: 'name',
  coordinatorPhone: 'tel',
  coordinatorEmail: 'email',
};

/** Step 1: the municipality and coordinator in the letterhead, and the logo (saved on its own as soon as it is chosen). */
export function MunicipalityStep({
  settings,
  onSettings,
  onSaved,
  onLater,
}: {
  settings: Settings;
  onSettings: (s: Settings) => void;
  onSaved: (s: Settings) => void;
  onLater: () => void;
}) {
  const [error, setErrorText] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<MunicipalityDetails>({
    resolver: localized(zodResolver(municipalityDetailsSchema)),
    defaultValues: Object.fromEntries(FIELDS.map((f) => [f, settings[f]])) as MunicipalityDetails,
  });
  const submit = handleSubmit(async (values) => {
    setErrorText(null);
    try {
      onSaved(await api.settings.update(values));
    } catch (err) {
      setErrorText(applyServerErrors(err, setError, FIELDS));
    }
  });
  const field = (f: (typeof FIELDS)[number]) => (
    <TextField
      label={t.settings[f]}
      required={f === 'municipalityName' || f === 'coordinatorName'}
      type={f === 'coordinatorEmail' ? 'email' : f === 'coordinatorPhone' ? 'tel' : 'text'}
      autoComplete={AUTOCOMPLETE[f]}
      {...register(f)}
      error={!!formState.errors[f]}
      helperText={formState.errors[f]?.message}
      multiline={f === 'municipalityAddress'}
      minRows={f === 'municipalityAddress' ? 2 : undefined}
      fullWidth
    />
  );
  return (
    <Box component="form" noValidate onSubmit={submit} aria-label={ft.steps.gemeente}>
      <Stack spacing={2}>
        {error && <Alert severity="error">{error}</Alert>}
        {field('municipalityName')}
        {field('municipalityAddress')}
        {field('coordinatorName')}
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          {field('coordinatorPhone')}
          {field('coordinatorEmail')}
        </Stack>
        <Divider />
        <LogoSetting logo={settings.logo} onChange={(logo) => onSettings({ ...settings, logo })} />
      </Stack>
      <StepActions onLater={onLater} primary={ft.saveAndNext} busy={formState.isSubmitting} />
    </Box>
  );
}
