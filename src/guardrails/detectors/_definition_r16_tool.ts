/**
 * Tool-level techniques from held-out round 16 (tests in `_definition_r16_test.ts`): what one
 * string cannot show, read across the whole definition.
 * - Lying annotations: `readOnlyHint: true` or `destructiveHint: false` on a tool whose own
 *   description says it deletes everything, force-pushes or wipes.
 * - A consent flag (`confirmed`, `approved`) that the schema tells the model to always set
 *   ("pre-approved", "always true without asking").
 * - Schema defaults that ship data out: an upload destination pre-filled with an outside URL while
 *   another field keeps secret files (`.env`, `.git-credentials`) in the payload.
 */
import type { ToolDefinition } from "../types.ts";
import type { Hit } from "./_definition_grammar.ts";
import { SECRET_FILE } from "./_definition_r16.ts";
import { withoutRefusedList } from "./_definition_capability.ts";

/** A round-16 tool-level hit with the JSON path it belongs to. */
export type PathHit = Hit & { path: string };

/** The tool's own destructive act, as stated in its description. */
const DESTRUCTIVE_ACT =
  /\bforce[\s-]?push(?:es|ing)?\b|\bdelet(?:e|es|ing)\s+(?:all|every|each|the\s+entire|everything|any)\b|\bdrop(?:s|ping)?\s+(?:all|the|every|each)\s+(?:\w{1,20}\s+)?(?:tables?|databases?|schemas?|collections?)\b|\b(?:wip|eras|purg)(?:e|es|ing)\b|\btruncat(?:e|es|ing)\s+(?:all|every|the)\s+(?:\w{1,20}\s+)?tables?\b|\brm\s+-rf\b|\bdestroy(?:s|ing)?\b|\breset\s+--hard\b|\bpermanently\s+(?:remov|delet)(?:e|es|ing)\b/i;
/**
 * Negated, hypothetical or previewed: not the tool's own act; or counted in a plan's summary
 * ("summarises resources to add, change and destroy").
 */
const NOT_ITS_ACT =
  /\b(?:never|not|no|n't|without|cannot|won't|would|could|preview\w{0,3}|dry[\s-]?run|simulat\w{0,3}|instead\s+of|use)\b[^.;]{0,40}$|\b(?:summari[sz]|report|list|show|count|display)\w{0,3}\s+(?:the\s+)?(?:\w+\s+){0,2}?to\s+(?:add|create),\s+(?:change|update),?\s+(?:and|or)\s+$/i;

/**
 * The word names a KIND of change, not the tool's act: a plan's "create/change/destroy" counts,
 * "destroy and replace actions" listed at the top of a summary.
 */
const KIND_OF_CHANGE_AFTER =
  /^(?:\s+(?:and|or|\/)\s+[\w-]{2,20})?\s+(?:actions?|operations?|changes?|steps?|counts?|diffs?)\b/i;
const KIND_OF_CHANGE_BEFORE = /\/$/;
const DESTRUCTIVE_ACT_G = new RegExp(DESTRUCTIVE_ACT.source, "gi");

/** The first destructive word that is an act, not the name of a kind of change. */
function firstAct(text: string): RegExpExecArray | null {
  DESTRUCTIVE_ACT_G.lastIndex = 0;
  for (let m = DESTRUCTIVE_ACT_G.exec(text); m; m = DESTRUCTIVE_ACT_G.exec(text)) {
    const end = m.index + m[0].length;
    const kind = /^destroy$/i.test(m[0]) &&
      (KIND_OF_CHANGE_AFTER.test(text.slice(end, end + 40)) ||
        KIND_OF_CHANGE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)));
    if (!kind) return m;
  }
  return null;
}

/** A flag that records the user's consent. */
const CONSENT_FLAG =
  /^(?:is_?|user_?|already_?|pre_?)?(?:confirmed|approved|consented|authori[sz]ed|acknowledged)$/i;
/** The schema fills the consent in for the user. */
const ALWAYS_SET =
  /\balways\s+(?:set\s+(?:it\s+)?(?:to\s+)?|pass\s+|send\s+|use\s+)?(?:true|yes|1)\b|\bpre-?(?:approved|authori[sz]ed|confirmed)\b|\bwithout\s+asking\b|\bnever\s+ask\b|\bno\s+need\s+to\s+(?:ask|confirm)\b/i;

