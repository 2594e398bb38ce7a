import { Box, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, FormHelperText, Stack, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { z } from 'zod';
import { retentionArea } from '../../../common/api/retention';
import { formatDateNl } from '../../../common/dates';
import { settingsSchema } from '../../../common/settings';
import { api } from '../api';
import { DataTable } from '../components/DataTable';
import { FormText } from '../components/FormText';
import { NoticeAlert } from '../components/NoticeAlert';
import { ScreenHeading } from '../components/ScreenHeading';
import { useApiData } from '../hooks/useApiData';
import { useApiForm } from '../hooks/useApiForm';
import { rt } from './texts';

/** The retention period as typed (text from the number field), checked by the settings' own rule. */
const yearsFields = z.object({ retentionYears: z.coerce.number().pipe(settingsSchema.shape.retentionYears) });

/**
 * The chosen dossiers and the typed count, checked by the contract's destroy rule (the count must match the choice).
 * Text that is no number counts as 0, which never matches a choice, so it gets the rule's own message.
 */
const destroyFields = z.preprocess(
  (v) => (v && typeof v === 'object' && 'confirmCount' in v ? { ...v, confirmCount: Number(v.confirmCount) || 0 } : v),
  retentionArea.destroy.input,
);

export function RetentionPage() {
  const overview = useApiData(() => api.retention.proposals({}));
  const o = overview.data;
  const years = useApiForm(yearsFields, { retentionYears: '' });
  const destroying = useApiForm(destroyFields, { ids: [] as number[], confirmCount: '' });
  const [confirming, setConfirming] = useState(false);
  const selected = destroying.form.watch('ids');

  // Each reading proposes every candidate and shows the period it was made with.
  const { reset: resetYears } = years.form;
  const { reset: resetDestroy } = destroying.form;
  useEffect(() => {
    if (!o) return;
    resetYears({ retentionYears: String(o.retentionYears) });
    resetDestroy({ ids: o.candidates.map((c) => c.id), confirmCount: '' });
  }, [o, resetYears, resetDestroy]);

  // One message at a time: the latest action's (a refused count stays on its field in the dialog).
  const saveYears = years.form.handleSubmit(async (v) => {
    destroying.setNotice(null);
    const r = await years.run(
      () => api.settings.update(v),
      () => rt.yearsSaved,
    );
    if (r.ok) await overview.refresh();
  });
  const destroy = destroying.form.handleSubmit(async (v) => {
    years.setNotice(null);
    const r = await destroying.run(
      () => api.retention.destroy(v),
      (done) => rt.destroyed(done.destroyed),
    );
    if (r.ok) await overview.refresh();
  });
  // A refusal that is not about the typed count (or the success) is read on the page, not in the dialog.
  useEffect(() => {
    if (destroying.notice) setConfirming(false);
  }, [destroying.notice]);

  const choose = (ids: number[]) => destroying.form.setValue('ids', ids);
  const toggle = (id: number) => choose(selected.includes(id) ? selected.filter((x) => x !== id) : [...selected, id]);
  const idsError = destroying.form.formState.errors.ids?.message;
  const notice = overview.error ? { severity: 'error' as const, text: overview.error } : (destroying.notice ?? years.notice);

  return (
    <Box sx={{ maxWidth: 900 }}>
      <ScreenHeading title={rt.title} />
      <Stack spacing={2}>
        <NoticeAlert notice={notice} role={notice?.severity === 'error' ? 'alert' : 'status'} />
        {o && <Typography color="text.secondary">{rt.intro(o.retentionYears, formatDateNl(o.cutoff))}</Typography>}
        <Stack direction="row" spacing={2} component="form" noValidate onSubmit={(e) => void saveYears(e)} sx={{ alignItems: 'flex-start' }}>
          <FormText
            form={years.bind}
            name="retentionYears"
            label={rt.yearsLabel}
            type="number"
            size="small"
            fullWidth={false}
            slotProps={{ htmlInput: { min: 1, max: 20 }, inputLabel: { shrink: true } }}
          />
          <Button type="submit" variant="outlined" disabled={years.busy}>
            {rt.yearsSave}
          </Button>
        </Stack>
        {o && o.candidates.length === 0 && <Typography>{rt.none}</Typography>}
        {o && o.candidates.length > 0 && (
          <>
            <DataTable
              aria-label={rt.title}
              rows={o.candidates}
              rowKey={(c) => c.id}
              rowProps={() => ({ 'data-testid': 'retention-row' })}
              empty={rt.none}
              columns={[
                {
                  label: (
                    <Checkbox
                      checked={selected.length === o.candidates.length}
                      indeterminate={selected.length > 0 && selected.length < o.candidates.length}
                      onChange={(e) => choose(e.target.checked ? o.candidates.map((c) => c.id) : [])}
                      slotProps={{ input: { 'aria-label': rt.selectAll } }}
                    />
                  ),
                  padding: 'checkbox',
                  cell: (c) => <Checkbox checked={selected.includes(c.id)} onChange={() => toggle(c.id)} slotProps={{ input: { 'aria-label': c.name } }} />,
                },
                { label: rt.colName, cell: (c) => c.name },
                { label: rt.colClosed, cell: (c) => formatDateNl(c.closedAt) },
              ]}
            />
            {idsError && <FormHelperText error>{idsError}</FormHelperText>}
            <Box>
              <Button variant="contained" color="error" disabled={selected.length === 0} onClick={() => setConfirming(true)}>
                {rt.destroy(selected.length)}
              </Button>
            </Box>
          </>
        )}
      </Stack>
      <Dialog open={confirming} onClose={() => setConfirming(false)} aria-labelledby="destroy-title">
        <Box component="form" noValidate onSubmit={(e) => void destroy(e)}>
          <DialogTitle id="destroy-title">{rt.confirmTitle}</DialogTitle>
          <DialogContent>
            <DialogContentText sx={{ mb: 2 }}>{rt.confirmText(selected.length)}</DialogContentText>
            <FormText form={destroying.bind} name="confirmCount" label={rt.confirmLabel} autoFocus />
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setConfirming(false)}>{rt.cancel}</Button>
            <Button type="submit" variant="contained" color="error" disabled={destroying.busy}>
              {rt.confirm}
            </Button>
          </DialogActions>
        </Box>
      </Dialog>
    </Box>
  );
}
