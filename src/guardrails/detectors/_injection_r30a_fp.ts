/**
 * Round 30a precision: what a program or a past step does, described in a relative clause, is not
 * an order to the model.
 * - `describedProgram`: "shell commands that read credential files", "a hook which uploads tokens":
 *   the verb has a program as its subject, so it says what software does, not what to do.
 * - `pastRelative`: "a README step that posted ~/.npmrc to a server": a past act reported.
 */

const PROGRAM_SUBJECT =
  /\b(?:commands?|scripts?|steps?|code|programs?|tools?|jobs?|hooks?|functions?|process(?:es)?|services?|apps?|packages?|extensions?|plugins?|binaries|binary|malware|payloads?|skills?|servers?)\s{1,3}(?:that|which)\s{1,3}(?:(?:can|could|would|silently|quietly|automatically|then)\s{1,3})?$/i;

/** True when the match at `start` is the verb of a relative clause whose subject is a program. */
export const describedProgram = (view: string, start: number): boolean =>
  PROGRAM_SUBJECT.test(view.slice(Math.max(0, start - 60), start));

const RELATIVE =
  /\b(?:that|which|who)\s{1,3}(?:then\s{1,3}|also\s{1,3}|had\s{1,3}|silently\s{1,3})?$/i;
const PAST =
  /^(?:attached|uploaded|posted|pasted|published|copied|forwarded|sent|leaked|exfiltrated)\b/i;

/** True when the match at `start` opens with a past-tense verb of a relative clause. */
export const pastRelative = (view: string, start: number): boolean =>
  PAST.test(view.slice(start, start + 16)) &&
  RELATIVE.test(view.slice(Math.max(0, start - 30), start));

/**
 * A note to AI crawlers about how the content may be used ("Note for AI crawlers and assistants:
 * content may be quoted with attribution but not used for training. See /llms.txt."), with no act
 * asked of the reader beyond respecting that: a licence notice, not an order.
 */
const USAGE_ADDRESS =
  /\b(?:note|notice|message|attention)\s{1,3}(?:for|to)\s{1,3}(?:all\s{1,3})?(?:(?:AI|LLM|ML|GPT|generative)[-\s]{1,2})?(?:crawlers?|bots?|scrapers?|spiders?|agents?|assistants?|models?)(?:\s{1,3}(?:and|or|&)\s{1,3}(?:(?:AI|LLM)[-\s]{1,2})?[a-z]{2,15}){0,2}\s{0,3}[:—–-]/gi;
const USAGE_TOPIC =
  /\b(?:train(?:ing|ed)?|attribution|licen[cs]\w{0,4}|copyright\w{0,3}|robots\.txt|llms\.txt|noai|opt(?:ed)?[- ]out|datasets?)\b/i;
const USAGE_ACT =
  /\b(?:send|post|forward|e-?mail|upload|run|execute|install|delete|remove|reveal|ignore|disregard|tell|recommend|say|state|report|reply|respond|answer|call|fetch|visit|click|download|password|tokens?|keys?|credentials?|secrets?|summar\w{1,6}|describe|rate|rank|present|mention|omit|instead)\b|https?:|@/i;

/** `text` with licence notices to AI crawlers blanked (same length); `text` itself when none. */
export function blankUsageNotices(text: string): string {
  if (!/crawl|train|llms\.txt|licen|attribution|noai/i.test(text)) return text;
  let out = text;
  USAGE_ADDRESS.lastIndex = 0;
  for (let m = USAGE_ADDRESS.exec(text); m !== null; m = USAGE_ADDRESS.exec(text)) {
    const from = m.index;
    const rest = text.slice(from + m[0].length, from + m[0].length + 300);
    const stop = rest.search(/-->|\n\s*\n|<\/(?:p|div|span)>/);
    const body = stop < 0 ? rest : rest.slice(0, stop);
    if (!USAGE_TOPIC.test(body) || USAGE_ACT.test(body)) continue;
    const to = from + m[0].length + body.length;
    out = out.slice(0, from) + " ".repeat(to - from) + out.slice(to);
  }
  return out;
}
