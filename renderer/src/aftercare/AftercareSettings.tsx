import DeleteOutline from '@mui/icons-material/DeleteOutlineOutlined';
import { Alert, Box, Button, IconButton, Stack, TextField, Typography } from '@mui/material';
import { useFieldArray, type FieldError } from 'react-hook-form';
import { MOMENT_UNITS } from '../../../common/aftercare/rules';
import { settingsSchema, type Settings } from '../../../common/settings';
import { api } from '../api';
import { FormChoice } from '../components/ChoiceSelect';
import { NoticeAlert } from '../components/NoticeAlert';
import { useApiData } from '../hooks/useApiData';
import { useApiForm } from '../hooks/useApiForm';
import { momentUnitLabel } from '../i18n/labels';
import { at } from './texts';

/** The settings this panel edits, checked by the settings' own rules; the rest of the settings stays as it is. */
const aftercareFields = settingsSchema.pick({ firstContactHours: true, unreachableAfterAttempts: true, followupMoments: true });
type Values = Pick<Settings, 'firstContactHours' | 'unreachableAfterAttempts' | 'followupMoments'>;
const valuesOf = (s: Settings): Values => ({
  firstContactHours: s.firstContactHours,
  unreachableAfterAttempts: s.unreachableAfterAttempts,
  followupMoments: s.followupMoments,
});

/** A number field of the form: typed text read as a number (empty is no number, which the rules refuse). */
function numberField(error: FieldError | undefined) {
  return { type: 'number', error: !!error, helperText: error?.message };
}

function AftercareSettingsForm({ initial }: { initial: Values }) {
  const { form, bind, notice, run } = useApiForm(aftercareFields, initial);
  const { register, control, formState } = form;
  const { errors } = formState;
  const moments = useFieldArray({ control, name: 'followupMoments' });
  const save = form.handleSubmit(async (values) => {
    const done = await run(
      () => api.settings.update(values),
      () => at.saved,
    );
    if (done.ok) form.reset(valuesOf(done.value));
  });
  // A rule over the whole list (the same moment twice, none at all) has no field of its own.
  const listError = errors.followupMoments?.root?.message ?? errors.followupMoments?.message;
  return (
    <>
      <NoticeAlert notice={notice} sx={{ my: 1 }} role={notice?.severity === 'error' ? 'alert' : 'status'} />
      <Stack direction="row" spacing={2} sx={{ mt: 1, alignItems: 'flex-start' }}>
        <TextField label={at.settings.hours} {...register('firstContactHours', { valueAsNumber: true })} {...numberField(errors.firstContactHours)} />
        <TextField
          label={at.settings.attempts}
          {...register('unreachableAfterAttempts', { valueAsNumber: true })}
          {...numberField(errors.unreachableAfterAttempts)}
        />
      </Stack>
      <Typography variant="subtitle1" component="h3" sx={{ mt: 2 }}>
        {at.settings.moments}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {at.settings.help}
      </Typography>
      {moments.fields.map((m, i) => (
        <Stack key={m.id} direction="row" spacing={1} sx={{ mt: 1, alignItems: 'flex-start' }}>
          <TextField
            size="small"
            {...register(`followupMoments.${i}.amount`, { valueAsNumber: true })}
            {...numberField(errors.followupMoments?.[i]?.amount)}
            slotProps={{ htmlInput: { 'aria-label': `${at.settings.amount} ${i + 1}` } }}
          />
          <FormChoice
            form={bind}
            name={`followupMoments.${i}.unit`}
            options={MOMENT_UNITS}
            labelOf={momentUnitLabel}
            size="small"
            slotProps={{ htmlInput: { 'aria-label': `${at.settings.unit} ${i + 1}` } }}
          />
          <IconButton aria-label={`${at.settings.remove} ${i + 1}`} onClick={() => moments.remove(i)}>
            <DeleteOutline />
          </IconButton>
        </Stack>
      ))}
      {listError && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {listError}
        </Alert>
      )}
      <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
        <Button onClick={() => moments.append({ amount: 1, unit: 'maanden' })}>{at.settings.add}</Button>
        <Button variant="contained" onClick={() => void save()}>
          {at.settings.save}
        </Button>
      </Stack>
    </>
  );
}

/** Settings for after release: hours for the first contact, the follow-up template, attempts before "niet bereikbaar". */
export function AftercareSettings() {
  const { data, error } = useApiData(() => api.settings.get({}));
  return (
    <Box component="section" aria-label={at.settings.title} sx={{ mt: 4 }}>
      <Typography variant="h6" component="h2">
        {at.settings.title}
      </Typography>
      {error && (
        <Alert severity="error" sx={{ my: 1 }} role="alert">
          {error}
        </Alert>
      )}
      {data && <AftercareSettingsForm initial={valuesOf(data)} />}
    </Box>
  );
}
