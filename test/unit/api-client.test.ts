import { describe, expect, it } from 'vitest';
import { areas, clientOver, contract, type MethodName } from '../../common/api/contract.js';

describe('the typed client over the contract (api.dossiers.update)', () => {
  it('reaches every method of the contract by area and name, and only those', () => {
    const byArea = Object.entries(areas).flatMap(([area, methods]) => Object.keys(methods).map((name) => `${area}.${name}`));
    expect([...byArea].sort()).toEqual(Object.keys(contract).sort());
    for (const [area, methods] of Object.entries(areas))
      for (const [name, def] of Object.entries(methods)) expect(contract[`${area}.${name}` as MethodName], `${area}.${name}`).toBe(def);
  });

  it("calls the transport with the method's full name and the input as given", async () => {
    const calls: [string, unknown][] = [];
    const api = clientOver((method, input) => {
      calls.push([method, input]);
      return Promise.resolve({ answered: method });
    });
    const input = { id: 7, patch: { roepnaam: 'Testpersoon' } };
    await expect(api.dossiers.update(input)).resolves.toEqual({ answered: 'dossiers.update' });
    await api.partners.list({ includeArchived: true });
    await api.session.activity({});
    expect(calls).toEqual([
      ['dossiers.update', input],
      ['partners.list', { includeArchived: true }],
      ['session.activity', {}],
    ]);
  });
});
