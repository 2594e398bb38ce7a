import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { ClosingReason } from '../../common/dossiers/status.js';
import { countOverview } from '../../common/dossiers/overview-count.js';
import { transitionDossier } from '../../db/repositories/dossier-core.js';
import { dossiers } from '../../db/schema.js';
import { apiOf, unlockedCore } from '../helpers/core.js';

type Ctx = Awaited<ReturnType<typeof unlockedCore>>;

/** Noon local time: the local calendar day is the same in any time zone the test runs in. */
const on = (day: string) => ({ now: new Date(`${day}T12:00:00`) });

describe('yearly overview counts every closing from the status history (real vault)', () => {
  let ctx: Ctx;
  let api: ReturnType<typeof apiOf>;
  beforeAll(async () => {
    ctx = await unlockedCore();
    api = apiOf(ctx.core);
    const db = ctx.core.session.requireVault().db;
    const create = async (achternaam: string, meldingDatum: string) => {
      const r = await api.call('dossiers.create', { achternaam, voornamen: 'Test', meldingDatum });
      if (!r.created) throw new Error('seed');
      return r.id;
    };
    const close = (id: number, day: string, closingReason: ClosingReason) => transitionDossier(db, id, { to: 'afgesloten', closingReason }, on(day));
    const reopen = (id: number, day: string) => transitionDossier(db, id, { to: 'melding' }, on(day));

    // Closed in Q1, re-opened, closed again in Q4.
    const twice = await create('Tweemaalsma', '2025-01-15');
    await close(twice, '2025-03-10', 'verhuisd');
    await reopen(twice, '2025-05-01');
    await close(twice, '2025-11-20', 'doel_bereikt');
    // Closed in Q2, re-opened only next year: closed at the end of 2025, open now.
    const reopened = await create('Heropendsma', '2025-02-01');
    await close(reopened, '2025-06-15', 'weigert_medewerking');
    await reopen(reopened, '2026-01-10');
    // Two closings within the same quarter, with different reasons.
    const sameQuarter = await create('Kwartaalsma', '2025-04-01');
    await close(sameQuarter, '2025-07-01', 'geen_contact');
    await reopen(sameQuarter, '2025-08-01');
    await close(sameQuarter, '2025-08-20', 'opnieuw_gedetineerd');
    // Older data without a status history: its own closing date and reason count.
    const older = await create('Oudsma', '2024-12-01');
    await db.update(dossiers).set({ status: 'afgesloten', closedAt: '2025-09-09', closingReason: 'overleden' }).where(eq(dossiers.id, older));
    await create('Opensma', '2025-10-01');
  });
  afterAll(async () => ctx?.close());

  it('per quarter: each closing in its own period with the reason of that moment', async () => {
    const o = await api.call('dossiers.overview', { year: 2025, period: 'quarter' });
    const closed = o.rows.map((r) => [r.period, r.closed, Object.entries(r.closedByReason).filter(([, n]) => n > 0)]);
    expect(closed).toEqual([
      ['K1 2025', 1, [['verhuisd', 1]]],
      ['K2 2025', 1, [['weigert_medewerking', 1]]],
      [
        'K3 2025',
        3,
        [
          ['overleden', 1],
          ['opnieuw_gedetineerd', 1],
          ['geen_contact', 1],
        ],
      ],
      ['K4 2025', 1, [['doel_bereikt', 1]]],
    ]);
    expect(o.totals).toMatchObject({ opened: 4, closed: 6 });
    // Only the never-closed dossier was active on 31 December; the one re-opened in 2026 was closed then.
    expect(o.activeAtEnd).toBe(1);
  });

  it('the next year counts the re-opening as no closing, and the re-opened dossier as active', async () => {
    const o = await api.call('dossiers.overview', { year: 2026, period: 'month' });
    expect(o.totals.closed).toBe(0);
    expect(o.activeAtEnd).toBe(2);
  });

  it('the CSV export carries the same counts', async () => {
    const file = await api.call('dossiers.overviewCsv', { year: 2025, period: 'quarter' });
    const lines = Buffer.from(file.base64, 'base64').toString('utf8').slice(1).split('\r\n');
    expect(lines[5]).toMatch(/^Totaal 2025;01-01-2025;31-12-2025;4;0;6;/);
  });
});

describe('overview counting rules (pure)', () => {
  const closedRow = { id: 1, openedOn: '2025-01-01', releasedOn: null, status: 'afgesloten' as const, closedAt: '2025-02-03', closingReason: 'verhuisd' };
  it('a dossier received already closed counts on its own closing date, not on the day it was imported', () => {
    const o = countOverview(2025, 'month', {
      dossiers: [closedRow],
      changes: [{ dossierId: 1, seq: 1, at: '2025-06-01T10:00:00.000Z', day: '2025-06-01', from: null, to: 'afgesloten' }],
      reasons: [],
    });
    expect(o.rows.map((r) => r.closed)).toEqual([0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(o.totals.closedByReason.verhuisd).toBe(1);
  });
  it('an earlier closing without a recorded reason counts as "anders"', () => {
    const o = countOverview(2025, 'quarter', {
      dossiers: [closedRow],
      changes: [
        { dossierId: 1, seq: 1, at: '2025-01-01T10:00:00.000Z', day: '2025-01-01', from: null, to: 'melding' },
        { dossierId: 1, seq: 2, at: '2025-01-10T10:00:00.000Z', day: '2025-01-10', from: 'melding', to: 'afgesloten' },
        { dossierId: 1, seq: 3, at: '2025-01-20T10:00:00.000Z', day: '2025-01-20', from: 'afgesloten', to: 'melding' },
        { dossierId: 1, seq: 4, at: '2025-02-03T10:00:00.000Z', day: '2025-02-03', from: 'melding', to: 'afgesloten' },
      ],
      reasons: [],
    });
    expect(o.rows[0]).toMatchObject({ closed: 2, closedByReason: { anders: 1, verhuisd: 1 } });
  });
});
