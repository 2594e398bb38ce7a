import { formatEuroCents } from '../money.js';
import { clientLabel, fullName } from './people.js';
import { dataTable, dateNl, emptyNote, titledTable } from './frame.js';
import type { Content } from './pdf-types.js';
import type { ActionRow, ClientHeader, PlanView } from './view-models.js';

/**
 * The blocks of one dossier's plan, shared by the action plan, the meeting pack and the letter's
 * appendix so the three always agree. `pseudonymise` leaves out what identifies the client.
 */
export interface PlanSectionOptions {
  pseudonymise?: boolean;
  /** Meeting pack: a shorter plan without domain scores, amounts and contacts. */
  short?: boolean;
}

const NO_PLAN = 'Nog geen plan vastgelegd voor dit dossier.';

export function clientHeaderBlock(c: ClientHeader, pseudonymise = false): Content {
  const rows: [string, string][] = pseudonymise
    ? [
        ['Cliënt', clientLabel(c, true)],
        ['Dossier', c.reference],
        ['Status', c.statusLabel],
        ['Vrijlating', dateNl(c.releaseDate)],
      ]
    : [
        ['Cliënt', fullName(c)],
        ['Geboortedatum', dateNl(c.geboortedatum)],
        ['BSN', c.bsn ?? '—'],
        ['Dossier', c.reference],
        ['Status', c.statusLabel],
        ['Inrichting', c.institution ?? '—'],
        ['Vrijlating', dateNl(c.releaseDate)],
        ['Adres', c.address || '—'],
      ];
  const half = Math.ceil(rows.length / 2);
  const col = (rs: [string, string][]) => ({
    table: {
      widths: [62, '*'],
      body: rs.map(([k, v]) => [
        { text: k, style: 'small' },
        { text: v, fontSize: 9 },
      ]),
    },
    layout: 'noBorders',
    width: '*',
  });
  return { columns: [col(rows.slice(0, half)), col(rows.slice(half))], columnGap: 12, margin: [0, 0, 0, 4] };
}

export function basisvoorwaardenTable(plan: PlanView): Content {
  if (plan.basisvoorwaarden.length === 0) return emptyNote(plan.hasPlan ? 'Geen basisvoorwaarden vastgelegd.' : NO_PLAN);
  return dataTable(
    ['Basisvoorwaarde', 'Stand', 'Toelichting'],
    plan.basisvoorwaarden.map((b) => [b.label, { text: b.stateLabel, style: 'td', bold: b.attention }, b.note]),
    [110, 70, '*'],
  );
}

/** "Op de dag van vrijlating": the record kept from release day, with corrections and their reasons. */
export function dayOneTable(plan: PlanView): Content | null {
  if (!plan.dayOne) return null;
  return dataTable(
    ['Basisvoorwaarde', 'Stand', 'Toelichting'],
    plan.dayOne.rows.map((b) => [b.label, { text: b.stateLabel, style: 'td', bold: b.attention }, [b.note, b.correction].filter(Boolean).join('\n')]),
    [110, 70, '*'],
  );
}

export function domainScoresTable(plan: PlanView): Content {
  if (plan.domainScores.length === 0) return emptyNote(plan.hasPlan ? 'Geen leefgebieden gescoord.' : NO_PLAN);
  return dataTable(
    ['Leefgebied', 'Score (1–5)', 'Toelichting'],
    plan.domainScores.map((d) => [d.domain, d.score === null ? '—' : String(d.score), d.note]),
    [130, 55, '*'],
  );
}

export function goalsTable(plan: PlanView): Content {
  if (plan.goals.length === 0) return emptyNote(plan.hasPlan ? 'Geen doelen vastgelegd.' : NO_PLAN);
  return dataTable(
    ['Leefgebied', 'Doel', 'Status'],
    plan.goals.map((g) => [g.domain, g.text, g.status]),
    [100, '*', 70],
  );
}

