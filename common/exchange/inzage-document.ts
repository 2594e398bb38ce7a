import { dataTable, dateNl, emptyNote, frame, letterheadBlock } from '../documents/frame.js';
import type { Content, DocDefinition } from '../documents/pdf-types.js';
import type { Letterhead } from '../documents/view-models.js';
import { formatDateTimeNl } from '../dates.js';
import { CONTACT_ROLE_LABELS, LEGAL_BASIS_LABELS, type LegalBasis } from '../dossiers/schema.js';
import { CLOSING_REASON_LABELS, STATUS_LABELS, type ClosingReason, type DossierStatus } from '../dossiers/status.js';
import { ACTION_STATUS_LABELS } from '../plan/actions.js';
import { BASIS_STATE_INFO, basisDef } from '../plan/basisvoorwaarden.js';
import type { ProvisionEntry } from '../api/provisions.js';
import type { ActionEntry, CostEntry, DetentionSection, PersonSection, PlanSection } from './payload.js';
import type { ContactFields } from '../dossiers/schema.js';
import { AANHEF_LABELS, fullName } from '../people/names.js';
import { provisionKindLabel } from './provision-kinds.js';
import type { AftercareView } from '../aftercare/types.js';
import { COST_CATEGORY_LABELS } from '../costs/categories.js';
import { formatEuroCents } from '../money.js';
import { ATTEMPT_CHANNEL_LABELS, ATTEMPT_RESULT_LABELS, FIRST_CONTACT_HOW_LABELS, RECLASSERING_CONTACT_LABELS, WORK_STATE_LABELS } from '../aftercare/rules.js';

/**
 * "Inzageverzoek" (AVG art. 15): one PDF with everything the app holds on one client, including the register
 * entries about them. A pure definition, rendered by the documents service.
 */
export interface InzageData {
  letterhead: Letterhead;
  date: string;
  dossierId: number;
  person: PersonSection;
  detention: DetentionSection;
  contacts: ContactFields[];
  consents: { partner: string; scope: string; legalBasis: string; givenOn: string; withdrawnOn: string | null; note: string }[];
  notes: { date: string; text: string }[];
  plan: PlanSection;
  actions: ActionEntry[];
  attachments: { name: string; mediaType: string; size: number; addedAt: string }[];
  history: { at: string; field: string; oldValue: string | null; newValue: string | null }[];
  provisions: ProvisionEntry[];
  /** What was recorded after release (day-one record, first contact, follow-ups, contact attempts); null before release. */
  aftercare: AftercareView | null;
  /** What the municipality paid for the client, oldest first. */
  costs: CostEntry[];
}

const kv = (rows: [string, string][]): Content =>
  dataTable(
    ['Gegeven', 'Waarde'],
    rows.map(([k, v]) => [k, v || '—']),
    [150, '*'],
  );

