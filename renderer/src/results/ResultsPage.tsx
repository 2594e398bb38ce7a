import { Alert, Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { formatDateNl } from '../../../common/dates';
import {
  DISCLOSURE_EXPLANATION,
  FOLLOWUP_SHARE_KEYS,
  LEAD_TIME_KINDS,
  REPORTED_MOMENTS,
  RESULT_PARTS,
  figureLabel,
  type FigureKey,
} from '../../../common/results/definitions';
import { showCount, showDays, showShare, type CountFigure, type ResultsFigures, type ShareFigure } from '../../../common/results/figures';
import { formatCount } from '../../../common/results/disclosure';
import type { ResultsPeriod } from '../../../common/results/figures';
import { api } from '../api';
import { DateField } from '../components/DateField';
import { useApiAction } from '../hooks/useApiAction';
import { basisLabel, closingReasonLabel } from '../i18n/labels';
import { currentLanguage } from '../i18n';
import { rs } from './texts';
import { CHART_HEIGHT, FigureSection, type FigureSectionSpec } from './FigureSection';
import { ResultsDownloads } from './ResultsDownloads';
import { BudgetOverview } from '../costs/BudgetOverview';
import { paramsOf, shareCountText } from '../../../common/results/report';

type Kind = ResultsPeriod['kind'];

/** A chart draws only what the table shows exactly: a withheld or bounded value has no bar. */
function shareValue(f: ShareFigure): number | null {
  return f.shown.kind === 'share' ? f.shown.percent : null;
}

function countValue(f: CountFigure): number | null {
  return f.shown.kind === 'count' ? f.shown.value : null;
}

/** The blocks of the screen, each with its chart, its tables and the figures it explains (common/results/definitions.ts). */
function figureSections(data: ResultsFigures): FigureSectionSpec[] {
  const lang = currentLanguage();
  const params = paramsOf(data);
  const label = (k: FigureKey) => figureLabel(k, lang, params);
  const share = (f: ShareFigure) => showShare(f, lang);
  const of = (f: ShareFigure) => rs.of(shareCountText(f), formatCount(f.baseShown));
  const moment = (key: string) => REPORTED_MOMENTS.find((m) => m.key === key)!.label[lang];
  const leadKind = (key: string) => LEAD_TIME_KINDS.find((k) => k.key === key)!.label[lang];
  return [
    {
      id: 'results-released',
      title: rs.releasedTitle,
      keys: RESULT_PARTS.released,
      chart: {
        label: rs.chartDayOne,
        layout: 'horizontal',
        categories: [...data.dayOne.map((d) => basisLabel(d.key)), rs.allFive],
        categoryWidth: 130,
        percent: true,
        series: [{ data: [...data.dayOne.map((d) => shareValue(d.share)), shareValue(data.dayOneAll)], label: rs.colShare }],
      },
      lead: (
        <>
          <Typography variant="h4" component="p" data-testid="figure-released">
            {showCount(data.released)}
          </Typography>
          <Typography variant="body2" sx={{ mb: 1 }}>
            {label('released')}
          </Typography>
        </>
      ),
      tables: [
        {
          label: label('dayOneBasis'),
          head: [rs.colBasis, rs.colShare, rs.colOf],
          rows: [...data.dayOne.map((d) => [basisLabel(d.key), share(d.share), of(d.share)]), [rs.allFive, share(data.dayOneAll), of(data.dayOneAll)]],
        },
      ],
    },
    {
      id: 'results-first-contact',
      title: rs.firstContactTitle,
      keys: RESULT_PARTS.firstContact,
      tables: [
        {
          label: label('firstContact'),
          head: [rs.colFigure, rs.colShare, rs.colOf],
          rows: [[label('firstContact'), share(data.firstContact), of(data.firstContact)]],
        },
      ],
    },
    {
      id: 'results-followup',
      title: rs.followupTitle,
      keys: RESULT_PARTS.followup,
      chart: {
        label: rs.chartFollowup,
        layout: 'vertical',
        categories: FOLLOWUP_SHARE_KEYS.map(label),
        percent: true,
        series: data.followups.map((f) => ({ label: moment(f.moment), data: [f.housing, f.income, f.work, f.debts].map(shareValue) })),
      },
      tables: [
        {
          label: rs.followupTitle,
          head: [rs.colMoment, ...RESULT_PARTS.followup.map(label)],
          rows: data.followups.map((f) => [moment(f.moment), showCount(f.checked), share(f.housing), share(f.income), share(f.work), share(f.debts)]),
        },
      ],
    },
    {
      id: 'results-closed',
      title: rs.closedTitle,
      keys: RESULT_PARTS.closed,
      chart: {
        label: rs.chartClosed,
        layout: 'horizontal',
        categories: data.closed.byReason.map((r) => closingReasonLabel(r.reason)),
        categoryWidth: 170,
        series: [{ data: data.closed.byReason.map((r) => countValue(r.count)), label: rs.colCount }],
      },
      tables: [
        {
          label: label('closedByReason'),
          head: [rs.colReason, rs.colCount],
          rows: [...data.closed.byReason.map((r) => [closingReasonLabel(r.reason), showCount(r.count)]), [rs.total, showCount(data.closed.total)]],
        },
        { label: label('unreachable'), head: [rs.colFigure, rs.colCount], rows: [[label('unreachable'), showCount(data.unreachable)]] },
      ],
    },
    {
      id: 'results-lead',
      title: rs.leadTitle,
      keys: RESULT_PARTS.leadTimes,
      chart: {
        label: rs.chartLead,
        layout: 'horizontal',
        categories: data.leadTimes.map((l) => leadKind(l.kind)),
        categoryWidth: 170,
        series: [{ data: data.leadTimes.map((l) => (l.days.medianShown.kind === 'days' ? l.days.medianShown.value : null)), label: rs.colMedian }],
      },
      tables: [
        {
          label: rs.leadTitle,
          head: [rs.colKind, rs.colActions, rs.colMedian, rs.colSpread, rs.colLate],
          rows: data.leadTimes.map((l) => [
            leadKind(l.kind),
            showCount(l.actions),
            showDays(l.days.medianShown, lang),
            l.days.q1Shown.kind === 'days' && l.days.q3Shown.kind === 'days'
              ? `${l.days.q1Shown.value} – ${l.days.q3Shown.value}`
              : showDays(l.days.q1Shown, lang),
            share(l.late),
          ]),
        },
      ],
    },
    {
      id: 'results-partners',
      title: rs.partnersTitle,
      keys: RESULT_PARTS.partners,
      ...(data.partners.length === 0
        ? { lead: <Typography>{rs.noPartners}</Typography>, tables: [] }
        : {
            chart: {
              label: rs.chartPartners,
              layout: 'horizontal',
              categories: data.partners.map((p) => p.name),
              categoryWidth: 200,
              height: Math.max(CHART_HEIGHT, 40 + data.partners.length * 28),
              series: [
                { data: data.partners.map((p) => countValue(p.onTime)), label: label('partnerOnTime'), stack: 'a' },
                { data: data.partners.map((p) => countValue(p.late)), label: label('partnerLate'), stack: 'a' },
                { data: data.partners.map((p) => countValue(p.open)), label: label('partnerOpen'), stack: 'a' },
              ],
            },
            tables: [
              {
                label: rs.partnersTitle,
                head: [rs.colPartner, ...RESULT_PARTS.partners.map(label)],
                rows: data.partners.map((p) => [p.name, showCount(p.onTime), showCount(p.late), showCount(p.open), showDays(p.daysLate.medianShown, lang)]),
              },
            ],
          }),
    },
  ];
}

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

          {figureSections(data).map((section) => (
            <FigureSection key={section.id} section={section} params={paramsOf(data)} />
          ))}
          <Typography variant="body2" color="text.secondary">
            {rs.chartNote}
          </Typography>
          <BudgetOverview year={Number(data.period.from.slice(0, 4))} />
        </>
      )}
    </Stack>
  );
}
