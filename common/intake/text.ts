import { CLOSING_CUES, FORWARD_MARKERS, DISCLAIMER_CUES, NOISE_LINES, OUTLOOK_REPLY_HEADER, OUTLOOK_SENT_LINE, REPLY_MARKERS } from './rules.js';

/** One line of the source with its offsets; `noise` lines are never read for fields. */
export interface Line {
  text: string;
  start: number;
  end: number;
  index: number;
  noise: false | 'quote' | 'disclaimer' | 'letterhead';
}

export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let pos = 0;
  for (const raw of text.split('\n')) {
    const t = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    out.push({ text: t, start: pos, end: pos + t.length, index: out.length, noise: false });
    pos += raw.length + 1;
  }
  return out;
}

const blank = (l: Line) => l.text.trim() === '';

/**
 * Marks the lines that are not the notice: an earlier message quoted below a reply ("Op … schreef …:",
 * "-----Oorspronkelijk bericht-----", an Outlook "Van: … Verzonden: …" block after the first message, lines
 * starting with ">"), disclaimer paragraphs, and letterhead or footer lines (postbus, bezoekadres, www, page numbers).
 */
export function markNoise(lines: Line[]): Line[] {
  let quoted = false;
  let sawContent = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    // Below "Doorgestuurd bericht" comes the notice itself, with a header of its own that is not a reply.
    if (FORWARD_MARKERS.some((re) => re.test(l.text))) {
      sawContent = false;
      continue;
    }
    if (quoted) {
      l.noise = 'quote';
      continue;
    }
    if (/^\s*>/.test(l.text)) {
      l.noise = 'quote';
      continue;
    }
    if (REPLY_MARKERS.some((re) => re.test(l.text))) {
      quoted = true;
      l.noise = 'quote';
      continue;
    }
    // An Outlook reply has no marker line: a second "Van:" header followed by "Verzonden:" starts the quoted mail.
    if (sawContent && OUTLOOK_REPLY_HEADER.test(l.text) && lines.slice(i + 1, i + 4).some((n) => OUTLOOK_SENT_LINE.test(n.text))) {
      quoted = true;
      l.noise = 'quote';
      continue;
    }
    if (!blank(l) && !OUTLOOK_REPLY_HEADER.test(l.text) && !OUTLOOK_SENT_LINE.test(l.text) && !/^\s*(aan|to|cc|onderwerp|subject):/i.test(l.text))
      sawContent = true;
    if (NOISE_LINES.some((re) => re.test(l.text))) l.noise = 'letterhead';
  }
  // A paragraph with two or more letterhead lines (postbus, postcode, www) is a letterhead or footer as a whole,
  // so the organisation's general phone number in it is not taken for the casemanager's.
  for (let a = 0; a < lines.length;) {
    let b = a;
    while (b < lines.length && !blank(lines[b]!)) b++;
    const para = lines.slice(a, b);
    if (para.length <= 10 && para.filter((l) => l.noise === 'letterhead').length >= 2) for (const l of para) if (!l.noise) l.noise = 'letterhead';
    a = b + 1;
  }
  // Disclaimers: from the cue to the end of the paragraph.
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.noise || !DISCLAIMER_CUES.some((re) => re.test(lines[i]!.text))) continue;
    let a = i;
    while (a > 0 && !blank(lines[a - 1]!) && !lines[a - 1]!.noise) a--;
    let b = i;
    while (b < lines.length && !blank(lines[b]!)) b++;
    for (let k = a; k < b; k++) if (!lines[k]!.noise) lines[k]!.noise = 'disclaimer';
  }
  return lines;
}

/** The index of the signature's first line after a closing ("Met vriendelijke groet,"), or -1. */
export function signatureStart(lines: Line[]): number {
  for (let i = lines.length - 1; i >= 0; i--) if (!lines[i]!.noise && CLOSING_CUES.some((re) => re.test(lines[i]!.text))) return i + 1;
  return -1;
}

/** A cell of a line split on tabs or runs of two or more spaces (a table row as pdftotext -layout gives it). */
export interface Cell {
  text: string;
  start: number;
  end: number;
  /** Column position in characters from the start of the line (for aligning rows under a header). */
  col: number;
}

export function cells(line: Line, keepEmpty = false): Cell[] {
  const out: Cell[] = [];
  if (line.text.includes('\t')) {
    // Tab-separated (a spreadsheet or web table pasted): two tabs in a row are an empty cell, so columns stay in place.
    let pos = 0;
    for (const part of line.text.split('\t')) {
      const lead = part.length - part.trimStart().length;
      const t = part.trim();
      if (t !== '' || keepEmpty) out.push({ text: t, start: line.start + pos + lead, end: line.start + pos + lead + t.length, col: pos + lead });
      pos += part.length + 1;
    }
    return out;
  }
  const re = /[^\t ]+(?: [^\t ]+)*/g;
  for (const m of line.text.matchAll(re)) out.push({ text: m[0], start: line.start + m.index, end: line.start + m.index + m[0].length, col: m.index });
  return out;
}
