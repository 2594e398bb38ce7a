import { Box, Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import type { AftercareView, FollowupView } from '../../../common/aftercare/types';
import { formatDateNl } from '../../../common/dates';
import { followupMomentLabel, workStateLabel } from '../i18n/labels';
import { CheckinDialog } from './CheckinDialog';
import { at } from './texts';
import type { AftercareSave } from './useAftercareForm';

/** The follow-up moments: those done as a timeline, those still open with their due date and a button to record. */
export function FollowupsSection({ view, save }: { view: AftercareView; save: AftercareSave }) {
  const [open, setOpen] = useState<FollowupView | null>(null);
  const done = view.followups.filter((f) => f.doneOn);
  const todo = view.followups.filter((f) => !f.doneOn);
  if (view.followups.length === 0) return <Typography color="text.secondary">{at.followups.none}</Typography>;
  return (
    <Stack spacing={2}>
      {done.length > 0 && (
        <Box>
          <Typography variant="subtitle1" component="h3">
            {at.followups.timeline}
          </Typography>
          <Box component="ol" sx={{ pl: 3, m: 0 }} data-testid="followup-timeline">
            {done.map((f) => (
              <li key={f.id} data-testid="followup-done" data-moment={f.momentKey}>
                <strong>{formatDateNl(f.doneOn)}</strong> — {followupMomentLabel(f.momentKey, f.label)} —{' '}
                {f.reached === 'ja' ? at.followups.reachedYes : at.followups.reachedNo} — {workStateLabel(f.work)}
                {f.note ? ` — ${f.note}` : ''}
              </li>
            ))}
          </Box>
        </Box>
      )}
      <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {todo.map((f) => (
          <Box component="li" key={f.id} sx={{ display: 'flex', alignItems: 'center', gap: 2, py: 0.5 }} data-testid="followup-open" data-state={f.state}>
            <Typography sx={{ minWidth: 220 }}>{followupMomentLabel(f.momentKey, f.label)}</Typography>
            <Typography color={f.state === 'overdue' ? 'error' : f.state === 'due' ? 'warning.main' : 'text.secondary'}>
              {f.state === 'overdue' ? at.followups.overdue(formatDateNl(f.dueOn)) : at.followups.due(formatDateNl(f.dueOn))}
            </Typography>
            <Button size="small" variant="outlined" onClick={() => setOpen(f)}>
              {at.followups.record(followupMomentLabel(f.momentKey, f.label))}
            </Button>
          </Box>
        ))}
      </Box>
      {open && <CheckinDialog f={open} view={view} save={save} onClose={() => setOpen(null)} />}
    </Stack>
  );
}
