import { Alert, AlertTitle, Box, Button, Stack, Typography } from '@mui/material';
import { contactAttemptSchema } from '../../../common/api/aftercare';
import { ATTEMPT_CHANNELS, ATTEMPT_RESULTS, UNREACHABLE_ACTION_TITLE, isoAddDays } from '../../../common/aftercare/rules';
import type { AftercareView } from '../../../common/aftercare/types';
import { formatDateNl } from '../../../common/dates';
import { api } from '../api';
import { FormChoice } from '../components/ChoiceSelect';
import { FormDate } from '../components/DateField';
import { FormText } from '../components/FormText';
import { NoticeAlert } from '../components/NoticeAlert';
import { useApiAction } from '../hooks/useApiAction';
import { attemptChannelLabel, attemptResultLabel } from '../i18n/labels';
import { at } from './texts';
import { useAftercareForm, type AftercareSave } from './useAftercareForm';

/** The attempt's fields, checked by the contract's rules; the dossier comes from the tab. */
const attemptFields = contactAttemptSchema.omit({ dossierId: true });

/** Contact attempts, the "niet bereikbaar" flag after too many failed ones in a row, and the proposed home visit. */
export function ContactAttemptsSection({ view, save, onPlanChanged }: { view: AftercareView; save: AftercareSave; onPlanChanged: () => void }) {
  const { form, bind, notice, submit } = useAftercareForm(attemptFields, { date: view.today, channel: '', result: '', note: '' }, save);
  // The date stays: the next attempt is often made the same day.
  const send = submit(
    (v) => api.aftercare.addAttempt({ dossierId: view.dossierId, ...v }),
    () => form.reset({ ...form.getValues(), channel: '', result: '', note: '' }),
  );
  const proposal = useApiAction();
  const propose = async () => {
    const done = await proposal.run(
      () => api.plans.addAction({ dossierId: view.dossierId, title: UNREACHABLE_ACTION_TITLE, deadline: isoAddDays(view.today, 7) }),
      () => ({ severity: 'info', text: at.attempts.proposed }),
    );
    if (done.ok) onPlanChanged();
  };
  return (
    <Stack spacing={2}>
      {view.unreachable && (
        <Alert
          severity="error"
          data-testid="unreachable-flag"
          action={
            <Button color="inherit" onClick={() => void propose()}>
              {at.attempts.propose}
            </Button>
          }
        >
          <AlertTitle>{at.attempts.flagTitle}</AlertTitle>
          {at.attempts.flag(view.failedAttempts)}
        </Alert>
      )}
      <NoticeAlert notice={proposal.notice} />
      {view.attempts.length === 0 ? (
        <Typography color="text.secondary">{at.attempts.none}</Typography>
      ) : (
        <Box component="ol" sx={{ pl: 3, m: 0 }} data-testid="attempts">
          {view.attempts.map((a) => (
            <li key={a.id} data-testid="attempt" data-result={a.result}>
              {formatDateNl(a.date)} — {attemptChannelLabel(a.channel)} — {attemptResultLabel(a.result)}
              {a.note ? ` — ${a.note}` : ''}
            </li>
          ))}
        </Box>
      )}
      <NoticeAlert notice={notice} />
      <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', rowGap: 2, alignItems: 'flex-start' }}>
        <FormDate form={bind} name="date" label={at.date} fullWidth={false} />
        <FormChoice form={bind} name="channel" label={at.attempts.channel} options={ATTEMPT_CHANNELS} labelOf={attemptChannelLabel} sx={{ minWidth: 220 }} />
        <FormChoice form={bind} name="result" label={at.attempts.result} options={ATTEMPT_RESULTS} labelOf={attemptResultLabel} sx={{ minWidth: 220 }} />
        <FormText form={bind} name="note" label={at.note} fullWidth={false} />
        <Button variant="outlined" onClick={() => void send()}>
          {at.attempts.record}
        </Button>
      </Stack>
    </Stack>
  );
}
