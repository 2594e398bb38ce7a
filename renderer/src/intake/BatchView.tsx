import { Alert, Box, Button, Checkbox, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import type { BatchPreview, BatchRowPreview } from '../../../common/intake/batch';
import { api } from '../api';
import { DataTable } from '../components/DataTable';
import { NoticeAlert } from '../components/NoticeAlert';
import { useApiAction } from '../hooks/useApiAction';
import { useChosenSet } from '../hooks/useChosenSet';
import { localizeMessage } from '../i18n/message-codes';
import { navigate } from '../router';
import { fieldLabel, shownValue } from './fields';
import { StartOverHeading } from './StartOverHeading';
import { nt } from './texts';

/** The preview of a list of notices: per line new, update or refused; written in one go for the ticked lines. */
export function BatchView({ preview, file, onStartOver }: { preview: BatchPreview; file: { name: string; data: string }; onStartOver: () => void }) {
  const [chosen, choose] = useChosenSet(() => preview.rows.map((r) => r.row));
  const [saved, setSaved] = useState<string | null>(null);
  const { run, busy, notice, refuse } = useApiAction();
  const { counts } = preview;

  const save = async () => {
    if (preview.rows.some((r) => r.kind === 'refused' && chosen.has(r.row))) return refuse(nt.batch.refusedChosen);
    const done = await run(() => api.intake.batchApply({ file, rows: [...chosen] }));
    if (done.ok) setSaved(nt.batch.saved(done.value.created, done.value.updated));
  };

  return (
    <Stack spacing={2}>
      <StartOverHeading title={nt.batch.title} onStartOver={onStartOver} />
      <Typography role="status">{nt.batch.summary(counts.new, counts.update, counts.refused)}</Typography>
      <NoticeAlert notice={notice} />
      {saved && (
        <Alert severity="success" action={<Button onClick={() => navigate('/dossiers')}>{nt.batch.toList}</Button>}>
          {saved}
        </Alert>
      )}
      <DataTable
        aria-label={nt.batch.title}
        rows={preview.rows}
        rowKey={(r) => r.row}
        empty={nt.empty}
        rowProps={(r) => (r.kind === 'refused' ? { sx: { bgcolor: '#fdecea' } } : {})}
        columns={[
          {
            label: nt.batch.take,
            cell: (r) => (
              <Checkbox
                checked={chosen.has(r.row)}
                disabled={!!saved}
                slotProps={{ input: { 'aria-label': nt.batch.takeRow(r.row) } }}
                onChange={(e) => choose(r.row, e.target.checked)}
              />
            ),
          },
          { label: nt.batch.row, cell: (r) => r.row },
          { label: nt.batch.name, cell: (r) => [r.fields.voornamen, r.fields.tussenvoegsel, r.fields.achternaam].filter(Boolean).join(' ') || nt.empty },
          { label: nt.batch.bsn, cell: (r) => r.fields.bsn ?? nt.empty },
          { label: nt.batch.what, cell: (r) => nt.batch.kinds[r.kind] },
          { label: nt.batch.details, cell: (r) => <RowDetails row={r} /> },
        ]}
      />
      <Box>
        <Button
          variant="contained"
          aria-disabled={busy || !!saved || chosen.size === 0 || undefined}
          onClick={() => !busy && !saved && chosen.size > 0 && void save()}
        >
          {nt.batch.save(chosen.size)}
        </Button>
      </Box>
    </Stack>
  );
}

/** Why a line is refused, or what it changes in the dossier it updates. */
function RowDetails({ row }: { row: BatchRowPreview }) {
  if (row.kind === 'refused')
    return (
      <Box component="ul" sx={{ m: 0, pl: 2 }}>
        {row.problems.map((p, i) => (
          <li key={i}>{[p.field ? fieldLabel(p.field) : '', localizeMessage(p.message)].filter(Boolean).join(': ')}</li>
        ))}
      </Box>
    );
  if (row.kind === 'update')
    return (
      <Box component="ul" sx={{ m: 0, pl: 2 }}>
        {row.changes.map((c) => (
          <li key={c.field}>
            {fieldLabel(c.field)}: {shownValue(c.field, c.old)} → {shownValue(c.field, c.new)}
          </li>
        ))}
      </Box>
    );
  return null;
}
