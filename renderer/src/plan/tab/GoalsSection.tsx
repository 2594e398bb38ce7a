import { Alert, Button, List, ListItem, ListItemText, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import type { PlanView } from '../../../../common/plan/types';
import { api } from '../../api';
import { placeServerErrors } from '../../forms';
import { goalStatusLabel, lifeDomainLabel, lifeDomainLabelByKey } from '../../i18n/labels';
import { tp } from '../texts';
import { type Run, Section } from './Section';

/** The goal form's fields, as the main side names them. */
const GOAL_FIELDS = ['text', 'domainKey'];

export function GoalsSection({ plan, run, onPlan }: { plan: PlanView; run: Run; onPlan: (p: PlanView) => void }) {
  const [text, setText] = useState('');
  const [domainKey, setDomainKey] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const add = async () => {
    setErrors({});
    setGeneral(null);
    // Its own call, not run(): a refused goal marks the field it concerns.
    try {
      onPlan(await api.plans.addGoal({ dossierId: plan.dossierId, domainKey: domainKey || null, text }));
      setText('');
    } catch (err) {
      const placed = placeServerErrors(err, GOAL_FIELDS);
      setErrors(placed.fields);
      setGeneral(placed.general);
    }
  };
  return (
    <Section title={tp.plan.goalsHeading} testId="goals">
      {general && (
        <Alert severity="error" sx={{ mb: 1 }}>
          {general}
        </Alert>
      )}
      {plan.goals.length === 0 ? (
        <Typography color="text.secondary">{tp.plan.goalNone}</Typography>
      ) : (
        <List dense>
          {plan.goals.map((g) => (
            <ListItem
              key={g.id}
              disableGutters
              secondaryAction={
                g.status === 'open' ? (
                  <>
                    <Button size="small" onClick={() => void run(() => api.plans.updateGoal({ id: g.id, status: 'bereikt' }))}>
                      {tp.plan.goalAchieved}
                    </Button>
                    <Button size="small" onClick={() => void run(() => api.plans.updateGoal({ id: g.id, status: 'vervallen' }))}>
                      {tp.plan.goalDropped}
                    </Button>
                  </>
                ) : (
                  <Button size="small" onClick={() => void run(() => api.plans.updateGoal({ id: g.id, status: 'open' }))}>
                    {tp.plan.goalReopen}
                  </Button>
                )
              }
            >
              <ListItemText
                primary={g.text}
                secondary={`${g.domainKey ? lifeDomainLabelByKey(plan.lifeDomains, g.domainKey) : tp.common.noDomain} · ${goalStatusLabel(g.status)}`}
                sx={{ textDecoration: g.status === 'open' ? 'none' : 'line-through', pr: 24 }}
              />
            </ListItem>
          ))}
        </List>
      )}
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={1}>
        <TextField
          size="small"
          label={tp.plan.goalText}
          value={text}
          onChange={(e) => setText(e.target.value)}
          sx={{ flex: 1 }}
          error={!!errors['text']}
          helperText={errors['text']}
        />
        <TextField
          select
          size="small"
          label={tp.action.domain}
          value={domainKey}
          onChange={(e) => setDomainKey(e.target.value)}
          sx={{ minWidth: 200 }}
          error={!!errors['domainKey']}
          helperText={errors['domainKey']}
        >
          <MenuItem value="">{tp.common.noDomain}</MenuItem>
          {plan.lifeDomains
            .filter((d) => d.active)
            .map((d) => (
              <MenuItem key={d.key} value={d.key}>
                {lifeDomainLabel(d)}
              </MenuItem>
            ))}
        </TextField>
        <Button variant="outlined" disabled={!text.trim()} onClick={() => void add()}>
          {tp.plan.goalAdd}
        </Button>
      </Stack>
    </Section>
  );
}
