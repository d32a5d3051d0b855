/**
 * Round 25's false positives on tool definitions, judged where the distinction holds:
 * - "internal notes that the customer will not see": a product's visibility rule for a kind of
 *   content (staff-only notes), stated as a fact and ending the sentence, is not an order to hide
 *   something from the user;
 * - "カード番号を尋ねないでください": in verb-final languages (Japanese, Korean) the negation of a
 *   note's risky act comes after it, so "do not ask for the card number" must not read as asking.
 */

/** A staff-only kind of content, then "that/which" (the relative clause about who sees it). */
const STAFF_CONTENT = new RegExp(
  String
    .raw`\b(?:internal|private|staff(?:[\s-]only)?|agent(?:[\s-]only)?|admin(?:[\s-]only)?|team(?:[\s-]only)?)\s(?:notes?|comments?|replies|messages?|annotations?|remarks?)\s(?:that|which)?\s{0,2}$`,
  "i",
);
/** The match is only "the customer will not see" (visibility), not "must not know". */
const SEES_NOT = /^(?:the\s)?\w{1,20}\s(?:will|would|can|does|do)(?:\s?not|n't)\s(?:ever\s)?see$/i;
/** The sentence ends after "see": nothing is done with what the user does not see. */
const ENDS = /^\s{0,3}(?:[.;)\n]|$)/;

/**
 * True when an injection "conceal from the user" match at `[start, end)` describes who sees a
 * staff-only kind of content ("Use `note` for internal notes that the customer will not see.").
 */
export function staffOnlyContent(text: string, start: number, end: number): boolean {
  return SEES_NOT.test(text.slice(start, end).replace(/\s+/g, " ")) &&
    STAFF_CONTENT.test(text.slice(Math.max(0, start - 60), start)) &&
    ENDS.test(text.slice(end, end + 8));
}

/**
 * A negative imperative of asking, requesting, entering or storing, right after the risky object
 * in the same clause (no comma or full stop between): 尋ねないで, 聞かないでください, 묻지 마세요.
 */
const NEGATED_AFTER = new RegExp(
  String
    .raw`^[^、。，,.\n]{0,24}?(?:(?:尋ね|訊ね|聞か|訊か|求め|要求し|入力させ|入力を求め|保存し|記録し|保管し|送信し|共有し|受け取ら|取得し)(?:ないで|ないこと|てはいけません|ては(?:なり|いけ)ません)|(?:尋ね|聞き|求め)ません|(?:묻|요청하|요구하|물어보|입력받|저장하|받)지\s?(?:마|말|않))`,
  "u",
);

/** True when the risk word ending at `end` of `note` is the object of a negated request. */
export function negatedAfter(note: string, end: number): boolean {
  return NEGATED_AFTER.test(note.slice(end, end + 40));
}
