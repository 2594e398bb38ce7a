import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useApiAction } from '../hooks/useApiAction';
import { CLOSING_REASONS, type ClosingReason, type DossierStatus } from '../../../common/dossiers/status';
import { closingReasonLabel, statusLabel } from '../i18n/labels';
import type { Dossier, DossierDetail } from '../../../common/dossiers/types';
import { api } from '../api';
import { DateField } from '../components/DateField';
import { dt } from './texts';

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
  const [release, setRelease] = useState(dossier.werkelijkeVrijlating ?? '');
  const [reason, setReason] = useState<ClosingReason | ''>('');
  const [note, setNote] = useState('');
  const { run, busy, notice, fields } = useApiAction(to === 'nazorg' ? ['werkelijkeVrijlating'] : to === 'afgesloten' ? ['closingReason', 'closingNote'] : [], {
    quietWhenPlaced: true,
  });
  const error = notice?.text;
  const label = statusLabel(to);

  const confirm = async () => {
    const r = await run(() =>
      api.dossiers.transition({
        id: dossier.id,
        to,
        ...(to === 'nazorg' ? { werkelijkeVrijlating: release || null } : {}),
        ...(to === 'afgesloten' ? { closingReason: reason || null, closingNote: note } : {}),
      }),
    );
    if (r.ok) onDone(r.value);
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{dt.detail.moveTitle(label)}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {error && <Alert severity="error">{error}</Alert>}
          {to === 'nazorg' && <DateField label={dt.fields.werkelijkeVrijlating} value={release} onChange={setRelease} error={fields['werkelijkeVrijlating']} />}
          {to === 'afgesloten' && (
            <>
              <TextField
                select
                label={dt.fields.closingReason}
                value={reason}
                onChange={(e) => setReason(e.target.value as ClosingReason)}
                error={!!fields['closingReason']}
                helperText={fields['closingReason']}
                slotProps={{ inputLabel: { shrink: true } }}
              >
                {CLOSING_REASONS.map((r) => (
                  <MenuItem key={r} value={r}>
                    {closingReasonLabel(r)}
                  </MenuItem>
                ))}
              </TextField>
              <TextField
                label={dt.fields.closingNote}
                value={note}
                onChange={(e) => setNote(e.target.value)}
                error={!!fields['closingNote']}
                helperText={fields['closingNote']}
                multiline
                minRows={2}
                slotProps={{ inputLabel: { shrink: true } }}
              />
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
