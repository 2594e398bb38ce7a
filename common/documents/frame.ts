import { formatDateNl } from '../dates.js';
import { mm, type Column, type Content, type DocDefinition, type TableNode } from './pdf-types.js';
import type { Letterhead } from './view-models.js';

/**
 * What every document shares: A4, margins, the header with "Vertrouwelijk" and the date on every page,
 * the footer with "Pagina X van Y", the letterhead block and the table style.
 */
export const PAGE_MARGINS: [number, number, number, number] = [mm(20), mm(22), mm(20), mm(18)];
export const CONTENT_WIDTH = mm(210 - 40);
export const COLORS = { muted: '#555555', rule: '#9e9e9e', head: '#e8eef4', confidential: '#8b0000' } as const;

export const STYLES: DocDefinition['styles'] = {
  title: { fontSize: 16, bold: true, margin: [0, 0, 0, 4] },
  subtitle: { fontSize: 10, color: COLORS.muted, margin: [0, 0, 0, 10] },
  h2: { fontSize: 12, bold: true, margin: [0, 12, 0, 4] },
  h3: { fontSize: 10.5, bold: true, margin: [0, 8, 0, 3] },
  h2InTable: { fontSize: 12, bold: true, margin: [0, 12, 0, 4] },
  h3InTable: { fontSize: 10.5, bold: true, margin: [0, 8, 0, 3] },
  th: { bold: true, fontSize: 8.5 },
  td: { fontSize: 8.5 },
  small: { fontSize: 8, color: COLORS.muted },
  empty: { fontSize: 9, italics: true, color: COLORS.muted, margin: [0, 0, 0, 4] },
};

export const TABLE_LAYOUT = {
  hLineWidth: (i: number, node: { table: { body: unknown[]; headerRows?: number } }) =>
    i === 0 || i === node.table.body.length ? 0.6 : i === (node.table.headerRows ?? 0) ? 0.6 : 0.3,
  vLineWidth: () => 0,
  hLineColor: () => COLORS.rule,
  fillColor: (row: number, node: { table: { headerRows?: number } }) => (row < (node.table.headerRows ?? 0) ? COLORS.head : null),
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2.5,
  paddingBottom: () => 2.5,
};

/** A table whose header row repeats on every page it runs onto. */
export function dataTable(headers: string[], rows: Content[][], widths: (number | string)[]): TableNode {
  return {
    table: {
      headerRows: 1,
      // The header row never stands alone at the bottom of a page.
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths,
      body: [headers.map((h) => ({ text: h, style: 'th' })), ...rows.map((r) => r.map((c) => (typeof c === 'string' ? { text: c, style: 'td' } : c)))],
    },
    layout: TABLE_LAYOUT,
    margin: [0, 2, 0, 6],
  };
}

/**
 * A section heading carried inside its table as the first header row, so heading, column headers and the
 * first row always land on the same page and the heading repeats above the continuation on the next page.
 * (pdfmake's pageBreakBefore cannot do this reliably: it still sees a table on the page where its rows
 * no longer fit, and leaves the heading behind at the bottom.)
 */
export function titledTable(title: string, style: 'h2' | 'h3', node: TableNode): TableNode {
  const columns = node.table.body[0]?.length ?? 1;
  const titleRow: Content[] = [
    // Same look as a heading outside a table; the negative margin undoes the cell padding.
    { text: title, style: `${style}InTable`, colSpan: columns, margin: [-3, 0, 0, 0] },
    ...Array.from({ length: columns - 1 }, () => ''),
  ];
  const headerRows = (node.table.headerRows ?? 0) + 1;
  return {
    ...node,
    table: { ...node.table, headerRows, body: [titleRow, ...node.table.body] },
    layout: {
      ...TABLE_LAYOUT,
      // No rule above or under the title row; the table's own rules start at the column headers.
      hLineWidth: (i: number, n: { table: { body: unknown[] } }) => (i === 0 ? 0 : i === 1 || i === headerRows || i === n.table.body.length ? 0.6 : 0.3),
      fillColor: (row: number) => (row >= 1 && row < headerRows ? COLORS.head : null),
      paddingTop: (row: number) => (row === 0 ? 0 : 2.5),
    },
    margin: [0, 0, 0, 6],
  };
}

