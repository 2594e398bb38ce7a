import { Button, Checkbox, Chip, FormControlLabel, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { formatDateNl } from '../../../../common/dates';
import { isOpenStatus } from '../../../../common/plan/actions';
import type { ActionView, PartnerView, PlanView } from '../../../../common/plan/types';
import { useFocusLater } from '../../a11y/useFocusLater';
import { api } from '../../api';
import { DataTable, type Column } from '../../components/DataTable';
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
  const columns: Column<ActionView>[] = [
    {
      label: tp.action.what,
      cell: (a) => (
        <>
          {a.title}
          {a.templateKey && <Chip size="small" variant="outlined" label={tp.action.template} sx={{ ml: 1 }} />}
          {a.resultNote && (
            <Typography variant="caption" component="p" color="text.secondary">
              {a.resultNote}
            </Typography>
          )}
        </>
      ),
    },
    { label: tp.action.domain, cell: (a) => (a.domainKey ? lifeDomainLabelByKey(plan.lifeDomains, a.domainKey) : '') },
    {
      label: tp.action.partner,
      cell: (a) => (
        <>
          {a.partnerName ?? <Chip size="small" variant="outlined" sx={{ borderColor: 'warning.main' }} label={tp.action.unassigned} />}
          {a.contactName && (
            <Typography variant="caption" component="p">
              {a.contactName}
            </Typography>
          )}
        </>
      ),
    },
    {
      label: tp.action.deadlineColumn,
      cellProps: () => ({ 'data-testid': 'action-deadline' }),
      cell: (a) => (
        <>
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
        </>
      ),
    },
    {
      label: tp.action.status,
      cell: (a) => (
        <>
          {actionStatusLabel(a.status)}
          {a.completedOn && (
            <Typography variant="caption" component="p" color="text.secondary">
              {formatDateNl(a.completedOn)}
            </Typography>
          )}
        </>
      ),
    },
    {
      label: '',
      cellProps: () => ({ sx: { whiteSpace: 'nowrap' } }),
      cell: (a) => (
        <>
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
          <Button size="small" id={`action-edit-${a.id}`} onClick={() => setDialog({ open: true, action: a })} aria-label={`${tp.common.edit}: ${a.title}`}>
            {tp.common.edit}
          </Button>
        </>
      ),
    },
  ];
  return (
    <Section title={tp.plan.actionsHeading} testId="actions" headingRef={headingRef}>
      <Stack direction="row" spacing={2} sx={{ mb: 1, alignItems: 'center' }}>
        <Button variant="contained" onClick={() => setDialog({ open: true, action: null })}>
          {tp.plan.actionAdd}
        </Button>
        <FormControlLabel control={<Checkbox checked={showFinished} onChange={(e) => setShowFinished(e.target.checked)} />} label={tp.plan.showFinished} />
      </Stack>
      <DataTable
        rows={shown}
        columns={columns}
        rowKey={(a) => a.id}
        empty={tp.plan.actionNone}
        rowProps={(a) => ({
          'data-testid': 'action-row',
          'data-action-id': a.id,
          'data-template': a.templateKey ?? '',
          'data-status': a.status,
          'data-due': a.due,
        })}
      />
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
