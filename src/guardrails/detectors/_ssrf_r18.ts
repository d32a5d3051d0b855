/**
 * Round-18 host obfuscation of the SSRF detector: an IP address written in circled, negative
 * circled, parenthesized or other enclosed digits (`http://①②⑦.⓪.⓪.①:2379/`). Lenient parsers
 * and "helpful" normalizers turn them into ASCII digits, and Unicode's NFKC (which the host
 * normalizer applies) does so for `①`/`⓪` but not for dingbat forms like `❶` or `⓵`. No real
 * address is written that way: a URL or host whose IP is spelled in enclosed digits is hiding
 * where it goes, whichever address it decodes to, so it is reported on its own.
 *
 * The check costs one `indexOf("://")` pass on ordinary text: only authorities are tested.
 */
import type { FieldContext, Finding } from "../types.ts";

/** Any enclosed digit (the gate of an authority). */
const ENCLOSED = /[\u2460-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf]/;

/** The ASCII digits one enclosed character stands for ("" when it is not a digit form). */
function digitsOf(cp: number): string {
  if (cp >= 0x2460 && cp <= 0x2473) return String(cp - 0x2460 + 1); // ① … ⑳
  if (cp >= 0x2474 && cp <= 0x2487) return String(cp - 0x2474 + 1); // ⑴ … ⒇
  if (cp >= 0x2488 && cp <= 0x249b) return `${cp - 0x2488 + 1}.`; // ⒈ … ⒛ (digit full stop)
  if (cp === 0x24ea || cp === 0x24ff) return "0"; // ⓪ ⓿
  if (cp >= 0x24eb && cp <= 0x24f4) return String(cp - 0x24eb + 11); // ⓫ … ⓴
  if (cp >= 0x24f5 && cp <= 0x24fe) return String(cp - 0x24f5 + 1); // ⓵ … ⓾
  if (cp >= 0x2776 && cp <= 0x2793) return String(((cp - 0x2776) % 10) + 1); // ❶ ➀ ➊ … ❿ ➉ ➓
  if (cp >= 0x3251 && cp <= 0x325f) return String(cp - 0x3251 + 21); // ㉑ … ㉟
  if (cp >= 0x32b1 && cp <= 0x32bf) return String(cp - 0x32b1 + 36); // ㊱ … ㊿
  return "";
}

/** `s` with every enclosed digit written as ASCII digits (other characters kept). */
function asciiDigits(s: string): string {
  let out = "";
  for (const ch of s) {
    const d = digitsOf(ch.codePointAt(0)!);
    out += d || ch;
  }
  return out;
}

/** An IPv4 literal in any form parsers accept (dotted, decimal, hex or octal parts). */
const IPV4_ANY = /^(?:0x[0-9a-f]{1,8}|\d{1,10})(?:\.(?:0x[0-9a-f]{1,8}|\d{1,10})){0,3}\.?$/i;
/** Four parts: the only shape a bare value (no scheme) counts with. */
const IPV4_DOTTED = /^\d{1,3}(?:\.\d{1,3}){3}$/;
/** Characters that end an authority. */
const AUTHORITY_END = /[\/?#\s\\]/;

/** The host of an authority (`user@host:port`), NFKC-normalized and lower-cased. */
function hostOf(authority: string): string {
  const at = authority.lastIndexOf("@");
  const host = at >= 0 ? authority.slice(at + 1) : authority;
  const colon = host.indexOf(":");
  return (colon >= 0 ? host.slice(0, colon) : host).normalize("NFKC").toLowerCase()
    .replace(/[\u3002\uff0e\uff61]/g, ".");
}

/** The IP an authority spelled in enclosed digits decodes to, or undefined. */
function enclosedIp(authority: string, bare: boolean): string | undefined {
  if (!ENCLOSED.test(authority)) return undefined;
  const ip = hostOf(asciiDigits(authority));
  return (bare ? IPV4_DOTTED : IPV4_ANY).test(ip) ? ip : undefined;
}

/** The first IP host in `text` spelled in enclosed digits (in a URL, or as the whole value). */
function enclosedDigitHost(text: string): string | undefined {
  for (let i = text.indexOf("://"), n = 0; i >= 0 && n < 32; i = text.indexOf("://", i + 3), n++) {
    const rest = text.slice(i + 3, i + 3 + 300);
    const end = rest.search(AUTHORITY_END);
    const ip = enclosedIp(end < 0 ? rest : rest.slice(0, end), false);
    if (ip) return ip;
  }
  if (text.length > 320) return undefined;
  const value = text.trim();
  if (value.length > 300 || /\s/.test(value) || value.includes("://")) return undefined;
  const end = value.search(AUTHORITY_END);
  return enclosedIp(end < 0 ? value : value.slice(0, end), true);
}

/** A finding for an argument whose URL or host is an IP written in enclosed digits. */
export function enclosedHostFinding(text: string, field: FieldContext): Finding | undefined {
  // No scan of the whole text: only each URL's authority (and a short bare value) is tested.
  if (field.stage !== "input" || text.length > 65536) return undefined;
  const ip = enclosedDigitHost(text);
  if (!ip) return undefined;
  return {
    detector: "ssrf",
    kind: "obfuscated_host",
    severity: "high",
    reason: `Argument "${
      field.key ?? field.path
    }" spells its host in circled or enclosed digits (${ip}), hiding the address it reaches`,
  };
}
