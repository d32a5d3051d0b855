/**
 * Credential phishing through a browser agent: the agent is steered to a page whose host is not
 * the service's own and types or submits the user's credentials, one-time codes, recovery codes or
 * card data there (MITRE ATT&CK T1566.002 / T1056.003; Evilginx and other AiTM kits; the dnstwist
 * look-alike techniques: homoglyphs, digit swaps, typos, added words, hyphens, sub-domain and
 * user-info tricks, punycode), or enters a device code it was handed by a message (Microsoft
 * "device code phishing", Storm-2372).
 */
import { domainToUnicode } from "node:url";
import { skeleton } from "../text/confusables.ts";
import {
  BROWSER_CTX,
  BROWSER_LITS,
  type BrowserRule,
  isServiceHost,
  lookAlike,
  lookAlikeHost,
  r,
  SECRET_FIELD,
  secretToOtherHost,
} from "./_browser_core.ts";

/** Hosts with a punycode label in a URL (bounded). */
const XN_HOST_G =
  /\b(?:https?|wss?):\/\/(?:[^\s\/@"'<>]{1,120}@)?((?:[\w-]{1,63}\.){0,6}xn--[a-z0-9-]{1,59}(?:\.[\w-]{1,63}){0,6})/gi;
/** Letters of scripts that hold look-alikes of Latin letters. */
const LOOKALIKE_SCRIPT =
  /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Cherokee}]/u;

/**
 * A punycode host that is a homograph: a label mixing Latin letters with Cyrillic, Greek or
 * Armenian ones; a label of those scripts that reads as Latin letters (`аррӏе`); or a host that,
 * with its look-alikes and accents folded, is a well-known service's domain or a look-alike of it.
 * Ordinary international names (`münchen.de`, `bücher.example`, `中国.cn`, `россия.рф`) pass; an
 * undecodable label counts.
 */
export function homographHost(view: string): boolean {
  let n = 0;
  for (const m of view.matchAll(XN_HOST_G)) {
    if (++n > 8) break;
    const ascii = m[1].toLowerCase();
    const u = domainToUnicode(ascii);
    if (!u) return true;
    for (const label of u.split(".")) {
      if (/^[ -~]*$/.test(label)) continue;
      const other = LOOKALIKE_SCRIPT.test(label);
      if (other && /\p{Script=Latin}/u.test(label)) return true;
      if (other && /^[a-z0-9-]+$/i.test(skeleton(label))) return true;
    }
    const folded = skeleton(u).normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    if (
      folded !== u && /^[ -~]+$/.test(folded) && (isServiceHost(folded) || lookAlike(folded))
    ) {
      return true;
    }
  }
  return false;
}

const TLD_AT = [
  ".com@",
  ".net@",
  ".org@",
  ".io@",
  ".gov@",
  ".edu@",
  ".co@",
  ".us@",
  ".uk@",
  ":443@",
  ":80@",
];

export const BROWSER_PHISH_RULES: readonly BrowserRule[] = [
  {
    id: "phish.userinfo_host",
    lit: TLD_AT,
    re: new RegExp(
      r`\b(?:https?|wss?):\/\/[\w.-]{1,80}\.(?:com|net|org|io|gov|edu|co|us|uk)(?::[^\s@\/"']{0,40})?@[a-z0-9][\w.-]{0,100}\.(?:[a-z]{2,24}|\d{1,3})`,
      "i",
    ),
    why:
      "opens a URL whose user-info part imitates a service's host: the page is really served by the host after the '@' (a phishing page)",
  },
  {
    id: "phish.punycode_host",
    lit: "xn--",
    re: /\b(?:https?|wss?):\/\/(?:[^\s\/@"'<>]{1,120}@)?(?:[\w-]{1,63}\.){0,6}xn--[a-z0-9-]{1,59}/i,
    also: BROWSER_CTX,
    check: homographHost,
    why:
      "opens a page on a punycode host that is a homograph (look-alike letters of another script, or a service's domain spelled with them)",
  },
  {
    id: "phish.lookalike_host",
    lit: BROWSER_LITS,
    re: BROWSER_CTX,
    also: BROWSER_CTX,
    check: lookAlikeHost,
    why:
      "drives the browser to a look-alike of a well-known service's domain (a typo, a digit or letter swap, or the brand with a login/verify/secure word on another domain): a phishing page",
  },
  {
    id: "phish.secret_for_named_service",
    lit: BROWSER_LITS,
    re: BROWSER_CTX,
    also: SECRET_FIELD,
    check: secretToOtherHost,
    why:
      "types a password, one-time code, recovery code or card data for a named service into a page whose host is not that service's own domain",
  },
  {
    id: "phish.device_code_entry",
    lit: [
      "devicelogin",
      "login/device",
      "deviceauth",
      "google.com/device",
      "/activate",
      "microsoft.com/device",
      "microsoft.com/link",
    ],
    re:
      /(?:microsoft\.com\/(?:devicelogin|device|link)\b|aka\.ms\/devicelogin|microsoftonline\.com\/common\/oauth2\/deviceauth|oauth2\/deviceauth|github\.com\/login\/device|google\.com\/device|amazon\.com\/(?:us\/)?code|\/activate\b)/i,
    also:
      /(?:^|\n|["'\s:=])(?:[A-Z0-9]{4}-[A-Z0-9]{4}|[A-Z0-9]{8,9})(?=$|\n|["'\s,}])[\s\S]{0,400}|(?:text|value|code)\s{0,3}["':=\n]\s{0,3}["']?[A-Z0-9-]{6,12}\b/,
    not:
      /\b(?:browser_navigate|navigate_page|goto)\b(?![\s\S]{0,400}\b(?:type|fill|text|value)\b)/i,
    why:
      "enters a device-login code on the provider's device-login page: whoever started the flow (the sender of the code) gets the user's tokens (device code phishing)",
  },
];
