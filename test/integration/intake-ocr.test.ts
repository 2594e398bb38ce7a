import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inDutch } from '../helpers/messages.js';
import { proposeFields } from '../../common/intake/index.js';
import type { ExtractResult } from '../../electron/main/intake/index.js';
import { CORPUS_TODAY, noticeCorpus } from '../fixtures/intake/notices.js';
import { imagePdf, noticeScanPdf, noticeTextPdf } from '../fixtures/intake/render.js';
import { scoreProposals, sumScores } from '../fixtures/intake/score.js';

/**
 * OCR end to end, with the network blocked: three scanned notices (a tilted, speckled PDF; a JPEG scan in a PDF; a
 * PNG photo of the page), a blank scan that must come back "unreadable", and a cancelled OCR. The extraction runs
 * in a child process loaded with block-network.mjs, which also loads into tesseract's worker thread.
 */
const root = join(import.meta.dirname, '..', '..');
let dir: string;
const corpus = noticeCorpus();
const picks = [corpus.find((n) => n.layout === 'letter')!, corpus.find((n) => n.layout === 'portal')!, corpus.find((n) => n.layout === 'twoColumns')!];
let results: (ExtractResult & { mode: string; progress: number[]; error?: string })[] = [];
let stderr = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nazorg-intake-ocr-'));
  const tilted = await noticeScanPdf(picks[0]!.text, { tilt: 0.8, speckle: 0.002, seed: 5 });
  writeFileSync(join(dir, 'tilted.pdf'), tilted.pdf);
  writeFileSync(join(dir, 'jpeg.pdf'), (await noticeScanPdf(picks[1]!.text, { jpeg: true })).pdf);
  const pdf = await noticeTextPdf(picks[2]!.text);
  writeFileSync(join(dir, 'page.pdf'), pdf);
  execFileSync('pdftoppm', ['-r', '300', '-gray', '-png', '-singlefile', join(dir, 'page.pdf'), join(dir, 'photo')]);
  writeFileSync(join(dir, 'blank.pdf'), imagePdf({ width: 1240, height: 1754, grey: new Uint8Array(1240 * 1754).fill(250) }));
  writeFileSync(join(dir, 'cancel.pdf'), tilted.pdf);
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--import',
      join(root, 'test', 'fixtures', 'intake', 'block-network.mjs'),
      join(root, 'test', 'fixtures', 'intake', 'offline-run.ts'),
      `cancel=${join(dir, 'cancel.pdf')}`,
      `scan=${join(dir, 'tilted.pdf')}`,
      `scan=${join(dir, 'jpeg.pdf')}`,
      `scan=${join(dir, 'photo.png')}`,
      `blank=${join(dir, 'blank.pdf')}`,
    ],
    { cwd: root, encoding: 'utf8', timeout: 600_000, env: { ...process.env, NAZORG_QUIET: '1' } },
  );
  stderr = run.stderr;
  const line = run.stdout.trim().split('\n').pop() ?? '[]';
  results = JSON.parse(line);
}, 900_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('intake OCR (network blocked)', () => {
  it('reads scanned notices with Dutch OCR, with progress, at the accuracy floor', () => {
    const scans = results.filter((r) => r.mode === 'scan');
    expect(scans).toHaveLength(3);
    for (const r of scans) {
      expect(r.status).toBe('ok');
      expect(r.source).toBe('ocr');
      // Progress rises to 1 while reading.
      expect(r.progress.length).toBeGreaterThan(2);
      expect(r.progress[r.progress.length - 1]).toBe(1);
    }
    const total = sumScores(scans.map((r, i) => scoreProposals(proposeFields(r.text, { today: CORPUS_TODAY }), picks[i]!.expected)));
    expect(total.accuracy).toBeGreaterThanOrEqual(0.85);
  });

  it('says a blank scan is unreadable instead of failing', () => {
    const blank = results.find((r) => r.mode === 'blank')!;
    expect(blank.error).toBeUndefined();
    expect(blank.status).toBe('unreadable');
    expect(inDutch(blank.message)).toMatch(/niet te lezen/);
  });

  it('stops OCR on cancel', () => {
    const c = results.find((r) => r.mode === 'cancel')!;
    expect(c.error).toBe('AbortError');
  });

  it('makes no network request, in the main thread nor in the OCR worker', () => {
    const [before = '', after = ''] = stderr.split('SELFCHECK');
    // The block was loaded in this process and in tesseract's worker thread before any OCR ran.
    expect(before).toContain('[net-block] active in main');
    expect(before).toContain('[net-block] active in worker');
    expect(before).not.toContain('ATTEMPT');
    // The block is real: the deliberate requests after the work are caught in both threads.
    expect(after).toMatch(/ATTEMPT .* in main/);
    expect(after).toMatch(/ATTEMPT .* in worker/);
  });
});
