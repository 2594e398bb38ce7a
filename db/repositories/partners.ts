import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { AppError } from '../../common/errors.js';
import { clientRef } from '../../common/plan/rappel.js';
import { SEED_ORGANISATIONS, type ContactInput, type PartnerBatch, type PartnerInput, type PartnerType } from '../../common/plan/partners.js';
import type { PartnerDetail, PartnerView } from '../../common/plan/types.js';
import { partnerContacts, partners, planActions, settings } from '../schema.js';
import type { Db } from '../vault.js';
import type { Conn } from './plan-history.js';
import { dossierNames } from './plan-reports.js';
import { OPEN_STATUSES, selectActions, toActionView } from './plan-view.js';
import type { Clock } from '../../common/calendar.js';
import { msg } from '../../common/messages/index.js';

const SEEDED_KEY = 'plan.partnersSeeded';

/**
 * A new register starts with the three reclassering organisations (3RO); once only, so an organisation
 * the coordinator archived does not come back.
 */
export async function seedPartnersOnce(db: Db, now: string): Promise<void> {
  const [done] = await db.select().from(settings).where(eq(settings.key, SEEDED_KEY));
  if (done) return;
  await db.transaction(async (tx) => {
    for (const o of SEED_ORGANISATIONS) await tx.insert(partners).values({ type: o.type, name: o.name, createdAt: now, updatedAt: now });
    await tx.insert(settings).values({ key: SEEDED_KEY, value: 'true', updatedAt: now }).onConflictDoNothing();
  });
}

export async function listPartners(db: Conn, opts: { includeArchived: boolean; today: string }): Promise<PartnerView[]> {
  const rows = await db
    .select({
      id: partners.id,
      type: partners.type,
      name: partners.name,
      email: partners.email,
      phone: partners.phone,
      note: partners.note,
      archivedAt: partners.archivedAt,
      openActions: sql<number>`(SELECT count(*) FROM ${planActions} a WHERE a.partner_id = partners.id AND a.status IN ('open', 'bezig'))`,
      overdueActions: sql<number>`(SELECT count(*) FROM ${planActions} a WHERE a.partner_id = partners.id AND a.status IN ('open', 'bezig') AND a.deadline < ${opts.today})`,
    })
    .from(partners)
    .where(opts.includeArchived ? undefined : isNull(partners.archivedAt))
    .orderBy(asc(partners.type), asc(partners.name));
  const ids = rows.map((r) => r.id);
  const contacts = ids.length
    ? await db
        .select()
        .from(partnerContacts)
        .where(and(inArray(partnerContacts.partnerId, ids), isNull(partnerContacts.archivedAt)))
        .orderBy(asc(partnerContacts.name))
    : [];
  return rows.map(({ archivedAt, ...r }) => ({
    ...r,
    type: r.type as PartnerType,
    archived: archivedAt !== null,
    contacts: contacts.filter((c) => c.partnerId === r.id).map((c) => ({ id: c.id, name: c.name, role: c.role, email: c.email, phone: c.phone })),
  }));
}

export async function getPartner(db: Conn, id: number, clock: Clock, soonDays: number): Promise<PartnerDetail> {
  const all = await listPartners(db, { includeArchived: true, today: clock.today });
  const p = all.find((x) => x.id === id);
  if (!p) throw new AppError('NOT_FOUND');
  const actions = await selectActions(db)
    .where(and(eq(planActions.partnerId, id), inArray(planActions.status, OPEN_STATUSES)))
    .orderBy(sql`${planActions.deadline} IS NULL`, asc(planActions.deadline));
  const names = await dossierNames(
    db,
    actions.map((a) => a.dossierId),
  );
  return {
    ...p,
    actions: actions.map((a) => ({
      ...toActionView(a, clock.today, soonDays),
      clientRef: clientRef(names.get(a.dossierId) ?? { voornamen: '', tussenvoegsel: '', achternaam: '' }),
    })),
  };
}

async function one(db: Db, id: number, today: string): Promise<PartnerView> {
  const p = (await listPartners(db, { includeArchived: true, today })).find((x) => x.id === id);
  if (!p) throw new AppError('NOT_FOUND');
  return p;
}

