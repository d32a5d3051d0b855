/**
 * `text` with the spans `cuts` (`[start, end)` pairs, any order, may overlap) replaced by spaces of
 * the same length, in one pass whatever the number of cuts: offsets into the result are offsets into
 * `text`. Used to read a text again without what it only quotes or reports.
 */
export function blankSpans(text: string, cuts: [number, number][]): string {
  if (cuts.length === 0) return text;
  cuts.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let pos = 0;
  for (const [a, b] of cuts) {
    if (b <= pos) continue;
    const from = Math.max(a, pos);
    parts.push(text.slice(pos, from), " ".repeat(b - from));
    pos = b;
  }
  parts.push(text.slice(pos));
  return parts.join("");
}
