import type { ImportPreview, ImportPreviewDossier, ImportResult, SectionChoice } from '../../../common/api/exchange.js';
import { AppError } from '../../../common/errors.js';
import { checkAttachment } from '../../../common/exchange/attachment-type.js';
import { ATTACHMENT_LIMITS } from '../../../common/exchange/limits.js';
import {
  EXCHANGE_SECTIONS,
  PAYLOAD_SCHEMA_ID,
  SECTION_LABELS,
  payloadVersionFor,
  personSectionSchema,
  type ExchangePayload,
  type ExchangePayloadInput,
  type ExchangeSection,
} from '../../../common/exchange/payload.js';
import { statusInvariantErrors } from '../../../common/dossiers/status.js';
import { dossierConsistencyErrors } from '../../../common/dossiers/schema.js';
import { listName } from '../../../common/people/names.js';
import { systemClock, type Clock } from '../../../common/calendar.js';
import type { Bundle, SectionData } from '../../../common/exchange/sections.js';
import type { Db } from '../../../db/vault.js';
import { recordProvision } from '../../../db/repositories/provisions.js';
import { audited } from '../../../db/repositories/audit.js';
import { sha256Hex } from '../../../db/repositories/attachments.js';
import { insertDossierRows, PendingReleaseDates, writeDossierFields, type Conn } from '../../../db/repositories/dossier-fields.js';
import { dossierIdsByBsn, readBundles, readDossierRows } from '../../../db/repositories/exchange/read-sections.js';
import { addSectionItems } from '../../../db/repositories/exchange/write-sections.js';
import type { ImportItems, ListSection } from '../../../db/repositories/exchange/batches.js';
import { incomingLines, sectionLines, sectionSame } from './section-preview.js';
import { decodeExchangeFile, dossierFieldRefusal, exchangePlaintext } from './exchange-file.js';
import { startSealing, type ScryptParams } from './envelope.js';

export interface ExportRequest {
  dossierIds: number[];
  sections: ExchangeSection[];
  recipient: string;
  purpose: string;
  passphrase: string;
}
export interface Sender {
  organisation: string;
  coordinator: string;
  appVersion: string;
}

/**
 * Builds, encrypts and registers an export. The provision is recorded only once the file exists. The key is derived
 * (off the main thread) while the sections are read, checked and compressed.
 */
export async function exportDossiers(db: Db, req: ExportRequest, sender: Sender, kdf?: ScryptParams): Promise<{ bytes: Buffer; count: number }> {
  const sealing = startSealing(req.passphrase, kdf);
  try {
    const sections = new Set<ExchangeSection>(['person', ...req.sections]);
    const ids = [...new Set(req.dossierIds)];
    const bundles = await readBundles(db, ids, sections);
    if (bundles.length !== ids.length) throw new AppError('NOT_FOUND');
    const payload: ExchangePayloadInput = {
      schema: PAYLOAD_SCHEMA_ID,
      // The lowest version that holds what is sent: older apps keep reading files without the newer sections.
      schemaVersion: payloadVersionFor([...sections]),
      createdAt: new Date().toISOString(),
      app: { name: 'Nazorgdossier', version: sender.appVersion },
      sender: { organisation: sender.organisation, coordinator: sender.coordinator },
      recipient: req.recipient,
      purpose: req.purpose,
      sections: EXCHANGE_SECTIONS.filter((s) => sections.has(s)),
      dossiers: bundles.map(({ id, ...rest }) => ({ ref: String(id), ...rest })),
    };
    const bytes = await sealing.seal(await exchangePlaintext(payload));
    await audited(
      db,
      (tx) =>
        recordProvision(tx, {
          kind: 'export.nazorg',
          what: `Uitwisselbestand: ${bundles.length} dossier${bundles.length === 1 ? '' : 's'} (${payload.sections.map((s) => SECTION_LABELS[s]).join(', ')})`,
          recipient: req.recipient,
          purpose: req.purpose,
          dossierIds: ids,
        }),
      () => ({ event: 'exchange.export', detail: { dossiers: ids.length, sections: payload.sections } }),
    );
    return { bytes, count: bundles.length };
  } finally {
    await sealing.discard();
  }
}

