/**
 * Round-22 path-traversal addition for URLs: Tomcat (and other servlet containers behind a
 * proxy) path parameters. A proxy matches `/shop/..;/manager/html` as a path under `/shop/`, but
 * Tomcat drops the `;…` parameter and resolves `..`, reaching `/manager/html` — a route the proxy
 * was there to keep out. The same holds for `..;jsessionid=x/`, `/;/../` and `/app;x/../`: a `..`
 * segment carrying or following a path parameter. No ordinary link spells one (`main.css;v=3`,
 * `/cart;jsessionid=1A2B/checkout` have no `..`).
 *
 * Every pattern is bounded and has no nested quantifiers.
 */

/** A URL with a scheme and host, up to its path. */
const URL_HEAD = /^\s{0,8}[a-z][a-z0-9+.\-]{0,20}:\/\/[^\/\\?#\s]{1,255}/i;
/** `..;param/` (a parent segment with a parameter) or `;param/../` (a parent after one). */
const PARAM_PARENT =
  /(?:^|[\/\\])(?:\.|%2e){2};[^\/\\?#\s]{0,80}(?:[\/\\]|%2f|$)|;[^\/\\?#\s]{0,80}(?:[\/\\]|%2f)(?:\.|%2e){2}(?:[\/\\;]|%2f|$)/i;

/** The reason a URL climbs through a path parameter, or undefined. */
export function paramTraversal(text: string): string | undefined {
  if (text.length > 4096 || !text.includes(";")) return undefined;
  const head = URL_HEAD.exec(text);
  if (!head) return undefined;
  const rest = text.slice(head[0].length);
  const q = rest.search(/[?#]/);
  const path = q < 0 ? rest : rest.slice(0, q);
  if (!PARAM_PARENT.test(path)) return undefined;
  return 'climbs with a ".." segment carrying or following a path parameter (`..;/`), which servlet containers resolve after the proxy matched the route';
}
