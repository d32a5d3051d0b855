/**
 * Tool-definition scanner (tool poisoning, preference manipulation, cross-server shadowing).
 * Walks every string of a definition — name, title, description, input/output schema (property
 * names, descriptions, titles, enums, defaults, examples) and annotations — and reports each
 * finding with its JSON path. Text checks reuse the injection and unicode detectors; names are
 * compared with other servers' tools exactly, by homoglyph skeleton, case/separator-insensitively
 * and (for longer names) at edit distance 1.
 */
import { z } from "zod";
import type { DefinitionDetector, FieldContext, Finding, ToolDefinition } from "../types.ts";
import { skeleton } from "../text/confusables.ts";
import { normalizeText } from "../text/views.ts";
import { injectionDetector, InjectionOptionsSchema } from "./injection.ts";
import { unicodeDetector, UnicodeOptionsSchema } from "./unicode.ts";

/** Options of the tool-definition detector. */
export const ToolDefinitionOptionsSchema = z.strictObject({
  /** Compare names with other servers' tools. */
  check_shadowing: z.boolean().default(true),
  /** Report names at edit distance 1 from another server's tool (names of 6+ characters). */
  fuzzy_names: z.boolean().default(true),
  /** Report "always use this tool" style preference manipulation. */
  check_preference: z.boolean().default(true),
  /** Report descriptions that talk about other tools. */
  check_cross_references: z.boolean().default(true),
  /** Options passed to the injection detector for each string. */
  injection: InjectionOptionsSchema.default(InjectionOptionsSchema.parse({})),
  /** Options passed to the unicode detector for each string. */
  unicode: UnicodeOptionsSchema.default(UnicodeOptionsSchema.parse({})),
});

/** Parsed tool-definition detector options. */
export type ToolDefinitionOptions = z.infer<typeof ToolDefinitionOptionsSchema>;

const VALID_NAME = /^[a-zA-Z0-9_.-]{1,128}$/;
const MAX_STRINGS = 5000;
const MAX_DEPTH = 32;
const IDENT = /^[A-Za-z_$][\w$]*$/;

const SEP = String.raw`[\s*_"'\x60]+`;
const TOOL = String.raw`(?:tool|function|server|plugin|integration)s?`;
const PREFERENCE = new RegExp(
  [
    String
      .raw`\balways${SEP}(?:use|call|invoke|prefer|choose|pick|select|run)${SEP}(?:this|the${SEP}\w+|our|me)${SEP}?${TOOL}?`,
    String
      .raw`\b(?:use|call|invoke|run)${SEP}(?:this|me|it)${SEP}(?:${TOOL}${SEP})?(?:first|instead|exclusively|only|before${SEP}(?:any|all|other)|in${SEP}place${SEP}of)\b`,
    String
      .raw`\b(?:do${SEP}not|don'?t|never|avoid)${SEP}(?:use|call|invoke|using|calling|trust)${SEP}(?:any${SEP})?(?:other|another|different|alternative|competing|third[- ]party)${SEP}${TOOL}`,
    String
      .raw`\b(?:this|it)${SEP}is${SEP}the${SEP}only${SEP}(?:trusted|safe|secure|reliable|official|correct|approved|valid|legitimate)${SEP}${TOOL}`,
    String
      .raw`\b(?:prefer|choose|favou?r|select|pick)${SEP}(?:this|it|me)${SEP}(?:${TOOL}${SEP})?(?:over|above|instead${SEP}of|rather${SEP}than)\b`,
    String
      .raw`\b(?:must|should|shall)${SEP}(?:always${SEP})?be${SEP}(?:used|called|invoked|preferred)${SEP}(?:first|instead|before|over|exclusively)\b`,
    String
      .raw`\b(?:all${SEP})?other${SEP}${TOOL}${SEP}(?:are|is)${SEP}(?:deprecated|unsafe|untrusted|insecure|broken|unreliable|malicious|compromised|outdated)\b`,
  ].join("|"),
  "i",
);
const OTHER_TOOLS = new RegExp(
  String
    .raw`\b(?:before|after|when|whenever|each${SEP}time|every${SEP}time|instead${SEP}of)${SEP}(?:the${SEP}user${SEP}|you${SEP}|the${SEP}(?:assistant|model|agent)${SEP})?(?:use|uses|using|call|calls|calling|invoke|invokes|invoking|run|runs|running)${SEP}(?:any|another|other|all|every)${SEP}(?:other${SEP})?${TOOL}`,
  "i",
);
const NAMED_TOOL = new RegExp(
  String
    .raw`\b(?:before|after|when|whenever|instead${SEP}of)${SEP}(?:the${SEP}user${SEP}|you${SEP})?(?:use|uses|using|call|calls|calling|invoke|invokes|invoking|run|runs|running)${SEP}(?:the${SEP})?([a-z0-9]+(?:[_.-][a-z0-9]+)+)`,
  "i",
);

interface Str {
  path: string;
  text: string;
}

function childPath(path: string, key: string): string {
  return IDENT.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/** Every string (and object key) under `value`, with its JSON path. */
function collect(value: unknown, path: string, out: Str[], depth: number): void {
  if (out.length >= MAX_STRINGS || depth > MAX_DEPTH) return;
  if (typeof value === "string") out.push({ path, text: value });
  else if (Array.isArray(value)) {
    value.forEach((v, i) => collect(v, `${path}[${i}]`, out, depth + 1));
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const p = childPath(path, k);
      out.push({ path: p, text: k });
      collect(v, p, out, depth + 1);
    }
  }
}

