/**
 * Shared pieces of the browser-automation abuse rules (`_browser_*.ts`): the rule shape (the
 * tradecraft one plus a computed check), the fragments that read the same in a Playwright /
 * Puppeteer script, a CDP command and a whole-call view (`browser_type\nelement\n…\ntext\n…`), and
 * the host judgements: whether a page host is a LOOK-ALIKE of a service (dnstwist's techniques:
 * homoglyphs and digit swaps, added words and hyphens, other TLDs, sub-domain and user-info tricks,
 * punycode) and whether a script's destination is ANOTHER ORIGIN than the page it runs on.
 */
import { baseDomain } from "./_ctlplane_core.ts";
import type { TradecraftRule } from "./_tradecraft_core.ts";
import { BRANDS, HOMOGLYPH } from "./_browser_brands.ts";

export { r } from "./_tradecraft_core.ts";

/** One browser-abuse technique. */
export interface BrowserRule extends TradecraftRule {
  /** A last check on the whole view (a computed condition no pattern states). */
  check?: (view: string) => boolean;
}

const BRAND_NAMES = Object.keys(BRANDS);

/** Words phishing hosts add to a brand (dnstwist "dictionary" fuzzer, APWG reports). */
const LURE =
  /^(?:login|logon|log|signin|sign|secure|security|verify|verification|account|accounts|auth|authenticate|sso|mfa|2fa|update|billing|payment|pay|support|help|recover|recovery|unlock|wallet|password|portal|session|confirm|id|identity|service|services|online|web|access|office|mail|webmail|team|admin|alert|notice|helpdesk|restore|reset|sync|validate|validation|connect|claim|airdrop|reward|rewards|dapp|unlock|refund|invoice|docs|drive|share|sharepoint|storage|cloud)$/;

/** A lure word glued to a brand (`appleid`, `paypallogin`, `mymicrosoft`). */
function lureWord(w: string): boolean {
  return LURE.test(w) || LURE.test(w.replace(/s$/, "")) || /^(?:my|get|the)$/.test(w);
}

/** True when `host` is on a well-known service's own domain. */
export function isServiceHost(host: string): boolean {
  const base = baseDomain(host.toLowerCase());
  return BRAND_NAMES.some((b) => BRANDS[b].test(base));
}

/** Digit and letter swaps read as the letter they imitate (dnstwist "homoglyph"). */
function fold(s: string): string {
  return s.replace(
    /[\u0430\u0435\u043e\u0440\u0441\u0445\u0443\u0456\u04cf\u0455\u0501\u0261\u03bf\u0131]/g,
    (c) => HOMOGLYPH[c] ?? c,
  )
    .replace(/rn/g, "m").replace(/vv/g, "w").replace(/0/g, "o").replace(/1/g, "l")
    .replace(/3/g, "e").replace(/4/g, "a").replace(/5/g, "s").replace(/\$/g, "s").replace(/7/g, "t")
    .replace(/8/g, "b");
}

/** True when `a` and `b` differ by one edit or one swap of neighbours (dnstwist typos). */
function nearly(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1 || b.length < 6) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The brand `host` imitates and how, or undefined when it is a brand's own or names none. */
export function lookAlike(
  host: string,
): { brand: string; typo: boolean; lure: boolean } | undefined {
  const h = host.toLowerCase().replace(/\.$/, "");
  const base = baseDomain(h);
  if (/^[\d.]+$/.test(h) || /(?:^|\.)(?:local|internal|localhost|test|invalid)$/.test(h)) {
    return undefined;
  }
  const tokens = h.split(/[.-]/, 24).filter((t) => t.length > 0);
  // The labels before the public suffix: a TLD written as a word there (`paypal-com`, `metamask-io`)
  // is a look-alike's tell too.
  const own = h.slice(0, h.length - base.length + base.indexOf(".")).split(/[.-]/, 24);
  const lure = own.some((t) =>
    LURE.test(t) || LURE.test(t.replace(/s$/, "")) || /^(?:login|signin|secure|verify)/.test(t) ||
    /^(?:com|net|org|io|co)$/.test(t)
  );
  const joined = h.slice(0, h.length - base.length + base.indexOf(".")).replace(/[.-]/g, "");
  for (const brand of BRAND_NAMES) {
    if (BRANDS[brand].test(base)) continue;
    for (const t of tokens.slice(0, -1)) {
      const f = fold(t);
      if (t === brand) return { brand, typo: false, lure };
      if (f === brand || nearly(t, brand) || (f !== t && nearly(f, brand))) {
        return { brand, typo: true, lure };
      }
      if (brand.length >= 5 && f.length > brand.length) {
        const rest = f.startsWith(brand)
          ? f.slice(brand.length)
          : f.endsWith(brand)
          ? f.slice(0, -brand.length)
          : "";
        if (rest !== "" && lureWord(rest)) return { brand, typo: f !== t, lure: true };
      }
    }
    if (brand.length >= 9 && fold(joined).includes(brand)) return { brand, typo: false, lure };
  }
  return undefined;
}

