import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * The renderer shows labels that live in common/ only through renderer/src/i18n/labels.ts, which maps the
 * enum value to the UI language. A file that imports a Dutch label table or label function from common
 * (or indexes one) would show Dutch in English mode; this scan finds it.
 */
const root = join(import.meta.dirname, '..', '..');
const rendererSrc = join(root, 'renderer', 'src');
const commonDir = join(root, 'common');
const LABELS_MODULE = join(rendererSrc, 'i18n', 'labels.ts');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** Exports of common/ that hold or make Dutch labels, besides every export named *_LABEL or *_LABELS. */
const LABEL_SOURCES = [
  'BASIS_STATE_INFO',
  'BASISVOORWAARDEN',
  'basisDef',
  'PARTNER_TYPES',
  'partnerTypeLabel',
  'domainLabel',
  'DEFAULT_LIFE_DOMAINS',
  'DEFAULT_COUNTDOWN_TEMPLATE',
  'countdownText',
  'dueText',
  'ATTACHMENT_TYPES',
  'HANDOVER_PLACEHOLDERS',
  'provisionKindLabel',
];

function commonExports(): Set<string> {
  const names = new Set<string>();
  for (const f of sourceFiles(commonDir)) {
    for (const m of readFileSync(f, 'utf8').matchAll(/^export\s+(?:const|function|let)\s+([A-Za-z_$][\w$]*)/gm)) names.add(m[1]!);
    for (const m of readFileSync(f, 'utf8').matchAll(/^export\s+\{([^}]*)\}/gm))
      for (const n of m[1]!.split(','))
        names.add(
          n
            .trim()
            .split(/\s+as\s+/)
            .pop()!,
        );
  }
  return names;
}

function forbiddenNames(): Set<string> {
  return new Set([...commonExports()].filter((n) => /_LABELS?$/.test(n) || LABEL_SOURCES.includes(n)));
}

interface Finding {
  line: number;
  text: string;
}

/** Imports of forbidden names from common/, namespace imports of common/, and direct indexing of a label table. */
function bypasses(source: string, forbidden: ReadonlySet<string>): Finding[] {
  const out: Finding[] = [];
  const lineOf = (index: number) => source.slice(0, index).split('\n').length;
  for (const m of source.matchAll(/import\s+(type\s+)?\{([^}]*)\}\s*from\s*['"]([^'"]*\/common\/[^'"]*)['"]/g)) {
    if (m[1]) continue;
    for (const raw of m[2]!.split(',')) {
      const name = raw
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)[0]!;
      if (!raw.trim().startsWith('type ') && forbidden.has(name)) out.push({ line: lineOf(m.index), text: `imports ${name} from ${m[3]}` });
    }
  }
  for (const m of source.matchAll(/import\s+\*\s+as\s+(\w+)\s+from\s*['"]([^'"]*\/common\/[^'"]*)['"]/g))
    out.push({ line: lineOf(m.index), text: `imports all of ${m[2]} as ${m[1]}` });
  for (const m of source.matchAll(/\b([A-Z][A-Z0-9_]*_LABELS?|BASIS_STATE_INFO)\s*(\[|\.)/g))
    if (forbidden.has(m[1]!)) out.push({ line: lineOf(m.index), text: `uses ${m[1]}${m[2]}` });
  return out;
}

describe('the renderer reads labels from common only through renderer/src/i18n/labels.ts', () => {
  const forbidden = forbiddenNames();

  it('the list of label sources is current: each name is an export of common/, and the *_LABELS tables are found', () => {
    const exported = commonExports();
    for (const n of LABEL_SOURCES) expect(exported.has(n), `${n} is no longer exported by common/; update LABEL_SOURCES`).toBe(true);
    for (const n of [
      'STATUS_LABELS',
      'CLOSING_REASON_LABELS',
      'CONTACT_ROLE_LABELS',
      'LEGAL_BASIS_LABELS',
      'ACTION_STATUS_LABELS',
      'SCORE_LABELS',
      'UNASSIGNED_LABEL',
    ])
      expect(forbidden.has(n), n).toBe(true);
  });

  it('the scan finds each way around labels.ts', () => {
    const sample = [
      "import { DOSSIER_STATUSES, STATUS_LABELS } from '../../../common/dossiers/status';",
      "import {\n  ACTION_STATUSES,\n  ACTION_STATUS_LABELS as L,\n} from '../../../common/plan/actions';",
      "import * as plan from '../../../common/plan/basisvoorwaarden';",
      'const x = CLOSING_REASON_LABELS[r];',
      "import type { DossierStatus } from '../../../common/dossiers/status';",
      "import { statusLabel } from '../i18n/labels';",
    ].join('\n');
    expect(bypasses(sample, forbidden).map((f) => f.text)).toEqual([
      'imports STATUS_LABELS from ../../../common/dossiers/status',
      'imports ACTION_STATUS_LABELS from ../../../common/plan/actions',
      'imports all of ../../../common/plan/basisvoorwaarden as plan',
      'uses CLOSING_REASON_LABELS[',
    ]);
  });

  it('no file of renderer/src but labels.ts uses a label table or label function of common/', () => {
    const files = sourceFiles(rendererSrc).filter((f) => f !== LABELS_MODULE);
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((f) =>
      bypasses(readFileSync(f, 'utf8'), forbidden).map((b) => `${relative(rendererSrc, f).split(sep).join('/')}:${b.line} ${b.text}`),
    );
    expect(found, 'show these labels through renderer/src/i18n/labels.ts (statusLabel(s), ...), which has them in English too').toEqual([]);
  });

  it('labels.ts itself does read the common tables (so the Dutch stays common\u2019s own text)', () => {
    const own = bypasses(readFileSync(LABELS_MODULE, 'utf8'), forbidden).map((b) => b.text);
    expect(own.some((t) => t.includes('STATUS_LABELS'))).toBe(true);
  });
});
