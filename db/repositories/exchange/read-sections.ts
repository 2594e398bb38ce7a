import { asc, inArray, sql, type SQLWrapper } from 'drizzle-orm';
import type { ConsentEntry, CostEntry, DetentionSection, ExchangeSection, PersonSection } from '../../../common/exchange/payload.js';
import { DETENTION_KEYS, PERSON_KEYS, type Bundle } from '../../../common/exchange/sections.js';
import type { ContactFields } from '../../../common/dossiers/schema.js';
import { consents, costs, dossierContacts, dossiers, journalNotes } from '../../schema.js';
import { attachmentsOfDossiers } from '../attachments.js';
import type { Conn, DossierRow } from '../dossier-fields.js';
import { chunks, groupBy, selectIn } from './batches.js';
import { inIds, jsonObject, listsOf, type ItemList } from './json-lists.js';
import { readPlanSections } from './read-plan-sections.js';
import { readAftercareSection } from './aftercare-sections.js';

const c = dossierContacts;
const CONTACTS: ItemList = {
  table: c,
  fields: { role: c.role, name: c.name, organisation: c.organisation, relation: c.relation, telefoon: c.telefoon, email: c.email, note: c.note },
  orderBy: [asc(c.id)],
};
const CONSENTS: ItemList = {
  table: consents,
  fields: {
    partner: consents.partner,
    scope: consents.scope,
    legalBasis: consents.legalBasis,
    givenOn: consents.givenOn,
    withdrawnOn: consents.withdrawnOn,
    note: consents.note,
  },
  orderBy: [asc(consents.givenOn), asc(consents.id)],
};
const NOTES: ItemList = {
  table: journalNotes,
  fields: { date: journalNotes.date, text: journalNotes.text },
  orderBy: [asc(journalNotes.date), asc(journalNotes.id)],
};
const COSTS: ItemList = {
  table: costs,
  fields: { date: costs.date, category: costs.category, amountCents: costs.amountCents, note: costs.note },
  orderBy: [asc(costs.date), asc(costs.id)],
};

/** Reads the chosen sections of these dossiers; missing ids are simply absent from the result. */
export async function readBundles(db: Conn, ids: number[], sections: ReadonlySet<ExchangeSection>): Promise<Bundle[]> {
  const has = (s: ExchangeSection) => sections.has(s);
  const people = await db
    .select({
      id: dossiers.id,
      person: jsonObject(columnsOf(PERSON_KEYS)),
      detention: has('detention') ? jsonObject(columnsOf(DETENTION_KEYS)) : sql<null>`null`,
    })
    .from(dossiers)
    .where(inIds(dossiers.id, ids));
  const found = new Map(people.map((p) => [p.id, p]));
  const contacts = has('contacts') ? await listsOf<ContactFields>(db, ids, CONTACTS) : new Map();
  const consentLists = has('consents') ? await listsOf<ConsentEntry>(db, ids, CONSENTS) : new Map();
  const notes = has('notes') ? await listsOf<{ date: string; text: string }>(db, ids, NOTES) : new Map();
  const files = has('attachments') ? groupBy(await attachmentsOfDossiers(db, ids)) : new Map();

  const out: Bundle[] = [];
  for (const id of ids) {
    const d = found.get(id);
    if (!d) continue;
    const b: Bundle = { id, person: JSON.parse(d.person) as PersonSection };
    if (has('detention')) b.detention = JSON.parse(d.detention!) as DetentionSection;
    if (has('contacts')) b.contacts = contacts.get(id) ?? [];
    if (has('consents')) b.consents = consentLists.get(id) ?? [];
    if (has('notes')) b.notes = notes.get(id) ?? [];
    if (has('attachments'))
      b.attachments = (files.get(id) ?? []).map((f: Awaited<ReturnType<typeof attachmentsOfDossiers>>[number]) => ({
        name: f.name,
        mediaType: f.mediaType,
        size: f.size,
        sha256: f.sha256,
        note: f.note,
        addedAt: f.addedAt,
        data: f.data.toString('base64'),
      }));
    out.push(b);
  }
  if (has('plan') || has('actions')) await readPlanSections(db, out, sections);
  if (has('aftercare')) await readAftercareSection(db, out);
  if (has('costs')) {
    const lists = await listsOf<CostEntry>(db, ids, COSTS);
    for (const b of out) b.costs = lists.get(b.id) ?? [];
  }
  return out;
}

/** The dossier columns behind these section keys, in the keys' order. */
function columnsOf(keys: readonly (keyof typeof dossiers.$inferSelect)[]): Record<string, SQLWrapper> {
  return Object.fromEntries(keys.map((k) => [k, dossiers[k]]));
}

/** The full rows of these dossiers, by id. */
export async function readDossierRows(db: Conn, ids: number[]): Promise<Map<number, DossierRow>> {
  const grouped = await selectIn(ids, (c) =>
    db
      .select()
      .from(dossiers)
      .where(inArray(dossiers.id, c))
      .then((r) => r.map((x) => ({ ...x, dossierId: x.id }))),
  );
  return new Map([...grouped].map(([id, [row]]) => [id, row!]));
}

/** Dossier ids by BSN, for the BSNs that are known here. */
export async function dossierIdsByBsn(db: Conn, bsns: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const c of chunks(bsns)) {
    const rows = await db.select({ id: dossiers.id, bsn: dossiers.bsn }).from(dossiers).where(inArray(dossiers.bsn, c));
    for (const r of rows) if (r.bsn) out.set(r.bsn, r.id);
  }
  return out;
}
