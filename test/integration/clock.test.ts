import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clockAt, type Clock } from '../../common/calendar.js';
import { retentionCutoff } from '../../common/retention.js';
import { pdfText } from '../helpers/pdf.js';
import { unlockedCore, type TypedCall } from '../helpers/core.js';

/**
 * The main side reads the time from one injected clock: a core started with a fixed clock sees that day everywhere
 * (Vandaag, retention, document file names), whatever the real date is.
 */
describe('the injected clock', () => {
  // 25 October 2026, the night the clocks go back: 22:30 UTC is already the 25th in Amsterdam, but not in UTC.
  const fixed: Clock = { today: '2026-10-25', now: '2026-10-24T22:30:00.000Z' };
  let call: TypedCall;
  let close: () => Promise<void>;
  let id = 0;

  beforeAll(async () => {
    ({ call, close } = await unlockedCore({ clock: () => fixed }));
  });
  afterAll(async () => close());

  it('sets "today" for Vandaag: a release two weeks from the fixed day is 14 days away', async () => {
    const r = await call('dossiers.create', {
      achternaam: 'Klokmans',
      voornamen: 'Testa',
      geboortedatum: '1990-01-01',
      verwachteVrijlating: '2026-11-08',
      detentieStart: '2026-01-05',
      meldingDatum: '2026-01-10',
    });
    if (!r.created) throw new Error('not created');
    id = r.id;
    const d = await call('dossiers.dashboard', {});
    expect(d.today).toBe('2026-10-25');
    expect(d.releases14.map((r) => [r.id, r.daysLeft])).toEqual([[id, 14]]);
  });

  it('sets the retention cutoff', async () => {
    const r = await call('retention.proposals', {});
    expect(r.cutoff).toBe(retentionCutoff('2026-10-25', r.retentionYears));
  });

  it('dates a document by the fixed day, in its file name and on the page', async () => {
    const doc = await call('documents.actionPlan', { dossierId: id, recipient: 'Regie- en toedelingsoverleg' });
    expect(doc.fileName).toContain('2026-10-25');
    expect(pdfText(Buffer.from(doc.pdfBase64, 'base64'))).toContain('25-10-2026');
  });

  it('clockAt reads a real instant the same way', () => {
    expect(clockAt(new Date('2026-10-24T22:30:00.000Z')).now).toBe(fixed.now);
  });
});
