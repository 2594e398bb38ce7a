import { Alert, Box, Button, Checkbox, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { formatDateNl } from '../../../common/dates';
import type { BatchPreview } from '../../../common/intake/batch';
import { api } from '../api';
import { NoticeAlert } from '../components/NoticeAlert';
import { useApiAction } from '../hooks/useApiAction';
import { dt } from '../dossiers/texts';
import { localizeMessage } from '../i18n/message-codes';
import { navigate } from '../router';
import { nt } from './texts';

const DATE_FIELDS = new Set(['geboortedatum', 'meldingDatum', 'detentieStart', 'verwachteVrijlating']);
const shownValue = (field: string, v: string) => (v ? (DATE_FIELDS.has(field) ? formatDateNl(v) : v) : nt.empty);

function labelOf(field: string | null): string {
  if (!field) return '';
  const own = (nt as unknown as Record<string, unknown>)[field];
  return typeof own === 'string' ? own : ((dt.fields as Record<string, string>)[field] ?? field);
}

/** The preview of a list of notices: per line new, update or refused; written in one go for the ticked lines. */
export function BatchView({ preview, file, onStartOver }: { preview: BatchPreview; file: { name: string; data: string }; onStartOver: () => void }) {
  const [chosen, setChosen] = useState<Set<number>>(() => new Set(preview.rows.map((r) => r.row)));
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
      <Stack direction="row" sx={{ alignItems: 'center' }}>
        <Typography variant="h5" component="h1" sx={{ flexGrow: 1 }}>
          {nt.batch.title}
        </Typography>
        <Button onClick={onStartOver}>{nt.startOver}</Button>
      </Stack>
      <Typography role="status">{nt.batch.summary(counts.new, counts.update, counts.refused)}</Typography>
      <NoticeAlert notice={notice} />
      {saved && (
        <Alert severity="success" action={<Button onClick={() => navigate('/dossiers')}>{nt.batch.toList}</Button>}>
          {saved}
        </Alert>
      )}
      <Table size="small" aria-label={nt.batch.title}>
        <TableHead>
          <TableRow>
            <TableCell>{nt.batch.take}</TableCell>
            <TableCell>{nt.batch.row}</TableCell>
            <TableCell>{nt.batch.name}</TableCell>
            <TableCell>{nt.batch.bsn}</TableCell>
            <TableCell>{nt.batch.what}</TableCell>
            <TableCell>{nt.batch.details}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {preview.rows.map((r) => (
            <TableRow key={r.row} sx={r.kind === 'refused' ? { bgcolor: '#fdecea' } : undefined}>
              <TableCell>
                <Checkbox
                  checked={chosen.has(r.row)}
                  disabled={!!saved}
                  slotProps={{ input: { 'aria-label': nt.batch.takeRow(r.row) } }}
                  onChange={(e) =>
                    setChosen((prev) => {
                      const next = new Set(prev);
                      if (e.target.checked) next.add(r.row);
                      else next.delete(r.row);
                      return next;
                    })
                  }
                />
              </TableCell>
              <TableCell>{r.row}</TableCell>
              <TableCell>{[r.fields.voornamen, r.fields.tussenvoegsel, r.fields.achternaam].filter(Boolean).join(' ') || nt.empty}</TableCell>
              <TableCell>{r.fields.bsn ?? nt.empty}</TableCell>
              <TableCell>{nt.batch.kinds[r.kind]}</TableCell>
              <TableCell>
                {r.kind === 'refused' && (
                  <Box component="ul" sx={{ m: 0, pl: 2 }}>
                    {r.problems.map((p, i) => (
                      <li key={i}>{[labelOf(p.field), localizeMessage(p.message)].filter(Boolean).join(': ')}</li>
                    ))}
                  </Box>
                )}
                {r.kind === 'update' && (
                  <Box component="ul" sx={{ m: 0, pl: 2 }}>
                    {r.changes.map((c) => (
                      <li key={c.field}>
                        {labelOf(c.field)}: {shownValue(c.field, c.old)} → {shownValue(c.field, c.new)}
                      </li>
                    ))}
                  </Box>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
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
