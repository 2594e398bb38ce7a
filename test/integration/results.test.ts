import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inDutch } from '../helpers/messages.js';
import { contract } from '../../common/api/contract.js';
import { addDaysIso } from '../../common/calendar.js';
import { fieldErrors } from '../../common/zod-nl.js';
import { periodRange, showCount, showDays, showShare } from '../../common/results/figures.js';
import { createVault, generateRecoveryCode, type OpenVault } from '../../db/vault.js';
import { contactAttempts, dayOneBasis, dossiers, firstContacts, followups, partners, planActions } from '../../db/schema.js';
import { getSettings } from '../../db/repositories/settings.js';
import { resultsFigures } from '../../db/repositories/results.js';
import { migrations } from '../helpers/migrations.js';
import { tempDir } from '../helpers/tmp.js';
import { insertDossier } from '../helpers/vault.js';

const PW = 'fiets regen lantaarn koffie';
const NOW = '2026-12-01T09:00:00.000Z';
const TODAY = '2026-12-01';
const BASIS = ['id', 'housing', 'income', 'debts', 'care', 'network', 'bank', 'daytime'] as const;

/**
 * A small caseload written straight into the tables, with every expected figure worked out by hand in the
 * comments: the repository must count exactly what common/results/definitions.ts says.
 */
