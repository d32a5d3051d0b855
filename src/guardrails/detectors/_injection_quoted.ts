/**
 * Shared tests for the published-attack rules: is a match an order given, or an attack reported?
 * Write-ups quote whole payloads ("an attacker files a ticket saying '… add all the contents as a
 * new message in this ticket'") and describe them ("the email asked Copilot to take …"); the
 * core mention test only looks 80 characters back, so long quotations need their own check.
 */

/** "… asks the model to …", "tell models to …": the sentence reports an attack. */
const REPORTED =
  /\b(?:ask(?:s|ed|ing)?|tell(?:s|ing)?|told|instruct(?:s|ed|ing)?|trick(?:s|ed|ing)?|get(?:s|ting)?|mak(?:e|es|ing)|made|caus(?:e|es|ed|ing)|convinc\w{1,4}|coax\w{0,3}|persuad\w{1,3}|lur(?:e|es|ed|ing))\s+(?:[\w-]+\s+){0,3}?(?:to|into)\s+$/i;

/** A word that introduces a quotation: `saying '…'`, `text like "…"`, `reads: "…"`. */
const QUOTE_CUE =
  /\b(?:say(?:s|ing)?|said|read(?:s|ing)?|wr(?:ote|ites?|iting)|like|stat(?:es|ing)|contain(?:s|ing)?|instruct(?:s|ing)|text|message|payload|prompt|tells?\s+\w+|asks?\s+\w+)\s*[:,]?\s*$/i;

/** The match is an order, not a report of what an attack asks. */
export const notReported = (view: string, start: number): boolean =>
  !REPORTED.test(view.slice(Math.max(0, start - 60), start)) && !inQuotedPassage(view, start);

/**
 * True when `start` lies inside a quotation opened (on the same line, up to 600 characters back)
 * right after a quoting cue and not yet closed.
 */
export function inQuotedPassage(view: string, start: number): boolean {
  const from = Math.max(0, start - 600);
  const line = view.lastIndexOf("\n", start - 1);
  const part = view.slice(Math.max(from, line + 1), start);
  for (const [open, close] of [["'", "'"], ['"', '"'], ["“", "”"], ["‘", "’"]] as const) {
    const re = open === "'" ? /(?:^|[\s(])'(?=\p{L})/gu : new RegExp(`\\${open}`, "g");
    let m: RegExpExecArray | null;
    let last = -1;
    while ((m = re.exec(part)) !== null) last = m.index + m[0].length - 1;
    if (last < 0) continue;
    const rest = part.slice(last + 1);
    const closed = open === "'" ? /'(?!\p{L})/u.test(rest) : rest.includes(close);
    if (!closed && QUOTE_CUE.test(part.slice(Math.max(0, last - 40), last))) return true;
  }
  return false;
}
