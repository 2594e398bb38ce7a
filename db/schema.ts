import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';

/**
 * The vault's tables. Every change here needs `npm run db:generate` and the generated SQL
 * committed in db/migrations (applied at unlock by db/migrate.ts).
 */

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  /** JSON-encoded value, validated by common/settings.ts on read. */
  value: text('value').notNull(),
  updatedAt: text('updated_at').notNull(),
});

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    /** e.g. 'vault.unlock', 'vault.unlock_failed', 'dossier.view'. */
    event: text('event').notNull(),
    /** JSON with ids and counts only. */
    detail: text('detail').notNull().default('{}'),
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
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    /** 'pdf.actieplan', 'export.nazorg', 'import.nazorg', 'csv.dossiers', 'ics.acties', ... */
    kind: text('kind').notNull(),
    /** Human description of what was provided, e.g. "Actieplan". */
    what: text('what').notNull(),
    recipient: text('recipient').notNull().default(''),
    purpose: text('purpose').notNull().default(''),
    /** JSON array of dossier ids concerned. */
    dossierIds: text('dossier_ids').notNull().default('[]'),
    /** 'out' for provisions to others, 'in' for files received. */
    direction: text('direction').notNull().default('out'),
  },
  (t) => [index('provisions_at_idx').on(t.at)],
);
