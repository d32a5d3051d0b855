/**
 * POSIX shell variables read back (Bashfuscator's token and string obfuscators, the
 * PayloadsAllTheThings filter-bypass lists): a command split over assignments and rebuilt by
 * parameter expansion — `a='rm -rf --no-p';b='reserve-root /';eval "$a$b"`, substrings
 * `${x:3:12}`, case changes `${x,,}`/`${x^^}`, substitutions `${x//#/}`, prefix and suffix removal
 * `${x#zz}`/`${x%zz}`, indirection `${!n}`, array elements `s=(r m f); ${s[0]}${s[1]}` — then run by `eval`, `sh -c`/`bash -c` or as a
 * command of its own. A small interpreter runs the assignments in order and writes out each
 * command with its variables expanded and its quotes removed, as the shell would run it.
 * Variables it was not given (`$HOME`, `$1`) are left as written.
 */

/** An assignment and an expansion: both must occur for the interpreter to run. */
export const POSIX_VARS_GATE = /(?:^|[;&|\n(]\s{0,4})[A-Za-z_]\w{0,30}=[^=\s]/;
const EXPANSION = /\$\{?!?[A-Za-z_]/;

const MAX_STATEMENTS = 200;
const MAX_VALUE = 8000;

/** Statements of a script: split at `;`, `&&`, `||`, `|` and newlines outside quotes. */
function statements(s: string): string[] {
  const out: string[] = [];
  let cur = "";
  let q = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) {
      if (c === "\\" && q === '"' && i + 1 < s.length) {
        cur += c + s[++i];
        continue;
      }
      if (c === q) q = "";
      cur += c;
      continue;
    }
    if (c === "'" || c === '"') {
      q = c;
      cur += c;
      continue;
    }
    if (c === "\n" || c === ";" || c === "&" || c === "|") {
      out.push(cur);
      out.push(c === "|" && s[i + 1] !== "|" ? "|" : "");
      cur = "";
      if ((c === "&" || c === "|") && s[i + 1] === c) i++;
      continue;
    }
    cur += c;
  }
  out.push(cur);
  return out;
}