/** Identity providers a login may be federated through (their hosts are never look-alikes). */
export const IDP_BASE =
  /^(?:okta\.com|oktapreview\.com|auth0\.com|onelogin\.com|pingone\.com|pingidentity\.com|duosecurity\.com|microsoftonline\.com|google\.com|jumpcloud\.com|cloudflareaccess\.com|amazoncognito\.com|b2clogin\.com|login\.gov)$/;

/** Hosts of URLs in a view (user-info and port dropped). */
export const URL_HOST_G =
  /\b(?:https?|wss?):\/\/(?:[^\s\/@"'<>]{1,120}@)?([a-z0-9\u00a1-\uffff][\w.\u00a1-\uffff-]{0,200}[a-z0-9])/gi;

/** Bare domain names (an element described as "Password box on paypa1-help.com"). */
const BARE_HOST_G =
  /(?<![\w@.\/-])((?:[a-z0-9][a-z0-9-]{0,62}\.){1,5}[a-z]{2,24})(?![\w.-]|\s{0,2}\()/gi;

/** Every page host of the view that imitates a service: a typo, or the brand with a lure word. */
export function lookAlikeHost(view: string): boolean {
  let n = 0;
  for (const m of view.matchAll(BARE_HOST_G)) {
    const la = lookAlike(m[1]);
    if (la !== undefined && (la.typo || la.lure)) return true;
    if (++n >= 64) break;
  }
  for (const m of view.matchAll(URL_HOST_G)) {
    const la = lookAlike(m[1]);
    if (la !== undefined && (la.typo || la.lure)) return true;
  }
  return false;
}

/** Private, loopback and test hosts (a script's own development origin). */
const LOCAL =
  /^(?:localhost|127\.|10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|\[?::1)|\.(?:local|internal|localhost|test|corp|lan)$/;

/**
 * True when a destination host of `sink` (a global pattern, group 1 the host) is another origin
 * than every other host the call names (the page's own origin, its API host).
 */
export function otherOrigin(view: string, sink: RegExp): boolean {
  const seen = new Map<string, number>();
  let n = 0;
  for (const m of view.matchAll(URL_HOST_G)) {
    const b = baseDomain(m[1]);
    seen.set(b, (seen.get(b) ?? 0) + 1);
    if (++n >= 64) break;
  }
  sink.lastIndex = 0;
  n = 0;
  for (const m of view.matchAll(sink)) {
    const h = (m[1] ?? "").toLowerCase();
    if (h === "" || LOCAL.test(h)) continue;
    if ((seen.get(baseDomain(h)) ?? 0) < 2) return true;
    if (++n >= 64) break;
  }
  return false;
}

/** A value typed is a placeholder or a vault reference, not the secret itself. */
export const PLACEHOLDER =
  /^\s{0,4}(?:\{\{[^}]{1,80}\}\}|\$\{[^}]{1,80}\}|<[\w\s.-]{1,40}>|\*{3,}|x{4,}|process\.env\.\w{1,60}|env:\w{1,60}|op:\/\/\S{1,100}|vault:\S{1,100}|\[REDACTED\]|redacted|placeholder|your[_-]?\w{1,30}|example\w{0,20})\s{0,4}$/i;

/** A browser-automation call: the tool's name (whole-call view) or a page API in a script. */
export const BROWSER_CTX =
  /\b(?:browser_\w{2,24}|puppeteer_\w{2,24}|playwright\w{0,24}|stagehand\w{0,20}|browserbase\w{0,20}|navigate_page|new_page|evaluate_script|fill_form|take_snapshot|computer_use|left_click|type_text|open_url|page\.(?:goto|fill|type|click|evaluate|locator|setInputFiles|keyboard)|chromium\.launch)\b|^(?:computer|fill|click|hover|press_key|upload_file|handle_dialog|navigate|goto|type|open_page)\n/i;

/** Literals one of which every {@link BROWSER_CTX} match holds (lower-case, for the gate). */
export const BROWSER_LITS: string[] = [
  "browser_",
  "puppeteer_",
  "playwright",
  "stagehand",
  "browserbase",
  "navigate_page",
  "new_page",
  "evaluate_script",
  "fill_form",
  "take_snapshot",
  "computer",
  "left_click",
  "type_text",
  "open_url",
  "page.",
  "chromium.launch",
  "fill\n",
  "click\n",
  "hover\n",
  "press_key",
  "upload_file",
  "handle_dialog",
  "navigate\n",
  "goto\n",
  "type\n",
  "open_page",
];

/** Words naming a secret field: passwords, one-time and recovery codes, card data, seeds. */
export const SECRET_FIELD =
  /\b(?:password|passwd|passcode|pass ?phrase|pin(?: code)?|one[- ]time (?:code|password|passcode)|otp|totp|verification code|security code|auth(?:entication|enticator)? code|2fa|mfa|sms code|recovery (?:code|phrase|key)|backup codes?|seed(?: phrase)?|secret (?:key|phrase|recovery phrase)|mnemonic|private key|card ?number|credit card|cc-?(?:number|csc|exp)|cvv|cvc|expir(?:y|ation)|ssn|social security)\b/i;

const VALUE_KEY =
  /^(?:text|value|values|keys|input|password|code|otp|secret|content|typed|type_text)$/i;

/** True when the call types a value that is not a placeholder (`text`, `value` lines of the view). */
export function typesValue(view: string): boolean {
  const lines = view.split("\n", 400);
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!VALUE_KEY.test(lines[i].trim())) continue;
    const v = lines[i + 1];
    if (v.length >= 4 && v.length <= 200 && !PLACEHOLDER.test(v)) return true;
  }
  const m =
    /\.(?:fill|type|sendKeys|press_?sequentially|pressSequentially)\(\s{0,3}[^,()]{1,200},\s{0,3}["'`]([^"'`]{4,200})["'`]/
      .exec(view);
  return m !== null && !PLACEHOLDER.test(m[1]);
}

/** Brands named in the prose of the call (outside URLs). */
export function namedBrands(view: string): string[] {
  const prose = view.replace(/\b(?:https?|wss?):\/\/\S{1,400}/gi, " ").toLowerCase();
  return BRAND_NAMES.filter((b) => b.length >= 4 && new RegExp(`\\b${b}\\b`).test(prose));
}

/**
 * True when the call names a service, types a secret and the page host it names is neither that
 * service's own domain nor an identity provider nor a local host.
 */
export function secretToOtherHost(view: string): boolean {
  const brands = namedBrands(view);
  if (brands.length === 0 || !typesValue(view)) return false;
  let any = false;
  const hosts = [...view.matchAll(URL_HOST_G), ...view.matchAll(BARE_HOST_G)];
  for (const m of hosts) {
    const h = m[1].toLowerCase();
    const base = baseDomain(h);
    if (LOCAL.test(h) || IDP_BASE.test(base)) return false;
    if (brands.some((b) => BRANDS[b].test(base))) return false;
    any = true;
  }
  return any;
}

/** True when no host of the view is a local or private one (a grant to a development origin passes). */
export function noLocalHost(view: string): boolean {
  for (const m of view.matchAll(URL_HOST_G)) if (LOCAL.test(m[1].toLowerCase())) return false;
  return true;
}

/**
 * True when an origin captured by `re` (group 1) is outside: not local, and no other host of the
 * call shares its registrable domain (the page the agent works on, the organisation's own app).
 */
export function outsideOrigin(view: string, re: RegExp): boolean {
  return otherOrigin(view, re);
}
