import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Box, Divider, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { settingsSchema, type Settings } from '../../../common/settings';
import { api, errorMessage } from '../api';
import { LetterTemplatesSetting } from '../documents/LetterTemplatesSetting';
import { LogoSetting } from '../documents/LogoSetting';
import { docTexts } from '../documents/texts';
import { applyServerErrors, localized } from '../forms';
import { t } from '../texts';
import { DisplayControls } from '../components/DisplayControls';
import { SubmitButton } from '../a11y/SubmitButton';
import { ReopenGuide } from '../firstrun/ReopenGuide';
import { BudgetSetting } from '../costs/BudgetSetting';

const FIELDS = ['municipalityName', 'municipalityAddress', 'coordinatorName', 'coordinatorTitle', 'coordinatorPhone', 'coordinatorEmail'] as const;
/** The logo and the letter templates have their own editors below; this form saves the plain fields. */
const formSchema = settingsSchema.pick({ autoLockMinutes: true, ...Object.fromEntries(FIELDS.map((f) => [f, true])) } as Record<
  'autoLockMinutes' | (typeof FIELDS)[number],
  true
>);
type FormValues = Pick<Settings, 'autoLockMinutes' | (typeof FIELDS)[number]>;
const label = (f: (typeof FIELDS)[number]): string => (f === 'coordinatorTitle' ? docTexts.letterhead.coordinatorTitle : t.settings[f]);

export function SettingsPage() {
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const [loaded, setLoaded] = useState<Settings | null>(null);
  const { register, handleSubmit, reset, setError, formState } = useForm<FormValues>({ resolver: localized(zodResolver(formSchema)) });
  useEffect(() => {
    api.settings.get({}).then(
      (s) => {
        reset(s);
        setLoaded(s);
      },
      (err: unknown) => setMessage({ severity: 'error', text: errorMessage(err) }),
    );
  }, [reset]);
  const submit = handleSubmit(async (values) => {
    setMessage(null);
    try {
      reset(await api.settings.update(values));
      setMessage({ severity: 'success', text: t.settings.saved });
    } catch (err) {
      const text = applyServerErrors(err, setError, ['autoLockMinutes', ...FIELDS]);
      if (text) setMessage({ severity: 'error', text });
    }
  });
  return (
    <Box sx={{ maxWidth: 720 }}>
      <Box component="form" noValidate onSubmit={submit}>
        <Typography variant="h5" component="h1" gutterBottom>
          {t.settings.title}
        </Typography>
        <Stack spacing={2}>
          {message && <Alert severity={message.severity}>{message.text}</Alert>}
          <TextField
            label={t.settings.autoLock}
            type="number"
            {...register('autoLockMinutes', { valueAsNumber: true })}
            error={!!formState.errors.autoLockMinutes}
            helperText={formState.errors.autoLockMinutes?.message}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          {FIELDS.map((f) => (
            <TextField
              key={f}
              label={label(f)}
              {...register(f)}
              error={!!formState.errors[f]}
              helperText={formState.errors[f]?.message}
              slotProps={{ inputLabel: { shrink: true } }}
              multiline={f === 'municipalityAddress'}
              minRows={f === 'municipalityAddress' ? 2 : undefined}
            />
          ))}
          <SubmitButton sx={{ alignSelf: 'flex-start' }} busy={formState.isSubmitting}>
            {t.settings.save}
          </SubmitButton>
          <Typography variant="h6" component="h2" sx={{ pt: 2 }}>
            {t.display.title}
          </Typography>
          <DisplayControls />
        </Stack>
      </Box>
      {loaded && (
        <Stack spacing={3} sx={{ mt: 3 }}>
          <Divider />
          <LogoSetting logo={loaded.logo} onChange={(logo) => setLoaded({ ...loaded, logo })} />
          <Divider />
          <LetterTemplatesSetting templates={loaded.letterTemplates} onChange={(letterTemplates) => setLoaded({ ...loaded, letterTemplates })} />
          <Divider />
          <BudgetSetting budgets={loaded.costBudgets} />
          <Divider />
          <ReopenGuide />
        </Stack>
      )}
    </Box>
  );
}
