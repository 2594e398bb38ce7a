import type { BuildColumns } from 'drizzle-orm';
import {
  sqliteTable,
  text,
  integer,
  index,
  uniqueIndex,
  primaryKey,
  blob,
  type SQLiteColumnBuilderBase,
  type SQLiteTableExtraConfigValue,
} from 'drizzle-orm/sqlite-core';

/**
 * The vault's tables. Every change here needs `npm run db:generate` and the generated SQL
 * committed in db/migrations (applied at unlock by db/migrate.ts).
 */

/** The row id of a table of many rows. */
const id = () => integer('id').primaryKey({ autoIncrement: true });

/** The dossier a row belongs to: removing the dossier removes the row with it. */
const dossierRef = () =>
  integer('dossier_id')
    .notNull()
    .references(() => dossiers.id, { onDelete: 'cascade' });

/** A list kept per dossier: every row has its own id and the dossier it belongs to, and goes with the dossier. */
function dossierList<N extends string, C extends Record<string, SQLiteColumnBuilderBase>>(
  name: N,
  columns: C,
  extraConfig: (t: BuildColumns<N, DossierRow & C, 'sqlite'>) => SQLiteTableExtraConfigValue[],
) {
  return sqliteTable(name, { id: id(), dossierId: dossierRef(), ...columns }, extraConfig);
}
type DossierRow = { id: ReturnType<typeof id>; dossierId: ReturnType<typeof dossierRef> };

/** Text that is never null: '' (or the given value) when nothing was written. */
const textOr = (name: string, value = '') => text(name).notNull().default(value);

/** When the row was made (ISO date and time). */
const createdAt = () => text('created_at').notNull();

/** When the row was made and last changed. */
const timestamps = () => ({ createdAt: createdAt(), updatedAt: text('updated_at').notNull() });

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  /** JSON-encoded value, validated by common/settings.ts on read. */
  value: text('value').notNull(),
  updatedAt: text('updated_at').notNull(),
});

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: id(),
    at: text('at').notNull(),
    /** e.g. 'vault.unlock', 'vault.unlock_failed', 'dossier.view'. */
    event: text('event').notNull(),
    /** JSON with ids and counts only. */
    detail: textOr('detail', '{}'),
  },
  (t) => [index('audit_log_at_idx').on(t.at)],
);

/**
 * Register of data provisions (verstrekkingenregister, AVG art. 30 / BIO): every document, export
 * and import, with what, to whom, why and which dossiers. Kept when a dossier is destroyed, then without ids.
 */
export const provisions = sqliteTable(
  'provisions',
  {
    id: id(),
    at: text('at').notNull(),
    /** 'pdf.actieplan', 'export.nazorg', 'import.nazorg', 'csv.dossiers', 'ics.acties', ... */
    kind: text('kind').notNull(),
    /** Human description of what was provided, e.g. "Actieplan". */
    what: text('what').notNull(),
    recipient: textOr('recipient'),
    purpose: textOr('purpose'),
    /** JSON array of dossier ids concerned. */
    dossierIds: textOr('dossier_ids', '[]'),
    /** 'out' for provisions to others, 'in' for files received. */
    direction: textOr('direction', 'out'),
  },
  (t) => [index('provisions_at_idx').on(t.at)],
);

/**
 * Dossiers: one per client. Dates are ISO yyyy-mm-dd text; `search_text` and `sort_name` are derived
 * by common/dossiers/search.ts on every write so search forgives case, accents and tussenvoegsels.
 */
