import { useCallback, useState } from 'react';

/** The values ticked in a list of check boxes, and the one way to tick or untick one of them. */
export function useChosenSet<T>(initial: () => Iterable<T>): [ReadonlySet<T>, (value: T, chosen: boolean) => void] {
  const [set, setSet] = useState<ReadonlySet<T>>(() => new Set(initial()));
  const choose = useCallback((value: T, chosen: boolean) => {
    setSet((prev) => {
      const next = new Set(prev);
      if (chosen) next.add(value);
      else next.delete(value);
      return next;
    });
  }, []);
  return [set, choose];
}
