/**
 * Who receives a declared side effect (`_defside.ts`): a fixed party written into the definition
 * — a mail address, URL host, bucket, cloud account, quoted login, client id, bank account, IBAN,
 * wallet, phone or bare host — and whether it is outside. Outside by itself: a consumer, regional,
 * drop or odd-TLD domain, a public IP, a name that says it is an outsider's
 * (./_handover_core.ts `outsiderName`), ./_ctlplane_core.ts `isOutside`. Any other domain the
 * definition does not show as its own counts only when the sentence marks the effect as an extra
 * ("also", "as well", "for backup", "partner") or the text is hidden (`_meta`, annotations). The
 * user's own, the account on file and examples ("e.g.", "such as") pass.
 */
import { isOutside } from "./_ctlplane_core.ts";
import { outsiderName } from "./_handover_core.ts";
import { identifierWords } from "./_definition_grammar.ts";

/** A party the user chooses or owns, written just before it ("your own address", "on file"). */
const OWN_BEFORE =
  /\b(?:e-?mail|contact|write\s{1,3}to|reach|ping|message)\s{1,3}(?:me|us)\b[^.;]{0,40}$|(?:\be\.g\.|\bi\.e\.|\bz\.\s?b\.|\bp\.\s?ej\.|\bfor\s{1,3}example|\bsuch\s{1,3}as|\bpar\s{1,3}exemple|\bpor\s{1,3}ejemplo|\bad\s{1,3}esempio|\bzum\s{1,3}beispiel)[^;]{0,90}$|\b(?:our|your|own|users?'s?|caller'?s|requester'?s|customer'?s|eg|example|examples|such\s{1,3}as|like|for\s{1,3}instance|format|pattern|placeholder|par\s{1,3}exemple|ad\s{1,3}esempio|por\s{1,3}ejemplo|beispielsweise)\b[^.;]{0,30}$|(?:例如|比如|例えば|예를\s?들어|예:)[^。；]{0,30}$/i;
/** Words right after a party that hand it to the user ("s3://… given in `dest`"). */
const OWN_AFTER =
  /^\S{0,40}\s{1,3}(?:given|provided|chosen|specified|configured|set)\s{1,3}(?:in|by|via|from)\b|^\S{0,40}\s{1,3}(?:you|the\s{1,3}user)\s{1,3}(?:give|provide|choose|specify|configure|set)/i;
/** A domain that names itself as the user's own ("tienda-propia.es"). */
const OWN_DOMAIN =
  /(?:^|[.-])(?:own|my|our|internal|intranet|corp|hq|propi[ao]|propre|eigene?|nostr[ao]|nuestr[ao])(?:[.-]|$)/i;
/** Example and reserved names (RFC 2606 / 6761). */
const EXAMPLE_HOST =
  /(?:^|\.)(?:example|test|invalid|localhost|local|internal|lan|corp|intranet)$|(?:^|\.)example\.[a-z]{2,3}(?:\.[a-z]{2})?$/i;
/** A bare org base used so that a host the definition does not name twice counts as outside. */
const ORG_PROBE = "\nhttps://own.invalid";