export function emptyNote(text: string): Content {
  return { text, style: 'empty' };
}

export function dateNl(iso: string | null | undefined): string {
  return formatDateNl(iso) || '—';
}

/** Municipality name, address and coordinator as a right-aligned block, with the logo on the left. */
export function letterheadBlock(lh: Letterhead): Content {
  const contact = [lh.coordinatorName, lh.coordinatorTitle, lh.coordinatorPhone ? `Telefoon ${lh.coordinatorPhone}` : '', lh.coordinatorEmail].filter(Boolean);
  const right: Column = {
    stack: [
      { text: lh.municipalityName || 'Gemeente', bold: true, fontSize: 11 },
      { text: lh.municipalityAddress, fontSize: 8.5, color: COLORS.muted },
      { text: contact.join('\n'), fontSize: 8.5, color: COLORS.muted, margin: [0, 3, 0, 0] },
    ],
    alignment: 'right',
    width: mm(75),
  };
  const left: Column = lh.logo ? { image: 'logo', fit: [mm(55), mm(20)], width: '*' } : { text: '', width: '*' };
  return { columns: [left, right], margin: [0, 0, 0, 8] };
}

const PAGE_FURNITURE = 'page-furniture';

export interface FrameOptions {
  /** Document kind shown in header and metadata, e.g. "Actieplan". */
  kind: string;
  letterhead: Letterhead;
  date: string;
  content: Content[];
  pageOrientation?: 'portrait' | 'landscape';
  /** The word in header and footer; aggregate reports without personal data say so instead of "Vertrouwelijk". */
  marking?: string;
}

export function frame(o: FrameOptions): DocDefinition {
  const date = dateNl(o.date);
  const municipality = o.letterhead.municipalityName || 'Gemeente';
  const marking = o.marking ?? 'Vertrouwelijk';
  return {
    pageSize: 'A4',
    pageOrientation: o.pageOrientation ?? 'portrait',
    pageMargins: PAGE_MARGINS,
    language: 'nl-NL',
    info: { title: o.kind, author: municipality, creator: 'Nazorgdossier', producer: 'Nazorgdossier', subject: `${o.kind} — ${marking}` },
    header: () => ({
      id: PAGE_FURNITURE,
      columns: [
        { text: `${municipality} · ${o.kind}`, fontSize: 7.5, color: COLORS.muted, width: '*' },
        { text: [{ text: marking, bold: true, color: COLORS.confidential }, `  ·  ${date}`], fontSize: 7.5, alignment: 'right', width: 'auto' },
      ],
      margin: [PAGE_MARGINS[0], mm(9), PAGE_MARGINS[2], 0],
    }),
    footer: (page, pages) => ({
      id: PAGE_FURNITURE,
      columns: [
        { text: `${o.kind} · ${marking} · ${date}`, fontSize: 7.5, color: COLORS.muted, width: '*' },
        { text: `Pagina ${page} van ${pages}`, fontSize: 7.5, alignment: 'right', width: 'auto' },
      ],
      margin: [PAGE_MARGINS[0], mm(6), PAGE_MARGINS[2], 0],
    }),
    content: o.content,
    // A heading left as the last thing printed on its page moves to the next page. Only printed content
    // counts: pdfmake lists the page header and footer after all content (marked PAGE_FURNITURE here),
    // and a table, columns or stack as such is no content (its cells are, on the page they land on).
    pageBreakBefore: (node, pages) => {
      const styles = ([] as string[]).concat(node.style ?? []);
      if (!styles.includes('h2') && !styles.includes('h3')) return false;
      const following = pages.getFollowingNodesOnPage();
      const end = following.findIndex((n) => n.id === PAGE_FURNITURE);
      const printed = (end === -1 ? following : following.slice(0, end)).filter((n) => n.table === undefined && n.columns === undefined && n.stack !== true);
      return printed.length === 0;
    },
    images: o.letterhead.logo ? { logo: o.letterhead.logo } : {},
    styles: STYLES,
    defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.15 },
  };
}
