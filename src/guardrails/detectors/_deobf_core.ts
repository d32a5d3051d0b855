/**
 * Shared machinery of the systematic deobfuscators (`_deobf_*.ts`): string literals of the
 * scripting languages, a table of decoded values standing in for the expressions that produce
 * them, and the byte helpers the decoders share.
 *
 * A decoder rewrites an expression it can evaluate (`strrev("…")`, `'a'+'b'`, `[char]105`) into a
 * token `\x01N\x02` holding its value, so the next decoder reads it as a plain literal and chains
 * of decoders (`eval(gzinflate(base64_decode(str_rot13("…"))))`) resolve from the inside out. The
 * view handed to the rules has every token replaced by its value: what the interpreter would run.
 */

/** Longest literal body read (characters). */
const MAX_LIT = 6000;
/** Longest decoded value kept. */
export const MAX_VALUE = 20_000;

/**
 * One literal: a token, or a quoted string with an optional prefix (`b''`, `r""`, `u''`). A
 * doubled quote inside single quotes (`'it''s'`) is PowerShell's and SQL's escaped quote.
 */
export const LIT = String
  .raw`(?:\x01\d{1,3}\x02|(?<![\w$])[bBrRuU]{0,2}'(?:[^'\\\n]|\\.|''){0,${MAX_LIT}}'|(?<![\w$])[bBrRuU]{0,2}"(?:[^"\\\n]|\\.){0,${MAX_LIT}}")`;

/** A name a program passes as a string (module, method, command name). */
const NAME = /^[\w.$:\/-]{1,60}$/;

