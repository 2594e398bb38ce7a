import { Box, Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import type { AuditEntry } from '../../../common/api/settings';
import { flattenDetail } from '../../../common/audit-table';
import { formatDateTimeNl } from '../../../common/dates';
import { api } from '../api';
import { DEFAULT_SPREADSHEET_FORMAT, type SpreadsheetFormat } from '../../../common/exchange/table';
import { saveDownload } from '../exchange/download';
import { FormatChoice } from '../exchange/FormatChoice';
import { DateField } from '../components/DateField';
import { DataTable } from '../components/DataTable';
import { NoticeAlert } from '../components/NoticeAlert';
import { useApiAction } from '../hooks/useApiAction';
import { useApiData } from '../hooks/useApiData';
import { at, eventLabel } from '../audit/texts';
import { t } from '../texts';
import { ScreenHeading } from '../components/ScreenHeading';

const PAGE = 100;
const FILTER_FIELDS = ['event', 'from', 'to'];

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
  const [draft, setDraft] = useState<Filter>(NO_FILTER);
  const [filter, setFilter] = useState<Filter>(NO_FILTER);
  const [format, setFormat] = useState<SpreadsheetFormat>(DEFAULT_SPREADSHEET_FORMAT);
  const events = useApiData(() => api.audit.events({})).data?.events ?? [];
  // A refused filter marks its field; reading and exporting each say what went wrong with them.
  const reading = useApiAction(FILTER_FIELDS, { quietWhenPlaced: true });
  const exporting = useApiAction(FILTER_FIELDS, { quietWhenPlaced: true });
  const fields = { ...reading.fields, ...exporting.fields };
  const notice = exporting.notice ?? reading.notice;

  const { run: read } = reading;
  const load = useCallback(
    async (f: Filter, offset: number) => {
      const r = await read(() => api.audit.list({ limit: PAGE, offset, ...toInput(f) }));
      if (!r.ok) return;
      setEntries((prev) => (offset === 0 ? r.value.entries : [...prev, ...r.value.entries]));
      setTotal(r.value.total);
    },
    [read],
  );
  useEffect(() => {
    void load(filter, 0);
  }, [filter, load]);

  const exportCsv = async () => {
    const r = await exporting.run(
      () => api.audit.export({ ...toInput(filter), format }),
      (file) => {
        saveDownload(file);
        return at.exported(file.rows);
      },
    );
    if (r.ok) await load(filter, 0);
  };

  return (
    <Box>
      <ScreenHeading title={t.audit.title} intro={t.audit.intro} />
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
      {notice && (
        <Box sx={{ mb: 2 }}>
          <NoticeAlert notice={notice} />
        </Box>
      )}
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} data-testid="audit-count">
        {at.count(entries.length, total)}
      </Typography>
      <DataTable
        aria-label={t.audit.title}
        rows={entries}
        rowKey={(e) => e.id}
        rowProps={() => ({ 'data-testid': 'audit-row' })}
        empty={at.empty}
        columns={[
          { label: t.audit.at, cell: (e) => formatDateTimeNl(e.at) },
          { label: t.audit.event, cell: (e) => eventLabel(e.event) },
          {
            label: t.audit.detail,
            cell: (e) => (
              <Box component="span" sx={{ fontFamily: 'monospace', fontSize: '0.8rem' }}>
                {flattenDetail(e.detail)}
              </Box>
            ),
          },
        ]}
      />
      {entries.length < total && (
        <Button sx={{ mt: 2 }} onClick={() => void load(filter, entries.length)}>
          {at.more}
        </Button>
      )}
    </Box>
  );
}
