import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { describeCounts } from '../../renderer/src/backups/format.js';

afterEach(async () => {
  await i18next.changeLanguage('nl');
});

describe('what a backup holds, as the Reservekopieën page says it', () => {
  it('says one in the singular and other numbers in the plural, in the order the coordinator knows', async () => {
    const counts = { attachments: 1, dossiers: 40, plan_actions: 1, audit_log: 0, provisions: 2, settings: 9, __drizzle_migrations: 5 };
    expect(describeCounts(counts)).toBe('40 dossiers, 1 actie, 1 bijlage, 0 logboekregels, 2 verstrekkingen');
    await i18next.changeLanguage('en');
    expect(describeCounts(counts)).toBe('40 case files, 1 action, 1 attachment, 0 log entries, 2 provisions');
  });
});
