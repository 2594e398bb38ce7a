import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

/**
 * Finds every Dutch sentence the main side or a shared rule could hand to the renderer as a raw string (messages go
 * as codes, see common/messages; test/unit/message-codes.test.ts checks that this finds none), by reading the
 * source with the TypeScript compiler: no message is listed by hand, so a new one cannot be forgotten.
 *
 * A message is a string expression in one of these places:
 *  - `new AppError(code, message, { fields: { field: message } })`;
 *  - an object property `message:` or `error:` (zod options, addIssue, requirement results, API payloads);
 *  - a string argument of a zod check (`.min(1, '…')`, `.refine(fn, '…')`, `z.email('…')`, `z.enum(keys, '…')`);
 *  - the values of ERROR_MESSAGES;
 *  - what a pure rule produces: `errors.push('…')`, `out[field] = '…'`, a `*_MESSAGE` constant, and what a
 *    function named `…Problem`/`…Errors`/`…Message`/`validate…` returns;
 *  - and, as a net for any other place, every sentence-like Dutch literal (capital or quote first, ends in
 *    . ? or !) outside the contexts in NOT_MESSAGES.
 *
 * Template literals and concatenations are read as shapes: a `${…}` that is a literal choice (`n === 1 ? 'actie' : 'acties'`)
 * yields one message per branch; any other `${…}` becomes the hole `{}`. So `Maximaal ${max} tekens.` is the
 * shape `Maximaal {} tekens.`, which the catalogue must cover with a pattern.
 */
export const HOLE = '{}';

export interface DutchMessage {
  /** The message, or its shape with `{}` for each hole. */
  text: string;
  /** True when `text` has holes and needs a pattern in the catalogue. */
  shape: boolean;
  /** file:line of (one of) its occurrence(s). */
  where: string;
}

const root = join(import.meta.dirname, '..', '..');
const SCANNED = ['common', 'db', 'electron/main'];

/**
 * Sentence-like Dutch that is not a message, with the reason. Documents, letters and stored data stay
 * Dutch by design (they go to Dutch partners and clients); messages that never reach the renderer need no English.
 */
