import { formatDateNl, formatLongDateNl } from '../dates.js';
import { fillInline, renderTemplate, type TemplateBlock, type TemplateGroup, type TemplateValue } from '../template.js';
import { COLORS, PAGE_MARGINS, frame } from './frame.js';
import type { HandoverPlaceholder, LetterTemplate } from './letter-placeholders.js';
import { mm, type Content, type DocDefinition } from './pdf-types.js';
import { letterName, parseAttention, salutation, surname } from '../people/names.js';
import { clientHeaderBlock, planSections } from './plan-sections.js';
import { releaseSheetContent } from './release-sheet.js';
import type { ActionRow, Addressee, HandoverLetterModel, Letterhead, PlanView } from './view-models.js';

/**
 * Overdrachtsbrief: a Dutch business letter. The addressee sits where the window of a Dutch window
 * envelope (venster links, A4 folded in three into an EA5/6 envelope) shows it: about 20 mm from the left
 * and 50 mm from the top of the sheet, at most about 85 × 40 mm. One constant, so a municipality with
 * other envelopes changes one place.
 */
export const ADDRESS_WINDOW = { x: mm(22), y: mm(50), width: mm(85), height: mm(40) } as const;
const REFERENCE_BLOCK = { x: mm(125), y: mm(50), width: mm(65) } as const;
/** Where the flowing text (subject, body) starts on the first page: below the window. */
const BODY_TOP = mm(100);

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

export function addresseeLines(a: Addressee): string[] {
  return [a.organisation, a.department, a.attention ? `t.a.v. ${a.attention}` : '', a.street, a.postcodeCity].map((s) => s.trim()).filter(Boolean);
}

const NEUTRAL_SALUTATION = 'Geachte heer, mevrouw,';

/**
 * The open actions the reader should know about, by who carries them out: the reader's own organisation
 * first, then the other partners, and last the actions no partner has taken on yet, named as such so the
 * reader does not take them for theirs.
 */
export function openActionGroups(actions: ActionRow[], readerOrganisation: string): TemplateGroup[] {
  const key = (s: string) => s.trim().toLocaleLowerCase('nl');
  const reader = key(readerOrganisation);
  const item = (a: ActionRow, withContact: boolean) => {
    const details = [withContact && a.contactPerson ? `contactpersoon ${a.contactPerson}` : '', `deadline ${formatDateNl(a.deadline) || 'geen'}`];
    return `${a.what} (${details.filter(Boolean).join('; ')})`;
  };
  const byPartner = new Map<string, ActionRow[]>();
  const unplaced: ActionRow[] = [];
  for (const a of actions) {
    if (a.unassigned || !a.partner.trim()) unplaced.push(a);
    else byPartner.set(a.partner, [...(byPartner.get(a.partner) ?? []), a]);
  }
  const partners = [...byPartner.keys()].sort((x, y) => {
    if ((key(x) === reader) !== (key(y) === reader)) return key(x) === reader ? -1 : 1;
    return x.localeCompare(y, 'nl');
  });
  return [
    ...partners.map((p) => ({
      title: key(p) === reader && reader ? `${p} (uw organisatie)` : p,
      items: byPartner.get(p)!.map((a) => item(a, true)),
    })),
    ...(unplaced.length > 0 ? [{ title: 'Nog niet bij een partner belegd', items: unplaced.map((a) => item(a, false)) }] : []),
  ];
}

