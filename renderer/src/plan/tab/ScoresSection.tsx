import { Box, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { SparkLineChart } from '@mui/x-charts/SparkLineChart';
import { z } from 'zod';
import { addScoreSchema } from '../../../../common/api/plans';
import { formatDateNl } from '../../../../common/dates';
import type { PlanView } from '../../../../common/plan/types';
import { api } from '../../api';
import { FormChoice } from '../../components/ChoiceSelect';
import { FormDate } from '../../components/DateField';
import { FormText } from '../../components/FormText';
import { NoticeAlert } from '../../components/NoticeAlert';
import { useApiForm } from '../../hooks/useApiForm';
import { lifeDomainLabel, scoreLabel } from '../../i18n/labels';
import { FormDomainChoice } from '../DomainChoice';
import { tp } from '../texts';
import { Section } from './Section';

/** The score form's fields, checked by the contract's rules; the chosen score arrives from the list as text. */
const scoreFields = addScoreSchema
  .pick({ domainKey: true, assessedOn: true, note: true })
  .extend({ score: z.coerce.number().pipe(addScoreSchema.shape.score) });

/** The scores to choose from, as the list holds them, and each in words. */
const SCORES = ['1', '2', '3', '4', '5'] as const;
const scoreText = (n: string) => `${n} — ${scoreLabel(Number(n))}`;

export function ScoresSection({ plan, onPlan }: { plan: PlanView; onPlan: (p: PlanView) => void }) {
  const active = plan.lifeDomains.filter((d) => d.active || plan.scores.some((s) => s.domainKey === d.key));
  const choosable = plan.lifeDomains.filter((d) => d.active);
  // Its own call, not run(): a refused score marks the field it concerns.
  const { form, bind, run, notice } = useApiForm(scoreFields, { domainKey: '', score: '3', assessedOn: plan.today, note: '' });
  const add = form.handleSubmit(async (v) => {
    const done = await run(() => api.plans.addScore({ dossierId: plan.dossierId, ...v }));
    if (!done.ok) return;
    onPlan(done.value);
    form.setValue('note', '');
  });
  return (
    <Section title={tp.plan.scoresHeading} testId="scores">
      <NoticeAlert notice={notice} sx={{ mb: 1 }} />
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: 1.5, mb: 2 }}>
        {active.map((d) => {
          const history = plan.scores.filter((s) => s.domainKey === d.key);
          const last = history.at(-1);
          return (
            <Card key={d.key} variant="outlined" data-testid={`domain-${d.key}`}>
              <CardContent sx={{ p: 1.5, '&:last-child': { pb: 1.5 } }}>
                <Typography variant="subtitle2" component="h3">
                  {lifeDomainLabel(d)}
                </Typography>
                {last ? (
                  <>
                    <Typography variant="body2">
                      <strong>{last.score}</strong> — {scoreLabel(last.score)} ({formatDateNl(last.assessedOn)})
                    </Typography>
                    {/* The note typed with the score, so it is found back where the score shows. */}
                    {last.note && (
                      <Typography variant="body2" color="text.secondary">
                        {last.note}
                      </Typography>
                    )}
                  </>
                ) : (
                  <Typography variant="body2" color="text.secondary">
                    {tp.plan.scoreNone}
                  </Typography>
                )}
                {history.length > 1 && (
                  <Box role="img" aria-label={`${tp.plan.scoreChart(lifeDomainLabel(d))}: ${history.map((h) => h.score).join(', ')}`}>
                    <SparkLineChart data={history.map((h) => h.score)} height={40} yAxis={{ min: 1, max: 5 }} showHighlight showTooltip />
                  </Box>
                )}
              </CardContent>
            </Card>
          );
        })}
      </Box>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={1} sx={{ alignItems: 'flex-start' }}>
        <FormDomainChoice form={bind} name="domainKey" label={tp.plan.scoreDomain} size="small" sx={{ minWidth: 220 }} domains={choosable} />
        <FormChoice form={bind} name="score" label={tp.plan.scoreValue} size="small" sx={{ minWidth: 220 }} options={SCORES} labelOf={scoreText} />
        <FormDate form={bind} name="assessedOn" label={tp.plan.scoreDate} size="small" fullWidth={false} sx={{ minWidth: 180 }} />
        <FormText form={bind} name="note" label={tp.plan.scoreNote} size="small" fullWidth={false} />
        <Button variant="outlined" onClick={() => void add()}>
          {tp.plan.scoreAdd}
        </Button>
      </Stack>
    </Section>
  );
}
