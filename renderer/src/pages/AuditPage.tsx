import { Box, Button, Stack, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import type { z } from 'zod';
import { auditArea, type AuditEntry } from '../../../common/api/settings';
import { flattenDetail } from '../../../common/audit-table';
import { formatDateTimeNl } from '../../../common/dates';
import { api } from '../api';
import { DEFAULT_SPREADSHEET_FORMAT, type SpreadsheetFormat } from '../../../common/exchange/table';
import { saveDownload } from '../exchange/download';
import { FormatChoice } from '../exchange/FormatChoice';
import { FormChoice } from '../components/ChoiceSelect';
import { FormDate } from '../components/DateField';
import { DataTable } from '../components/DataTable';
import { NoticeAlert } from '../components/NoticeAlert';
import { filterFields } from '../exchange/filter-form';
import { useApiAction } from '../hooks/useApiAction';
import { useApiData } from '../hooks/useApiData';
import { useApiForm } from '../hooks/useApiForm';
import { useRefusedFieldsOnForm } from '../hooks/useRefusedFieldsOnForm';
import { at, eventLabel } from '../audit/texts';
import { t } from '../texts';
import { ScreenHeading } from '../components/ScreenHeading';

const PAGE = 100;
const NO_FILTER = { event: '', from: '', to: '' };
/** Only the filled-in filters go to the main side, checked by the export's own filter rules. */
const auditFilter = filterFields(auditArea.export.input.omit({ format: true }));
type Filter = z.output<typeof auditFilter>;

export function AuditPage() {
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [total, setTotal] = useState(0);
  const [filter, setFilter] = useState<Filter>({});
  const [format, setFormat] = useState<SpreadsheetFormat>(DEFAULT_SPREADSHEET_FORMAT);
  const events = useApiData(() => api.audit.events({})).data?.events ?? [];
  // A refused filter marks its field; reading and exporting each say what went wrong with them.
  const reading = useApiForm(auditFilter, NO_FILTER);
  const exporting = useApiAction(Object.keys(NO_FILTER), { quietWhenPlaced: true });
  const { form, bind } = reading;
  useRefusedFieldsOnForm(bind, exporting.fields);
  const notice = exporting.notice ?? reading.notice;

  const { run: read } = reading;
  const load = useCallback(
    async (f: Filter, offset: number) => {
      const r = await read(() => api.audit.list({ limit: PAGE, offset, ...f }));
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
      () => api.audit.export({ ...filter, format }),
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
        noValidate
        onSubmit={(e) => void form.handleSubmit(setFilter)(e)}
      >
        <FormChoice
          form={bind}
          name="event"
          label={at.filterEvent}
          emptyLabel={at.allEvents}
          options={events}
          labelOf={eventLabel}
          sx={{ minWidth: 260 }}
          size="small"
        />
        <FormDate form={bind} name="from" label={at.from} size="small" fullWidth={false} />
        <FormDate form={bind} name="to" label={at.to} size="small" fullWidth={false} />
        <Button type="submit" variant="outlined">
          {at.apply}
        </Button>
        <Button
          onClick={() => {
            form.reset(NO_FILTER);
            setFilter({});
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
      <NoticeAlert notice={notice} sx={{ mb: 2 }} />
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
