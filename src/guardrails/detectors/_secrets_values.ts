/**
 * Value tests shared by the secrets detector's rules: entropy, placeholders, "looks random".
 * Re-exported from ./secrets.ts (its public helpers).
 */

/** Shannon entropy of `s` in bits per character. */
export function shannonEntropy(s: string): number {
  if (s.length === 0) return 0;
  const counts = new Map<number, number>();
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

const PLACEHOLDER_WORDS =
  /^(?:change_?me|password\d*|passw0rd|secret\d*|token|api_?key|example|sample|placeholder|dummy|test(?:ing)?|redacted|none|null|nil|undefined|true|false|todo|tbd|fixme|default|admin|root|letmein|qwerty|12345\d*|abc123|foobar|foo|bar)$/i;

/** True for documentation / template stand-ins rather than real values. */
export function isPlaceholder(v: string): boolean {
  return PLACEHOLDER_WORDS.test(v) ||
    /^[<[{(].*[>\]})]$/.test(v) || // <token>, [password], {secret}
    /^(?:\$|%|#\{|\{\{)/.test(v) || // ${VAR}, $VAR, %VAR%, #{x}, {{ x }}
    /^(?:x+|\*+|\.+|-+|_+|#+|0+|•+)$/i.test(v) ||
    /^(?:your|my|insert|enter|replace|put|add)[_\-\s]?/i.test(v) ||
    /here$/i.test(v) || /passw(?:or)?d/i.test(v) ||
    /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(v) && !/\d{4}/.test(v); // ENV_VAR_NAME
}

/**
 * True when a provider-shaped value is filled with a mask run (`ghp_xxxxxxxx…`, `sk_live_****…`):
 * eight equal mask characters never occur in a random token (odds below 1e-12 per position).
 * Round 34: a body of nothing but zeros after the prefix (`ghp_000…0`, the usual fixture token).
 */
export function hasMaskRun(v: string): boolean {
  return /([xX*•#.<>])\1{7}|^[A-Za-z]{2,8}_0{16,}$/.test(v);
}

/**
 * True when a value says it is a stand-in: a word no issued credential contains (`placeholder`,
 * `redacted`, in any case, anywhere in it: `SWMTKN-1-…-placeholder000`, `00EXAMPLE_TOKEN_REDACTED`)
 * or a mask run ({@link hasMaskRun}: `glpat-XXXXXXXXXXXXXXXXXXXX`). Random tokens hold an
 * 8-letter word by chance with odds far below 1e-9.
 */
export function standIn(v: string): boolean {
  return /placeholder|redacted/i.test(v) || hasMaskRun(v);
}

/** True when a value under a secret-named key looks like a real secret (see ./secrets.ts doc). */
export function looksLikeSecret(v: string, minEntropy: number): boolean {
  if (v.length < 8 || v.length > 512 || /\s/.test(v) || isPlaceholder(v) || standIn(v)) {
    return false;
  }
  if (/^(?:https?:|data:|file:|\/|\.\.?\/|~\/)/i.test(v) || v.includes("://")) return false;
  if (/\[[^\]]*\w-\w[^\]]*\]/.test(v)) return false; // a regex character class, not a secret
  if (v.endsWith("/aws4_request")) return false; // AWS SigV4 credential scope (key id/date/region)
  // An EVM address (a token contract under `token`): public by nature; a private key is 64 hex.
  if (v.length === 42 && /^0x[0-9a-fA-F]{40}$/.test(v)) return false;
  const hasDigit = /\d/.test(v);
  const hasSpecial = /[^A-Za-z0-9_.\-]/.test(v);
  if (!hasDigit && !hasSpecial) return false; // words, identifiers, kebab/snake/dotted names
  const classes = Number(/[a-z]/.test(v)) + Number(/[A-Z]/.test(v)) + Number(hasDigit) +
    Number(/[^A-Za-z0-9]/.test(v));
  if (classes < 2) return false;
  return shannonEntropy(v) >= Math.min(minEntropy, 0.8 * Math.log2(v.length));
}

/** Letters and digits mixed with ≥ 3 bits/char: a random token rather than a word or number. */
export function randomish(v: string): boolean {
  return shannonEntropy(v) >= 3 && /\d/.test(v) && /[A-Za-z]/.test(v);
}

/** Standard or URL-safe base64 decoded to a latin-1 string, or undefined when it is not base64. */
export function decodeBase64(s: string): string | undefined {
  const std = s.replaceAll("-", "+").replaceAll("_", "/").replace(/=+$/, "");
  if (std.length % 4 === 1) return undefined;
  try {
    return atob(std.padEnd(Math.ceil(std.length / 4) * 4, "="));
  } catch {
    return undefined;
  }
}
