import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { formatDateNl } from '../../../common/dates';
import type { PlanView } from '../../../common/plan/types';
import { api } from '../api';
import { DataTable, type Column } from '../components/DataTable';
import { useApiAction } from '../hooks/useApiAction';
import { jt } from '../dossiers/journey-texts';
import { tp } from './texts';

/** A function, so the headings follow a change of language. */
const moveColumns = (): Column<NonNullable<PlanView['releaseMove']>['redates'][number]>[] => [
  { label: tp.action.what, cell: (r) => r.title },
  { label: tp.plan.oldDate, cell: (r) => formatDateNl(r.oldDeadline) },
  { label: tp.plan.newDate, cell: (r) => formatDateNl(r.newDeadline) },
];

/**
 * The release date moved: asks, where the coordinator just changed it, whether the open countdown actions move
 * along, listing each action's old and new date. A dialog with focus, so the question cannot go unseen below the fold.
 * Closing it without a choice leaves the move pending (the plan tab offers it again).
 */
export function ReleaseMoveDialog({ plan, onDone, onClose }: { plan: PlanView; onDone: (next: PlanView, moved: boolean) => void; onClose: () => void }) {
  const m = plan.releaseMove!;
  const { run, busy, notice } = useApiAction();
  const error = notice?.text;
  const decide = async (move: boolean) => {
    const r = await run(() => api.plans.confirmReleaseMove({ dossierId: plan.dossierId, move }));
    if (r.ok) onDone(r.value, move);
  };
  return (
    <Dialog
      open
      onClose={onClose}
      fullWidth
      maxWidth="md"
      aria-labelledby="release-move-title"
      aria-describedby="release-move-intro"
      slotProps={{ paper: { 'data-testid': 'release-move' } as object }}
    >
      <DialogTitle id="release-move-title">{jt.move.title}</DialogTitle>
      <DialogContent>
        <Typography id="release-move-intro">{tp.plan.moveIntro(formatDateNl(m.from), m.to ? formatDateNl(m.to) : tp.common.none)}</Typography>
        <DataTable
          sx={{ my: 1 }}
          rows={m.redates}
          columns={moveColumns()}
          rowKey={(r) => r.actionId}
          empty={tp.plan.moveNone}
          rowProps={() => ({ 'data-testid': 'release-move-row' })}
        />
        {error && (
          <Typography color="error" role="alert" sx={{ mt: 1 }}>
            {error}
          </Typography>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{jt.move.later}</Button>
        <Button onClick={() => void decide(false)} aria-disabled={busy || undefined}>
          {tp.plan.moveKeep}
        </Button>
        {/* The usual answer has the focus: Enter moves the actions, Escape leaves the question for later. */}
        <Button variant="contained" autoFocus onClick={() => void decide(true)} aria-disabled={busy || undefined}>
          {tp.plan.moveConfirm}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
