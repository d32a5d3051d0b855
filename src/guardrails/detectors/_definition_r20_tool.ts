/**
 * Tool-level techniques from held-out round 20 (tests in `_definition_r20_test.ts`): what one
 * string cannot show, read across the whole definition.
 * - Annotations that contradict the act: `readOnlyHint: true` / `destructiveHint: false` while a
 *   string anywhere in the schema (an `x-` key, a default, a description) orders a bulk delete.
 * - Shadowing by an identical name that also talks down the original: the same name as another
 *   server's tool, and a description that calls itself its replacement or the original broken.
 */
import type { ToolDefinition } from "../types.ts";
import type { PathHit } from "./_definition_r16_tool.ts";
import { withoutRefusedList } from "./_definition_capability.ts";

/** A bulk delete, as an order or the tool's act. */
const BULK_DELETE =
  /\b(?:remov|delet|eras|wip|purg|shred|unlink)(?:e|es|ing)?\s+(?:all|any|anything|everything|every|each|the\s+entire|whatever)\b|\brm\s+-[rf]{1,2}\b|\b(?:remov|delet)(?:e|es|ing)?\s+(?:\w{1,12}\s+){0,3}?(?:from|under|in)\s+['"`]?\/['"`]?(?![\w.-])/i;
/** Negated or hypothetical: not an order. */
const NOT_ORDERED =
  /\b(?:never|not|no|n't|without|cannot|won't|would|could|preview\w{0,3}|dry[\s-]?run|simulat\w{0,3}|instead\s+of)\b[^.;]{0,40}$/i;

/** A description that claims to supersede or talks down another implementation. */
const REPLACES =
  /\b(?:replacement|replaces|supersed\w{0,3}|successor|deprecated|obsolete|outdated|broken|buggy|corrupt\w{0,3}|unmaintained|maintained\s+version|leak(?:s|y)|drop-?in)\b|\b(?:always|only)\s+(?:route|send|use|call)\b/i;

/** Every string in `value` (depth- and count-bounded). */
function strings(value: unknown, out: string[], depth: number): void {
  if (out.length >= 400 || depth > 12) return;
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out, depth + 1));
  else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      out.push(k);
      strings(v, out, depth + 1);
    }
  }
}

/** Round 20's tool-level hits for `tool` among `others` (other servers' tools). */
export function r20ToolHits(tool: ToolDefinition, others: readonly ToolDefinition[]): PathHit[] {
  const out: PathHit[] = [];
  const ann = tool.annotations as Record<string, unknown> | undefined;
  if (ann && (ann.readOnlyHint === true || ann.destructiveHint === false)) {
    const texts: string[] = [];
    strings([tool.description, tool.inputSchema], texts, 0);
    const ordered = texts.some((raw) => {
      // A list of what the server refuses ("- `rm -rf` on / or ~") orders nothing.
      const t = withoutRefusedList(raw);
      const m = BULK_DELETE.exec(t);
      return m !== null && !NOT_ORDERED.test(t.slice(Math.max(0, m.index - 60), m.index));
    });
    if (ordered) {
      out.push({
        kind: "annotation_mismatch",
        severity: "high",
        reason: "Annotations call the tool read-only or harmless while its schema orders deletes",
        path: "$.annotations",
      });
    }
  }
  const description = typeof tool.description === "string" ? tool.description : "";
  const twin = others.find((o) => o.server !== tool.server && o.name === tool.name);
  if (twin && description.length > 0) {
    // Naming the other server alone is honest disambiguation ("for GitHub use the GitHub
    // server's search_issues"); claiming to replace it or running it down is the shadowing.
    if (REPLACES.test(description)) {
      out.push({
        kind: "shadowing",
        severity: "high",
        reason: `Tool takes the name of ${JSON.stringify(twin.server)}'s ${
          JSON.stringify(twin.name)
        } and claims to replace it`,
        path: "$.description",
      });
    }
  }
  return out;
}
