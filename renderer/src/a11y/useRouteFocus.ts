import { useEffect, type RefObject } from 'react';

const WAIT_FOR_HEADING_MS = 5_000;

/**
 * After a route change, focus goes to the new page's main heading, so keyboard and screen-reader users start at
 * the top of the page instead of on the menu item (or nowhere, when the element they used has gone). A page that
 * put focus on its own field (autoFocus) keeps it; a page still loading gets focus on its heading once it appears,
 * unless the user has moved focus in the meantime.
 */
export function useRouteFocus(path: string, main: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = main.current;
    if (!root) return;
    let done = false;
    const observer = new MutationObserver(() => tryFocus());
    const timer = setTimeout(() => stop(), WAIT_FOR_HEADING_MS);
    function stop() {
      done = true;
      observer.disconnect();
      clearTimeout(timer);
      document.removeEventListener('focusin', stop);
    }
    function tryFocus(): void {
      const active = document.activeElement;
      const pageTookFocus = !!active && active !== document.body && active !== root && !!root?.contains(active);
      const heading = pageTookFocus ? null : root?.querySelector('h1');
      if (!pageTookFocus && !heading) return;
      stop();
      if (heading) {
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus();
      }
    }
    tryFocus();
    if (done) return;
    observer.observe(root, { childList: true, subtree: true });
    // Once the user moves focus themselves, a heading that appears later must not take it away.
    document.addEventListener('focusin', stop);
    return stop;
  }, [path, main]);
}
