/**
 * Round 44: HTML handed to a server-side renderer (HTML-to-PDF, screenshot, print, preview) is
 * fetched BY THAT SERVER: every URL in a resource-loading place — the `src`/`href`/`data` of an
 * `iframe`, `img`, `embed`, `object`, `link`, `script`, `source`, `video`, `audio`, a CSS `url(…)`
 * or `@import` — is a request from inside its network. A cluster-internal or one-label host there
 * counts as in a URL argument (not as a name quoted in free text). An ordinary anchor
 * (`<a href>`), a URL in the page's text and the same HTML given to a mail or document tool stay
 * as before.
 *
 * Bounded, no nested quantifiers.
 */
import type { FieldContext } from "../types.ts";

/** Tool names of servers that load HTML themselves. */
const RENDER_TOOL =
  /pdf|render|screenshot|snapshot|print|html_?to|wkhtml|puppeteer|playwright|headless|chrom|thumbnail|preview|rasteri[sz]e|capture/i;

/** The text right before a URL that makes it a resource the page loads. */
const LOADED_BEFORE =
  /(?:<(?:iframe|frame|img|image|embed|object|link|script|source|video|audio|track|portal|input|use|meta)\b[^<>]{0,400}?\b(?:src|href|data|srcset|poster|xlink:href|content)\s{0,4}=\s{0,4}["']?|\burl\s{0,4}\(\s{0,4}["']?|@import\s{1,4}(?:url\s{0,4}\(\s{0,4})?["']?)$/i;

/**
 * True when the URL starting at `start` in `text` is a resource that a server-side renderer
 * (`field.tool`) loads while rendering the HTML.
 */
export function renderedResource(text: string, start: number, field: FieldContext): boolean {
  if (field.stage !== "input" || !RENDER_TOOL.test(field.tool ?? "")) return false;
  if (!/<[a-z]|url\s{0,4}\(|@import/i.test(text)) return false;
  return LOADED_BEFORE.test(text.slice(Math.max(0, start - 500), start));
}