/** `${name…}` operators applied to `val`. */
function operate(val: string, op: string): string | undefined {
  if (op === "") return val;
  let m = /^:\s{0,2}(-?\d{1,5})(?:\s{0,2}:\s{0,2}(-?\d{1,5}))?$/.exec(op);
  if (m) {
    let start = Number(m[1]);
    if (start < 0) start = Math.max(0, val.length + start);
    if (m[2] === undefined) return val.slice(start);
    const n = Number(m[2]);
    return n < 0 ? val.slice(start, val.length + n) : val.slice(start, start + n);
  }
  if (op === ",,") return val.toLowerCase();
  if (op === "^^") return val.toUpperCase();
  if (op === ",") return val.charAt(0).toLowerCase() + val.slice(1);
  if (op === "^") return val.charAt(0).toUpperCase() + val.slice(1);
  if (op === "~~") {
    return val.replace(/[a-z]/gi, (c) => c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase());
  }
  m = /^(\/\/?)([^\/*?\[]{1,40})(?:\/(.{0,40}))?$/.exec(op);
  if (m) return m[1] === "//" ? val.split(m[2]).join(m[3] ?? "") : val.replace(m[2], m[3] ?? "");
  m = /^(##?|%%?)([^*?\[]{1,40})$/.exec(op);
  if (m) {
    if (m[1][0] === "#") return val.startsWith(m[2]) ? val.slice(m[2].length) : val;
    return val.endsWith(m[2]) ? val.slice(0, val.length - m[2].length) : val;
  }
  return undefined;
}

/** Parameter expansions in an unquoted or double-quoted run; `hit` records that one applied. */
function expand(s: string, vars: Map<string, string>, hit: { n: number }): string {
  return s.replace(
    /\$\{(!?)([A-Za-z_]\w{0,30})([^}]{0,60})\}|\$([A-Za-z_]\w{0,30})/g,
    (all, bang: string | undefined, name: string | undefined, op: string | undefined, bare) => {
      // `${arr[2]}`, `${arr[@]}`: an element of an array assigned `arr=(a b c)`.
      const idx = /^\[\s{0,2}(\d{1,4}|[@*])\s{0,2}\]/.exec(op ?? "");
      let key = name ?? bare;
      if (idx && name) {
        key = /\d/.test(idx[1]) ? `${name}[${Number(idx[1])}]` : `${name}[@]`;
        op = op!.slice(idx[0].length);
      }
      let val = vars.get(key);
      if (val === undefined) return all;
      if (bang) {
        val = vars.get(val);
        if (val === undefined) return all;
      }
      const out = operate(val, op ?? "");
      if (out === undefined) return all;
      hit.n++;
      return out;
    },
  );
}

/** The words of a statement with quotes removed and variables expanded. */
function words(stmt: string, vars: Map<string, string>, hit: { n: number }): string[] {
  const out: string[] = [];
  let cur = "";
  let any = false;
  const re =
    /\$'((?:[^'\\]|\\.){0,4000})'|'([^']{0,4000})'|"((?:[^"\\]|\\.){0,4000})"|(\s+)|(\$\{[^}]{1,80}\}|\$\w+|[^\s'"$]+|\$)/g;
  for (const m of stmt.matchAll(re)) {
    if (m[4] !== undefined) {
      if (any) out.push(cur);
      cur = "";
      any = false;
      continue;
    }
    any = true;
    if (m[1] !== undefined) cur += m[1];
    else if (m[2] !== undefined) cur += m[2];
    else if (m[3] !== undefined) cur += expand(m[3].replace(/\\(["\\$`])/g, "$1"), vars, hit);
    else cur += expand(m[5], vars, hit);
  }
  if (any) out.push(cur);
  return out;
}

const ARRAY = /^([A-Za-z_]\w{0,30})=\(([^()]{0,2000})\)$/;
const ASSIGNMENT = /^([A-Za-z_]\w{0,30})=([\s\S]*)$/;
const PREFIX = /^(?:export|local|readonly|declare|typeset)$/;

/**
 * The commands `text` runs once its variables are expanded, one per line; undefined when no
 * variable it assigns is expanded.
 */
export function posixVariables(text: string): string | undefined {
  if (text.length > 8000 || !EXPANSION.test(text)) return undefined;
  const vars = new Map<string, string>();
  const hit = { n: 0 };
  const ran: string[] = [];
  const parts = statements(text).slice(0, MAX_STATEMENTS * 2);
  for (let i = 0; i < parts.length; i += 2) {
    const raw = parts[i].trim();
    const sep = parts[i + 1] ?? "";
    if (!raw || raw.length > 4000) continue;
    const before = hit.n;
    const arr = ARRAY.exec(raw);
    if (arr) {
      const items = words(arr[2], vars, hit);
      items.forEach((x, n) => vars.set(`${arr[1]}[${n}]`, x));
      vars.set(arr[1], items[0] ?? "");
      vars.set(`${arr[1]}[@]`, items.join(" "));
      continue;
    }
    let w = words(raw, vars, hit);
    if (w.length > 0 && PREFIX.test(w[0])) w = w.slice(1);
    if (w.length > 0 && w.every((x) => ASSIGNMENT.test(x))) {
      for (const x of w) {
        const m = ASSIGNMENT.exec(x)!;
        if (vars.size < 64 && m[2].length <= MAX_VALUE) vars.set(m[1], m[2]);
      }
      continue;
    }
    // `eval …` and `sh -c '…'` run their argument as a command line.
    if (w[0] === "eval") w = w.slice(1);
    else if (/^(?:\/bin\/)?(?:ba|da|z|k)?sh$/.test(w[0] ?? "") && /^-\w{0,3}c$/.test(w[1] ?? "")) {
      w = w.slice(2);
    }
    const line = hit.n > before ? w.join(" ") : raw;
    ran.push(sep === "|" ? `${line} |` : line);
  }
  if (hit.n === 0 || ran.length === 0) return undefined;
  const out = ran.join("\n").replace(/ \|\n/g, " | ");
  return out.length > MAX_VALUE * 2 ? undefined : out;
}
