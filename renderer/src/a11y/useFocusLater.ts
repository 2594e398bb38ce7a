import { useCallback, useEffect, useState } from 'react';

type Target = () => HTMLElement | null | undefined;

/**
 * Moves focus once the next render is on screen. For controls that remove themselves (an "accept" button whose
 * row goes away, a "done" button that is no longer offered): without it, focus falls back to the page body and a
 * keyboard user has to start again from the top.
 */
export function useFocusLater(): (target: Target) => void {
  const [target, setTarget] = useState<{ find: Target } | null>(null);
  useEffect(() => {
    if (!target) return;
    target.find()?.focus();
    setTarget(null);
  }, [target]);
  return useCallback((find: Target) => setTarget({ find }), []);
}
