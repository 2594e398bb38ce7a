import { Alert, Box, Button, Card, CardContent, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { SparkLineChart } from '@mui/x-charts/SparkLineChart';
import { useState } from 'react';
import { formatDateNl } from '../../../../common/dates';
import type { PlanView } from '../../../../common/plan/types';
import { api } from '../../api';
import { DateField } from '../../components/DateField';
import { placeServerErrors } from '../../forms';
import { lifeDomainLabel, scoreLabel } from '../../i18n/labels';
import { tp } from '../texts';
import { Section } from './Section';

/** The score form's fields, as the main side names them. */
const SCORE_FIELDS = ['domainKey', 'score', 'assessedOn', 'note'];

export function ScoresSection({ plan, onPlan }: { plan: PlanView; onPlan: (p: PlanView) => void }) {
  const active = plan.lifeDomains.filter((d) => d.active || plan.scores.some((s) => s.domainKey === d.key));
  const [form, setForm] = useState({ domainKey: '', score: '3', assessedOn: plan.today, note: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const add = async () => {
    setErrors({});
    setGeneral(null);
    if (!form.domainKey) return setErrors({ domainKey: tp.plan.scoreDomainMissing });
    // Its own call, not run(): a refused score marks the field it concerns.
    try {
      onPlan(
        await api.plans.addScore({
          dossierId: plan.dossierId,
          domainKey: form.domainKey,
          score: Number(form.score),
          assessedOn: form.assessedOn,
          note: form.note,
        }),
      );
      setForm((f) => ({ ...f, note: '' }));
    } catch (err) {
      const placed = placeServerErrors(err, SCORE_FIELDS);
      setErrors(placed.fields);
      setGeneral(placed.general);
    }
  };
  return (
    <Section title={tp.plan.scoresHeading} testId="scores">
      {general && (
        <Alert severity="error" sx={{ mb: 1 }}>
          {general}
        </Alert>
      )}
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
        <TextField
          select
          size="small"
          label={tp.plan.scoreDomain}
          value={form.domainKey}
          onChange={(e) => setForm({ ...form, domainKey: e.target.value })}
          sx={{ minWidth: 220 }}
          error={!!errors['domainKey']}
          helperText={errors['domainKey']}
        >
          {plan.lifeDomains
            .filter((d) => d.active)
            .map((d) => (
              <MenuItem key={d.key} value={d.key}>
                {lifeDomainLabel(d)}
              </MenuItem>
            ))}
        </TextField>
        <TextField
          select
          size="small"
          label={tp.plan.scoreValue}
          value={form.score}
          onChange={(e) => setForm({ ...form, score: e.target.value })}
          sx={{ minWidth: 220 }}
          error={!!errors['score']}
          helperText={errors['score']}
        >
          {[1, 2, 3, 4, 5].map((n) => (
            <MenuItem key={n} value={String(n)}>
              {n} — {scoreLabel(n)}
            </MenuItem>
          ))}
        </TextField>
        <DateField
          size="small"
          label={tp.plan.scoreDate}
          value={form.assessedOn}
          onChange={(assessedOn) => setForm({ ...form, assessedOn })}
          error={errors['assessedOn']}
          sx={{ minWidth: 180 }}
        />
        <TextField
          size="small"
          label={tp.plan.scoreNote}
          value={form.note}
          onChange={(e) => setForm({ ...form, note: e.target.value })}
          error={!!errors['note']}
          helperText={errors['note']}
        />
        <Button variant="outlined" onClick={() => void add()}>
          {tp.plan.scoreAdd}
        </Button>
      </Stack>
    </Section>
  );
}
