import { Alert, Box, Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import type { ProvisionEntry, ProvisionFilter } from '../../../common/api/provisions';
import { formatDateTimeNl, isRealIsoDate } from '../../../common/dates';
import { api } from '../api';
import { DEFAULT_SPREADSHEET_FORMAT, type SpreadsheetFormat } from '../../../common/exchange/table';
import { DateField } from '../components/DateField';
import { DataTable } from '../components/DataTable';
import { NoticeAlert } from '../components/NoticeAlert';
import { useApiAction } from '../hooks/useApiAction';
import { saveDownload } from './download';
import { FormatChoice } from './FormatChoice';
import { provisionKindLabel as kindLabel } from '../i18n/labels';
import { tx } from './texts';
import { ScreenHeading } from '../components/ScreenHeading';

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

const REGISTER_FIELDS = ['kind', 'direction', 'from', 'to', 'q', 'dossierId'];

export function RegisterPage() {
  const [form, setForm] = useState<FormState>(EMPTY);
  const [format, setFormat] = useState<SpreadsheetFormat>(DEFAULT_SPREADSHEET_FORMAT);
  const [badFields, setBadFields] = useState<Partial<Record<keyof FormState, string>>>({});
  const [entries, setEntries] = useState<ProvisionEntry[]>([]);
  const [total, setTotal] = useState(0);
  const [kinds, setKinds] = useState<string[]>([]);
  const reading = useApiAction(REGISTER_FIELDS, { quietWhenPlaced: true });
  const exporting = useApiAction();
  const errors: Partial<Record<string, string>> = { ...reading.fields, ...badFields };
  const notice = exporting.notice ?? reading.notice;

  const { run: read } = reading;
  const load = useCallback(
    async (f: FormState) => {
      const { filter, errors: errs } = toFilter(f);
      setBadFields(errs);
      if (Object.keys(errs).length) return null;
      const r = await read(() => api.provisions.list({ ...filter, limit: 500, offset: 0 }));
      if (!r.ok) return null;
      setEntries(r.value.entries);
      setTotal(r.value.total);
      setKinds(r.value.kinds);
      return filter;
    },
    [read],
  );

  useEffect(() => {
    void load(EMPTY);
  }, [load]);

  const set = (k: keyof FormState) => (e: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, [k]: e.target.value });

  const exportCsv = async () => {
    exporting.setNotice(null);
    const filter = await load(form);
    if (!filter) return;
    const r = await exporting.run(
      () => api.provisions.exportCsv({ ...filter, format }),
      (file) => {
        saveDownload(file);
        return tx.register.exported;
      },
    );
    if (r.ok) await load(form);
  };

  return (
    <Box>
      <ScreenHeading title={tx.register.title} intro={tx.register.intro} />
      <Box
        component="form"
        noValidate
        aria-label={tx.register.apply}
        onSubmit={(e) => {
          e.preventDefault();
          exporting.setNotice(null);
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
      {notice && (
        <Box sx={{ mb: 2 }}>
          <NoticeAlert notice={notice} />
        </Box>
      )}
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} aria-live="polite">
        {tx.register.count(entries.length, total)}
      </Typography>
      {entries.length === 0 ? (
        <Alert severity="info">{tx.register.empty}</Alert>
      ) : (
        <DataTable
          aria-label={tx.register.title}
          rows={entries}
          rowKey={(e) => e.id}
          empty={tx.register.empty}
          columns={[
            {
              label: tx.register.at,
              cell: (e) => (
                <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
                  {formatDateTimeNl(e.at)}
                </Box>
              ),
            },
            { label: tx.register.direction, cell: (e) => (e.direction === 'in' ? tx.register.in : tx.register.out) },
            { label: tx.register.kind, cell: (e) => kindLabel(e.kind) },
            { label: tx.register.what, cell: (e) => e.what },
            { label: tx.register.recipient, cell: (e) => e.recipient },
            { label: tx.register.purpose, cell: (e) => e.purpose },
            { label: tx.register.dossiers, cell: (e) => (e.dossierIds.length > 5 ? `${e.dossierIds.length}` : e.dossierIds.join(', ')) },
          ]}
        />
      )}
    </Box>
  );
}
