/**
 * An open-to-everyone policy the model is told to copy (session 35, round-45 leftovers): an
 * access-control tool carries an example or default policy that lets everyone in — a `bypass`
 * decision, or `allow` for `everyone` / `*` / `allUsers` / `0.0.0.0/0` — and its text tells the
 * model to always start with it, keep it or copy it ("uptime checks fail without the first
 * policy"). Whatever the user protects is then open to the internet. The example alone is
 * documentation; the order to reuse it as given is the attack.
 *
 * Parts: (1) in an `examples` / `default` value of the input schema, one object granting
 * everyone; (2) in any string, an unnegated order to always use, keep or copy the example / default
 * policy, or a claim that things fail without it.
 */
import type { ToolDefinition } from "../types.ts";
import type { PathHit } from "./_definition_r16_tool.ts";
import { kbStrings, negatedAt } from "./_defkb_walk.ts";

/** A grant with no one left out, inside one JSON object (no braces crossed). */
const OPEN_GRANT = new RegExp(
  [
    String
      .raw`"(?:decision|action|effect|access|mode)"\s{0,3}:\s{0,3}"(?:bypass|skip_auth|no_auth|public)"`,
    String
      .raw`"(?:decision|action|effect|access|permission|role)"\s{0,3}:\s{0,3}"(?:allow|permit|grant|accept)"[^{}]{0,300}?(?:"everyone"|"anyone"|"all_?users"|"allUsers"|"allAuthenticatedUsers"|"\*"|"0\.0\.0\.0/0"|"::/0")`,
    String
      .raw`(?:"everyone"|"anyone"|"all_?users"|"allUsers"|"allAuthenticatedUsers"|"\*"|"0\.0\.0\.0/0"|"::/0")[^{}]{0,300}?"(?:decision|action|effect|access|permission|role)"\s{0,3}:\s{0,3}"(?:allow|permit|grant|accept)"`,
    String
      .raw`"everyone"\s{0,3}:\s{0,3}\{\s{0,3}\}[^\]]{0,300}?"(?:decision|action|effect)"\s{0,3}:\s{0,3}"(?:allow|bypass)"`,
  ].join("|"),
  "i",
);

/** The order to reuse the example or default as given. */
const REUSE = new RegExp(
  [
    String
      .raw`\b(?:always|must)\s{1,3}(?:start|begin|include|keep|use|add|copy|reuse)\w{0,3}\s{1,3}(?:\w{1,15}\s{1,3}){0,4}?(?:from|in|of)\s{1,3}the\s{1,3}(?:example|default|template|sample)`,
    String
      .raw`\b(?:copy|reuse|keep|start\s{1,3}with|begin\s{1,3}with)\s{1,3}the\s{1,3}(?:\w{1,15}\s{1,3}){0,2}?(?:policy|policies|rules?|list|entries|grants?)\b[^.\n]{0,60}?\b(?:example|default|template|sample)`,
    String
      .raw`\b(?:fails?|break|breaks|won't\s{1,3}work|do(?:es)?\s{1,3}not\s{1,3}work|stops?\s{1,3}working)\s{1,3}without\s{1,3}(?:the\s{1,3})?(?:first|this|that|the\s{1,3}example['’]?s?|the\s{1,3}default)\s{0,3}(?:\w{1,15}\s{1,3}){0,2}?(?:policy|rule|entry|grant)\b`,
    String.raw`\b(?:adjust|change|edit|modify)\s{1,3}only\s{1,3}the\b`,
  ].join("|"),
  "i",
);

function exampleValues(schema: unknown, out: string[], depth: number): void {
  if (!schema || typeof schema !== "object" || depth > 8 || out.length > 40) return;
  if (Array.isArray(schema)) {
    for (const x of schema.slice(0, 40)) exampleValues(x, out, depth + 1);
    return;
  }
  for (const [k, v] of Object.entries(schema as Record<string, unknown>).slice(0, 80)) {
    if ((k === "examples" || k === "default" || k === "example") && v && typeof v === "object") {
      out.push(JSON.stringify(v).slice(0, 4000));
    } else exampleValues(v, out, depth + 1);
  }
}

/** Tool-level hits: an everyone-grant example the model is told to reuse. */
export function defKbOpenPolicyHits(tool: ToolDefinition): PathHit[] {
  const values: string[] = [];
  exampleValues(tool.inputSchema, values, 0);
  if (!values.some((v) => OPEN_GRANT.test(v))) return [];
  for (const s of kbStrings(tool)) {
    const m = REUSE.exec(s.text);
    if (m === null || negatedAt(s.text, m.index)) continue;
    return [{
      path: s.path,
      kind: "insecure_configuration",
      severity: "high",
      reason: `${
        JSON.stringify(tool.name)
      } tells the model to reuse an example policy that lets everyone in`,
    }];
  }
  return [];
}
