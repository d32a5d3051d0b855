/**
 * Round 24 false-positive tests shared by older injection rules (their `accept` hooks): what makes
 * a text a record or a policy for people rather than an order to the model.
 *
 * - `push_files`, `send_email`: a snake_case tool name is a name, not "push files" said to anyone.
 * - "password reset email sent to yusuf@…", "email sent to …": a noun and its participle, as a log
 *   line records what happened; "send the reset email to …" is the order.
 * - "Agents can approve refunds up to €100 without approval": staff's delegated authority, capped
 *   by an amount; "approve it without asking the user" waives the user's consent.
 * No import from the rule files: they import this one.
 */

/** The match is one snake_case identifier (a tool or function name). */
export const identifierName = (view: string, start: number, end: number): boolean =>
  /^[A-Za-z0-9]{1,40}_[A-Za-z0-9_]{1,60}$/.test(view.slice(start, end));

/**
 * "email sent to", "mail forwarded to", "report delivered to": the sending word is a noun whose
 * participle follows it, so the text tells what was done, not what to do.
 */
const NOUN_SENT =
  /^(?:e-?mail|mail|post|report|copy|upload)s?\s{1,3}(?:(?:was|were|has\s{1,3}been|have\s{1,3}been)\s{1,3})?(?:sent|forwarded|delivered|relayed|posted|shared|uploaded|bounced|queued)\s{1,3}(?:to|via|at)\b/i;
/** The sending word at `start` is a noun followed by its participle (see {@link NOUN_SENT}). */
export const sentNoun = (view: string, start: number): boolean =>
  NOUN_SENT.test(view.slice(start, start + 60));

/** A log record's head: an ISO date-time or a clock time, or a level, opening the line. */
const LOG_HEAD =
  /^[ \t]{0,4}(?:\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}|\[?\d{2}:\d{2}:\d{2}\b|\[?(?:INFO|WARN|WARNING|ERROR|DEBUG|NOTICE|TRACE)\]?[ \t:])/;
/** Noun then participle with nothing between: "reset email sent to", not "must be sent to". */
const REDUCED_PASSIVE =
  /\b(?:e-?mails?|codes?|messages?|sms|texts?|links?)\s{1,3}(?:forwarded|sent|copied|redirected|relayed)\s{1,3}to\b/i;

/**
 * The match is an event a log line records ("… INFO password reset email sent to x@corp"): the
 * line opens like a log record and the act is a reduced passive, with no duty or plan in it.
 */
export function loggedEvent(view: string, start: number, end: number): boolean {
  const lineStart = view.lastIndexOf("\n", start - 1) + 1;
  if (start - lineStart > 200 || !LOG_HEAD.test(view.slice(lineStart, lineStart + 40))) {
    return false;
  }
  return REDUCED_PASSIVE.test(view.slice(start, end));
}

/** A permission with an amount cap: "can approve refunds up to €100", "may issue credits under $50". */
const AUTHORITY =
  /\b(?:can|may|(?:is|are)\s{1,3}(?:allowed|authori[sz]ed|permitted|empowered)\s{1,3}to)\s{1,3}(?:approve|issue|grant|refund|sign|process|accept|waive)\b[^.!?\n]{0,60}?\b(?:up\s{1,3}to|under|below|less\s{1,3}than|at\s{1,3}most|not\s{1,3}exceeding)\s{1,3}(?:[€$£¥]\s?\d|\d[\d,.]{0,12}\s?(?:€|\$|£|eur\b|usd\b|gbp\b|euros?\b|dollars?\b))/i;
/** Whose approval is skipped: a colleague's (or none named), not the user's. */
const STAFF_APPROVAL =
  /\bwithout\s{1,3}(?:(?:further|prior|additional|any|a|the|manager|supervisor|team[- ]lead|lead)\s{1,3}){0,2}(?:approval|sign-?off)\b(?!\s{1,3}(?:from|of|by)\s{1,3}(?:the\s{1,3})?(?:user|customer|human|owner|you)\b)/i;
/** The model or its user in the sentence: then the permission is the model's to skip a consent. */
const MODEL_OR_USER = /\b(?:you|your|ai|assistants?|models?|llms?|bots?|users?)\b/i;

/**
 * "Agents can approve refunds up to €100 without approval": a delegated-authority limit stated
 * for staff, not the model told to skip someone's consent.
 */
export function authorityLimit(view: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < 200 && !/[.!?\n]/.test(view[from - 1])) from--;
  const sentence = view.slice(from, Math.min(view.length, end + 40));
  const upTo = view.slice(from, end);
  return AUTHORITY.test(upTo) && STAFF_APPROVAL.test(sentence) && !MODEL_OR_USER.test(upTo);
}

/** Role words that make "user" an account: "the integration user", "a read-only DB user". */
const ACCOUNT_ROLE =
  /\b(?:integration|service|api|system|technical|database|db|sql|guest|anonymous|read-?only|bot|machine|sandbox|test|root|ftp|sftp|ssh|iam|application|app|run-?as|proxy|replication)[\s_-]{1,3}(?:the[\s_-]{1,3})?$/i;
/**
 * "fields the integration user cannot see are omitted": the user named is an account whose
 * permissions the text describes, not the person the model serves.
 */
export const accountUser = (view: string, start: number): boolean =>
  ACCOUNT_ROLE.test(view.slice(Math.max(0, start - 30), start));
