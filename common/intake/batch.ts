import { proposeFields, type ProposeOptions } from './propose.js';
import type { IntakeField } from './rules.js';

/**
 * A list of notices (a monthly overview as CSV or Excel): one row per person under a header row. Each row is read
 * with the same recognition rules as a single notice, as "header: value" lines, so "Naam", "Geb. datum" or
 * "Datum insluiting" mean the same in a table as in a letter, and dates and names are read the same way.
 */
export const BATCH_LIMITS = { maxRows: 1000 } as const;

export type BatchRowKind = 'new' | 'update' | 'refused';

export interface BatchProblem {
  /** The field the problem is about (for its label on screen), or null for the whole row. */
  field: string | null;
  /** Dutch. */
  message: string;
}

export interface BatchChange {
  field: IntakeField;
  old: string;
  new: string;
}

export interface BatchRowPreview {
  /** The row's number in the sheet (the header row is row 1 when it is the first). */
  row: number;
  kind: BatchRowKind;
  fields: Partial<Record<IntakeField, string>>;
  existingId: number | null;
  problems: BatchProblem[];
  /** For an update: what the row would change in the dossier. */
  changes: BatchChange[];
}

export interface BatchPreview {
  rows: BatchRowPreview[];
  counts: Record<BatchRowKind, number>;
}

/** One row as the text of a notice: "header: value" per filled cell. */
export function rowAsNotice(headers: readonly string[], cells: readonly string[]): string {
  const lines: string[] = [];
  headers.forEach((h, i) => {
    const v = (cells[i] ?? '').replace(/\s+/g, ' ').trim();
    if (h.trim() && v) lines.push(`${h.trim()}: ${v}`);
  });
  return lines.join('\n');
}

/** The fields a row proposes (values only: in a list the coordinator checks the preview, not each snippet). */
export function rowFields(headers: readonly string[], cells: readonly string[], opts: ProposeOptions = {}): Partial<Record<IntakeField, string>> {
  const { fields } = proposeFields(rowAsNotice(headers, cells), opts);
  const out: Partial<Record<IntakeField, string>> = {};
  for (const [k, p] of Object.entries(fields)) out[k as IntakeField] = p.value;
  return out;
}

export function countKinds(rows: readonly BatchRowPreview[]): Record<BatchRowKind, number> {
  const counts: Record<BatchRowKind, number> = { new: 0, update: 0, refused: 0 };
  for (const r of rows) counts[r.kind]++;
  return counts;
}