/** Decrypts and checks a file completely (attachments included) before anything is compared or written. */
export async function readImportFile(file: Buffer, passphrase: string): Promise<ExchangePayload> {
  const payload = await decodeExchangeFile(file, passphrase);
  const seen = new Set<string>();
  payload.dossiers.forEach((d, i) => {
    if (d.person.bsn) {
      if (seen.has(d.person.bsn)) throw new AppError('EXCHANGE_INVALID_CONTENT', undefined, { paths: [`dossiers.${i}.person.bsn`] });
      seen.add(d.person.bsn);
    }
    // Sections a file does not declare must not be present: what was ticked is what arrives.
    for (const s of EXCHANGE_SECTIONS) {
      if (d[s] !== undefined && !payload.sections.includes(s)) throw new AppError('EXCHANGE_INVALID_CONTENT', undefined, { paths: [`dossiers.${i}.${s}`] });
    }
    // The rules between fields are the form's own (common/dossiers/schema.ts): what cannot be typed cannot be imported.
    refuseFieldErrors(i, d.person, dossierConsistencyErrors({ ...d.person, ...d.detention }));
    if (d.detention) refuseFieldErrors(i, d.person, statusInvariantErrors(d.detention, d.detention));
    d.attachments?.forEach((a, j) => {
      const bytes = Buffer.from(a.data, 'base64');
      const ok = bytes.length === a.size && bytes.length <= ATTACHMENT_LIMITS.maxBytes && sha256Hex(bytes) === a.sha256 && checkAttachment(bytes).ok;
      if (!ok) throw new AppError('EXCHANGE_ATTACHMENT_MISMATCH', undefined, { paths: [`dossiers.${i}.attachments.${j}`] });
    });
  });
  return payload;
}

const PERSON_FIELDS: ReadonlySet<string> = new Set(Object.keys(personSectionSchema.shape));

/** Refuses the first broken field of dossier `index`, naming the dossier, the field and the form's message. */
function refuseFieldErrors(index: number, person: unknown, errors: Record<string, string>): void {
  const fields = Object.keys(errors);
  if (fields.length === 0) return;
  const paths = fields.map((f) => `dossiers.${index}.${PERSON_FIELDS.has(f) ? 'person' : 'detention'}.${f}`);
  throw dossierFieldRefusal(index, person, fields[0]!, errors[fields[0]!]!, paths);
}

async function existingByBsn(db: Conn, payload: ExchangePayload): Promise<Map<string, number>> {
  return dossierIdsByBsn(
    db,
    payload.dossiers.map((d) => d.person.bsn).filter((b): b is string => !!b),
  );
}

async function currentBundles(db: Conn, payload: ExchangePayload, existing: Map<string, number>): Promise<Map<number, Bundle>> {
  const ids = [...existing.values()];
  const bundles = await readBundles(db, ids, new Set(payload.sections));
  return new Map(bundles.map((b) => [b.id, b]));
}

/** What an import would do: writes nothing. */
export async function previewImport(db: Db, payload: ExchangePayload): Promise<ImportPreview> {
  const existing = await existingByBsn(db, payload);
  const current = await currentBundles(db, payload, existing);
  const list: ImportPreviewDossier[] = payload.dossiers.map((d) => {
    const existingId = d.person.bsn ? (existing.get(d.person.bsn) ?? null) : null;
    const cur = existingId ? current.get(existingId) : undefined;
    const incoming = d as Partial<SectionData>;
    return {
      ref: d.ref,
      name: listName(d.person),
      bsn: d.person.bsn,
      action: existingId ? 'update' : 'create',
      existingId,
      sections: cur
        ? payload.sections.map((s) => ({
            section: s,
            current: sectionLines(s, cur),
            incoming: incomingLines(s, cur, incoming),
            same: sectionSame(s, cur, incoming),
          }))
        : [],
    };
  });
  return {
    sender: payload.sender,
    recipient: payload.recipient,
    purpose: payload.purpose,
    createdAt: payload.createdAt,
    sections: payload.sections,
    dossiers: list,
    toCreate: list.filter((d) => d.action === 'create').length,
    toUpdate: list.filter((d) => d.action === 'update').length,
  };
}

