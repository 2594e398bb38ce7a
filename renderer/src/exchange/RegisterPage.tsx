import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { provisionFilterSchema, type ProvisionEntry, type ProvisionFilter } from '../../../common/api/provisions';
import { formatDateTimeNl } from '../../../common/dates';
import { api } from '../api';
import { DEFAULT_SPREADSHEET_FORMAT, type SpreadsheetFormat } from '../../../common/exchange/table';
import { FormChoice } from '../components/ChoiceSelect';
import { FormDate } from '../components/DateField';
import { DataTable } from '../components/DataTable';
import { FormText } from '../components/FormText';
import { NoticeAlert } from '../components/NoticeAlert';
import { useApiAction } from '../hooks/useApiAction';
import { useApiForm } from '../hooks/useApiForm';
import { saveDownload } from './download';
import { filterFields } from './filter-form';
import { FormatChoice } from './FormatChoice';
import { provisionKindLabel as kindLabel } from '../i18n/labels';
import { tx } from './texts';
import { ScreenHeading } from '../components/ScreenHeading';

const EMPTY = { kind: '', direction: '', from: '', to: '', q: '', dossierId: '' };
const registerFilter = filterFields(provisionFilterSchema, ['dossierId']);

export function RegisterPage() {
  const [format, setFormat] = useState<SpreadsheetFormat>(DEFAULT_SPREADSHEET_FORMAT);
  const [entries, setEntries] = useState<ProvisionEntry[]>([]);
  const [total, setTotal] = useState(0);
  const [kinds, setKinds] = useState<string[]>([]);
  // The filter is checked by the contract's own rules: a date that names no day is a field message and no request.
  const reading = useApiForm(registerFilter, EMPTY);
  const exporting = useApiAction();
  const notice = exporting.notice ?? reading.notice;
  const { form, bind } = reading;
  const narrow = { form: bind, size: 'small', fullWidth: false } as const;

  const { run: read } = reading;
  const load = useCallback(
    async (filter: ProvisionFilter) => {
      const r = await read(() => api.provisions.list({ ...filter, limit: 500, offset: 0 }));
      if (!r.ok) return false;
      setEntries(r.value.entries);
      setTotal(r.value.total);
      setKinds(r.value.kinds);
      return true;
    },
    [read],
  );

  useEffect(() => {
    void load({});
  }, [load]);

  const apply = form.handleSubmit(async (filter) => {
    exporting.setNotice(null);
    await load(filter);
  });
  const exportCsv = form.handleSubmit(async (filter) => {
    exporting.setNotice(null);
    if (!(await load(filter))) return;
    const r = await exporting.run(
      () => api.provisions.exportCsv({ ...filter, format }),
      (file) => {
        saveDownload(file);
        return tx.register.exported;
      },
    );
    if (r.ok) await load(filter);
  });

  return (
    <Box>
      <ScreenHeading title={tx.register.title} intro={tx.register.intro} />
      <Box component="form" noValidate aria-label={tx.register.apply} onSubmit={(e) => void apply(e)}>
        <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', mb: 2 }}>
          <FormChoice
            form={bind}
            name="kind"
            label={tx.register.kind}
            emptyLabel={tx.register.allKinds}
            options={kinds}
            labelOf={kindLabel}
            sx={{ minWidth: 240 }}
            size="small"
          />
          <FormChoice
            form={bind}
            name="direction"
            label={tx.register.direction}
            emptyLabel={tx.register.allDirections}
            options={['out', 'in'] as const}
            labelOf={(d) => tx.register[d]}
            sx={{ minWidth: 180 }}
            size="small"
          />
          {(['from', 'to'] as const).map((k) => (
            <FormDate key={k} form={bind} name={k} size="small" fullWidth={false} label={tx.register[k]} />
          ))}
          <FormText {...narrow} name="q" label={tx.register.q} sx={{ minWidth: 260 }} />
          <FormText {...narrow} name="dossierId" label={tx.register.dossier} slotProps={{ htmlInput: { inputMode: 'numeric' } }} sx={{ width: 150 }} />
          <Button type="submit" variant="contained">
            {tx.register.apply}
          </Button>
          <Button
            onClick={() => {
              form.reset(EMPTY);
              void load({});
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
      <NoticeAlert notice={notice} sx={{ mb: 2 }} />
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
