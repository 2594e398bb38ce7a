import { Alert, Box, Button, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import type { ProvisionEntry, ProvisionFilter } from '../../../common/api/provisions';
import { formatDateTimeNl, isRealIsoDate } from '../../../common/dates';
import { api, errorMessage } from '../api';
import { DEFAULT_SPREADSHEET_FORMAT, type SpreadsheetFormat } from '../../../common/exchange/table';
import { DateField } from '../components/DateField';
import { placeServerErrors } from '../forms';
import { saveDownload } from './download';
import { FormatChoice } from './FormatChoice';
import { kindLabel, tx } from './texts';

interface FormState {
  kind: string;
  direction: '' | 'in' | 'out';
  from: string;
  to: string;
  q: string;
  dossierId: string;
}
const EMPTY: FormState = { kind: '', direction: '', from: '', to: '', q: '', dossierId: '' };

/** Turns the form into the API filter; a date that names no day is a field message and no request. */
function toFilter(f: FormState): { filter: ProvisionFilter; errors: Partial<Record<keyof FormState, string>> } {
  const errors: Partial<Record<keyof FormState, string>> = {};
  const filter: ProvisionFilter = {};
  if (f.kind) filter.kind = f.kind;
  if (f.direction) filter.direction = f.direction;
  for (const k of ['from', 'to'] as const) {
    if (!f[k].trim()) continue;
    const iso = f[k];
    if (isRealIsoDate(iso)) filter[k] = iso;
    else errors[k] = tx.register.badDate;
  }
  if (f.q.trim()) filter.q = f.q.trim();
  if (f.dossierId.trim()) {
    const n = Number(f.dossierId);
    if (Number.isInteger(n) && n > 0) filter.dossierId = n;
    else errors.dossierId = tx.register.dossier;
  }
  return { filter, errors };
}

export function RegisterPage() {
  const [form, setForm] = useState<FormState>(EMPTY);
  const [format, setFormat] = useState<SpreadsheetFormat>(DEFAULT_SPREADSHEET_FORMAT);
  const [errors, setErrors] = useState<Partial<Record<keyof FormState, string>>>({});
  const [entries, setEntries] = useState<ProvisionEntry[]>([]);
  const [total, setTotal] = useState(0);
  const [kinds, setKinds] = useState<string[]>([]);
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);

  const load = useCallback(async (f: FormState) => {
    const { filter, errors: errs } = toFilter(f);
    setErrors(errs);
    if (Object.keys(errs).length) return null;
    try {
      const r = await api.provisions.list({ ...filter, limit: 500, offset: 0 });
      setEntries(r.entries);
      setTotal(r.total);
      setKinds(r.kinds);
      return filter;
    } catch (err) {
      const placed = placeServerErrors(err, ['kind', 'direction', 'from', 'to', 'q', 'dossierId']);
      setErrors(placed.fields);
      if (placed.general) setMessage({ severity: 'error', text: placed.general });
      return null;
    }
  }, []);

  useEffect(() => {
    void load(EMPTY);
  }, [load]);

  const set = (k: keyof FormState) => (e: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, [k]: e.target.value });

  const exportCsv = async () => {
    setMessage(null);
    const filter = await load(form);
    if (!filter) return;
    try {
      saveDownload(await api.provisions.exportCsv({ ...filter, format }));
      setMessage({ severity: 'success', text: tx.register.exported });
      await load(form);
    } catch (err) {
      setMessage({ severity: 'error', text: errorMessage(err) });
    }
  };

  return (
    <Box>
      <Typography variant="h5" component="h1" gutterBottom>
        {tx.register.title}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {tx.register.intro}
      </Typography>
      <Box
        component="form"
        noValidate
        aria-label={tx.register.apply}
        onSubmit={(e) => {
          e.preventDefault();
          setMessage(null);
          void load(form);
        }}
      >
        <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', mb: 2 }}>
          <TextField select label={tx.register.kind} value={form.kind} onChange={set('kind')} sx={{ minWidth: 240 }} size="small">
            <MenuItem value="">{tx.register.allKinds}</MenuItem>
            {kinds.map((k) => (
              <MenuItem key={k} value={k}>
                {kindLabel(k)}
              </MenuItem>
            ))}
          </TextField>
          <TextField select label={tx.register.direction} value={form.direction} onChange={set('direction')} sx={{ minWidth: 180 }} size="small">
            <MenuItem value="">{tx.register.allDirections}</MenuItem>
            <MenuItem value="out">{tx.register.out}</MenuItem>
            <MenuItem value="in">{tx.register.in}</MenuItem>
          </TextField>
          {(['from', 'to'] as const).map((k) => (
            <DateField key={k} size="small" label={tx.register[k]} value={form[k]} onChange={(v) => setForm((f) => ({ ...f, [k]: v }))} error={errors[k]} />
          ))}
          <TextField size="small" label={tx.register.q} value={form.q} onChange={set('q')} sx={{ minWidth: 260 }} />
          <TextField
            size="small"
            label={tx.register.dossier}
            value={form.dossierId}
            onChange={set('dossierId')}
            error={!!errors.dossierId}
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            sx={{ width: 150 }}
          />
          <Button type="submit" variant="contained">
            {tx.register.apply}
          </Button>
          <Button
            onClick={() => {
              setForm(EMPTY);
              void load(EMPTY);
            }}
          >
            {tx.register.reset}
          </Button>
          <Button variant="outlined" onClick={() => void exportCsv()}>
            {tx.register.export}
          </Button>
          <FormatChoice value={format} onChange={setFormat} />
        </Stack>
      </Box>
      {message && (
        <Alert severity={message.severity} sx={{ mb: 2 }}>
          {message.text}
        </Alert>
      )}
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} aria-live="polite">
        {tx.register.count(entries.length, total)}
      </Typography>
      {entries.length === 0 ? (
        <Alert severity="info">{tx.register.empty}</Alert>
      ) : (
        <Table size="small" aria-label={tx.register.title}>
          <TableHead>
            <TableRow>
              <TableCell>{tx.register.at}</TableCell>
              <TableCell>{tx.register.direction}</TableCell>
              <TableCell>{tx.register.kind}</TableCell>
              <TableCell>{tx.register.what}</TableCell>
              <TableCell>{tx.register.recipient}</TableCell>
              <TableCell>{tx.register.purpose}</TableCell>
              <TableCell>{tx.register.dossiers}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {entries.map((e) => (
              <TableRow key={e.id}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTimeNl(e.at)}</TableCell>
                <TableCell>{e.direction === 'in' ? tx.register.in : tx.register.out}</TableCell>
                <TableCell>{kindLabel(e.kind)}</TableCell>
                <TableCell>{e.what}</TableCell>
                <TableCell>{e.recipient}</TableCell>
                <TableCell>{e.purpose}</TableCell>
                <TableCell>{e.dossierIds.length > 5 ? `${e.dossierIds.length}` : e.dossierIds.join(', ')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
}
