/**
 * cmd.exe obfuscation read back (Invoke-DOSfuscation's families): `^` escapes, environment
 * variables sliced into commands (`%COMSPEC:~-7,1%`, `%ProgramData:~0,1%`), `set` variables
 * concatenated and substituted (`%a:x=y%`), `cmd /v:on` delayed expansion (`!a!`, `!a:~3,1!`),
 * `call set`, and `FOR /L` loops that rebuild a command one character per turn
 * (`for /L %i in (6,-1,0) do set r=!r!!f:~%i,1!`). A small interpreter runs the `set`s and loop
 * turns in order and writes out the commands with every variable expanded.
 */

/** Any construct the interpreter reads. */
export const CMD_GATE = /\bset\s{1,3}"?\w{1,40}=|:~|\bfor\s{1,3}\/l\b/i;

/** Default values of the variables Invoke-DOSfuscation slices (a stock Windows install). */
const ENV: Record<string, string> = {
  comspec: "C:\\WINDOWS\\system32\\cmd.exe",
  windir: "C:\\WINDOWS",
  systemroot: "C:\\WINDOWS",
  systemdrive: "C:",
  programdata: "C:\\ProgramData",
  allusersprofile: "C:\\ProgramData",
  programfiles: "C:\\Program Files",
  "programfiles(x86)": "C:\\Program Files (x86)",
  commonprogramfiles: "C:\\Program Files\\Common Files",
  public: "C:\\Users\\Public",
  pathext: ".COM;.EXE;.BAT;.CMD;.VBS;.VBE;.JS;.JSE;.WSF;.WSH;.MSC",
  os: "Windows_NT",
  processor_architecture: "AMD64",
};

const MAX_STEPS = 400;
const MAX_OUT = 8000;

/** `%name%`, `%name:~a,b%`, `%name:x=y%` (or with `!`): expanded where the variable is known. */
function expand(s: string, vars: Map<string, string>, mark: "%" | "!", blank = false): string {
  const re = mark === "%"
    ? /%([\w()]{1,40})(?::(?:~(-?\d{1,4})(?:,(-?\d{1,4}))?|(\*?[^%=\n]{1,40})=([^%\n]{0,40})))?%/g
    : /!([\w()]{1,40})(?::(?:~(-?\d{1,4})(?:,(-?\d{1,4}))?|(\*?[^!=\n]{1,40})=([^!\n]{0,40})))?!/g;
  return s.replace(re, (all, name: string, a, b, from, to) => {
    const val = vars.get(name.toLowerCase()) ?? ENV[name.toLowerCase()];
    if (val === undefined) return blank ? "" : all;
    if (a !== undefined) {
      let start = Number(a);
      if (start < 0) start = Math.max(0, val.length + start);
      let end = val.length;
      if (b !== undefined) {
        const n = Number(b);
        end = n < 0 ? val.length + n : start + n;
      }
      return val.slice(start, Math.max(start, end));
    }
    if (from !== undefined) {
      const f = from.startsWith("*") ? from.slice(1) : from;
      if (!f) return val;
      const i = val.toLowerCase().indexOf(f.toLowerCase());
      if (from.startsWith("*")) return i < 0 ? val : to + val.slice(i + f.length);
      return val.split(new RegExp(f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "gi")).join(to ?? "");
    }
    return val;
  });
}