const NOT_MESSAGES: { file: RegExp; why: string }[] = [
  { file: /^common\/documents\//, why: 'PDF documents for Dutch partners and clients are Dutch by design' },
  { file: /^common\/exchange\/inzage-document\.ts$/, why: 'the inzage (art. 15 AVG) document for the client is Dutch' },
  { file: /^common\/plan\/rappel\.ts$/, why: 'the rappel e-mail text to a Dutch partner is Dutch' },
  { file: /^common\/plan\/basisvoorwaarden\.ts$/, why: 'default plan data, stored in the vault and edited by the coordinator' },
  { file: /^common\/results\/definitions\.ts$/, why: 'figure definitions carry their own English beside the Dutch (nl/en pairs)' },
  { file: /^common\/results\/contribution\.ts$/, why: 'contribution-scheme definitions carry their own English beside the Dutch (nl/en pairs)' },
  { file: /^common\/results\/report\.ts$/, why: 'rows of the council report and its CSV, Dutch by design like the PDF documents' },
  { file: /^electron\/main\/documents\//, why: 'PDF rendering; its internal errors reach the renderer as INTERNAL' },
  { file: /^common\/messages\//, why: 'the message catalogues themselves' },
];
/** Plain-text answers of the web server to a browser without a session: the renderer never shows them. */
const NOT_MESSAGE_CALLS = new Set(['forbidden', 'send']);

/** zod checks that take the message as their first argument. */
const ZOD_MESSAGE_FIRST = new Set([
  'email',
  'url',
  'uuid',
  'int',
  'positive',
  'nonnegative',
  'negative',
  'nonpositive',
  'nonempty',
  'string',
  'number',
  'boolean',
]);

/** zod checks whose string arguments after the first are messages (and those above, whose first one is too). */
const ZOD_CHECKS = new Set([
  ...ZOD_MESSAGE_FIRST,
  'min',
  'max',
  'length',
  'gt',
  'gte',
  'lt',
  'lte',
  'regex',
  'refine',
  'superRefine',
  'enum',
  'literal',
  'startsWith',
  'endsWith',
  'multipleOf',
  'array',
  'object',
  'union',
  'iso',
]);
const MESSAGE_PROPS = new Set(['message', 'error']);
const MESSAGE_LISTS = /^(errors?|errs|problems|messages)$/i;
const MESSAGE_RECORDS = /^(out|errors?|errs|fields|problems|messages)$/i;
const MESSAGE_FUNCTIONS = /(Problem|Error|Message)s?$|^validate/;
const SQL = /^(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|VACUUM|WITH)\b/;
const MESSAGE_CONSTANTS = /MESSAGE/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    // db/demo holds the demo vault's fictional content (notes, action texts), not messages to the user.
    if (e.isDirectory()) return e.name === 'node_modules' || p.endsWith(join('db', 'demo')) ? [] : sourceFiles(p);
    return /\.ts$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** The values a string expression can take, holes as `{}`; null when it is not a string expression at all. */
export function stringShapes(node: ts.Expression): string[] | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isParenthesizedExpression(node)) return stringShapes(node.expression);
  if (ts.isConditionalExpression(node)) {
    const a = stringShapes(node.whenTrue);
    const b = stringShapes(node.whenFalse);
    if (!a && !b) return null;
    return [...(a ?? [HOLE]), ...(b ?? [HOLE])];
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const a = stringShapes(node.left);
    const b = stringShapes(node.right);
    if (!a && !b) return null;
    return product(a ?? [HOLE], b ?? [HOLE]);
  }
  if (ts.isTemplateExpression(node)) {
    let acc = [node.head.text];
    for (const span of node.templateSpans) acc = product(product(acc, stringShapes(span.expression) ?? [HOLE]), [span.literal.text]);
    return acc;
  }
  return null;
}

function product(a: string[], b: string[]): string[] {
  return a.flatMap((x) => b.map((y) => x + y));
}

function nameOf(node: ts.Node | undefined): string | undefined {
  if (!node) return undefined;
  if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) return node.text;
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  return undefined;
}

function enclosingFunctionName(node: ts.Node): string | undefined {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n)) return nameOf(n.name);
    if (ts.isArrowFunction(n) || ts.isFunctionExpression(n)) {
      const p = n.parent;
      if (ts.isVariableDeclaration(p) || ts.isPropertyAssignment(p)) return nameOf(p.name);
      return undefined;
    }
  }
  return undefined;
}

/** A literal that reads like a Dutch sentence: the net for messages in places the rules above do not know. */
function sentenceLike(shape: string): boolean {
  const text = shape.replace(/^(\{\}\s*)+/, '');
  return !SQL.test(text) && /^["'@A-Z]/.test(text) && /[.?!]$/.test(text) && /\s/.test(text) && /[a-z]{3}/.test(text);
}

/** The whole string expression a literal is part of (a concatenation, template or choice), so fragments are not read as messages. */
function wholeString(node: ts.Expression): ts.Expression {
  let n: ts.Node = node;
  for (;;) {
    const p = n.parent;
    if (ts.isParenthesizedExpression(p) || (ts.isConditionalExpression(p) && p.condition !== n)) n = p;
    else if (ts.isBinaryExpression(p) && p.operatorToken.kind === ts.SyntaxKind.PlusToken) n = p;
    else if (ts.isTemplateSpan(p)) n = p.parent;
    else return n as ts.Expression;
  }
}

function isInsideNotMessageCall(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isCallExpression(n) && NOT_MESSAGE_CALLS.has(nameOf(n.expression) ?? '')) return true;
    if (ts.isFunctionLike(n)) return false;
  }
  return false;
}

