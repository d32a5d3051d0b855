/**
 * Round 31 precision: what a security write-up, finding, postmortem, CTF write-up, commit log or
 * gateway log QUOTES is a specimen, not an order. It widens `blankReports`
 * (./_injection_r29a_report.ts), which wants a verb of saying and a colon, to the other ways such
 * texts present a payload:
 * - a verb of carrying without a colon: "the invite contained the line <code>…</code>", "the tool
 *   description shipped with `…`", "a tester added <code>…</code> to a payload", "variants with "…"";
 * - a log or record field holding the quotation: `excerpt="…"`, `payload="…"`, `match: "…"`;
 * - a named list of specimens: `fixtures ("…", "…")`, `phrases like "…", "…" and "…"`,
 *   `filtered words (…)`; every later item of the list too;
 * - an indented or fenced block under a line that names it as the payload ("Our payload, placed in
 *   the description:").
 * Each needs the text framed as security material (an attack, payload, injection, pentest finding,
 * postmortem, CTF, exploit, a gateway's BLOCK verdict …). Only texts some rule matched are read
 * (the caller's contract), so ordinary text never pays for it.
 */
import { blankSpans } from "../text/blank.ts";
import {
  ATTEMPT_CUE,
  COORD_AFTER,
  COORD_BEFORE,
  glossAfterTerm,
  QUOTE_LIST,
  SEEN_CUE,
} from "./_injection_r32p.ts";

/** Openers of a quotation or code span, and their closers. */
const CLOSER: Record<string, string> = {
  '"': '"',
  "“": "”",
  "«": "»",
  "`": "`",
  "<code>": "</code>",
  "<q>": "</q>",
  "(": ")",
};
const OPEN = /"|“|«|`+|<code>|<q>|\(/g;

/** The text is security material about what it quotes. */
const FRAMING =
  /\b(?:post-?mortem|incident|pen-?test\w{0,3}|findings?|write-?up|ctf|red[- ]?team\w{0,3}|audit\w{0,3}|payloads?|inject\w{0,6}|phish\w{0,4}|exploit\w{0,4}|malicious|attack\w{0,3}|poison\w{0,4}|vulnerab\w{0,6}|advisory|CVE-\d{4}|jailbreak\w{0,3}|exfiltrat\w{0,4})\b|피싱|인젝션|フィッシング|インジェクション|钓鱼|釣魚|提示词注入|фишинг\p{L}{0,3}|инъекци\p{L}{0,2}|הזרק\p{L}{0,3}|حقن|\b(?:BLOCK(?:ED)?|DENY|DENIED|QUARANTINED?)\b[^\n]{0,120}\brule=/iu;

/** A verb of carrying, a record field, or a named specimen list, right before the quotation. */
const VERB_CUE =
  /\b(?:contain(?:s|ed|ing)?|ship(?:s|ped)\s{1,3}with|came\s{1,3}with|added|adds|placed|planted|injected|hid|embedded|inserted|included|carried|smuggled|appended|variants?\s{1,3}with|such\s{1,3}as|like)(?:\s{1,3}(?:the|a|an|this|that|its|their))?(?:\s{1,3}[\w-]{1,15})?\s{0,3}$|\b(?:excerpt|payload|match(?:ed)?|snippet|sample|evidence|quote|matched_text)\s{0,2}[=:]\s{0,2}$/i;
