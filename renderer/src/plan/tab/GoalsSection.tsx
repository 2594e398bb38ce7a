import { Button, Stack, Typography } from '@mui/material';
import { goalSchema } from '../../../../common/api/plans';
import type { PlanView } from '../../../../common/plan/types';
import { api } from '../../api';
import { FormText } from '../../components/FormText';
import { NoticeAlert } from '../../components/NoticeAlert';
import { useApiForm } from '../../hooks/useApiForm';
import { goalStatusLabel, lifeDomainLabelByKey } from '../../i18n/labels';
import { FormDomainChoice } from '../DomainChoice';
import { ItemList } from '../ItemList';
import { tp } from '../texts';
import { type Run, Section } from './Section';

/** The goal form's fields, checked by the contract's rules. */
const goalFields = goalSchema.pick({ text: true, domainKey: true });

export function GoalsSection({ plan, run, onPlan }: { plan: PlanView; run: Run; onPlan: (p: PlanView) => void }) {
  // Its own call, not run(): a refused goal marks the field it concerns.
  const { form, bind, run: call, notice } = useApiForm(goalFields, { text: '', domainKey: '' });
  const text = form.watch('text');
  const add = form.handleSubmit(async (v) => {
    const done = await call(() => api.plans.addGoal({ dossierId: plan.dossierId, domainKey: v.domainKey || null, text: v.text }));
    if (!done.ok) return;
    onPlan(done.value);
    form.setValue('text', '');
  });
  const domains = plan.lifeDomains.filter((d) => d.active);
  return (
    <Section title={tp.plan.goalsHeading} testId="goals">
      <NoticeAlert notice={notice} sx={{ mb: 1 }} />
      {plan.goals.length === 0 ? (
        <Typography color="text.secondary">{tp.plan.goalNone}</Typography>
      ) : (
        <ItemList
          items={plan.goals}
          primary={(g) => g.text}
          secondary={(g) => `${g.domainKey ? lifeDomainLabelByKey(plan.lifeDomains, g.domainKey) : tp.common.noDomain} · ${goalStatusLabel(g.status)}`}
          textSx={(g) => ({ textDecoration: g.status === 'open' ? 'none' : 'line-through', pr: 24 })}
          actions={(g) => {
            const set = (status: 'open' | 'bereikt' | 'vervallen', label: string) => (
              <Button size="small" onClick={() => void run(() => api.plans.updateGoal({ id: g.id, status }))}>
                {label}
              </Button>
            );
            return g.status === 'open' ? (
              <>
                {set('bereikt', tp.plan.goalAchieved)}
                {set('vervallen', tp.plan.goalDropped)}
              </>
            ) : (
              set('open', tp.plan.goalReopen)
            );
          }}
        />
      )}
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={1}>
        <FormText form={bind} name="text" label={tp.plan.goalText} size="small" fullWidth={false} sx={{ flex: 1 }} />
        <FormDomainChoice
          form={bind}
          name="domainKey"
          label={tp.action.domain}
          size="small"
          sx={{ minWidth: 200 }}
          emptyLabel={tp.common.noDomain}
          domains={domains}
        />
        <Button variant="outlined" disabled={!text.trim()} onClick={() => void add()}>
          {tp.plan.goalAdd}
        </Button>
      </Stack>
    </Section>
  );
}