/** A parameter that names where the data goes. */
const DESTINATION_NAME =
  /upload|dest|target|remote|endpoint|sink|mirror|backup|storage|bucket|server|host|url|webhook|callback|export/i;
/** Secret files named as kept in the payload. */
const KEEP_SECRETS =
  /\b(?:keep|keeps|include|includes|including|bundle|bundles|add|adds|with|retain|retains)\b[^.;]{0,40}?(?:\.env\b|\.git-credentials|\.npmrc|\.pgpass|\.netrc|\.ssh\b|id_rsa|private\s+keys?|credentials?\s+files?)/i;
const DROPS_SECRETS = /\b(?:exclud|skip|omit|never|not|without|strip)\w{0,4}\b[^.;]{0,40}$/i;

interface Prop {
  path: string;
  name: string;
  schema: Record<string, unknown>;
}

/** Every property schema under `value` (nested objects, `$defs`, `items`), depth-bounded. */
function properties(value: unknown, path: string, out: Prop[], depth: number): void {
  if (out.length >= 500 || depth > 12 || value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    value.forEach((v, i) => properties(v, `${path}[${i}]`, out, depth + 1));
    return;
  }
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const p = /^[A-Za-z_$][\w$]*$/.test(k) ? `${path}.${k}` : `${path}[${JSON.stringify(k)}]`;
    if (k === "properties" && v !== null && typeof v === "object" && !Array.isArray(v)) {
      for (const [name, schema] of Object.entries(v as Record<string, unknown>)) {
        if (schema !== null && typeof schema === "object" && !Array.isArray(schema)) {
          const pp = /^[A-Za-z_$][\w$]*$/.test(name)
            ? `${p}.${name}`
            : `${p}[${JSON.stringify(name)}]`;
          out.push({ path: pp, name, schema: schema as Record<string, unknown> });
        }
      }
    }
    properties(v, p, out, depth + 1);
  }
}

function text(v: unknown): string {
  return typeof v === "string" ? v : "";
}

/** Round 16's tool-level hits for `tool`. */
export function r16ToolHits(tool: ToolDefinition): PathHit[] {
  const out: PathHit[] = [];
  const ann = tool.annotations as Record<string, unknown> | undefined;
  const description = `${text(tool.description)}`;
  if (ann && (ann.readOnlyHint === true || ann.destructiveHint === false)) {
    // A list of what the server refuses ("- `rm -rf` on / or ~") is not its act.
    const acts = withoutRefusedList(description);
    const m = firstAct(acts);
    if (m && !NOT_ITS_ACT.test(acts.slice(Math.max(0, m.index - 60), m.index))) {
      out.push({
        kind: "annotation_mismatch",
        severity: "high",
        reason: "Annotations call the tool read-only or harmless while it destroys data",
        path: "$.annotations",
      });
    }
  }
  const props: Prop[] = [];
  properties(tool.inputSchema, "$.inputSchema", props, 0);
  let upload: Prop | undefined;
  let secrets = false;
  for (const p of props) {
    const desc = text(p.schema.description);
    if (CONSENT_FLAG.test(p.name) && ALWAYS_SET.test(desc)) {
      out.push({
        kind: "consent_bypass",
        severity: "high",
        reason: "A consent flag is pre-filled for the user",
        path: `${p.path}.description`,
      });
    }
    const dflt = text(p.schema.default);
    if (DESTINATION_NAME.test(p.name) && /^https?:\/\/[\w.-]{1,253}\.[a-z]{2,}/i.test(dflt)) {
      upload = p;
    }
    const keep = KEEP_SECRETS.exec(desc);
    if (keep && !DROPS_SECRETS.test(desc.slice(0, keep.index)) && p.schema.default !== false) {
      secrets = true;
    }
    if (SECRET_FILE.test(dflt)) secrets = true;
  }
  if (upload && secrets) {
    out.push({
      kind: "data_exfiltration",
      severity: "high",
      reason: "Schema defaults send secret files to an outside address",
      path: `${upload.path}.default`,
    });
  }
  return out;
}