export function inzageDefinition(d: InzageData): DocDefinition {
  const p = d.person;
  const x = d.detention;
  const name = fullName(p);
  const content: Content[] = [
    letterheadBlock(d.letterhead),
    { text: 'Inzageverzoek: overzicht van alle vastgelegde gegevens', style: 'title' },
    {
      text: `Betreft ${name}, dossiernummer ${d.dossierId}. Dit overzicht bevat alles wat in Nazorgdossier over u is vastgelegd, inclusief aan wie gegevens zijn verstrekt (art. 15 AVG).`,
      style: 'subtitle',
    },
    { text: 'Persoonsgegevens', style: 'h2' },
    kv([
      ['Achternaam', p.achternaam],
      ['Tussenvoegsel', p.tussenvoegsel],
      ['Voornamen', p.voornamen],
      ['Roepnaam', p.roepnaam],
      ['Aanhef in brieven', p.aanhef ? AANHEF_LABELS[p.aanhef] : ''],
      ['Geboortedatum', dateNl(p.geboortedatum)],
      ['BSN', p.bsn ?? ''],
      ['Telefoon', p.telefoon],
      ['E-mail', p.email],
      ['Adres vóór detentie', p.adresVoor],
      ['Adres na vrijlating', p.adresNa],
      ['Woonplaats', p.woonplaats],
    ]),
    { text: 'Detentie en traject', style: 'h2' },
    kv([
      ['Status', STATUS_LABELS[x.status as DossierStatus] ?? x.status],
      ['Inrichting', x.institution],
      ['Datum melding', dateNl(x.meldingDatum)],
      ['Start detentie', dateNl(x.detentieStart)],
      ['Verwachte vrijlating', dateNl(x.verwachteVrijlating)],
      ['Werkelijke vrijlating', dateNl(x.werkelijkeVrijlating)],
      ['Toezicht reclassering', x.reclasseringToezicht],
      ['Juridisch kader', x.juridischKader],
      ['Veiligheid', x.veiligheid],
      ['Reden afsluiting', x.closingReason ? CLOSING_REASON_LABELS[x.closingReason as ClosingReason] : ''],
      ['Toelichting afsluiting', x.closingNote],
    ]),
    { text: 'Contactpersonen', style: 'h2' },
    d.contacts.length
      ? dataTable(
          ['Rol', 'Naam', 'Organisatie', 'Relatie', 'Telefoon', 'E-mail', 'Notitie'],
          d.contacts.map((c) => [CONTACT_ROLE_LABELS[c.role] ?? c.role, c.name, c.organisation, c.relation, c.telefoon, c.email, c.note]),
          ['auto', '*', '*', 'auto', 'auto', '*', '*'],
        )
      : emptyNote('Geen contactpersonen vastgelegd.'),
    { text: 'Toestemmingen', style: 'h2' },
    d.consents.length
      ? dataTable(
          ['Met wie', 'Welke gegevens', 'Grondslag', 'Gegeven op', 'Ingetrokken op'],
          d.consents.map((c) => [c.partner, c.scope, LEGAL_BASIS_LABELS[c.legalBasis as LegalBasis] ?? c.legalBasis, dateNl(c.givenOn), dateNl(c.withdrawnOn)]),
          ['*', '*', '*', 'auto', 'auto'],
        )
      : emptyNote('Geen toestemmingen vastgelegd.'),
    { text: 'Plan', style: 'h2' },
    d.plan.basis.length || d.plan.scores.length || d.plan.goals.length
      ? {
          stack: [
            d.plan.basis.length
              ? dataTable(
                  ['Basisvoorwaarde', 'Stand', 'Toelichting', 'Gewijzigd'],
                  d.plan.basis.map((b) => [basisDef(b.key).label, BASIS_STATE_INFO[b.state].label, b.note, dateNl(b.changedOn)]),
                  ['*', 'auto', '*', 'auto'],
                )
              : emptyNote('Geen basisvoorwaarden vastgelegd.'),
            d.plan.scores.length
              ? dataTable(
                  ['Leefgebied', 'Score', 'Datum', 'Toelichting'],
                  d.plan.scores.map((s) => [s.domainKey, String(s.score), dateNl(s.assessedOn), s.note]),
                  ['*', 'auto', 'auto', '*'],
                )
              : emptyNote('Geen scores per leefgebied vastgelegd.'),
            d.plan.goals.length
              ? dataTable(
                  ['Doel', 'Leefgebied', 'Stand'],
                  d.plan.goals.map((g) => [g.text, g.domainKey ?? '', g.status]),
                  ['*', 'auto', 'auto'],
                )
              : emptyNote('Geen doelen vastgelegd.'),
          ],
        }
      : emptyNote('Geen plan vastgelegd.'),
    { text: 'Acties', style: 'h2' },
    d.actions.length
      ? dataTable(
          ['Actie', 'Partner', 'Contactpersoon', 'Deadline', 'Status', 'Resultaat'],
          d.actions.map((a) => [a.title, a.partner?.name ?? '', a.contact ?? '', dateNl(a.deadline), ACTION_STATUS_LABELS[a.status], a.resultNote]),
          ['*', 'auto', 'auto', 'auto', 'auto', '*'],
        )
      : emptyNote('Geen acties vastgelegd.'),
    ...afterRelease(d.aftercare),
    { text: 'Kosten die de gemeente voor u betaalde', style: 'h2' },
    d.costs.length
      ? {
          stack: [
            dataTable(
              ['Datum', 'Soort kosten', 'Bedrag', 'Toelichting'],
              d.costs.map((c) => [dateNl(c.date), COST_CATEGORY_LABELS[c.category] ?? c.category, formatEuroCents(c.amountCents), c.note]),
              ['auto', 'auto', 'auto', '*'],
            ),
            { text: `Totaal: ${formatEuroCents(d.costs.reduce((sum, c) => sum + c.amountCents, 0))}` },
          ],
        }
      : emptyNote('Er zijn geen kosten vastgelegd.'),
    { text: 'Journaal', style: 'h2' },
    d.notes.length
      ? dataTable(
          ['Datum', 'Notitie'],
          d.notes.map((n) => [dateNl(n.date), n.text]),
          ['auto', '*'],
        )
      : emptyNote('Geen notities vastgelegd.'),
    { text: 'Bijlagen', style: 'h2' },
    d.attachments.length
      ? dataTable(
          ['Bestand', 'Soort', 'Grootte', 'Toegevoegd'],
          d.attachments.map((a) => [a.name, a.mediaType, `${Math.max(1, Math.round(a.size / 1024))} kB`, formatDateTimeNl(a.addedAt)]),
          ['*', 'auto', 'auto', 'auto'],
        )
      : emptyNote('Geen bijlagen bewaard.'),
    { text: 'Verstrekkingen van uw gegevens', style: 'h2' },
    d.provisions.length
      ? dataTable(
          ['Wanneer', 'Richting', 'Wat', 'Aan / van', 'Doel of grondslag'],
          d.provisions.map((v) => [
            formatDateTimeNl(v.at),
            v.direction === 'in' ? 'Ontvangen' : 'Verstrekt',
            `${provisionKindLabel(v.kind)}: ${v.what}`,
            v.recipient,
            v.purpose,
          ]),
          ['auto', 'auto', '*', '*', '*'],
        )
      : emptyNote('Er zijn geen gegevens over u verstrekt.'),
    { text: 'Wijzigingsgeschiedenis', style: 'h2' },
    d.history.length
      ? dataTable(
          ['Wanneer', 'Gegeven', 'Oud', 'Nieuw'],
          d.history.map((h) => [formatDateTimeNl(h.at), h.field, h.oldValue ?? '', h.newValue ?? '']),
          ['auto', 'auto', '*', '*'],
        )
      : emptyNote('Geen wijzigingen vastgelegd.'),
  ];
  return frame({ kind: 'Inzageverzoek', letterhead: d.letterhead, date: d.date, content });
}

