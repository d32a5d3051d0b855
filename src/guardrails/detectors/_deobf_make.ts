/**
 * GNU make text functions read back: a recipe command assembled from variables through
 * `$(subst from,to,text)`, `$(strip …)` and nested `$(VAR)` references (`SYNC := $(subst _, ,
 * $(subst Q,c,$(_t)))`, then `@$(SYNC)` in a recipe) — a build file's way of hiding a command
 * from a reader. The interpreter expands each recipe line (a line that starts with a tab) with
 * the variables the file defines and writes out the lines that changed, `$$` read as `$`.
 */

/** A text function whose arguments the interpreter rewrites. */
export const MAKE_GATE = /\$[({]subst\s/;

const DEF = /^([A-Za-z_][\w.-]{0,40})\s{0,4}(?::{1,3}=|\?=|=)\s{0,4}(.{0,4000})$/;
const MAX_DEPTH = 8;
const MAX_OUT = 8000;

/** The arguments of a function call, split at top-level commas. */
function args(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = "";
  for (const c of body) {
    if (c === "(" || c === "{") depth++;
    if (c === ")" || c === "}") depth--;
    if (c === "," && depth === 0) {
      out.push(cur);
      cur = "";
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/** `text` with `$(…)` references and the text functions expanded (unknown ones left). */
function expand(text: string, vars: Map<string, string>, depth: number): string {
  if (depth > MAX_DEPTH || !text.includes("$")) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== "$") {
      out += c;
      continue;
    }
    const open = text[i + 1];
    if (open === "$") {
      out += "$$";
      i++;
      continue;
    }
    if (open !== "(" && open !== "{") {
      out += c;
      continue;
    }
    const close = open === "(" ? ")" : "}";
    let d = 0;
    let j = i + 1;
    for (; j < text.length; j++) {
      if (text[j] === open) d++;
      else if (text[j] === close && --d === 0) break;
    }
    if (j >= text.length) {
      out += text.slice(i);
      break;
    }
    const inner = text.slice(i + 2, j);
    const fn = /^(subst|strip)\s([\s\S]*)$/.exec(inner);
    if (fn) {
      const a = args(fn[2]).map((x) => expand(x, vars, depth + 1));
      if (fn[1] === "subst" && a.length === 3 && a[0].length > 0) {
        out += a[2].split(a[0]).join(a[1]);
      } else if (fn[1] === "strip") out += a.join(",").trim().replace(/\s+/g, " ");
      else out += text.slice(i, j + 1);
    } else if (vars.has(inner)) out += expand(vars.get(inner)!, vars, depth + 1);
    else out += text.slice(i, j + 1);
    i = j;
    if (out.length > MAX_OUT) break;
  }
  return out;
}

/** The recipe lines of a makefile whose text functions change them; undefined if none. */
export function makeRecipes(text: string): string | undefined {
  if (text.length > 40_000) return undefined;
  const vars = new Map<string, string>();
  const lines = text.split("\n");
  for (const l of lines) {
    const m = DEF.exec(l);
    if (m && vars.size < 200) vars.set(m[1], m[2].trim());
  }
  const out: string[] = [];
  for (const l of lines) {
    if (!l.startsWith("\t") || !l.includes("$")) continue;
    const e = expand(l.trim().replace(/^[@+-]{1,3}/, ""), vars, 0);
    if (e !== l.trim().replace(/^[@+-]{1,3}/, "")) out.push(e.replace(/\$\$/g, "$"));
    if (out.length > 50) break;
  }
  return out.length > 0 ? out.join("\n").slice(0, MAX_OUT) : undefined;
}