export type ImportChoices = Record<string, Partial<Record<ExchangeSection, SectionChoice>>>;

/**
 * Writes the import in ONE transaction: new dossiers with every section in the file, existing ones
 * (same BSN) only in the sections the coordinator chose to take. Any failure rolls everything back.
 */
export async function applyImport(db: Db, payload: ExchangePayload, choices: ImportChoices, clock: Clock = systemClock()): Promise<ImportResult> {
  const listSections = payload.sections.filter((s): s is ListSection => s !== 'person' && s !== 'detention');
  return audited(
    db,
    async (tx) => {
      const existing = await existingByBsn(tx, payload);
      const current = await currentBundles(tx, payload, existing);
      const rows = await readDossierRows(tx, [...existing.values()]);
      // A release date from the file is settled after the plan from the file is written (the day-one record reads it).
      const releaseDates = new PendingReleaseDates();
      let updated = 0;
      // Per dossier of the file: its id once known, and the name it is listed by.
      const outcome: ({ id: number; name: string } | null)[] = [];
      const items: ImportItems[] = [];
      const fresh: { index: number; d: ExchangePayload['dossiers'][number] }[] = [];
      for (const [index, d] of payload.dossiers.entries()) {
        const inc = d as Partial<SectionData>;
        const existingId = d.person.bsn ? existing.get(d.person.bsn) : undefined;
        if (existingId === undefined) {
          fresh.push({ index, d });
          outcome.push(null);
          continue;
        }
        const cur = current.get(existingId)!;
        const take = payload.sections.filter((s) => choices[d.ref]?.[s] === 'take' && !sectionSame(s, cur, inc));
        if (take.length === 0) {
          outcome.push(null);
          continue;
        }
        if (take.includes('detention') && d.detention) refuseFieldErrors(index, d.person, statusInvariantErrors(d.detention, d.detention));
        const patch = { ...(take.includes('person') ? d.person : {}), ...(take.includes('detention') ? d.detention : {}) };
        // As when editing by hand: the rules hold for the dossier as it would be after taking these sections.
        if (take.includes('person') || take.includes('detention')) {
          const here = rows.get(existingId)!;
          refuseFieldErrors(index, d.person, dossierConsistencyErrors({ ...here, ...patch }));
          await writeDossierFields(tx, here, patch, clock.now, releaseDates);
        }
        items.push({ dossierId: existingId, sections: new Set(take.filter((s): s is ListSection => s !== 'person' && s !== 'detention')), inc, cur });
        updated++;
        outcome.push({ id: existingId, name: listName(take.includes('person') ? d.person : cur.person) });
      }
      // New dossiers with every section in the file, written together: a few multi-row statements per table.
      const newIds = await insertDossierRows(
        tx,
        fresh.map(({ d }) => ({ ...d.person, ...(d.detention ?? { status: 'melding' as const }) })),
        clock.now,
        releaseDates,
      );
      fresh.forEach(({ index, d }, i) => {
        outcome[index] = { id: newIds[i]!, name: listName(d.person) };
        items.push({ dossierId: newIds[i]!, sections: new Set(listSections), inc: d as Partial<SectionData>, cur: {} });
      });
      await addSectionItems(tx, items, clock);
      await releaseDates.settle(tx, clock.now);
      const written = outcome.filter((o): o is { id: number; name: string } => o !== null);
      const created = fresh.length;
      const ids = written.map((w) => w.id);
      await recordProvision(tx, {
        kind: 'import.nazorg',
        what: `Uitwisselbestand ingelezen: ${created} nieuw, ${updated} bijgewerkt (${payload.sections.map((s) => SECTION_LABELS[s]).join(', ')})`,
        recipient: [payload.sender.organisation, payload.sender.coordinator].filter(Boolean).join(', '),
        purpose: payload.purpose,
        dossierIds: ids,
        direction: 'in',
      });
      return { created, updated, dossierIds: ids, dossiers: written };
    },
    (r) => ({ event: 'exchange.import', detail: { created: r.created, updated: r.updated, dossiers: payload.dossiers.length }, at: clock.now }),
  );
}
