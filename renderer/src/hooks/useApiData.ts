import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../api';

/**
 * Data a screen reads from the main side: loaded when the screen opens and again when `key` changes, and on
 * `refresh()` after a change. An answer that arrives after a newer request started is dropped, so a quick change of
 * `key` never shows the older data. `error` is the failed read's message in the UI's language.
 */
export function useApiData<T>(load: () => Promise<T>, key: unknown = null) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);
  const loader = useRef(load);
  loader.current = load;

  const refresh = useCallback(async (): Promise<void> => {
    const ticket = ++latest.current;
    try {
      const value = await loader.current();
      if (ticket !== latest.current) return;
      setData(value);
      setError(null);
    } catch (err) {
      if (ticket === latest.current) setError(errorMessage(err));
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [key, refresh]);

  return { data, error, refresh, setData };
}