export function actionsTable(actions: ActionRow[], emptyText: string, opts: { withClient?: (a: ActionRow) => string; contactOnly?: boolean } = {}): Content {
  if (actions.length === 0) return emptyNote(emptyText);
  const headers = [...(opts.withClient ? ['Cliënt'] : []), 'Leefgebied', 'Actie', opts.contactOnly ? 'Contactpersoon' : 'Wie', 'Deadline', 'Status'];
  const widths = opts.withClient ? [68, 62, '*', opts.contactOnly ? 66 : 80, 48, 50] : [70, '*', opts.contactOnly ? 75 : 95, 50, 55];
  return dataTable(
    headers,
    actions.map((a) => [
      ...(opts.withClient ? [opts.withClient(a)] : []),
      a.domain,
      a.appointment ? `${a.what}\nAfspraak: ${dateNl(a.deadline)} ${a.appointment}` : a.what,
      opts.contactOnly ? a.contactPerson : [a.partner, a.contactPerson].filter(Boolean).join('\n'),
      { text: dateNl(a.deadline), style: 'td', bold: a.overdue },
      { text: a.overdue ? `${a.statusLabel} (te laat)` : a.statusLabel, style: 'td', bold: a.overdue },
    ]),
    widths,
  );
}

export function contactsTable(plan: PlanView, pseudonymise = false): Content {
  const contacts = pseudonymise ? plan.contacts.filter((c) => c.organisation.trim() !== '') : plan.contacts;
  if (contacts.length === 0) return emptyNote('Geen contactpersonen vastgelegd.');
  return dataTable(
    ['Rol', 'Naam', 'Organisatie', 'Telefoon', 'E-mail'],
    contacts.map((c) => [c.role, c.name, c.organisation, c.phone, c.email]),
    [70, 90, '*', 65, 110],
  );
}

export function amountsTable(plan: PlanView): Content | null {
  if (plan.amounts.length === 0) return null;
  return dataTable(
    ['Financieel', 'Bedrag'],
    plan.amounts.map((a) => [a.label, { text: formatEuroCents(a.cents), style: 'td', alignment: 'right' }]),
    ['*', 90],
  );
}

/**
 * A heading and its table. Tables are never wrapped whole in an unbreakable block: that pushed a table
 * that did not fit to the next page and left the first page half empty. A table starts where it is and
 * runs onto the next page with its header rows repeated; the heading travels inside the table
 * (titledTable) so it is never left alone at the bottom of a page. A short note stays with its heading.
 */
function section(title: string, style: 'h2' | 'h3', body: Content): Content[] {
  if (typeof body === 'object' && !Array.isArray(body) && 'table' in body) return [titledTable(title, style, body)];
  return [{ stack: [{ text: title, style }, body], unbreakable: true }];
}

export function planSections(plan: PlanView, o: PlanSectionOptions = {}): Content[] {
  const h = o.short ? 'h3' : 'h2';
  const out: Content[] = [...section('Basisvoorwaarden', h, basisvoorwaardenTable(plan))];
  const dayOne = o.short ? null : dayOneTable(plan);
  if (dayOne) out.push(...section(`Op de dag van vrijlating (${dateNl(plan.dayOne!.releaseDate)})`, 'h2', dayOne));
  if (!o.short) out.push(...section('Leefgebieden', 'h2', domainScoresTable(plan)));
  if (!o.short) {
    const amounts = amountsTable(plan);
    if (amounts) out.push(...section('Financiën', 'h2', amounts));
  }
  out.push(...section('Doelen', h, goalsTable(plan)));
  out.push(
    ...section(`Openstaande acties (${plan.openActions.length})`, h, actionsTable(plan.openActions, plan.hasPlan ? 'Geen openstaande acties.' : NO_PLAN)),
  );
  if (!o.short) out.push(...section('Contactpersonen', 'h2', contactsTable(plan, o.pseudonymise)));
  return out;
}
