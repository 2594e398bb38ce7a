import { Alert, Box, Button, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import type { AuditEntry } from '../../../common/api/settings';
import { flattenDetail } from '../../../common/audit-csv';
import { formatDateTimeNl } from '../../../common/dates';
import { api } from '../api';
import { DEFAULT_SPREADSHEET_FORMAT, type SpreadsheetFormat } from '../../../common/exchange/table';
import { saveDownload } from '../exchange/download';
import { FormatChoice } from '../exchange/FormatChoice';
import { DateField } from '../components/DateField';
import { placeServerErrors } from '../forms';
import { at, eventLabel } from '../audit/texts';
import { t } from '../texts';

const PAGE = 100;

interface Filter {
  event: string;
  from: string;
  to: string;
}
const NO_FILTER: Filter = { event: '', from: '', to: '' };

/** Only the filled-in filters go to the main side. */
function toInput(f: Filter) {
  return { ...(f.event ? { event: f.event } : {}), ...(f.from ? { from: f.from } : {}), ...(f.to ? { to: f.to } : {}) };
}

export function AuditPage() {
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [total, setTotal] = useState(0);
  const [events, setEvents] = useState<string[]>([]);
  const [draft, setDraft] = useState<Filter>(NO_FILTER);
  const [filter, setFilter] = useState<Filter>(NO_FILTER);
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const [format, setFormat] = useState<SpreadsheetFormat>(DEFAULT_SPREADSHEET_FORMAT);

  const load = useCallback(async (f: Filter, offset: number) => {
    const r = await api.audit.list({ limit: PAGE, offset, ...toInput(f) });
    setEntries((prev) => (offset === 0 ? r.entries : [...prev, ...r.entries]));
    setTotal(r.total);
  }, []);

  const [fields, setFields] = useState<Record<string, string>>({});
  const refused = (err: unknown) => {
    const placed = placeServerErrors(err, ['event', 'from', 'to']);
    setFields(placed.fields);
    if (placed.general) setMessage({ severity: 'error', text: placed.general });
  };
  useEffect(() => {
    setFields({});
    load(filter, 0).catch(refused);
  }, [filter, load]);
  useEffect(() => {
    api.audit.events({}).then(
      (r) => setEvents(r.events),
      () => undefined,
    );
  }, []);

  const exportCsv = async () => {
    setMessage(null);
    try {
      const r = await api.audit.export({ ...toInput(filter), format });
      saveDownload(r);
      setMessage({ severity: 'success', text: at.exported(r.rows) });
      await load(filter, 0);
    } catch (err) {
      refused(err);
    }
  };

  return (
    <Box>
      <Typography variant="h5" component="h1" gutterBottom>
        {t.audit.title}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t.audit.intro}
      </Typography>
      <Stack
        component="form"
        direction="row"
        spacing={2}
        sx={{ mb: 2, flexWrap: 'wrap', alignItems: 'center' }}
        onSubmit={(e) => {
          e.preventDefault();
          setFilter(draft);
        }}
      >
        <TextField
          select
          label={at.filterEvent}
          value={draft.event}
          onChange={(e) => setDraft({ ...draft, event: e.target.value })}
          sx={{ minWidth: 260 }}
          size="small"
        >
          <MenuItem value="">{at.allEvents}</MenuItem>
          {events.map((e) => (
            <MenuItem key={e} value={e}>
              {eventLabel(e)}
            </MenuItem>
          ))}
        </TextField>
        <DateField label={at.from} size="small" value={draft.from} onChange={(from) => setDraft({ ...draft, from })} error={fields['from']} />
        <DateField label={at.to} size="small" value={draft.to} onChange={(to) => setDraft({ ...draft, to })} error={fields['to']} />
        <Button type="submit" variant="outlined">
          {at.apply}
        </Button>
        <Button
          onClick={() => {
            setDraft(NO_FILTER);
            setFilter(NO_FILTER);
          }}
        >
          {at.clear}
        </Button>
        <Box sx={{ flexGrow: 1 }} />
        <Button variant="contained" onClick={() => void exportCsv()}>
          {at.exportCsv}
        </Button>
        <FormatChoice value={format} onChange={setFormat} />
      </Stack>
      {message && (
        <Alert severity={message.severity} sx={{ mb: 2 }}>
          {message.text}
        </Alert>
      )}
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} data-testid="audit-count">
        {at.count(entries.length, total)}
      </Typography>
      {entries.length === 0 ? (
        <Typography>{at.empty}</Typography>
      ) : (
        <Table size="small" aria-label={t.audit.title}>
          <TableHead>
            <TableRow>
              <TableCell>{t.audit.at}</TableCell>
              <TableCell>{t.audit.event}</TableCell>
              <TableCell>{t.audit.detail}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {entries.map((e) => (
              <TableRow key={e.id} data-testid="audit-row">
                <TableCell>{formatDateTimeNl(e.at)}</TableCell>
                <TableCell>{eventLabel(e.event)}</TableCell>
                <TableCell sx={{ fontFamily: 'monospace', fontSize: '0.8rem' }}>{flattenDetail(e.detail)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {entries.length < total && (
        <Button sx={{ mt: 2 }} onClick={() => void load(filter, entries.length)}>
          {at.more}
        </Button>
      )}
    </Box>
  );
}
