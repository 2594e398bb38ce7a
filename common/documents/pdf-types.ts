/**
 * The part of pdfmake's document-definition format our documents use. pdfmake ships no types; these
 * keep the pure definitions checkable without importing pdfmake (which needs Node) into common/.
 */
export type Margins = number | [number, number] | [number, number, number, number];

export interface ContentBase {
  style?: string | string[];
  margin?: Margins;
  fontSize?: number;
  bold?: boolean;
  italics?: boolean;
  color?: string;
  alignment?: 'left' | 'right' | 'center' | 'justify';
  absolutePosition?: { x: number; y: number };
  pageBreak?: 'before' | 'after';
  unbreakable?: boolean;
  headlineLevel?: number;
  lineHeight?: number;
  noWrap?: boolean;
  fillColor?: string;
  colSpan?: number;
  id?: string;
}

export interface TextNode extends ContentBase {
  text: string | (string | TextNode)[];
}
export interface StackNode extends ContentBase {
  stack: Content[];
}
export interface ColumnsNode extends ContentBase {
  columns: Column[];
  columnGap?: number;
}
export interface ImageNode extends ContentBase {
  /** Always a key of the definition's `images`, never a path or URL. */
  image: string;
  fit?: [number, number];
  width?: number;
}
export interface ListNode extends ContentBase {
  ul?: Content[];
  ol?: Content[];
}
export interface TableNode extends ContentBase {
  table: {
    headerRows?: number;
    dontBreakRows?: boolean;
    keepWithHeaderRows?: number;
    widths?: (number | string)[];
    body: Content[][];
  };
  layout?: string | Record<string, unknown>;
}
export interface CanvasNode extends ContentBase {
  canvas: Record<string, unknown>[];
}
export type ContentObject = TextNode | StackNode | ColumnsNode | ImageNode | ListNode | TableNode | CanvasNode;
export type Column = ContentObject & { width?: number | string };
export type Content = string | ContentObject | Content[];

export type DynamicContent = (currentPage: number, pageCount: number) => Content;

export interface DocDefinition {
  pageSize: 'A4';
  pageOrientation?: 'portrait' | 'landscape';
  pageMargins: [number, number, number, number];
  info?: { title?: string; author?: string; subject?: string; creator?: string; producer?: string };
  language?: string;
  header?: DynamicContent;
  footer?: DynamicContent;
  content: Content[];
  images?: Record<string, string>;
  styles?: Record<string, Omit<ContentBase, 'style'>>;
  /** pdfmake 0.3: asked per node after layout; true moves the node to a new page. */
  pageBreakBefore?: (
    node: { style?: string | string[]; pageNumbers: number[] },
    pages: { getFollowingNodesOnPage: () => { id?: string; table?: unknown; columns?: unknown; stack?: boolean }[] },
  ) => boolean;
  defaultStyle?: { font?: string; fontSize?: number; lineHeight?: number };
}

/** Millimetres to PDF points (1 pt = 1/72 inch). */
export const mm = (v: number): number => (v * 72) / 25.4;