describe('the results figures on a real encrypted vault', () => {
  let tmp: ReturnType<typeof tempDir>;
  let v: OpenVault;
  const ids: number[] = [];

  const dossier = (n: number, values: Partial<typeof dossiers.$inferInsert> = {}) =>
    insertDossier(v.db, NOW, { achternaam: `Testpersoon${n}`, status: 'nazorg', ...values });

  beforeAll(async () => {
    tmp = tempDir();
    v = await createVault(tmp.dir, PW, generateRecoveryCode(), migrations());
    const [woco] = await v.db.insert(partners).values({ type: 'woningcorporatie', name: 'Woonstichting Proef', createdAt: NOW, updatedAt: NOW }).returning();
    const [ggz] = await v.db.insert(partners).values({ type: 'ggz_verslavingszorg', name: 'GGZ Proef', createdAt: NOW, updatedAt: NOW }).returning();

    // Twelve residents released in March 2026 (i = 1..12).
    for (let i = 1; i <= 12; i++) {
      const rel = addDaysIso('2026-03-01', i);
      const id = await dossier(i, { werkelijkeVrijlating: rel });
      ids.push(id);
      const state = (key: string) => {
        if (key === 'housing' && i <= 2) return 'niet_geregeld';
        if (key === 'id' && i >= 10) return 'in_gang';
        if (key === 'debts' && i === 5) return 'nvt';
        return 'geregeld';
      };
      await v.db.insert(dayOneBasis).values(BASIS.map((key) => ({ dossierId: id, key, state: state(key), releaseDate: rel, recordedAt: NOW })));
      // First contact: the day after release for 1..6, three days after for 7 and 8 (too late for 48 hours), none for the rest.
      if (i <= 8)
        await v.db
          .insert(firstContacts)
          .values({ dossierId: id, contactAt: `${addDaysIso(rel, i <= 6 ? 1 : 3)}T10:00`, who: 'C', how: 'telefoon', recordedAt: NOW });
      // The 3-month moment: reached for 1..11, not for 12.
      await v.db.insert(followups).values({
        dossierId: id,
        momentKey: '3-maanden',
        label: '3 maanden na vrijlating',
        dueOn: addDaysIso(rel, 92),
        doneOn: addDaysIso(rel, 92),
        reached: i <= 11 ? 'ja' : 'nee',
        basis: JSON.stringify({ housing: i <= 8 ? 'geregeld' : 'in_gang', income: 'onbekend', debts: 'nvt' }),
        work: i <= 5 ? 'zelfde' : i === 6 ? 'anders' : 'geen',
        createdAt: NOW,
        updatedAt: NOW,
      });
      // A 2-week moment is not reported; an open 6-month moment is not counted.
      await v.db.insert(followups).values([
        { dossierId: id, momentKey: '2-weken', label: '2 weken', dueOn: rel, doneOn: rel, reached: 'ja', createdAt: NOW, updatedAt: NOW },
        { dossierId: id, momentKey: '6-maanden', label: '6 maanden', dueOn: addDaysIso(rel, 183), createdAt: NOW, updatedAt: NOW },
      ]);
      // ID applied for i days before release (1..10), two days after release (11), still open (12).
      await v.db.insert(planActions).values({
        dossierId: id,
        title: 'Identiteitsbewijs aanvragen',
        templateKey: 'id',
        status: i <= 11 ? 'gedaan' : 'open',
        completedOn: i <= 10 ? addDaysIso(rel, -i) : i === 11 ? addDaysIso(rel, 2) : null,
        deadline: addDaysIso(rel, -14),
        createdOn: '2026-01-01',
        createdAt: NOW,
        updatedAt: NOW,
      });
    }
    // A dropped benefit application is no lead time at all.
    await v.db.insert(planActions).values({
      dossierId: ids[0]!,
      title: 'Uitkering',
      templateKey: 'uitkering',
      status: 'vervallen',
      createdOn: '2026-01-01',
      createdAt: NOW,
      updatedAt: NOW,
    });

    // Released just now: counts as released, but its first-contact term has not passed and it has no day-one record.
    await dossier(13, { werkelijkeVrijlating: '2026-11-30' });
    // Release recorded ahead of the day: not counted.
    await dossier(14, { werkelijkeVrijlating: '2026-12-05' });
    // Released in 2025, closed in 2026 (doel bereikt); unreachable only in 2025.
    const old = await dossier(15, { werkelijkeVrijlating: '2025-12-31', status: 'afgesloten', closedAt: '2026-05-01', closingReason: 'doel_bereikt' });
    await dossier(16, { status: 'afgesloten', closedAt: '2025-06-01', closingReason: 'verhuisd' });
    await dossier(17, { status: 'afgesloten', closedAt: '2026-07-01', closingReason: 'iets_ouds' });
    const attempt = (dossierId: number, date: string, result: string) => ({ dossierId, date, channel: 'telefoon', result, createdAt: NOW });
    await v.db.insert(contactAttempts).values([
      attempt(old, '2025-12-31', 'geen_gehoor'),
      attempt(old, '2025-12-31', 'geen_gehoor'),
      attempt(old, '2025-12-31', 'niet_thuis'),
      // i = 10: reached once, then three failures in a row -> not reachable.
      attempt(ids[9]!, '2026-04-01', 'geen_gehoor'),
      attempt(ids[9]!, '2026-04-02', 'bereikt'),
      attempt(ids[9]!, '2026-04-05', 'geen_gehoor'),
      attempt(ids[9]!, '2026-04-06', 'niet_thuis'),
      attempt(ids[9]!, '2026-04-07', 'geen_gehoor'),
      // i = 11: three failures, then reached -> reachable.
      attempt(ids[10]!, '2026-04-01', 'geen_gehoor'),
      attempt(ids[10]!, '2026-04-02', 'geen_gehoor'),
      attempt(ids[10]!, '2026-04-03', 'geen_gehoor'),
      attempt(ids[10]!, '2026-04-03', 'bereikt'),
    ]);

    // Partner actions: 6 on time, 3 late (2, 4 and 9 days), 2 open, 1 dropped, one outside the year.
    const act = (partnerId: number, deadline: string, status: string, completedOn: string | null) => ({
      dossierId: ids[0]!,
      title: 'Actie',
      partnerId,
      deadline,
      status,
      completedOn,
      createdOn: '2026-01-01',
      createdAt: NOW,
      updatedAt: NOW,
    });
    await v.db
      .insert(planActions)
      .values([
        ...[1, 2, 3, 4, 5, 6].map((m) => act(woco!.id, `2026-0${m}-15`, 'gedaan', `2026-0${m}-${m === 6 ? 15 : 10}`)),
        act(woco!.id, '2026-02-01', 'gedaan', '2026-02-03'),
        act(woco!.id, '2026-02-01', 'gedaan', '2026-02-05'),
        act(woco!.id, '2026-02-01', 'gedaan', '2026-02-10'),
        act(woco!.id, '2026-11-01', 'open', null),
        act(woco!.id, '2026-12-20', 'bezig', null),
        act(woco!.id, '2026-03-01', 'vervallen', '2026-03-02'),
        act(ggz!.id, '2025-12-01', 'gedaan', '2026-01-05'),
      ]);
  });

  afterAll(() => {
    v.close();
    tmp.cleanup();
  });

  it('counts every figure of a year as its definition says', async () => {
    const f = await resultsFigures(v.db, periodRange({ kind: 'year', year: 2026 }), TODAY, await getSettings(v.db));
    expect(f.released.n).toBe(13);
    const d1 = Object.fromEntries(f.dayOne.map((d) => [d.key, [d.share.n, d.share.base]]));
    expect(d1).toEqual({ id: [9, 12], housing: [10, 12], income: [12, 12], debts: [12, 12], care: [12, 12] });
    expect([f.dayOneAll.n, f.dayOneAll.base]).toEqual([7, 12]); // 3..9
    expect([f.firstContact.n, f.firstContact.base]).toEqual([6, 12]);

    const m3 = f.followups.find((x) => x.moment === '3-maanden')!;
    expect(m3.checked.n).toBe(11);
    expect([m3.housing.n, m3.income.n, m3.work.n, m3.debts.n]).toEqual([8, 0, 6, 11]);
    expect(f.followups.find((x) => x.moment === '6-maanden')!.checked.n).toBe(0);

    expect(f.closed.total.n).toBe(2);
    expect(f.closed.byReason.find((r) => r.reason === 'doel_bereikt')!.count.n).toBe(1);
    expect(f.closed.byReason.find((r) => r.reason === 'anders')!.count.n).toBe(1);
    expect(f.unreachable.n).toBe(1);

    const id = f.leadTimes.find((l) => l.kind === 'id')!;
    expect(id.actions.n).toBe(12);
    expect([id.days.base, id.days.median, id.days.q1, id.days.q3]).toEqual([11, 5, 3, 8]);
    expect([id.late.n, id.late.base]).toEqual([2, 12]);
    expect(f.leadTimes.find((l) => l.kind === 'uitkering')!.actions.n).toBe(0);

    expect(f.partners.map((p) => p.name)).toEqual(['Woonstichting Proef']);
    const p = f.partners[0]!;
    expect([p.onTime.n, p.late.n, p.open.n, p.daysLate.base, p.daysLate.median]).toEqual([6, 3, 2, 3, 4]);
  });

  it('hands out only disclosed values for small numbers', async () => {
    const f = await resultsFigures(v.db, periodRange({ kind: 'year', year: 2026 }), TODAY, await getSettings(v.db));
    expect(showShare(f.dayOne.find((d) => d.key === 'housing')!.share)).toBe('> 58%'); // all but 2 of 12
    expect(showShare(f.dayOneAll)).toBe('58%');
    expect(showCount(f.unreachable)).toBe('< 5');
    expect(showCount(f.released)).toBe('13');
    expect(showDays(f.leadTimes[0]!.days.medianShown)).toBe('5');
    expect(showDays(f.partners[0]!.daysLate.medianShown)).toBe('te weinig om te tonen');
    expect(showCount(f.partners[0]!.late)).toBe('< 5');
  });

  it('a quarter and a from-to period count only their own days', async () => {
    const q2 = await resultsFigures(v.db, periodRange({ kind: 'quarter', year: 2026, quarter: 2 }), TODAY, await getSettings(v.db));
    expect(q2.released.n).toBe(0);
    expect(q2.unreachable.n).toBe(1);
    expect(q2.closed.total.n).toBe(1);
    const march = await resultsFigures(v.db, { from: '2026-03-02', to: '2026-03-05' }, TODAY, await getSettings(v.db));
    expect(march.released.n).toBe(4);
    expect(march.dayOne.find((d) => d.key === 'housing')!.share.n).toBe(2);
  });

  it('refuses impossible periods with a Dutch message on the field', () => {
    const parse = (period: unknown) => contract['results.figures'].input.safeParse({ period });
    const bad = parse({ kind: 'range', from: '2026-02-30', to: '2026-03-01' });
    expect(bad.success).toBe(false);
    expect(inDutch(fieldErrors(bad.error!)['period.from'])).toBe('Geen bestaande datum. Gebruik dd-mm-jjjj, bijvoorbeeld 05-03-2026.');
    const reversed = parse({ kind: 'range', from: '2026-03-02', to: '2026-03-01' });
    expect(inDutch(fieldErrors(reversed.error!)['period.to'])).toBe('De einddatum ligt vóór de begindatum.');
    expect(inDutch(fieldErrors(parse({ kind: 'quarter', year: 2026, quarter: 5 }).error!)['period.quarter'])).toBe('Kies een kwartaal (1 tot en met 4).');
    expect(parse({ kind: 'year', year: 2026 }).success).toBe(true);
  });
});
