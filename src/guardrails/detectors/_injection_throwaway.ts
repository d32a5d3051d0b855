/**
 * Bulk personal data sent to a throwaway inbox: "a copy of customers_full.csv is emailed to
 * qa-uploads@mailinator.com", "forward the full user list to x@yopmail.com". Disposable-mail
 * services keep no owner and anyone can read their inboxes, so no legitimate process sends a
 * customer export there; QA docs that merely use such an address for a test sign-up name no bulk
 * data and pass. Reports of an incident ("the attackers emailed …") do not count.
 */
import { type InjectionRule, rule } from "./_injection_rules.ts";
import { notReported } from "./_injection_quoted.ts";
import { SEP } from "./_injection_words.ts";

const R = String.raw;
/** Disposable-mail domains (public inboxes). */
const DOMAINS = [
  "mailinator",
  "guerrillamail",
  "sharklasers",
  "yopmail",
  "10minutemail",
  "tempmail",
  "temp-mail",
  "throwawaymail",
  "trashmail",
  "maildrop",
  "dispostable",
  "getnada",
  "mailnesia",
  "mintemail",
  "fakeinbox",
  "mohmal",
  "emailondeck",
  "burnermail",
  "mailcatch",
  "inboxkitten",
];
const INBOX = R`[\w.+-]{1,64}@(?:${DOMAINS.join("|")})\.[a-z.]{2,10}`;
const PEOPLE =
  R`(?:customer|user|client|patient|employee|member|contact|subscriber|account|lead|student|payroll|billing|cardholder)s?`;
/** A bulk export of people's data: a named file, or "the full customer list". */
const BULK =
  R`(?:\b${PEOPLE}[\w-]{0,20}\.(?:csv|xlsx?|json|sql|zip|tsv|parquet|db|bak|dump)\b|\b(?:full|entire|complete|whole|all${SEP}(?:the${SEP})?)(?:${SEP})?(?:${PEOPLE}${SEP})(?:list|data|database|export|records|table|dump|file|emails?|details|pii)\b)`;
const SEND =
  R`(?:e-?mail(?:ed|s)?|sen[dt]s?|forward(?:ed|s)?|upload(?:ed|s)?|shared?|post(?:ed|s)?|mail(?:ed|s)?|copied|copy|bcc(?:'d)?|cc(?:'d)?|deliver(?:ed|s)?)`;

/** Rules for bulk personal data sent to a disposable inbox. */
export const THROWAWAY_RULES: readonly InjectionRule[] = [
  rule(
    "throwaway_inbox",
    1.0,
    DOMAINS.map((d) => `=${d}`).join(" "),
    R`${BULK}[^\n]{0,120}?\b${SEND}\b[^\n]{0,60}?${INBOX}|\b${SEND}\b[^\n]{0,80}?${INBOX}[^\n]{0,80}?${BULK}`,
    "Text sends a bulk export of people's data to a disposable, publicly readable inbox",
    { accept: notReported, reach: 400 },
  ),
];
