import { and, eq, sql } from 'drizzle-orm';
import type { Clock } from '../../../common/calendar.js';
import type { ActionEntry } from '../../../common/exchange/payload.js';
import { freshItems, itemKey } from '../../../common/exchange/sections.js';
import { encodeStrip, type BasisKey, type BasisStatus } from '../../../common/plan/basisvoorwaarden.js';
import { domainScores, partnerContacts, partners, planActions, planBasis, planGoals, plans } from '../../schema.js';
import type { Tx } from '../dossier-fields.js';
import { insertRows, insertRowsWith, type ImportItems } from './batches.js';

/** The plan and actions sections of an import, for all dossiers at once: one multi-row statement per table. */
export async function addPlanItems(tx: Tx, list: ImportItems[], clock: Clock): Promise<void> {
  const withActions = list.filter((x) => x.sections.has('actions'));
  const partnerCache = new Map<string, number>();
  const actionRows = [];
  for (const { dossierId, inc, cur } of withActions) {
    for (const a of freshItems(inc.actions, cur.actions, itemKey.actions)) {
      // Most actions name a partner already looked up: the cache is read without awaiting a lookup.
      const partnerId = a.partner ? (partnerCache.get(partnerKey(a.partner)) ?? (await partnerIdFor(tx, a.partner, clock, partnerCache))) : null;
      const contactId =
        partnerId && a.contact
          ? (partnerCache.get(contactKey(partnerId, a.contact)) ?? (await contactIdFor(tx, partnerId, a.contact, clock, partnerCache)))
          : null;
      actionRows.push({
        dossierId,
        title: a.title,
        domainKey: a.domainKey,
        partnerId,
        contactId,
        deadline: a.deadline,
        status: a.status,
        completedOn: a.completedOn,
        resultNote: a.resultNote,
        createdOn: a.createdOn ?? clock.today,
        createdAt: clock.now,
        updatedAt: clock.now,
      });
    }
  }
  await insertRows(tx, planActions, actionRows);

  const withPlan = list.filter((x) => x.sections.has('plan') && x.inc.plan);
  if (withPlan.length === 0) return;
  const basisRows = withPlan.flatMap(({ dossierId, inc }) => inc.plan!.basis.map((b) => ({ dossierId, ...b })));
  await insertRowsWith(planBasis, basisRows, (rows) =>
    tx
      .insert(planBasis)
      .select(rows)
      .onConflictDoUpdate({
        target: [planBasis.dossierId, planBasis.key],
        set: { state: sql`excluded.state`, note: sql`excluded.note`, changedOn: sql`excluded.changed_on` },
      }),
  );
  // The plan row keeps a denormalised strip of the basisvoorwaarden for the dossier list: the rows here before the
  // import (read with the dossier's current sections) with the file's written over them by key, as the upsert did.
  const planRows = withPlan.map(({ dossierId, inc, cur }) => {
    const byKey = new Map<BasisKey, BasisStatus>();
    for (const b of [...(cur.plan?.basis ?? []), ...inc.plan!.basis]) byKey.set(b.key, { key: b.key, state: b.state, note: b.note, changedOn: b.changedOn });
    return { dossierId, basisStrip: encodeStrip([...byKey.values()]), updatedAt: clock.now };
  });
  await insertRowsWith(plans, planRows, (rows) =>
    tx
      .insert(plans)
      .select(rows)
      .onConflictDoUpdate({ target: plans.dossierId, set: { basisStrip: sql`excluded.basis_strip`, updatedAt: sql`excluded.updated_at` } }),
  );
  const scores = withPlan.flatMap(({ dossierId, inc, cur }) =>
    freshItems(inc.plan!.scores, cur.plan?.scores, itemKey.scores).map((s) => ({ ...s, dossierId, createdAt: clock.now })),
  );
  await insertRows(tx, domainScores, scores);
  const goals = withPlan.flatMap(({ dossierId, inc, cur }) =>
    freshItems(inc.plan!.goals, cur.plan?.goals, itemKey.goals).map((g) => ({ ...g, dossierId, createdAt: clock.now, updatedAt: clock.now })),
  );
  await insertRows(tx, planGoals, goals);
}

const partnerKey = (p: NonNullable<ActionEntry['partner']>) => `p|${p.type}|${p.name.toLowerCase()}`;
const contactKey = (partnerId: number, name: string) => `c|${partnerId}|${name.toLowerCase()}`;

/** Partners travel by type and name; an unknown one is added to the partner register. The caller reads the cache first. */
async function partnerIdFor(tx: Tx, p: NonNullable<ActionEntry['partner']>, clock: Clock, cache: Map<string, number>): Promise<number> {
  const key = partnerKey(p);
  const [found] = await tx
    .select({ id: partners.id })
    .from(partners)
    .where(and(eq(partners.type, p.type), sql`lower(${partners.name}) = ${p.name.toLowerCase()}`))
    .limit(1);
  const id =
    found?.id ??
    (await tx.insert(partners).values({ type: p.type, name: p.name, createdAt: clock.now, updatedAt: clock.now }).returning({ id: partners.id }))[0]!.id;
  cache.set(key, id);
  return id;
}

async function contactIdFor(tx: Tx, partnerId: number, name: string, clock: Clock, cache: Map<string, number>): Promise<number> {
  const key = contactKey(partnerId, name);
  const [found] = await tx
    .select({ id: partnerContacts.id })
    .from(partnerContacts)
    .where(and(eq(partnerContacts.partnerId, partnerId), sql`lower(${partnerContacts.name}) = ${name.toLowerCase()}`))
    .limit(1);
  const id = found?.id ?? (await tx.insert(partnerContacts).values({ partnerId, name, createdAt: clock.now }).returning({ id: partnerContacts.id }))[0]!.id;
  cache.set(key, id);
  return id;
}
