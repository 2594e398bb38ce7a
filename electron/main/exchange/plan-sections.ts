import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { ActionEntry, ExchangeSection, PlanSection } from '../../../common/exchange/payload.js';
import { PARTNER_TYPE_KEYS, type PartnerType } from '../../../common/plan/partners.js';
import { encodeStrip, type BasisKey, type BasisState } from '../../../common/plan/basisvoorwaarden.js';
import { domainScores, partnerContacts, partners, planActions, planBasis, planGoals, plans } from '../../../db/schema.js';
import { insertMany, itemKey, selectIn, type Bundle, type Conn, type SectionData, type Tx, type WriteClock } from './dossier-sections.js';

/** The plan and actions sections (tables of the plan area): read for export and preview, written on import. */
export async function readPlanSections(db: Conn, bundles: Bundle[], sections: ReadonlySet<ExchangeSection>): Promise<void> {
  const ids = bundles.map((b) => b.id);
  if (sections.has('plan')) {
    const basis = await selectIn(ids, (c) => db.select().from(planBasis).where(inArray(planBasis.dossierId, c)).orderBy(asc(planBasis.key)));
    const scores = await selectIn(ids, (c) =>
      db.select().from(domainScores).where(inArray(domainScores.dossierId, c)).orderBy(asc(domainScores.assessedOn), asc(domainScores.id)),
    );
    const goals = await selectIn(ids, (c) => db.select().from(planGoals).where(inArray(planGoals.dossierId, c)).orderBy(asc(planGoals.id)));
    for (const b of bundles) {
      b.plan = {
        basis: (basis.get(b.id) ?? []).map((r) => ({ key: r.key as BasisKey, state: r.state as BasisState, note: r.note, changedOn: r.changedOn })),
        scores: (scores.get(b.id) ?? []).map((r) => ({ domainKey: r.domainKey, score: r.score, assessedOn: r.assessedOn, note: r.note })),
        goals: (goals.get(b.id) ?? []).map((r) => ({ domainKey: r.domainKey, text: r.text, status: r.status as PlanSection['goals'][number]['status'] })),
      };
    }
  }
  if (sections.has('actions')) {
    const actions = await selectIn(ids, (c) =>
      db
        .select({
          dossierId: planActions.dossierId,
          title: planActions.title,
          domainKey: planActions.domainKey,
          partnerType: partners.type,
          partnerName: partners.name,
          contactName: partnerContacts.name,
          deadline: planActions.deadline,
          status: planActions.status,
          completedOn: planActions.completedOn,
          resultNote: planActions.resultNote,
          createdOn: planActions.createdOn,
        })
        .from(planActions)
        .leftJoin(partners, eq(partners.id, planActions.partnerId))
        .leftJoin(partnerContacts, eq(partnerContacts.id, planActions.contactId))
        .where(inArray(planActions.dossierId, c))
        .orderBy(asc(planActions.id)),
    );
    for (const b of bundles) {
      b.actions = (actions.get(b.id) ?? []).map((a) => ({
        title: a.title,
        domainKey: a.domainKey,
        // A type this version does not know travels as 'overig' rather than failing the whole export.
        partner: a.partnerName
          ? { type: (PARTNER_TYPE_KEYS as string[]).includes(a.partnerType ?? '') ? (a.partnerType as PartnerType) : 'overig', name: a.partnerName }
          : null,
        contact: a.contactName,
        deadline: a.deadline,
        status: a.status as ActionEntry['status'],
        completedOn: a.completedOn,
        resultNote: a.resultNote,
        createdOn: a.createdOn,
      }));
    }
  }
}

function fresh<T>(items: T[] | undefined, have: T[] | undefined, key: (x: T) => string): T[] {
  const seen = new Set((have ?? []).map(key));
  return (items ?? []).filter((x) => {
    const k = key(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export async function addPlanItems(
  tx: Tx,
  dossierId: number,
  section: 'plan' | 'actions',
  inc: Partial<SectionData>,
  cur: Partial<SectionData>,
  clock: WriteClock,
  partnerCache: Map<string, number>,
): Promise<void> {
  if (section === 'actions') {
    const values = [];
    for (const a of fresh(inc.actions, cur.actions, itemKey.actions)) {
      const partnerId = a.partner ? await partnerIdFor(tx, a.partner, clock, partnerCache) : null;
      const contactId = partnerId && a.contact ? await contactIdFor(tx, partnerId, a.contact, clock, partnerCache) : null;
      values.push({
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
    await insertMany(values, (c) => tx.insert(planActions).values(c));
    return;
  }
  const p = inc.plan;
  if (!p) return;
  for (const b of p.basis) {
    await tx
      .insert(planBasis)
      .values({ dossierId, ...b })
      .onConflictDoUpdate({ target: [planBasis.dossierId, planBasis.key], set: { state: b.state, note: b.note, changedOn: b.changedOn } });
  }
  // The plan row keeps a denormalised strip of the basisvoorwaarden for the dossier list.
  const all = await tx.select().from(planBasis).where(eq(planBasis.dossierId, dossierId));
  const strip = encodeStrip(all.map((r) => ({ key: r.key as BasisKey, state: r.state as BasisState, note: r.note, changedOn: r.changedOn })));
  await tx
    .insert(plans)
    .values({ dossierId, basisStrip: strip, updatedAt: clock.now })
    .onConflictDoUpdate({ target: plans.dossierId, set: { basisStrip: strip, updatedAt: clock.now } });
  await insertMany(fresh(p.scores, cur.plan?.scores, itemKey.scores), (c) =>
    tx.insert(domainScores).values(c.map((s) => ({ ...s, dossierId, createdAt: clock.now }))),
  );
  await insertMany(fresh(p.goals, cur.plan?.goals, itemKey.goals), (c) =>
    tx.insert(planGoals).values(c.map((g) => ({ ...g, dossierId, createdAt: clock.now, updatedAt: clock.now }))),
  );
}

/** Partners travel by type and name; an unknown one is added to the partner register. */
async function partnerIdFor(tx: Tx, p: NonNullable<ActionEntry['partner']>, clock: WriteClock, cache: Map<string, number>): Promise<number> {
  const key = `p|${p.type}|${p.name.toLowerCase()}`;
  const hit = cache.get(key);
  if (hit) return hit;
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

async function contactIdFor(tx: Tx, partnerId: number, name: string, clock: WriteClock, cache: Map<string, number>): Promise<number> {
  const key = `c|${partnerId}|${name.toLowerCase()}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const [found] = await tx
    .select({ id: partnerContacts.id })
    .from(partnerContacts)
    .where(and(eq(partnerContacts.partnerId, partnerId), sql`lower(${partnerContacts.name}) = ${name.toLowerCase()}`))
    .limit(1);
  const id = found?.id ?? (await tx.insert(partnerContacts).values({ partnerId, name, createdAt: clock.now }).returning({ id: partnerContacts.id }))[0]!.id;
  cache.set(key, id);
  return id;
}