export const dossiers = sqliteTable(
  'dossiers',
  {
    id: id(),
    achternaam: text('achternaam').notNull(),
    tussenvoegsel: textOr('tussenvoegsel'),
    voornamen: textOr('voornamen'),
    roepnaam: textOr('roepnaam'),
    /** 'onbekend' | 'heer' | 'mevrouw': how letters address the client (common/people/names.ts). */
    aanhef: textOr('aanhef', 'onbekend'),
    geboortedatum: text('geboortedatum'),
    bsn: text('bsn'),
    telefoon: textOr('telefoon'),
    email: textOr('email'),
    adresVoor: textOr('adres_voor'),
    adresNa: textOr('adres_na'),
    woonplaats: textOr('woonplaats'),
    institution: textOr('institution'),
    meldingDatum: text('melding_datum'),
    detentieStart: text('detentie_start'),
    verwachteVrijlating: text('verwachte_vrijlating'),
    werkelijkeVrijlating: text('werkelijke_vrijlating'),
    /** 'onbekend' | 'ja' | 'nee': supervision by the reclassering. */
    reclasseringToezicht: textOr('reclassering_toezicht', 'onbekend'),
    juridischKader: textOr('juridisch_kader'),
    /** Veiligheidsaandachtspunten, shown prominently. */
    veiligheid: textOr('veiligheid'),
    status: textOr('status', 'melding'),
    closingReason: text('closing_reason'),
    closingNote: textOr('closing_note'),
    closedAt: text('closed_at'),
    searchText: textOr('search_text'),
    sortName: textOr('sort_name'),
    ...timestamps(),
  },
  (t) => [
    // NULLs do not collide in a unique index: a dossier may wait for its BSN.
    uniqueIndex('dossiers_bsn_uq').on(t.bsn),
    // The list pages by id over these (covering) indexes, then reads only the rows of one page.
    index('dossiers_status_sort_idx').on(t.status, t.sortName),
    index('dossiers_status_release_idx').on(t.status, t.verwachteVrijlating, t.sortName),
    index('dossiers_release_idx').on(t.verwachteVrijlating, t.sortName),
    index('dossiers_updated_idx').on(t.updatedAt),
    // A name search scans this small index in sort order instead of every full row.
    index('dossiers_sort_search_idx').on(t.sortName, t.searchText),
    index('dossiers_name_birth_idx').on(t.sortName, t.geboortedatum),
    // Vandaag's first contacts after release: released dossiers in nazorg by release date, from the index alone.
    index('dossiers_status_released_idx').on(t.status, t.werkelijkeVrijlating),
    // Vandaag's release counts and status-lag rules test only these dates, and sort by name: they are answered from
    // this index, and only the rows shown are read, not every full (encrypted, so costly to read) row.
    index('dossiers_status_dates_idx').on(t.status, t.verwachteVrijlating, t.werkelijkeVrijlating, t.detentieStart, t.sortName),
  ],
);

/** Each change of the expected release date, so the coordinator sees how often it moved. */
export const releaseDateHistory = dossierList(
  'release_date_history',
  {
    date: text('date'),
    changedAt: text('changed_at').notNull(),
  },
  (t) => [index('release_date_history_dossier_idx').on(t.dossierId)],
);

/** People around the client: casemanager, reclassering worker, wijkteam, hulpverleners, naasten. */
export const dossierContacts = dossierList(
  'dossier_contacts',
  {
    role: text('role').notNull(),
    name: text('name').notNull(),
    organisation: textOr('organisation'),
    relation: textOr('relation'),
    telefoon: textOr('telefoon'),
    email: textOr('email'),
    note: textOr('note'),
    createdAt: createdAt(),
  },
  (t) => [index('dossier_contacts_dossier_idx').on(t.dossierId)],
);

/** What the client agreed to share with whom, on which legal basis; withdrawn consent is kept with its date. */
export const consents = dossierList(
  'consents',
  {
    partner: text('partner').notNull(),
    scope: text('scope').notNull(),
    legalBasis: text('legal_basis').notNull(),
    givenOn: text('given_on').notNull(),
    withdrawnOn: text('withdrawn_on'),
    note: textOr('note'),
    createdAt: createdAt(),
  },
  (t) => [index('consents_dossier_idx').on(t.dossierId)],
);

export const journalNotes = dossierList(
  'journal_notes',
  {
    date: text('date').notNull(),
    text: text('text').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('journal_notes_dossier_idx').on(t.dossierId, t.date)],
);

