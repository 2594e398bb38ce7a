import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { transitionInput } from '../../../common/api/dossiers';
import { CLOSING_REASONS, type ClosingReason, type DossierStatus } from '../../../common/dossiers/status';
import { closingReasonLabel, statusLabel } from '../i18n/labels';
import type { Dossier, DossierDetail } from '../../../common/dossiers/types';
import { api } from '../api';
import { FormDate } from '../components/DateField';
import { FormSelect } from '../components/FormSelect';
import { FormText } from '../components/FormText';
import { NoticeAlert } from '../components/NoticeAlert';
import { useApiForm } from '../hooks/useApiForm';
import { dt } from './texts';

/** The fields a move asks for, checked by the contract's own rules; the rest of the move is the main side's. */
const ASKED = {
  nazorg: transitionInput.pick({ werkelijkeVrijlating: true }),
  afgesloten: transitionInput.pick({ closingReason: true, closingNote: true }),
  other: transitionInput.pick({}),
};

/** Asks what a move needs (release date for nazorg, a reason for closing) and lets the main side check the rules. */
export function TransitionDialog({
  dossier,
  to,
  onClose,
  onDone,
}: {
  dossier: Dossier;
  to: DossierStatus;
  onClose: () => void;
  onDone: (d: DossierDetail) => void;
}) {
  const asked = to === 'nazorg' || to === 'afgesloten' ? to : 'other';
  const values = {
    nazorg: { werkelijkeVrijlating: dossier.werkelijkeVrijlating ?? '' },
    afgesloten: { closingReason: '' as ClosingReason | '', closingNote: '' },
    other: {},
  }[asked];
  const { form, bind, run, busy, notice } = useApiForm(ASKED[asked] as typeof transitionInput, values);
  const confirm = form.handleSubmit(async (v) => {
    const r = await run(() => api.dossiers.transition({ ...v, id: dossier.id, to }));
    if (r.ok) onDone(r.value);
  });

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{dt.detail.moveTitle(statusLabel(to))}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <NoticeAlert notice={notice} />
          {asked === 'nazorg' && <FormDate form={bind} name="werkelijkeVrijlating" label={dt.fields.werkelijkeVrijlating} fullWidth={false} />}
          {asked === 'afgesloten' && (
            <>
              <FormSelect form={bind} name="closingReason" label={dt.fields.closingReason} options={CLOSING_REASONS} optionLabel={closingReasonLabel} />
              <FormText form={bind} name="closingNote" label={dt.fields.closingNote} multiline minRows={2} />
            </>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{dt.detail.cancel}</Button>
        {/* Busy, not disabled: a disabled button would drop keyboard focus out of the dialog on a refused move. */}
        <Button variant="contained" onClick={() => !busy && void confirm()} aria-disabled={busy || undefined}>
          {dt.detail.confirm}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
