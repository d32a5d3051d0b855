/**
 * Size and shape limits for tool arguments and tool results. Not a text detector: these are pure
 * functions over whole values.
 *
 * Everything is measured by one iterative walk with budgets: no recursion (any depth is safe), no
 * `JSON.stringify` of the value, and the walk stops as soon as the byte budget is exceeded, so a
 * 1 GB string or a million-level nesting costs about as much as the limit itself.
 *
 * Results: text items count their UTF-8 bytes, other items their JSON bytes; `content` and
 * `structuredContent` are each held to `max_output_bytes` (structured content usually repeats the
 * text, so summing would halve the real limit). In `truncate` mode oversized text is cut at a
 * character boundary, extra items are dropped, oversized/too-deep `structuredContent` is removed,
 * and a final text item says so (`[smg: output truncated from N to M bytes]`). In `block` mode the
 * result is untouched and only findings are returned.
 */
import { z } from "zod";
import type { Finding } from "../types.ts";

const MIB = 1024 * 1024;

/** Options of the size guard. */
export const SizeOptionsSchema = z.strictObject({
  max_argument_bytes: z.number().int().positive().default(MIB),
  max_output_bytes: z.number().int().positive().default(MIB),
  max_depth: z.number().int().positive().default(32),
  /** Longest string (UTF-16 code units) allowed in arguments. */
  max_string_length: z.number().int().positive().default(MIB),
  max_array_length: z.number().int().positive().default(10_000),
  max_content_items: z.number().int().positive().default(100),
  mode: z.enum(["truncate", "block"]).default("truncate"),
});
/** Parsed size options. */
export type SizeOptions = z.infer<typeof SizeOptionsSchema>;

const DEFAULTS: SizeOptions = SizeOptionsSchema.parse({});

/** What one walk found; paths are set only for the first violation of each kind. */
interface Measure {
  /** JSON bytes, capped at `maxBytes + 1` once exceeded. */
  bytes: number;
  overBytes: boolean;
  depthPath?: string;
  stringPath?: string;
  arrayPath?: string;
}

interface Frame {
  v: unknown;
  depth: number;
  parent?: Frame;
  key?: string | number;
}

function pathOf(f: Frame): string {
  const parts: string[] = [];
  for (let x: Frame | undefined = f; x?.parent; x = x.parent) {
    parts.push(typeof x.key === "number" ? `[${x.key}]` : `.${String(x.key).slice(0, 40)}`);
    if (parts.length > 40) {
      parts.push(".…");
      break;
    }
  }
  return "$" + parts.reverse().join("");
}

// deno-lint-ignore no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * UTF-8 bytes of `s` as a JSON string body (escapes included when `escapes`), or a number past
 * `budget` when `s` is longer than it (exported for tests).
 */
export function jsonStringBytes(s: string, budget: number, escapes: boolean): number {
  // At least one byte per character: a string longer than the budget is over it already.
  if (s.length > budget) return s.length;
  // ASCII text (the common case): one byte per character, and JSON.stringify counts the escapes
  // natively. JSON writes DEL (0x7f) raw, as this loop does.
  if (!NON_ASCII.test(s)) return escapes ? JSON.stringify(s).length - 2 : s.length;
  let n = 0;
  for (let i = 0; i < s.length && n <= budget; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x80) n += escapes && (c === 34 || c === 92) ? 2 : 1;
    else if (c < 0x20) {
      n += !escapes ? 1 : c === 8 || c === 9 || c === 10 || c === 12 || c === 13 ? 2 : 6;
    } else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdfff) {
      const d = c <= 0xdbff && i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += escapes ? 6 : 3; // a lone surrogate: `\udxxx` in JSON, U+FFFD in UTF-8
    } else n += 3;
  }
  return n;
}

interface Limits {
  maxBytes: number;
  maxDepth: number;
  maxString: number;
  maxArray: number;
}

function measure(value: unknown, lim: Limits): Measure {
  const m: Measure = { bytes: 0, overBytes: false };
  const stack: Frame[] = [{ v: value, depth: 0 }];
  while (stack.length > 0) {
    const f = stack.pop()!;
    const v = f.v;
    if (m.bytes > lim.maxBytes) {
      m.overBytes = true;
      m.bytes = lim.maxBytes + 1;
      break;
    }
    if (typeof v === "string") {
      if (v.length > lim.maxString && !m.stringPath) m.stringPath = pathOf(f);
      m.bytes += 2 + jsonStringBytes(v, lim.maxBytes - m.bytes, true);
    } else if (typeof v === "number") m.bytes += Number.isFinite(v) ? String(v).length : 4;
    else if (typeof v === "boolean") m.bytes += v ? 4 : 5;
    else if (typeof v === "bigint") m.bytes += String(v).length;
    else if (v === null || typeof v !== "object") m.bytes += 4; // null; undefined/functions in arrays
    else {
      const depth = f.depth + 1;
      if (depth > lim.maxDepth && !m.depthPath) m.depthPath = pathOf(f);
      m.bytes += 2;
      if (Array.isArray(v)) {
        if (v.length > lim.maxArray && !m.arrayPath) m.arrayPath = pathOf(f);
        m.bytes += Math.max(0, v.length - 1); // commas
        if (m.bytes > lim.maxBytes) continue; // over budget already: do not queue the items
        for (let i = v.length - 1; i >= 0; i--) {
          stack.push({ v: v[i], depth, parent: f, key: i });
        }
      } else {
        let first = true;
        for (const k in v) {
          if (!Object.hasOwn(v, k)) continue;
          const child = (v as Record<string, unknown>)[k];
          if (child === undefined || typeof child === "function" || typeof child === "symbol") {
            continue;
          }
          m.bytes += (first ? 0 : 1) + 3 + jsonStringBytes(k, lim.maxBytes - m.bytes, true);
          first = false;
          stack.push({ v: child, depth, parent: f, key: k });
          if (m.bytes > lim.maxBytes) break;
        }
      }
    }
  }
  if (m.bytes > lim.maxBytes) {
    m.overBytes = true;
    m.bytes = lim.maxBytes + 1;
  }
  return m;
}

