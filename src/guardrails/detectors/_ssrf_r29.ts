/**
 * Round-29 false-positive fix of the SSRF detector: a browser tool opening a page of a front-end
 * dev server on the gateway's machine (`http://localhost:5173/login`). Vite, Angular, Storybook,
 * Parcel and Expo serve the project being edited on these default ports; checking a page after a
 * change is what a coding agent does. The loopback finding is recorded (low), not blocked.
 *
 * Narrow on purpose: only a browser-navigation tool, only loopback names, only the front-end dev
 * ports below (not 3000/8000/8080, which admin consoles share), and only a plain page path: no
 * user info, `..`, percent-escape, `@fs`/`@id` (Vite's file-serving routes, CVE-2025-30208 and
 * kin) or query, so a dev server cannot be used to read files outside the project.
 */
import type { FieldContext, Finding } from "../types.ts";

/** Browser tools that open a page. */
export const BROWSER_TOOL =
  /^(?:browser_)?(?:navigate|goto|go_to|open_page|open_url|visit|browse|new_page|load_page)$|^(?:browser|playwright|puppeteer|page)_(?:navigate|goto|open|visit)/i;
export const URL_KEY = /^(?:url|uri|href|link|address|page_url)$/i;
/** Loopback, a front-end dev-server port, a plain page path. */
const DEV_PAGE =
  /^https?:\/\/(?:localhost|127\.0\.0\.1|\[::1\]):(?:5173|5174|4173|4200|6006|1234|19006|5500|8100)(?:\/(?!@)[\w.\-\/]{0,200})?(?:#[\w\-\/]{0,80})?$/i;

/** `findings` with a browser's loopback hit set to low when the URL is a dev-server page. */
export function r29Weighted(findings: Finding[], text: string, field: FieldContext): Finding[] {
  if (
    field.stage !== "input" || text.length > 300 || !URL_KEY.test(field.key ?? "") ||
    !BROWSER_TOOL.test(field.tool ?? "") || !findings.some((f) => f.kind === "loopback")
  ) {
    return findings;
  }
  const url = text.trim();
  if (!DEV_PAGE.test(url) || url.includes("..") || /\/@/.test(url)) return findings;
  return findings.map((f) => f.kind === "loopback" ? { ...f, severity: "low" } : f);
}
