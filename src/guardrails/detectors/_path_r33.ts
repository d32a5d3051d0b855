/**
 * Round-33 path false-positive fix: a note-like argument (`reason`, `description`, `note` …) that
 * names a system file only as a format — "parser fixture for /etc/passwd format", "sample in the
 * layout of ~/.ssh/config", "Beispiel im Format von /etc/shadow". The file is a data format being
 * talked about, not a file being opened. Only findings whose own span sits next to a format word
 * are lowered, only in stored prose without an order to act (see `proseMention`); path arguments
 * and prose that asks to read or send the file are judged as before.
 */
import { proseMention } from "./_search_sentence.ts";
import type { Finding } from "../types.ts";

/** A format word right after the mention: `… /etc/passwd format`, `/etc/hosts-style entries`. */
const AFTER =
  /^["'`]?(?:\s{1,3}|-)(?:file\s{1,3}|style\s{1,3}|like\s{1,3})?(?:format|formats|formatted|syntax|layout|structure|schema|style|fields|columns|entries|lines|parser|parsing|形式|格式|フォーマット)(?![\w-])/i;
/** A format word right before it: `format of /etc/passwd`, `formato de`, `Format von`, `-style`. */
const BEFORE =
  /(?:\b(?:format|formats|syntax|layout|structure|schema|formato|formatu|formatos)\s{1,3}(?:of|de|do|da|del|von|der|des|du|di|della)\s{1,3}(?:an?\s{1,3}|the\s{1,3}|la\s{1,3}|le\s{1,3}|el\s{1,3}|o\s{1,3}|a\s{1,3})?|\b(?:like|as)\s{1,3}(?:an?\s{1,3})?)["'`]?$/i;

/** `findings` with sensitive-file hits that name a file format in note prose lowered to low. */
export function formatMentions(
  key: string | undefined,
  text: string,
  findings: Finding[],
): Finding[] {
  if (text.length > 4000 || !proseMention(key, text)) return findings;
  return findings.map((f) => {
    if (f.kind !== "sensitive_file" || f.start === undefined || f.end === undefined) return f;
    const after = text.slice(f.end, f.end + 40);
    const before = text.slice(Math.max(0, f.start - 40), f.start);
    return AFTER.test(after) || BEFORE.test(before) ? { ...f, severity: "low" } : f;
  });
}
