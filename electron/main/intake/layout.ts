/**
 * Rebuilds plain text from positioned words (PDF text items, OCR words) the way pdftotext -layout reads a page:
 * words on one visual row become one line, a wide gap becomes two or more spaces up to the word's column (a table
 * column or a second label on the line),
 * and a tall vertical gap becomes an empty line (a paragraph break, which the recognition rules use).
 * Coordinates: x to the right, y downwards, in any unit, consistent within a page.
 */
export interface PlacedWord {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export function layoutText(words: PlacedWord[]): string {
  const ws = words.filter((w) => w.text.trim() !== '' && w.y1 > w.y0);
  if (ws.length === 0) return '';
  // Rows: sort by vertical centre; a word joins the row when it overlaps the row's band by half its height.
  const sorted = [...ws].sort((a, b) => (a.y0 + a.y1) / 2 - (b.y0 + b.y1) / 2);
  const rows: { y0: number; y1: number; words: PlacedWord[] }[] = [];
  for (const w of sorted) {
    const row = rows[rows.length - 1];
    const h = w.y1 - w.y0;
    if (row && Math.min(row.y1, w.y1) - Math.max(row.y0, w.y0) > h * 0.5) {
      row.words.push(w);
      row.y0 = Math.min(row.y0, w.y0);
      row.y1 = Math.max(row.y1, w.y1);
    } else rows.push({ y0: w.y0, y1: w.y1, words: [w] });
  }
  const heights = rows.map((r) => r.y1 - r.y0).sort((a, b) => a - b);
  const lineHeight = heights[Math.floor(heights.length / 2)]!;
  // Characters are placed on a grid as pdftotext -layout does, so table columns line up from row to row.
  const widths = ws.filter((w) => w.text.trim().length >= 3).map((w) => (w.x1 - w.x0) / w.text.trim().length);
  const charW = (widths.sort((a, b) => a - b)[Math.floor(widths.length / 2)] ?? lineHeight * 0.5) * 0.9;
  const left = Math.min(...ws.map((w) => w.x0));
  const out: string[] = [];
  let prev: { y1: number } | undefined;
  for (const row of rows) {
    if (prev && row.y0 - prev.y1 > lineHeight * 0.5) out.push('');
    const rw = row.words.sort((a, b) => a.x0 - b.x0);
    const h = row.y1 - row.y0;
    let line = '';
    let lastX1: number | undefined;
    for (const w of rw) {
      const t = w.text.trim();
      if (lastX1 === undefined) line = ' '.repeat(Math.max(0, Math.round((w.x0 - left) / charW)));
      else {
        const gap = w.x0 - lastX1;
        // A wide gap is a column: at least two spaces, and as many as the position asks. A word gap is one space.
        if (gap > h * 0.6) line += ' '.repeat(Math.max(2, Math.round((w.x0 - left) / charW) - line.length));
        else if (gap > h * 0.12 || /\s$/.test(w.text) || /^\s/.test(w.text)) line += ' ';
      }
      line += t;
      lastX1 = w.x1;
    }
    out.push(line.trimEnd());
    prev = row;
  }
  return out.join('\n');
}