function afterRelease(a: AftercareView | null): Content[] {
  const heading: Content = { text: 'Na vrijlating', style: 'h2' };
  if (!a || (!a.dayOne && !a.firstContact && a.followups.length === 0 && a.attempts.length === 0))
    return [heading, emptyNote('Er is nog niets na de vrijlating vastgelegd.')];
  const day = a.dayOne;
  const done = a.followups.filter((f) => f.doneOn);
  const open = a.followups.filter((f) => !f.doneOn);
  return [
    heading,
    { text: 'Stand op de dag van vrijlating', style: 'h3' },
    day
      ? {
          stack: [
            { text: `Vrijlating op ${dateNl(day.releaseDate)}, vastgelegd op ${formatDateTimeNl(day.recordedAt)}.` },
            dataTable(
              ['Basisvoorwaarde', 'Stand', 'Toelichting', 'Correctie'],
              day.entries.map((e) => [
                basisDef(e.key).label,
                BASIS_STATE_INFO[e.state].label,
                e.note,
                e.correctedAt ? `${formatDateTimeNl(e.correctedAt)}: ${e.correctionReason}` : '',
              ]),
              ['*', 'auto', '*', '*'],
            ),
          ],
        }
      : emptyNote('De stand op de dag van vrijlating is niet vastgelegd.'),
    { text: 'Eerste contact na vrijlating', style: 'h3' },
    a.firstContact
      ? kv([
          ['Wanneer', formatDateTimeNl(a.firstContact.contactAt)],
          ['Wie', a.firstContact.who],
          ['Hoe', FIRST_CONTACT_HOW_LABELS[a.firstContact.how] ?? a.firstContact.how],
          ['Wat kwam eruit', a.firstContact.outcome],
        ])
      : emptyNote('Er is geen eerste contact na vrijlating vastgelegd.'),
    { text: 'Nazorgmomenten', style: 'h3' },
    done.length
      ? dataTable(
          ['Moment', 'Datum', 'Bereikt', 'Basisvoorwaarden', 'Werk of dagbesteding', 'Reclassering', 'Notitie'],
          done.map((f) => [
            f.label,
            dateNl(f.doneOn),
            f.reached === 'ja' ? 'Ja' : 'Nee',
            Object.entries(f.basis)
              .filter(([, state]) => state !== 'onbekend')
              .map(([key, state]) => `${basisDef(key as keyof typeof f.basis).label}: ${BASIS_STATE_INFO[state].label}`)
              .join('; '),
            WORK_STATE_LABELS[f.work] ?? f.work,
            RECLASSERING_CONTACT_LABELS[f.reclassering] ?? f.reclassering,
            f.note,
          ]),
          ['auto', 'auto', 'auto', '*', 'auto', 'auto', '*'],
        )
      : emptyNote('Er is nog geen nazorgmoment vastgelegd.'),
    ...(open.length ? [{ text: `Nog open: ${open.map((f) => `${f.label} (${dateNl(f.dueOn)})`).join(', ')}.` }] : []),
    { text: 'Contactpogingen', style: 'h3' },
    a.attempts.length
      ? dataTable(
          ['Datum', 'Hoe', 'Resultaat', 'Notitie'],
          a.attempts.map((t) => [dateNl(t.date), ATTEMPT_CHANNEL_LABELS[t.channel] ?? t.channel, ATTEMPT_RESULT_LABELS[t.result] ?? t.result, t.note]),
          ['auto', 'auto', 'auto', '*'],
        )
      : emptyNote('Er zijn geen contactpogingen vastgelegd.'),
  ];
}
