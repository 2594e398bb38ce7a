/**
 * The only logger of the main side. It takes an event name and a flat record of non-personal
 * facts (codes, counts, durations); it has no way to print free text, so names and BSNs cannot leak.
 */
type Fact = string | number | boolean | null | undefined;

const SAFE_VALUE = /^[A-Za-z0-9_.:/-]{0,80}$/;

export function logEvent(event: string, facts: Record<string, Fact> = {}): void {
  if (process.env['NAZORG_QUIET'] === '1') return;
  const parts = Object.entries(facts)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${typeof v === 'string' && !SAFE_VALUE.test(v) ? '[verborgen]' : String(v)}`);
  process.stderr.write(`[nazorg] ${new Date().toISOString()} ${event}${parts.length ? ' ' + parts.join(' ') : ''}\n`);
}

/** For unexpected errors: the error class and code, never its message (SQLite messages can quote values). */
export function logError(event: string, err: unknown): void {
  const e = err as { name?: string; code?: string };
  logEvent(event, { error: e?.name ?? typeof err, code: e?.code });
}
