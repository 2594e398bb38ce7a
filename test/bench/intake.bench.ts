import { proposeFields } from '../../common/intake/index.js';
import { extractText, stopOcr } from '../../electron/main/intake/index.js';
import { CORPUS_TODAY, noticeCorpus } from '../fixtures/intake/notices.js';
import { noticeScanPdf, noticeTextPdf } from '../fixtures/intake/render.js';
import { scoreProposals, sumScores } from '../fixtures/intake/score.js';
import { median, result, timeRuns, type BenchResult } from './harness.js';

/** Accuracy figures ride in a BenchResult: median_ms is the time per notice, `accuracy` and `wrong_certain` are the point. */
export type IntakeAccuracy = BenchResult & { accuracy: number; fields: number; correct: number; wrong_certain: number };

function accuracyResult(name: string, times: number[], scores: ReturnType<typeof scoreProposals>[], goal: string): IntakeAccuracy {
  const s = sumScores(scores);
  return {
    ...result(name, times, undefined, `accuracy ${s.accuracy.toFixed(3)}, goal ${goal}; wrong but certain: ${s.wrongCertain} of ${s.fields} fields`),
    accuracy: Math.round(s.accuracy * 1000) / 1000,
    fields: s.fields,
    correct: s.correct,
    wrong_certain: s.wrongCertain,
  };
}

/**
 * The intake on the synthetic corpus (36 notices in 12 layouts): field accuracy on the text and on a scan of each
 * (tilted and speckled, a third as lossy JPEG), one text PDF to proposed fields, one A4 page at 300 dpi through OCR.
 */
export async function benchIntake(): Promise<BenchResult[]> {
  const corpus = noticeCorpus();
  try {
    const textTimes: number[] = [];
    const textScores = corpus.map((n) => {
      const t0 = performance.now();
      const p = proposeFields(n.text, { today: CORPUS_TODAY });
      textTimes.push(performance.now() - t0);
      return scoreProposals(p, n.expected);
    });

    const pdfs = await Promise.all(corpus.slice(0, 12).map((n) => noticeTextPdf(n.text)));
    const textPdf = await timeRuns(
      24,
      async (i) => {
        const r = await extractText({ name: 'melding.pdf', bytes: pdfs[(i + 12) % 12]! });
        proposeFields(r.text, { today: CORPUS_TODAY });
      },
      2,
    );

    const scanTimes: number[] = [];
    const scanScores = [];
    let unreadable = 0;
    for (let i = 0; i < corpus.length; i++) {
      const n = corpus[i]!;
      const { pdf } = await noticeScanPdf(n.text, i % 3 === 2 ? { jpeg: true } : { tilt: ((i % 5) - 2) * 0.4, speckle: 0.002, seed: i + 1 });
      const t0 = performance.now();
      const r = await extractText({ name: 'scan.pdf', bytes: pdf });
      const p = proposeFields(r.text, { today: CORPUS_TODAY });
      scanTimes.push(performance.now() - t0);
      if (r.status !== 'ok') unreadable++;
      scanScores.push(scoreProposals(p, n.expected));
    }
    const accScan = accuracyResult('intake.accuracy_scan', scanTimes, scanScores, `>= 0.85 (${corpus.length} scanned notices, ${unreadable} unreadable)`);
    return [
      accuracyResult('intake.accuracy_text', textTimes, textScores, `>= 0.95 (${corpus.length} notices as text)`),
      accScan,
      result('intake.text_pdf', textPdf, undefined, '<= 300 ms (one text PDF to proposed fields)'),
      // The scan loop above already ran each page once: its median is the page time, warm worker.
      {
        ...result('intake.scan_page', scanTimes, undefined, '<= 8000 ms (one A4 page at 300 dpi, OCR to proposed fields)'),
        median_ms: Math.round(median(scanTimes) * 100) / 100,
      },
    ];
  } finally {
    await stopOcr();
  }
}
