/**
 * Text inside a tool's inline SVG icons (`data:image/svg+xml` URIs): `<title>`, `<desc>`, `<text>`,
 * `<metadata>` and comments. A client may hand an icon's markup to the model, so that text is read
 * like a description (round 38 hid an instruction in an icon's `<desc>`). Pixels and remote icons
 * carry no text and are skipped.
 */

const MAX_ICONS = 8;
const MAX_CHARS = 32_768;

/** Text elements and comments of one SVG document. */
const SVG_TEXT =
  /<(?:title|desc|text|tspan|metadata)\b[^<>]{0,200}>([^<]{1,4000})<|<!--([^]{1,4000}?)-->/gi;

function svgPayload(src: string): string | undefined {
  if (!/^data:image\/svg\+xml[;,]/i.test(src)) return undefined;
  const comma = src.indexOf(",");
  if (comma < 0) return undefined;
  const head = src.slice(0, comma);
  const body = src.slice(comma + 1, comma + 1 + MAX_CHARS * 2);
  try {
    return /;base64$/i.test(head) ? atob(body.replace(/\s+/g, "")) : decodeURIComponent(body);
  } catch {
    return body;
  }
}

/** The text strings of a tool's inline SVG icons (empty when there are none). */
export function iconTexts(icons: unknown): string[] {
  if (!Array.isArray(icons)) return [];
  const out: string[] = [];
  for (const icon of icons.slice(0, MAX_ICONS)) {
    const src = (icon as { src?: unknown } | null)?.src;
    if (typeof src !== "string") continue;
    const svg = svgPayload(src)?.slice(0, MAX_CHARS);
    if (!svg) continue;
    for (const m of svg.matchAll(SVG_TEXT)) {
      const t = (m[1] ?? m[2] ?? "").trim();
      if (t) out.push(t);
    }
  }
  return out;
}
