import { Box, Stack, Typography } from '@mui/material';
import { checkinSchema } from '../../../common/api/aftercare';
import { RECLASSERING_CONTACT, WORK_STATES } from '../../../common/aftercare/rules';
import type { AftercareView, FollowupView } from '../../../common/aftercare/types';
import { BASIS_KEYS, BASIS_STATES, type BasisKey, type BasisState } from '../../../common/plan/basisvoorwaarden';
import { api } from '../api';
import { FormChoice } from '../components/ChoiceSelect';
import { FormDate } from '../components/DateField';
import { FormText } from '../components/FormText';
import { basisLabel, basisStateLabel, followupMomentLabel, reclasseringContactLabel, workStateLabel } from '../i18n/labels';
import { AftercareDialog } from './AftercareDialog';
import { at } from './texts';
import { useAftercareForm, type AftercareSave } from './useAftercareForm';

/** The check-in's fields, checked by the contract's rules; the moment comes from the list. */
const checkinFields = checkinSchema.omit({ followupId: true });

/** Where a check-in starts: the latest check-in, else the day-one record; the coordinator changes what moved. */
function basisToStart(view: AftercareView): Record<BasisKey, BasisState> {
  const last = [...view.followups].reverse().find((x) => x.doneOn);
  if (last) return { ...last.basis };
  return Object.fromEntries(BASIS_KEYS.map((k) => [k, view.dayOne?.entries.find((e) => e.key === k)?.state ?? 'onbekend'])) as Record<BasisKey, BasisState>;
}

/** Records one follow-up moment: reached or not, the basisvoorwaarden now, work and probation. */
export function CheckinDialog({ f, view, save, onClose }: { f: FollowupView; view: AftercareView; save: AftercareSave; onClose: () => void }) {
  const { bind, notice, submit } = useAftercareForm(
    checkinFields,
    { doneOn: view.today, reached: '', basis: basisToStart(view), work: '', reclassering: '', note: '' },
    save,
  );
  const send = submit((v) => api.aftercare.recordFollowup({ followupId: f.id, ...v }), onClose);
  const label = followupMomentLabel(f.momentKey, f.label);
  return (
    <AftercareDialog id="checkin-title" title={at.followups.dialogTitle(label)} notice={notice} onClose={onClose} onSave={() => void send()} wide>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
        <FormDate form={bind} name="doneOn" label={at.date} fullWidth={false} />
        <FormChoice
          form={bind}
          name="reached"
          label={at.followups.reached}
          options={['ja', 'nee'] as const}
          labelOf={(v) => (v === 'ja' ? at.followups.yes : at.followups.no)}
          sx={{ minWidth: 220 }}
        />
      </Stack>
      <Typography variant="subtitle1" component="h3">
        {at.followups.basisNow}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2 }}>
        {BASIS_KEYS.map((k) => (
          <FormChoice
            key={k}
            form={bind}
            name={`basis.${k}`}
            label={at.followups.basisState(basisLabel(k))}
            options={BASIS_STATES}
            labelOf={basisStateLabel}
            sx={{ minWidth: 220 }}
          />
        ))}
      </Box>
      <FormChoice form={bind} name="work" label={at.followups.work} options={WORK_STATES} labelOf={workStateLabel} sx={{ minWidth: 220 }} />
      <FormChoice
        form={bind}
        name="reclassering"
        label={at.followups.reclassering}
        options={RECLASSERING_CONTACT}
        labelOf={reclasseringContactLabel}
        sx={{ minWidth: 220 }}
      />
      <FormText form={bind} name="note" label={at.note} multiline minRows={2} />
    </AftercareDialog>
  );
}