/** The values for every placeholder in common/documents/letter-placeholders.ts. */
export function handoverValues(input: {
  letterhead: Letterhead;
  plan: PlanView;
  addressee: Addressee;
  date: string;
}): Record<HandoverPlaceholder, TemplateValue> {
  const { plan, letterhead: lh } = input;
  const c = plan.client;
  const orNone = (items: string[], none: string): TemplateValue => (items.length > 0 ? { list: items } : none);
  const groups = openActionGroups(plan.openActions, input.addressee.organisation);
  return {
    aanhef: salutation(parseAttention(input.addressee.attention)),
    'client.naam': letterName(c),
    'client.voornamen': c.voornamen,
    'client.achternaam': surname(c),
    'client.geboortedatum': formatDateNl(c.geboortedatum) || 'onbekend',
    'client.bsn': c.bsn ?? 'onbekend',
    'client.dossiernummer': c.reference,
    'detentie.instelling': c.institution ?? 'de penitentiaire inrichting',
    vrijlatingsdatum: formatDateNl(c.releaseDate) || 'een nog onbekende datum',
    basisvoorwaarden: orNone(
      plan.basisvoorwaarden.map((b) => `${b.label}: ${b.stateLabel}${b.note ? ` (${b.note})` : ''}`),
      'Nog niet vastgelegd.',
    ),
    openActies: groups.length > 0 ? { groups } : 'Geen openstaande acties.',
    contacten: orNone(
      plan.contacts.map((k) => [k.role ? `${k.role}:` : '', k.name, k.organisation ? `(${k.organisation})` : '', k.phone, k.email].filter(Boolean).join(' ')),
      'Geen contactpersonen vastgelegd.',
    ),
    'ontvanger.organisatie': input.addressee.organisation,
    'ontvanger.naam': input.addressee.attention,
    'coordinator.naam': lh.coordinatorName,
    'coordinator.telefoon': lh.coordinatorPhone,
    'coordinator.email': lh.coordinatorEmail,
    'gemeente.naam': lh.municipalityName,
    datum: formatLongDateNl(input.date),
  };
}

/**
 * Fills a template into the letter's subject and body; throws TemplateError (Dutch) on unknown placeholders.
 * A template written before {{aanhef}} existed opens with the neutral salutation typed out; it gets the
 * personal one too when the addressee is known.
 */
export function fillHandoverTemplate(template: Pick<LetterTemplate, 'subject' | 'body'>, values: Record<HandoverPlaceholder, TemplateValue>) {
  const body = renderTemplate(template.body, values).map((b) =>
    b.kind === 'paragraph' && b.text === NEUTRAL_SALUTATION && typeof values.aanhef === 'string' ? { ...b, text: values.aanhef } : b,
  );
  return { subject: fillInline(template.subject, values), body };
}

const PARAGRAPH_GAP = 8;

function bullets(items: string[], gapAfter = PARAGRAPH_GAP): Content {
  return { ul: items.map((i) => ({ text: i })), margin: [8, 0, 0, gapAfter] };
}

/** A group title with its bullets; groups keep a little air between them, the last one a paragraph's. */
function groupContent(g: TemplateGroup, last = true): Content[] {
  return [{ text: g.title, bold: true, margin: [0, 0, 0, 2] }, bullets(g.items, last ? PARAGRAPH_GAP : 4)];
}

/** A body block as pdfmake content. */
function blockContent(b: TemplateBlock): Content[] {
  if (b.kind === 'paragraph') return [{ text: b.text, margin: [0, 0, 0, PARAGRAPH_GAP] }];
  if (b.kind === 'list') return [bullets(b.items)];
  return b.groups.flatMap((g, i) => groupContent(g, i === b.groups.length - 1));
}

/**
 * The body with the closing greeting and signature kept on one page with the end of the letter: the last
 * paragraph, or the last bullet (with its group title when it is the group's only one). A greeting alone at
 * the top of a page reads as if the letter ended a page earlier.
 */
function bodyWithSignature(blocks: TemplateBlock[], signature: Content[]): Content[] {
  const last = blocks[blocks.length - 1];
  const before = blocks.slice(0, -1).flatMap(blockContent);
  const { head, tail } = splitLast(last);
  return [...before, ...head, { stack: [...tail, ...signature], unbreakable: true }];
}

/** The last block cut into what may stay behind on a page (head) and what goes with the greeting (tail). */
function splitLast(last: TemplateBlock | undefined): { head: Content[]; tail: Content[] } {
  if (!last) return { head: [], tail: [] };
  if (last.kind === 'paragraph') return { head: [], tail: blockContent(last) };
  if (last.kind === 'list') {
    return { head: last.items.length > 1 ? [bullets(last.items.slice(0, -1), 0)] : [], tail: [bullets(last.items.slice(-1))] };
  }
  const g = last.groups[last.groups.length - 1]!;
  const head = last.groups.slice(0, -1).flatMap((x) => groupContent(x, false));
  if (g.items.length === 1) return { head, tail: groupContent(g) };
  const [title] = groupContent(g);
  return { head: [...head, title!, bullets(g.items.slice(0, -1), 0)], tail: [bullets(g.items.slice(-1))] };
}

