import { sql, type SQL } from 'drizzle-orm';
import { CLOSING_REASONS, DOSSIER_STATUSES, type ClosingReason } from '../../common/dossiers/status.js';
import { addDaysIso } from '../../common/calendar.js';
import { LEAD_TIME_KINDS, REPORTED_BASIS_KEYS, REPORTED_MOMENTS, type LeadTimeKind, type ReportedMoment } from '../../common/results/definitions.js';
import { countFigure, daysFigure, shareFigure, type PeriodRange, type ResultsFigures } from '../../common/results/figures.js';
import type { Settings } from '../../common/settings.js';
import type { Conn } from './dossier-touch.js';

/**
 * The figures of the Resultaten screen for one period, counted as common/results/definitions.ts describes them.
 * Every figure is an aggregate in SQL; only numbers leave the vault here (no names, no ids of clients), and the
 * day counts for medians are the only per-row values read.
 */

/** "In order" as common/plan/basisvoorwaarden.ts isInOrder: arranged, or not applicable. */
const IN_ORDER = sql.raw(`('geregeld', 'nvt')`);

function inList(values: readonly string[]): SQL {
  return sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );
}

const num = (v: unknown) => Number(v ?? 0);

/**
 * Every status, spelled out: with it the released residents of a period come from the covering index on
 * (status, werkelijke_vrijlating) instead of a scan of the wide dossier rows.
 */
const ANY_STATUS = sql`status IN (${inList(DOSSIER_STATUSES)})`;

