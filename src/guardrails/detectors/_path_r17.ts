/**
 * Round-17 path-traversal additions for URLs, whose query the path rules strip before judging
 * the path:
 *
 * - a query or fragment parameter whose value climbs with `..` once percent-decoded, any number
 *   of times (`?name=..%252f..%252fetc%252fshadow`): the server hands the parameter to a file
 *   API after decoding it, often more than once. An encoded climb counts alone; a plain one needs
 *   two `..` segments (`?next=../login` is a relative link some sites use);
 * - a URL path segment that ends in `..` right before a separator (`/static../app/settings.py`,
 *   `/assets..%2f.env`): behind an nginx `location /static { alias /srv/static/; }` without the
 *   trailing slash, that segment is `/srv/static/..`, the folder above the alias. No ordinary
 *   path names a folder `static..`; `v1.0...v2.0` (a compare range) has three dots and no slash.
 *
 * Every pattern is bounded and has no nested quantifiers.
 */

/** A URL with a scheme and host, up to its path. */
const URL_HEAD = /^\s{0,8}[a-z][a-z0-9+.\-]{0,20}:\/\/[^\/\\?#\s]{1,255}/i;
/** A `..` segment: between separators (either slash) or at an end. */
const PARENT = /(?:^|[\/\\])\.\.(?=[\/\\]|$)/g;

/** `s` percent-decoded up to four times (stops when nothing changes or decoding fails). */
function decodeRepeatedly(s: string): { text: string; rounds: number } {
  let text = s;
  let rounds = 0;
  for (; rounds < 4 && /%[0-9a-f]{2}/i.test(text); rounds++) {
    try {
      const next = decodeURIComponent(text.replace(/\+/g, " "));
      if (next === text) break;
      text = next;
    } catch {
      // A lone `%` (`50%`): decode the well-formed escapes only.
      const next = text.replace(/%([0-9a-f]{2})/gi, (_, h) => String.fromCharCode(parseInt(h, 16)));
      if (next === text) break;
      text = next;
    }
  }
  return { text, rounds };
}

/** True when a query or fragment parameter of the URL climbs out of its folder with `..`. */
function queryClimbs(query: string): boolean {
  for (const pair of query.split(/[&;#]/, 64)) {
    const eq = pair.indexOf("=");
    const raw = eq < 0 ? pair : pair.slice(eq + 1);
    if (raw.length < 3 || raw.length > 2048) continue;
    const { text, rounds } = decodeRepeatedly(raw);
    const parents = text.match(PARENT)?.length ?? 0;
    if (parents === 0) continue;
    // Encoded dots or separators around the climb, or a climb of two folders or more.
    if (parents >= 2 || (rounds > 0 && !/(?:^|[\/\\])\.\.(?:[\/\\]|$)/.test(raw))) return true;
  }
  return false;
}

/** A path segment ending in `..` right before a separator, raw or percent-encoded. */
const ALIAS_CLIMB = /\/[\w-]{1,64}\.\.(?:\/|\\|%2f|%5c)/i;

/** How a URL climbs out of its folder: a finding kind and a reason. */
export interface UrlClimb {
  kind: "traversal" | "encoded_traversal";
  reason: string;
}

/** How a URL value climbs out of its folder, or undefined. */
export function urlTraversal(text: string): UrlClimb | undefined {
  if (text.length > 4096) return undefined;
  const head = URL_HEAD.exec(text);
  if (!head) return undefined;
  const rest = text.slice(head[0].length);
  const q = rest.search(/[?#]/);
  const path = q < 0 ? rest : rest.slice(0, q);
  if (path.includes("..") && ALIAS_CLIMB.test(path)) {
    return {
      kind: "traversal",
      reason: 'climbs out of a web alias with a path segment ending in ".." (nginx off-by-slash)',
    };
  }
  if (q >= 0 && (rest.includes("..") || /%(?:25){0,3}2e/i.test(rest))) {
    if (queryClimbs(rest.slice(q + 1))) {
      return {
        kind: "encoded_traversal",
        reason: 'has a query parameter that climbs folders with ".." once URL-decoded',
      };
    }
  }
  return undefined;
}
