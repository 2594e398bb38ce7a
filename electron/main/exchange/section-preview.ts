import type { ExchangeSection } from '../../../common/exchange/payload.js';
import type { ActionEntry, AftercareSection, ConsentEntry, PlanSection } from '../../../common/exchange/payload.js';
import { ATTEMPT_CHANNEL_LABELS, ATTEMPT_RESULT_LABELS, FIRST_CONTACT_HOW_LABELS } from '../../../common/aftercare/rules.js';
import { COST_CATEGORY_LABELS } from '../../../common/costs/categories.js';
import { formatEuroCents } from '../../../common/money.js';
import { DETENTION_KEYS, PERSON_KEYS, itemKey, type SectionData } from '../../../common/exchange/sections.js';
import type { ContactFields } from '../../../common/dossiers/schema.js';
import { CONTACT_ROLE_LABELS, LEGAL_BASIS_LABELS } from '../../../common/dossiers/schema.js';
import { CLOSING_REASON_LABELS, STATUS_LABELS, type DossierStatus } from '../../../common/dossiers/status.js';
import { ACTION_STATUS_LABELS } from '../../../common/plan/actions.js';
import { BASIS_STATE_INFO, basisDef } from '../../../common/plan/basisvoorwaarden.js';
import { formatDateNl } from '../../../common/dates.js';
import { AANHEF_LABELS, type Aanhef } from '../../../common/people/names.js';
import { withoutControlCharacters } from '../../../common/safe-text.js';
import { messageText, msg } from '../../../common/messages/index.js';

/**
 * How each exchange section is shown in the import preview (current beside incoming), and whether taking it would
 * change anything. The sections themselves are read and written in db/repositories/exchange/.
 */

/** The form's labels of the person and detention fields, for the preview and for naming a refused field. */
export const FIELD_LABELS: Record<(typeof PERSON_KEYS)[number] | (typeof DETENTION_KEYS)[number], string> = {
  bsn: 'BSN',
  achternaam: 'Achternaam',
  tussenvoegsel: 'Tussenvoegsel',
  voornamen: 'Voornamen',
  roepnaam: 'Roepnaam',
  aanhef: 'Aanhef',
  geboortedatum: 'Geboortedatum',
  telefoon: 'Telefoon',
  email: 'E-mail',
  adresVoor: 'Adres vóór detentie',
  adresNa: 'Adres na vrijlating',
  woonplaats: 'Woonplaats',
  status: 'Status',
  institution: 'Inrichting',
  meldingDatum: 'Datum melding',
  detentieStart: 'Start detentie',
  verwachteVrijlating: 'Verwachte vrijlating',
  werkelijkeVrijlating: 'Werkelijke vrijlating',
  reclasseringToezicht: 'Toezicht reclassering',
  juridischKader: 'Juridisch kader',
  veiligheid: 'Veiligheid',
  closingReason: 'Reden afsluiting',
  closingNote: 'Toelichting afsluiting',
  closedAt: 'Afgesloten op',
};
const DATE_FIELDS = new Set(['geboortedatum', 'meldingDatum', 'detentieStart', 'verwachteVrijlating', 'werkelijkeVrijlating']);

function fieldValue(k: string, v: unknown): string {
  if (v === null || v === undefined || v === '') return '';
  if (DATE_FIELDS.has(k)) return formatDateNl(String(v));
  if (k === 'status') return STATUS_LABELS[v as DossierStatus] ?? String(v);
  if (k === 'closingReason') return CLOSING_REASON_LABELS[v as keyof typeof CLOSING_REASON_LABELS] ?? String(v);
  if (k === 'closedAt') return formatDateNl(String(v).slice(0, 10));
  if (k === 'aanhef') return v === 'onbekend' ? '' : (AANHEF_LABELS[v as Aanhef] ?? String(v));
  return String(v);
}

