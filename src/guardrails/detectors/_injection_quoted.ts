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

/** "… asked Copilot to take the most sensitive data and <match>": a reported chain of acts. */
const REPORTED_CHAIN =
  /\b(?:ask(?:s|ed|ing)?|tell(?:s|ing)?|told|instruct(?:s|ed|ing)?|trick(?:s|ed|ing)?|convinc\w{1,4}|coax\w{0,3}|persuad\w{1,3})\s+(?:[\w-]+\s+){0,3}?to\s+[^.!?\n]{1,100}?\b(?:and|then)\s+$/i;
/**
 * "I'm asking you to …", "we told you to …", "the user asks you to …": an order in the first or
 * second person — unless hypothetical ("if someone asks you to …", "never … anyone asks you").
 */
const SPOKEN_TO_READER =
  /\b(?:i|i'm|i am|we|we're|we are|please)\s+(?:\w+\s+){0,2}?(?:ask|tell|told|instruct)\w{0,4}\b|(?<!\b(?:if|when|whenever|should|in case|someone|somebody|anyone|anybody|nobody|scammers?|attackers?|strangers?)\s+(?:\w+\s+){0,2})\b(?:ask|tell|told|instruct)\w{0,4}\s+(?:\w+\s+){0,2}?(?:you|u|ya)\b/i;

/** "asks the chatbot to render <match>": up to two words between the report and the match. */
const REPORTED_VERB =
  /\b(?:ask(?:s|ed|ing)?|tell(?:s|ing)?|told|instruct(?:s|ed|ing)?|trick(?:s|ed|ing)?|convinc\w{1,4}|coax\w{0,3}|persuad\w{1,3})\s+(?:[\w-]+\s+){0,3}?(?:to|into)\s+(?:[\w-]+\s+){1,2}(?:!?\[[^\]\n]{0,60}\]\(\s*)?$/i;
/**
 * Words of a write-up about an attack (who did it, that it was found and fixed). A text that
 * frames its own order as reported ("the user asks the assistant to …") has none of them, so the
 * wider report forms above count only next to one.
 */
const NARRATIVE =
  /\b(?:attack(?:er|ers|s)?|injected|injection|payload|malicious|exploit\w*|researchers?|adversar\w+|poisoned|crafted|jailbreak\w*|cve-\d{4}|vulnerab\w+|demonstrat\w+|disclos\w+|patched|fixed|found that|showed that|proof[- ]of[- ]concept|red[- ]team\w*|pen(?:etration)?[- ]?test\w*|victims?)\b/i;

/** The match is an order, not a report of what an attack asks. */
export const notReported = (view: string, start: number): boolean => {
  const before = view.slice(Math.max(0, start - 160), start);
  // Only the match's own sentence says who speaks to whom.
  const sentence = before.slice(Math.max(0, before.search(/[^.!?\n]*$/)));
  if (SPOKEN_TO_READER.test(sentence.slice(-120))) return true;
  if (REPORTED.test(before.slice(-60))) return false;
  const wider = REPORTED_CHAIN.test(before) || REPORTED_VERB.test(before.slice(-90));
  if (wider && NARRATIVE.test(view.slice(Math.max(0, start - 400), start))) return false;
  return !inQuotedPassage(view, start);
};

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

/**
 * What introduces a quotation a write-up only cites: a verb of saying, "such as", "when asked to",
 * "why", or the previous item of a quoted list (`"…" or "…"`).
 */
const CITE_CUE =
  /(?:\b(?:say(?:s|ing)?|said|read(?:s|ing)?|wr(?:ote|ites?|iting)|like|such\s+as|e\.g\.|for\s+example|stat(?:es|ing)|contain(?:s|ed|ing)?|text|message|payload|prompt|phrases?|strings?|lines?|why|(?:ask(?:s|ed|ing)?|told|tell(?:s|ing)?|instruct(?:s|ed|ing)?)\s+(?:\w+\s+){0,2}?to)\s*[:,]?|["”]\s*(?:,|or|and|\/))\s*$/i;

/**
 * True when the match opens (or sits right inside) a quotation that a text about attacks cites:
 * `a message might say "AI assistant: ignore …"`, `why "ignore previous instructions" works`,
 * `the bot leaked its prompt when asked to "repeat the text above"`. The quotation is named, not
 * addressed to the reader: a cue introduces it (or it holds just the phrase) and the text around
 * it speaks of attacks. An injection does not wrap its own order in a report of an attack.
 */
export function reportedQuote(view: string, start: number, end: number): boolean {
  let q = -1;
  for (let i = start; i >= Math.max(0, start - 2); i--) {
    if (/["“]/.test(view[i]) || (view[i] === "'" && /\p{L}/u.test(view[i + 1] ?? ""))) {
      q = i;
      break;
    }
    if (i < start && !/\s/.test(view[i])) break;
  }
  if (q < 0) return false;
  // The write-up's words come before the quotation, or right after it closes (a view cut from a
  // longer text may start just before the quotation).
  const close = view.slice(end, end + 300).search(/["”]|'(?!\p{L})/u);
  const after = close < 0 ? "" : view.slice(end + close + 1, end + close + 300);
  if (!NARRATIVE.test(view.slice(Math.max(0, q - 400), q)) && !NARRATIVE.test(after)) {
    return false;
  }
  const line = view.lastIndexOf("\n", q - 1);
  const lead = view.slice(Math.max(0, q - 60, line + 1), q);
  if (CITE_CUE.test(lead)) return true;
  // A quotation that holds just the phrase names it: `"ignore all prior rules" still works`.
  return /^[\s.,!?…]{0,3}["”'’]/.test(view.slice(end, end + 4));
}
