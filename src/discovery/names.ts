/**
 * Public tool names for direct exposure: `<server>__<tool>`, always matching
 * `^[a-zA-Z0-9_-]{1,64}$` and never colliding. Characters outside the set become `_`; a name that
 * is too long, was changed by sanitising, or collides gets a deterministic short hash suffix of
 * its exact (server, tool) pair, so the same inputs always give the same names in any order.
 */
import { createHash } from "node:crypto";

/** The pattern every public name matches. */
export const PUBLIC_NAME = /^[a-zA-Z0-9_-]{1,64}$/;
const SEP = "__";

function suffix(server: string, tool: string): string {
  return createHash("sha256").update(`${server}\u0000${tool}`).digest("hex").slice(0, 6);
}

function sanitize(s: string): string {
  return s.replace(/[^a-zA-Z0-9_-]/g, "_");
}

/** Assign a public name to every (server, tool) pair. */
export function assignPublicNames(pairs: readonly { server: string; tool: string }[]): string[] {
  const base = pairs.map(({ server, tool }) => `${sanitize(server)}${SEP}${sanitize(tool)}`);
  const counts = new Map<string, number>();
  for (const b of base) counts.set(b, (counts.get(b) ?? 0) + 1);
  const out = pairs.map(({ server, tool }, i) => {
    const b = base[i];
    const clean = b === `${server}${SEP}${tool}`;
    if (clean && b.length <= 64 && counts.get(b) === 1) return b;
    return `${b.slice(0, 57)}_${suffix(server, tool)}`;
  });
  // A hashed name could still equal another pair's plain name; resolve by hashing that one too.
  const seen = new Map<string, number>();
  out.forEach((n, i) => {
    const j = seen.get(n);
    if (j !== undefined) {
      out[i] = `${base[i].slice(0, 50)}_${suffix(pairs[i].server, pairs[i].tool)}${
        i.toString(16).padStart(6, "0")
      }`.slice(0, 64);
    }
    seen.set(out[i], i);
  });
  return out;
}
