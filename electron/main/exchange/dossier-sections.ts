import { asc, eq, inArray } from 'drizzle-orm';
import type { ExchangeSection } from '../../../common/exchange/payload.js';
import type { ActionEntry, AttachmentEntry, ConsentEntry, DetentionSection, PersonSection, PlanSection } from '../../../common/exchange/payload.js';
import type { ContactFields } from '../../../common/dossiers/schema.js';
import { CONTACT_ROLE_LABELS, LEGAL_BASIS_LABELS } from '../../../common/dossiers/schema.js';
import { CLOSING_REASON_LABELS, STATUS_LABELS, type DossierStatus } from '../../../common/dossiers/status.js';
import { ACTION_STATUS_LABELS } from '../../../common/plan/actions.js';
import { BASIS_STATE_INFO, basisDef } from '../../../common/plan/basisvoorwaarden.js';
import { formatDateNl } from '../../../common/dates.js';
import { AANHEF_LABELS, type Aanhef } from '../../../common/people/names.js';
import { dossierSearchText, dossierSortName } from '../../../common/dossiers/search.js';
import { attachments, consents, dossierContacts, dossierHistory, dossiers, journalNotes, releaseDateHistory } from '../../../db/schema.js';
import type { Db } from '../../../db/vault.js';
import type { Clock } from '../../../common/calendar.js';
import { attachmentsOfDossiers, sha256Hex } from '../../../db/repositories/attachments.js';
import { checkAttachment, safeAttachmentFileName } from '../../../common/exchange/attachment-type.js';
import { withoutControlCharacters } from '../../../common/safe-text.js';
import { addPlanItems, readPlanSections } from './plan-sections.js';

/**
 * How each exchange section is read from the vault, shown in the import preview and written on import.
 * One module per rule: export, preview and import all go through these, so what is sent is what is compared.
 */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Conn = Db | Tx;

export interface SectionData {
  person: PersonSection;
  detention: DetentionSection;
  contacts: ContactFields[];
  consents: ConsentEntry[];
  notes: { date: string; text: string }[];
  plan: PlanSection;
  actions: ActionEntry[];
  attachments: AttachmentEntry[];
}
export type Bundle = { id: number } & { person: PersonSection } & Partial<Omit<SectionData, 'person'>>;

const PERSON_KEYS = [
  'bsn',
  'achternaam',
  'tussenvoegsel',
  'voornamen',
  'roepnaam',
  'aanhef',
  'geboortedatum',
  'telefoon',
  'email',
  'adresVoor',
  'adresNa',
  'woonplaats',
] as const;
const DETENTION_KEYS = [
  'status',
  'institution',
  'meldingDatum',
  'detentieStart',
  'verwachteVrijlating',
  'werkelijkeVrijlating',
  'reclasseringToezicht',
  'juridischKader',
  'veiligheid',
  'closingReason',
  'closingNote',
  'closedAt',
] as const;

/** The form's labels of the person and detention fields, for the preview and for naming a refused field. */
export const FIELD_LABELS: Record<(typeof PERSON_KEYS)[number] | (typeof DETENTION_KEYS)[number], string> = {
  bsn: 'BSN',
  achternaam: 'Achternaam',
  tussenvoegsel: 'Tussenvoegsel',
  voornamen: 'Voornamen',
  roepnaam: 'Roepnaam',
  aanhef: 'Aanhef',
  geboortedatum: 'Geboortedatum',
  telefoon: 'Telefoon',
  email: 'E-mail',
  adresVoor: 'Adres vóór detentie',
  adresNa: 'Adres na vrijlating',
  woonplaats: 'Woonplaats',
  status: 'Status',
  institution: 'Inrichting',
  meldingDatum: 'Datum melding',
  detentieStart: 'Start detentie',
  verwachteVrijlating: 'Verwachte vrijlating',
  werkelijkeVrijlating: 'Werkelijke vrijlating',
  reclasseringToezicht: 'Toezicht reclassering',
  juridischKader: 'Juridisch kader',
  veiligheid: 'Veiligheid',
  closingReason: 'Reden afsluiting',
  closingNote: 'Toelichting afsluiting',
  closedAt: 'Afgesloten op',
};
const DATE_FIELDS = new Set(['geboortedatum', 'meldingDatum', 'detentieStart', 'verwachteVrijlating', 'werkelijkeVrijlating']);

