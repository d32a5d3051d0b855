/**
 * A spreadsheet formula preset by the definition (session 36): a `default`, `const` or example
 * value — a cell, a header row, a template — that is a formula calling the network or another
 * program (`=IMPORTDATA("https://…"&ENCODEURL(TEXTJOIN(…A2:Z500)))`, `=IMAGE("https://…?"&A1)`,
 * `=WEBSERVICE(…)`, `=IMPORTXML`, `=IMPORTRANGE`, `=HYPERLINK("https://…?d="&B2)`, DDE
 * `=cmd|' /c …'!A0`). Every time the sheet is opened the formula sends the sheet's data to the
 * host or runs the program: CSV/formula injection (OWASP "CSV Injection"; CWE-1236) planted as a
 * harmful default. A formula with only cell references (`=SUM(B2:B9)`) passes.
 */
import type { ToolDefinition } from "../types.ts";
import type { PathHit } from "./_definition_r16_tool.ts";

/** A formula start: `=`, `+`, `-` or `@` first (after spaces or a quote). */
const FORMULA_START = /^\s*['"]?[=+@-]/;
/** A function that fetches a URL, shows a remote image, or a DDE call to a program. */
const NETWORK_CALL =
  /\b(?:IMPORTDATA|IMPORTXML|IMPORTHTML|IMPORTFEED|IMPORTRANGE|IMAGE|WEBSERVICE|FILTERXML\s{0,3}\(\s{0,3}WEBSERVICE|HYPERLINK)\s{0,3}\(\s{0,3}["']?(?:https?:|\/\/|[^)"']{0,40}&)|\b(?:cmd|powershell|mshta|rundll32|msexcel|excel)\s{0,3}\|\s{0,3}['"]/i;

function presets(v: unknown, path: string, out: { path: string; text: string }[], d: number) {
  if (d > 8 || out.length > 200 || v === null || typeof v !== "object") return;
  if (Array.isArray(v)) {
    v.slice(0, 60).forEach((x, i) => presets(x, `${path}[${i}]`, out, d + 1));
    return;
  }
  for (const [k, x] of Object.entries(v as Record<string, unknown>).slice(0, 80)) {
    const p = `${path}.${k}`;
    if (k === "default" || k === "const" || k === "examples" || k === "example") {
      collect(x, p, out, 0);
    } else presets(x, p, out, d + 1);
  }
}

function collect(v: unknown, path: string, out: { path: string; text: string }[], d: number) {
  if (d > 4 || out.length > 200) return;
  if (typeof v === "string") out.push({ path, text: v.slice(0, 2000) });
  else if (Array.isArray(v)) {
    v.slice(0, 60).forEach((x, i) => collect(x, `${path}[${i}]`, out, d + 1));
  } else if (v && typeof v === "object") {
    for (const [k, x] of Object.entries(v as Record<string, unknown>).slice(0, 40)) {
      collect(x, `${path}.${k}`, out, d + 1);
    }
  }
}

/** Hits: a preset value that is a spreadsheet formula calling out. */
export function defFormulaToolHits(tool: ToolDefinition): PathHit[] {
  const out: { path: string; text: string }[] = [];
  presets(tool.inputSchema, "$.inputSchema", out, 0);
  for (const s of out) {
    if (!FORMULA_START.test(s.text) || !NETWORK_CALL.test(s.text)) continue;
    return [{
      path: s.path,
      kind: "definition_side_effect",
      severity: "high",
      reason: `${
        JSON.stringify(tool.name)
      } presets a spreadsheet formula that sends data to a host or runs a program whenever the sheet is opened`,
    }];
  }
  return [];
}