function appendixNames(m: HandoverLetterModel): string {
  return [m.appendix ? 'Actieplan' : '', m.releaseSheet ? (m.appendix ? 'vrijlatingsblad' : 'Vrijlatingsblad') : ''].filter(Boolean).join(', ');
}

function referenceRows(m: HandoverLetterModel): Content {
  const lh = m.letterhead;
  const rows: [string, string][] = [
    ['Datum', formatLongDateNl(m.date)],
    ['Ons kenmerk', m.reference],
    ['Contactpersoon', lh.coordinatorName],
    ['Telefoon', lh.coordinatorPhone],
    ['E-mail', lh.coordinatorEmail],
    ...(m.appendix || m.releaseSheet ? [[m.appendix && m.releaseSheet ? 'Bijlagen' : 'Bijlage', appendixNames(m)] as [string, string]] : []),
  ];
  return {
    table: {
      widths: [62, '*'],
      body: rows
        .filter(([, v]) => v)
        .map(([k, v]) => [
          { text: k, fontSize: 8, color: COLORS.muted },
          { text: v, fontSize: 8.5 },
        ]),
    },
    layout: 'noBorders',
    absolutePosition: { x: REFERENCE_BLOCK.x, y: REFERENCE_BLOCK.y },
  };
}

export function handoverLetterDefinition(m: HandoverLetterModel): DocDefinition {
  const lh = m.letterhead;
  const returnAddress = [lh.municipalityName, ...lines(lh.municipalityAddress)].filter(Boolean).join(', ');
  const firstPage: Content[] = [
    ...(lh.logo ? [{ image: 'logo', fit: [mm(60), mm(24)], absolutePosition: { x: PAGE_MARGINS[0], y: mm(16) } } as Content] : []),
    {
      stack: [
        { text: lh.municipalityName || 'Gemeente', bold: true, fontSize: 11 },
        { text: lines(lh.municipalityAddress).join('\n'), fontSize: 8.5, color: COLORS.muted },
      ],
      absolutePosition: { x: REFERENCE_BLOCK.x, y: mm(16) },
    },
    {
      stack: [
        ...(returnAddress ? [{ text: `Retouradres: ${returnAddress}`, fontSize: 6.5, color: COLORS.muted, margin: [0, 0, 0, 4] } as Content] : []),
        { text: addresseeLines(m.addressee).join('\n'), fontSize: 10, lineHeight: 1.2 },
      ],
      absolutePosition: { x: ADDRESS_WINDOW.x, y: ADDRESS_WINDOW.y },
    },
    referenceRows(m),
    // Everything above is positioned absolutely and takes no room; this empty canvas moves the flow below the window.
    { canvas: [], margin: [0, BODY_TOP - PAGE_MARGINS[1], 0, 0] },
  ];
  const signature: Content[] = [
    { text: 'Met vriendelijke groet,', margin: [0, 6, 0, 34] },
    { text: lh.coordinatorName || ' ', bold: true },
    { text: lh.coordinatorTitle },
    { text: lh.municipalityName },
  ];
  const appendix: Content[] = m.appendix
    ? [{ stack: [{ text: 'Bijlage: actieplan', style: 'title' }, clientHeaderBlock(m.appendix.client), ...planSections(m.appendix)], pageBreak: 'before' }]
    : [];
  // The sheet keeps its own large type and plain language: it is the page the client gets, passed on as is.
  const sheet: Content[] = m.releaseSheet ? [{ stack: releaseSheetContent(m.releaseSheet), fontSize: 14, lineHeight: 1.25, pageBreak: 'before' }] : [];
  return frame({
    kind: 'Overdrachtsbrief',
    letterhead: lh,
    date: m.date,
    content: [
      ...firstPage,
      { text: m.subject, bold: true, fontSize: 10.5, margin: [0, 0, 0, 14] },
      ...bodyWithSignature(m.body, signature),
      ...appendix,
      ...sheet,
    ],
  });
}