export function chunks<T>(xs: readonly T[], n = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

export function groupBy<T extends { dossierId: number }>(rows: T[]): Map<number, T[]> {
  const m = new Map<number, T[]>();
  for (const r of rows) {
    const list = m.get(r.dossierId);
    if (list) list.push(r);
    else m.set(r.dossierId, [r]);
  }
  return m;
}

export async function selectIn<T extends { dossierId: number }>(ids: number[], q: (chunk: number[]) => Promise<T[]>): Promise<Map<number, T[]>> {
  const all: T[] = [];
  for (const c of chunks(ids)) all.push(...(await q(c)));
  return groupBy(all);
}

/** Reads the chosen sections of these dossiers; missing ids are simply absent from the result. */
export async function readBundles(db: Conn, ids: number[], sections: ReadonlySet<ExchangeSection>): Promise<Bundle[]> {
  const rows = (await selectIn(ids, (c) =>
    db
      .select()
      .from(dossiers)
      .where(inArray(dossiers.id, c))
      .then((r) => r.map((x) => ({ ...x, dossierId: x.id }))),
  )) as Map<number, (typeof dossiers.$inferSelect & { dossierId: number })[]>;
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
    const d = rows.get(id)?.[0];
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
  return out;
}

function pick<T extends object, K extends readonly (keyof T)[]>(o: T, keys: K): Pick<T, K[number]> {
  return Object.fromEntries(keys.map((k) => [k, o[k]])) as Pick<T, K[number]>;
}

// ---------- lines for the side-by-side preview ----------

function fieldValue(k: string, v: unknown): string {
  if (v === null || v === undefined || v === '') return '';
  if (DATE_FIELDS.has(k)) return formatDateNl(String(v));
  if (k === 'status') return STATUS_LABELS[v as DossierStatus] ?? String(v);
  if (k === 'closingReason') return CLOSING_REASON_LABELS[v as keyof typeof CLOSING_REASON_LABELS] ?? String(v);
  if (k === 'closedAt') return formatDateNl(String(v).slice(0, 10));
  if (k === 'aanhef') return v === 'onbekend' ? '' : (AANHEF_LABELS[v as Aanhef] ?? String(v));
  return String(v);
}

function fieldLines(o: Record<string, unknown>, keys: readonly string[]): string[] {
  return keys.flatMap((k) => {
    const v = fieldValue(k, o[k]);
    return v ? [`${FIELD_LABELS[k as keyof typeof FIELD_LABELS]}: ${v}`] : [];
  });
}

export const itemKey = {
  contacts: (c: ContactFields) => `${c.role}|${c.name.trim().toLowerCase()}`,
  /** The same agreement given on the same day; a later withdrawal is a change of that consent, not a new one. */
  consents: (c: Pick<ConsentEntry, 'partner' | 'scope' | 'givenOn'>) => `${c.partner.trim().toLowerCase()}|${c.scope.trim().toLowerCase()}|${c.givenOn}`,
  notes: (n: { date: string; text: string }) => `${n.date}|${n.text.trim()}`,
  actions: (a: ActionEntry) => `${a.title.trim().toLowerCase()}|${a.deadline ?? ''}`,
  attachments: (a: { sha256: string }) => a.sha256,
  scores: (s: PlanSection['scores'][number]) => `${s.domainKey}|${s.assessedOn}|${s.score}`,
  goals: (g: PlanSection['goals'][number]) => `${g.domainKey ?? ''}|${g.text.trim().toLowerCase()}`,
};

function contactLine(c: ContactFields): string {
  return [CONTACT_ROLE_LABELS[c.role] ?? c.role, c.name, c.organisation].filter(Boolean).join(' — ');
}
function consentLine(c: ConsentEntry): string {
  return [
    `${c.partner}: ${c.scope}`,
    LEGAL_BASIS_LABELS[c.legalBasis] ?? c.legalBasis,
    `gegeven ${formatDateNl(c.givenOn)}`,
    c.withdrawnOn ? `ingetrokken ${formatDateNl(c.withdrawnOn)}` : '',
  ]
    .filter(Boolean)
    .join(' — ');
}
function actionLine(a: ActionEntry): string {
  return [a.title, a.partner?.name, a.deadline ? `uiterlijk ${formatDateNl(a.deadline)}` : '', ACTION_STATUS_LABELS[a.status]].filter(Boolean).join(' — ');
}
function planLines(p: PlanSection): string[] {
  return [
    ...p.basis.map((b) => `${basisDef(b.key).label}: ${BASIS_STATE_INFO[b.state].label}`),
    ...p.scores.map((s) => `Score ${s.domainKey}: ${s.score} (${formatDateNl(s.assessedOn)})`),
    ...p.goals.map((g) => `Doel: ${g.text}`),
  ];
}

export function sectionLines(section: ExchangeSection, data: Partial<SectionData>): string[] {
  switch (section) {
    case 'person':
      return data.person ? fieldLines(data.person, PERSON_KEYS) : [];
    case 'detention':
      return data.detention ? fieldLines(data.detention, DETENTION_KEYS) : [];
    case 'contacts':
      return (data.contacts ?? []).map(contactLine);
    case 'consents':
      return (data.consents ?? []).map(consentLine);
    case 'notes':
      return (data.notes ?? []).map((n) => `${formatDateNl(n.date)}: ${n.text.length > 120 ? `${n.text.slice(0, 117)}…` : n.text}`);
    case 'plan':
      return data.plan ? planLines(data.plan) : [];
    case 'actions':
      return (data.actions ?? []).map(actionLine);
    case 'attachments':
      return (data.attachments ?? []).map((a) => `${withoutControlCharacters(a.name)} (${Math.max(1, Math.round(a.size / 1024))} kB)`);
  }
}

/** True when taking the file's section would change nothing here. */
export function sectionSame(section: ExchangeSection, cur: Partial<SectionData>, inc: Partial<SectionData>): boolean {
  const covered = <T>(a: T[] | undefined, b: T[] | undefined, key: (x: T) => string) => {
    const have = new Set((a ?? []).map(key));
    return (b ?? []).every((x) => have.has(key(x)));
  };
  switch (section) {
    case 'person':
      // A form of address the file does not carry (an older file) changes nothing here.
      return PERSON_KEYS.every((k) => (k === 'aanhef' && inc.person?.aanhef === undefined) || (cur.person?.[k] ?? null) === (inc.person?.[k] ?? null));
    case 'detention':
      return DETENTION_KEYS.every((k) => (cur.detention?.[k] ?? null) === (inc.detention?.[k] ?? null));
    case 'contacts':
      return covered(cur.contacts, inc.contacts, itemKey.contacts);
    case 'consents': {
      // Same when every incoming consent is here, and every withdrawal in the file is known here too.
      const here = new Map((cur.consents ?? []).map((c) => [itemKey.consents(c), c]));
      return (inc.consents ?? []).every((c) => {
        const h = here.get(itemKey.consents(c));
        return h !== undefined && (c.withdrawnOn === null || h.withdrawnOn !== null);
      });
    }
    case 'notes':
      return covered(cur.notes, inc.notes, itemKey.notes);
    case 'actions':
      return covered(cur.actions, inc.actions, itemKey.actions);
    case 'attachments':
      return covered(cur.attachments, inc.attachments, itemKey.attachments);
    case 'plan': {
      const cb = new Map((cur.plan?.basis ?? []).map((b) => [b.key, `${b.state}|${b.note}`]));
      const basisSame = (inc.plan?.basis ?? []).every((b) => cb.get(b.key) === `${b.state}|${b.note}`);
      return basisSame && covered(cur.plan?.scores, inc.plan?.scores, itemKey.scores) && covered(cur.plan?.goals, inc.plan?.goals, itemKey.goals);
    }
  }
}

// ---------- writing ----------

export type WriteClock = Clock;

function historyValue(v: unknown): string | null {
  return v === null || v === undefined || v === '' ? null : String(v);
}

export async function insertDossier(tx: Tx, person: PersonSection, detention: DetentionSection | undefined, clock: WriteClock): Promise<number> {
  const fields = { ...person, ...(detention ?? { status: 'melding' as const }) };
  const [row] = await tx
    .insert(dossiers)
    .values({
      ...fields,
      searchText: dossierSearchText({ ...fields, institution: detention?.institution ?? '' }),
      sortName: dossierSortName(fields),
      createdAt: clock.now,
      updatedAt: clock.now,
    })
    .returning({ id: dossiers.id });
  const id = row!.id;
  await tx.insert(dossierHistory).values({ dossierId: id, at: clock.now, field: 'status', oldValue: null, newValue: fields.status });
  if (detention?.verwachteVrijlating) await tx.insert(releaseDateHistory).values({ dossierId: id, date: detention.verwachteVrijlating, changedAt: clock.now });
  return id;
}

/** Overwrites person or detention fields, with a history line per changed field (as an edit by hand would). */
export async function updateDossierFields(tx: Tx, id: number, patch: Partial<PersonSection & DetentionSection>, clock: WriteClock): Promise<void> {
  const [cur] = await tx.select().from(dossiers).where(eq(dossiers.id, id));
  if (!cur) return;
  // A field the file does not carry (undefined) is left as it is, and gets no history line.
  const changed = (Object.keys(patch) as (keyof typeof patch)[]).filter(
    (k) => patch[k] !== undefined && (cur[k as keyof typeof cur] ?? null) !== (patch[k] ?? null),
  );
  if (changed.length === 0) return;
  const next = { ...cur, ...patch };
  await tx
    .update(dossiers)
    .set({ ...patch, searchText: dossierSearchText(next), sortName: dossierSortName(next), updatedAt: clock.now })
    .where(eq(dossiers.id, id));
  await tx.insert(dossierHistory).values(
    changed.map((k) => ({
      dossierId: id,
      at: clock.now,
      field: String(k),
      oldValue: historyValue(cur[k as keyof typeof cur]),
      newValue: historyValue(patch[k]),
    })),
  );
  if (changed.includes('verwachteVrijlating'))
    await tx.insert(releaseDateHistory).values({ dossierId: id, date: patch.verwachteVrijlating ?? null, changedAt: clock.now });
}

export async function insertMany<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  // SQLite allows 32,766 bound variables; 100 rows of at most ~15 columns stays well below.
  for (const c of chunks(rows, 100)) if (c.length) await insert(c);
}