function finding(kind: string, reason: string, path?: string): Finding {
  return { detector: "size", kind, severity: "high", reason, ...(path ? { path } : {}) };
}

/** Check tool-call arguments against byte, depth, string-length and array-length limits. */
export function checkArgumentsShape(args: unknown, limits: Partial<SizeOptions> = {}): Finding[] {
  const o = { ...DEFAULTS, ...limits };
  const m = measure(args, {
    maxBytes: o.max_argument_bytes,
    maxDepth: o.max_depth,
    maxString: o.max_string_length,
    maxArray: o.max_array_length,
  });
  const out: Finding[] = [];
  if (m.overBytes) {
    out.push(finding("argument_bytes", `Arguments are larger than ${o.max_argument_bytes} bytes`));
  }
  if (m.depthPath) {
    out.push(
      finding("argument_depth", `Arguments nest deeper than ${o.max_depth} levels`, m.depthPath),
    );
  }
  if (m.stringPath) {
    out.push(
      finding(
        "string_length",
        `A string is longer than ${o.max_string_length} characters`,
        m.stringPath,
      ),
    );
  }
  if (m.arrayPath) {
    out.push(
      finding("array_length", `An array has more than ${o.max_array_length} items`, m.arrayPath),
    );
  }
  return out;
}

/** A tool result as far as the size guard cares. */
export interface ToolResultLike {
  content: unknown[];
  structuredContent?: unknown;
}

/** Longest prefix of `s` whose UTF-8 encoding fits in `bytes` (never splits a surrogate pair). */
function cutUtf8(s: string, bytes: number): string {
  let n = 0;
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < s.length;
    const w = c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3;
    if (n + w > bytes) break;
    n += w;
    i += pair ? 2 : 1;
  }
  return s.slice(0, i);
}

function isTextItem(x: unknown): x is { type: "text"; text: string } {
  return typeof x === "object" && x !== null && (x as { type?: unknown }).type === "text" &&
    typeof (x as { text?: unknown }).text === "string";
}

/** Enforce output limits on a tool result: truncate (default) or only report (`block`). */
export function limitToolResult<R extends ToolResultLike>(
  result: R,
  limits: Partial<SizeOptions> = {},
): { result: R; findings: Finding[]; truncated: boolean } {
  const o = { ...DEFAULTS, ...limits };
  const max = o.max_output_bytes;
  const items = Array.isArray(result.content) ? result.content : [];
  const lim = { maxBytes: max, maxDepth: o.max_depth, maxString: Infinity, maxArray: Infinity };
  // Sizes are exact up to 16x the limit (for the note), so a huge item costs bounded time.
  const cap = max * 16;
  const sizes = items.map((it) =>
    isTextItem(it)
      ? jsonStringBytes(it.text, cap, false)
      : measure(it, { ...lim, maxBytes: cap }).bytes
  );
  const total = sizes.reduce((a, b) => a + b, 0);
  const totalLabel = sizes.every((n) => n <= cap) ? String(total) : `more than ${cap}`;
  const findings: Finding[] = [];
  if (items.length > o.max_content_items) {
    findings.push(
      finding("output_items", `Result has more than ${o.max_content_items} content items`),
    );
  }
  if (total > max) {
    findings.push(finding("output_bytes", `Result content is larger than ${max} bytes`));
  }
  let dropStructured = false;
  if (result.structuredContent !== undefined) {
    const m = measure(result.structuredContent, lim);
    if (m.overBytes) {
      findings.push(finding("output_bytes", `Structured content is larger than ${max} bytes`));
    }
    if (m.depthPath) {
      findings.push(
        finding(
          "output_depth",
          `Structured content nests deeper than ${o.max_depth} levels`,
          m.depthPath,
        ),
      );
    }
    dropStructured = m.overBytes || m.depthPath !== undefined;
  }
  if (findings.length === 0 || o.mode === "block") return { result, findings, truncated: false };

  const kept: unknown[] = [];
  let remaining = max;
  for (let i = 0; i < items.length && i < o.max_content_items; i++) {
    const it = items[i];
    if (sizes[i] <= remaining) {
      kept.push(it);
      remaining -= sizes[i];
    } else if (isTextItem(it) && remaining > 0) {
      kept.push({ ...it, text: cutUtf8(it.text, remaining) });
      remaining = 0;
    }
  }
  const keptBytes = max - remaining;
  const notes: string[] = [];
  if (total > max) notes.push(`output truncated from ${totalLabel} to ${keptBytes} bytes`);
  if (kept.length < items.length) {
    notes.push(`${items.length - kept.length} of ${items.length} content items dropped`);
  }
  if (dropStructured) notes.push("structuredContent removed");
  kept.push({ type: "text", text: `[smg: ${notes.join("; ")}]` });
  const out = { ...result, content: kept } as R;
  if (dropStructured) delete out.structuredContent;
  return { result: out, findings, truncated: true };
}