const SET =
  /^\s{0,4}(?:@?call\s{1,3})?@?set\s{1,3}(?:\/a\s{1,3})?("?)([\w()]{1,40})=(.{0,2000}?)\1\s{0,4}$/i;
const FOR_L =
  /^\s{0,4}@?for\s{1,3}\/l\s{1,3}%%?(\w)\s{1,3}in\s{0,3}\(\s{0,3}(-?\d{1,4})\s{0,3}[, ]\s{0,3}(-?\d{1,4})\s{0,3}[, ]\s{0,3}(-?\d{1,4})\s{0,3}\)\s{1,3}do\s{1,3}(.{1,2000})$/i;

/** A `FOR /L … do` whose body runs to the end of the line. */
const FOR_HEAD = /^\s{0,4}@?for\s{1,3}\/l\b[^\n]{0,200}?\sdo\s/i;

/** Statements of a line: split at `&`, `&&`, `||` and newlines (not inside double quotes). */
function statements(s: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '"') quoted = !quoted;
    const split = c === "\n" ||
      (!quoted && (c === "&" || (c === "|" && s[i + 1] === "|")) && !FOR_HEAD.test(cur));
    if (split) {
      if (cur.trim()) out.push(cur);
      cur = "";
      if (s[i + 1] === c) i++;
      continue;
    }
    cur += c;
  }
  if (cur.trim()) out.push(cur);
  return out;
}

/** What cmd.exe runs for `text`, variables expanded in order; undefined when nothing expands. */
export function cmdInterpret(text: string): string | undefined {
  if (text.length > 20_000) return undefined;
  const vars = new Map<string, string>();
  const ran: string[] = [];
  let steps = 0;
  let changed = false;
  /** `cmd /v:on` or `setlocal EnableDelayedExpansion`: an unset `!name!` expands to nothing. */
  const delayed = /\/v:on\b|enabledelayedexpansion/i.test(text);
  const run = (stmt: string, depth: number): void => {
    if (++steps > MAX_STEPS || depth > 4) return;
    const unescaped = stmt.replace(/\^(.)/g, "$1");
    let s = expand(unescaped, vars, "%");
    if (s !== unescaped) changed = true;
    // `cmd /v:on /c "…"`: the quoted command is run by the inner shell.
    const inner =
      /^\s{0,4}(?:cmd(?:\.exe)?)\s{1,3}(?:\/[a-z](?::\w{1,4})?\s{1,3}){0,4}\/[ck]\s{1,3}"?(.{0,4000}?)"?\s{0,2}$/i
        .exec(s);
    if (inner && inner[1].trim()) {
      for (const t of statements(inner[1])) run(t, depth + 1);
      return;
    }
    const f = FOR_L.exec(stmt);
    if (f) {
      const [, v, a, st, b] = f;
      const start = Number(a), step = Number(st), end = Number(b);
      if (step === 0) return;
      changed = true;
      for (let i = start, n = 0; (step > 0 ? i <= end : i >= end) && n < 200; i += step, n++) {
        const body = f[5].replace(new RegExp(`%%?${v}\\b`, "g"), String(i)).replace(
          /^\s{0,2}\(|\)\s{0,2}$/g,
          "",
        );
        for (const t of statements(body)) run(t, depth + 1);
      }
      return;
    }
    const before = s;
    s = expand(s, vars, "!", delayed);
    if (s !== before) changed = true;
    const m = SET.exec(s);
    if (m) {
      // An unquoted value keeps the spaces an expansion put at its end (`set r=!r!!f:~5,1!`
      // appending a space one character per turn); spaces written before `&` are dropped.
      const keep = m[1] === "" && !/\s$/.test(stmt) && /\s$/.test(s) ? /=(.*)$/s.exec(s) : null;
      vars.set(m[2].toLowerCase(), keep ? keep[1] : m[3]);
      return;
    }
    // `if 0==0 cmd`: a comparison of two literals decides.
    const cond =
      /^\s{0,4}@?if\s{1,3}(?:\/i\s{1,3})?"?([^\s"=]{0,40})"?\s{0,2}==\s{0,2}"?([^\s"]{0,40})"?\s{1,3}(.+)$/i
        .exec(s);
    if (cond && !/[%!]/.test(cond[1] + cond[2])) {
      if (cond[1].toLowerCase() === cond[2].toLowerCase()) ran.push(cond[3].trim());
      return;
    }
    ran.push(s.trim());
  };
  for (const t of statements(text)) run(t, 0);
  const out = ran.join("\n");
  if (!changed || out.length > MAX_OUT || ran.length === 0) return undefined;
  return out;
}
