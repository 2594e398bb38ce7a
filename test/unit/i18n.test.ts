import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const rendererSrc = join(import.meta.dirname, '..', '..', 'renderer', 'src');

function textModules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return textModules(p);
    return /^texts.*\.tsx?$/.test(e.name) || (dir.endsWith('texts') && /\.tsx?$/.test(e.name)) ? [p] : [];
  });
}

function leaves(obj: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (obj && typeof obj === 'object') {
    for (const [k, v] of Object.entries(obj)) for (const [kk, vv] of leaves(v, prefix ? `${prefix}.${k}` : k)) out.set(kk, vv);
  } else out.set(prefix, obj);
  return out;
}

describe('i18n: every UI text exists in Dutch and English', () => {
  it('each texts module registers through defineTexts, and English mirrors Dutch with no empty texts', async () => {
    const files = textModules(rendererSrc);
    expect(files.length).toBeGreaterThan(0);
    const { registeredTexts } = await import('../../renderer/src/i18n/index.js');
    for (const f of files) {
      const before = registeredTexts().size;
      await import(pathToFileURL(f).href);
      expect(
        registeredTexts().size,
        `${relative(rendererSrc, f)} must register its texts: export const t = defineTexts('<namespace>', nl, en) from renderer/src/i18n, with an English object of the same shape (pattern: renderer/src/texts.ts)`,
      ).toBeGreaterThan(before);
    }
    for (const [ns, { nl, en }] of registeredTexts()) {
      const a = leaves(nl);
      const b = leaves(en);
      expect([...b.keys()].sort(), `namespace ${ns}`).toEqual([...a.keys()].sort());
      for (const [k, v] of b) {
        expect(typeof v, `${ns}.${k}`).toBe(typeof a.get(k));
        if (typeof v === 'string') expect(v.trim().length, `${ns}.${k} is empty in English`).toBeGreaterThan(0);
      }
    }
  });
});
