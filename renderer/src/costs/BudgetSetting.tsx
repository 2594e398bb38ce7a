import { Alert, Box, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { localTodayIso } from '../../../common/calendar';
import { COST_CATEGORIES, type CostCategory } from '../../../common/costs/categories';
import { budgetFormSchema, type BudgetFormOutput, type CostBudgets } from '../../../common/costs/schema';
import { euroInputText } from '../../../common/money';
import { api } from '../api';
import { SubmitButton } from '../a11y/SubmitButton';
import { FormText } from '../components/FormText';
import { schemaResolver } from '../dossiers/resolver';
import { applyServerErrors } from '../forms';
import { costCategoryLabel } from '../i18n/labels';
import { BudgetOverview } from './BudgetOverview';
import { ct } from './texts';

type Values = Record<CostCategory, string>;

function valuesOf(budgets: CostBudgets, year: number): Values {
  const y = budgets[String(year)] ?? {};
  return Object.fromEntries(COST_CATEGORIES.map((c) => [c, y[c] === undefined ? '' : euroInputText(y[c])])) as Values;
}

/** Instellingen: the yearly budget per kind of cost, and for that year what was spent against it. */
export function BudgetSetting({ budgets }: { budgets: CostBudgets }) {
  const thisYear = Number(localTodayIso().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [saved, setSaved] = useState(budgets);
  const [notice, setNotice] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const [version, setVersion] = useState(0);
  const form = useForm<Values, unknown, BudgetFormOutput>({ resolver: schemaResolver(budgetFormSchema), defaultValues: valuesOf(budgets, thisYear) });
  const { reset } = form;
  useEffect(() => reset(valuesOf(saved, year)), [saved, year, reset]);

  const submit = form.handleSubmit(async (v) => {
    setNotice(null);
    const forYear = Object.fromEntries(Object.entries(v).filter(([, cents]) => cents !== null)) as Partial<Record<CostCategory, number>>;
    const next: CostBudgets = { ...saved, [String(year)]: forYear };
    try {
      const s = await api.settings.update({ costBudgets: next });
      setSaved(s.costBudgets);
      setVersion((n) => n + 1);
      setNotice({ severity: 'success', text: ct.budget.saved });
    } catch (err) {
      const text = applyServerErrors(err, form.setError, []);
      if (text) setNotice({ severity: 'error', text });
    }
  });

  const years = [thisYear - 2, thisYear - 1, thisYear, thisYear + 1];
  return (
    <Box component="section" aria-labelledby="budget-title">
      <Typography variant="h6" component="h2" id="budget-title">
        {ct.budget.title}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {ct.budget.help}
      </Typography>
      <Box component="form" noValidate onSubmit={submit}>
        <Stack spacing={2}>
          {notice && (
            <Alert severity={notice.severity} role={notice.severity === 'error' ? 'alert' : 'status'}>
              {notice.text}
            </Alert>
          )}
          <TextField
            select
            label={ct.budget.year}
            value={year}
            onChange={(e) => {
              setNotice(null);
              setYear(Number(e.target.value));
            }}
            sx={{ maxWidth: 160 }}
            slotProps={{ inputLabel: { shrink: true } }}
          >
            {years.map((y) => (
              <MenuItem key={y} value={y}>
                {y}
              </MenuItem>
            ))}
          </TextField>
          {COST_CATEGORIES.map((c) => (
            <FormText
              key={c}
              form={form}
              name={c}
              label={ct.budget.amount(costCategoryLabel(c))}
              sx={{ maxWidth: 360 }}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { inputMode: 'decimal' } }}
            />
          ))}
          <SubmitButton sx={{ alignSelf: 'flex-start' }} busy={form.formState.isSubmitting}>
            {ct.budget.save}
          </SubmitButton>
        </Stack>
      </Box>
      <Box sx={{ mt: 3 }}>
        <BudgetOverview key={version} year={year} />
      </Box>
    </Box>
  );
}
