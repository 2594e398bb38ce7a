import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { Alert, Box, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import type { BudgetLine } from '../../../common/costs/budget';
import { formatEuroCents } from '../../../common/money';
import { api } from '../api';
import { useApiData } from '../hooks/useApiData';
import { costCategoryLabel } from '../i18n/labels';
import { ct } from './texts';

const QUARTERS = [1, 2, 3, 4] as const;
const o = ct.overview;

function Status({ line }: { line: Pick<BudgetLine, 'budgetCents' | 'overCents'> }) {
  if (line.budgetCents === null) return <Typography variant="body2">{o.noBudget}</Typography>;
  if (line.overCents > 0)
    return (
      <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', color: 'error.main', fontWeight: 700 }}>
        <WarningAmberIcon fontSize="small" aria-hidden />
        <span>{o.over(formatEuroCents(line.overCents))}</span>
      </Stack>
    );
  return <Typography variant="body2">{o.within}</Typography>;
}

/**
 * Spent against the yearly budget for one year: per kind of cost and per quarter, as a table with the numbers and
 * a bar chart beside it. Self-contained (it reads its own data), so any screen can show it for a chosen year.
 * Over budget is said in words and with an icon, not by colour alone.
 */
export function BudgetOverview({ year }: { year: number }) {
  const { data, error } = useApiData(() => api.costs.overview({ year }), year);
  if (error) return <Alert severity="error">{error}</Alert>;
  if (!data) return null;
  const over = data.lines.filter((l) => l.overCents > 0).length;
  const euros = (cents: number) => cents / 100;
  const valueFormatter = (v: number | null) => (v === null ? '' : formatEuroCents(Math.round(v * 100)));
  return (
    <Box component="section" aria-labelledby={`budget-overview-${year}`} data-testid="budget-overview">
      <Typography variant="h6" component="h2" id={`budget-overview-${year}`}>
        {o.title(year)}
      </Typography>
      <Typography role="status" sx={{ mb: 1, fontWeight: over > 0 ? 700 : undefined }}>
        {over > 0 ? o.overCount(over) : o.allWithin}
      </Typography>
      <Stack direction={{ xs: 'column', lg: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Table size="small" aria-label={o.title(year)} sx={{ maxWidth: 900 }}>
          <TableHead>
            <TableRow>
              <TableCell>{o.category}</TableCell>
              {QUARTERS.map((q) => (
                <TableCell key={q} align="right">
                  <abbr title={o.quarterLong(q)}>{o.quarter(q)}</abbr>
                </TableCell>
              ))}
              <TableCell align="right">{o.spent}</TableCell>
              <TableCell align="right">{o.budget}</TableCell>
              <TableCell>{o.rest}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.lines.map((l) => (
              <TableRow key={l.category} data-testid="budget-line" data-category={l.category} data-over={l.overCents > 0 ? 'true' : 'false'}>
                <TableCell component="th" scope="row">
                  {costCategoryLabel(l.category)}
                </TableCell>
                {l.quarters.map((c, i) => (
                  <TableCell key={i} align="right">
                    {formatEuroCents(c)}
                  </TableCell>
                ))}
                <TableCell align="right">{formatEuroCents(l.spentCents)}</TableCell>
                <TableCell align="right">{l.budgetCents === null ? '—' : formatEuroCents(l.budgetCents)}</TableCell>
                <TableCell>
                  <Status line={l} />
                </TableCell>
              </TableRow>
            ))}
            <TableRow data-testid="budget-total">
              <TableCell component="th" scope="row" sx={{ fontWeight: 700 }}>
                {o.total}
              </TableCell>
              {data.total.quarters.map((c, i) => (
                <TableCell key={i} align="right" sx={{ fontWeight: 700 }}>
                  {formatEuroCents(c)}
                </TableCell>
              ))}
              <TableCell align="right" sx={{ fontWeight: 700 }}>
                {formatEuroCents(data.total.spentCents)}
              </TableCell>
              <TableCell align="right" sx={{ fontWeight: 700 }}>
                {formatEuroCents(data.total.budgetCents)}
              </TableCell>
              <TableCell />
            </TableRow>
          </TableBody>
        </Table>
        <Box role="img" aria-label={o.chart(year)} sx={{ width: 480, maxWidth: '100%', flexShrink: 0 }}>
          <BarChart
            height={300}
            xAxis={[{ scaleType: 'band', data: data.lines.map((l) => costCategoryLabel(l.category)) }]}
            yAxis={[{ valueFormatter: (v: number) => formatEuroCents(Math.round(v * 100)).replace(/,00$/, '') }]}
            series={[
              ...QUARTERS.map((q) => ({
                label: o.quarterLong(q),
                stack: 'spent',
                data: data.lines.map((l) => euros(l.quarters[q - 1]!)),
                valueFormatter,
              })),
              { label: o.budget, data: data.lines.map((l) => (l.budgetCents === null ? null : euros(l.budgetCents))), valueFormatter },
            ]}
          />
        </Box>
      </Stack>
    </Box>
  );
}
