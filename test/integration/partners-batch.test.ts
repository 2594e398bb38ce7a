import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/main/core.js';
import { apiOf, unlockedCoreAt } from '../helpers/core.js';
import { tempDir } from '../helpers/tmp.js';

/** The first-run guide's partners are saved in one go: all of them, or (on any bad row) none. */
describe('partners.createMany on a real encrypted vault', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  let api: ReturnType<typeof apiOf>;
  beforeAll(async () => {
    tmp = tempDir();
    core = await unlockedCoreAt(tmp.dir);
    api = apiOf(core);
  });
  afterAll(async () => {
    await core.session.shutdown();
    tmp.cleanup();
  });

  it('refuses the whole batch when one row is wrong, naming the row and field, and saves nothing', async () => {
    const before = await api.call('partners.list', {});
    const err = await api.fail('partners.createMany', {
      partners: [
        { type: 'wijkteam', name: 'Wijkteam Fictiefdorp', email: '', phone: '', note: '', contactName: '' },
        { type: 'woningcorporatie', name: '', email: 'geen-emailadres', phone: '', note: '', contactName: '' },
      ],
    });
    expect(err.code).toBe('VALIDATION');
    expect(err.details).toMatchObject({ fields: { 'partners.1.name': 'Vul de naam van de organisatie in.', 'partners.1.email': 'Geen geldig e-mailadres.' } });
    expect(await api.call('partners.list', {})).toEqual(before);
  });

  it('saves every row with its contact person, and records it in the audit trail', async () => {
    const created = await api.call('partners.createMany', {
      partners: [
        {
          type: 'wijkteam',
          name: 'Wijkteam Fictiefdorp',
          email: 'wijkteam@fictiefdorp.example',
          phone: '010 765 43 21',
          note: '',
          contactName: 'Jet Testwijk',
        },
        { type: 'ggz_verslavingszorg', name: 'GGZ Fictiefland', email: '', phone: '', note: '', contactName: '' },
      ],
    });
    expect(created.map((p) => [p.type, p.name, p.contacts.map((c) => c.name)])).toEqual([
      ['wijkteam', 'Wijkteam Fictiefdorp', ['Jet Testwijk']],
      ['ggz_verslavingszorg', 'GGZ Fictiefland', []],
    ]);
    const names = (await api.call('partners.list', {})).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Reclassering Nederland', 'Wijkteam Fictiefdorp', 'GGZ Fictiefland']));
    const audit = await api.call('audit.list', { event: 'partner.created' });
    expect(audit.entries.map((e) => e.detail)).toEqual([{ count: 2 }]);
  });
});
