/**
 * Round-44 secrets: credentials with no provider prefix, handed over in a message.
 *
 * - a labelled API token: a word for "API token / API key / access token" in one of many
 *   languages, then — on the same line after a colon, or alone on one of the next lines — a value
 *   shaped like a key (a UUID, 32–64 hex characters, or 24–100 letters and digits mixing
 *   classes). A key's ID, name or fingerprint, a redacted or placeholder value are not tokens;
 * - sign-in backup codes in a NUMBERED list (`1. fcb8-6781-3ed7`), six or more, in the shapes
 *   providers print them (`xxxx-xxxx-xxxx`, `xxxxx-xxxxx`, `xxxx-xxxx`, `1234 5678`), mostly
 *   mixing letters and digits or all digits. Lists of network addresses (MAC notation next to
 *   switch/interface words) are not codes.
 *
 * Input stage only (what is being sent); bounded patterns.
 */

/** One finding: start, end, kind, reason. */
export type R44Secret = [number, number, "generic_secret" | "api_token", string];

const TOKEN_LABEL = String
  .raw`(?:api[\s_-]{0,2}(?:token|key|schl[uü]ssel|kennwort)|access[\s_-]{0,2}token|personal[\s_-]{0,2}access[\s_-]{0,2}token|zugangs[\s_-]{0,2}(?:token|schl[uü]ssel)|(?:token|clave|chave|cl[eé]|chiave|sleutel|klucz)\s{1,3}(?:de\s{1,3}|d'|d’|di\s{1,3}|van\s{1,3})?(?:l'|la\s{1,3}|acesso\s{1,3}|acceso\s{1,3}|acc[eè]s\s{1,3})?api|api[\s-]{0,2}(?:токен|ключ)|(?:токен|ключ)\s{1,3}api|api\s{0,2}(?:トークン|キー|令牌|密钥|密鑰|토큰|키)|(?:رمز|مفتاح)\s{1,3}api|טוקן\s{1,3}api)`;
const LABELLED_TOKEN = new RegExp(
  String
    .raw`(?<![\p{L}\d_])${TOKEN_LABEL}(?![\s_-]{0,2}(?:id|ids|name|names|fingerprint|kennung|nummer|number|prefix)\b)[^\n]{0,120}?(?::|：|\n)[ \t]{0,8}(?:\r?\n[ \t]{0,8}){0,3}["'\x60]?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{32,64}|[A-Za-z0-9_\-]{24,100})["'\x60]?(?=[\s.,;)—–(]|$)`,
  "giu",
);
const TOKEN_GATE = /api|token|токен|トークン|令牌|토큰|טוקן/i;

function keyShaped(v: string): boolean {
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(v)) return !/^([0-9a-f])\1{7}-/i.test(v);
  if (/x{6,}|\*{3}|redacted|example|placeholder|changeme|your[_-]/i.test(v)) return false;
  const classes = (/[a-z]/.test(v) ? 1 : 0) + (/[A-Z]/.test(v) ? 1 : 0) + (/\d/.test(v) ? 1 : 0);
  return classes >= 2 && /\d/.test(v) && !/^[a-z]+(?:[-_][a-z0-9]+)+$/.test(v);
}

/** A numbered list item holding one code. */
const CODE = String
  .raw`(?:[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}|[0-9a-z]{5}-[0-9a-z]{5}|[0-9a-z]{4}-[0-9a-z]{4}|\d{4}\s\d{4})`;
const NUMBERED_CODES = new RegExp(
  String
    .raw`(?:^[ \t]{0,8}\d{1,2}[.)][ \t]{1,4}${CODE}[ \t]{0,8}\r?\n){5,}[ \t]{0,8}\d{1,2}[.)][ \t]{1,4}${CODE}(?![\w-])`,
  "im",
);
const NETWORK_WORDS = /\b(?:mac|arp|vlan|interface|switch|bridge|oui|port|ethernet)\b/i;

function codesList(text: string): RegExpExecArray | null {
  if (text.indexOf("-") < 0 && !/\d{4} \d{4}/.test(text)) return null;
  const m = NUMBERED_CODES.exec(text);
  if (!m || NETWORK_WORDS.test(text)) return null;
  const codes = m[0].split("\n").map((l) => l.trim().replace(/^\d{1,2}[.)]\s{1,4}/, ""));
  const mixed = codes.filter((c) => /[a-z]/i.test(c) && /\d/.test(c)).length;
  const digits = codes.filter((c) => /^[\d\s-]+$/.test(c)).length;
  return new Set(codes).size === codes.length &&
      (mixed * 3 >= codes.length * 2 || digits === codes.length)
    ? m
    : null;
}

/** Round-44 secret findings in `text`. */
export function r44Secrets(text: string): R44Secret[] {
  if (text.length < 20 || text.length > 20000) return [];
  const c = codesList(text);
  if (c) {
    return [[c.index, c.index + c[0].length, "generic_secret", "A list of sign-in backup codes"]];
  }
  if (!TOKEN_GATE.test(text)) return [];
  LABELLED_TOKEN.lastIndex = 0;
  for (let m = LABELLED_TOKEN.exec(text), n = 0; m && n < 20; m = LABELLED_TOKEN.exec(text), n++) {
    if (!keyShaped(m[1])) continue;
    const start = m.index + m[0].lastIndexOf(m[1]);
    return [[start, start + m[1].length, "api_token", "An API token written into the message"]];
  }
  return [];
}
