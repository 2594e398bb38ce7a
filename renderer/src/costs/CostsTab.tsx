import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Paper, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { localTodayIso } from '../../../common/calendar';
import { COST_CATEGORIES, type CostCategory } from '../../../common/costs/categories';
import type { CostView } from '../../../common/costs/budget';
import { costFormSchema, type CostFormOutput } from '../../../common/costs/schema';
import { formatDateNl } from '../../../common/dates';
import { euroInputText, formatEuroCents } from '../../../common/money';
import { api } from '../api';
import { SubmitButton } from '../a11y/SubmitButton';
import { DataTable } from '../components/DataTable';
import { FormDate } from '../components/DateField';
import { FormSelect } from '../components/FormSelect';
import { FormText } from '../components/FormText';
import { NoticeAlert } from '../components/NoticeAlert';
import { schemaResolver } from '../dossiers/resolver';
import { applyServerErrors } from '../forms';
import { useApiAction } from '../hooks/useApiAction';
import { useApiData } from '../hooks/useApiData';
import { costCategoryLabel } from '../i18n/labels';
import { ct } from './texts';

type Values = { date: string; category: CostCategory | ''; amountCents: string; note: string };
const FIELDS = ['date', 'category', 'amountCents', 'note'] as const;

const describe = (c: CostView) => `${formatDateNl(c.date)} ${costCategoryLabel(c.category)} ${formatEuroCents(c.amountCents)}`;

/** The costs the municipality paid for this client: add, change and remove, with the total. */
export function CostsTab({ dossierId, onChanged }: { dossierId: number; onChanged?: () => void }) {
  const { data, error, setData } = useApiData(() => api.costs.list({ dossierId }), dossierId);
  const empty = (): Values => ({ date: localTodayIso(), category: '', amountCents: '', note: '' });
  const form = useForm<Values, unknown, CostFormOutput>({ resolver: schemaResolver(costFormSchema), defaultValues: empty() });
  const [editing, setEditing] = useState<CostView | null>(null);
  const [removing, setRemoving] = useState<CostView | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const removal = useApiAction();

  const startEdit = (c: CostView) => {
    setEditing(c);
    setDone(null);
    setFormError(null);
    form.reset({ date: c.date, category: c.category, amountCents: euroInputText(c.amountCents), note: c.note });
  };
  const stopEdit = () => {
    setEditing(null);
    form.reset(empty());
  };

  const submit = form.handleSubmit(async (v) => {
    setFormError(null);
    setDone(null);
    try {
      const next = editing ? await api.costs.update({ id: editing.id, ...v }) : await api.costs.add({ dossierId, ...v });
      setData(next);
      setDone(editing ? ct.saved : ct.added);
      setEditing(null);
      form.reset(empty());
      onChanged?.();
    } catch (err) {
      setFormError(applyServerErrors(err, form.setError, FIELDS));
    }
  });

  async function confirmRemove() {
    const c = removing;
    if (!c) return;
    const r = await removal.run(
      () => api.costs.remove({ id: c.id }),
      () => ct.removed,
    );
    setRemoving(null);
    if (r.ok) {
      setData(r.value);
      if (editing?.id === c.id) stopEdit();
      onChanged?.();
    }
  }

  return (
    <Stack spacing={2} sx={{ maxWidth: 960 }}>
      <Typography color="text.secondary">{ct.intro}</Typography>
      <Paper variant="outlined" component="form" noValidate onSubmit={submit} sx={{ p: 2 }} aria-label={editing ? ct.editTitle : ct.add}>
        {editing && (
          <Typography variant="subtitle1" component="h2" sx={{ mb: 1 }}>
            {ct.editTitle}
          </Typography>
        )}
        {formError && <Alert severity="error">{formError}</Alert>}
        {done && (
          <Alert severity="success" role="status" sx={{ mb: 1 }}>
            {done}
          </Alert>
        )}
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mt: 1 }}>
          <Box sx={{ minWidth: 220 }}>
            <FormDate form={form} name="date" label={ct.date} />
          </Box>
          <FormSelect
            form={form}
            name="category"
            label={ct.category}
            options={COST_CATEGORIES}
            optionLabel={costCategoryLabel}
            fullWidth={false}
            sx={{ minWidth: 240 }}
          />
          <FormText
            form={form}
            name="amountCents"
            label={ct.amount}
            sx={{ maxWidth: 180 }}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { inputMode: 'decimal' } }}
          />
        </Stack>
        <Box sx={{ mt: 2 }}>
          <FormText form={form} name="note" label={ct.note} />
        </Box>
        <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
          <SubmitButton busy={form.formState.isSubmitting}>{editing ? ct.save : ct.add}</SubmitButton>
          {editing && <Button onClick={stopEdit}>{ct.cancel}</Button>}
        </Stack>
      </Paper>
      {error && <Alert severity="error">{error}</Alert>}
      <NoticeAlert notice={removal.notice} />
      {data && (
        <>
          <DataTable
            aria-label={ct.listLabel}
            rows={data.items}
            rowKey={(c) => c.id}
            empty={ct.none}
            columns={[
              { label: ct.date.replace(/ \(.*\)$/, ''), cell: (c) => formatDateNl(c.date) },
              { label: ct.category, cell: (c) => costCategoryLabel(c.category) },
              { label: ct.amount.replace(/ \(.*\)$/, ''), align: 'right', cell: (c) => formatEuroCents(c.amountCents) },
              { label: ct.note, cell: (c) => c.note },
              {
                label: '',
                cell: (c) => (
                  <Stack direction="row" spacing={1}>
                    <Button size="small" aria-label={ct.editLabel(describe(c))} onClick={() => startEdit(c)}>
                      {ct.edit}
                    </Button>
                    <Button size="small" color="error" aria-label={ct.removeLabel(describe(c))} onClick={() => setRemoving(c)}>
                      {ct.remove}
                    </Button>
                  </Stack>
                ),
              },
            ]}
          />
          {data.items.length > 0 && (
            <Typography variant="subtitle1" role="status" aria-live="polite">
              {ct.total}: {formatEuroCents(data.totalCents)}
            </Typography>
          )}
        </>
      )}
      <Dialog open={!!removing} onClose={() => setRemoving(null)} aria-labelledby="cost-remove-title">
        <DialogTitle id="cost-remove-title">{ct.confirmTitle}</DialogTitle>
        <DialogContent>
          <DialogContentText>{removing ? ct.confirmText(describe(removing)) : ''}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setRemoving(null)}>{ct.cancel}</Button>
          <Button color="error" variant="contained" onClick={() => void confirmRemove()} disabled={removal.busy}>
            {ct.remove}
          </Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
}
