/**
 * A definition that calls itself read-only while its own preset acts: `readOnlyHint: true` (the
 * client then runs it without asking) next to a field whose preset sends, pushes, publishes,
 * deletes or pays — a boolean act switched on by default (`push_to_devices: true`), or an action
 * field whose default is the acting choice over a harmless one (`direction: "send"` beside
 * `"request"`). The annotation is a claim the client trusts (MCP spec: tool annotations are hints
 * from untrusted servers); a preset that contradicts it is a side effect the user was told would
 * not happen (OWASP MCP Top 10 — tool poisoning; MITRE ATLAS AML.T0051). A read-only tool with a
 * `push` field defaulting to false, or with no such preset, passes.
 */
import type { ToolDefinition } from "../types.ts";
import type { PathHit } from "./_definition_r16_tool.ts";
import { identifierWords } from "./_definition_grammar.ts";

const MAX_FIELDS = 60;

/** Words of a field name or value that act on the world. */
const ACTS = new Set([
  "push",
  "send",
  "deploy",
  "publish",
  "transfer",
  "delete",
  "remove",
  "purge",
  "wipe",
  "pay",
  "charge",
  "distribute",
  "broadcast",
  "commit",
  "overwrite",
  "upload",
  "install",
  "execute",
  "submit",
  "withdraw",
  "debit",
  "erase",
  "destroy",
  "flash",
]);

function acts(s: string): boolean {
  return identifierWords(s).some((w) => ACTS.has(w.toLowerCase()));
}

/** A hit when the definition is annotated read-only and a preset of its own field acts. */
export function readOnlyContradiction(tool: ToolDefinition): PathHit | undefined {
  const ann = tool.annotations as { readOnlyHint?: unknown } | undefined;
  if (ann?.readOnlyHint !== true) return undefined;
  const props = (tool.inputSchema as { properties?: unknown } | undefined)?.properties;
  if (!props || typeof props !== "object") return undefined;
  for (const [name, p] of Object.entries(props as Record<string, unknown>).slice(0, MAX_FIELDS)) {
    if (!p || typeof p !== "object") continue;
    const s = p as Record<string, unknown>;
    const v = "const" in s ? s.const : s.default;
    let what: string | undefined;
    if (v === true && s.type === "boolean" && acts(name)) what = `${name}: true`;
    else if (typeof v === "string" && Array.isArray(s.enum) && s.enum.length >= 2 && acts(v)) {
      // The acting choice preset while the enum offers one that does not act.
      if (s.enum.some((x) => typeof x === "string" && !acts(x))) what = `${name}: "${v}"`;
    }
    if (what) {
      return {
        path: `$.inputSchema.properties.${name}`,
        kind: "definition_side_effect",
        severity: "high",
        reason: `${
          JSON.stringify(tool.name)
        } is annotated read-only while its preset ${what} acts — a side effect the client and the user are told will not happen`,
      };
    }
  }
  return undefined;
}
