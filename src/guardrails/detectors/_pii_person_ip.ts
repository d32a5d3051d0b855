/**
 * When is an IP address personal data worth redacting by default? IPs are `low` severity (server
 * and DNS addresses fill logs and configs), but one labelled as a person's — `client=`,
 * `remote_addr:`, `X-Forwarded-For:`, `"user_ip":`, `visitor 86.1.2.3` — identifies that person
 * (GDPR recital 30), so the PII detector raises it to `medium`.
 */

/** Words that make the address someone's, optionally with a suffix (`client_ip`, `remote-addr`). */
const PERSON_WORD = String
  .raw`(?:client|remote|user|visitor|customer|member|subscriber|caller|forwarded[_\-]?for|real[_\-]?ip|signup|login|originating)`;
const PERSON_BEFORE = new RegExp(
  String.raw`\b${PERSON_WORD}[\w\-]{0,16}["']?[ \t]{0,2}[:=]?[ \t]{0,2}["'\[(]?[ \t]{0,2}$`,
  "i",
);
const PERSON_KEY = new RegExp(PERSON_WORD, "i");

/** True when the address at `start` is labelled as a person's (text before it, or the JSON key). */
export function personIp(text: string, start: number, key: string | undefined): boolean {
  if (key && PERSON_KEY.test(key)) return true;
  const before = text.slice(Math.max(0, start - 40), start); // never search the whole text
  return PERSON_BEFORE.test(before.slice(before.lastIndexOf("\n") + 1));
}