const EMAIL_G = /\b([\w.+-]{1,64}@[a-z0-9][\w-]{0,62}(?:\.[\w-]{1,63}){1,5})/gi;
const URL_G = /\b(?:https?|s3|gs|az|wasbs?|abfss?|sftp|ftp|ssh|git|rsync):\/\/([\w.-]{1,120})/gi;
const ACCOUNT_G =
  /\b(?:aws\s{1,3})?(?:account|tenant|subscription|project|org(?:anization)?)(?:\s{1,3}id)?[\s:#=]{1,4}["'`]?(\d{12}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b|\barn:aws:iam::(\d{12}):/gi;
const LOGIN_G =
  /\b(?:user(?:name)?|login|collaborator|member|account|principal|app|application|client(?:\s{1,3}id)?|group|team|bot|service\s{1,3}account|handle|identity|consumer|delegate|guest)\s{1,3}(?:id\s{1,3})?(?:named\s{1,3}|called\s{1,3})?["'`‘“]([\w.@\[\]-]{3,60})["'`’”]|\bclient\s{1,3}id\s{1,3}([\w-]{8,60})/gi;
const MONEY_G =
  /\b([A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?)\b|\b(0x[a-fA-F0-9]{40}|bc1[a-z0-9]{20,60}|T[1-9A-HJ-NP-Za-km-z]{33})\b|\b(acct_[A-Za-z0-9]{6,40})\b|\b(?:account(?:\s{1,3}(?:number|no\.?|#))?|acct|routing(?:\s{1,3}number)?|sort\s{1,3}code|bsb|aba|swift|bic|iban|paypal)[\s:#=]{1,4}["'`]?([A-Z0-9][\w-]{5,34})\b/g;
const HOST_G =
  /(?<![\w./@-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,5}(?:com|net|org|io|co|ru|cn|xyz|top|biz|info|me|cc|tk|su|app|dev|cloud|site|online|de|uk|fr|nl|pw|ws))\b(?![.-]\w)/gi;

/** A fixed party of `kind` written in `text`, outside of what `view` (the whole definition) shows as the organisation's own. */
export function fixedParty(
  text: string,
  view: string,
  kind: "any" | "money" | "host",
  loose = true,
  bare = loose,
): string | undefined {
  const ok = (m: RegExpMatchArray): boolean =>
    !OWN_BEFORE.test(text.slice(Math.max(0, m.index! - 60), m.index).replaceAll("\u2024", ".")) &&
    !OWN_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 50));
  if (kind === "money") {
    for (const m of text.matchAll(MONEY_G)) {
      const v = m.slice(1).find((x) => x !== undefined)!;
      if (!/\d/.test(v) || !ok(m)) continue;
      return v;
    }
    for (const m of text.matchAll(EMAIL_G)) {
      if (ok(m) && mailOutside(m[1], view, loose)) return m[1];
    }
    return undefined;
  }
  for (const m of text.matchAll(EMAIL_G)) {
    if (ok(m) && mailOutside(m[1], view, loose)) return m[1];
  }
  for (const m of text.matchAll(URL_G)) {
    const h = m[1].toLowerCase();
    // A markdown link is a reference, not a destination.
    if (!ok(m) || EXAMPLE_HOST.test(h) || text.slice(Math.max(0, m.index! - 2), m.index) === "](") {
      continue;
    }
    if (BUCKET_SCHEME.test(m[0]) || hostOutside(h, view, loose)) return h;
  }
  for (const m of text.matchAll(IP_G)) if (ok(m) && hostOutside(m[1], view, loose)) return m[1];
  if (kind === "host" || bare) {
    for (const m of text.matchAll(HOST_G)) {
      if (ok(m) && !m[1].includes("@") && hostOutside(m[1].toLowerCase(), view, loose)) {
        return m[1];
      }
    }
    if (kind === "host") return undefined;
  }
  if (loose) { for (const m of text.matchAll(PHONE_G)) if (ok(m)) return m[1]; }
  for (const m of text.matchAll(ACCOUNT_G)) if (ok(m)) return m[1] ?? m[2];
  for (const m of text.matchAll(LOGIN_G)) {
    const v = m[1] ?? m[2];
    if (ok(m) && !/^(?:me|self|you|user|admin|owner|none|null|string|id)$/i.test(v)) return v;
  }
  if (ROLEISH.test(text)) {
    for (const m of text.matchAll(QUOTED_G)) if (ok(m) && outsiderName(m[1])) return m[1];
  }
  return undefined;
}

/** Words of a grant, near a quoted login that reads as an outsider's ('vendor-support'). */
const ROLEISH =
  /\b(?:owners?|admins?|administrators?|editors?|collaborators?|members?|maintainers?|delegates?|access|rights|permissions?|roles?|ownership)\b/i;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const PRIVATE_IP = /^(?:10\.|127\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|169\.254\.|0\.)/;
const IP_G =
  /\b(?:gateway|proxy|server|host|ip|address|endpoint|via|at|to|peer|relay|resolver)\s{1,3}(?:ip\s{1,3})?(\d{1,3}(?:\.\d{1,3}){3})(?!\d|\.\d)/gi;
const PHONE_G = /(?<![\w+])(\+\d{1,3}[\s-]?\(?\d{1,4}\)?(?:[\s-]?\d{2,4}){2,3})(?!\d)/g;
const BUCKET_SCHEME = /^(?:s3|gs|az|wasbs?|abfss?):/i;
const VALID_HOST = /^[a-z0-9](?:[a-z0-9-]{0,62}\.){1,6}[a-z]{2,24}$/;
/** Regional consumer mail providers (beside the ones `isOutside` knows). */
const REGIONAL_MAIL =
  /^(?:libero\.it|virgilio\.it|tiscali\.it|naver\.com|daum\.net|hanmail\.net|bol\.com\.br|uol\.com\.br|terra\.com\.br|laposte\.net|orange\.fr|wanadoo\.fr|free\.fr|sfr\.fr|t-online\.de|web\.de|freenet\.de|seznam\.cz|wp\.pl|onet\.pl|interia\.pl|o2\.pl|rediffmail\.com|sina\.com|sina\.cn|sohu\.com|yeah\.net|aliyun\.com|foxmail\.com|rambler\.ru|ukr\.net|abv\.bg|yahoo\.co\.\w{2}|hotmail\.\w{2,3}|live\.\w{2,3}|outlook\.\w{2,3}|gmx\.\w{2,3}|mail\.ru|bk\.ru|inbox\.ru|list\.ru|yandex\.\w{2,3})$/;

/** Top-level domains a business rarely runs its own services on. */
const ODD_TLD = /\.(?:xyz|top|ru|su|tk|ml|ga|cf|gq|pw|ws|cc|click|icu|buzz|rest|cn|onion)$/;

/**
 * True when a mail address is outside: a consumer or drop domain, an outsider's name, or (loose,
 * a sentence that marks the effect as an extra) any domain the definition does not show as its own.
 */
function mailOutside(addr: string, view: string, loose: boolean): boolean {
  const host = addr.slice(addr.indexOf("@") + 1).toLowerCase();
  if (!VALID_HOST.test(host) || EXAMPLE_HOST.test(host) || OWN_DOMAIN.test(host)) return false;
  if (
    REGIONAL_MAIL.test(host) || isOutside("", addr, "mail") || outsiderName(addr.split("@")[0]) ||
    ODD_TLD.test(host)
  ) {
    return true;
  }
  return loose && isOutside(view + ORG_PROBE, addr, "mail");
}

function hostOutside(h: string, view: string, loose: boolean): boolean {
  if (IPV4.test(h)) return !PRIVATE_IP.test(h);
  if (!VALID_HOST.test(h) || EXAMPLE_HOST.test(h)) return false;
  if (isOutside("", h, "host") || outsiderName(h) || ODD_TLD.test(h)) return true;
  return loose && isOutside(view + ORG_PROBE, h, "host");
}

/** Addresses and URLs, left out when the words around them are read ("vendor" in a host name). */
export const ADDRESS_G = /\S{1,80}@\S{1,80}|\b[a-z][\w+.-]{0,10}:\/\/\S{1,200}/gi;

/** Words that mark an effect as an extra on top of the job ("also", "as well", "for backup"). */
export const EXTRA =
  /\b(?:(?:to|for|in|on|across)\s{1,3}(?:all|every|each)|by\s{1,3}default|conventions?|also|additionally|as\s{1,3}well|automatically|always|in\s{1,3}addition|silently|quietly|to\s{1,3}(?:avoid|reduce|speed|simplify|prevent)|for\s{1,3}(?:compatibility|convenience|speed|performance|faster\s{1,3}\w{1,12}|simplicity|backup|retention|compliance|safekeeping|analytics|audit(?:ing)?|recovery|disaster\s{1,3}recovery|archiv\w{0,4}|record[-\s]?keeping|monitoring|redundancy|continuity)|zusätzlich|außerdem|además|también|également|aussi|inoltre|anche|partners?|vendors?|third[\s-]part(?:y|ies)|external|contractors?|consultants?|outside)\b|同时|并且|还会|さらに|同時に|すべて|также/i;

const QUOTED_G = /["'`‘“]([\w.@-]{3,60})["'`’”]/g;

/** Fields whose value is where data, access or control goes. */
const DEST_NAME =
  /^(?:\w{1,12}\s)?(?:webhook|callback|forward|forwarding|cc|bcc|recipient|notify|notification|mirror|replica|replicate|backup|destination|dest|upload|export|share|sync|collector|sink|report|send|deliver|grantee|principal|member|collaborator|delegate|owner|admin|mx|nameservers?|ns|payout|payee|beneficiary|settlement|refund|deposit)(?:\s(?:to|url|uri|endpoint|host|address|addresses|email|mailbox|target|bucket|account|with|principal|server|servers|records?|iban|wallet))?$/;

/** A field text that leaves the value to the user ("defaults to …; the user may remove it"). */
const USER_MAY = /\b(?:defaults?|user|you|remove|change|override|edit|replace|optional|unless)\b/i;

/** A field (at any depth) whose `default` or `const` fixes where data, access or money goes. */
export function fixedDestination(
  schema: unknown,
  path: string,
  view: string,
  depth = 0,
): { path: string; name: string; party: string } | undefined {
  const props = (schema as { properties?: unknown } | undefined)?.properties;
  if (!props || typeof props !== "object" || depth > 4) return undefined;
  for (const [name, p] of Object.entries(props as Record<string, unknown>).slice(0, 100)) {
    if (!p || typeof p !== "object") continue;
    const s = p as Record<string, unknown>;
    const where = `${path}.properties.${name}`;
    const words = identifierWords(name).join(" ");
    const says = typeof s.description === "string" ? s.description : "";
    const v = "const" in s ? s.const : s.default;
    const label = typeof s.description === "string" && s.description.length < 40
      ? identifierWords(s.description.replace(/[.:]+$/, "")).join(" ").toLowerCase()
      : "";
    if (
      (DEST_NAME.test(words) || DEST_NAME.test(label)) && !USER_MAY.test(says) &&
      (typeof v === "string" || Array.isArray(v))
    ) {
      const text = (Array.isArray(v) ? v.slice(0, 10) : [v]).filter((x) => typeof x === "string")
        .join(" ");
      const party = fixedParty(text, view, "any") ?? fixedParty(text, view, "money") ??
        (/^(?:mx|nameservers?|ns)\b/.test(words) ? fixedParty(text, view, "host") : undefined);
      if (party !== undefined) return { path: where, name, party };
    }
    const sub = fixedDestination(s, where, view, depth + 1);
    if (sub) return sub;
  }
  return undefined;
}
