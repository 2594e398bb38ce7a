import { asc, inArray } from 'drizzle-orm';
import type { ConsentEntry, CostEntry, DetentionSection, ExchangeSection, PersonSection } from '../../../common/exchange/payload.js';
import { DETENTION_KEYS, PERSON_KEYS, type Bundle } from '../../../common/exchange/sections.js';
import type { ContactFields } from '../../../common/dossiers/schema.js';
import { consents, costs, dossierContacts, dossiers, journalNotes } from '../../schema.js';
import { attachmentsOfDossiers } from '../attachments.js';
import type { Conn, DossierRow } from '../dossier-fields.js';
import { chunks, groupBy, selectIn } from './batches.js';
import { readPlanSections } from './read-plan-sections.js';
import { readAftercareSection } from './aftercare-sections.js';

/** Reads the chosen sections of these dossiers; missing ids are simply absent from the result. */
export async function readBundles(db: Conn, ids: number[], sections: ReadonlySet<ExchangeSection>): Promise<Bundle[]> {
  const rows = await readDossierRows(db, ids);
  const has = (s: ExchangeSection) => sections.has(s);
  const contacts = has('contacts')
    ? await selectIn(ids, (c) => db.select().from(dossierContacts).where(inArray(dossierContacts.dossierId, c)).orderBy(asc(dossierContacts.id)))
    : new Map();
  const consentRows = has('consents')
    ? await selectIn(ids, (c) => db.select().from(consents).where(inArray(consents.dossierId, c)).orderBy(asc(consents.givenOn), asc(consents.id)))
    : new Map();
  const notes = has('notes')
    ? await selectIn(ids, (c) => db.select().from(journalNotes).where(inArray(journalNotes.dossierId, c)).orderBy(asc(journalNotes.date), asc(journalNotes.id)))
    : new Map();
  const files = has('attachments') ? groupBy(await attachmentsOfDossiers(db, ids)) : new Map();

  const out: Bundle[] = [];
  for (const id of ids) {
    const d = rows.get(id);
    if (!d) continue;
    const b: Bundle = { id, person: pick(d, PERSON_KEYS) as PersonSection };
    if (has('detention')) b.detention = pick(d, DETENTION_KEYS) as DetentionSection;
    if (has('contacts'))
      b.contacts = (contacts.get(id) ?? []).map((c: typeof dossierContacts.$inferSelect) => ({
        role: c.role as ContactFields['role'],
        name: c.name,
        organisation: c.organisation,
        relation: c.relation,
        telefoon: c.telefoon,
        email: c.email,
        note: c.note,
      }));
    if (has('consents'))
      b.consents = (consentRows.get(id) ?? []).map((c: typeof consents.$inferSelect) => ({
        partner: c.partner,
        scope: c.scope,
        legalBasis: c.legalBasis as ConsentEntry['legalBasis'],
        givenOn: c.givenOn,
        withdrawnOn: c.withdrawnOn,
        note: c.note,
      }));
    if (has('notes')) b.notes = (notes.get(id) ?? []).map((n: typeof journalNotes.$inferSelect) => ({ date: n.date, text: n.text }));
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
    const rows = await selectIn(ids, (c) => db.select().from(costs).where(inArray(costs.dossierId, c)).orderBy(asc(costs.date), asc(costs.id)));
    for (const b of out)
      b.costs = (rows.get(b.id) ?? []).map((r) => ({ date: r.date, category: r.category as CostEntry['category'], amountCents: r.amountCents, note: r.note }));
  }
  return out;
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

function pick<T extends object, K extends readonly (keyof T)[]>(o: T, keys: K): Pick<T, K[number]> {
  return Object.fromEntries(keys.map((k) => [k, o[k]])) as Pick<T, K[number]>;
}
