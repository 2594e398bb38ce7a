import { formatDateNl } from '../dates.js';
import { initialsName } from '../people/names.js';
import { dueState, dueText, UNASSIGNED_LABEL, type ActionStatus } from './actions.js';

/**
 * Rappel (chasing): overdue and soon-due actions grouped per partner, with a ready reminder text the
 * coordinator copies or opens in the mail program. The text names the client only by the reference the
 * caller passes (data minimisation: the partner needs to know which of its cases, not more).
 */
export interface RappelAction {
  id: number;
  dossierId: number;
  clientRef: string;
  title: string;
  deadline: string | null;
  status: ActionStatus;
  partnerId: number | null;
  contactName: string | null;
  lastReminderOn: string | null;
}

export interface RappelPartner {
  id: number;
  name: string;
  email: string;
}

export interface RappelGroup {
  partnerId: number | null;
  partnerName: string;
  email: string;
  overdue: RappelAction[];
  soon: RappelAction[];
}

export function groupRappel(actions: readonly RappelAction[], partners: readonly RappelPartner[], today: string, soonDays: number): RappelGroup[] {
  const groups = new Map<number | null, RappelGroup>();
  for (const a of actions) {
    const state = dueState(a, today, soonDays);
    const bucket = state === 'overdue' ? 'overdue' : state === 'today' || state === 'soon' ? 'soon' : null;
    if (!bucket) continue;
    let g = groups.get(a.partnerId);
    if (!g) {
      const p = partners.find((x) => x.id === a.partnerId);
      g = { partnerId: a.partnerId, partnerName: p?.name ?? UNASSIGNED_LABEL, email: p?.email ?? '', overdue: [], soon: [] };
      groups.set(a.partnerId, g);
    }
    g[bucket].push(a);
  }
  const byDeadline = (x: RappelAction, y: RappelAction) => (x.deadline ?? '').localeCompare(y.deadline ?? '') || x.id - y.id;
  const out = [...groups.values()];
  for (const g of out) {
    g.overdue.sort(byDeadline);
    g.soon.sort(byDeadline);
  }
  // Most overdue work first; unassigned actions last, they go to nobody.
  return out.sort(
    (a, b) =>
      Number(a.partnerId === null) - Number(b.partnerId === null) || b.overdue.length - a.overdue.length || a.partnerName.localeCompare(b.partnerName, 'nl'),
  );
}

export interface ReminderSender {
  coordinatorName: string;
  municipalityName: string;
  coordinatorPhone: string;
  coordinatorEmail: string;
}

export interface ReminderText {
  subject: string;
  body: string;
}

export function reminderText(group: RappelGroup, sender: ReminderSender, today: string): ReminderText {
  const lines: string[] = [];
  const line = (a: RappelAction) => {
    const who = a.contactName ? ` (t.a.v. ${a.contactName})` : '';
    return `- ${a.clientRef}: ${a.title}${who}, deadline ${formatDateNl(a.deadline)} (${dueText(a.deadline, today)})`;
  };
  lines.push(`Beste collega's van ${group.partnerName},`, '');
  lines.push('Graag vraag ik uw aandacht voor de volgende afspraken uit het nazorgplan.');
  if (group.overdue.length > 0) {
    lines.push('', 'De deadline is verstreken:');
    group.overdue.forEach((a) => lines.push(line(a)));
  }
  if (group.soon.length > 0) {
    lines.push('', 'De deadline nadert:');
    group.soon.forEach((a) => lines.push(line(a)));
  }
  lines.push('', 'Wilt u laten weten hoe het ervoor staat, of wanneer het wel lukt?', '', 'Met vriendelijke groet,', '');
  const signature = [sender.coordinatorName, 'Coördinator nazorg ex-gedetineerden', sender.municipalityName, sender.coordinatorPhone, sender.coordinatorEmail];
  lines.push(...signature.filter((s) => s.trim() !== ''));
  const n = group.overdue.length + group.soon.length;
  return { subject: `Herinnering nazorg: ${n} ${n === 1 ? 'afspraak' : 'afspraken'}`, body: lines.join('\n') };
}

/**
 * mailto: URL (RFC 6068). encodeURIComponent leaves none of the reserved &, ?, = or # unescaped, turns
 * spaces into %20 (not '+', which mail programs show literally) and line breaks must be CRLF.
 */
export function mailtoUrl(to: string, text: ReminderText): string {
  const enc = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
  const addr = to
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => encodeURIComponent(s).replace(/%40/g, '@'))
    .join(',');
  return `mailto:${addr}?subject=${enc(text.subject)}&body=${enc(text.body)}`;
}

/**
 * How a reminder names the client: initials and surname only, enough for the partner to find its own
 * case (data minimisation), e.g. "T.F. van Testmans".
 */
export function clientRef(p: { voornamen: string; tussenvoegsel: string; achternaam: string }): string {
  return initialsName(p);
}