export async function createPartner(db: Db, input: PartnerInput, clock: Clock): Promise<PartnerView> {
  const [row] = await db
    .insert(partners)
    .values({ ...input, createdAt: clock.now, updatedAt: clock.now })
    .returning({ id: partners.id });
  return one(db, row!.id, clock.today);
}

/** Several partners at once, each with its contact person when named: one transaction, so all or none. */
export async function createPartners(db: Conn, input: PartnerBatch, clock: Clock): Promise<PartnerView[]> {
  const ids = await db.transaction(async (tx) => {
    const out: number[] = [];
    for (const { contactName, ...fields } of input.partners) {
      const [row] = await tx
        .insert(partners)
        .values({ ...fields, createdAt: clock.now, updatedAt: clock.now })
        .returning({ id: partners.id });
      if (contactName) await tx.insert(partnerContacts).values({ partnerId: row!.id, name: contactName, role: '', email: '', phone: '', createdAt: clock.now });
      out.push(row!.id);
    }
    return out;
  });
  const all = await listPartners(db, { includeArchived: false, today: clock.today });
  return ids.map((id) => all.find((p) => p.id === id)!);
}

export async function updatePartner(db: Db, input: PartnerInput & { id: number }, clock: Clock): Promise<PartnerView> {
  const { id, ...fields } = input;
  const res = await db
    .update(partners)
    .set({ ...fields, updatedAt: clock.now })
    .where(eq(partners.id, id))
    .returning({ id: partners.id });
  if (res.length === 0) throw new AppError('NOT_FOUND');
  return one(db, id, clock.today);
}

/** Archives a partner without open actions; with open actions it is refused and the error lists them. */
export async function removePartner(db: Conn, id: number, clock: Clock): Promise<void> {
  await db.transaction(async (tx) => {
    const [p] = await tx.select({ id: partners.id }).from(partners).where(eq(partners.id, id));
    if (!p) throw new AppError('NOT_FOUND');
    const open = await tx
      .select({ id: planActions.id, dossierId: planActions.dossierId, title: planActions.title, deadline: planActions.deadline })
      .from(planActions)
      .where(and(eq(planActions.partnerId, id), inArray(planActions.status, OPEN_STATUSES)))
      .orderBy(asc(planActions.deadline));
    if (open.length > 0) throw new AppError('CONFLICT', msg('partnerHasOpenActions', { count: open.length }), { openActions: open });
    await tx.update(partners).set({ archivedAt: clock.now, updatedAt: clock.now }).where(eq(partners.id, id));
  });
}

export async function addContact(db: Db, input: ContactInput & { partnerId: number }, clock: Clock): Promise<PartnerView> {
  const [p] = await db.select({ id: partners.id }).from(partners).where(eq(partners.id, input.partnerId));
  if (!p) throw new AppError('NOT_FOUND');
  await db.insert(partnerContacts).values({ ...input, createdAt: clock.now });
  return one(db, input.partnerId, clock.today);
}

export async function updateContact(db: Db, input: ContactInput & { id: number }, clock: Clock): Promise<PartnerView> {
  const { id, ...fields } = input;
  const [c] = await db.update(partnerContacts).set(fields).where(eq(partnerContacts.id, id)).returning({ partnerId: partnerContacts.partnerId });
  if (!c) throw new AppError('NOT_FOUND');
  return one(db, c.partnerId, clock.today);
}

/** Archived, not deleted: finished actions keep showing who did the work. */
export async function removeContact(db: Db, id: number, clock: Clock): Promise<PartnerView> {
  const [c] = await db
    .update(partnerContacts)
    .set({ archivedAt: clock.now })
    .where(eq(partnerContacts.id, id))
    .returning({ partnerId: partnerContacts.partnerId });
  if (!c) throw new AppError('NOT_FOUND');
  return one(db, c.partnerId, clock.today);
}

/** Partner names by id, for the given ids. */
export async function partnerNamesById(db: Db, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: partners.id, name: partners.name }).from(partners).where(inArray(partners.id, ids));
  return new Map(rows.map((p) => [p.id, p.name]));
}
