import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';
import { appRoot } from '../paths.js';
import { layoutText, type PlacedWord } from './layout.js';

/**
 * OCR with tesseract.js in a worker thread (tesseract.js runs its WebAssembly core in node's worker_threads),
 * with the Dutch trained data from the @tesseract.js-data/nld package on disk. Every path is local and the
 * language cache is off, so nothing is fetched and nothing is written next to the app.
 */
export interface OcrProgress {
  /** 0..1 for the current image. */
  progress: number;
  status: string;
}
export interface OcrPage {
  text: string;
  /** Tesseract's mean word confidence, 0..100. */
  confidence: number;
  words: number;
}

/** Inside an installed app the packages sit in app.asar.unpacked (electron-builder asarUnpack); a worker cannot run from the archive. */
const unpacked = (p: string) => p.replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');

export function ocrPaths(): { workerPath: string; langPath: string; corePath: string } {
  const req = createRequire(join(appRoot(), 'package.json'));
  const tess = dirname(req.resolve('tesseract.js/package.json'));
  const core = dirname(req.resolve('tesseract.js-core/package.json'));
  const nld = dirname(req.resolve('@tesseract.js-data/nld/package.json'));
  return {
    workerPath: unpacked(join(tess, 'src', 'worker-script', 'node', 'index.js')),
    // best_int: the LSTM model tesseract.js itself uses for OEM LSTM_ONLY, 3 MB instead of 10 MB.
    langPath: unpacked(join(nld, '4.0.0_best_int')),
    corePath: unpacked(core),
  };
}

export function ocrAvailable(): boolean {
  try {
    const p = ocrPaths();
    return existsSync(p.workerPath) && existsSync(join(p.langPath, 'nld.traineddata.gz'));
  } catch {
    return false;
  }
}

let current: { worker: Promise<Worker>; listener?: ((p: OcrProgress) => void) | undefined } | null = null;
let idleTimer: NodeJS.Timeout | null = null;
let queue: Promise<unknown> = Promise.resolve();
/** A worker holds ~100 MB; it is let go after a minute without work. */
const IDLE_MS = 60_000;

function getWorker(): { worker: Promise<Worker>; listener?: ((p: OcrProgress) => void) | undefined } {
  if (current) return current;
  const paths = ocrPaths();
  const slot: { worker: Promise<Worker>; listener?: ((p: OcrProgress) => void) | undefined } = { worker: Promise.resolve(null as unknown as Worker) };
  slot.worker = createWorker('nld', OEM.LSTM_ONLY, {
    langPath: paths.langPath,
    workerPath: paths.workerPath,
    corePath: paths.corePath,
    cachePath: paths.langPath,
    cacheMethod: 'none',
    gzip: true,
    logger: (m: { status: string; progress: number }) => slot.listener?.({ status: m.status, progress: m.progress }),
    errorHandler: () => undefined,
  }).then(async (w) => {
    // One block of text lines in reading order keeps table rows together; interword spaces show the columns.
    await w.setParameters({ tessedit_pageseg_mode: PSM.AUTO, preserve_interword_spaces: '1', user_defined_dpi: '300' });
    return w;
  });
  current = slot;
  return slot;
}

/** Ends the OCR worker (on cancel, on lock, at shutdown). The next OCR starts a new one. */
export async function stopOcr(): Promise<void> {
  const c = current;
  current = null;
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  if (c) await (await c.worker.catch(() => null))?.terminate().catch(() => undefined);
}

class AbortError extends Error {
  override name = 'AbortError';
}

/**
 * Reads one image (PNG, JPEG, BMP or PNM bytes). Jobs run one at a time; an abort ends the worker at once,
 * because tesseract cannot stop a recognition half-way otherwise.
 */
export function ocrImage(image: Uint8Array, opts: { onProgress?: (p: OcrProgress) => void; signal?: AbortSignal } = {}): Promise<OcrPage> {
  const job = queue.then(() => runOcr(image, opts));
  queue = job.catch(() => undefined);
  return job;
}

async function runOcr(image: Uint8Array, opts: { onProgress?: (p: OcrProgress) => void; signal?: AbortSignal }): Promise<OcrPage> {
  if (opts.signal?.aborted) throw new AbortError('Afgebroken');
  if (idleTimer) clearTimeout(idleTimer);
  const slot = getWorker();
  slot.listener = opts.onProgress;
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => {
      void stopOcr();
      reject(new AbortError('Afgebroken'));
    };
    opts.signal?.addEventListener('abort', onAbort, { once: true });
  });
  try {
    const work = (async () => {
      const worker = await slot.worker;
      const { data } = await worker.recognize(Buffer.from(image), {}, { text: true, blocks: true });
      return data;
    })();
    const data = await Promise.race([work, aborted]);
    const words: PlacedWord[] = [];
    let confSum = 0;
    for (const b of data.blocks ?? [])
      for (const p of b.paragraphs)
        for (const l of p.lines)
          for (const w of l.words) {
            words.push({ text: w.text, x0: w.bbox.x0, y0: w.bbox.y0, x1: w.bbox.x1, y1: w.bbox.y1 });
            confSum += w.confidence;
          }
    return { text: layoutText(words), confidence: words.length ? confSum / words.length : 0, words: words.length };
  } finally {
    slot.listener = undefined;
    if (onAbort) opts.signal?.removeEventListener('abort', onAbort);
    if (current === slot) {
      idleTimer = setTimeout(() => void stopOcr(), IDLE_MS);
      idleTimer.unref();
    }
  }
}
