/**
 * Round 29a precision: text that reports an injection or a routine teardown is not one.
 * - `reportedQuote`: a match inside a quotation ("…", “…”, «…», `<code>…</code>`, `<q>…</q>`) that
 *   the prose around it reports ("a ticket containing: "…"", "we planted a paragraph: <code>…",
 *   "you received this email:\n> "…"", "refuse to "…""), in a text framed as security material
 *   (phishing, scam, pentest, red team, payload …), or a quotation named as a payload right after
 *   it (`strip "…" payloads`).
 * - `nominalReport`: an order named as a noun, the object of a report ("result contained an
 *   instruction to send credentials …", "blocked a request to delete …").
 * - `scopedTeardown`: a destroy command whose target the line itself names as ephemeral (a
 *   preview, PR or sandbox environment), with nothing about production or backups on that line.
 */
import { blankSpans } from "../text/blank.ts";

/** Opening quote → its closing counterpart. */
const PAIRS: Record<string, string> = {
  '"': '"',
  "“": "”",
  "«": "»",
  "<code>": "</code>",
  "<q>": "</q>",
};
const OPENER = /"|“|«|<code>|<q>/g;
/** The prose right before a quotation reports it. */
const CUE =
  /(?:\b(?:contain(?:s|ed|ing)?|reading|reads|read|said|saying|says|wrote|writes|submitted|posted|received|planted|injected|hid|embedded|inserted|left|scrawl(?:ed|s)|scribbled)\b[^:\n"“«<]{0,60}:)\s{0,3}(?:>\s{0,3})?$/i;
/**
 * Round 30a: a quotation given as an example ("text such as "…"", "a footer that says "…""), an
 * answer option of a quiz (`b) "…"`), or the next of a list of reported ones (`"…" or "…"`); each
 * still needs the security framing around it.
 */
const EXAMPLE_CUE =
  /(?:\b(?:such\s{1,3}as|like|e\.g\.,?|says|said|reads|saying|reading)\s{0,3}|\b(?:telling|asking|instructing|urging)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,4}?to\s{1,3}|^\s{0,3}(?:[a-h]|\d{1,2})[).]\s{0,3})$/i;
const LIST_NEXT = /^\s{0,3}(?:,|or|and|,\s{0,2}or)\s{0,3}$/i;
const REFUSE = /\b(?:(?:refuse[sd]?|refusing|decline[sd]?)\s{1,3}to|never)\s{1,3}$/i;
/** The text is security material about the attack it quotes. */
const FRAMING =
  /\b(?:scam\w{0,3}|phish\w{0,4}|fraud\w{0,5}|fake|malicious|attack\w{0,3}|inject\w{0,6}|red[- ]?team\w{0,3}|pen-?test\w{0,3}|payloads?|suspicious|exploit\w{0,4}|repro(?:duces?|duced)?|hid(?:e|es|ing|den)\s{1,3}(?:instructions?|prompts?)|intrud(?:er|ers|ed|ing))\b/i;
/** A quotation named as what it is, right after it. */
const AFTER =
  /^\s{0,2}(?:payloads?|phrases?|strings?|prompts?|attacks?|injections?|patterns?|attempts?)\b/i;

/** Start of the line holding `at`, looking back at most `max` characters. */
function lineStartOf(view: string, at: number, max: number): number {
  const from = Math.max(0, at - max);
  const nl = view.substring(from, at).lastIndexOf("\n");
  return nl < 0 ? from : from + nl + 1;
}
/** End of the line holding `at`, looking ahead at most `max` characters. */
function lineEndOf(view: string, at: number, max: number): number {
  const rel = view.substring(at, at + max).indexOf("\n");
  return rel < 0 ? Math.min(view.length, at + max) : at + rel;
}

/** True when the quotation `view[open, close)` (opened by `token`) is reported by its prose. */
function reported(
  view: string,
  open: number,
  close: number,
  token: string,
  prevCut = -1,
): boolean {
  const after = close + PAIRS[token].length;
  if (AFTER.test(view.slice(after, after + 16))) return true;
  const lineStart = lineStartOf(view, open, 200);
  let before = view.slice(Math.max(lineStart, open - 120), open);
  // A quoted block (`> "…"`) reported on the line above it.
  if (/^[\s>]*$/.test(before) && lineStart > 0) {
    const prevStart = lineStartOf(view, lineStart - 1, 200);
    before = view.slice(Math.max(prevStart, lineStart - 121), lineStart - 1) + before;
  }
  // Advice not to do what it quotes ("refuse to "…"", "never "…"") needs no further framing.
  if (REFUSE.test(before)) return true;
  const listed = prevCut >= 0 && open - prevCut < 12 && LIST_NEXT.test(view.slice(prevCut, open));
  if (!CUE.test(before) && !EXAMPLE_CUE.test(before) && !listed) return false;
  return FRAMING.test(view.slice(Math.max(0, open - 400), Math.min(view.length, after + 400)));
}

