import { DETENTION_FIELDS, PERSON_FIELDS, type ContactFields } from '../dossiers/schema.js';
import type { ActionEntry, AftercareSection, CostEntry, AttachmentEntry, ConsentEntry, DetentionSection, PersonSection, PlanSection } from './payload.js';

/**
 * What one dossier holds per exchange section, and when two items of a list section are "the same". Export, preview
 * and import all use these, so what is sent is what is compared and what is added.
 */
export interface SectionData {
  person: PersonSection;
  detention: DetentionSection;
  contacts: ContactFields[];
  consents: ConsentEntry[];
  notes: { date: string; text: string }[];
  plan: PlanSection;
  actions: ActionEntry[];
  attachments: AttachmentEntry[];
  aftercare: AftercareSection;
  costs: CostEntry[];
}
export type Bundle = { id: number } & { person: PersonSection } & Partial<Omit<SectionData, 'person'>>;

/** The person section's fields, the BSN first: it is what an incoming dossier is recognised by. */
export const PERSON_KEYS = ['bsn', ...PERSON_FIELDS.filter((k) => k !== 'bsn')] as const;
/** The detention section: the dossier's detention fields with where the journey stands. */
export const DETENTION_KEYS = ['status', ...DETENTION_FIELDS, 'closingReason', 'closingNote', 'closedAt'] as const;

/** The natural key of a list item: an incoming item whose key is already here is not added again. */
export const itemKey = {
  contacts: (c: ContactFields) => `${c.role}|${c.name.trim().toLowerCase()}`,
  /** The same agreement given on the same day; a later withdrawal is a change of that consent, not a new one. */
  consents: (c: Pick<ConsentEntry, 'partner' | 'scope' | 'givenOn'>) => `${c.partner.trim().toLowerCase()}|${c.scope.trim().toLowerCase()}|${c.givenOn}`,
  notes: (n: { date: string; text: string }) => `${n.date}|${n.text.trim()}`,
  actions: (a: ActionEntry) => `${a.title.trim().toLowerCase()}|${a.deadline ?? ''}`,
  attachments: (a: { sha256: string }) => a.sha256,
  scores: (s: PlanSection['scores'][number]) => `${s.domainKey}|${s.assessedOn}|${s.score}`,
  goals: (g: PlanSection['goals'][number]) => `${g.domainKey ?? ''}|${g.text.trim().toLowerCase()}`,
  costs: (c: CostEntry) => `${c.date}|${c.category}|${c.amountCents}|${c.note.trim()}`,
  attempts: (a: AftercareSection['attempts'][number]) => `${a.date}|${a.channel}|${a.result}|${a.note.trim()}`,
};

/** The incoming items not present yet (by key), each key once. */
export function freshItems<T>(items: readonly T[] | undefined, have: readonly T[] | undefined, key: (x: T) => string): T[] {
  const seen = new Set((have ?? []).map(key));
  return (items ?? []).filter((x) => {
    const k = key(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
