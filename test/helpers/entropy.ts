/** Shannon entropy in bits per byte: ~8 for ciphertext, ~4-5 for text, lower for SQLite's zero-padded pages. */
export function byteEntropy(buf: Buffer): number {
  const counts = new Array<number>(256).fill(0);
  for (const b of buf) counts[b]!++;
  let h = 0;
  for (const c of counts) {
    if (c === 0) continue;
    const p = c / buf.length;
    h -= p * Math.log2(p);
  }
  return h;
}
