import { describe, expect, it } from 'vitest';
import { inDutch } from '../helpers/messages.js';
import { proposeFields } from '../../common/intake/index.js';
import { extractText, INTAKE_LIMITS } from '../../electron/main/intake/index.js';
import { seededRandom, syntheticBsn } from '../../db/demo/synthetic.js';
import { CORPUS_TODAY, NOTICE_LAYOUTS, noticeCorpus } from '../fixtures/intake/notices.js';
import { noticeTextPdf } from '../fixtures/intake/render.js';
import { scoreProposals, sumScores } from '../fixtures/intake/score.js';

/** Text out of real files: PDFs rendered by the app's own pdfmake, plain text in two encodings, a MIME e-mail. */
const corpus = noticeCorpus();
const BSN = syntheticBsn(seededRandom(99));

describe('intake: text extraction', () => {
  it('reads the text layer of a PDF of every layout, keeping table columns, at the accuracy floor', async () => {
    const picks = NOTICE_LAYOUTS.map((l) => corpus.find((n) => n.layout === l)!);
    const scores = [];
    for (const n of picks) {
      const r = await extractText({ name: 'melding.pdf', bytes: await noticeTextPdf(n.text) });
      expect(r).toMatchObject({ status: 'ok', source: 'pdf-text', pages: 1 });
      scores.push(scoreProposals(proposeFields(r.text, { today: CORPUS_TODAY }), n.expected));
    }
    const total = sumScores(scores);
    expect(total.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(total.wrongCertain).toBeLessThanOrEqual(1);
  });

  it('reads .txt as UTF-8 (with BOM) or, failing that, Windows-1252', async () => {
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Naam: Zoë Testmans\r\nBSN: ' + BSN, 'utf8')]);
    const a = await extractText({ name: 'melding.txt', bytes: utf8 });
    expect(a).toMatchObject({ status: 'ok', source: 'text', text: `Naam: Zoë Testmans\nBSN: ${BSN}` });
    const cp1252 = Buffer.from('Naam: Zo\xeb Testmans', 'latin1');
    expect((await extractText({ name: 'melding.txt', bytes: cp1252 })).text).toBe('Naam: Zoë Testmans');
  });

  it('reads an e-mail: the text part without the quoted reply, sender and date on top, an attached PDF below', async () => {
    const notice = corpus.find((n) => n.layout === 'portal')!;
    const pdf = (await noticeTextPdf(notice.text)).toString('base64');
    const eml = [
      'From: "A. Oefenaar" <a.oefenaar@pi-voorbeeld.example>',
      'To: nazorg@fictiefdorp.example',
      'Subject: Melding detentie',
      'Date: Tue, 3 Nov 2026 10:12:00 +0100',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Beste collega, in de bijlage de melding. Verwachte vrijlating: 12-03-2027.',
      '',
      'Op 2 november 2026 schreef nazorg@fictiefdorp.example:',
      '> Verwachte vrijlating: 01-01-2026',
      '--b1',
      'Content-Type: application/pdf; name="melding.pdf"',
      'Content-Disposition: attachment; filename="melding.pdf"',
      'Content-Transfer-Encoding: base64',
      '',
      ...(pdf.match(/.{1,76}/g) ?? []),
      '--b1--',
      '',
    ].join('\r\n');
    const r = await extractText({ name: 'bericht.eml', bytes: Buffer.from(eml) });
    expect(r.status).toBe('ok');
    expect(r.text).toContain('Van: A. Oefenaar <a.oefenaar@pi-voorbeeld.example>');
    expect(r.text).toContain('Datum: 03-11-2026');
    expect(r.text).toContain('12-03-2027');
    expect(r.text).not.toContain('01-01-2026');
    expect(r.text).toContain(notice.expected.bsn!);
  });

  it('refuses what it cannot read with a Dutch message, without throwing', async () => {
    const bin = new Uint8Array(2048).map((_, i) => (i * 7) % 256);
    expect(inDutch(await extractText({ name: 'foto.heic', bytes: bin }))).toMatchObject({ status: 'unsupported', message: expect.stringMatching(/PDF/) });
    expect(inDutch(await extractText({ name: 'kapot.pdf', bytes: Buffer.from('%PDF-1.4\nrommel') }))).toMatchObject({ status: 'unreadable' });
    expect(inDutch(await extractText({ name: 'leeg.txt', bytes: new Uint8Array(0) }))).toMatchObject({ status: 'unreadable', message: 'Het bestand is leeg.' });
    const big = new Uint8Array(INTAKE_LIMITS.maxBytes + 1);
    expect(inDutch(await extractText({ name: 'groot.pdf', bytes: big }))).toMatchObject({ status: 'too-large' });
  });

  it('stops when cancelled before it starts', async () => {
    const ac = new AbortController();
    ac.abort();
    await expect(extractText({ name: 'a.txt', bytes: Buffer.from('x') }, { signal: ac.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });
});
