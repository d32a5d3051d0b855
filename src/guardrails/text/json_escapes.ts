/**
 * Tool results are often JSON serialised into a text item, so a value on its own line arrives as
 * `…\nAKIA…` with a literal backslash-n glued to it: `\b` and "starts a token" tests no longer see
 * the value begin. Detectors that report spans (secrets, PII) scan a copy of the text in which
 * each escaped line break or tab becomes a space and the real character, two characters for two:
 * every offset stays valid in the original text, so a redaction still cuts exactly the value, and
 * rules that follow line structure (a PEM or PuTTY key block) see real line breaks.
 */

/** `\\` (kept) or `\n`, `\r`, `\t`; read left to right, so `\\n` stays an escaped backslash and an n. */
const ESCAPE = /\\(?:\\|[nrt])/g;
const REAL: Readonly<Record<string, string>> = { n: " \n", r: " \r", t: " \t" };

/** The last input and its result: secrets and PII scan the same string one after the other. */
let lastIn = "";
let lastOut = "";

/** `text` with JSON `\n`, `\r`, `\t` escapes as a space plus the real character (same offsets). */
export function blankJsonEscapes(text: string): string {
  if (!text.includes("\\")) return text;
  if (text.length === lastIn.length && text === lastIn) return lastOut;
  const out = text.replace(ESCAPE, (m) => (m === "\\\\" ? m : REAL[m[1]]));
  lastIn = text;
  lastOut = out;
  return out;
}