/** The decoded values of one text, by token number. */
export class Values {
  readonly vals: string[] = [];
  /** A token standing for `value` (the value itself when the table is full). */
  tok(value: string): string {
    if (this.vals.length >= 400 || value.length > MAX_VALUE) return JSON.stringify(value);
    this.vals.push(value);
    return `\x01${this.vals.length - 1}\x02`;
  }
  /** The value of literal `lit` (a token or a quoted string). */
  value(lit: string): string {
    const t = lit.trim();
    if (t.charCodeAt(0) === 1) return this.vals[Number(t.slice(1, -1))] ?? "";
    const q = t.search(/['"]/);
    const raw = /r/i.test(t.slice(0, q));
    const body = t.slice(q + 1, -1);
    return raw || t[q] === "'" && !/\\[xu0-7]/.test(body)
      ? body.replace(/\\(['\\])/g, "$1").replace(/''/g, "'")
      : unescape(body);
  }
  /**
   * `text` with every token replaced by its value. A short name in an argument or index position
   * (`require(T)`, `obj[T]`, `getattr(m, T)`) keeps string quotes, so the rules read
   * `require('child_process')`; decoded code elsewhere is written bare (`iex (Set-MpPreference …)`).
   */
  expand(text: string): string {
    let out = text;
    for (let i = 0; i < 4 && out.includes("\x01"); i++) {
      // deno-lint-ignore no-control-regex
      out = out.replace(/\x01(\d{1,3})\x02/g, (_, n, at: number, all: string) => {
        const val = this.vals[Number(n)] ?? "";
        const end = at + 2 + n.length;
        const arg = /[(\[,]\s{0,2}$/.test(all.slice(Math.max(0, at - 3), at)) &&
          /^\s{0,2}[)\],]/.test(all.slice(end, end + 3));
        return arg && NAME.test(val) ? `'${val}'` : val;
      });
    }
    return out;
  }
}

const ESC = /\\(?:x([0-9a-fA-F]{2})|u\{([0-9a-fA-F]{1,6})\}|u([0-9a-fA-F]{4})|([0-7]{1,3})|(.))/g;
const SIMPLE: Record<string, string> = { n: "\n", t: "\t", r: "\r", "0": "\0" };

/** Backslash escapes of a double-quoted literal (`\x41`, `\u0041`, `\101`, `\n`). */
export function unescape(body: string): string {
  if (!body.includes("\\")) return body;
  return body.replace(ESC, (_, x, ub, u, o, c) => {
    if (x || ub || u) return String.fromCodePoint(parseInt(x ?? ub ?? u, 16));
    if (o) return String.fromCharCode(parseInt(o, 8) & 0xff);
    return SIMPLE[c] ?? c;
  });
}

const B64 = /^[A-Za-z0-9+\/_-]{4,}={0,2}$/;
/** Base64 (standard or URL-safe, whitespace ignored) as a Latin-1 byte string, or undefined. */
export function fromBase64(s: string): string | undefined {
  const t = s.replace(/\s+/g, "").replace(/-/g, "+").replace(/_/g, "/");
  if (!B64.test(t)) return undefined;
  try {
    return atob(t.replace(/=+$/, "").padEnd(Math.ceil(t.replace(/=+$/, "").length / 4) * 4, "="));
  } catch {
    return undefined;
  }
}

/** Hex digits (optionally `\x`/`0x`/space separated) as a Latin-1 byte string, or undefined. */
export function fromHex(s: string): string | undefined {
  const t = s.replace(/\\x|0x|[\s:,]/gi, "");
  if (t.length < 2 || t.length % 2 !== 0 || !/^[0-9a-fA-F]+$/.test(t)) return undefined;
  let out = "";
  for (let i = 0; i < t.length; i += 2) out += String.fromCharCode(parseInt(t.slice(i, i + 2), 16));
  return out;
}

/** Latin-1 bytes read as UTF-16LE (PowerShell `[Text.Encoding]::Unicode`, `-EncodedCommand`). */
export function utf16le(bytes: string): string {
  let out = "";
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out += String.fromCharCode(bytes.charCodeAt(i) | (bytes.charCodeAt(i + 1) << 8));
  }
  return out;
}

/** ROT13 of the letters. */
export function rot13(s: string): string {
  return s.replace(/[a-zA-Z]/g, (c) => {
    const b = c <= "Z" ? 65 : 97;
    return String.fromCharCode((c.charCodeAt(0) - b + 13) % 26 + b);
  });
}

/** Reversed by UTF-16 units (what `strrev`, `[::-1]`, `rev` do to ASCII). */
export function reverse(s: string): string {
  return s.split("").reverse().join("");
}

/** Percent-decoding that never throws. */
export function fromPercent(s: string): string {
  return s.replace(/%([0-9a-fA-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
}

/** Character codes (`72, 0x65, 108`) as text; undefined when one is out of range. */
export function fromCodes(list: string, radix = 10): string | undefined {
  let out = "";
  for (const n of list.split(/[\s,]+/)) {
    if (!n) continue;
    const c = /^0x/i.test(n) ? parseInt(n.slice(2), 16) : parseInt(n, radix);
    if (!(c >= 0 && c < 0x110000)) return undefined;
    out += String.fromCodePoint(c);
  }
  return out;
}

/** Mostly printable text (a decoded value worth judging, not random bytes). */
export function printable(s: string): boolean {
  if (s.length === 0) return false;
  let bad = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || (c > 126 && c < 160)) bad++;
  }
  return bad <= s.length / 10;
}

/** A rewrite: a global regex and what each match becomes (undefined: left as it is). */
export interface Rewrite {
  re: RegExp;
  fn: (v: Values, m: RegExpExecArray) => string | undefined;
}

/** Applies `rewrites` in turn until nothing changes (at most `rounds` passes). */
export function rewriteAll(
  text: string,
  v: Values,
  rewrites: readonly Rewrite[],
  rounds = 6,
): string {
  let cur = text;
  for (let r = 0; r < rounds; r++) {
    const before = cur;
    for (const w of rewrites) {
      w.re.lastIndex = 0;
      cur = cur.replace(w.re, (...args) => {
        const m = args as unknown as RegExpExecArray;
        const out = w.fn(v, m);
        return out === undefined ? m[0] : out;
      });
      if (cur.length > MAX_VALUE * 2) return before;
    }
    if (cur === before) break;
  }
  return cur;
}

/** A literal written mostly in escapes (`"\x73\x79\x73…"`, `'\163\171…'`): its value. */
export const ESCAPED: Rewrite = {
  re: new RegExp(
    String
      .raw`(?<![\w$])"(?:[^"\\\n]{0,40}\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|[0-7]{3})){6,3000}[^"\\\n]{0,40}"|'(?:[^'\\\n]{0,40}\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|[0-7]{3})){6,3000}[^'\\\n]{0,40}'`,
    "g",
  ),
  fn: (v, m) => v.tok(unescape(m[0].slice(1, -1))),
};
/** Escape runs that open {@link ESCAPED}. */
export const ESCAPED_GATE = /\\x[0-9a-f]{2}\\x|\\u00[0-9a-f]{2}\\u|\\1[0-7]{2}\\[0-7]/i;

/** `'system'(…)`, `("ev"."al")(…)`: a string called as a function is the function of that name. */
export const CALLED_NAME: Rewrite = {
  re: new RegExp(String.raw`\(?\s{0,2}(${LIT})\s{0,2}\)?(?=\s{0,2}\()`, "g"),
  fn: (v, m) => {
    const name = v.value(m[1]);
    return /^[A-Za-z_][\w:.-]{1,40}$/.test(name) ? ` ${name}` : undefined;
  },
};

/** `'a' + 'b'`, `"a"."b"`, `'a' & 'b'`: adjacent literals joined (any of the languages). */
export const CONCAT: Rewrite = {
  re: new RegExp(
    String.raw`(${LIT})\s{0,3}[+.&]\s{0,3}(${LIT})(?!\s{0,3}[\[(]|\s{0,3}\.\s{0,3}\w)`,
    "g",
  ),
  fn: (v, m) => v.tok(v.value(m[1]) + v.value(m[2])),
};

/**
 * A call of a decoding function on a literal (and an optional second literal argument):
 * `names` is a regex source of the function names, `fn` maps the argument values to the result.
 */
export function call(
  names: string,
  fn: (a: string, b: string | undefined) => string | undefined,
): Rewrite {
  return {
    re: new RegExp(
      String
        .raw`(?<![\w$])(?:${names})\s{0,2}\(\s{0,2}(${LIT})\s{0,2}(?:,\s{0,2}(${LIT})\s{0,2})?\)`,
      "g",
    ),
    fn: (v, m) => {
      const out = fn(v.value(m[1]), m[2] === undefined ? undefined : v.value(m[2]));
      return out === undefined ? undefined : v.tok(out);
    },
  };
}

/** A method applied to a literal (`'…'.decode('rot13')`, `"…".reverse`): `(LIT).name(args)`. */
export function method(
  tail: string,
  fn: (a: string, m: RegExpExecArray) => string | undefined,
): Rewrite {
  return {
    re: new RegExp(String.raw`(${LIT})\s{0,2}${tail}`, "g"),
    fn: (v, m) => {
      const out = fn(v.value(m[1]), m);
      return out === undefined ? undefined : v.tok(out);
    },
  };
}

/**
 * A list of character codes next to a function that turns codes into characters
 * (`chr`, `[char]`, `fromCharCode`, `pack('C*')`, `bytes([…])`): the list becomes a literal of its
 * characters. `near` is a regex source that must occur within 60 characters before the list.
 */
export function codeList(near: string): Rewrite {
  return {
    re: new RegExp(
      String
        .raw`(?<=(?:${near})[^;\n]{0,60})[\[({]\s{0,2}((?:0x[0-9a-fA-F]{1,4}|\d{1,5})(?:\s{0,2},\s{0,2}(?:0x[0-9a-fA-F]{1,4}|\d{1,5})){3,2000})\s{0,2},?\s{0,2}[\])}]`,
      "gi",
    ),
    fn: (v, m) => {
      const s = fromCodes(m[1]);
      return s !== undefined && printable(s) ? v.tok(s) : undefined;
    },
  };
}

/**
 * `$name = LIT` (PowerShell, PHP, Perl) or `name = LIT` on its own line (Python, Ruby, JS), with
 * a declared type (`String c = …`, `let s: String = …`) or Go's `b, _ := …`.
 */
const ASSIGN = new RegExp(
  String
    .raw`(?:(?<![\w$])\$(\w{1,40})|(?:^|[;\n{])\s{0,8}(?:(?:var|let|const|my|val|auto|final)\s{1,3})?(?:(?:String|string|str|byte\[\]|char\[\]|var)\s{1,3})?\$?([A-Za-z_]\w{0,40})(?:\s{0,2}:\s{0,2}&?[A-Za-z]\w{0,20})?(?:\s{0,2},\s{0,2}_)?)\s{0,2}:?=\s{0,2}(${LIT})\s{0,2}(?=;|\n|$)`,
  "g",
);

/**
 * Variables assigned one literal once, inlined where a decoder reads them: every later `$name`
 * (a sigil makes the name unambiguous), and a bare `name` only as a call argument, before a
 * slice or before a method call.
 */
export function inlineVariables(text: string): string {
  const assigned = new Map<string, { lit: string; end: number; sigil: boolean } | null>();
  for (const m of text.matchAll(ASSIGN)) {
    const name = m[1] ?? m[2];
    assigned.set(
      name,
      assigned.has(name) ? null : {
        lit: m[3],
        end: m.index + m[0].length,
        sigil: m[1] !== undefined || m[0].includes("$"),
      },
    );
    if (assigned.size > 40) break;
  }
  let out = text;
  for (const [name, a] of assigned) {
    if (!a) continue;
    const head = out.slice(0, out.indexOf(a.lit) + a.lit.length);
    const tail = out.slice(head.length);
    const re = a.sigil ? new RegExp(String.raw`\$${name}\b(?!\s{0,2}=[^=])`, "g") : new RegExp(
      String
        .raw`(?<![\w$.])${name}\b(?=\s{0,2}[,)}\]]|\s{0,2}\[\s{0,2}::|\s{0,2}\.\s{0,2}(?:decode|reverse|split|unpack1?|encode)\b)(?<=[(,]\s{0,2}${name}|${name})`,
      "g",
    );
    const replaced = tail.replace(re, () => a.lit);
    if (replaced.length > MAX_VALUE * 2) continue;
    out = head + replaced;
  }
  return out;
}

/**
 * A quoted string that is only a list of character codes (`"99 117 114 108 32 …"`,
 * `'104,116,116,112'`) in a program that turns codes into characters — awk/printf `%c`, `chr`,
 * `[char]`, `fromCharCode` — as Bashfuscator-style and awk/perl one-liners spell a command: the
 * string becomes the text it spells. Eight codes at least, each a printable ASCII code or a line
 * break, so version lists and port lists do not decode.
 */
export const CODE_STRING_GATE = /%c|\bchrw?\b|\[char\]|fromcharcode/i;
export const CODE_STRING: Rewrite = {
  re:
    /(["'])((?:(?:1[01]\d|12[0-6]|[3-9]\d|9|10|13)[\s,]{1,3}){7,4000}(?:1[01]\d|12[0-6]|[3-9]\d|9|10|13))\1/g,
  fn: (v, m) => {
    const s = fromCodes(m[2]);
    return s !== undefined && printable(s) && /[a-z]{2}/i.test(s) ? v.tok(s) : undefined;
  },
};
