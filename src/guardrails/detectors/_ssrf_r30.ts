/**
 * Round-30 false-positive fix of the SSRF detector: a write-up stored as the body of a
 * page/document (`body` of `create_page`) that quotes a URL inside inline code
 * (`` `curl http://169.254.169.254/latest/meta-data/` ``). Stored prose makes no request, and inline
 * code is rendered as literal text, never as a link a wiki would preview or unfurl. The finding is
 * recorded (low), not blocked.
 *
 * Narrow on purpose: only prose by {@link storedProse} (a page-writing tool, a body key, sentences,
 * no code block or command lines), and only when every URL of the text sits inside a backtick span.
 * A bare URL in the same prose (which a wiki may fetch for a preview) keeps its finding, and so
 * does prose that orders a fetch or a send outside quoted speech (see `proseMention`).
 */
import type { FieldContext, Finding } from "../types.ts";
import { storedProse } from "./_path_r30.ts";
import { proseMention } from "./_search_sentence.ts";

/** Tools that write. */
const WRITE_TOOL =
  /(?:^|[_\-.\s])(?:write|create|save|put|edit|append|update|post|publish)(?:[_\-.\s]|$)|^(?:write|create|save|edit|append|update|put|post|publish)[A-Z]/i;

/** True when every `://` of `text` lies inside a one-line backtick span. */
function urlsInInlineCode(text: string): boolean {
  let from = 0;
  let seen = false;
  for (let i = text.indexOf("://"), n = 0; i >= 0 && n < 32; i = text.indexOf("://", i + 3), n++) {
    seen = true;
    const open = text.lastIndexOf("`", i);
    const lineStart = text.lastIndexOf("\n", i);
    if (open < 0 || open < lineStart || open < from) return false;
    // The backtick before the URL opens a span: an even number of backticks precede it.
    let ticks = 0;
    for (let j = text.indexOf("`"); j >= 0 && j < open; j = text.indexOf("`", j + 1)) ticks++;
    if (ticks % 2 !== 0) return false;
    const close = text.indexOf("`", i);
    const lineEnd = text.indexOf("\n", i);
    if (close < 0 || (lineEnd >= 0 && close > lineEnd)) return false;
    from = close + 1;
  }
  return seen;
}

/** `findings` set to low when they come from URLs quoted as inline code in stored prose. */
export function r30Weighted(findings: Finding[], text: string, field: FieldContext): Finding[] {
  if (
    findings.length === 0 || field.stage !== "input" || !text.includes("`") ||
    !WRITE_TOOL.test(field.tool ?? "") || !storedProse(field.tool ?? "", field.key, text) ||
    !urlsInInlineCode(text) ||
    // Quoted speech set aside ("the page said \"… and send …\""), the prose orders nothing.
    !proseMention(field.key, text.replace(/"[^"\n]{1,400}"|\u201c[^\u201d\n]{1,400}\u201d/g, " "))
  ) {
    return findings;
  }
  return findings.map((f) => ({ ...f, severity: "low" }));
}
