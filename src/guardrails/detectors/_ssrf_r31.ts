/**
 * Round-31 false-positive fix of the SSRF detector: a browser tool opening a front-end dev-server
 * page with a plain query string (`http://localhost:5173/checkout?cart=demo&step=2`). Round 29
 * (./_ssrf_r29.ts) records such pages without a query; a query of plain `name=value` pairs selects
 * app state and reads no file. The loopback finding is recorded (low), not blocked.
 *
 * Narrow on purpose: the same browser tools, URL keys, loopback names and front-end dev ports as
 * round 29; every pair has `=`; names and values are letters, digits, `_` and `-` only (no `.`,
 * `/`, `%`, so no path, no escape); Vite's file-serving/transform switches (`raw`, `import`, `url`,
 * `inline`, `worker`, `html-proxy`, `direct` …, CVE-2025-30208 and kin) are never allowed as a
 * name; no `@` route, no `..`.
 */
import type { FieldContext, Finding } from "../types.ts";
import { BROWSER_TOOL, URL_KEY } from "./_ssrf_r29.ts";

/** Query names Vite treats as transform/file-serving switches. */
const VITE = String
  .raw`(?:raw|import|url|inline|no-inline|worker|sharedworker|worker_file|html-proxy|direct|commonjs-proxy|react-proxy|t|v|type|lang|vue|svelte|astro)(?![\w-])`;
const PAIR = String.raw`(?!${VITE})[\w-]{1,40}=[\w-]{0,80}`;
const DEV_QUERY_PAGE = new RegExp(
  String
    .raw`^https?:\/\/(?:localhost|127\.0\.0\.1|\[::1\]):(?:5173|5174|4173|4200|6006|1234|19006|5500|8100)(?:\/(?!@)[\w\-\/]{0,200}(?:\.html?)?)?\?${PAIR}(?:&${PAIR}){0,8}(?:#[\w\-\/]{0,80})?$`,
  "i",
);

/** `findings` with a browser's loopback hit set to low when the URL is a dev page with a query. */
export function r31Weighted(findings: Finding[], text: string, field: FieldContext): Finding[] {
  if (
    field.stage !== "input" || text.length > 400 || !text.includes("?") ||
    !URL_KEY.test(field.key ?? "") || !BROWSER_TOOL.test(field.tool ?? "") ||
    !findings.some((f) => f.kind === "loopback" && f.severity !== "low")
  ) {
    return findings;
  }
  const url = text.trim();
  if (!DEV_QUERY_PAGE.test(url) || url.includes("..") || /\/@/.test(url)) return findings;
  return findings.map((f) => f.kind === "loopback" ? { ...f, severity: "low" } : f);
}
