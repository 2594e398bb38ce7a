import { Box, Divider, Stack } from '@mui/material';
import { municipalityDetailsSchema, type MunicipalityDetails } from '../../../common/first-run';
import type { Settings } from '../../../common/settings';
import { api } from '../api';
import { FormText } from '../components/FormText';
import { NoticeAlert } from '../components/NoticeAlert';
import { LogoSetting } from '../documents/LogoSetting';
import { useApiForm } from '../hooks/useApiForm';
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
  const { form, bind, run, busy, notice } = useApiForm(
    municipalityDetailsSchema,
    Object.fromEntries(FIELDS.map((f) => [f, settings[f]])) as MunicipalityDetails,
  );
  const submit = form.handleSubmit(async (values) => {
    const r = await run(() => api.settings.update(values));
    if (r.ok) onSaved(r.value);
  });
  const field = (f: (typeof FIELDS)[number]) => (
    <FormText
      form={bind}
      name={f}
      label={t.settings[f]}
      required={f === 'municipalityName' || f === 'coordinatorName'}
      type={f === 'coordinatorEmail' ? 'email' : f === 'coordinatorPhone' ? 'tel' : 'text'}
      autoComplete={AUTOCOMPLETE[f]}
      multiline={f === 'municipalityAddress'}
      minRows={f === 'municipalityAddress' ? 2 : undefined}
      slotProps={{}}
    />
  );
  return (
    <Box component="form" noValidate onSubmit={submit} aria-label={ft.steps.gemeente}>
      <Stack spacing={2}>
        <NoticeAlert notice={notice} />
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
      <StepActions onLater={onLater} primary={ft.saveAndNext} busy={busy} />
    </Box>
  );
}
