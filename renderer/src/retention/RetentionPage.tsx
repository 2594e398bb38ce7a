import {
  Alert,
  Box,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import type { RetentionOverview } from '../../../common/api/retention';
import { formatDateNl } from '../../../common/dates';
import { api, errorMessage } from '../api';
import { placeServerErrors } from '../forms';
import { DataTable } from '../components/DataTable';
import { rt } from './texts';
import { ScreenHeading } from '../components/ScreenHeading';

export function RetentionPage() {
  const [overview, setOverview] = useState<RetentionOverview | null>(null);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [years, setYears] = useState('');
  const [yearsError, setYearsError] = useState<string | null>(null);
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const [typedError, setTypedError] = useState<string | null>(null);

  const load = useCallback(async () => {
    const o = await api.retention.proposals({});
    setOverview(o);
    setYears(String(o.retentionYears));
    setSelected(new Set(o.candidates.map((c) => c.id)));
  }, []);
  useEffect(() => {
    load().catch((err: unknown) => setMessage({ severity: 'error', text: errorMessage(err) }));
  }, [load]);

  const saveYears = async () => {
    setYearsError(null);
    try {
      await api.settings.update({ retentionYears: Number(years) });
      setMessage({ severity: 'success', text: rt.yearsSaved });
      await load();
    } catch (err) {
      const placed = placeServerErrors(err, ['retentionYears']);
      if (placed.fields['retentionYears']) setYearsError(placed.fields['retentionYears']);
      if (placed.general) setMessage({ severity: 'error', text: placed.general });
    }
  };

  const destroy = async () => {
    setTypedError(null);
    try {
      const r = await api.retention.destroy({ ids: [...selected], confirmCount: Number(typed) });
      setConfirming(false);
      setTyped('');
      setMessage({ severity: 'success', text: rt.destroyed(r.destroyed) });
      await load();
    } catch (err) {
      const placed = placeServerErrors(err, ['confirmCount']);
      if (placed.fields['confirmCount']) setTypedError(placed.fields['confirmCount']);
      if (placed.general) {
        setConfirming(false);
        setMessage({ severity: 'error', text: placed.general });
      }
    }
  };

  const toggle = (id: number) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <Box sx={{ maxWidth: 900 }}>
      <ScreenHeading title={rt.title} />
      <Stack spacing={2}>
        {message && (
          <Alert severity={message.severity} role={message.severity === 'error' ? 'alert' : 'status'}>
            {message.text}
          </Alert>
        )}
        {overview && <Typography color="text.secondary">{rt.intro(overview.retentionYears, formatDateNl(overview.cutoff))}</Typography>}
        <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
          <TextField
            label={rt.yearsLabel}
            type="number"
            size="small"
            value={years}
            onChange={(e) => setYears(e.target.value)}
            error={!!yearsError}
            helperText={yearsError ?? ' '}
            slotProps={{ htmlInput: { min: 1, max: 20 }, inputLabel: { shrink: true } }}
          />
          <Button variant="outlined" onClick={() => void saveYears()}>
            {rt.yearsSave}
          </Button>
        </Stack>
        {overview && overview.candidates.length === 0 && <Typography>{rt.none}</Typography>}
        {overview && overview.candidates.length > 0 && (
          <>
            <DataTable
              aria-label={rt.title}
              rows={overview.candidates}
              rowKey={(c) => c.id}
              rowProps={() => ({ 'data-testid': 'retention-row' })}
              empty={rt.none}
              columns={[
                {
                  label: (
                    <Checkbox
                      checked={selected.size === overview.candidates.length}
                      indeterminate={selected.size > 0 && selected.size < overview.candidates.length}
                      onChange={(e) => setSelected(new Set(e.target.checked ? overview.candidates.map((c) => c.id) : []))}
                      slotProps={{ input: { 'aria-label': rt.selectAll } }}
                    />
                  ),
                  padding: 'checkbox',
                  cell: (c) => <Checkbox checked={selected.has(c.id)} onChange={() => toggle(c.id)} slotProps={{ input: { 'aria-label': c.name } }} />,
                },
                { label: rt.colName, cell: (c) => c.name },
                { label: rt.colClosed, cell: (c) => formatDateNl(c.closedAt) },
              ]}
            />
            <Box>
              <Button variant="contained" color="error" disabled={selected.size === 0} onClick={() => setConfirming(true)}>
                {rt.destroy(selected.size)}
              </Button>
            </Box>
          </>
        )}
      </Stack>
      <Dialog open={confirming} onClose={() => setConfirming(false)} aria-labelledby="destroy-title">
        <DialogTitle id="destroy-title">{rt.confirmTitle}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{rt.confirmText(selected.size)}</DialogContentText>
          <TextField
            label={rt.confirmLabel}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            error={!!typedError}
            helperText={typedError ?? ' '}
            fullWidth
            autoFocus
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirming(false)}>{rt.cancel}</Button>
          <Button variant="contained" color="error" onClick={() => void destroy()}>
            {rt.confirm}
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}
