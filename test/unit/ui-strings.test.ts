import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/**
 * Every text a user sees or hears goes through the i18n layer (defineTexts, Dutch + English). This scans the
 * renderer's JSX for text children and string-literal props that carry words, so a new untranslated string fails here.
 */
const rendererSrc = join(import.meta.dirname, '..', '..', 'renderer', 'src');

/** Props whose value is read or shown to the user. */
const TEXT_PROPS = new Set(['aria-label', 'aria-valuetext', 'aria-roledescription', 'title', 'placeholder', 'label', 'alt', 'helperText', 'titleAccess']);

/**
 * Literals that are no language: symbols, and format hints that read the same in both languages. Keep it small;
 * anything with a word in it belongs in a texts.ts.
 */
const ALLOWED = new Set<string>([]);

const hasLetters = (s: string) => /\p{L}/u.test(s);

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return tsxFiles(p);
    return e.name.endsWith('.tsx') ? [p] : [];
  });
}

/**
 * The literal text fragments an expression shows as it stands: string literals, the fixed parts of templates, and
 * the literal sides of `+`, `? :`, `??` and `||`. Calls (t.x(...)) and identifiers are the i18n layer's business.
 */
function literalFragments(node: ts.Node | undefined): string[] {
  if (!node) return [];
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.flatMap((s) => [...literalFragments(s.expression), s.literal.text])];
  if (ts.isJsxExpression(node) || ts.isParenthesizedExpression(node)) return literalFragments(node.expression);
  if (ts.isConditionalExpression(node)) return [...literalFragments(node.whenTrue), ...literalFragments(node.whenFalse)];
  if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (op === ts.SyntaxKind.PlusToken) return [...literalFragments(node.left), ...literalFragments(node.right)];
    if (op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.AmpersandAmpersandToken)
      return literalFragments(node.right);
  }
  return [];
}

/** Every untranslated text in one file, as "file:line: text". */
export function untranslatedStrings(file: string, source = readFileSync(file, 'utf8')): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const t = text.replace(/\s+/g, ' ').trim();
    if (!t || !hasLetters(t) || ALLOWED.has(t)) return;
    const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    found.push(`${relative(rendererSrc, file)}:${line + 1}: ${t}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxExpression(node) && node.parent && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      for (const text of literalFragments(node.expression)) report(node, text);
    } else if (ts.isJsxAttribute(node) && TEXT_PROPS.has(node.name.getText(sf))) {
      for (const text of literalFragments(node.initializer)) report(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('no untranslated UI strings in the renderer', () => {
  it('finds JSX text, literal children and literal text props in a sample (so the scan itself works)', () => {
    const sample = [
      'export const A = () => (',
      '  <Box aria-label="Hoofdmenu" title={"Titel"} data-testid="ok-not-text">',
      '    Deze pagina bestaat niet.',
      "    {'Bezig'} {t.ok} · — {`${x}`} {`${n} dossiers`} {ok ? t.a : 'Geen'}",
      '    <Chip label={`Label`} placeholder="dd-mm-jjjj" title={t.f(\'Niet in een call\')} />',
      '    <Icon aria-label="" /> {"·"} {x ?? \'—\'}',
      '  </Box>',
      ');',
    ].join('\n');
    const found = untranslatedStrings(join(rendererSrc, 'Sample.tsx'), sample).map((s) => s.replace(/^[^ ]+ /, ''));
    expect(found).toEqual(['Hoofdmenu', 'Titel', 'Deze pagina bestaat niet.', 'Bezig', 'dossiers', 'Geen', 'Label', 'dd-mm-jjjj']);
  });

  it('every .tsx under renderer/src has its texts in a texts module', () => {
    const files = tsxFiles(rendererSrc);
    expect(files.length).toBeGreaterThan(20);
    const found = files.flatMap((f) => untranslatedStrings(f));
    expect(found, "Move these into the area's texts.ts with defineTexts(namespace, nl, en) (pattern: renderer/src/texts.ts)").toEqual([]);
  });
});
