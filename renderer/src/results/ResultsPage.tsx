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
import { BarChart } from '@mui/x-charts/BarChart';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { formatDateNl } from '../../../common/dates';
import { DISCLOSURE_EXPLANATION, LEAD_TIME_KINDS, REPORTED_MOMENTS, definitionText, figureLabel, type FigureKey } from '../../../common/results/definitions';
import { showCount, showDays, showShare, type CountFigure, type ResultsFigures, type ShareFigure } from '../../../common/results/figures';
import { formatCount } from '../../../common/results/disclosure';
import type { ResultsPeriod } from '../../../common/results/figures';
import { api } from '../api';
import { DateField } from '../components/DateField';
import { useApiAction } from '../hooks/useApiAction';
import { basisLabel, closingReasonLabel } from '../i18n/labels';
import { currentLanguage } from '../i18n';
import { rs } from './texts';
import { ResultsDownloads } from './ResultsDownloads';
import { BudgetOverview } from '../costs/BudgetOverview';
import { shareCountText } from '../../../common/results/report';

type Kind = ResultsPeriod['kind'];

/** A chart draws only what the table shows exactly: a withheld or bounded value has no bar. */
function shareValue(f: ShareFigure): number | null {
  return f.shown.kind === 'share' ? f.shown.percent : null;
}

function countValue(f: CountFigure): number | null {
  return f.shown.kind === 'count' ? f.shown.value : null;
}

function Definitions({ keys, figures }: { keys: FigureKey[]; figures: ResultsFigures }) {
  const lang = currentLanguage();
  const params = { hours: figures.firstContactHours, attempts: figures.unreachableAfterAttempts };
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

/** One block of figures: the chart beside the table with the same numbers, and what each figure counts below. */
function FigureSection(props: { id: string; title: string; chart?: ReactNode; chartLabel?: string; children: ReactNode; definitions: ReactNode }) {
  return (
    <Paper variant="outlined" component="section" aria-labelledby={props.id} sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" id={props.id}>
        {props.title}
      </Typography>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: props.chart ? 'minmax(0, 1fr) minmax(0, 1fr)' : '1fr' }, alignItems: 'start' }}>
        {props.chart && (
          // The table beside holds the same numbers for a screen reader and the keyboard; the picture is for the eye.
          <Box aria-hidden="true" inert data-testid={`${props.id}-chart`}>
            <Typography variant="caption" component="p">
              {props.chartLabel}
            </Typography>
            {props.chart}
          </Box>
        )}
        <Box>{props.children}</Box>
      </Box>
      {props.definitions}
    </Paper>
  );
}

