/**
 * Round-34 obfuscation: a decoded form must be scanned. Each decoder is gated by a rare literal
 * and produces what the interpreter would see; the decoded text blocks when it holds a dangerous
 * payload (a download piped to a shell, credential files sent out, a process spawn, destructive
 * SQL, a cloud access key).
 *
 * Decoders: Python `\N{NAME}` escapes (ASCII names), `\xNN`/`\uNNNN`/`\u{…}` escapes, character-code
 * lists (`[115,121,…].pack('U*')`, `String.fromCharCode`, a bare list of printable codes), base64
 * XOR-ed with a literal one-byte key (`-bxor`, `^`), shell/CI variables resolved (`${!var}`,
 * `$A$B`), and SQL `REPLACE(N'…', N'#', N'')` applied before EXEC.
 */
import type { FieldContext, Finding } from "../types.ts";

/** A credential file path. */
const CRED = String
  .raw`(?:\.ssh\b|\.aws\b|\.kube\/config|\.netrc|\.config\/(?:gh|gcloud)\b|\.gem\/credentials|\.docker\/config|\bid_(?:rsa|ed25519|ecdsa)\b|\/etc\/shadow|\.git-credentials|\.pgpass)`;

const DANGER: RegExp[] = [
  /\b(?:curl|wget|iwr|irm|Invoke-WebRequest|Invoke-RestMethod|DownloadString|DownloadFile)\b[^\n]{0,300}(?:\|\s{0,3}(?:ba|z|da|k)?sh\b|\|\s{0,3}(?:iex|python3?|perl|ruby|node)\b|Invoke-Expression)/i,
  /\b(?:iex|Invoke-Expression)\b[^\n]{0,80}(?:DownloadString|iwr|irm|Invoke-WebRequest|Invoke-RestMethod|Net\.WebClient)/i,
  new RegExp(
    String
      .raw`\b(?:tar|zip|cat|base64|gzip|7z|openssl)\b[^\n|]{0,200}${CRED}[^\n]{0,200}\|\s{0,3}(?:curl|wget|nc|ncat|socat)\b|` +
      String
        .raw`\b(?:curl|wget)\b[^\n]{0,200}(?:-d|--data[\w-]{0,8}|-F|-T|--upload-file|--post-file)[\s=]{1,3}[^\s]{0,12}${CRED}|` +
      String
        .raw`${CRED}[\s\S]{0,400}\b(?:requests|httpx|axios|session|urllib\.request|http|https)\.(?:post|put|patch|request|urlopen)\s{0,2}\(`,
  ),
  /\b(?:child_process|execSync|spawnSync|os\.system|subprocess\.\w{3,12}|Runtime\.getRuntime|xp_cmdshell)\b/,
  /\b(?:truncate\s{1,4}table|drop\s{1,4}(?:table|database|schema)|disable\s{1,4}trigger)\b|\bupdate\s{1,4}[\w.\[\]]{1,80}\s{1,4}set\s{1,4}[^;]{0,80}\b(?:iban|account_?(?:no|number)|bank\w{0,10}|password\w{0,6}|payee\w{0,6})\s{0,2}=/i,
  /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b|-----BEGIN [A-Z ]{0,20}PRIVATE KEY/,
];

/**
 * True when `decoded` holds a dangerous payload that `raw` does not already show in the clear
 * (what is plain in the raw text is left to the other checks).
 */
export function revealedDanger(decoded: string, raw: string): boolean {
  if (decoded.length < 8) return false;
  for (const r of DANGER) {
    const m = r.exec(decoded);
    if (m && !raw.includes(m[0])) return true;
  }
  return false;
}

