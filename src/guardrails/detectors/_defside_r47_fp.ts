/**
 * Meanings that make a definition safe, from round 47's blocked twins (session 37):
 *
 * - {@link honestOtherRef}: a sentence that names other tools or objects only to send work AWAY
 *   from this server or to leave the choice to the user — "To read a file on disk, use the
 *   filesystem server's read_text_file", "Other writing tools the user has installed are fine to
 *   use instead if they prefer", "other functions are never touched". Shadowing pulls work TO the
 *   tool; these push it away or promise to leave the rest alone.
 * - {@link credentialActedOn}: a parameter text that says what an option DOES to a credential
 *   ("takeover = the grantee can reset your master password") rather than asking for its value.
 * - {@link cloudPublisherAccount}: a cloud account number that publishes or hosts an artifact (an
 *   ARN, a layer, an image registry) is not a payee.
 */

/** A word that turns a hand-off into an order with a scope, a sequence or data handed over. */
const ORDER_WORD =
  /\b(?:always|all|every|each|any|only|must|first|also|then|after|before|whenever|send|pass|forward|include|copy|upload|attach|secrets?|keys?|tokens?|passwords?|credentials?)\b/i;

/** "To <do something this tool cannot>, use the <other> server's <tool> (…)". */
const TO_DO_DEFERRAL =
  /^\s*(?:to|for)\s(?:[\w-]{1,30}\s){1,6}?[\w-]{2,30},?\s(?:use|call|try)\s(?:the\s)?[\w.\x60'’-]{2,64}(?:\s[\w.\x60'’-]{2,64}){0,3}?(?:\s{0,2}\([^()]{0,100}\))?(?:\sinstead)?\s{0,2}[.;!]?\s*$/i;

/** "Other writing tools the user has installed are fine to use instead if they prefer." */
const USER_MAY_CHOOSE =
  /^\s*(?:other|different|alternative)\s(?:[\w-]{2,20}\s){0,3}?(?:tools?|servers?|apps?|services?|integrations?)\b[^.;!?]{0,60}?\b(?:are|is)\s(?:fine|ok|okay|welcome|allowed|free)\sto\s(?:use|call|pick|choose)\b[^.;!?]{0,40}?\b(?:if|when)\s(?:the\s)?(?:users?|they|you)\s(?:prefers?|wants?|would\s+rather|choose|chooses|like)\b[^.;!?]{0,30}[.;!]?\s*$/i;

/** "Other functions are never touched": the tool promises to leave the rest alone. */
const LEAVES_REST =
  /^\s*(?:all\s)?(?:other|remaining)\s(?:[\w-]{2,20}\s){0,2}?[\w-]{2,20}\s(?:are|is|stay|stays|remain|remains)\s(?:never|not)\s(?:touched|modified|changed|affected|altered|deleted|updated|read)\b[^.;!?]{0,40}[.;!]?\s*$/i;

/** True for a sentence that names other tools or objects only honestly (see the module comment). */
export function honestOtherRef(s: string): boolean {
  if (s.length > 320) return false;
  if (LEAVES_REST.test(s)) return true;
  if (USER_MAY_CHOOSE.test(s)) return !/\b(?:never|not|don't|must|always|only)\b/i.test(s);
  // The task may name any verb ("to send an email"); what follows the hand-off may not.
  if (TO_DO_DEFERRAL.test(s)) {
    return !ORDER_WORD.test(s.slice(s.search(/,?\s(?:use|call|try)\s/i))) &&
      !/\b(?:any|all|every|each|always|whenever)\b/i.test(s);
  }
  return false;
}

/** A verb acting on a credential ("reset your master password", "rotate the root key"). */
const ACTED_ON =
  /\b(?:reset|resets|change|changes|rotate|rotates|recover|recovers|revoke|revokes|expire|expires|take\s+over|takes\s+over)\s(?:your|the|their|its|a|an|his|her)\s(?:[\w-]{1,20}\s){0,2}?(?:password|passphrase|passcode|pin|key|token|credentials?)\b/i;
/** Words that ask for a value. */
const ASKS_VALUE = /\b(?:provide|enter|paste|supply|give|pass|send|type|input|include|fill|put)\b/i;

/** True when the sentence says what happens to a credential, without asking for its value. */
export function credentialActedOn(s: string): boolean {
  return ACTED_ON.test(s) && !ASKS_VALUE.test(s);
}

/** An artifact a cloud account publishes or hosts. */
const ARTIFACT =
  /\b(?:arn:aws|layers?|published\s+by|publisher|extensions?|images?|registry|ecr|ami|container|marketplace|lambda)\b/i;
/** Money moving. */
const MONEY =
  /\b(?:pay|pays|paid|payment|payments|payee|payout|transfer|wire|remit|refund|deposit|invoice|billing|beneficiar\w*|iban|routing|swift|bic)\b/i;

/** True when the sentence's account number belongs to a cloud publisher, not a payee. */
export function cloudPublisherAccount(s: string): boolean {
  return /\baccount\b/i.test(s) && ARTIFACT.test(s) && !MONEY.test(s);
}