function FiguresTable({ label, head, rows }: { label: string; head: string[]; rows: (string | number)[][] }) {
  return (
    // A wide table scrolls sideways; it takes focus so the keyboard can scroll it too.
    <TableContainer tabIndex={0} role="region" aria-label={label}>
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            {head.map((h, i) => (
              <TableCell key={h} align={i === 0 ? 'left' : 'right'}>
                {h}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={String(r[0])}>
              {r.map((c, i) =>
                i === 0 ? (
                  <TableCell key={i} component="th" scope="row">
                    {c}
                  </TableCell>
                ) : (
                  <TableCell key={i} align="right">
                    {c}
                  </TableCell>
                ),
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

const CHART_HEIGHT = 260;

/** "Resultaten": the municipality's results in figures for a year, a quarter or two dates, all small numbers hidden. */
export function ResultsPage() {
  const thisYear = new Date().getFullYear();
  const [kind, setKind] = useState<Kind>('year');
  const [year, setYear] = useState(thisYear);
  const [quarter, setQuarter] = useState<1 | 2 | 3 | 4>(1);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [data, setData] = useState<ResultsFigures | null>(null);
  const [shownPeriod, setShownPeriod] = useState<ResultsPeriod | null>(null);
  const action = useApiAction(['from', 'to', 'year', 'quarter']);
  const { run } = action;

  const load = useCallback(
    async (period: ResultsPeriod) => {
      const r = await run(() => api.results.figures({ period }));
      if (r.ok) {
        setData(r.value);
        setShownPeriod(period);
      }
    },
    [run],
  );

  useEffect(() => {
    if (kind === 'year') void load({ kind, year });
    if (kind === 'quarter') void load({ kind, year, quarter });
  }, [kind, year, quarter, load]);

  const lang = currentLanguage();
  const share = (f: ShareFigure) => showShare(f, lang);
  const of = (f: ShareFigure) => rs.of(shareCountText(f), formatCount(f.baseShown));
  const params = data ? { hours: data.firstContactHours, attempts: data.unreachableAfterAttempts } : { hours: 48, attempts: 3 };

  return (
    <Stack spacing={2} sx={{ maxWidth: 1200 }}>
      <Typography variant="h5" component="h1">
        {rs.title}
      </Typography>
      <Typography color="text.secondary">{rs.intro}</Typography>
      <Alert severity="info" role="note">
        <Typography variant="subtitle2" component="h2">
          {rs.privacyTitle}
        </Typography>
        {DISCLOSURE_EXPLANATION[lang]}
      </Alert>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start', flexWrap: 'wrap', rowGap: 1 }}>
        <TextField select size="small" label={rs.periodKind} value={kind} onChange={(e) => setKind(e.target.value as Kind)} sx={{ minWidth: 140 }}>
          <MenuItem value="year">{rs.kindYear}</MenuItem>
          <MenuItem value="quarter">{rs.kindQuarter}</MenuItem>
          <MenuItem value="range">{rs.kindRange}</MenuItem>
        </TextField>
        {kind !== 'range' && (
          <TextField select size="small" label={rs.year} value={year} onChange={(e) => setYear(Number(e.target.value))} sx={{ minWidth: 110 }}>
            {Array.from({ length: 8 }, (_, i) => thisYear - i).map((y) => (
              <MenuItem key={y} value={y}>
                {y}
              </MenuItem>
            ))}
          </TextField>
        )}
        {kind === 'quarter' && (
          <TextField
            select
            size="small"
            label={rs.quarter}
            value={quarter}
            onChange={(e) => setQuarter(Number(e.target.value) as 1 | 2 | 3 | 4)}
            sx={{ minWidth: 140 }}
          >
            {[1, 2, 3, 4].map((q) => (
              <MenuItem key={q} value={q}>
                {rs.quarterN(q)}
              </MenuItem>
            ))}
          </TextField>
        )}
        {kind === 'range' && (
          <>
            <DateField size="small" label={rs.from} value={from} onChange={setFrom} error={action.fields['from']} name="from" />
            <DateField size="small" label={rs.to} value={to} onChange={setTo} error={action.fields['to']} name="to" />
            <Button variant="contained" disabled={action.busy} onClick={() => void load({ kind: 'range', from, to })}>
              {rs.show}
            </Button>
          </>
        )}
      </Stack>
      {action.notice && <Alert severity={action.notice.severity}>{action.notice.text}</Alert>}
      {action.busy && !data && <Typography>{rs.loading}</Typography>}
      {data && (
        <>
          <Typography aria-live="polite">{rs.periodShown(formatDateNl(data.period.from), formatDateNl(data.period.to))}</Typography>
          <ResultsDownloads period={shownPeriod} />

          <FigureSection
            id="results-released"
            title={rs.releasedTitle}
            chartLabel={rs.chartDayOne}
            chart={
              <BarChart
                height={CHART_HEIGHT}
                layout="horizontal"
                yAxis={[{ scaleType: 'band', data: [...data.dayOne.map((d) => basisLabel(d.key)), rs.allFive], width: 130 }]}
                xAxis={[{ min: 0, max: 100 }]}
                series={[{ data: [...data.dayOne.map((d) => shareValue(d.share)), shareValue(data.dayOneAll)], label: rs.colShare }]}
                hideLegend
              />
            }
            definitions={<Definitions keys={['released', 'dayOneBasis', 'dayOneAll']} figures={data} />}
          >
            <Typography variant="h4" component="p" data-testid="figure-released">
              {showCount(data.released)}
            </Typography>
            <Typography variant="body2" sx={{ mb: 1 }}>
              {figureLabel('released', lang, params)}
            </Typography>
            <FiguresTable
              label={figureLabel('dayOneBasis', lang, params)}
              head={[rs.colBasis, rs.colShare, rs.colOf]}
              rows={[...data.dayOne.map((d) => [basisLabel(d.key), share(d.share), of(d.share)]), [rs.allFive, share(data.dayOneAll), of(data.dayOneAll)]]}
            />
          </FigureSection>

          <FigureSection id="results-first-contact" title={rs.firstContactTitle} definitions={<Definitions keys={['firstContact']} figures={data} />}>
            <FiguresTable
              label={figureLabel('firstContact', lang, params)}
              head={[rs.colFigure, rs.colShare, rs.colOf]}
              rows={[[figureLabel('firstContact', lang, params), share(data.firstContact), of(data.firstContact)]]}
            />
          </FigureSection>

          <FigureSection
            id="results-followup"
            title={rs.followupTitle}
            chartLabel={rs.chartFollowup}
            chart={
              <BarChart
                height={CHART_HEIGHT}
                xAxis={[
                  {
                    scaleType: 'band',
                    data: (['followupHousing', 'followupIncome', 'followupWork', 'followupDebts'] as const).map((k) => figureLabel(k, lang, params)),
                  },
                ]}
                yAxis={[{ min: 0, max: 100 }]}
                series={data.followups.map((f) => ({
                  label: REPORTED_MOMENTS.find((m) => m.key === f.moment)!.label[lang],
                  data: [f.housing, f.income, f.work, f.debts].map(shareValue),
                }))}
              />
            }
            definitions={<Definitions keys={['followupChecked', 'followupHousing', 'followupIncome', 'followupWork', 'followupDebts']} figures={data} />}
          >
            <FiguresTable
              label={rs.followupTitle}
              head={[
                rs.colMoment,
                figureLabel('followupChecked', lang, params),
                ...(['followupHousing', 'followupIncome', 'followupWork', 'followupDebts'] as const).map((k) => figureLabel(k, lang, params)),
              ]}
              rows={data.followups.map((f) => [
                REPORTED_MOMENTS.find((m) => m.key === f.moment)!.label[lang],
                showCount(f.checked),
                share(f.housing),
                share(f.income),
                share(f.work),
                share(f.debts),
              ])}
            />
          </FigureSection>

          <FigureSection
            id="results-closed"
            title={rs.closedTitle}
            chartLabel={rs.chartClosed}
            chart={
              <BarChart
                height={CHART_HEIGHT}
                layout="horizontal"
                yAxis={[{ scaleType: 'band', data: data.closed.byReason.map((r) => closingReasonLabel(r.reason)), width: 170 }]}
                series={[{ data: data.closed.byReason.map((r) => countValue(r.count)), label: rs.colCount }]}
                hideLegend
              />
            }
            definitions={<Definitions keys={['closedByReason', 'unreachable']} figures={data} />}
          >
            <FiguresTable
              label={figureLabel('closedByReason', lang, params)}
              head={[rs.colReason, rs.colCount]}
              rows={[...data.closed.byReason.map((r) => [closingReasonLabel(r.reason), showCount(r.count)]), [rs.total, showCount(data.closed.total)]]}
            />
            <FiguresTable
              label={figureLabel('unreachable', lang, params)}
              head={[rs.colFigure, rs.colCount]}
              rows={[[figureLabel('unreachable', lang, params), showCount(data.unreachable)]]}
            />
          </FigureSection>

          <FigureSection
            id="results-lead"
            title={rs.leadTitle}
            chartLabel={rs.chartLead}
            chart={
              <BarChart
                height={CHART_HEIGHT}
                layout="horizontal"
                yAxis={[{ scaleType: 'band', data: data.leadTimes.map((l) => LEAD_TIME_KINDS.find((k) => k.key === l.kind)!.label[lang]), width: 170 }]}
                series={[{ data: data.leadTimes.map((l) => (l.days.medianShown.kind === 'days' ? l.days.medianShown.value : null)), label: rs.colMedian }]}
                hideLegend
              />
            }
            definitions={<Definitions keys={['leadTimeDays', 'leadTimeLate']} figures={data} />}
          >
            <FiguresTable
              label={rs.leadTitle}
              head={[rs.colKind, rs.colActions, rs.colMedian, rs.colSpread, rs.colLate]}
              rows={data.leadTimes.map((l) => [
                LEAD_TIME_KINDS.find((k) => k.key === l.kind)!.label[lang],
                showCount(l.actions),
                showDays(l.days.medianShown, lang),
                l.days.q1Shown.kind === 'days' && l.days.q3Shown.kind === 'days'
                  ? `${l.days.q1Shown.value} – ${l.days.q3Shown.value}`
                  : showDays(l.days.q1Shown, lang),
                share(l.late),
              ])}
            />
          </FigureSection>

          <FigureSection
            id="results-partners"
            title={rs.partnersTitle}
            chartLabel={rs.chartPartners}
            chart={
              data.partners.length > 0 ? (
                <BarChart
                  height={Math.max(CHART_HEIGHT, 40 + data.partners.length * 28)}
                  layout="horizontal"
                  yAxis={[{ scaleType: 'band', data: data.partners.map((p) => p.name), width: 200 }]}
                  series={[
                    { data: data.partners.map((p) => countValue(p.onTime)), label: figureLabel('partnerOnTime', lang, params), stack: 'a' },
                    { data: data.partners.map((p) => countValue(p.late)), label: figureLabel('partnerLate', lang, params), stack: 'a' },
                    { data: data.partners.map((p) => countValue(p.open)), label: figureLabel('partnerOpen', lang, params), stack: 'a' },
                  ]}
                />
              ) : undefined
            }
            definitions={<Definitions keys={['partnerOnTime', 'partnerLate', 'partnerOpen', 'partnerDaysLate']} figures={data} />}
          >
            {data.partners.length === 0 ? (
              <Typography>{rs.noPartners}</Typography>
            ) : (
              <FiguresTable
                label={rs.partnersTitle}
                head={[
                  rs.colPartner,
                  ...(['partnerOnTime', 'partnerLate', 'partnerOpen', 'partnerDaysLate'] as const).map((k) => figureLabel(k, lang, params)),
                ]}
                rows={data.partners.map((p) => [p.name, showCount(p.onTime), showCount(p.late), showCount(p.open), showDays(p.daysLate.medianShown, lang)])}
              />
            )}
          </FigureSection>
          <Typography variant="body2" color="text.secondary">
            {rs.chartNote}
          </Typography>
          <BudgetOverview year={Number(data.period.from.slice(0, 4))} />
        </>
      )}
    </Stack>
  );
}
