import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const docs = join(import.meta.dirname, '..', '..', 'docs');
const guide = readFileSync(join(docs, 'gebruikershandleiding.md'), 'utf8');
const browserTest = readFileSync(join(import.meta.dirname, '..', 'browser', 'user-guide-screenshots.test.ts'), 'utf8');

/** The "## " sections with their text, as a reader sees them. */
function sections(md: string): { title: string; body: string }[] {
  const withoutCode = md.replace(/```[\s\S]*?```/g, '');
  return withoutCode
    .split(/^## /m)
    .slice(1)
    .map((part) => {
      const nl = part.indexOf('\n');
      return { title: part.slice(0, nl).trim(), body: part.slice(nl) };
    });
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function anchor(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^\p{L}\p{N} -]/gu, '')
    .replace(/ /g, '-');
}

const images = [...guide.matchAll(/!\[([^\]]*)\]\(([^)]+)\)/g)].map((m) => ({ alt: m[1]!, src: m[2]! }));

describe('user guide (docs/gebruikershandleiding.md)', () => {
  it('shows a screenshot in every section, except the table of contents and how to regenerate them', () => {
    const without = sections(guide)
      .filter((s) => !['Inhoud', 'Schermafbeeldingen bijwerken'].includes(s.title))
      .filter((s) => !/!\[[^\]]*\]\(screenshots\//.test(s.body))
      .map((s) => s.title);
    expect(without).toEqual([]);
  });

  it('uses only screenshots that exist and that the browser test makes, each with a description', () => {
    expect(images.length).toBeGreaterThanOrEqual(20);
    for (const { alt, src } of images) {
      expect(src, `${src} must live in docs/screenshots/`).toMatch(/^screenshots\/[a-z-]+\.png$/);
      expect(existsSync(join(docs, src)), `${src} is missing: NAZORG_SCREENSHOTS=1 npx vitest run test/browser/user-guide-screenshots.test.ts`).toBe(true);
      const name = src.replace(/^screenshots\/|\.png$/g, '');
      expect(browserTest, `${name}.png is not made by the screenshot test`).toContain(`shot('${name}')`);
      expect(alt.trim().length, `${src} needs alt text`).toBeGreaterThan(0);
    }
  });

  it('links only to headings that exist', () => {
    const anchors = new Set(sections(guide).map((s) => anchor(s.title)));
    const links = [...guide.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(20);
    for (const l of links) expect(anchors, `#${l}`).toContain(l);
  });

  it('says how to regenerate the screenshots', () => {
    expect(guide).toContain('NAZORG_SCREENSHOTS=1 npx vitest run test/browser/user-guide-screenshots.test.ts');
  });
});
