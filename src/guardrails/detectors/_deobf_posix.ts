/**
 * POSIX shell obfuscation read back (Bashfuscator's encode and string obfuscators): a literal fed
 * by `echo`/`printf`/a here-string (`<<<`) through a chain of decoding filters — `rev`,
 * `base64 -d`, `xxd -r -p`, `tr` ROT13 or case swaps, `gunzip`/
 * `zcat`/`gzip -d` — decoded stage by stage, so `echo … | base64 -d | gunzip | rev | sh` shows
 * the command it pipes to the shell; and `${!name}` indirection through assigned names.
 */
import { inflate } from "./_deobf_inflate.ts";
import { fromBase64, fromHex, reverse, rot13, unescape } from "./_deobf_core.ts";

/** Any decoding filter the pipeline reader knows. */
export const POSIX_GATE =
  /\|rev\b|\| rev\b|base64 -{1,2}d|xxd\s{1,3}-r|\btr\s{1,3}['"]?\[?[^\s'"]-|gunzip|zcat|gzip\s{1,3}-d|<<<|\$\{!/i;

const WORD = String.raw`(?:'[^'\n]{1,6000}'|"[^"\n]{1,6000}"|[^\s|;&'"]{1,6000})`;
const SOURCE = new RegExp(
  String
    .raw`(?:\b(?:echo|printf)\s{1,3}(?:-[neE]{1,3}\s{1,3})?(?:'%s'\s{1,3}|"%s"\s{1,3}|%s\s{1,3})?(${WORD})\s{0,3}((?:\|\s{0,3}[a-z0-9]{2,6}\b[^|;&\n]{0,40}){1,6})|\b(rev|base64|base32|xxd|tr|gunzip|zcat)\b([^<|;&\n]{0,40})<<<\s{0,2}(${WORD}))`,
  "g",
);

function unquote(w: string): string {
  if (w.startsWith("'")) return w.slice(1, -1);
  if (w.startsWith('"')) return unescape(w.slice(1, -1));
  return w;
}

/** POSIX classes `tr` accepts, in their C-locale order. */
const TR_CLASSES: Record<string, string> = {
  lower: "abcdefghijklmnopqrstuvwxyz",
  upper: "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  digit: "0123456789",
};

/**
 * A `tr` set spelled out: ranges (`a-z`, `!-~`), `[:lower:]`-style classes and backslash escapes;
 * undefined for anything else (a repeat `[c*n]`, a set over 256 characters).
 */
export function trSet(spec: string): string | undefined {
  let out = "";
  const chars: string[] = [];
  for (let i = 0; i < spec.length; i++) {
    const cls = /^\[:(\w{5}):\]/.exec(spec.slice(i));
    if (cls) {
      const c = TR_CLASSES[cls[1]];
      if (c === undefined) return undefined;
      chars.push(...c);
      i += cls[0].length - 1;
      continue;
    }
    if (spec[i] === "\\" && i + 1 < spec.length) {
      const e = spec[++i];
      chars.push(e === "n" ? "\n" : e === "t" ? "\t" : e);
      continue;
    }
    chars.push(spec[i]);
  }
  for (let i = 0; i < chars.length; i++) {
    if (chars[i + 1] === "-" && i + 2 < chars.length) {
      const [a, b] = [chars[i].codePointAt(0)!, chars[i + 2].codePointAt(0)!];
      if (b < a || b - a > 255) return undefined;
      for (let c = a; c <= b; c++) out += String.fromCodePoint(c);
      i += 2;
    } else out += chars[i];
    if (out.length > 256) return undefined;
  }
  return out;
}

/** `tr SET1 SET2` applied to `s` (SET2 padded with its last character, as GNU tr does). */
function translate(s: string, from: string, to: string): string | undefined {
  const a = trSet(from);
  const b = trSet(to);
  if (!a || !b) return undefined;
  const map = new Map<string, string>();
  for (let i = 0; i < a.length; i++) map.set(a[i], b[Math.min(i, b.length - 1)]);
  let out = "";
  for (const c of s) out += map.get(c) ?? c;
  return out;
}

/** One filter applied to `s`, or undefined when it is not a decoding filter. */
function filter(stage: string, s: string): string | undefined {
  const t = stage.trim();
  if (/^rev$/.test(t)) return reverse(s.replace(/\n$/, ""));
  if (/^base64\s{1,3}(?:-d|--decode|-D)\b/.test(t)) return fromBase64(s);
  if (/^xxd\s{1,3}-r\s{1,3}-p\b|^xxd\s{1,3}-p\s{1,3}-r\b|^xxd\s{1,3}-rp\b/.test(t)) {
    return fromHex(s);
  }
  if (/^(?:gunzip|zcat|gzip\s{1,3}-d\b)/.test(t)) return inflate(s);
  const tr = /^tr\s{1,3}['"]?([^'"\s]{3,100})['"]?\s{1,3}['"]?([^'"\s]{3,100})['"]?$/.exec(t);
  if (tr) {
    const [a, b] = [tr[1].replace(/\[|\]/g, ""), tr[2].replace(/\[|\]/g, "")];
    if (/^(?:A-Za-z|a-zA-Z)$/.test(a) && /^N-ZA-Mn-za-m$|^n-za-mN-ZA-M$/.test(b)) return rot13(s);
    if (/^A-Z$/.test(a) && /^a-z$/.test(b)) return s.toLowerCase();
    if (/^a-z$/.test(a) && /^A-Z$/.test(b)) return s.toUpperCase();
    if (/^(?:A-Za-z|a-zA-Z)$/.test(a) && /^(?:a-zA-Z|A-Za-z)$/.test(b) && a !== b) {
      return s.replace(
        /[a-zA-Z]/g,
        (c) => c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase(),
      );
    } // Any other pair of sets (ROT47 `'!-~' 'P-~!-O'`, a shuffled alphabet): translated.
    return translate(s, tr[1], tr[2]);
  }
  return undefined;
}

/** The shell text with each decoding pipeline replaced by what it outputs; undefined if none. */
export function posixPipelines(text: string): string | undefined {
  let changed = false;
  const out = text.replace(SOURCE, (all, word, pipes, hsCmd, hsArgs, hsWord) => {
    let s = unquote(word ?? hsWord);
    const stages = word ? (pipes as string).split("|").slice(1) : [`${hsCmd}${hsArgs}`];
    let used = 0;
    for (const st of stages) {
      const next = filter(st, s);
      if (next === undefined) break;
      s = next;
      used++;
    }
    if (used === 0) return all;
    changed = true;
    const rest = word ? stages.slice(used).map((x) => `|${x}`).join("") : "";
    return `${s}${rest}`;
  });
  return changed ? out : undefined;
}