export function extractDutchMessages(): DutchMessage[] {
  const found = new Map<string, DutchMessage>();
  for (const dir of SCANNED)
    for (const file of sourceFiles(join(root, dir))) {
      const rel = relative(root, file).split(sep).join('/');
      if (NOT_MESSAGES.some((x) => x.file.test(rel))) continue;
      for (const m of messagesInSource(rel, readFileSync(file, 'utf8'))) if (!found.has(m.text)) found.set(m.text, m);
    }
  return [...found.values()].sort((a, b) => a.text.localeCompare(b.text));
}

/** The Dutch messages in one source text (`rel` only names where they were found). */
export function messagesInSource(rel: string, source: string): DutchMessage[] {
  const found = new Map<string, DutchMessage>();
  const sf = ts.createSourceFile(rel, source, ts.ScriptTarget.Latest, true);
  const add = (expr: ts.Expression | undefined) => {
    if (!expr || isInsideNotMessageCall(expr)) return;
    for (const text of stringShapes(expr) ?? []) {
      // A hole alone, or a key such as 'onbekend': no words, no message.
      if (!/[A-Za-zÀ-ÿ]{2,}\s+\S/.test(text.replaceAll(HOLE, ''))) continue;
      if (!found.has(text))
        found.set(text, { text, shape: text.includes(HOLE), where: `${rel}:${sf.getLineAndCharacterOfPosition(expr.getStart()).line + 1}` });
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isNewExpression(node) && nameOf(node.expression) === 'AppError') {
      add(node.arguments?.[1]);
      const details = node.arguments?.[2];
      if (details && ts.isObjectLiteralExpression(details))
        for (const p of details.properties)
          if (ts.isPropertyAssignment(p) && nameOf(p.name) === 'fields' && ts.isObjectLiteralExpression(p.initializer))
            for (const f of p.initializer.properties) if (ts.isPropertyAssignment(f)) add(f.initializer);
    }
    if (ts.isPropertyAssignment(node) && MESSAGE_PROPS.has(nameOf(node.name) ?? '')) add(node.initializer);
    if (ts.isCallExpression(node)) {
      const method = nameOf(node.expression) ?? '';
      const target = ts.isPropertyAccessExpression(node.expression) ? nameOf(node.expression.expression) : undefined;
      if (ts.isPropertyAccessExpression(node.expression) && ZOD_CHECKS.has(method))
        node.arguments.forEach((a, i) => {
          if (i > 0 || ZOD_MESSAGE_FIRST.has(method)) add(a);
        });
      if ((method === 'push' || method === 'unshift') && target && MESSAGE_LISTS.test(target)) node.arguments.forEach(add);
    }
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) {
      if (node.name.text === 'ERROR_MESSAGES' && node.initializer) {
        const init = ts.isAsExpression(node.initializer) ? node.initializer.expression : node.initializer;
        if (ts.isObjectLiteralExpression(init)) for (const p of init.properties) if (ts.isPropertyAssignment(p)) add(p.initializer);
      }
      if (MESSAGE_CONSTANTS.test(node.name.text)) add(node.initializer);
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const left = node.left;
      if ((ts.isElementAccessExpression(left) || ts.isPropertyAccessExpression(left)) && MESSAGE_RECORDS.test(nameOf(left.expression) ?? '')) add(node.right);
    }
    if (ts.isReturnStatement(node) && node.expression && MESSAGE_FUNCTIONS.test(enclosingFunctionName(node) ?? '')) {
      const e = node.expression;
      if (!ts.isObjectLiteralExpression(e)) add(e);
      else for (const p of e.properties) if (ts.isPropertyAssignment(p)) add(p.initializer);
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
      const whole = wholeString(node);
      if ((stringShapes(whole) ?? []).some(sentenceLike)) add(whole);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return [...found.values()];
}

/** Turns a catalogue pattern (`Maximaal {n} tekens.`) into the extractor's shape (`Maximaal {} tekens.`). */
export function patternShape(nl: string): string {
  return nl.replace(/\{\w+\}/g, HOLE);
}
