/**
 * One pass of a combined literal alternation `(a)|(b)|(c)…` (global) over `text`: bit k is set when
 * group k+1 matched somewhere. Argument checks gate their rules on these bits, so a family's
 * literals cost one pass over a lower-case copy instead of one test each.
 */
export function groupBits(any: RegExp, text: string, groups: number): number {
  const every = (1 << groups) - 1;
  let b = 0;
  any.lastIndex = 0;
  for (let m = any.exec(text); m !== null; m = any.exec(text)) {
    for (let k = 1; k < m.length; k++) {
      if (m[k] !== undefined) {
        b |= 1 << (k - 1);
        break;
      }
    }
    if (b === every) break;
  }
  return b;
}
