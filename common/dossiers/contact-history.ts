import { CONTACT_ROLE_LABELS, type ContactFields } from './schema.js';

/**
 * What the dossier history keeps when a person around the client is edited: the person's name, then only what
 * changed, so the Geschiedenis tab reads "R. Voorbeeld: telefoon 06-00000000" -> "R. Voorbeeld: telefoon 06-11111111".
 * Values are stored as written (Dutch), like the rest of the history.
 */
const ATTRIBUTES: { key: Exclude<keyof ContactFields, 'name'>; label: string }[] = [
  { key: 'role', label: 'rol' },
  { key: 'organisation', label: 'organisatie' },
  { key: 'relation', label: 'relatie' },
  { key: 'telefoon', label: 'telefoon' },
  { key: 'email', label: 'e-mail' },
  { key: 'note', label: 'notitie' },
];

const EMPTY = '(leeg)';

function shown(key: keyof ContactFields, c: ContactFields): string {
  const v = key === 'role' ? CONTACT_ROLE_LABELS[c.role] : (c[key] ?? '').trim();
  return v === '' ? EMPTY : v;
}

export function contactChange(before: ContactFields, after: ContactFields): { oldValue: string; newValue: string } | null {
  const changed = ATTRIBUTES.filter((a) => shown(a.key, before) !== shown(a.key, after));
  if (changed.length === 0 && before.name.trim() === after.name.trim()) return null;
  const describe = (c: ContactFields) =>
    changed.length === 0 ? c.name.trim() : `${c.name.trim()}: ${changed.map((a) => `${a.label} ${shown(a.key, c)}`).join('; ')}`;
  return { oldValue: describe(before), newValue: describe(after) };
}