function fieldLines(o: Record<string, unknown>, keys: readonly string[]): string[] {
  return keys.flatMap((k) => {
    const v = fieldValue(k, o[k]);
    return v ? [`${FIELD_LABELS[k as keyof typeof FIELD_LABELS]}: ${v}`] : [];
  });
}

function contactLine(c: ContactFields): string {
  return [CONTACT_ROLE_LABELS[c.role] ?? c.role, c.name, c.organisation].filter(Boolean).join(' — ');
}
function consentLine(c: ConsentEntry): string {
  return [
    `${c.partner}: ${c.scope}`,
    LEGAL_BASIS_LABELS[c.legalBasis] ?? c.legalBasis,
    `gegeven ${formatDateNl(c.givenOn)}`,
    c.withdrawnOn ? `ingetrokken ${formatDateNl(c.withdrawnOn)}` : '',
  ]
    .filter(Boolean)
    .join(' — ');
}
function actionLine(a: ActionEntry): string {
  return [a.title, a.partner?.name, a.deadline ? `uiterlijk ${formatDateNl(a.deadline)}` : '', ACTION_STATUS_LABELS[a.status]].filter(Boolean).join(' — ');
}
function planLines(p: PlanSection): string[] {
  return [
    ...p.basis.map((b) => `${basisDef(b.key).label}: ${BASIS_STATE_INFO[b.state].label}`),
    ...p.scores.map((s) => `Score ${s.domainKey}: ${s.score} (${formatDateNl(s.assessedOn)})`),
    ...p.goals.map((g) => `Doel: ${g.text}`),
  ];
}

function aftercareLines(a: AftercareSection): string[] {
  const d = a.dayOne;
  return [
    ...(d
      ? [
          `Vastlegging dag van vrijlating (${formatDateNl(d.releaseDate)}): ${d.entries.map((e) => `${basisDef(e.key).label}: ${BASIS_STATE_INFO[e.state].label}`).join('; ')}`,
          ...d.entries
            .filter((e) => e.correctedAt)
            .map((e) => `Correctie ${basisDef(e.key).label}: ${BASIS_STATE_INFO[e.state].label} — reden: ${e.correctionReason}`),
        ]
      : []),
    ...(a.firstContact
      ? [
          `Eerste contact: ${formatDateNl(a.firstContact.contactAt.slice(0, 10))} ${a.firstContact.contactAt.slice(11)}, ${FIRST_CONTACT_HOW_LABELS[a.firstContact.how]}, ${a.firstContact.who}`,
        ]
      : []),
    ...a.followups.map((f) =>
      f.doneOn
        ? `Nazorgmoment ${f.label}: gedaan ${formatDateNl(f.doneOn)}, ${f.reached === 'ja' ? 'cliënt bereikt' : 'cliënt niet bereikt'}`
        : `Nazorgmoment ${f.label}: gepland ${formatDateNl(f.dueOn)}`,
    ),
    ...a.attempts.map((t) => `Contactpoging ${formatDateNl(t.date)}: ${ATTEMPT_CHANNEL_LABELS[t.channel]}, ${ATTEMPT_RESULT_LABELS[t.result]}`),
  ];
}

/** Said (in Dutch, like the preview's other lines) beside the file's after-release lines when this dossier already has a day-one record: it is recorded once. */
export const DAY_ONE_KEPT_LINE = messageText(msg('recordDayReleaseAlreadyHere'));

/** The file's lines of a section as shown beside what is here, with what taking it would not change. */
export function incomingLines(section: ExchangeSection, cur: Partial<SectionData>, inc: Partial<SectionData>): string[] {
  const lines = sectionLines(section, inc);
  if (section === 'aftercare' && cur.aftercare?.dayOne && inc.aftercare?.dayOne) lines.push(DAY_ONE_KEPT_LINE);
  return lines;
}