export async function resultsFigures(db: Conn, period: PeriodRange, today: string, settings: Settings): Promise<ResultsFigures> {
  const { from, to } = period;
  // Releases recorded ahead of the day are not releases yet.
  const end = to < today ? to : today;
  // The first-contact term has passed when its last day lies before today (common/aftercare/rules.ts firstContactDueBy).
  const termDays = Math.ceil(settings.firstContactHours / 24);
  const termEnd = addDaysIso(today, -termDays - 1);
  const fcEnd = end < termEnd ? end : termEnd;
  const moments = REPORTED_MOMENTS.map((m) => m.key);
  const leadKinds = LEAD_TIME_KINDS.map((k) => k.key);

  const released = sql`SELECT id, werkelijke_vrijlating AS rel FROM dossiers WHERE ${ANY_STATUS} AND werkelijke_vrijlating BETWEEN ${from} AND ${end}`;
  // One probe per line into the covering index on (dossier_id, key, state); a line not recorded reads as not in order.
  const dayOneCols = REPORTED_BASIS_KEYS.map(
    (k) =>
      sql`coalesce((SELECT b.state IN ${IN_ORDER} FROM day_one_basis b INDEXED BY day_one_basis_state_idx WHERE b.dossier_id = r.id AND b.key = ${k}), 0) AS ${sql.identifier(k)}`,
  );
  const dayOneSql = sql`SELECT count(*) AS base, ${sql.join(
    REPORTED_BASIS_KEYS.map((k) => sql`sum(${sql.identifier(k)}) AS ${sql.identifier(k)}`),
    sql`, `,
  )}, sum(${sql.join(
    REPORTED_BASIS_KEYS.map((k) => sql.identifier(k)),
    sql` AND `,
  )}) AS all5
    FROM (SELECT ${sql.join(dayOneCols, sql`, `)} FROM (${released}) r
      WHERE EXISTS (SELECT 1 FROM day_one_basis b WHERE b.dossier_id = r.id))`;

  const firstContactSql = sql`SELECT count(*) AS base, sum(EXISTS (SELECT 1 FROM first_contacts fc WHERE fc.dossier_id = d.id
      AND substr(fc.contact_at, 1, 10) <= date(d.werkelijke_vrijlating, ${`+${termDays} days`}))) AS n
    FROM dossiers d WHERE d.status IN (${inList(DOSSIER_STATUSES)}) AND d.werkelijke_vrijlating BETWEEN ${from} AND ${fcEnd}`;

  const followupSql = sql`SELECT moment_key AS k, count(*) AS base,
      sum(json_extract(basis, '$.housing') IN ${IN_ORDER}) AS housing,
      sum(json_extract(basis, '$.income') IN ${IN_ORDER}) AS income,
      sum(json_extract(basis, '$.debts') IN ${IN_ORDER}) AS debts,
      sum(work IN ('zelfde', 'anders')) AS work
    FROM followups WHERE done_on BETWEEN ${from} AND ${to} AND reached = 'ja' AND moment_key IN (${inList(moments)})
    GROUP BY moment_key`;

  const closedSql = sql`SELECT closing_reason AS reason, count(*) AS n FROM dossiers
    WHERE status = 'afgesloten' AND closed_at BETWEEN ${from} AND ${to} GROUP BY closing_reason`;

  // Failed attempts up to the period's end with no later attempt (up to that end) that reached the client; the
  // order of attempts is by date, then by the order they were entered (as the dossier's aftercare view reads them).
  const unreachableSql = sql`SELECT count(*) AS n FROM (
      SELECT a.dossier_id FROM contact_attempts a JOIN dossiers d ON d.id = a.dossier_id
      WHERE d.werkelijke_vrijlating <= ${to} AND a.date <= ${to} AND a.result <> 'bereikt' AND NOT EXISTS (
        SELECT 1 FROM contact_attempts b WHERE b.dossier_id = a.dossier_id AND b.result = 'bereikt' AND b.date <= ${to}
        AND (b.date > a.date OR (b.date = a.date AND b.id > a.id)))
      GROUP BY a.dossier_id HAVING count(*) >= ${settings.unreachableAfterAttempts} AND max(a.date) >= ${from})`;

  // Per kind of countdown action of the released residents: how many actions took how many days before release
  // (null when not done), and how many of them were late. Grouped in SQL, so only a short histogram leaves the vault.
  const leadSql = sql`SELECT k, days, count(*) AS n, sum(late) AS late FROM (
      SELECT a.template_key AS k,
        CASE WHEN a.status = 'gedaan' AND a.completed_on IS NOT NULL
          THEN CAST(julianday(r.rel) - julianday(a.completed_on) AS INTEGER) END AS days,
        NOT (a.status = 'gedaan' AND a.completed_on IS NOT NULL AND a.completed_on <= r.rel) AS late
      FROM (${released}) r CROSS JOIN plan_actions a ON a.dossier_id = r.id
      WHERE a.template_key IN (${inList(leadKinds)}) AND a.status <> 'vervallen')
    GROUP BY k, days`;

  const isDone = sql`a.status = 'gedaan'`;
  const onTime = sql`(${isDone} AND a.completed_on IS NOT NULL AND a.completed_on <= a.deadline)`;
  const partnerWhere = sql`a.partner_id IS NOT NULL AND a.deadline BETWEEN ${from} AND ${to} AND a.status <> 'vervallen'`;
  // CROSS JOIN keeps the partners (a handful) as the outer side, after the counting over the deadline index.
  const partnerSql = sql`SELECT x.id, p.name, x.on_time, x.late, x.open FROM (
      SELECT a.partner_id AS id, sum(${onTime}) AS on_time, sum(${isDone} AND NOT ${onTime}) AS late, sum(a.status IN ('open', 'bezig')) AS open
      FROM plan_actions a WHERE ${partnerWhere} GROUP BY a.partner_id) x
    CROSS JOIN partners p ON p.id = x.id ORDER BY p.name, x.id`;
  // The '+' keeps the planner on the covering deadline index (the status index would read every action row).
  const partnerLateSql = sql`SELECT id, days, count(*) AS n FROM (
      SELECT a.partner_id AS id, CAST(julianday(a.completed_on) - julianday(a.deadline) AS INTEGER) AS days
      FROM plan_actions a WHERE ${partnerWhere} AND +a.status = 'gedaan' AND a.completed_on > a.deadline)
    GROUP BY id, days`;

  const [releasedRows, dayOneRows, fcRows, fuRows, closedRows, unreachableRows, leadRows, partnerRows, partnerLateRows] = await Promise.all([
    db.all<{ n: number }>(sql`SELECT count(*) AS n FROM (${released})`),
    db.all<Record<string, number | null>>(dayOneSql),
    db.all<{ base: number; n: number | null }>(firstContactSql),
    db.all<{ k: string; base: number; housing: number; income: number; debts: number; work: number }>(followupSql),
    db.all<{ reason: string | null; n: number }>(closedSql),
    db.all<{ n: number }>(unreachableSql),
    db.all<{ k: string; days: number | null; n: number; late: number }>(leadSql),
    db.all<{ id: number; name: string; on_time: number; late: number; open: number }>(partnerSql),
    db.all<{ id: number; days: number; n: number }>(partnerLateSql),
  ]);

  const d1 = dayOneRows[0] ?? {};
  const d1Base = num(d1['base']);
  const fuByMoment = new Map(fuRows.map((r) => [r.k, r]));

  const closedByReason = new Map<ClosingReason, number>(CLOSING_REASONS.map((r) => [r, 0]));
  for (const r of closedRows) {
    // A reason this version does not know (older data, an exchange file) counts as "anders", as in the Overzicht.
    const reason = (CLOSING_REASONS as readonly string[]).includes(r.reason ?? '') ? (r.reason as ClosingReason) : 'anders';
    closedByReason.set(reason, closedByReason.get(reason)! + num(r.n));
  }
  const closedTotal = [...closedByReason.values()].reduce((a, b) => a + b, 0);

  const lead = new Map<LeadTimeKind, { days: number[]; late: number; n: number }>(leadKinds.map((k) => [k, { days: [], late: 0, n: 0 }]));
  for (const r of leadRows) {
    const acc = lead.get(r.k as LeadTimeKind);
    if (!acc) continue;
    const n = num(r.n);
    acc.n += n;
    acc.late += num(r.late);
    if (r.days !== null) for (let i = 0; i < n; i++) acc.days.push(num(r.days));
  }

  const lateDays = new Map<number, number[]>();
  for (const r of partnerLateRows) {
    const list = lateDays.get(num(r.id)) ?? [];
    for (let i = 0; i < num(r.n); i++) list.push(num(r.days));
    lateDays.set(num(r.id), list);
  }

  return {
    period,
    today,
    firstContactHours: settings.firstContactHours,
    unreachableAfterAttempts: settings.unreachableAfterAttempts,
    released: countFigure(num(releasedRows[0]?.n)),
    dayOne: REPORTED_BASIS_KEYS.map((key) => ({ key, share: shareFigure(num(d1[key]), d1Base) })),
    dayOneAll: shareFigure(num(d1['all5']), d1Base),
    firstContact: shareFigure(num(fcRows[0]?.n), num(fcRows[0]?.base)),
    followups: moments.map((moment: ReportedMoment) => {
      const r = fuByMoment.get(moment);
      const base = num(r?.base);
      return {
        moment,
        checked: countFigure(base),
        housing: shareFigure(num(r?.housing), base),
        income: shareFigure(num(r?.income), base),
        work: shareFigure(num(r?.work), base),
        debts: shareFigure(num(r?.debts), base),
      };
    }),
    closed: { total: countFigure(closedTotal), byReason: CLOSING_REASONS.map((reason) => ({ reason, count: countFigure(closedByReason.get(reason)!) })) },
    unreachable: countFigure(num(unreachableRows[0]?.n)),
    leadTimes: leadKinds.map((kind) => {
      const acc = lead.get(kind)!;
      return { kind, actions: countFigure(acc.n), days: daysFigure(acc.days), late: shareFigure(acc.late, acc.n) };
    }),
    partners: partnerRows.map((p) => ({
      partnerId: num(p.id),
      name: p.name,
      onTime: countFigure(num(p.on_time)),
      late: countFigure(num(p.late)),
      open: countFigure(num(p.open)),
      daysLate: daysFigure(lateDays.get(num(p.id)) ?? []),
    })),
  };
}
