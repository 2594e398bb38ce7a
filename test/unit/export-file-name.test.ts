import { afterEach, describe, expect, it } from 'vitest';
import { exportFileName } from '../../common/exchange/files.js';

describe('export file names', () => {
  const tz = process.env['TZ'];
  afterEach(() => {
    if (tz === undefined) delete process.env['TZ'];
    else process.env['TZ'] = tz;
  });

  it('carry the local date, like the documents: a file saved just after midnight in Amsterdam is dated that day', () => {
    process.env['TZ'] = 'Europe/Amsterdam';
    // 00:30 on 2 January in Amsterdam is still 1 January in UTC.
    expect(exportFileName('dossierlijst', 'csv', new Date('2026-01-01T23:30:00Z'))).toBe('dossierlijst-2026-01-02.csv');
    // 23:30 on 30 June in Amsterdam (summer time) is 21:30 UTC, the same day.
    expect(exportFileName('deadlines', 'ics', new Date('2026-06-30T21:30:00Z'))).toBe('deadlines-2026-06-30.ics');
  });
});
