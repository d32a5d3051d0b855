/**
 * What an interpreter reads once it has evaluated the cheap tricks that hide a payload from a
 * pattern: string concatenation (`'o'+'s'`, `"child_"+"process"`), Log4j's nested lookups
 * (`${${lower:j}ndi:…}`, `${::-j}`, `${env:X:-j}`), percent-encoding, and base64 bodies (data: URIs,
 * a whole value that is base64). The code injection rules run on these views as on the raw text.
 */

const CONCAT = /['"]\s*\+\s*['"]/g;
/** An innermost Log4j lookup `${…}` (no `$`, `{` or `}` inside). */
const LOOKUP = /\$\{([^${}]{0,120})\}/g;
/** Calls that take a module, class or attribute name — where a concatenated string hides one. */
const LOADS_BY_NAME =
  /(?:require|import|_load|getattr|forName|popen|system|exec\w*|spawn\w*|__dict__\s*\.\s*get)['"]?\]?\s*\(/;
/** A subscript by a quoted identifier (`obj['name']`), which JavaScript and Jinja read as `.name`. */
const BRACKET_NAME = /\[\s*(['"])([\w$]{1,40})\1\s*\]/;
const BRACKET_NAME_G = new RegExp(BRACKET_NAME.source, "g");
/** `$`, `{`, `<`, `_`, `(` encoded: how template, lookup and code payloads start. */
const PERCENT = /%(?:24|7b|3c|5f|28)/i;
const DATA_URI =
  /\bdata:(?:\/\/)?[\w\/+.-]{0,60}(?:;[\w=.-]{1,40}){0,3};base64,([A-Za-z0-9+\/=]{8,4096})/gi;
const WHOLE_BASE64 = /^[A-Za-z0-9+\/]{16,}={0,2}$/;
const BASE64_CHARS = /^[A-Za-z0-9+\/=]+$/;

/** What Log4j substitutes for one lookup body, or `undefined` when it depends on the runtime. */
function resolveLookup(body: string): string | undefined {
  const cased = body.match(/^\s*(lower|upper)\s*:(.*)$/is);
  if (cased) {
    return cased[1].toLowerCase() === "lower" ? cased[2].toLowerCase() : cased[2].toUpperCase();
  }
  const quoted = body.match(/^\s*date\s*:\s*'([^']*)'\s*$/i);
  if (quoted) return quoted[1];
  // `${::-x}`, `${env:NOPE:-x}`, `${sys:a:-x}`: an unset key falls back to its default.
  const dflt = body.indexOf(":-");
  if (dflt >= 0) return body.slice(dflt + 2);
  return undefined;
}

/** Resolve nested Log4j lookups from the inside out (bounded rounds). */
function resolveLookups(text: string): string {
  let s = text;
  for (let round = 0; round < 12; round++) {
    const before = s;
    s = s.replace(LOOKUP, (m, body: string) => resolveLookup(body) ?? m);
    if (s === before) break;
  }
  return s;
}

function percentDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text.replace(
      /%([0-9a-f]{2})/gi,
      (_m, h: string) => String.fromCharCode(parseInt(h, 16)),
    );
  }
}

/** Base64 (standard or URL-safe) as a Latin-1 string, so binary headers stay byte-exact. */
export function base64Latin1(b64: string): string | undefined {
  try {
    const clean = b64.replace(/-/g, "+").replace(/_/g, "/").replace(/=+$/, "");
    return atob(clean + "=".repeat((4 - (clean.length % 4)) % 4));
  } catch {
    return undefined;
  }
}

/**
 * Extra views of `text` for the code injection rules (never the raw text itself). `decodeWhole`
 * also decodes a value that is entirely base64 — for code-like keys (`data`, `blob`, `pickle`),
 * where that is how serialized objects travel.
 */
export function codeViews(text: string, decodeWhole: boolean): string[] {
  if (text.length > 1 << 16) return [];
  const out = new Set<string>();
  let joined = text;
  if (text.includes("+") && CONCAT.test(text)) {
    // The loader's name may itself be split (`['req'+'uire']('child'+'_process')`): test the joined text.
    const j = text.replace(CONCAT, "");
    if (LOADS_BY_NAME.test(j)) {
      out.add(j);
      joined = j;
    }
  }
  // `global['process']['mainModule']` is `global.process.mainModule` to the interpreter.
  if (joined.includes("](") && BRACKET_NAME.test(joined)) {
    out.add(joined.replace(BRACKET_NAME_G, ".$2"));
  }
  if (text.includes("${") && /\$\{[^}]{0,120}(?::-|lower:|upper:|date:)/i.test(text)) {
    out.add(resolveLookups(text));
  }
  if (text.includes("%") && PERCENT.test(text)) {
    const decoded = percentDecode(text);
    out.add(decoded);
    if (decoded.includes("${")) out.add(resolveLookups(decoded));
  }
  if (text.includes(";base64,")) {
    DATA_URI.lastIndex = 0;
    for (let m = DATA_URI.exec(text); m && out.size < 8; m = DATA_URI.exec(text)) {
      const body = base64Latin1(m[1]);
      if (body) out.add(body);
    }
  }
  const trimmed = text.trim();
  if (
    decodeWhole && trimmed.length <= 8192 && WHOLE_BASE64.test(trimmed) &&
    BASE64_CHARS.test(trimmed)
  ) {
    const body = base64Latin1(trimmed);
    if (body) out.add(body);
  }
  out.delete(text);
  return [...out];
}
