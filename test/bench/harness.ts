import { writeFileSync } from 'node:fs';

/**
 * Benchmarks print figures; they never pass or fail on time. Each figure is a median over runs,
 * optionally beside the same work on a plain (unencrypted) SQLite file.
 */
export interface BenchResult {
  name: string;
  median_ms: number;
  runs: number;
  plain_median_ms?: number;
  ratio_vs_plain?: number;
  peak_rss_mb?: number;
  goal?: string;
}

/** Whether a figure (or a suite, by its prefix) was asked for on the command line. */
export type Wanted = (name: string) => boolean;

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export async function timeRuns(runs: number, fn: (i: number) => Promise<void>, warmup = 1): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn(-1 - i);
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn(i);
    out.push(performance.now() - t0);
  }
  return out;
}

export function result(name: string, times: number[], plain?: number[], goal?: string): BenchResult {
  const r: BenchResult = { name, median_ms: round(median(times)), runs: times.length, peak_rss_mb: round(process.memoryUsage().rss / 1024 / 1024) };
  if (plain) {
    r.plain_median_ms = round(median(plain));
    r.ratio_vs_plain = round(median(times) / median(plain), 3);
  }
  if (goal) r.goal = goal;
  return r;
}

function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export function printTable(results: BenchResult[]): void {
  const rows = results.map((r) => [
    r.name,
    r.median_ms.toFixed(2),
    String(r.runs),
    r.plain_median_ms?.toFixed(2) ?? '',
    r.ratio_vs_plain?.toFixed(3) ?? '',
    r.peak_rss_mb?.toFixed(0) ?? '',
    r.goal ?? '',
  ]);
  const head = ['name', 'median_ms', 'runs', 'plain_median_ms', 'ratio_vs_plain', 'peak_rss_mb', 'goal'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  rows.forEach((r) => console.log(line(r)));
}

export function writeJson(path: string, results: BenchResult[]): void {
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
}
