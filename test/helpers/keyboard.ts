import type { Page } from 'playwright-core';

/**
 * Keyboard-only helpers for browser tests: they move focus only the way a user can (Tab, Shift+Tab, arrows),
 * never with locator.focus() or a click, so a test that passes proves the control is reachable in that order.
 */
export type Role = Parameters<Page['getByRole']>[0];
type Name = string | RegExp;

/** A short description of the focused element, for failure messages. */
export function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return '(nothing: body)';
    const input = el as HTMLInputElement;
    const label = el.getAttribute('aria-label') ?? input.labels?.[0]?.textContent ?? el.textContent ?? '';
    const role = el.getAttribute('role');
    return `${el.tagName.toLowerCase()}${role ? `[${role}]` : ''} "${label.replace(/\s+/g, ' ').trim().slice(0, 70)}"`;
  });
}

/** True when the element with this role and accessible name has focus (a string name matches exactly). */
export async function hasFocus(page: Page, role: Role, name: Name): Promise<boolean> {
  return page
    .getByRole(role, { name, exact: typeof name === 'string' })
    .evaluateAll((els) => els.some((e) => e === document.activeElement || (e as HTMLElement).contains(document.activeElement)))
    .catch(() => false);
}

/**
 * Why the focused element fails as a tab stop, or null: it must be visible (not a zero-size or clipped element)
 * and show a focus indicator — its own outline, the outline of MUI's focus-visible wrapper (checkboxes, radios),
 * or MUI's focused field border for text inputs and selects.
 */
export function focusStopProblem(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    // Past the last element the browser takes focus into its own UI; the next Tab comes back at the top.
    if (!el || el === document.body) return null;
    const r = el.getBoundingClientRect();
    const describe = `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 50)}"`;
    if (r.width <= 2 || r.height <= 2) return `invisible tab stop: ${describe}`;
    const outlined = (e: Element | null) => {
      if (!e) return false;
      const s = getComputedStyle(e);
      return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
    };
    if (outlined(el) || outlined(el.closest('.Mui-focusVisible'))) return null;
    if (el.closest('.MuiInputBase-root.Mui-focused')) return null;
    return `no visible focus indicator on ${describe}`;
  });
}

/**
 * Presses Tab (or Shift+Tab) until the element with this role and name has focus, at most `max` times, checking
 * every stop on the way for a visible focus indicator. Returns the number of presses.
 */
export async function tabTo(page: Page, role: Role, name: Name, opts: { max?: number; back?: boolean } = {}): Promise<number> {
  const max = opts.max ?? 30;
  const trail: string[] = [];
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press(opts.back ? 'Shift+Tab' : 'Tab');
    const problem = await focusStopProblem(page);
    if (problem) throw new Error(`${problem} (after ${trail.join(' → ') || 'start'})`);
    if (await hasFocus(page, role, name)) return i;
    trail.push(await describeFocus(page));
  }
  throw new Error(`${role} "${String(name)}" not reached with ${max} × ${opts.back ? 'Shift+Tab' : 'Tab'}: ${trail.join(' → ')}`);
}

/** Tabs to the element (see tabTo) and presses `key` on it: Enter unless told otherwise (Space for a checkbox). */
export async function tabAndPress(page: Page, role: Role, name: Name, opts: { max?: number; back?: boolean; key?: string } = {}): Promise<void> {
  await tabTo(page, role, name, opts);
  await page.keyboard.press(opts.key ?? 'Enter');
}

/** Tabs to the field (see tabTo) and types `text` into it. */
export async function tabAndType(page: Page, role: Role, name: Name, text: string, opts: { max?: number; back?: boolean } = {}): Promise<void> {
  await tabTo(page, role, name, opts);
  await page.keyboard.type(text);
}

/** Waits until focus is on the element with this role and name (focus moved by the app, e.g. after navigation). */
export async function expectFocus(page: Page, role: Role, name: Name, timeoutMs = 5_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await hasFocus(page, role, name)) return;
    await page.waitForTimeout(50);
  }
  throw new Error(`expected focus on ${role} "${String(name)}", but it is on ${await describeFocus(page)}`);
}

/** In an open listbox (MUI Select, Autocomplete), moves with ArrowDown to the option and picks it with Enter. */
export async function chooseOption(page: Page, name: Name, max = 40): Promise<void> {
  await page.getByRole('listbox').first().waitFor();
  for (let i = 0; i < max; i++) {
    const active = await page
      .getByRole('option', { name, exact: typeof name === 'string' })
      .evaluateAll((els) => els.some((e) => e === document.activeElement || e.getAttribute('aria-selected') === 'true' || e.classList.contains('Mui-focused')));
    if (active) {
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`option "${String(name)}" not reached with ${max} × ArrowDown`);
}
