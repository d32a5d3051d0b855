/**
 * The one helper every view builder uses: the matches of a global regex, each with what it should
 * read as in the view. Only changed matches become segments, at most {@link MAX_SEGMENTS} per call.
 */
import type { Segment } from "./_decoders.ts";

/** Segments per view builder and text (a bound on work and on a view's size). */
export const MAX_SEGMENTS = 200;

/** Segments of `re` (global) matches whose `map` differs from the match. */
export function mapped(text: string, re: RegExp, map: (m: string) => string): Segment[] {
  const out: Segment[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null && out.length < MAX_SEGMENTS; m = re.exec(text)) {
    const decoded = map(m[0]);
    if (decoded !== m[0]) out.push({ start: m.index, end: m.index + m[0].length, decoded });
  }
  return out;
}
