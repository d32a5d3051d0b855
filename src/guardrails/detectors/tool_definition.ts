/**
 * Tool-definition scanner (tool poisoning, preference manipulation, cross-server shadowing).
 * Walks every string of a definition — name, title, description, input/output schema (property
 * names, descriptions, titles, enums, defaults, examples) and annotations — and reports each
 * finding with its JSON path. Text checks reuse the injection and unicode detectors; the
 * definition-specific grammars live in `_definition_*.ts`: names (shadowing), capabilities
 * admitted behind a harmless name, credential requests, cross-server instructions and
 * concealment, preference manipulation and hidden-instruction tags.
 */
import { z } from "zod";
import type { DefinitionDetector, FieldContext, Finding, ToolDefinition } from "../types.ts";
import { skeleton } from "../text/confusables.ts";
import { normalizeText } from "../text/views.ts";
import { injectionDetector, InjectionOptionsSchema } from "./injection.ts";
import { unicodeDetector, UnicodeOptionsSchema } from "./unicode.ts";
import { capabilityHits } from "./_definition_capability.ts";
import { credentialHits, credentialParamHits } from "./_definition_credentials.ts";
import { crossHits } from "./_definition_cross.ts";
import {
  type DefinitionContext,
  definitionContext,
  escapeRegex,
  type Hit,
} from "./_definition_grammar.ts";
import { nameFindings } from "./_definition_names.ts";
import { preferenceHits } from "./_definition_preference.ts";
import { tagHits } from "./_definition_tags.ts";

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

const RANK: Readonly<Record<Finding["severity"], number>> = {
  low: 0,
  medium: 1,
  high: 2,
  critical: 3,
};
const MAX_STRINGS = 5000;
const MAX_DEPTH = 32;
const IDENT = /^[A-Za-z_$][\w$]*$/;
/** A property key (`$.inputSchema.properties.token`) and a property's own text. */
const PARAM_KEY = /\.properties(?:\.[A-Za-z_$][\w$]*|\["(?:[^"\\]|\\.)*"\])$/;
const PARAM_TEXT =
  /\.properties(?:\.[A-Za-z_$][\w$]*|\["(?:[^"\\]|\\.)*"\])\.(?:description|title)$/;

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

function textFindings(s: Str, ctx: DefinitionContext, opts: ToolDefinitionOptions): Finding[] {
  const tool = ctx.tool;
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
  if (PARAM_KEY.test(s.path) && s.path.startsWith("$.inputSchema")) {
    for (const h of credentialParamHits(s.text)) add(h.kind, h.severity, h.reason);
  }
  if (s.text.length < 4) return out;
  const plain = skeleton(normalizeText(s.text));
  const hits: Hit[] = [
    ...tagHits(plain),
    ...capabilityHits(plain, ctx),
    ...credentialHits(plain, PARAM_TEXT.test(s.path) && s.path.startsWith("$.inputSchema")),
  ];
  if (opts.check_preference) hits.push(...preferenceHits(plain, ctx));
  if (opts.check_cross_references) hits.push(...crossHits(plain, ctx), ...mentionHits(plain, ctx));
  for (const h of hits) add(h.kind, h.severity, h.reason);
  return out;
}

/** A plain mention of another server's tool, with no instruction attached. */
function mentionHits(plain: string, ctx: DefinitionContext): Hit[] {
  for (const o of ctx.others) {
    if (
      o.server === ctx.tool.server || o.name === ctx.tool.name || !/[_.-]|[a-z][A-Z]/.test(o.name)
    ) {
      continue;
    }
    const re = new RegExp(`(?<![\\w.-])${escapeRegex(o.name)}(?![\\w-])`);
    if (re.test(plain)) {
      return [{
        kind: "mentions_other_tool",
        severity: "medium",
        reason: `Definition mentions ${JSON.stringify(o.name)}, a tool of server ${
          JSON.stringify(o.server)
        }`,
      }];
    }
  }
  return [];
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
  const ctx = definitionContext(tool, others);
  for (const s of strings) out.push(...textFindings(s, ctx, opts));
  // One finding per detector, kind and path: the most severe.
  out.sort((a, b) => RANK[b.severity] - RANK[a.severity]);
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