/** A name folded for comparison: homoglyphs to Latin, lower case, separators dropped. */
function foldName(name: string): string {
  return skeleton(name).toLowerCase().replace(/[\s_.\-]+/g, "");
}

function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

function nameFindings(
  tool: ToolDefinition,
  others: readonly ToolDefinition[],
  opts: ToolDefinitionOptions,
): Finding[] {
  const out: Finding[] = [];
  const f = (kind: string, severity: Finding["severity"], reason: string): void => {
    out.push({ detector: "tool_definition", kind, severity, reason, path: "$.name" });
  };
  if (!VALID_NAME.test(tool.name)) {
    f(
      "invalid_name",
      "high",
      "Tool name has characters outside [a-zA-Z0-9_.-] or is longer than 128; it may hide control or look-alike characters",
    );
  }
  if (!opts.check_shadowing) return out;
  const mine = foldName(tool.name);
  const skel = skeleton(tool.name);
  for (const o of others) {
    if (o.server === tool.server) continue;
    const where = `a tool on server ${JSON.stringify(o.server)}`;
    if (o.name === tool.name) {
      f("shadowing", "high", `Tool name is identical to ${where}; one can shadow the other`);
    } else if (skeleton(o.name) === skel) {
      f(
        "shadowing_homoglyph",
        "critical",
        `Tool name looks identical to ${where} but uses look-alike characters`,
      );
    } else if (foldName(o.name) === mine) {
      f(
        "shadowing_confusable",
        "high",
        `Tool name differs from ${where} only in case or separators`,
      );
    } else if (opts.fuzzy_names && mine.length >= 6 && withinOneEdit(foldName(o.name), mine)) {
      f(
        "shadowing_similar",
        "medium",
        `Tool name is one character away from ${where}; check it is not impersonating it`,
      );
    } else continue;
    break;
  }
  return out;
}

function textFindings(
  s: Str,
  tool: ToolDefinition,
  others: readonly ToolDefinition[],
  opts: ToolDefinitionOptions,
): Finding[] {
  const field: FieldContext = {
    stage: "definition",
    path: s.path,
    tool: tool.name,
    server: tool.server,
  };
  // Identifiers (names, property keys) hide sentences as snake_case or camelCase words.
  const words = s.text.replace(/[_.-]+/g, " ").replace(/([a-z])([A-Z])/g, "$1 $2");
  const out: Finding[] = [
    ...injectionDetector.scan(s.text, field, opts.injection),
    ...(words !== s.text && !/\s/.test(s.text)
      ? injectionDetector.scan(words, field, opts.injection)
      : [])
      .map(({ start: _s, end: _e, ...f }) => f),
    ...unicodeDetector.scan(s.text, field, opts.unicode),
  ].map((x) => ({ ...x, path: s.path }));
  const add = (kind: string, severity: Finding["severity"], reason: string): void => {
    out.push({ detector: "tool_definition", kind, severity, reason, path: s.path });
  };
  if (s.text.length < 4) return out;
  const plain = skeleton(normalizeText(s.text));
  if (opts.check_preference && PREFERENCE.test(plain)) {
    add(
      "preference_manipulation",
      "high",
      "Definition pressures the model to prefer this tool over others",
    );
  }
  if (!opts.check_cross_references) return out;
  if (OTHER_TOOLS.test(plain)) {
    add(
      "cross_tool_instruction",
      "high",
      "Definition gives instructions about what to do when other tools are used",
    );
  }
  const named = NAMED_TOOL.exec(plain)?.[1];
  if (named && named !== tool.name) {
    add(
      "cross_tool_instruction",
      "high",
      `Definition gives instructions tied to another tool ("${named}")`,
    );
  }
  for (const o of others) {
    if (o.server === tool.server || o.name === tool.name || !/[_.-]|[a-z][A-Z]/.test(o.name)) {
      continue;
    }
    const re = new RegExp(`(?<![\\w.-])${o.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w-])`);
    if (re.test(plain)) {
      add(
        "mentions_other_tool",
        "medium",
        `Definition mentions ${JSON.stringify(o.name)}, a tool of server ${
          JSON.stringify(o.server)
        }`,
      );
      break;
    }
  }
  return out;
}

function scanDefinition(
  tool: ToolDefinition,
  others: readonly ToolDefinition[],
  opts: ToolDefinitionOptions,
): Finding[] {
  const strings: Str[] = [{ path: "$.name", text: tool.name }];
  for (
    const key of ["title", "description", "inputSchema", "outputSchema", "annotations"] as const
  ) {
    collect(tool[key], `$.${key}`, strings, 0);
  }
  const out = nameFindings(tool, others, opts);
  for (const s of strings) out.push(...textFindings(s, tool, others, opts));
  const seen = new Set<string>();
  return out.filter((f) => {
    const k = `${f.detector}|${f.kind}|${f.path}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Detector for poisoned, manipulative or shadowing tool definitions. */
export const toolDefinitionDetector: DefinitionDetector<ToolDefinitionOptions> = {
  id: "tool_definition",
  description:
    "Hidden instructions, preference manipulation and cross-server shadowing in tool definitions",
  optionsSchema: ToolDefinitionOptionsSchema,
  scan(tool, others, options): Finding[] {
    try {
      return scanDefinition(tool, others, options ?? ToolDefinitionOptionsSchema.parse({}));
    } catch {
      return [{
        detector: "tool_definition",
        kind: "scan_error",
        severity: "medium",
        reason: "The tool definition could not be scanned; review it by hand",
      }];
    }
  },
};
