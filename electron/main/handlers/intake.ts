import type { Handlers } from '../../../common/api/contract.js';
import type { intakeMethods, IntakeProgress, IntakeProposeResult, IntakeSource } from '../../../common/api/intake.js';
import type { ContactFields, DossierPatch } from '../../../common/dossiers/schema.js';
import { AppError } from '../../../common/errors.js';
import { FIELDS_NOT_IN_INTAKE, intakeContacts, intakeContactValues, INTAKE_DOSSIER_FIELDS, type IntakeFormFields } from '../../../common/intake/form.js';
import type { Contact } from '../../../common/dossiers/types.js';
import { noticeTextDefinition } from '../../../common/intake/notice-document.js';
import { sniffAttachmentKind } from '../../../common/exchange/attachment-type.js';
import { audited, recordAudit } from '../../../db/repositories/audit.js';
import { getDossierDetail } from '../../../db/repositories/dossier-core.js';
import { createFromIntake, dossierIdByBsn, updateFromIntake, type IntakeSourceFile } from '../../../db/repositories/intake.js';
import { getSettings } from '../../../db/repositories/settings.js';
import { letterheadFrom } from '../documents/build.js';
import { renderPdf } from '../documents/render.js';
import { decodeText, detectKind, extractText, proposeFields, stopOcr } from '../intake/index.js';
import type { HandlerContext } from './context.js';
import { applyIntakeBatch } from '../../../db/repositories/intake.js';
import { readBatchTable } from '../intake/batch-file.js';
import { chosenWrites, planBatch, previewOf } from './intake-batch.js';
import { msg } from '../../../common/messages/index.js';

type IntakeHandlers = Pick<Handlers, keyof typeof intakeMethods>;

interface Job {
  controller: AbortController;
  progress: IntakeProgress | null;
}

/**
 * Reading a notice writes nothing; a reading is named by the renderer (jobId) so the screen can ask how far a
 * scan is and cancel it. Confirming writes the dossier or its changes, the contacts and the notice as attachment
 * in one transaction (db/repositories/intake.ts). Log lines carry counts and codes only, never the notice's text.
 */
export function intakeHandlers({ session, clock }: HandlerContext): IntakeHandlers {
  const db = () => session.requireVault().db;
  const jobs = new Map<string, Job>();
  // A lock ends every reading: the text of a notice must not outlive the open vault.
  session.onLock(() => {
    for (const j of jobs.values()) j.controller.abort();
    jobs.clear();
    void stopOcr();
  });

  return {
    'intake.propose': async ({ jobId, source }) => {
      const job: Job = { controller: new AbortController(), progress: null };
      jobs.get(jobId)?.controller.abort();
      jobs.set(jobId, job);
      try {
        const file = sourceFile(source);
        const read = await extractText(file, {
          signal: job.controller.signal,
          onProgress: (p) => {
            job.progress = { phase: p.phase, page: p.page, pages: p.pages, progress: p.progress };
          },
        });
        const base: Omit<IntakeProposeResult, 'fields' | 'alternatives' | 'existing'> = {
          status: read.status,
          message: read.message ?? null,
          text: read.text,
          source: read.source,
          pages: read.pages,
          ocrConfidence: read.ocrConfidence ?? null,
        };
        if (read.status !== 'ok') return { ...base, fields: {}, alternatives: {}, existing: null };
        const proposals = proposeFields(read.text);
        const bsn = proposals.fields.bsn?.value;
        const existingId = bsn ? await dossierIdByBsn(db(), bsn) : null;
        const detail = existingId === null ? null : await getDossierDetail(db(), existingId);
        const existing = detail === null ? null : { id: detail.dossier.id, dossier: detail.dossier, contacts: intakeContactValues(detail.contacts) };
        await recordAudit(db(), 'intake.read', {
          source: read.source,
          pages: read.pages,
          fields: Object.keys(proposals.fields).length,
          update: existing !== null,
        });
        return { ...base, ...proposals, existing };
      } catch (err) {
        if ((err as Error).name === 'AbortError')
          return { status: 'cancelled', message: null, text: '', source: 'text', pages: 0, ocrConfidence: null, fields: {}, alternatives: {}, existing: null };
        throw err;
      } finally {
        if (jobs.get(jobId) === job) jobs.delete(jobId);
      }
    },
    'intake.progress': async ({ jobId }) => jobs.get(jobId)?.progress ?? null,
    'intake.cancel': async ({ jobId }) => {
      jobs.get(jobId)?.controller.abort();
      return { ok: true as const };
    },
    'intake.create': async ({ source, confirmDuplicate, ...form }) => {
      const fields = {
        ...pick(form, INTAKE_DOSSIER_FIELDS),
        achternaam: form.achternaam,
        geboortedatum: form.geboortedatum ?? null,
        bsn: form.bsn ?? null,
        ...FIELDS_NOT_IN_INTAKE,
      };
      const kept = await keptFile(source);
      const { result } = await audited(
        db(),
        (tx) =>
          createFromIntake(tx, {
            fields: fields as Parameters<typeof createFromIntake>[1]['fields'],
            contacts: contactsOf(form),
            source: kept,
            confirmDuplicate,
          }),
        ({ result, attachmentId }) => (result.created ? { event: 'dossier.create', detail: { id: result.id, via: 'intake', attachmentId } } : null),
      );
      return result;
    },
    'intake.update': async ({ id, patch: all, take, source }) => {
      const detail = await getDossierDetail(db(), id);
      // Parsing fills defaults for fields left out; only the chosen ones count.
      const patch = pick(all, take) as Partial<IntakeFormFields>;
      const dossierPatch = pick(patch, INTAKE_DOSSIER_FIELDS) as DossierPatch;
      const { contacts, contactUpdates } = contactWrites(detail.contacts, patch, detail.dossier.institution);
      const kept = await keptFile(source);
      const { changed } = await audited(
        db(),
        (tx) => updateFromIntake(tx, id, { patch: dossierPatch, contacts, contactUpdates, source: kept }),
        ({ changed, attachmentId }) => ({
          event: 'dossier.update',
          detail: { id, fields: changed, via: 'intake', contacts: contacts.length + contactUpdates.length, attachmentId },
        }),
      );
      return { id, changed };
    },
    'intake.batchPreview': async ({ file }) => previewOf(await planBatch(db(), await readBatchTable(file.name, Buffer.from(file.data, 'base64')))),
    'intake.batchApply': async ({ file, rows }) => {
      const planned = await planBatch(db(), await readBatchTable(file.name, Buffer.from(file.data, 'base64')));
      const { created, updated } = await audited(
        db(),
        (tx) => applyIntakeBatch(tx, chosenWrites(planned, rows)),
        ({ created, updated }) => ({ event: 'intake.batch', detail: { created: created.length, updated: updated.length, ids: [...created, ...updated] } }),
      );
      return { created: created.length, updated: updated.length };
    },
  };

  /** The notice as the attachment kept with the dossier: a PDF or image as it came, text and e-mail as a PDF of their text. */
  async function keptFile(source: IntakeSource): Promise<IntakeSourceFile> {
    const today = clock().today;
    const note = 'Melding, ingelezen bij de intake.';
    if (source.kind === 'file') {
      const bytes = Buffer.from(source.data, 'base64');
      if (sniffAttachmentKind(bytes) !== null) return { name: source.name, bytes, note };
      const kind = detectKind(source.name, bytes);
      if (kind !== 'text' && kind !== 'eml') throw new AppError('VALIDATION', msg('kindFileCannotKeptAttachment'));
      const read = kind === 'eml' ? (await extractText({ name: source.name, bytes })).text : decodeText(bytes);
      return { name: `${baseName(source.name)}.pdf`, bytes: await textPdf(read, `Bestand ${source.name}, ingelezen op ${today}.`), note };
    }
    return { name: `melding-${today}.pdf`, bytes: await textPdf(source.text, 'Geplakte tekst.'), note };
  }

  async function textPdf(text: string, origin: string): Promise<Buffer> {
    const settings = await getSettings(db());
    return renderPdf(noticeTextDefinition({ letterhead: letterheadFrom(settings), date: clock().today, text, origin }));
  }
}