/** Adds the file's list items not present yet (by a natural key); for 'plan' also sets the basisvoorwaarden. */
export async function addSectionItems(
  tx: Tx,
  dossierId: number,
  section: Exclude<ExchangeSection, 'person' | 'detention'>,
  inc: Partial<SectionData>,
  cur: Partial<SectionData>,
  clock: WriteClock,
  partnerCache: Map<string, number>,
) {
  const fresh = <T>(items: T[] | undefined, have: T[] | undefined, key: (x: T) => string) => {
    const seen = new Set((have ?? []).map(key));
    return (items ?? []).filter((x) => {
      const k = key(x);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  };
  switch (section) {
    case 'contacts':
      await insertMany(fresh(inc.contacts, cur.contacts, itemKey.contacts), (c) =>
        tx.insert(dossierContacts).values(c.map((x) => ({ ...x, dossierId, createdAt: clock.now }))),
      );
      return;
    case 'consents':
      await addConsents(tx, dossierId, inc.consents ?? [], clock);
      return;
    case 'notes':
      await insertMany(fresh(inc.notes, cur.notes, itemKey.notes), (c) =>
        tx.insert(journalNotes).values(c.map((x) => ({ ...x, dossierId, createdAt: clock.now }))),
      );
      return;
    case 'attachments':
      await insertMany(fresh(inc.attachments, cur.attachments, itemKey.attachments), async (c) => {
        for (const a of c) {
          const bytes = Buffer.from(a.data, 'base64');
          const check = checkAttachment(bytes);
          if (!check.ok) continue; // verified before the transaction; kept as a guard
          await tx.insert(attachments).values({
            dossierId,
            name: safeAttachmentFileName(a.name, check.kind),
            kind: check.kind,
            mediaType: check.mediaType,
            size: bytes.length,
            sha256: sha256Hex(bytes),
            note: a.note,
            data: bytes,
            source: 'import',
            addedAt: clock.now,
          });
        }
      });
      return;
    case 'actions':
    case 'plan':
      await addPlanItems(tx, dossierId, section, inc, cur, clock, partnerCache);
      return;
  }
}

/**
 * Adds the file's consents not known here and records withdrawals the file knows of: a consent withdrawn at the
 * sender must not stay active here. A withdrawal is never undone by an import. Both go into the dossier history,
 * as when typed in.
 */
async function addConsents(tx: Tx, dossierId: number, incoming: ConsentEntry[], clock: WriteClock) {
  const here = await tx.select().from(consents).where(eq(consents.dossierId, dossierId));
  const byKey = new Map(here.map((c) => [itemKey.consents(c), c]));
  const summary = (c: { partner: string; scope: string }) => `${c.partner}: ${c.scope}`.slice(0, 200);
  for (const c of incoming) {
    const k = itemKey.consents(c);
    const existing = byKey.get(k);
    if (!existing) {
      const [row] = await tx
        .insert(consents)
        .values({
          dossierId,
          partner: c.partner,
          scope: c.scope,
          legalBasis: c.legalBasis,
          givenOn: c.givenOn,
          withdrawnOn: c.withdrawnOn,
          note: c.note,
          createdAt: clock.now,
        })
        .returning();
      byKey.set(k, row!);
      await tx.insert(dossierHistory).values({ dossierId, at: clock.now, field: 'consent', oldValue: null, newValue: summary(c) });
      if (c.withdrawnOn)
        await tx.insert(dossierHistory).values({ dossierId, at: clock.now, field: 'consent.withdrawn', oldValue: summary(c), newValue: c.withdrawnOn });
    } else if (c.withdrawnOn && !existing.withdrawnOn) {
      await tx.update(consents).set({ withdrawnOn: c.withdrawnOn }).where(eq(consents.id, existing.id));
      byKey.set(k, { ...existing, withdrawnOn: c.withdrawnOn });
      await tx.insert(dossierHistory).values({ dossierId, at: clock.now, field: 'consent.withdrawn', oldValue: summary(existing), newValue: c.withdrawnOn });
    }
  }
}