export function sectionLines(section: ExchangeSection, data: Partial<SectionData>): string[] {
  switch (section) {
    case 'person':
      return data.person ? fieldLines(data.person, PERSON_KEYS) : [];
    case 'detention':
      return data.detention ? fieldLines(data.detention, DETENTION_KEYS) : [];
    case 'contacts':
      return (data.contacts ?? []).map(contactLine);
    case 'consents':
      return (data.consents ?? []).map(consentLine);
    case 'notes':
      return (data.notes ?? []).map((n) => `${formatDateNl(n.date)}: ${n.text.length > 120 ? `${n.text.slice(0, 117)}…` : n.text}`);
    case 'plan':
      return data.plan ? planLines(data.plan) : [];
    case 'actions':
      return (data.actions ?? []).map(actionLine);
    case 'attachments':
      return (data.attachments ?? []).map((a) => `${withoutControlCharacters(a.name)} (${Math.max(1, Math.round(a.size / 1024))} kB)`);
    case 'aftercare':
      return data.aftercare ? aftercareLines(data.aftercare) : [];
    case 'costs':
      return (data.costs ?? []).map(
        (c) =>
          `${formatDateNl(c.date)} ${COST_CATEGORY_LABELS[c.category]} ${formatEuroCents(c.amountCents)}${c.note ? ` (${withoutControlCharacters(c.note)})` : ''}`,
      );
  }
}

/** True when taking the file's section would change nothing here. */
export function sectionSame(section: ExchangeSection, cur: Partial<SectionData>, inc: Partial<SectionData>): boolean {
  const covered = <T>(a: T[] | undefined, b: T[] | undefined, key: (x: T) => string) => {
    const have = new Set((a ?? []).map(key));
    return (b ?? []).every((x) => have.has(key(x)));
  };
  switch (section) {
    case 'person':
      // A form of address the file does not carry (an older file) changes nothing here.
      return PERSON_KEYS.every((k) => (k === 'aanhef' && inc.person?.aanhef === undefined) || (cur.person?.[k] ?? null) === (inc.person?.[k] ?? null));
    case 'detention':
      return DETENTION_KEYS.every((k) => (cur.detention?.[k] ?? null) === (inc.detention?.[k] ?? null));
    case 'contacts':
      return covered(cur.contacts, inc.contacts, itemKey.contacts);
    case 'consents': {
      // Same when every incoming consent is here, and every withdrawal in the file is known here too.
      const here = new Map((cur.consents ?? []).map((c) => [itemKey.consents(c), c]));
      return (inc.consents ?? []).every((c) => {
        const h = here.get(itemKey.consents(c));
        return h !== undefined && (c.withdrawnOn === null || h.withdrawnOn !== null);
      });
    }
    case 'notes':
      return covered(cur.notes, inc.notes, itemKey.notes);
    case 'actions':
      return covered(cur.actions, inc.actions, itemKey.actions);
    case 'attachments':
      return covered(cur.attachments, inc.attachments, itemKey.attachments);
    case 'plan': {
      const cb = new Map((cur.plan?.basis ?? []).map((b) => [b.key, `${b.state}|${b.note}`]));
      const basisSame = (inc.plan?.basis ?? []).every((b) => cb.get(b.key) === `${b.state}|${b.note}`);
      return basisSame && covered(cur.plan?.scores, inc.plan?.scores, itemKey.scores) && covered(cur.plan?.goals, inc.plan?.goals, itemKey.goals);
    }
    case 'aftercare': {
      // A day-one record or first contact here is kept, so only their absence here can change anything.
      const c = cur.aftercare;
      const i = inc.aftercare;
      if (!i) return true;
      const done = new Map((c?.followups ?? []).map((f) => [f.momentKey, f.doneOn !== null]));
      return (
        (!i.dayOne || !!c?.dayOne) &&
        (!i.firstContact || !!c?.firstContact) &&
        i.followups.every((f) => done.has(f.momentKey) && (f.doneOn === null || done.get(f.momentKey))) &&
        covered(c?.attempts, i.attempts, itemKey.attempts)
      );
    }
    case 'costs':
      return covered(cur.costs, inc.costs, itemKey.costs);
  }
}
