/**
 * Round-14 scheme decision of the SSRF detector: a browser tool opening a local web page.
 *
 * `navigate` to `file:///home/ana/projects/site/dist/index.html` is how a built site is previewed:
 * the browser renders one HTML document, which is not a secret. What `file:` is blocked for in a
 * fetch argument is reading secrets for the caller — keys, dotfiles, `/etc`, `/proc` — so the
 * exemption covers only a browser-navigation tool, an HTML document by extension, no system
 * folder, no `..`, no hidden (dot) folder and no query or fragment. A generic fetcher
 * (`fetch_url`, `http_get`) still reports every `file:` URL.
 */

/** Tool names of browser automation that opens pages: `navigate`, `browser_navigate`, `goto`, `open_page`. */
const BROWSER_TOOL =
  /(?:^|[_.\-])(?:navigate|goto|go_to|open_?page|open_?url|visit|browse)(?:$|[_.\-])|^browser|playwright|puppeteer/i;
/** A local HTML page outside system folders, one token, no climbs or dot-folders. */
const LOCAL_PAGE =
  /^file:\/\/(?:localhost)?\/(?!(?:etc|proc|sys|dev|root|var|run|boot|private)\/)(?:[\w@+,~-][\w.@+,~-]{0,127}\/){0,24}[\w@+,~-][\w.@+,~-]{0,127}\.x?html?$/i;

/** True when a browser tool is asked to open a local HTML document (a build preview). */
export function localPagePreview(tool: string, value: string): boolean {
  const v = value.trim();
  return BROWSER_TOOL.test(tool) && LOCAL_PAGE.test(v) && !v.includes("/.");
}
