import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { firstContactSchema } from '../../../common/api/aftercare';
import { FIRST_CONTACT_HOW } from '../../../common/aftercare/rules';
import type { AftercareView } from '../../../common/aftercare/types';
import { formatDateNl, formatDateTimeNl } from '../../../common/dates';
import { api } from '../api';
import { FormChoice } from '../components/ChoiceSelect';
import { FormDate } from '../components/DateField';
import { FormText } from '../components/FormText';
import { NoticeAlert } from '../components/NoticeAlert';
import { firstContactHowLabel } from '../i18n/labels';
import { at } from './texts';
import { useAftercareForm, type AftercareSave } from './useAftercareForm';

/** The first contact's fields, checked by the contract's rules; the dossier comes from the tab. */
const firstContactFields = firstContactSchema.omit({ dossierId: true });

function FirstContactForm({ view, save }: { view: AftercareView; save: AftercareSave }) {
  // The main side checks date and time as one moment (contactAt); its refusal shows under the date.
  const { form, bind, notice, submit } = useAftercareForm(
    firstContactFields,
    { date: view.today, time: '', who: '', how: '', outcome: '', contactAt: '' },
    save,
  );
  const send = submit((v) => api.aftercare.recordFirstContact({ dossierId: view.dossierId, ...v }));
  const dueBy = formatDateNl(view.firstContactDueBy);
  return (
    <Stack spacing={2} data-testid="first-contact" data-state={view.firstContactState}>
      {view.firstContactState === 'missed' ? (
        <Alert severity="error">{at.first.missed(view.firstContactHours, dueBy)}</Alert>
      ) : (
        <Alert severity="warning">{at.first.dueBy(view.firstContactHours, dueBy)}</Alert>
      )}
      <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', rowGap: 2, alignItems: 'flex-start' }}>
        <FormDate form={bind} name="date" label={at.date} fullWidth={false} error={form.formState.errors.contactAt?.message} />
        <FormText form={bind} name="time" label={at.first.time} placeholder="09:30" fullWidth={false} />
        <FormText form={bind} name="who" label={at.first.who} fullWidth={false} />
        <FormChoice form={bind} name="how" label={at.first.how} options={FIRST_CONTACT_HOW} labelOf={firstContactHowLabel} sx={{ minWidth: 220 }} />
      </Stack>
      <FormText form={bind} name="outcome" label={at.first.outcome} multiline minRows={2} />
      <NoticeAlert notice={notice} />
      <Button variant="contained" sx={{ alignSelf: 'flex-start' }} onClick={() => void send()}>
        {at.first.record}
      </Button>
    </Stack>
  );
}

/** The first contact after release: on time or missed, and once recorded, what came out of it. */
export function FirstContactSection({ view, save }: { view: AftercareView; save: AftercareSave }) {
  const fc = view.firstContact;
  if (!fc) return <FirstContactForm view={view} save={save} />;
  return (
    <Box data-testid="first-contact" data-state="done">
      <Typography>{at.first.done(formatDateTimeNl(fc.contactAt), firstContactHowLabel(fc.how), fc.who)}</Typography>
      <Typography color="text.secondary" sx={{ whiteSpace: 'pre-wrap' }}>
        {fc.outcome}
      </Typography>
    </Box>
  );
}
