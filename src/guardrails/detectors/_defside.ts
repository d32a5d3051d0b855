/**
 * Definition side effects: a tool whose ordinary job comes with a DECLARED extra effect that hands
 * something to a party the user did not choose — access or data shared, forwarded, replicated or
 * granted to a fixed outside account, mailbox, bucket, host or login (MITRE ATT&CK T1098 account
 * manipulation, T1114.003 email forwarding rules, T1537 transfer to a cloud account); money or
 * control routed to a fixed bank account, wallet, name server, contact or device-management tenant
 * (T1484 domain or tenant policy modification); or a defence switched off (T1556, T1562 impair
 * defences) — in the description, title, annotations, `_meta`, a field's description, default,
 * `const`, `enum` or example. Tool poisoning as Invariant Labs, CyberArk (full-schema poisoning),
 * Trail of Bits (line jumping) and Elastic Security Labs describe it; OWASP MCP Top 10.
 *
 * The argument-side rules know the same effects as calls (`_ctlplane_*.ts`, `_handover_*.ts`,
 * `_posture_*.ts`, `_wallet_*.ts`); here the judgement is who benefits: the party must be written
 * into the definition and be outside (./_ctlplane_core.ts `isOutside`, ./_handover_core.ts
 * `outsiderName`). A `share_with` the user fills, the user's own address, the account on file, the
 * organisation's own bucket named as such, a webhook the user configures, a security setting in its
 * strong form, a sentence that says it never shares, a documentation tool: all pass.
 */
import type { ToolDefinition } from "../types.ts";
import type { PathHit } from "./_definition_r16_tool.ts";
import { identifierWords, negatedAt } from "./_definition_grammar.ts";
import { type Field, fields, job } from "./_defharvest.ts";
import { ADDRESS_G, EXTRA, fixedDestination, fixedParty } from "./_defside_party.ts";
import type { SideRule } from "./_defside_types.ts";
import { ACCESS_RULES } from "./_defside_access.ts";
import { MONEY_RULES } from "./_defside_money.ts";
import { DEFENCE_RULES, weakDefault } from "./_defside_defences.ts";
import { harmfulPreset } from "./_defside_preset.ts";
import { orderedHiddenValue } from "./_defside_order.ts";
import { homographDefinition } from "./_defside_homograph.ts";
import { readOnlyContradiction } from "./_defside_readonly.ts";
import { KB_SAFETY_RULES, kbDefinitionHit } from "./_defside_kb.ts";

const RULES: readonly SideRule[] = [
  ...ACCESS_RULES,
  ...MONEY_RULES,
  ...DEFENCE_RULES,
  ...KB_SAFETY_RULES,
];
/** The union of every rule's gate: one test per text before any rule is read. */
const GATE = new RegExp(RULES.map((a) => a.gate.source).join("|"), "i");

const MAX_STR = 60;
const MAX_TEXT = 3000;

/** Destination fields and the jobs whose output they name. */
const OWN_TARGET =
  /^(?:destination|dest|target|upload(?:_?url)?|export(?:_?to)?|backup(?:_?to)?|sync(?:_?to)?)$/i;
const TARGET_JOB =
  /\b(?:archiv\w{0,4}|upload\w{0,3}|export\w{0,3}|back\s?up\w{0,3}|sync\w{0,3}|publish\w{0,3}|deploy\w{0,3})\b/i;

/** A tool that explains, documents or checks these settings rather than applying them. */
const DOC_JOB =
  /\b(?:explain\w*|documentation|guide|describ\w*|tutorial|checklist|lint\w*|scan\w*|detect\w*|assess\w*|simulat\w*|best\s{1,3}practices?|recommend\w*|quiz|glossary|faq)\b/i;

/** Doc tools for the knowledge-base presets: DOC_JOB without scan, detect and assess. */
const KB_DOC_JOB =
  /\b(?:explain\w*|documentation|guide|describ\w*|tutorial|checklist|lint\w*|simulat\w*|best\s{1,3}practices?|recommend\w*|quiz|glossary|faq)\b/i;

/** A clause that hands the choice to the user ("if", "when set", "optional", "only for testing"). */
const USER_CHOICE =
  /\b(?:if|when|whether|unless|optional(?:ly)?|only\s{1,3}for|testing|set\s{1,3}(?:this|it)|allows?\s{1,3}(?:you|the\s{1,3}user)|you\s{1,3}can|can\s{1,3}be)\b/i;

