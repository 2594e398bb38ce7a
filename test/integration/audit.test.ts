import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/main/core.js';
import { okValue as value, TEST_PASSWORD as PW, corePerTest } from '../helpers/core.js';

type Entry = { event: string; at: string; detail: Record<string, unknown> };

describe('audit trail: unlock, failed unlock, lock, changes and exports, readable and exportable', () => {
  let core: Core;
  corePerTest((c) => (core = c));

  it('records each failed unlock as its own line, at its own time, once the vault opens again', async () => {
    await core.dispatch('vault.lock', {});
    expect(await core.dispatch('vault.unlock', { password: 'fout wachtwoord een' })).toMatchObject({ ok: false, error: { code: 'WRONG_PASSWORD' } });
    expect(await core.dispatch('vault.unlock', { password: 'fout wachtwoord twee' })).toMatchObject({ ok: false, error: { code: 'WRONG_PASSWORD' } });
    // The growing delay after two failures is short; wait it out through the session's own clock.
    await new Promise((r) => setTimeout(r, (core.session.status().retryAfterSeconds + 0.2) * 1000));
    value(await core.dispatch('vault.unlock', { password: PW }));
    const list = value<{ entries: Entry[]; total: number }>(await core.dispatch('audit.list', { limit: 100, event: 'vault.unlock_failed' }));
    expect(list.total).toBe(2);
    expect(list.entries.every((e) => e.event === 'vault.unlock_failed')).toBe(true);
    const unlock = value<{ entries: Entry[] }>(await core.dispatch('audit.list', { limit: 1, event: 'vault.unlock' }));
    expect(unlock.entries[0]!.detail['failedAttemptsBefore']).toBe(2);
    // Failures are written once, not again at the next unlock.
    await core.dispatch('vault.lock', {});
    value(await core.dispatch('vault.unlock', { password: PW }));
    expect(value<{ total: number }>(await core.dispatch('audit.list', { limit: 100, event: 'vault.unlock_failed' })).total).toBe(2);
    const all = value<{ entries: Entry[] }>(await core.dispatch('audit.list', { limit: 100 })).entries.map((e) => e.event);
    expect(all).toEqual(expect.arrayContaining(['vault.created', 'vault.lock', 'vault.unlock', 'backup.created']));
  });

  it('filters by event, event group and date, and lists the event names', async () => {
    value(await core.dispatch('settings.update', { coordinatorPhone: '0600000000' }));
    value(await core.dispatch('backup.create', {}));
    const settings = value<{ entries: Entry[]; total: number }>(await core.dispatch('audit.list', { limit: 100, event: 'settings.update' }));
    expect(settings.total).toBe(1);
    expect(settings.entries[0]!.detail['keys']).toEqual(['coordinatorPhone']);
    const backups = value<{ entries: Entry[] }>(await core.dispatch('audit.list', { limit: 100, event: 'backup.' }));
    expect(backups.entries.length).toBeGreaterThanOrEqual(2);
    expect(backups.entries.every((e) => e.event.startsWith('backup.'))).toBe(true);
    const today = new Date().toISOString().slice(0, 10);
    expect(value<{ total: number }>(await core.dispatch('audit.list', { limit: 100, from: today, to: today })).total).toBeGreaterThan(3);
    expect(value<{ total: number }>(await core.dispatch('audit.list', { limit: 100, to: '2001-01-01' })).total).toBe(0);
    expect(await core.dispatch('audit.list', { limit: 100, from: '23-11-2026' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const names = value<{ events: string[] }>(await core.dispatch('audit.events', {})).events;
    expect(names).toEqual(expect.arrayContaining(['vault.created', 'settings.update', 'backup.created']));
  });

  it('exports to CSV as Dutch Excel expects (semicolons, UTF-8 BOM, dd-mm-jjjj), and the export is audited', async () => {
    value(await core.dispatch('settings.update', { coordinatorPhone: '0600000000' }));
    const r = value<{ fileName: string; base64: string; rows: number }>(await core.dispatch('audit.export', { format: 'csv' }));
    expect(r.fileName).toMatch(/^logboek-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = Buffer.from(r.base64, 'base64').toString('utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('Tijdstip;Gebeurtenis;Details');
    expect(lines).toHaveLength(r.rows + 1);
    expect(lines[1]).toMatch(/^\d{2}-\d{2}-\d{4} \d{2}:\d{2};vault\.created;/);
    expect(lines.some((l) => /;settings\.update;keys=coordinatorPhone$/.test(l))).toBe(true);
    const filtered = value<{ rows: number }>(await core.dispatch('audit.export', { event: 'settings.update', format: 'csv' }));
    expect(filtered.rows).toBe(1);
    const exports = value<{ entries: Entry[] }>(await core.dispatch('audit.list', { limit: 10, event: 'audit.export' }));
    expect(exports.entries.map((e) => e.detail)).toEqual([
      { rows: 1, filtered: true, format: 'csv' },
      { rows: r.rows, filtered: false, format: 'csv' },
    ]);
  });
});