function sourceFile(source: IntakeSource): { name: string; bytes: Uint8Array } {
  return source.kind === 'file'
    ? { name: source.name, bytes: Buffer.from(source.data, 'base64') }
    : { name: 'melding.txt', bytes: Buffer.from(source.text, 'utf8') };
}

function baseName(name: string): string {
  return name.replace(/\.[^.]*$/, '') || 'melding';
}

function pick<T extends object, K extends string>(o: T, keys: readonly K[]): Partial<Record<K, unknown>> {
  const out: Partial<Record<K, unknown>> = {};
  for (const k of keys) if (k in o && (o as Record<string, unknown>)[k] !== undefined) out[k] = (o as Record<string, unknown>)[k];
  return out;
}

function contactsOf(f: Partial<IntakeFormFields>): ContactFields[] {
  return intakeContacts(f).map((c) => ({ ...c, relation: '', note: 'Uit de melding overgenomen.' }));
}

/**
 * The chosen contact fields of a notice for a known dossier: a casemanager under a new name is a new contact; a new
 * phone or e-mail for the casemanager already there updates that contact; a reclassering not yet there is added.
 */
function contactWrites(
  existing: readonly Contact[],
  chosen: Partial<IntakeFormFields>,
  institution: string,
): { contacts: ContactFields[]; contactUpdates: { id: number; fields: ContactFields }[] } {
  const contacts: ContactFields[] = [];
  const contactUpdates: { id: number; fields: ContactFields }[] = [];
  const cm = existing.find((c) => c.role === 'casemanager');
  const newName = chosen.casemanagerNaam && chosen.casemanagerNaam.toLowerCase() !== cm?.name.toLowerCase();
  if (cm && !newName && (chosen.casemanagerTelefoon !== undefined || chosen.casemanagerEmail !== undefined)) {
    const { id: cmId, dossierId: _d, createdAt: _c, ...fields } = cm;
    contactUpdates.push({
      id: cmId,
      fields: { ...fields, telefoon: chosen.casemanagerTelefoon ?? cm.telefoon, email: chosen.casemanagerEmail ?? cm.email },
    });
  } else if (newName || (!cm && (chosen.casemanagerTelefoon || chosen.casemanagerEmail))) {
    contacts.push(
      ...contactsOf({
        casemanagerNaam: chosen.casemanagerNaam ?? '',
        casemanagerTelefoon: chosen.casemanagerTelefoon ?? '',
        casemanagerEmail: chosen.casemanagerEmail ?? '',
        institution: chosen.institution ?? institution,
      }),
    );
  }
  const rc = chosen.reclasseringOrganisatie;
  if (rc && !existing.some((c) => c.role === 'reclassering' && c.name.toLowerCase() === rc.toLowerCase()))
    contacts.push(...contactsOf({ reclasseringOrganisatie: rc }));
  return { contacts, contactUpdates };
}