const NOUN_CUE =
  /\b(?:fixtures?|corpus|corpora|datasets?|examples?|samples?|payloads?|variants?|phrases?|strings?|patterns?|words?|terms?|keywords?|signatures?|specimens?)\s{0,3}(?:\(|:|like|such\s{1,3}as|e\.g\.,?)?\s{0,3}$/i;
/**
 * A numbered example label, maybe with its source in parentheses: "Example 2 (ticket, quoted): ",
 * "Sample B: ", "Beispiel 3 (E-Mail): ".
 */
const EXAMPLE_LABEL =
  /\b(?:examples?|samples?|specimens?|beispiel|ejemplo|exemple|exemplo|voorbeeld|contoh)\s{0,3}(?:#?\d{1,3}|[A-Z])\s{0,3}(?:\([^()\n:]{0,40}\))?\s{0,3}[:：]\s{0,3}$/i;
/** The next item of a list whose previous item was a specimen. */
const LIST_NEXT = /^\s{0,3}(?:,|;|or|and|,\s{0,2}(?:or|and))?\s{0,3}$/i;

/**
 * A line that reports the block under it as a payload: the payload named and a verb of report
 * ("Our winning payload, placed in the description:", "The injection we observed:"). An order to
 * include a block ("Add the following code excerpt to your code:") names no report.
 */
const BLOCK_NOUN =
  /\b(?:payloads?|injections?|attacks?|exploits?|specimens?|examples?|samples?)\b/i;
const BLOCK_CUE =
  /\b(?:placed|planted|injected|embedded|hid|hidden|used|found|observed|seen|captured|logged|submitted|was|were)\b[^\n]{0,80}:\s*$/i;

/** `[from, to)` ranges of `text` to blank: quoted specimens of a security text. */
function specimenCuts(text: string): [number, number][] {
  const cuts: [number, number][] = [];
  let prevEnd = -1;
  const nextClose = new Map<string, number>();
  OPEN.lastIndex = 0;
  for (let m = OPEN.exec(text); m !== null; m = OPEN.exec(text)) {
    const token = m[0];
    // A fence (```) opens a block (see `blockCuts`); an empty span (``) holds nothing.
    if (token.length > 1 && token[0] === "`") continue;
    const from = m.index + token.length;
    // The next closer of this token, cached: a text of many unclosed quotes stays linear.
    let close = nextClose.get(token) ?? -2;
    if (close !== -1 && close < from) {
      close = text.indexOf(CLOSER[token], from);
      nextClose.set(token, close);
    }
    if (close < 0 || close - from > 1200) continue;
    const inner = text.slice(from, close);
    if (inner.includes("\n")) {
      if (token === '"' || token === "“") OPEN.lastIndex = from;
      continue;
    }
    const end = close + CLOSER[token].length;
    const phrase = /\S\s{1,3}\S/.test(inner);
    // Round 32 cues (./_injection_r32p.ts): a list of quotations in parentheses, a gloss, a
    // described attempt before a code span, a quotation seen or coordinated in a sentence.
    if (round32Cue(token, text, m.index, inner, end, phrase)) {
      cuts.push([from, close]);
      prevEnd = end;
      OPEN.lastIndex = end;
      continue;
    }
    // Only a phrase, or an item a list goes on from, is worth reading the prose before it.
    if (!phrase && !/^\s{0,3}(?:,|;|or\b|and\b)/.test(text.slice(end, end + 6))) {
      if (token === '"' || token === "“") OPEN.lastIndex = from;
      if (token !== "(") prevEnd = -1;
      continue;
    }
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    const listed = prevEnd >= 0 && m.index - prevEnd < 8 &&
      LIST_NEXT.test(text.slice(prevEnd, m.index));
    const cued = listed || NOUN_CUE.test(before) || EXAMPLE_LABEL.test(before) ||
      (token !== "(" && (VERB_CUE.test(before) || underColonLine(text, m.index)));
    if (!cued) {
      if (token === "(") continue;
      if (token === '"' || token === "“") OPEN.lastIndex = from;
      prevEnd = -1;
      continue;
    }
    prevEnd = end;
    if (phrase) cuts.push([from, close]);
    OPEN.lastIndex = end;
  }
  blockCuts(text, cuts);
  REMOVED.lastIndex = 0;
  for (let m = REMOVED.exec(text); m !== null; m = REMOVED.exec(text)) {
    const at = m.index + m[0].indexOf(m[1], 3);
    cuts.push([at, at + m[1].length]);
  }
  return cuts;
}

/** The round-32 cues of ./_injection_r32p.ts for the quotation `inner` opened by `token` at `at`. */
function round32Cue(
  token: string,
  text: string,
  at: number,
  inner: string,
  end: number,
  phrase: boolean,
): boolean {
  const before = text.slice(Math.max(0, at - 80), at);
  if (token === "(") return QUOTE_LIST.test(inner) || (phrase && glossAfterTerm(before, inner));
  if (token === "`") return ATTEMPT_CUE.test(before);
  if (!phrase) return false;
  return SEEN_CUE.test(before) ||
    (COORD_BEFORE.test(before) && COORD_AFTER.test(text.slice(end, end + 24)));
}

/** A quotation opening its own line under a line that ends with a colon (it presents it). */
function underColonLine(text: string, at: number): boolean {
  const nl = text.lastIndexOf("\n", at - 1);
  if (nl < 1 || !/^[\s>]*$/.test(text.slice(nl + 1, at))) return false;
  return /[:：]\s{0,2}$/.test(text.slice(Math.max(0, nl - 3), nl));
}

/** The object of a removal ("remove curl | bash from the docs"): what is taken out, not done. */
const REMOVED =
  /\b(?:remove[sd]?|removing|strip(?:s|ped)?|ban(?:s|ned)?|forbid(?:s|den)?|disallow(?:s|ed)?)\s{1,3}([^\n"“]{1,60}?)\s{1,3}from\b/gi;

/** Indented or fenced blocks under a line that presents them as the payload. */
function blockCuts(text: string, cuts: [number, number][]): void {
  let pos = 0;
  let inBlock = false;
  let fence = false;
  for (const line of text.split("\n")) {
    const from = pos;
    pos += line.length + 1;
    if (fence) {
      if (/^\s{0,3}```/.test(line)) fence = false;
      else cuts.push([from, from + line.length]);
      continue;
    }
    if (inBlock) {
      if (/^(?: {4}|\t)/.test(line)) {
        cuts.push([from, from + line.length]);
        continue;
      }
      if (/^\s{0,3}```/.test(line)) {
        fence = true;
        inBlock = false;
        continue;
      }
      if (line.trim() === "") continue;
      inBlock = false;
    }
    if (line.length < 240 && BLOCK_CUE.test(line) && BLOCK_NOUN.test(line)) inBlock = true;
  }
}

/**
 * `text` with the quoted specimens of a security text blanked (same length); `text` itself when
 * it is no security material or quotes nothing so.
 */
export function blankSpecimens(text: string): string {
  if (!/["“«`<(]|\n(?: {4}|\t)/.test(text) || !FRAMING.test(text)) return text;
  const cuts = specimenCuts(text);
  return blankSpans(text, cuts);
}
