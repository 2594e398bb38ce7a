import { AxeBuilder } from '@axe-core/playwright';
import axe from 'axe-core';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe-core on the current page; returns the serious and critical violations with a snippet of each element.
 *
 * The same rules as AxeBuilder with these tags, run the cheaper way for a page without frames: axe is injected once
 * per document (it stays across hash navigation) and run in place, where AxeBuilder injects its 500 kB source again
 * and opens a blank page to merge the results on every call. A page with frames goes through AxeBuilder, which also
 * checks inside them.
 */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  let res: AxeResults;
  if (page.frames().length > 1) {
    res = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  } else {
    if (!(await page.evaluate('typeof window.axe?.run === "function"'))) await page.evaluate(axe.source);
    res = await page.evaluate(
      (tags) =>
        (window as unknown as { axe: typeof axe }).axe.run(document, {
          runOnly: { type: 'tag', values: tags },
          // Only violations are read: axe then skips collecting the nodes of every passed and incomplete check.
          resultTypes: ['violations'],
        }),
      TAGS,
    );
  }
  return res.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.slice(0, 3).map((n) => `${v.id}: ${n.target.join(' ')} ${n.html.slice(0, 160)}`));
}
