/**
 * Linear-time checks on hostile inputs for the detector tests, without a wall-clock limit (speed
 * targets live in `deno task bench`, and a busy CI machine broke absolute limits): each input is
 * built at a base size and at 8× that size, and the time ratio is asserted. Linear work grows about
 * 8×, quadratic work 64×. Each size is timed on three fresh copies (a views cache would answer a
 * repeat) and the fastest counts.
 */
import assert from "node:assert/strict";

/** The fastest of three runs of `run` on fresh texts of about `n` characters. */
function fastest(run: (text: string) => unknown, make: (n: number) => string, n: number): number {
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const text = make(n) + " ".repeat(k + 1);
    const t0 = performance.now();
    run(text);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/**
 * Asserts that `run` grows about linearly on `make(n)` from `n` to `8n` characters (ratio below
 * 24, with times under 2 ms counted as 2 ms so timer noise on tiny inputs cannot fail it).
 */
export function assertLinear(
  name: string,
  run: (text: string) => unknown,
  make: (n: number) => string,
  n = 65_536,
): void {
  fastest(run, make, 256); // warm up the code paths
  const small = Math.max(fastest(run, make, n), 2);
  const big = fastest(run, make, 8 * n);
  assert.ok(
    big / small < 24,
    `${name}: ${8 * n} characters took ${big.toFixed(0)} ms, ${n} took ${small.toFixed(0)} ms`,
  );
}