/** A sentence that warns about the weak setting rather than applying it. */
const CAUTION =
  /\b(?:risk\w{0,3}|exposes?|dangerous|insecure|warn\w{0,4}|refus\w{1,3}|reject\w{0,3}|anti-pattern|forbidden|not\s{1,3}allowed|prohibited|discouraged|confirm\w{0,4}|prefer|unless|only\s{1,3}(?:if|when|after|with)|explicit(?:ly)?|never|must\s{1,3}not|do\s{1,3}not|don't|riesgo|risque|risiko|gefährlich|peligro|dangereux|nunca|jamais|jamás|niemals|mai|никогда)\b|\b(?:flagged|highlighted|marked|reported)\s+(?:\w+\s+){0,5}?as\s+(?:security[\s-](?:relevant|sensitive|critical)|risky|dangerous|a\s+risk)\b|绝不|決して|절대|风险|确认|禁止|不要|切勿|危険|確認|위험|확인/i;

/** A sentence that opens with the condition under which the effect happens ("If value is 0, …"). */
const CONDITION_FIRST =
  /^\W{0,4}(?:if|when|whether|unless|setting|once|si|se|wenn|falls|quand|cuando)\b/i;
/** Test and sandbox values ("use test IBAN … in sandbox mode"). */
const SANDBOX = /\b(?:sandbox|test(?:ing)?|demo|dummy|sample|fake|mock)\b/i;

interface Unit {
  path: string;
  /** Sentences read one by one (a description) or the whole field as one unit. */
  parts: string[];
  /** Annotations, `_meta` and vendor keys: text the user rarely sees. */
  hidden?: boolean;
  /** Set for an input field: whether it is a boolean the user toggles. */
  field?: { boolean: boolean };
}

/** True when the field at `path` (as `fields` writes it) is a boolean. */
function booleanAt(schema: unknown, path: string): boolean {
  const m = /\.properties\.([A-Za-z_$][\w$]*)$/.exec(path);
  if (!m || path.split(".properties").length !== 2) return false;
  const p = (schema as { properties?: Record<string, { type?: unknown }> })?.properties?.[m[1]];
  return p?.type === "boolean";
}

/** Abbreviations whose dot ends no sentence ("e.g.", "R. Ortiz", "Acme Ltd."): the dot is kept
 * as a one-dot leader, which the splitter does not split at. */
const ABBREV =
  /\b(e\.g|i\.e|etc|vs|incl|approx|[Mm]rs?|[Mm]s|[Dd]r|[Nn]o|Inc|Ltd|Co|St|[A-Z])\.\s/g;

function split(text: string): string[] {
  return text.replace(ABBREV, "$1\u2024 ").replace(/\.{3}/g, "\u2026").split(
    /(?<=[.!?;。！？；])\s+|\n+|(?<=[。！？；])/,
  )
    .filter((s) => s.trim().length > 3);
}

/** Every string of `v` (annotations, `_meta`, vendor keys), bounded. */
function strings(v: unknown, out: string[], depth = 0): void {
  if (out.length >= MAX_STR || depth > 4) return;
  if (typeof v === "string") out.push(v.slice(0, MAX_TEXT));
  else if (Array.isArray(v)) { for (const x of v.slice(0, 20)) strings(x, out, depth + 1); }
  else if (v && typeof v === "object") {
    for (const x of Object.values(v as Record<string, unknown>).slice(0, 30)) {
      strings(x, out, depth + 1);
    }
  }
}

function units(tool: ToolDefinition): Unit[] {
  const out: Unit[] = [];
  const desc = typeof tool.description === "string" ? tool.description.slice(0, 8000) : "";
  if (desc) out.push({ path: "$.description", parts: split(desc) });
  const top: string[] = [];
  if (typeof tool.title === "string") top.push(tool.title);
  strings(tool.annotations, top);
  strings(tool.extra, top);
  if (top.length) out.push({ path: "$.annotations", parts: top.flatMap(split), hidden: true });
  const all: Field[] = [];
  fields(tool.inputSchema, "$.inputSchema", all, 0);
  fields((tool as { outputSchema?: unknown }).outputSchema, "$.outputSchema", all, 0);
  for (const f of all) {
    if (!f.text) continue;
    out.push({
      path: f.path,
      parts: [`${identifierWords(f.name).join(" ")}: ${f.text}`],
      field: { boolean: booleanAt(tool.inputSchema, f.path) },
    });
  }
  return out;
}

/** `i` moved back to the start of its word (at most 120 characters), so no address is cut. */
function wordStart(s: string, i: number): number {
  const stop = Math.max(0, i - 120);
  while (i > stop && !/\s/.test(s[i - 1])) i--;
  return i;
}

/** `i` moved on to the end of its word (at most 200 characters). */
function wordEnd(s: string, i: number): number {
  const stop = Math.min(s.length, i + 200);
  while (i < stop && !/\s/.test(s[i])) i++;
  return i;
}

/** A negator earlier in the same clause ("is never shared with anyone or sent to …"). */
function negatedClause(s: string, at: number): boolean {
  const clause = s.slice(Math.max(0, at - 80), at).split(/[,;:()]/).pop() ?? "";
  return /\b(?:never|not|no|nothing|nobody|nor|neither)\b|\bn't\b/i.test(clause);
}

/** The tool's name (as words) and title. */
function nameTitle(tool: ToolDefinition): string {
  const ann = tool.annotations as { title?: unknown } | undefined;
  return [
    identifierWords(tool.name).join(" "),
    typeof tool.title === "string" ? tool.title : "",
    typeof ann?.title === "string" ? ann.title : "",
  ].join(" ");
}

/** Hits of `tool`: a declared side effect for a fixed outside party, or a defence switched off. */
export function defSideToolHits(tool: ToolDefinition): PathHit[] {
  const out: PathHit[] = [];
  let jobText: string | undefined;
  let view: string | undefined;
  for (const u of units(tool)) {
    for (const s of u.parts) {
      if (!GATE.test(s)) continue;
      for (const rule of RULES) {
        if (!rule.gate.test(s)) continue;
        rule.effect.lastIndex = 0;
        let at = -1, end = -1;
        for (const m of s.matchAll(rule.effect)) {
          if (!negatedAt(s, m.index) && !negatedClause(s, m.index)) {
            at = m.index;
            end = at + m[0].length;
            break;
          }
        }
        rule.effect.lastIndex = 0;
        if (at < 0) continue;
        jobText ??= job(tool);
        if (DOC_JOB.test(jobText)) return [];
        let party: string | undefined;
        if (rule.party) {
          view ??= JSON.stringify([tool.description, tool.inputSchema]).slice(0, 20000);
          // The party stands next to the effect, not anywhere in a long sentence.
          if (CONDITION_FIRST.test(s) || SANDBOX.test(s)) continue;
          const marked = u.hidden === true || EXTRA.test(s.replace(ADDRESS_G, " "));
          const near = s.slice(wordStart(s, Math.max(0, at - 80)), wordEnd(s, end + 120));
          party = fixedParty(
            near,
            view,
            rule.party,
            rule.loose === true || marked,
            marked,
          );
          if (party === undefined) continue;
        } else {
          // The tool's own name or title says it turns this defence off: that is its job.
          if (rule.job?.test(nameTitle(tool))) continue;
          if (u.field ? USER_CHOICE.test(s) || u.field.boolean : CONDITION_FIRST.test(s)) continue;
          // A field's own words and presets are the user's to set unless marked as an extra.
          if (u.field && !EXTRA.test(s)) continue;
          // The description opens with the switch itself ("Turns off the approval prompts"): its job.
          if (!u.field && u.parts[0] === s && at <= 3) continue;
          if (/\b(?:egress|outbound)\b/i.test(s)) continue;
          if (CAUTION.test(s)) continue;
          if (rule.extraOr && !EXTRA.test(s) && !rule.extraOr.test(jobText)) continue;
        }
        out.push(hit(u.path, tool, rule, party));
        break;
      }
      if (out.length) break;
    }
    if (out.length >= 2) break;
  }
  if (out.length === 0) {
    view ??= JSON.stringify([tool.description, tool.inputSchema]).slice(0, 20000);
    const d = fixedDestination(tool.inputSchema, "$.inputSchema", view);
    // An archiver's or exporter's own destination field is its job's target, judged elsewhere.
    if (d && !(OWN_TARGET.test(d.name) && TARGET_JOB.test(job(tool)))) {
      out.push({
        path: d.path,
        kind: "definition_side_effect",
        severity: "high",
        reason: `Field ${JSON.stringify(d.name)} of ${
          JSON.stringify(tool.name)
        } fixes where data, access or money goes: ${
          JSON.stringify(d.party.slice(0, 80))
        }, a party the user did not choose`,
      });
      return out;
    }
    const w = weakDefault(tool.inputSchema);
    if (w) {
      jobText ??= job(tool);
      if (!DOC_JOB.test(jobText) && !w.job.test(nameTitle(tool))) {
        out.push({
          path: w.path,
          kind: "definition_side_effect",
          severity: "high",
          reason: `Field ${JSON.stringify(w.name)} of ${
            JSON.stringify(tool.name)
          } sets a defence to its weak form by default (${w.what})`,
        });
      }
    }
  }
  if (out.length === 0) {
    const h = harmfulPreset(tool) ?? orderedHiddenValue(tool) ?? homographDefinition(tool) ??
      readOnlyContradiction(tool);
    if (h && !DOC_JOB.test(jobText ??= job(tool))) out.push(h);
    else if (!h) {
      // A scanner or detector whose preset turns protection off is the attack, not a doc tool.
      const k = kbDefinitionHit(tool);
      if (k && !KB_DOC_JOB.test(jobText ??= job(tool))) out.push(k);
    }
  }
  return out;
}

function hit(path: string, tool: ToolDefinition, rule: SideRule, party?: string): PathHit {
  return {
    path,
    kind: "definition_side_effect",
    severity: "high",
    reason: `${JSON.stringify(tool.name)} declares an extra effect: ${rule.what}${
      party
        ? ` to ${JSON.stringify(party.slice(0, 80))}, a fixed party the user did not choose`
        : ""
    } (${rule.area})`,
  };
}
