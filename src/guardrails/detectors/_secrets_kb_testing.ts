/** Test helper of the credential-format knowledge base tests: reproducible random token bodies. */

/** A generator of deterministic pseudo-random strings (xorshift from `seed`), so failures reproduce. */
export function randomBodies(seed: number): (alphabet: string, n: number) => string {
  return (alphabet, n) => {
    let s = "";
    for (let i = 0; i < n; i++) {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      s += alphabet[(seed >>> 0) % alphabet.length];
    }
    return s;
  };
}
