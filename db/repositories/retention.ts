import { and, asc, eq, inArray, lt, sql } from 'drizzle-orm';
import { AppError } from '../../common/errors.js';
import { destructionRegisterLine, isPastRetention } from '../../common/retention.js';
import { dossiers, provisions } from '../schema.js';
import type { Db } from '../vault.js';
import { recordAudit } from './audit.js';
import { listName } from '../../common/people/names.js';
import { recordProvision } from './provisions.js';
import { msg } from '../../common/messages/index.js';

export interface RetentionCandidate {
  id: number;
  /** For the coordinator's own screen only; never logged or audited. */
  name: string;
  closedAt: string;
  closingReason: string | null;
}

export async function listPastRetention(db: Db, cutoff: string): Promise<RetentionCandidate[]> {
  const rows = await db
    .select({
      id: dossiers.id,
      achternaam: dossiers.achternaam,
      tussenvoegsel: dossiers.tussenvoegsel,
      voornamen: dossiers.voornamen,
      closedAt: dossiers.closedAt,
      closingReason: dossiers.closingReason,
    })
    .from(dossiers)
    .where(and(eq(dossiers.status, 'afgesloten'), lt(dossiers.closedAt, cutoff)))
    .orderBy(asc(dossiers.closedAt), asc(dossiers.id));
  return rows.map((r) => ({
    id: r.id,
    name: listName(r),
    closedAt: r.closedAt!,
    closingReason: r.closingReason,
  }));
}

/** Every table with a dossier_id column: today's and those later areas add (plans, actions, attachments). */
async function tablesReferencingDossiers(db: Db): Promise<string[]> {
  const res = await db.all<{ name: string }>(sql`
    SELECT m.name AS name FROM sqlite_master m, pragma_table_info(m.name) c
    WHERE m.type = 'table' AND c.name = 'dossier_id' ORDER BY m.name`);
  return res.map((r) => r.name);
}

/**
 * Destroys closed dossiers past their retention period: in one transaction every row about them is
 * deleted, their ids are taken out of the provisions register (its lines stay, now about no one), and
 * the register gets one line recording the destruction by count. Then VACUUM rebuilds the file so the
 * deleted pages are gone from it. A dossier that is not (or no longer) due is refused, and nothing happens.
 */
export async function destroyPastRetention(db: Db, ids: readonly number[], cutoff: string, years: number): Promise<{ destroyed: number }> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return { destroyed: 0 };
  const tables = await tablesReferencingDossiers(db);
  await db.transaction(async (tx) => {
    const rows = await tx.select({ id: dossiers.id, status: dossiers.status, closedAt: dossiers.closedAt }).from(dossiers).where(inArray(dossiers.id, unique));
    const due = rows.filter((r) => isPastRetention(r.closedAt, r.status, cutoff));
    if (due.length !== unique.length) {
      throw new AppError('CONFLICT', msg('notAllChosenCaseFiles'));
    }
    const idList = sql.join(
      unique.map((id) => sql`${id}`),
      sql`, `,
    );
    for (const table of tables) await tx.run(sql`DELETE FROM ${sql.identifier(table)} WHERE dossier_id IN (${idList})`);
    await tx.delete(dossiers).where(inArray(dossiers.id, unique));
    // Register lines that named these dossiers keep what, when and to whom, but no longer which dossier.
    const gone = new Set(unique);
    const lines = await tx.select({ id: provisions.id, dossierIds: provisions.dossierIds }).from(provisions);
    for (const line of lines) {
      const before = JSON.parse(line.dossierIds) as number[];
      const after = before.filter((id) => !gone.has(id));
      if (after.length !== before.length)
        await tx
          .update(provisions)
          .set({ dossierIds: JSON.stringify(after) })
          .where(eq(provisions.id, line.id));
    }
    await recordProvision(tx, { ...destructionRegisterLine(unique.length, years), direction: 'out' });
    await recordAudit(tx, 'retention.destroyed', { count: unique.length, retentionYears: years });
  });
  await db.run(sql`VACUUM`);
  return { destroyed: unique.length };
}