const NAMES: Record<string, string> = {
  "TILDE": "~",
  "SOLIDUS": "/",
  "REVERSE SOLIDUS": "\\",
  "FULL STOP": ".",
  "COLON": ":",
  "SEMICOLON": ";",
  "COMMA": ",",
  "SPACE": " ",
  "HYPHEN-MINUS": "-",
  "LOW LINE": "_",
  "VERTICAL LINE": "|",
  "AMPERSAND": "&",
  "COMMERCIAL AT": "@",
  "NUMBER SIGN": "#",
  "DOLLAR SIGN": "$",
  "PERCENT SIGN": "%",
  "QUOTATION MARK": '"',
  "APOSTROPHE": "'",
  "LEFT PARENTHESIS": "(",
  "RIGHT PARENTHESIS": ")",
  "EQUALS SIGN": "=",
  "QUESTION MARK": "?",
  "GREATER-THAN SIGN": ">",
  "LESS-THAN SIGN": "<",
  "PLUS SIGN": "+",
  "ASTERISK": "*",
  "EXCLAMATION MARK": "!",
  "GRAVE ACCENT": "`",
};
const DIGITS = "ZERO ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE".split(" ");

function namedChar(name: string): string | undefined {
  const n = name.toUpperCase().trim();
  if (n in NAMES) return NAMES[n];
  let m = /^LATIN (SMALL|CAPITAL) LETTER ([A-Z])$/.exec(n);
  if (m) return m[1] === "SMALL" ? m[2].toLowerCase() : m[2];
  m = /^DIGIT ([A-Z]{3,5})$/.exec(n);
  if (m && DIGITS.includes(m[1])) return String(DIGITS.indexOf(m[1]));
  return undefined;
}

/** Python `\N{NAME}` escapes decoded (unknown names kept). */
export function decodeNamed(text: string): string {
  return text.replace(/\\N\{([A-Za-z -]{2,40})\}/g, (all, n: string) => namedChar(n) ?? all);
}

/** `\xNN`, `\uNNNN` and `\u{…}` escapes decoded. */
export function decodeHexEscapes(text: string): string {
  return text.replace(
    /\\x([0-9a-fA-F]{2})|\\u\{([0-9a-fA-F]{1,6})\}|\\u([0-9a-fA-F]{4})/g,
    (all, x?: string, b?: string, u?: string) => {
      const code = parseInt(x ?? b ?? u ?? "", 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    },
  );
}

const CODE_LIST = /(?:\b\d{1,5}\s{0,2},\s{0,2}){7,4000}\d{1,5}\b/g;

/** Each run of 8+ printable character codes decoded, joined by newlines. */
export function decodeCodeLists(text: string): string {
  const out: string[] = [];
  CODE_LIST.lastIndex = 0;
  for (let m = CODE_LIST.exec(text), n = 0; m && n < 20; m = CODE_LIST.exec(text), n++) {
    const codes = m[0].split(",").map((s) => Number(s.trim()));
    if (!codes.every((c) => (c >= 32 && c < 127) || c === 9 || c === 10 || c === 13)) continue;
    out.push(String.fromCharCode(...codes));
  }
  return out.join("\n");
}

/** Base64 blobs XOR-ed with each one-byte literal key found near a XOR operator. */
export function decodeXor(text: string): string {
  const keys = new Set<number>();
  for (const m of text.matchAll(/\b(0x[0-9a-fA-F]{1,2}|\d{1,3})\b/g)) {
    const v = m[1].startsWith("0x") ? parseInt(m[1].slice(2), 16) : Number(m[1]);
    if (v > 0 && v < 256) keys.add(v);
    if (keys.size > 16) break;
  }
  const out: string[] = [];
  for (const m of text.matchAll(/[A-Za-z0-9+/]{24,4096}={0,2}/g)) {
    let bytes: Uint8Array;
    try {
      const bin = atob(m[0]);
      bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
    } catch {
      continue;
    }
    for (const k of keys) out.push(String.fromCharCode(...bytes.slice(0, 4096).map((b) => b ^ k)));
    if (out.length > 32) break;
  }
  return out.join("\n");
}

/** Shell/CI variables resolved: `a=b` / `A: "b"` assignments substituted for `$a`, `${a}`, `${!a}`. */
export function resolveVars(text: string): string {
  const vars = new Map<string, string>();
  for (
    const m of text.matchAll(
      /(?:^|[\s;])([A-Za-z_]\w{0,30})(?:=|:[ \t]{1,4})(?:"([^"\n]{0,300})"|'([^'\n]{0,300})'|([^\s;"'|&]{1,300}))/g,
    )
  ) {
    vars.set(m[1], m[2] ?? m[3] ?? m[4] ?? "");
    if (vars.size > 200) break;
  }
  if (vars.size === 0) return "";
  return text.replace(
    /\$\{!([A-Za-z_]\w{0,30})\}|\$\{([A-Za-z_]\w{0,30})\}|\$([A-Za-z_]\w{0,30})/g,
    (all, ind?: string, br?: string, bare?: string) => {
      if (ind) {
        const ref = vars.get(ind);
        return ref !== undefined ? vars.get(ref) ?? all : all;
      }
      return vars.get((br ?? bare)!) ?? all;
    },
  );
}

