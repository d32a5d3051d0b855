/**
 * Values split across sibling properties: `{"k_a": "AKIAN9SYXQ", "k_b": "EAQ8N8P3OX"}`,
 * `{"token1": "ghp_…", "token2": "…"}`. Each half passes every detector on its own (too short for a
 * key format, no secret word), so a hijacked agent can carry a credential out in pieces. The pieces
 * are joined in their sequence order and visited once more, at `<object path>.<stem><joined>` with
 * the stem as key (never redacted in place, like the argv views).
 *
 * Only token-like pieces count: 2–512 characters without whitespace, 2–8 siblings sharing a stem
 * and differing by a sequence suffix (`_a`…`_h`, `-1`…`_16`, `1`…`16`, `part1`, `p2`); the joined
 * value stays under 4,096 characters. Addresses split into lines (`line_1`, `line_2`) hold spaces
 * and are not joined.
 */
import type { StringVisitor } from "./walk.ts";

/** stem, separator and suffix of a sequenced key (`k_a`, `token-2`, `key1`, `secret_part3`). */
const SEQUENCED =
  /^([A-Za-z][A-Za-z0-9]{0,40}?)(?:[_.-](?:part|p|chunk|piece|seg)?([a-hA-H]|\d{1,2})|(?:part|chunk|piece|seg)?(\d{1,2}))$/;
const TOKEN = /^\S{2,512}$/;
const MAX_JOINED = 4096;

/** Order of a suffix: letters a…h, then numbers. */
function rank(s: string): number {
  return /\d/.test(s) ? Number(s) : s.toLowerCase().charCodeAt(0) - 96;
}

export function splitValueViews(
  o: Record<string, unknown>,
  path: string,
  visit: StringVisitor,
  childPath: (path: string, k: string) => string,
): void {
  let groups: Map<string, [number, string][]> | undefined;
  const keys = Object.keys(o);
  if (keys.length < 2 || keys.length > 64) return;
  for (const k of keys) {
    const v = o[k];
    if (typeof v !== "string" || !TOKEN.test(v)) continue;
    const m = SEQUENCED.exec(k);
    if (m === null) continue;
    const stem = m[1].toLowerCase();
    groups ??= new Map();
    const list = groups.get(stem) ?? [];
    list.push([rank(m[2] ?? m[3]), v]);
    groups.set(stem, list);
  }
  if (groups === undefined) return;
  for (const [stem, parts] of groups) {
    if (parts.length < 2 || parts.length > 8) continue;
    parts.sort((a, b) => a[0] - b[0]);
    const joined = parts.map((p) => p[1]).join("");
    if (joined.length > MAX_JOINED) continue;
    visit(joined, `${childPath(path, stem)}<joined>`, stem);
  }
}
