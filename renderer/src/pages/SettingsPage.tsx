import { Box, Divider, Stack, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { z } from 'zod';
import { settingsSchema, type Settings } from '../../../common/settings';
import { api, errorMessage } from '../api';
import { FormText } from '../components/FormText';
import { NoticeAlert } from '../components/NoticeAlert';
import { useApiForm } from '../hooks/useApiForm';
import { LetterTemplatesSetting } from '../documents/LetterTemplatesSetting';
import { LogoSetting } from '../documents/LogoSetting';
import { docTexts } from '../documents/texts';
import { t } from '../texts';
import { DisplayControls } from '../components/DisplayControls';
import { SubmitButton } from '../a11y/SubmitButton';
import { ReopenGuide } from '../firstrun/ReopenGuide';
import { BudgetSetting } from '../costs/BudgetSetting';

const FIELDS = ['municipalityName', 'municipalityAddress', 'coordinatorName', 'coordinatorTitle', 'coordinatorPhone', 'coordinatorEmail'] as const;
/** The logo and the letter templates have their own editors below; this form saves the plain fields. */
const formSchema = settingsSchema
  .pick(Object.fromEntries(FIELDS.map((f) => [f, true])) as Record<(typeof FIELDS)[number], true>)
  .extend({ autoLockMinutes: z.coerce.number().pipe(settingsSchema.shape.autoLockMinutes) });
type FormValues = Record<(typeof FIELDS)[number], string> & { autoLockMinutes: string | number };
const EMPTY = Object.fromEntries(['autoLockMinutes', ...FIELDS].map((f) => [f, ''])) as FormValues;
const label = (f: (typeof FIELDS)[number]): string => (f === 'coordinatorTitle' ? docTexts.letterhead.coordinatorTitle : t.settings[f]);

export function SettingsPage() {
  const [loaded, setLoaded] = useState<Settings | null>(null);
  const { form, bind, run, notice, setNotice } = useApiForm(formSchema, EMPTY);
  const { reset } = form;
  useEffect(() => {
    api.settings.get({}).then(
      (s) => {
        reset(s);
        setLoaded(s);
      },
      (err: unknown) => setNotice({ severity: 'error', text: errorMessage(err) }),
    );
  }, [reset, setNotice]);
  const submit = form.handleSubmit(async (values) => {
    const r = await run(
      () => api.settings.update(values),
      () => t.settings.saved,
    );
    if (r.ok) reset(r.value);
  });
  return (
    <Box sx={{ maxWidth: 720 }}>
      <Box component="form" noValidate onSubmit={submit}>
        <Typography variant="h5" component="h1" gutterBottom>
          {t.settings.title}
        </Typography>
        <Stack spacing={2}>
          <NoticeAlert notice={notice} />
          <FormText form={bind} name="autoLockMinutes" label={t.settings.autoLock} type="number" fullWidth={false} />
          {FIELDS.map((f) => (
            <FormText
              key={f}
              form={bind}
              name={f}
              label={label(f)}
              fullWidth={false}
              multiline={f === 'municipalityAddress'}
              minRows={f === 'municipalityAddress' ? 2 : undefined}
            />
          ))}
          <SubmitButton sx={{ alignSelf: 'flex-start' }} busy={form.formState.isSubmitting}>
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
