import { formatDateNl, formatLongDateNl } from '../dates.js';
import { fillInline, renderTemplate, type TemplateValue } from '../template.js';
import { COLORS, PAGE_MARGINS, frame } from './frame.js';
import type { HandoverPlaceholder, LetterTemplate } from './letter-placeholders.js';
import { mm, type Content, type DocDefinition } from './pdf-types.js';
import { fullName, surname } from './people.js';
import { clientHeaderBlock, planSections } from './plan-sections.js';
import type { Addressee, HandoverLetterModel, Letterhead, PlanView } from './view-models.js';

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
  return {
    'client.naam': fullName(c),
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
    openActies: orNone(
      plan.openActions.map(
        (a) =>
          `${a.what} (${[a.partner, a.contactPerson].filter(Boolean).join(', ') || 'nog niet toegewezen'}; deadline ${formatDateNl(a.deadline) || 'geen'})`,
      ),
      'Geen openstaande acties.',
    ),
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

/** Fills a template into the letter's subject and body; throws TemplateError (Dutch) on unknown placeholders. */
export function fillHandoverTemplate(template: Pick<LetterTemplate, 'subject' | 'body'>, values: Record<HandoverPlaceholder, TemplateValue>) {
  return { subject: fillInline(template.subject, values), body: renderTemplate(template.body, values) };
}

function referenceRows(m: HandoverLetterModel): Content {
  const lh = m.letterhead;
  const rows: [string, string][] = [
    ['Datum', formatLongDateNl(m.date)],
    ['Ons kenmerk', m.reference],
    ['Contactpersoon', lh.coordinatorName],
    ['Telefoon', lh.coordinatorPhone],
    ['E-mail', lh.coordinatorEmail],
    ...(m.appendix ? [['Bijlage', 'Actieplan'] as [string, string]] : []),
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
  const body: Content[] = m.body.map((b) =>
    b.kind === 'paragraph' ? { text: b.text, margin: [0, 0, 0, 8] } : { ul: b.items.map((i) => ({ text: i })), margin: [8, 0, 0, 8] },
  );
  const signature: Content = {
    stack: [
      { text: 'Met vriendelijke groet,', margin: [0, 6, 0, 34] },
      { text: lh.coordinatorName || ' ', bold: true },
      { text: lh.coordinatorTitle },
      { text: lh.municipalityName },
    ],
    unbreakable: true,
  };
  const appendix: Content[] = m.appendix
    ? [{ stack: [{ text: 'Bijlage: actieplan', style: 'title' }, clientHeaderBlock(m.appendix.client), ...planSections(m.appendix)], pageBreak: 'before' }]
    : [];
  return frame({
    kind: 'Overdrachtsbrief',
    letterhead: lh,
    date: m.date,
    content: [...firstPage, { text: m.subject, bold: true, fontSize: 10.5, margin: [0, 0, 0, 14] }, ...body, signature, ...appendix],
  });
}
