import { AppError } from '../../../common/errors.js';
import type { ContactFields, DossierPatch } from '../../../common/dossiers/schema.js';
import { countKinds, rowFields, type BatchPreview, type BatchProblem, type BatchRowPreview } from '../../../common/intake/batch.js';
import { FIELDS_NOT_IN_INTAKE, intakeContacts, intakeFieldsSchema, INTAKE_DOSSIER_FIELDS } from '../../../common/intake/form.js';
import type { IntakeField } from '../../../common/intake/rules.js';
import { localTodayIso } from '../../../common/calendar.js';
import { getDossierDetail } from '../../../db/repositories/dossier-core.js';
import { dossierIdByBsn, type IntakeBatchWrite } from '../../../db/repositories/intake.js';
import type { Db } from '../../../db/vault.js';
import type { BatchTable } from '../intake/batch-file.js';
import { msg } from '../../../common/messages/index.js';

/**
 * A list of notices, row by row: the same recognition as one notice, the same schema as the intake form, and the
 * vault's dossiers by BSN. The preview and the write use this one function, so what was shown is what is written.
 */
export interface PlannedRow extends BatchRowPreview {
  write: IntakeBatchWrite | null;
}

export async function planBatch(db: Db, table: BatchTable): Promise<PlannedRow[]> {
  const today = localTodayIso();
  const seenBsn = new Map<string, number>();
  const out: PlannedRow[] = [];
  for (const { row, cells } of table.rows) {
    const fields = rowFields(table.headers, cells, { today });
    const problems: BatchProblem[] = [];
    const parsed = intakeFieldsSchema.safeParse(fields);
    if (!parsed.success)
      for (const issue of parsed.error.issues) problems.push({ field: typeof issue.path[0] === 'string' ? issue.path[0] : null, message: issue.message });
    const bsn = parsed.success ? parsed.data.bsn : null;
    if (bsn) {
      const earlier = seenBsn.get(bsn);
      if (earlier !== undefined) problems.push({ field: 'bsn', message: msg('bsnAlsoOnLine', { line: earlier }) });
      else seenBsn.set(bsn, row);
    }
    const existingId = bsn ? await dossierIdByBsn(db, bsn) : null;
    if (problems.length > 0 || !parsed.success) {
      out.push({ row, kind: 'refused', fields, existingId, problems, changes: [], write: null });
      continue;
    }
    const f = parsed.data;
    const contacts: ContactFields[] = intakeContacts(f).map((c) => ({ ...c, relation: '', note: 'Uit de melding overgenomen.' }));
    if (existingId === null) {
      const { casemanagerNaam: _a, casemanagerTelefoon: _b, casemanagerEmail: _c, reclasseringOrganisatie: _d, ...dossier } = f;
      const newFields = {
        ...dossier,
        ...FIELDS_NOT_IN_INTAKE,
      };
      out.push({ row, kind: 'new', fields, existingId, problems, changes: [], write: { kind: 'new', fields: newFields, contacts } });
      continue;
    }
    // An update takes what the row says and the dossier does not; an empty cell never clears a field.
    const detail = await getDossierDetail(db, existingId);
    const old = detail.dossier as unknown as Record<string, unknown>;
    const patch: Record<string, unknown> = {};
    const changes: BatchRowPreview['changes'] = [];
    for (const k of INTAKE_DOSSIER_FIELDS) {
      const v = (f as Record<string, unknown>)[k];
      if (!(k in fields) || v === null || v === '' || v === (old[k] ?? null)) continue;
      patch[k] = v;
      changes.push({ field: k, old: String(old[k] ?? ''), new: String(v) });
    }
    const known = new Set(detail.contacts.map((c) => `${c.role}|${c.name.toLowerCase()}`));
    const newContacts = contacts.filter((c) => !known.has(`${c.role}|${c.name.toLowerCase()}`));
    for (const c of newContacts)
      changes.push({ field: (c.role === 'casemanager' ? 'casemanagerNaam' : 'reclasseringOrganisatie') as IntakeField, old: '', new: c.name });
    out.push({
      row,
      kind: 'update',
      fields,
      existingId,
      problems,
      changes,
      write: { kind: 'update', id: existingId, patch: patch as DossierPatch, contacts: newContacts },
    });
  }
  return out;
}

export function previewOf(rows: readonly PlannedRow[]): BatchPreview {
  const plain = rows.map(({ write: _w, ...r }) => r);
  return { rows: plain, counts: countKinds(plain) };
}

/** The writes for the chosen rows, or a refusal naming the first chosen row that is refused. */
export function chosenWrites(rows: readonly PlannedRow[], chosen: readonly number[]): IntakeBatchWrite[] {
  const want = new Set(chosen);
  const picked = rows.filter((r) => want.has(r.row));
  const refused = picked.find((r) => r.kind === 'refused');
  if (refused) throw new AppError('VALIDATION', msg('lineRefused', { line: refused.row }));
  if (picked.length !== want.size) throw new AppError('VALIDATION', msg('listChangedSincePreviewRead'));
  return picked.map((r) => r.write!);
}
