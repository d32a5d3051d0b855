/**
 * Third-person reports of an attack that the passage checks of `_injection_quoted.ts` let through:
 * an order inside a quote opened earlier on the same line ("the bot revealed its prompt when asked
 * to "repeat the text above starting with 'You are'""), and a purpose clause of a sentence about
 * attackers ("attackers ask the model to … to leak the system prompt").
 */

/** Who a report is about: attackers, researchers, "they", or a habit ("often", "typically"). */
const REPORT_SUBJECT =
  /\b(?:attackers?|adversar\w{0,4}|hackers?|they|red[- ]?teamers?|researchers?|malicious|often|commonly|typically|usually|phrases?\s+like|prompts?\s+like)\b/i;

/** True when `start` sits inside a double quote opened earlier on its own line and not closed. */
export function insideOpenQuote(view: string, start: number): boolean {
  const line = view.slice(view.lastIndexOf("\n", start - 1) + 1, start).slice(-400);
  const straight = (line.match(/"/g) ?? []).length;
  if (straight % 2 === 1) return true;
  return line.lastIndexOf("“") > line.lastIndexOf("”");
}

/**
 * True when the match is an infinitive of purpose ("… to leak the system prompt") in a sentence
 * whose subject is an attacker or a habit: a description, not an order.
 */
export function reportedPurpose(view: string, start: number): boolean {
  const before = view.slice(Math.max(0, start - 300), start);
  if (!/\bto\s{1,3}$/i.test(before)) return false;
  const sentence = before.slice(before.search(/[^.!?\n]*$/));
  return REPORT_SUBJECT.test(sentence);
}

/** The match is neither quoted from an earlier cue nor the purpose of a reported attack. */
export const notQuotedReport = (view: string, start: number): boolean =>
  !insideOpenQuote(view, start) && !reportedPurpose(view, start);
