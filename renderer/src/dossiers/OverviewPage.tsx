import {
  Alert,
  Box,
  Button,
  MenuItem,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { CLOSING_REASONS } from '../../../common/dossiers/status';
import { closingReasonLabel, overviewPeriodLabel } from '../i18n/labels';
import type { Overview } from '../../../common/dossiers/types';
import { api, errorMessage } from '../api';
import { DEFAULT_SPREADSHEET_FORMAT, type SpreadsheetFormat } from '../../../common/exchange/table';
import { saveDownload } from '../exchange/download';
import { FormatChoice } from '../exchange/FormatChoice';
import { dt } from './texts';

/** "Overzicht": the municipality's yearly accountability figures, exported as an Excel workbook or CSV. */
export function OverviewPage() {
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [period, setPeriod] = useState<'month' | 'quarter'>('quarter');
  const [data, setData] = useState<Overview | null>(null);
  const [format, setFormat] = useState<SpreadsheetFormat>(DEFAULT_SPREADSHEET_FORMAT);
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  useEffect(() => {
    api.dossiers.overview({ year, period }).then(setData, (err: unknown) => setMessage({ severity: 'error', text: errorMessage(err) }));
  }, [year, period]);
  const exportCsv = async () => {
    try {
      saveDownload(await api.dossiers.overviewCsv({ year, period, format }));
      setMessage({ severity: 'success', text: dt.overview.exported });
    } catch (err) {
      setMessage({ severity: 'error', text: errorMessage(err) });
    }
  };
  const o = dt.overview;
  const reasons = CLOSING_REASONS.filter((r) => data && data.totals.closedByReason[r] > 0);
  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h1">
        {o.title}
      </Typography>
      <Typography color="text.secondary">{o.intro}</Typography>
      <Paper variant="outlined" component="section" aria-labelledby="overview-rules" sx={{ p: 2, maxWidth: 960 }}>
        <Typography variant="subtitle1" component="h2" id="overview-rules">
          {o.rulesTitle}
        </Typography>
        <Box component="ul" sx={{ m: 0, pl: 3 }}>
          {[o.rules.opened, o.rules.released, o.rules.closed, o.rules.active].map((rule) => (
            <Typography component="li" variant="body2" key={rule}>
              {rule}
            </Typography>
          ))}
        </Box>
      </Paper>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <TextField select size="small" label={o.year} value={year} onChange={(e) => setYear(Number(e.target.value))} sx={{ minWidth: 120 }}>
          {Array.from({ length: 8 }, (_, i) => thisYear - i).map((y) => (
            <MenuItem key={y} value={y}>
              {y}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={o.period}
          value={period}
          onChange={(e) => setPeriod(e.target.value as 'month' | 'quarter')}
          sx={{ minWidth: 140 }}
        >
          <MenuItem value="month">{o.month}</MenuItem>
          <MenuItem value="quarter">{o.quarter}</MenuItem>
        </TextField>
        <Button variant="outlined" onClick={() => void exportCsv()}>
          {o.export}
        </Button>
        <FormatChoice value={format} onChange={setFormat} />
      </Stack>
      {message && <Alert severity={message.severity}>{message.text}</Alert>}
      {data && (
        <Box>
          <TableContainer component={Paper} variant="outlined">
            <Table size="small" aria-label={o.title}>
              <TableHead>
                <TableRow>
                  <TableCell>{o.period_}</TableCell>
                  <TableCell align="right">{o.opened}</TableCell>
                  <TableCell align="right">{o.released}</TableCell>
                  <TableCell align="right">{o.closed}</TableCell>
                  {reasons.map((r) => (
                    <TableCell key={r} align="right">
                      {closingReasonLabel(r)}
                    </TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {[...data.rows, data.totals].map((row) => (
                  <TableRow key={row.period} sx={row === data.totals ? { '& td': { fontWeight: 700 } } : undefined}>
                    <TableCell>{overviewPeriodLabel(row, row === data.totals ? 'total' : data.period)}</TableCell>
                    <TableCell align="right">{row.opened}</TableCell>
                    <TableCell align="right">{row.released}</TableCell>
                    <TableCell align="right">{row.closed}</TableCell>
                    {reasons.map((r) => (
                      <TableCell key={r} align="right">
                        {row.closedByReason[r]}
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          <Typography sx={{ mt: 1 }}>{o.activeAtEnd(data.activeAtEnd, data.year)}</Typography>
        </Box>
      )}
    </Stack>
  );
}
