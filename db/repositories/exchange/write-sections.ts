import { eq, inArray } from 'drizzle-orm';
import type { Clock } from '../../../common/calendar.js';
import type { ConsentEntry, ExchangeSection } from '../../../common/exchange/payload.js';
import { freshItems, itemKey } from '../../../common/exchange/sections.js';
import { checkAttachment, safeAttachmentFileName } from '../../../common/exchange/attachment-type.js';
import { attachments, consents, costs, dossierContacts, dossierHistory, journalNotes } from '../../schema.js';
import { sha256Hex } from '../attachments.js';
import type { Tx } from '../dossier-fields.js';
import { insertRows, selectIn, type ImportItems } from './batches.js';
import { addPlanItems } from './write-plan-sections.js';
import { addAftercareItems } from './aftercare-sections.js';

/**
 * Adds the file's list items not present yet (by their natural key, common/exchange/sections.ts); for 'plan' it
 * also sets the basisvoorwaarden. All dossiers at once, so a large import is a few multi-row statements per table.
 */
export async function addSectionItems(tx: Tx, list: ImportItems[], clock: Clock): Promise<void> {
  const taking = (s: ExchangeSection) => list.filter((x) => x.sections.has(s as never));
  await insertRows(
    tx,
    dossierContacts,
    taking('contacts').flatMap(({ dossierId, inc, cur }) =>
      freshItems(inc.contacts, cur.contacts, itemKey.contacts).map((x) => ({ ...x, dossierId, createdAt: clock.now })),
    ),
  );
  await addConsents(tx, taking('consents'), clock);
  await insertRows(
    tx,
    journalNotes,
    taking('notes').flatMap(({ dossierId, inc, cur }) =>
      freshItems(inc.notes, cur.notes, itemKey.notes).map((x) => ({ ...x, dossierId, createdAt: clock.now })),
    ),
  );
  for (const { dossierId, inc, cur } of taking('attachments')) {
    for (const a of freshItems(inc.attachments, cur.attachments, itemKey.attachments)) {
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
  }
  await addPlanItems(tx, list, clock);
  await addAftercareItems(tx, list, clock);
  await insertRows(
    tx,
    costs,
    taking('costs').flatMap(({ dossierId, inc, cur }) =>
      freshItems(inc.costs, cur.costs, itemKey.costs).map((x) => ({ ...x, dossierId, createdAt: clock.now, updatedAt: clock.now })),
    ),
  );
}

/**
 * Adds the file's consents not known here and records withdrawals the file knows of: a consent withdrawn at the
 * sender must not stay active here. A withdrawal is never undone by an import. Both go into the dossier history,
 * as when typed in.
 */
async function addConsents(tx: Tx, list: ImportItems[], clock: Clock): Promise<void> {
  if (list.length === 0) return;
  const hereByDossier = await selectIn(
    list.map((x) => x.dossierId),
    (c) => tx.select().from(consents).where(inArray(consents.dossierId, c)),
  );
  const summary = (c: { partner: string; scope: string }) => `${c.partner}: ${c.scope}`.slice(0, 200);
  type Pending = typeof consents.$inferInsert;
  const added: Pending[] = [];
  const history: (typeof dossierHistory.$inferInsert)[] = [];
  const withdrawals: { id: number; withdrawnOn: string }[] = [];
  for (const { dossierId, inc } of list) {
    const byKey = new Map<string, { id?: number; row: Pending | ConsentEntry }>(
      (hereByDossier.get(dossierId) ?? []).map((c) => [itemKey.consents(c), { id: c.id, row: c }]),
    );
    for (const c of inc.consents ?? []) {
      const k = itemKey.consents(c);
      const existing = byKey.get(k);
      if (!existing) {
        const row: Pending = {
          dossierId,
          partner: c.partner,
          scope: c.scope,
          legalBasis: c.legalBasis,
          givenOn: c.givenOn,
          withdrawnOn: c.withdrawnOn,
          note: c.note,
          createdAt: clock.now,
        };
        added.push(row);
        byKey.set(k, { row });
        history.push({ dossierId, at: clock.now, field: 'consent', oldValue: null, newValue: summary(c) });
        if (c.withdrawnOn) history.push({ dossierId, at: clock.now, field: 'consent.withdrawn', oldValue: summary(c), newValue: c.withdrawnOn });
      } else if (c.withdrawnOn && !existing.row.withdrawnOn) {
        // A consent added a moment ago by this import is still pending: its row is inserted withdrawn.
        if (existing.id !== undefined) withdrawals.push({ id: existing.id, withdrawnOn: c.withdrawnOn });
        existing.row = { ...existing.row, withdrawnOn: c.withdrawnOn };
        if (existing.id === undefined)
          Object.assign(
            added.find((r) => itemKey.consents(r) === k && r.dossierId === dossierId)!,
            { withdrawnOn: c.withdrawnOn },
          );
        history.push({ dossierId, at: clock.now, field: 'consent.withdrawn', oldValue: summary(existing.row), newValue: c.withdrawnOn });
      }
    }
  }
  await insertRows(tx, consents, added);
  for (const w of withdrawals) await tx.update(consents).set({ withdrawnOn: w.withdrawnOn }).where(eq(consents.id, w.id));
  await insertRows(tx, dossierHistory, history);
}
