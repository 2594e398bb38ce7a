import { useEffect, useState, type ReactNode } from 'react';

/**
 * One page of the unlocked app. `match` receives the hash path and returns the page, or null when the path is not
 * its own. The list of routes is pages/routes.tsx; each area declares its routes against this type, so no area
 * imports that list.
 */
export interface AppRoute {
  id: string;
  /** The label is read at render time, so the side bar follows a change of language. */
  nav?: { label: () => string; path: string };
  match: (path: string) => ReactNode | null;
}

/** A hash router: works the same under file:// (Electron) and http://127.0.0.1 (web mode). */
export function useHashPath(): string {
  const [path, setPath] = useState(() => currentPath());
  useEffect(() => {
    const on = () => setPath(currentPath());
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return path;
}

function currentPath(): string {
  const h = window.location.hash.replace(/^#/, '');
  return h.startsWith('/') ? h : '/';
}

export function navigate(path: string): void {
  window.location.hash = path;
}
