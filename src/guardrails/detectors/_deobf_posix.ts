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
  /\|rev\b|\| rev\b|\|\s{0,2}(?:cut|sed|cat|tr)\s|base64 -{1,2}d|xxd\s{1,3}-r|\btr\s{1,3}['"]?\[?[^\s'"]-|gunzip|zcat|gzip\s{1,3}-d|<<<|\$\{!/i;

const WORD = String.raw`(?:'[^'\n]{1,6000}'|"[^"\n]{1,6000}"|[^\s|;&'")]{1,6000})`;
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
  // The last stage of a command substitution carries its closing `)` (and quote): not an argument.
  const t = stage.trim().replace(/\s{0,3}\)["'`]?$/, "");
  if (/^rev$/.test(t)) return reverse(s.replace(/\n$/, ""));
  if (/^base64\s{1,3}(?:-d|--decode|-D)\b/.test(t)) return fromBase64(s);
  if (/^xxd\s{1,3}-r\s{1,3}-p\b|^xxd\s{1,3}-p\s{1,3}-r\b|^xxd\s{1,3}-rp\b/.test(t)) {
    return fromHex(s);
  }
  if (/^(?:gunzip|zcat|gzip\s{1,3}-d\b)/.test(t)) return inflate(s);
  // Pass-through stages between the literal and the shell (`| cut -c1- |`, `| cat |`), and the
  // string obfuscators' deletions and substitutions (`tr -d '#'`, `sed 's/@@/m/g'`).
  if (/^(?:cat|tee)$|^cut\s{1,3}-c\s{0,2}1-$/.test(t)) return s;
  const del = /^tr\s{1,3}-d\s{1,3}(['"]?)([^'"\s]{1,40})\1$/.exec(t);
  if (del) {
    const set = trSet(del[2]);
    return set === undefined ? undefined : [...s].filter((c) => !set.includes(c)).join("");
  }
  const sed =
    /^sed\s{1,3}(?:-e\s{1,3})?(['"]?)s([\/|#:,])([\w@#%~!=+-]{1,40})\2([\w@#%~!=+ .\/-]{0,40})\2(g?)\1$/
      .exec(t);
  if (sed) return sed[5] ? s.split(sed[3]).join(sed[4]) : s.replace(sed[3], sed[4]);
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

/** Filters that pass text on, edited at most: their output is a command only in front of a shell. */
const PASS_THROUGH = /^(?:cat|tee|cut|sed|tr\s{1,3}-d)\b/;
const SHELL_STAGE = /^\s{0,3}(?:\/(?:usr\/)?bin\/)?(?:ba|da|z|k)?sh\b/;

/** The shell text with each decoding pipeline replaced by what it outputs; undefined if none. */
export function posixPipelines(text: string): string | undefined {
  let changed = false;
  const out = text.replace(SOURCE, (all, word, pipes, hsCmd, hsArgs, hsWord) => {
    let s = unquote(word ?? hsWord);
    const stages = word ? (pipes as string).split("|").slice(1) : [`${hsCmd}${hsArgs}`];
    let used = 0;
    let decoded = false;
    for (const st of stages) {
      const next = filter(st, s);
      if (next === undefined) break;
      if (!PASS_THROUGH.test(st.trim())) decoded = true;
      s = next;
      used++;
    }
    if (used === 0) return all;
    // Text only passed through (`| cat |`, `| sed 's/x/y/' |`) is a command only if a shell runs it.
    if (!decoded && !SHELL_STAGE.test(stages[used] ?? "")) return all;
    changed = true;
    const close = /\)["'`]?\s{0,3}$/.exec(stages[used - 1])?.[0] ?? "";
    const rest = word ? stages.slice(used).map((x) => `|${x}`).join("") || close : "";
    return `${s}${rest}`;
  });
  return changed ? out : undefined;
}
