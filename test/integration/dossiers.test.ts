import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { unlockVault, vaultPaths } from '../../db/vault.js';
import { listProvisions } from '../../db/repositories/provisions.js';
import { listAudit } from '../../db/repositories/audit.js';
import type { Core } from '../../electron/main/core.js';
import { VIEW_AUDIT_WINDOW_MS } from '../../electron/main/handlers/dossiers.js';
import { apiOf, corePerTest, TEST_PASSWORD } from '../helpers/core.js';
import { migrations } from '../helpers/migrations.js';
import { withDemoVault } from '../helpers/vault.js';
import { seededRandom, syntheticBsn } from '../../db/demo/synthetic.js';
import { localTodayIso, addDaysIso } from '../../common/calendar.js';
import { DASHBOARD_LIST_MAX } from '../../common/dossiers/types.js';

describe('dossiers through the API on a real encrypted vault', () => {
  let dataDir = '';
  let core: Core;
  let api: ReturnType<typeof apiOf>;
  const rand = seededRandom(42);
  corePerTest((c, dir) => {
    core = c;
    dataDir = dir;
    api = apiOf(c);
  });

  const create = async (fields: Record<string, unknown>) => {
    const r = await api.call('dossiers.create', { achternaam: 'Testmans', ...fields });
    if (!r.created) throw new Error('not created');
    return r.id;
  };

  it('registers a dossier, stores it encrypted, and reads it back after a restart', async () => {
    const bsn = syntheticBsn(rand);
    const id = await create({
      voornamen: 'Fictus',
      tussenvoegsel: 'van der',
      bsn,
      geboortedatum: '1988-04-12',
      institution: 'PI Zwolle',
      detentieStart: '2026-02-01',
    });
    const d = await api.call('dossiers.get', { id });
    expect(d.dossier).toMatchObject({
      id,
      achternaam: 'Testmans',
      tussenvoegsel: 'van der',
      bsn,
      geboortedatum: '1988-04-12',
      status: 'melding',
      detentieStart: '2026-02-01',
    });
    expect(d.timeline).toEqual([expect.objectContaining({ from: null, to: 'melding' })]);
    await core.session.shutdown();
    // The file on disk does not contain the name or the BSN in readable form.
    const raw = readFileSync(vaultPaths(dataDir).db);
    expect(raw.includes(Buffer.from('Testmans'))).toBe(false);
    expect(raw.includes(Buffer.from(bsn))).toBe(false);
    const v = await unlockVault(dataDir, TEST_PASSWORD, migrations());
    const rows = await v.client.execute('SELECT achternaam, search_text FROM dossiers');
    expect(rows.rows[0]?.['achternaam']).toBe('Testmans');
    expect(String(rows.rows[0]?.['search_text'])).toContain('vandertestmans');
    v.close();
  });

  it('refuses bad input with field messages and saves nothing', async () => {
    const err = await api.fail('dossiers.create', {
      achternaam: '',
      bsn: '123456789',
      geboortedatum: addDaysIso(localTodayIso(), 3),
      detentieStart: '2026-03-10',
      verwachteVrijlating: '2026-03-01',
    });
    expect(err.code).toBe('VALIDATION');
    const fields = err.details?.['fields'] as Record<string, string>;
    expect(Object.keys(fields).sort()).toEqual(['achternaam', 'bsn', 'geboortedatum', 'verwachteVrijlating']);
    expect((await api.call('dossiers.list', {})).total).toBe(0);
  });

  it('refuses a BSN that exists, naming the existing dossier; warns on same name and birth date', async () => {
    const bsn = syntheticBsn(rand);
    const first = await create({ voornamen: 'Demora', bsn, geboortedatum: '1990-01-01' });
    const dup = await api.fail('dossiers.create', { achternaam: 'Anders', bsn });
    expect(dup).toMatchObject({ code: 'DUPLICATE_BSN', details: { existingId: first } });

    const warn = await api.call('dossiers.create', { achternaam: 'testmans', voornamen: 'DEMORA', geboortedatum: '1990-01-01' });
    expect(warn).toMatchObject({ created: false, warning: 'same_name_birthdate', candidates: [{ id: first }] });
    expect((await api.call('dossiers.list', {})).total).toBe(1);
    const confirmed = await api.call('dossiers.create', { achternaam: 'testmans', voornamen: 'DEMORA', geboortedatum: '1990-01-01', confirmDuplicate: true });
    expect(confirmed.created).toBe(true);

    // Editing another dossier to an existing BSN is refused as well.
    const other = await create({ achternaam: 'Nepveld' });
    expect(await api.fail('dossiers.update', { id: other, patch: { bsn } })).toMatchObject({ code: 'DUPLICATE_BSN', details: { existingId: first } });
  });

  it('records every changed field with old and new value, and keeps the expected-release history', async () => {
    const id = await create({ detentieStart: '2026-01-10', verwachteVrijlating: '2026-06-01' });
    await api.call('dossiers.update', { id, patch: { verwachteVrijlating: '2026-07-15', woonplaats: 'Fictiefdorp', achternaam: 'Testmans' } });
    await api.call('dossiers.update', { id, patch: { verwachteVrijlating: '2026-08-01' } });
    const d = await api.call('dossiers.get', { id });
    expect(d.releaseHistory.map((r) => r.date)).toEqual(['2026-06-01', '2026-07-15', '2026-08-01']);
    const h = await api.call('dossiers.history', { id });
    expect(h.filter((e) => e.field === 'verwachteVrijlating').map((e) => [e.oldValue, e.newValue])).toEqual([
      ['2026-07-15', '2026-08-01'],
      ['2026-06-01', '2026-07-15'],
    ]);
    expect(h.find((e) => e.field === 'woonplaats')).toMatchObject({ oldValue: null, newValue: 'Fictiefdorp' });
    // An unchanged field is not recorded.
    expect(h.some((e) => e.field === 'achternaam')).toBe(false);
    // Release before detention start, on the merged result, is refused and changes nothing.
    const bad = await api.fail('dossiers.update', { id, patch: { detentieStart: '2026-09-01' } });
    expect(bad.details?.['fields']).toHaveProperty('verwachteVrijlating');
    expect((await api.call('dossiers.get', { id })).dossier.detentieStart).toBe('2026-01-10');
  });

  it('walks the journey with validated transitions and a timeline', async () => {
    const id = await create({ meldingDatum: '2026-01-05' });
    expect(await api.fail('dossiers.transition', { id, to: 'detentie' })).toMatchObject({
      code: 'VALIDATION',
      details: { fields: { detentieStart: expect.any(String) } },
    });
    await api.call('dossiers.update', { id, patch: { detentieStart: '2026-01-01', verwachteVrijlating: '2026-05-01' } });
    await api.call('dossiers.transition', { id, to: 'detentie' });
    await api.call('dossiers.transition', { id, to: 'vrijlating_nadert' });
    expect(await api.fail('dossiers.transition', { id, to: 'nazorg' })).toMatchObject({ details: { fields: { werkelijkeVrijlating: expect.any(String) } } });
    expect(await api.fail('dossiers.transition', { id, to: 'nazorg', werkelijkeVrijlating: '2025-12-01' })).toMatchObject({
      details: { fields: { werkelijkeVrijlating: expect.stringMatching(/vóór de start/) } },
    });
    await api.call('dossiers.transition', { id, to: 'nazorg', werkelijkeVrijlating: '2026-05-03' });
    // While in nazorg the release date cannot be removed.
    expect(await api.fail('dossiers.update', { id, patch: { werkelijkeVrijlating: '' } })).toMatchObject({ code: 'VALIDATION' });
    expect(await api.fail('dossiers.transition', { id, to: 'afgesloten' })).toMatchObject({ details: { fields: { closingReason: expect.any(String) } } });
    expect(await api.fail('dossiers.transition', { id, to: 'detentie' })).toMatchObject({ details: { fields: { to: expect.any(String) } } });
    const closed = await api.call('dossiers.transition', { id, to: 'afgesloten', closingReason: 'doel_bereikt' });
    expect(closed.dossier).toMatchObject({
      status: 'afgesloten',
      closingReason: 'doel_bereikt',
      werkelijkeVrijlating: '2026-05-03',
      closedAt: localTodayIso(),
    });
    expect(closed.timeline.map((t) => t.to)).toEqual(['melding', 'detentie', 'vrijlating_nadert', 'nazorg', 'afgesloten']);
    const h = await api.call('dossiers.history', { id });
    expect(h.find((e) => e.field === 'werkelijkeVrijlating')).toMatchObject({ oldValue: null, newValue: '2026-05-03' });
    const audit = await listAudit(core.session.requireVault().db, 100, 0);
    // Audit holds ids, never names.
    expect(JSON.stringify(audit.entries)).not.toContain('Testmans');
    expect(audit.entries.filter((e) => e.event === 'dossier.transition')).toHaveLength(4);
  });

  it('keeps people around the client, consents with withdrawal, and journal notes', async () => {
    const id = await create({});
    const contact = { role: 'reclassering', name: 'R. Voorbeeld', organisation: 'Reclassering Nederland' } as const;
    const c = await api.call('dossiers.addContact', { dossierId: id, ...contact, telefoon: '06-00000000' });
    await api.call('dossiers.updateContact', { id: c.id, ...contact, telefoon: '06-11111111' });
    const edited = (await api.call('dossiers.history', { id })).filter((e) => e.field === 'contact.reclassering' && e.oldValue !== null);
    expect(edited).toEqual([expect.objectContaining({ oldValue: 'R. Voorbeeld: telefoon 06-00000000', newValue: 'R. Voorbeeld: telefoon 06-11111111' })]);
    // Saving unchanged values adds no history line; a bad value is refused with the same Dutch message as adding.
    await api.call('dossiers.updateContact', { id: c.id, ...contact, telefoon: '06-11111111' });
    expect((await api.call('dossiers.history', { id })).filter((e) => e.field === 'contact.reclassering')).toHaveLength(2);
    expect(
      (await api.fail('dossiers.updateContact', { id: c.id, role: 'reclassering', name: 'R. Voorbeeld', email: 'geen-adres' })).details?.['fields'],
    ).toEqual({
      email: 'Geen geldig e-mailadres.',
    });
    expect((await api.fail('dossiers.addContact', { dossierId: id, role: 'naaste', name: ' ' })).details?.['fields']).toHaveProperty('name');
    const consent = await api.call('dossiers.addConsent', {
      dossierId: id,
      partner: 'Wijkteam',
      scope: 'Adres en telefoonnummer',
      legalBasis: 'toestemming',
      givenOn: '2026-03-01',
    });
    expect((await api.fail('dossiers.withdrawConsent', { id: consent.id, withdrawnOn: '2026-02-01' })).details?.['fields']).toHaveProperty('withdrawnOn');
    await api.call('dossiers.withdrawConsent', { id: consent.id, withdrawnOn: '2026-04-01' });
    await api.call('dossiers.addNote', { dossierId: id, date: '2026-03-02', text: 'Gebeld met de casemanager.' });
    const d = await api.call('dossiers.get', { id });
    expect(d.contacts).toEqual([expect.objectContaining({ role: 'reclassering', telefoon: '06-11111111' })]);
    expect(d.consents[0]).toMatchObject({ givenOn: '2026-03-01', withdrawnOn: '2026-04-01' });
    expect(d.notes[0]).toMatchObject({ date: '2026-03-02', text: 'Gebeld met de casemanager.' });
    const fields = (await api.call('dossiers.history', { id })).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['contact.reclassering', 'consent', 'consent.withdrawn', 'note']));
    await api.call('dossiers.removeContact', { id: c.id });
    expect((await api.call('dossiers.get', { id })).contacts).toEqual([]);
  });

  it('finds by name in any case, without accents or tussenvoegsel, by BSN and by institution; filters and sorts', async () => {
    const bsn = syntheticBsn(rand);
    const today = localTodayIso();
    const a = await create({
      achternaam: 'Zéphyrtest',
      tussenvoegsel: 'van',
      voornamen: 'Ölga',
      bsn,
      institution: 'PI Vught',
      verwachteVrijlating: addDaysIso(today, 5),
      detentieStart: '2025-01-01',
    });
    const b = await create({ achternaam: 'Bedachtman', institution: 'PI Zwolle', verwachteVrijlating: addDaysIso(today, 40), detentieStart: '2025-01-01' });
    const c = await create({ achternaam: 'Aardig', institution: 'PI Zwolle' });
    const ids = async (input: Parameters<typeof api.call<'dossiers.list'>>[1]) => (await api.call('dossiers.list', input)).items.map((i) => i.id);
    expect(await ids({ query: 'ZEPHYR' })).toEqual([a]);
    expect(await ids({ query: 'van zephyrtest' })).toEqual([a]);
    expect(await ids({ query: 'olga' })).toEqual([a]);
    expect(await ids({ query: `${bsn.slice(0, 4)}.${bsn.slice(4)}` })).toEqual([a]);
    expect(await ids({ query: 'zwolle' })).toEqual([c, b]);
    expect(await ids({ releaseWithinDays: 14 })).toEqual([a]);
    expect(await ids({ releaseWithinDays: 60, sort: 'release', direction: 'desc' })).toEqual([b, a]);
    expect(await ids({ sort: 'name' })).toEqual([c, b, a]);
    await api.call('dossiers.transition', { id: a, to: 'detentie' });
    expect(await ids({ statuses: ['detentie'] })).toEqual([a]);
    expect(await ids({ sort: 'status', direction: 'desc' })).toEqual([a, c, b]);
    expect((await api.call('dossiers.search', { query: 'bedacht' })).items.map((i) => i.id)).toEqual([b]);
    const page = await api.call('dossiers.list', { limit: 2, offset: 2 });
    expect(page).toMatchObject({ total: 3, items: [{ id: a }] });
    expect(await api.fail('dossiers.list', { extraFilters: ['bestaatNiet'] })).toMatchObject({ code: 'VALIDATION' });
  });

  it('logs one "viewed" line per visit, not one per fetch of the dossier page', async () => {
    const id = await create({ achternaam: 'Kijkgraag' });
    const views = async () => (await listAudit(core.session.requireVault().db, 100, 0)).entries.filter((e) => e.event === 'dossier.view').length;
    for (let i = 0; i < 4; i++) await api.call('dossiers.get', { id });
    expect(await views()).toBe(1);
    // After the window, or after locking, viewing again is a new visit.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + VIEW_AUDIT_WINDOW_MS + 1000 });
    try {
      await api.call('dossiers.get', { id });
      await api.call('dossiers.get', { id });
    } finally {
      vi.useRealTimers();
    }
    expect(await views()).toBe(2);
    await api.call('vault.lock', {});
    await api.call('vault.unlock', { password: TEST_PASSWORD });
    await api.call('dossiers.get', { id });
    expect(await views()).toBe(3);
  });

  it('caps the dashboard lists and gives their totals, so thousands of open notices keep Vandaag quick', async () => {
    const today = localTodayIso();
    for (let i = 0; i < DASHBOARD_LIST_MAX + 3; i++)
      await create({ achternaam: `Lijsttest${i}`, verwachteVrijlating: addDaysIso(today, 1 + (i % 10)), detentieStart: '2020-01-01' });
    const dash = await api.call('dossiers.dashboard', {});
    expect(dash.releases14).toHaveLength(DASHBOARD_LIST_MAX);
    expect(dash.noticesWithoutFollowUp).toHaveLength(DASHBOARD_LIST_MAX);
    expect(dash.totals).toEqual({ releases14: DASHBOARD_LIST_MAX + 3, releases15to30: 0, notices: DASHBOARD_LIST_MAX + 3 });
    // Soonest first: the list cut keeps the most urgent releases.
    expect(dash.releases14.every((r, i, all) => i === 0 || all[i - 1]!.date <= r.date)).toBe(true);
    expect(dash.releases14.at(-1)!.daysLeft).toBeLessThanOrEqual(10);
  });

  it('shows today’s dashboard and the yearly overview, and exports it as Dutch CSV recorded as a provision', async () => {
    const today = localTodayIso();
    const year = Number(today.slice(0, 4));
    const soon = await create({ verwachteVrijlating: addDaysIso(today, 10), detentieStart: '2020-01-01', veiligheid: 'BIJ-melding' });
    const later = await create({ achternaam: 'Later', verwachteVrijlating: addDaysIso(today, 25), detentieStart: '2020-01-01' });
    const quiet = await create({ achternaam: 'Stil', meldingDatum: today });
    await api.call('dossiers.addNote', { dossierId: later, date: today, text: 'Eerste contact.' });
    const dash = await api.call('dossiers.dashboard', {});
    expect(dash.releases14.map((r) => r.id)).toEqual([soon]);
    expect(dash.releases14[0]).toMatchObject({ daysLeft: 10, hasSafetyNotes: true });
    expect(dash.releases15to30.map((r) => r.id)).toEqual([later]);
    expect(dash.totals).toEqual({ releases14: 1, releases15to30: 1, notices: 2 });
    expect(dash.noticesWithoutFollowUp.map((n) => n.id)).toEqual(expect.arrayContaining([soon, quiet]));
    expect(dash.noticesWithoutFollowUp.map((n) => n.id)).not.toContain(later);
    expect(dash.countsByStatus).toMatchObject({ melding: 3, afgesloten: 0 });

    await api.call('dossiers.transition', { id: quiet, to: 'afgesloten', closingReason: 'verhuisd' });
    const o = await api.call('dossiers.overview', { year, period: 'quarter' });
    expect(o.rows).toHaveLength(4);
    expect(o.totals).toMatchObject({ opened: 3, closed: 1, closedByReason: { verhuisd: 1 } });
    expect(o.activeAtEnd).toBe(2);

    const file = await api.call('dossiers.overviewCsv', { year, period: 'month' });
    const csv = { content: Buffer.from(file.base64, 'base64').toString('utf8'), fileName: file.fileName };
    expect(file.mediaType).toMatch(/text\/csv/);
    expect(csv.content.startsWith('\uFEFFPeriode;Van;Tot en met;Geopend')).toBe(true);
    expect(csv.content).toContain(`Januari ${year};01-01-${year};31-01-${year};`);
    expect(csv.content.split('\r\n').filter(Boolean)).toHaveLength(14);
    expect(csv.fileName).toBe(`overzicht-nazorg-${year}-per-maand.csv`);
    const prov = await listProvisions(core.session.requireVault().db);
    expect(prov[0]).toMatchObject({ kind: 'csv.overzicht', direction: 'out' });
  });
});

describe('demo vault', () => {
  it('holds synthetic dossiers in every status, as many as asked', async () => {
    await withDemoVault(12, async (v) => {
      const rows = await v.client.execute('SELECT status, count(*) AS n FROM dossiers GROUP BY status');
      const counts = Object.fromEntries(rows.rows.map((r) => [String(r['status']), Number(r['n'])]));
      expect(Object.keys(counts).sort()).toEqual(['afgesloten', 'detentie', 'melding', 'nazorg', 'vrijlating_nadert']);
      expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(12);
      const bsns = await v.client.execute("SELECT bsn FROM dossiers WHERE bsn NOT LIKE '9%'");
      expect(bsns.rows).toHaveLength(0);
    });
  });
});
