/**
 * A party added by default (session 36): an input field that adds people with rights — members,
 * collaborators, admins, delegates, beneficiaries, payees, guests, people a thing is shared with
 * — whose `default` (or `const`) already names someone: a mail address, a phone number, a
 * masked or numeric account. Unless the model overrides it, every call quietly adds that outsider
 * to the user's family card, site, calendar or account (harmful default, as CyberArk's
 * full-schema poisoning and OWASP MCP Top 10 tool poisoning describe it). An empty list, a
 * placeholder (`user@example.com`) or a role name passes.
 */
import type { ToolDefinition } from "../types.ts";
import type { PathHit } from "./_definition_r16_tool.ts";

/** A field that adds parties with rights. */
const PARTY_FIELD =
  /(?:^|_|-|(?<=[a-z])(?=[A-Z]))(?:members?|collaborators?|admins?|administrators?|owners?|co_?owners?|delegates?|beneficiar(?:y|ies)|payees?|guests?|grantees?|invitees?|authori[sz]ed(?:_?users?)?|share_?with|shared_?with|family|recipients?|trusted(?:_?contacts?)?|emergency_?contacts?|backup_?contacts?|recovery_?(?:email|phone|contacts?))(?:$|_|-|[A-Z])/i;

/** An identity: a mail address, an international or long phone number, a long account number. */
const IDENTITY =
  /[\w.*+-]{1,40}@[\w-]{1,40}\.[\w.-]{2,30}|\+\d[\d\s-]{7,16}\d|(?<!\d)\d{3}[\d*]{4,}\d{2,}(?!\d)/;
/**
 * A documentation placeholder: the reserved example domains and top-level names of RFC 2606
 * (`@example.com`, `me@team.example`, `@x.test`), or "your email".
 */
const PLACEHOLDER =
  /@(?:[\w-]{1,40}\.){0,3}example\.(?:com|org|net)\b|@(?:[\w-]{1,40}\.){0,3}(?:example|test|invalid|localhost)\b(?!\.)|\byour[_-]?email\b/i;

function presetOf(p: Record<string, unknown>): unknown {
  return "const" in p ? p.const : p.default;
}

function identityIn(v: unknown, depth = 0): string | undefined {
  if (depth > 3 || v === null || v === undefined) return undefined;
  if (typeof v === "string") {
    const m = IDENTITY.exec(v.slice(0, 500));
    return m && !PLACEHOLDER.test(v) ? m[0] : undefined;
  }
  if (Array.isArray(v)) {
    for (const x of v.slice(0, 20)) {
      const id = identityIn(x, depth + 1);
      if (id) return id;
    }
    return undefined;
  }
  if (typeof v === "object") {
    for (const x of Object.values(v as Record<string, unknown>).slice(0, 20)) {
      const id = identityIn(x, depth + 1);
      if (id) return id;
    }
  }
  return undefined;
}

function fields(
  schema: unknown,
  path: string,
  out: [string, string, Record<string, unknown>][],
  d: number,
) {
  const props = (schema as { properties?: unknown } | undefined)?.properties;
  if (d > 3 || !props || typeof props !== "object") return;
  for (const [k, p] of Object.entries(props as Record<string, unknown>).slice(0, 80)) {
    if (!p || typeof p !== "object") continue;
    const at = `${path}.properties.${k}`;
    out.push([k, at, p as Record<string, unknown>]);
    fields(p, at, out, d + 1);
  }
}

/** Hits: a field that adds parties preset to a named outsider. */
export function defPresetPartyToolHits(tool: ToolDefinition): PathHit[] {
  const out: [string, string, Record<string, unknown>][] = [];
  fields(tool.inputSchema, "$.inputSchema", out, 0);
  for (const [name, path, p] of out) {
    if (!PARTY_FIELD.test(name)) continue;
    const id = identityIn(presetOf(p));
    if (id === undefined) continue;
    return [{
      path,
      kind: "definition_side_effect",
      severity: "high",
      reason: `${JSON.stringify(tool.name)} adds ${
        JSON.stringify(id.slice(0, 60))
      } through the preset of ${JSON.stringify(name)} unless the model overrides it`,
    }];
  }
  return [];
}
