/**
 * Round 26a false-positive test for the address rules (their `accept` hook): a helpdesk macro or
 * internal note that calls the support agent "Agent," is written for human staff.
 *
 * "Internal note (macro "Lost parcel"): Agent, check the carrier tracking first … issue a refund to
 * the original payment method only" is a playbook step; the injection in the same dress names where
 * the money, data or access goes ("… refund to card 4111 …", "… send the reset link to x@evil.io"),
 * so a target in the note keeps the address. Only the bare role word "agent" is relaxed: "Assistant,"
 * or "Claude," in a staff note still speaks to the model.
 * No import from the rule files: they import this one.
 */

/** The role word alone: "Agent," or "Agents," (not "assistant", "model", "AI agent"). */
const BARE_AGENT = /^[\s:\n]{0,4}agents?\s{0,2},/i;
/** A staff note's label opening the line before the address. */
const STAFF_LABEL =
  /\b(?:(?:internal|private|staff|agent|team)\s{1,3}(?:note|comment|memo)|macros?|canned\s{1,3}(?:response|reply)|playbook|runbook|SOP)\b/i;
/** Where an act would go, or what it would move: an address, link, account or card, or a secret. */
const TARGET =
  /[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{2,30}|https?:\/\/|www\.|\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3}|\d(?:[\s-]?\d){7,}|passw|token|api[-_ ]?keys?|secret|credential|ssh|(?:bitcoin|btc|eth|crypto)\b|gift\s{1,3}cards?/i;

/**
 * The address at `start..end` is a bare "Agent," opening a helpdesk macro or internal note for
 * staff, and the note names no target for an act: a playbook, not an order to the model.
 */
export function staffMacro(view: string, start: number, end: number): boolean {
  if (!BARE_AGENT.test(view.slice(start, end))) return false;
  const lineStart = view.lastIndexOf("\n", start - 1) + 1;
  if (start - lineStart > 120 || !STAFF_LABEL.test(view.slice(lineStart, start))) return false;
  const rest = view.slice(end, end + 600);
  const stop = rest.search(/\n\s{0,4}\n/);
  return !TARGET.test(stop < 0 ? rest : rest.slice(0, stop));
}
