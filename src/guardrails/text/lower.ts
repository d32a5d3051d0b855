/**
 * `text.toLowerCase()`, remembered for the last few texts: several argument checks in a row ask for
 * the lower-case of the same value (to test for a literal before running their regex), and each
 * call copied the whole text again (~1 µs per KB each, a tenth of the command detector's time).
 */
const SIZE = 4;
const inputs: string[] = new Array(SIZE).fill("");
const outputs: string[] = new Array(SIZE).fill("");
let next = 0;

/** The lower-case of `text` (cached for the last {@link SIZE} texts). */
export function lowerOnce(text: string): string {
  for (let k = 0; k < SIZE; k++) {
    const t = inputs[k];
    if (t.length === text.length && t === text) return outputs[k];
  }
  const low = text.toLowerCase();
  inputs[next] = text;
  outputs[next] = low;
  next = (next + 1) % SIZE;
  return low;
}
