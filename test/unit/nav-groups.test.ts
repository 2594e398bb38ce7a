import { describe, expect, it } from 'vitest';
import { NAV_GROUPS, routes } from '../../renderer/src/pages/routes.js';

describe('the side bar groups (daily work / accountability / management)', () => {
  it('puts every page of the side bar in exactly one group, and only pages that exist', () => {
    const navIds = routes.filter((r) => r.nav).map((r) => r.id);
    const grouped = NAV_GROUPS.flatMap((g) => g.routeIds);
    expect([...grouped].sort()).toEqual([...navIds].sort());
    expect(new Set(grouped).size).toBe(grouped.length);
    for (const g of NAV_GROUPS) expect(g.routeIds.length, g.id).toBeGreaterThan(0);
  });
});