const NOMINAL =
  /\b(?:contained|detected|flagged|blocked|caught|found|included|stripped|removed)\s{1,3}(?:an?\s{1,3}|the\s{1,3})?(?:\w{2,12}\s{1,3})?(?:instructions?|requests?|attempts?|commands?|orders?)\s{1,3}to\s{1,3}[^\n"“”.;]{1,120}/gi;

/**
 * `text` with the reported quotations (phrases of two words or more) and the orders named as
 * nouns in a report blanked, same length: what a write-up, ticket or log reports is not an order.
 */
export function blankReports(text: string): string {
  if (
    !/["“«<]|\b(?:contained|detected|flagged|blocked|caught|found|included|stripped|removed)\b/i
      .test(text)
  ) {
    return text;
  }
  const cuts: [number, number][] = [];
  OPENER.lastIndex = 0;
  for (let m = OPENER.exec(text); m !== null; m = OPENER.exec(text)) {
    const token = m[0];
    const from = m.index + token.length;
    // Bounded: a text of many unclosed quotes must stay linear.
    const rel = text.substring(from, from + 1200).indexOf(PAIRS[token]);
    if (rel < 0) continue;
    const close = from + rel;
    const inner = text.slice(from, close);
    if (inner.includes("\n") || !/\s\S*\s/.test(inner)) {
      // A quoted word on one line ("investor") is a closed pair: skip it whole, or its closing
      // mark would open a false quotation and swallow the next real one's opening mark.
      if (!inner.includes("\n") && !/\s/.test(inner)) {
        OPENER.lastIndex = close + PAIRS[token].length;
      } else if (token === '"' || token === "“") OPENER.lastIndex = from;
      continue;
    }
    const prev = cuts.length ? cuts[cuts.length - 1][1] + PAIRS[token].length : -1;
    if (reported(text, m.index, close, token, prev)) cuts.push([from, close]);
    OPENER.lastIndex = close + PAIRS[token].length;
  }
  NOMINAL.lastIndex = 0;
  for (let m = NOMINAL.exec(text); m !== null; m = NOMINAL.exec(text)) {
    const at = m.index + m[0].search(/\bto\s/i) + 3;
    cuts.push([at, m.index + m[0].length]);
  }
  return blankSpans(text, cuts);
}

const DESTROY =
  /\b(?:destroy|delete|teardown|tear\s{1,3}down|rm|rb|drop|uninstall|down\s{1,3}-v)\b/i;
const EPHEMERAL =
  /\b(?:preview|ephemeral|review[- ]app|sandbox|scratch|pr-\d{1,6}|tmp|temporary)\b/i;
const PROTECTED = /\b(?:prod\w{0,8}|live|backups?|main|master)\b/i;
/**
 * Round 32 precision: a drop whose own target (database, schema or table name, `_`-separated
 * parts read as words) is a staging, dev, test or temporary copy: "DROP DATABASE shop_staging",
 * "DROP TABLE tmp_import_a, tmp_import_b". The target itself must say so; a staging host with a
 * production-named target, or anything about production or backups on the line, still counts.
 */
/** Production or backups named inside an identifier too ("orders_prod_staging"). */
const PROTECTED_PART = /(?<![a-z0-9])(?:prod|production|live|backups?|main|master)(?![a-z0-9])/i;
const SCOPED_NAME = String
  .raw`[\w.]{0,40}?(?<![a-z0-9])(?:staging|stage|stg|dev|test|tmp|temp|scratch|sandbox)(?![a-z0-9])[\w.]{0,40}`;
const SCOPED_DROP = new RegExp(
  String.raw`\bdrop\s{1,3}(?:database|schema|table)\s{1,3}(?:if\s{1,3}exists\s{1,3})?` +
    String
      .raw`${SCOPED_NAME}(?:\s{0,2},\s{0,2}${SCOPED_NAME}){0,8}\s{0,2}(?:[;"'\x60]|$|\s(?:cascade|--))`,
  "i",
);

/**
 * True when the match is itself a teardown (a destroy word inside it) and its line tears down only
 * something it names as ephemeral. The match must hold the destroy word: otherwise a "delete the tmp
 * folder" clause would excuse every other order written on the same line.
 */
export function scopedTeardown(view: string, start: number, end: number): boolean {
  if (!DESTROY.test(view.slice(start, end))) return false;
  const lineStart = lineStartOf(view, start, 400);
  const lineEnd = lineEndOf(view, end, 400);
  if (lineEnd - lineStart > 400) return false;
  const line = view.slice(lineStart, lineEnd);
  return DESTROY.test(line) &&
    (EPHEMERAL.test(line) || (SCOPED_DROP.test(line) && !PROTECTED_PART.test(line))) &&
    !PROTECTED.test(line) && !/@|https?:\/\//.test(line);
}
