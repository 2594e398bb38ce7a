import { Chip, Stack, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import type { PlanView } from '../../../common/plan/types';
import { api } from '../api';
import { countdownLabel } from '../i18n/labels';
import { BasisStrip } from './BasisStrip';
import { tp } from './texts';

/** On the dossier's header: the traffic lights, the countdown and overdue actions, whatever tab is open. */
export function PlanSummary({ dossierId, version }: { dossierId: number; version?: string | number }) {
  const [plan, setPlan] = useState<PlanView | null>(null);
  const load = useCallback(() => {
    api.plans.get({ dossierId }).then(setPlan, () => undefined);
  }, [dossierId]);
  useEffect(load, [load, version]);
  useEffect(() => {
    const on = (e: Event) => (e as CustomEvent<number>).detail === dossierId && load();
    window.addEventListener('nazorg:plan-changed', on);
    return () => window.removeEventListener('nazorg:plan-changed', on);
  }, [dossierId, load]);
  if (!plan) return null;
  const overdue = plan.actions.filter((a) => a.due === 'overdue').length;
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }} data-testid="plan-summary">
      <BasisStrip states={plan.basis.map((b) => b.state)} />
      {plan.releaseDate && <Typography color="text.secondary">{countdownLabel(plan.releaseDate, plan.today)}</Typography>}
      {overdue > 0 && <Chip size="small" color="error" label={tp.list.overdueCount(overdue)} />}
    </Stack>
  );
}