/** SQL `REPLACE(N'…', N'x', N'')` with literal arguments applied. */
export function applySqlReplace(text: string): string {
  const out: string[] = [];
  for (
    const m of text.matchAll(
      /\breplace\s{0,2}\(\s{0,2}N?'((?:[^']|''){1,4000})'\s{0,2},\s{0,2}N?'((?:[^']|''){1,8})'\s{0,2},\s{0,2}N?'((?:[^']|''){0,8})'\s{0,2}\)/gi,
    )
  ) {
    const un = (s: string) => s.replaceAll("''", "'");
    out.push(un(m[1]).replaceAll(un(m[2]), un(m[3])));
    if (out.length > 8) break;
  }
  return out.join("\n");
}

/** Groups of round-34 literals (see `r34Bits` in ./_code_r34.ts). */
export const B = {
  OWNER: 1,
  GRANT: 2,
  ROLE: 4,
  SECRETS: 8,
  KERNEL: 16,
  REDIS: 32,
  PW: 64,
  TOKEN: 128,
  KMS: 256,
  ROOT: 512,
  ESC: 1024,
  XOR: 2048,
  REPL: 4096,
  VARS: 8192,
  CODES: 16384,
} as const;

/** Every decoder group. */
const ALL_DECODERS = B.ESC | B.XOR | B.REPL | B.VARS | B.CODES;

/** The decoded forms of `text` worth scanning (each gated by a rare literal; `bits` from `r34Bits`). */
export function r34DecodedViews(text: string, bits: number = ALL_DECODERS): string[] {
  const views: string[] = [];
  if (bits & B.ESC) {
    if (text.includes("\\N{")) views.push(decodeNamed(text));
    if (text.includes("\\x") || text.includes("\\u")) {
      const d = decodeHexEscapes(text);
      if (d !== text) views.push(d);
    }
  }
  if (bits & B.CODES) views.push(decodeCodeLists(text));
  if (bits & B.XOR && (text.includes("bxor") || text.includes("^"))) views.push(decodeXor(text));
  if (bits & B.VARS && /\$\{!|\$\{?[A-Za-z_]\w{0,30}\}?\$\{?[A-Za-z_]/.test(text)) {
    views.push(resolveVars(text));
  }
  if (bits & B.REPL && /\bexec/i.test(text)) views.push(applySqlReplace(text));
  return views;
}

/** A finding when a decoded form of an input argument holds a dangerous payload. */
export function r34Obfuscated(
  text: string,
  field: FieldContext,
  where: string,
  bits: number = ALL_DECODERS,
): Finding | undefined {
  if (field.stage !== "input" || text.length < 20 || text.length > 100000) return undefined;
  if ((bits & ALL_DECODERS) === 0) return undefined;
  for (const v of r34DecodedViews(text, bits)) {
    if (v && v !== text && revealedDanger(v, text)) {
      return {
        detector: "code_injection",
        kind: "obfuscated_payload",
        severity: "high",
        reason:
          `A dangerous payload hidden behind an encoding (escapes, character codes, XOR or variable indirection) in ${where}`,
      };
    }
  }
  return undefined;
}