/**
 * Field-level change history of a dossier (the "Geschiedenis" tab): when, which field, old -> new.
 * `field` is a dossier column name, 'status', or 'contact'/'consent'/'note' for changes to those lists.
 */
export const dossierHistory = dossierList(
  'dossier_history',
  {
    at: text('at').notNull(),
    field: text('field').notNull(),
    oldValue: text('old_value'),
    newValue: text('new_value'),
  },
  (t) => [index('dossier_history_dossier_idx').on(t.dossierId, t.id), index('dossier_history_field_at_idx').on(t.field, t.at)],
);

/**
 * Partner register (ketenpartners): organisations with a type from common/plan/partners.ts and their
 * contact persons. Archived rather than deleted, so finished actions keep naming who did the work.
 */
export const partners = sqliteTable(
  'partners',
  {
    id: id(),
    type: text('type').notNull(),
    name: text('name').notNull(),
    email: textOr('email'),
    phone: textOr('phone'),
    note: textOr('note'),
    archivedAt: text('archived_at'),
    ...timestamps(),
  },
  (t) => [index('partners_type_name_idx').on(t.type, t.name)],
);

export const partnerContacts = sqliteTable(
  'partner_contacts',
  {
    id: id(),
    partnerId: integer('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    role: textOr('role'),
    email: textOr('email'),
    phone: textOr('phone'),
    archivedAt: text('archived_at'),
    createdAt: createdAt(),
  },
  (t) => [index('partner_contacts_partner_idx').on(t.partnerId)],
);

/**
 * One row per dossier with a plan. `basisStrip` is the compact traffic-light strip (common/plan/
 * basisvoorwaarden.ts encodeStrip) kept in step with plan_basis so lists need no join per key.
 * `countdownRelease` is the release date the template actions were dated against: when the dossier's
 * expected release date differs, the plan offers to move them.
 */
export const plans = sqliteTable('plans', {
  dossierId: integer('dossier_id')
    .primaryKey()
    .references(() => dossiers.id, { onDelete: 'cascade' }),
  basisStrip: textOr('basis_strip', 'oooooooo'),
  countdownRelease: text('countdown_release'),
  /** JSON array of template keys the coordinator dropped for this dossier, so they are not proposed again. */
  droppedTemplates: textOr('dropped_templates', '[]'),
  updatedAt: text('updated_at').notNull(),
});

export const planBasis = sqliteTable(
  'plan_basis',
  {
    dossierId: dossierRef(),
    key: text('key').notNull(),
    state: text('state').notNull(),
    note: textOr('note'),
    changedOn: text('changed_on').notNull(),
  },
  (t) => [primaryKey({ columns: [t.dossierId, t.key] })],
);

/** Domain assessments: every score is kept, so the plan shows progress per life domain. */
export const domainScores = dossierList(
  'domain_scores',
  {
    domainKey: text('domain_key').notNull(),
    score: integer('score').notNull(),
    assessedOn: text('assessed_on').notNull(),
    note: textOr('note'),
    createdAt: createdAt(),
  },
  (t) => [index('domain_scores_dossier_idx').on(t.dossierId, t.domainKey, t.assessedOn)],
);

export const planGoals = dossierList(
  'plan_goals',
  {
    domainKey: text('domain_key'),
    text: text('text').notNull(),
    /** 'open' | 'bereikt' | 'vervallen'. */
    status: textOr('status', 'open'),
    ...timestamps(),
  },
  (t) => [index('plan_goals_dossier_idx').on(t.dossierId)],
);

/**
 * Actions of a plan. `createdOn` is the local calendar day of creation (the deadline rule compares to it);
 * `templateKey` links an accepted release-countdown proposal to its template item.
 */
export const planActions = dossierList(
  'plan_actions',
  {
    title: text('title').notNull(),
    domainKey: text('domain_key'),
    partnerId: integer('partner_id').references(() => partners.id),
    contactId: integer('contact_id').references(() => partnerContacts.id),
    deadline: text('deadline'),
    status: textOr('status', 'open'),
    completedOn: text('completed_on'),
    resultNote: textOr('result_note'),
    templateKey: text('template_key'),
    /** An appointment with the client: the deadline is its day, this its time ('HH:MM') and place. */
    appointmentTime: text('appointment_time'),
    appointmentPlace: textOr('appointment_place'),
    lastReminderOn: text('last_reminder_on'),
    createdOn: text('created_on').notNull(),
    ...timestamps(),
  },
  (t) => [
    // Covering indexes: the dashboard's overdue/soon-due figures and the unassigned count are answered
    // from these alone (range on status + deadline, dossier id to leave closed dossiers out), never the rows.
    index('plan_actions_status_deadline_idx').on(t.status, t.deadline, t.dossierId),
    index('plan_actions_dossier_idx').on(t.dossierId, t.status, t.deadline),
    index('plan_actions_partner_idx').on(t.partnerId, t.status, t.deadline, t.dossierId),
    uniqueIndex('plan_actions_template_uq').on(t.dossierId, t.templateKey),
    // Covering indexes of the results figures: per partner over a period of deadlines, and the countdown actions of
    // the residents released in a period, both answered without reading the action rows.
    index('plan_actions_deadline_partner_idx').on(t.deadline, t.partnerId, t.status, t.completedOn),
    index('plan_actions_template_done_idx').on(t.dossierId, t.templateKey, t.status, t.completedOn),
  ],
);

/** Reminders sent (rappel): which action, to which partner, when. */
export const actionReminders = sqliteTable(
  'action_reminders',
  {
    id: id(),
    actionId: integer('action_id')
      .notNull()
      .references(() => planActions.id, { onDelete: 'cascade' }),
    partnerId: integer('partner_id').references(() => partners.id),
    sentOn: text('sent_on').notNull(),
    sentAt: text('sent_at').notNull(),
  },
  (t) => [index('action_reminders_action_idx').on(t.actionId)],
);

/**
 * Regie- en toedelingsoverleg: a meeting with the partners present and an agenda of dossiers. Per agenda
 * item the decisions taken and the plan actions allocated there (the actions themselves live in
 * plan_actions). Removing a dossier removes its agenda items, decisions and links with it.
 */
export const meetings = sqliteTable(
  'meetings',
  {
    id: id(),
    title: text('title').notNull(),
    date: text('date').notNull(),
    startTime: textOr('start_time'),
    place: textOr('place'),
    ...timestamps(),
  },
  (t) => [index('meetings_date_idx').on(t.date)],
);

export const meetingPartners = sqliteTable(
  'meeting_partners',
  {
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    partnerId: integer('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.partnerId] })],
);

export const meetingItems = sqliteTable(
  'meeting_items',
  {
    id: id(),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    dossierId: dossierRef(),
    position: integer('position').notNull(),
    note: textOr('note'),
  },
  (t) => [uniqueIndex('meeting_items_meeting_dossier_uq').on(t.meetingId, t.dossierId), index('meeting_items_dossier_idx').on(t.dossierId)],
);

export const meetingDecisions = sqliteTable(
  'meeting_decisions',
  {
    id: id(),
    itemId: integer('item_id')
      .notNull()
      .references(() => meetingItems.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('meeting_decisions_item_idx').on(t.itemId)],
);

export const meetingActions = sqliteTable(
  'meeting_actions',
  {
    itemId: integer('item_id')
      .notNull()
      .references(() => meetingItems.id, { onDelete: 'cascade' }),
    actionId: integer('action_id')
      .notNull()
      .references(() => planActions.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.actionId] }), index('meeting_actions_action_idx').on(t.actionId)],
);

/**
 * Documents that arrived with a dossier (D&R-plan, consent form, letter), stored as BLOBs inside the encrypted
 * database: never on disk in the clear unless the coordinator saves one. Type and size are checked by content
 * (common/exchange/attachment-type.ts); the same file is kept once per dossier.
 */
export const attachments = dossierList(
  'attachments',
  {
    name: text('name').notNull(),
    /** 'pdf' | 'png' | 'jpeg' | 'docx' | 'odt', recognised from the bytes. */
    kind: text('kind').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    note: textOr('note'),
    data: blob('data', { mode: 'buffer' }).notNull(),
    /** 'upload' (added by the coordinator) or 'import' (arrived in an exchange file). */
    source: textOr('source', 'upload'),
    addedAt: text('added_at').notNull(),
  },
  (t) => [uniqueIndex('attachments_dossier_sha_uq').on(t.dossierId, t.sha256)],
);

/**
 * The day-one record: the state of every basisvoorwaarde on the day of release, written once when the actual
 * release date is first entered and never rewritten by later plan changes. A correction needs a reason and
 * leaves the old value in the dossier history.
 */
export const dayOneBasis = sqliteTable(
  'day_one_basis',
  {
    dossierId: dossierRef(),
    key: text('key').notNull(),
    state: text('state').notNull(),
    note: textOr('note'),
    releaseDate: text('release_date').notNull(),
    recordedAt: text('recorded_at').notNull(),
    correctedAt: text('corrected_at'),
    correctionReason: textOr('correction_reason'),
  },
  (t) => [
    primaryKey({ columns: [t.dossierId, t.key] }),
    // The results figures read the state of every line of the residents released in a period from this index alone.
    index('day_one_basis_state_idx').on(t.dossierId, t.key, t.state),
  ],
);

/** The first contact after release (due within a configurable number of hours): one per dossier. */
export const firstContacts = sqliteTable('first_contacts', {
  dossierId: integer('dossier_id')
    .primaryKey()
    .references(() => dossiers.id, { onDelete: 'cascade' }),
  /** Local date and time 'yyyy-mm-ddTHH:MM'. */
  contactAt: text('contact_at').notNull(),
  who: text('who').notNull(),
  /** 'persoonlijk' | 'telefoon' | 'poort' (common/aftercare/rules.ts). */
  how: text('how').notNull(),
  outcome: textOr('outcome'),
  recordedAt: text('recorded_at').notNull(),
});

/**
 * Follow-up moments after release, made from the template in the settings when the release is recorded.
 * A done moment holds the check-in: `basis` is JSON { key: state }.
 */
export const followups = dossierList(
  'followups',
  {
    momentKey: text('moment_key').notNull(),
    label: text('label').notNull(),
    dueOn: text('due_on').notNull(),
    doneOn: text('done_on'),
    reached: text('reached'),
    basis: textOr('basis', '{}'),
    work: textOr('work', 'onbekend'),
    reclassering: textOr('reclassering', 'onbekend'),
    note: textOr('note'),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('followups_dossier_moment_uq').on(t.dossierId, t.momentKey),
    // Vandaag's due and overdue moments: open ones by due date, answered from the index.
    index('followups_open_due_idx').on(t.doneOn, t.dueOn, t.dossierId),
  ],
);

/** Attempts to reach a client after release (for clients who avoid contact). */
export const contactAttempts = dossierList(
  'contact_attempts',
  {
    date: text('date').notNull(),
    channel: text('channel').notNull(),
    result: text('result').notNull(),
    note: textOr('note'),
    createdAt: createdAt(),
  },
  (t) => [index('contact_attempts_dossier_idx').on(t.dossierId, t.date, t.id)],
);

/** What the municipality paid for a client (common/costs): amounts in whole cents, one row per payment. */
export const costs = dossierList(
  'costs',
  {
    date: text('date').notNull(),
    category: text('category').notNull(),
    amountCents: integer('amount_cents').notNull(),
    note: textOr('note'),
    ...timestamps(),
  },
  (t) => [index('costs_dossier_idx').on(t.dossierId, t.date, t.id), index('costs_date_idx').on(t.date, t.category, t.amountCents)],
);
