import { useCallback, useRef, useState } from 'react';
import { placeServerErrors } from '../forms';

/** A message above or below a panel's button: what happened, in the UI's language. */
export interface Notice {
  severity: 'success' | 'error' | 'info';
  text: string;
}

export type ActionResult<T> = { ok: true; value: T } | { ok: false };

/**
 * One action of a panel that calls the main side: busy while it runs (a second click is ignored), the refused
 * fields' messages for the fields the panel shows (`knownFields`), and one notice for the rest. A refused field
 * the panel does not show is named in words in the notice, never dropped. With `quietWhenPlaced` there is no notice
 * when every message sits on its field.
 */
export function useApiAction(knownFields: readonly string[] = [], { quietWhenPlaced = false } = {}) {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const running = useRef(false);
  const known = useRef(knownFields);
  known.current = knownFields;

  const run = useCallback(
    async <T>(action: () => Promise<T>, success?: (value: T) => string | Notice | undefined): Promise<ActionResult<T>> => {
      if (running.current) return { ok: false };
      running.current = true;
      setBusy(true);
      setNotice(null);
      setFields({});
      try {
        const value = await action();
        const said = success?.(value);
        if (said) setNotice(typeof said === 'string' ? { severity: 'success', text: said } : said);
        return { ok: true, value };
      } catch (err) {
        const placed = placeServerErrors(err, known.current);
        setFields(placed.fields);
        const text = quietWhenPlaced ? placed.general : placed.message;
        if (text !== null) setNotice({ severity: 'error', text });
        return { ok: false };
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [quietWhenPlaced],
  );

  /** A refusal found before calling (nothing chosen yet): shown like the main side's. */
  const refuse = useCallback((text: string) => {
    setFields({});
    setNotice({ severity: 'error', text });
  }, []);

  return { run, busy, notice, setNotice, fields, refuse };
}
