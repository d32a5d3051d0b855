/**
 * Linear-time checks on hostile inputs for the detector tests, without a wall-clock limit (speed
 * targets live in `deno task bench`, and a busy CI machine broke absolute limits): each input is
 * built at a base size and at 8× that size, and the time ratio is asserted. Linear work grows about
 * 8×, quadratic work 64×. Each run gets a fresh copy (a views cache would answer a repeat).
 */
import assert from "node:assert/strict";

/** Milliseconds of one run of `run` on a fresh text of about `n` characters. */
function once(
  run: (text: string) => unknown,
  make: (n: number) => string,
  n: number,
  k: number,
): number {
  const text = make(n) + " ".repeat(k + 1);
  const t0 = performance.now();
  run(text);
  return performance.now() - t0;
}

/**
 * Asserts that `run` grows about linearly on `make(n)` from `n` to `8n` characters (ratio below
 * 32, where quadratic work gives 64; times under 2 ms count as 2 ms so timer noise on tiny inputs
 * cannot fail it). The two sizes are timed alternately, five times each, and the fastest of each
 * counts, so a busy spell of the machine falls on both sizes rather than on one. A failing
 * measurement is repeated (up to three times in all): quadratic work fails every time, a burst of
 * load on a shared CI machine (seen: 98 ms for 1 MB beside six busy processes) does not last.
 */
export function assertLinear(
  name: string,
  run: (text: string) => unknown,
  make: (n: number) => string,
  n = 65_536,
): void {
  once(run, make, 256, 0); // warm up the code paths
  let small = Infinity;
  let big = Infinity;
  for (let attempt = 0; attempt < 3; attempt++) {
    small = Infinity;
    big = Infinity;
    for (let k = 0; k < 5; k++) {
      small = Math.min(small, once(run, make, n, k));
      big = Math.min(big, once(run, make, 8 * n, k));
    }
    small = Math.max(small, 2);
    if (big / small < 32) return;
  }
  assert.fail(
    `${name}: ${8 * n} characters took ${big.toFixed(0)} ms, ${n} took ${small.toFixed(0)} ms ` +
      "(three measurements, each more than 32× — quadratic growth)",
  );
}
