import { Box, Paper, TableContainer, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import type { ReactNode } from 'react';
import { definitionText, figureLabel, type DefinitionParams, type FigureKey } from '../../../common/results/definitions';
import { DataTable, type Column } from '../components/DataTable';
import { currentLanguage } from '../i18n';
import { rs } from './texts';

export const CHART_HEIGHT = 260;

type FigureRow = (string | number)[];

/** A table of figures: the first column names the row, the others hold the numbers. */
export interface FiguresTableSpec {
  label: string;
  head: string[];
  rows: FigureRow[];
}

/**
 * A bar chart of the same numbers as a table beside it. 'horizontal': a bar per category going right;
 * 'vertical': a group of columns per category going up. `percent` fixes the value axis at 0 to 100.
 */
export interface ChartSpec {
  label: string;
  layout: 'horizontal' | 'vertical';
  categories: string[];
  series: { label: string; data: (number | null)[]; stack?: string }[];
  percent?: boolean;
  /** Room for the category names beside horizontal bars. */
  categoryWidth?: number;
  height?: number;
}

/** One block of figures of the Resultaten screen. */
export interface FigureSectionSpec {
  id: string;
  title: string;
  /** The figures whose definitions stand under the block. */
  keys: readonly FigureKey[];
  chart?: ChartSpec;
  /** What stands above the tables (the headline number), or instead of them when `tables` is empty. */
  lead?: ReactNode;
  tables: FiguresTableSpec[];
}

function Definitions({ keys, params }: { keys: readonly FigureKey[]; params: DefinitionParams }) {
  const lang = currentLanguage();
  return (
    <Box sx={{ mt: 1 }}>
      <Typography variant="subtitle2" component="p">
        {rs.whatCounts}
      </Typography>
      <Box component="dl" sx={{ m: 0 }}>
        {keys.map((k) => (
          <Box key={k} sx={{ mt: 0.5 }}>
            <Typography component="dt" variant="body2" sx={{ fontWeight: 600 }}>
              {figureLabel(k, lang, params)}
            </Typography>
            <Typography component="dd" variant="body2" color="text.secondary" sx={{ m: 0 }}>
              {definitionText(k, lang, params)}
            </Typography>
          </Box>
        ))}
      </Box>
    </Box>
  );
}

function FiguresTable({ label, head, rows }: FiguresTableSpec) {
  return (
    // A wide table scrolls sideways; it takes focus so the keyboard can scroll it too.
    <TableContainer tabIndex={0} role="region" aria-label={label}>
      <DataTable
        aria-label={label}
        rows={rows}
        rowKey={(r) => String(r[0])}
        empty=""
        columns={head.map((h, i): Column<FigureRow> => ({ label: h, align: i === 0 ? 'left' : 'right', rowHeader: i === 0, cell: (r) => r[i] }))}
      />
    </TableContainer>
  );
}

function FigureChart({ chart }: { chart: ChartSpec }) {
  const band = { scaleType: 'band' as const, data: chart.categories };
  const values = chart.percent ? [{ min: 0, max: 100 }] : undefined;
  return chart.layout === 'horizontal' ? (
    <BarChart
      height={chart.height ?? CHART_HEIGHT}
      layout="horizontal"
      yAxis={[{ ...band, width: chart.categoryWidth }]}
      xAxis={values}
      series={chart.series}
      hideLegend={chart.series.length === 1}
    />
  ) : (
    <BarChart height={chart.height ?? CHART_HEIGHT} xAxis={[band]} yAxis={values} series={chart.series} hideLegend={chart.series.length === 1} />
  );
}

/** One block of figures: the chart beside the table with the same numbers, and what each figure counts below. */
export function FigureSection({ section, params }: { section: FigureSectionSpec; params: DefinitionParams }) {
  const { id, chart } = section;
  return (
    <Paper variant="outlined" component="section" aria-labelledby={id} sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" id={id}>
        {section.title}
      </Typography>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: chart ? 'minmax(0, 1fr) minmax(0, 1fr)' : '1fr' }, alignItems: 'start' }}>
        {chart && (
          // The table beside holds the same numbers for a screen reader and the keyboard; the picture is for the eye.
          <Box aria-hidden="true" inert data-testid={`${id}-chart`}>
            <Typography variant="caption" component="p">
              {chart.label}
            </Typography>
            <FigureChart chart={chart} />
          </Box>
        )}
        <Box>
          {section.lead}
          {section.tables.map((t) => (
            <FiguresTable key={t.label} {...t} />
          ))}
        </Box>
      </Box>
      <Definitions keys={section.keys} params={params} />
    </Paper>
  );
}
