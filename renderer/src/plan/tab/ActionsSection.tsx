import { Button, Checkbox, Chip, FormControlLabel, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { formatDateNl } from '../../../../common/dates';
import { isOpenStatus } from '../../../../common/plan/actions';
import type { ActionView, PartnerView, PlanView } from '../../../../common/plan/types';
import { useFocusLater } from '../../a11y/useFocusLater';
import { api } from '../../api';
import { actionStatusLabel, lifeDomainLabelByKey } from '../../i18n/labels';
import { ActionDialog } from '../ActionDialog';
import { DueChip } from '../DueChip';
import { tp } from '../texts';
import { type Run, Section } from './Section';

export function ActionsSection({
  plan,
  partners,
  onPlan,
  onPartnerAdded,
  run,
  headingRef,
}: {
  plan: PlanView;
  partners: PartnerView[];
  onPlan: (p: PlanView) => void;
  onPartnerAdded: (p: PartnerView) => void;
  run: Run;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
}) {
  const focusLater = useFocusLater();
  const [dialog, setDialog] = useState<{ open: boolean; action: ActionView | null }>({ open: false, action: null });
  const [showFinished, setShowFinished] = useState(true);
  const shown = plan.actions.filter((a) => showFinished || isOpenStatus(a.status));
  return (
    <Section title={tp.plan.actionsHeading} testId="actions" headingRef={headingRef}>
      <Stack direction="row" spacing={2} sx={{ mb: 1, alignItems: 'center' }}>
        <Button variant="contained" onClick={() => setDialog({ open: true, action: null })}>
          {tp.plan.actionAdd}
        </Button>
        <FormControlLabel control={<Checkbox checked={showFinished} onChange={(e) => setShowFinished(e.target.checked)} />} label={tp.plan.showFinished} />
      </Stack>
      {shown.length === 0 ? (
        <Typography>{tp.plan.actionNone}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{tp.action.what}</TableCell>
              <TableCell>{tp.action.domain}</TableCell>
              <TableCell>{tp.action.partner}</TableCell>
              <TableCell>{tp.action.deadlineColumn}</TableCell>
              <TableCell>{tp.action.status}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.map((a) => (
              <TableRow key={a.id} data-testid="action-row" data-action-id={a.id} data-template={a.templateKey ?? ''} data-status={a.status} data-due={a.due}>
                <TableCell>
                  {a.title}
                  {a.templateKey && <Chip size="small" variant="outlined" label={tp.action.template} sx={{ ml: 1 }} />}
                  {a.resultNote && (
                    <Typography variant="caption" component="p" color="text.secondary">
                      {a.resultNote}
                    </Typography>
                  )}
                </TableCell>
                <TableCell>{a.domainKey ? lifeDomainLabelByKey(plan.lifeDomains, a.domainKey) : ''}</TableCell>
                <TableCell>
                  {a.partnerName ?? <Chip size="small" variant="outlined" sx={{ borderColor: 'warning.main' }} label={tp.action.unassigned} />}
                  {a.contactName && (
                    <Typography variant="caption" component="p">
                      {a.contactName}
                    </Typography>
                  )}
                </TableCell>
                <TableCell data-testid="action-deadline">
                  {formatDateNl(a.deadline)}
                  <DueChip due={a.due} />
                  {(a.appointmentTime || a.appointmentPlace) && (
                    <Typography variant="caption" component="p" data-testid="action-appointment">
                      {tp.action.appointment([a.appointmentTime, a.appointmentPlace].filter(Boolean).join(', '))}
                    </Typography>
                  )}
                  {a.lastReminderOn && (
                    <Typography variant="caption" component="p" color="text.secondary">
                      {tp.action.reminded(formatDateNl(a.lastReminderOn))}
                    </Typography>
                  )}
                </TableCell>
                <TableCell>
                  {actionStatusLabel(a.status)}
                  {a.completedOn && (
                    <Typography variant="caption" component="p" color="text.secondary">
                      {formatDateNl(a.completedOn)}
                    </Typography>
                  )}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {isOpenStatus(a.status) && (
                    <Button
                      size="small"
                      onClick={() =>
                        // The button goes with the open status; focus moves on to the row's edit button.
                        void run(() => api.plans.updateAction({ id: a.id, status: 'gedaan' })).then(() =>
                          focusLater(() => document.getElementById(`action-edit-${a.id}`) ?? headingRef.current),
                        )
                      }
                      aria-label={`${tp.action.done}: ${a.title}`}
                    >
                      {tp.action.done}
                    </Button>
                  )}
                  <Button
                    size="small"
                    id={`action-edit-${a.id}`}
                    onClick={() => setDialog({ open: true, action: a })}
                    aria-label={`${tp.common.edit}: ${a.title}`}
                  >
                    {tp.common.edit}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <ActionDialog
        open={dialog.open}
        action={dialog.action}
        dossierId={plan.dossierId}
        today={plan.today}
        domains={plan.lifeDomains}
        partners={partners}
        onClose={() => setDialog({ open: false, action: null })}
        onSaved={onPlan}
        onPartnerAdded={onPartnerAdded}
      />
    </Section>
  );
}
