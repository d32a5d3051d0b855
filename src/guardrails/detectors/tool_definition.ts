/**
 * Tool-definition scanner (tool poisoning, preference manipulation, cross-server shadowing).
 * Walks every string of a definition — name, title, description, input/output schema (property
 * names, descriptions, titles, enums, defaults, examples) and annotations — and reports each
 * finding with its JSON path. Text checks reuse the injection and unicode detectors; the
 * definition-specific grammars live in `_definition_*.ts`: names (shadowing), capabilities
 * admitted behind a harmless name, credential requests, cross-server instructions and
 * concealment, preference manipulation, hidden-instruction tags, orders to run remote code or
 * plant start-up files, publishing private data, layout tricks (padding, bare CR) and requests
 * split over two fields.
 */
import type { DefinitionDetector, FieldContext, Finding, ToolDefinition } from "../types.ts";
import { skeleton } from "../text/confusables.ts";
import { normalizeText } from "../text/views.ts";
import { injectionDetector } from "./injection.ts";
import { unicodeDetector } from "./unicode.ts";
import { authorityHits } from "./_definition_authority.ts";
import { capabilityHits } from "./_definition_capability.ts";
import { chatSecretHits } from "./_definition_chatsecrets.ts";
import {
  credentialHits,
  credentialParamHits,
  declaredInputs,
  DEVICE_JOB,
  VAULT_LOGIN_NAME,
} from "./_definition_credentials.ts";
import { codePlantHits } from "./_definition_codeplant.ts";
import { crossHits } from "./_definition_cross.ts";
import { honestCoordination } from "./_definition_coordination.ts";
import { defHarvestToolHits } from "./_defharvest.ts";
import { tokenCliHits } from "./_definition_token_cli.ts";
import { defSideToolHits } from "./_defside.ts";
import { defConcealToolHits } from "./_defside_conceal.ts";
import { defCovertToolHits } from "./_defside_covert.ts";
import { defUserToolHits } from "./_defside_usertool.ts";
import { defFormulaToolHits } from "./_defside_formula.ts";
import { defVaultGrabToolHits } from "./_defside_vaultgrab.ts";
import { defPresetPartyToolHits } from "./_defside_presetparty.ts";
import { defDefuseToolHits } from "./_defside_defuse.ts";
import { defPassiveToolHits } from "./_defside_conceal_passive.ts";
import { consentPresetHits } from "./_defside_consent.ts";
import { defR47ToolHits } from "./_defside_r47.ts";
import { defR48ToolHits } from "./_defside_r48.ts";
import { honestOtherRef } from "./_defside_r47_fp.ts";
import { defKbConsentHits } from "./_defkb_consent.ts";
import { defKbDataHits } from "./_defkb_data.ts";
import { defKbAuthorityHits } from "./_defkb_authority.ts";
import { defKbHarmHits } from "./_defkb_harm.ts";
import { defKbVerdictHits } from "./_defkb_verdict.ts";
import { defKbScriptHits } from "./_defkb_script.ts";
import { defKbExposeHits } from "./_defkb_expose.ts";
import { defKbOpenPolicyHits } from "./_defkb_openpolicy.ts";
import { defKbPiiHits } from "./_defkb_pii.ts";
import { destructiveHits } from "./_definition_destructive.ts";
import {
  definitionText,
  definitionTextLogit,
  plainDefinitionText,
  rawLogit,
} from "./_definition_model.ts";
import {
  type DefinitionContext,
  definitionContext,
  escapeRegex,
  type Hit,
  nameSuggests,
  sentences,
} from "./_definition_grammar.ts";
import { executionHits } from "./_definition_execution.ts";
import { exposureHits } from "./_definition_exposure.ts";
import { i18nHits } from "./_definition_i18n.ts";
import { introspectionHits, selfDisclosure } from "./_definition_introspection.ts";
import { layoutHits } from "./_definition_layout.ts";
import { nameFindings } from "./_definition_names.ts";
import { personaHits } from "./_definition_persona.ts";
import { preferenceHits } from "./_definition_preference.ts";
import { ownParamSecretHits, supplyHits } from "./_definition_supply.ts";
import { quotedMention } from "./_definition_mention.ts";
import { withoutSpecimens } from "./_definition_specimens.ts";
import { scopedDeferral } from "./_definition_refs.ts";
import { routingHits } from "./_definition_r6_routing.ts";
import { r12DefinitionHits } from "./_definition_r12.ts";
import { letterSpaced, r14DefinitionHits } from "./_definition_r14.ts";
import { r15DefinitionHits, r15Views } from "./_definition_r15.ts";
import { r16DefinitionHits, r16Views } from "./_definition_r16.ts";
import { r16ToolHits } from "./_definition_r16_tool.ts";
import { r17DefinitionHits } from "./_definition_r17.ts";
import { r17ToolHits } from "./_definition_r17_tool.ts";
import { r18DefinitionHits } from "./_definition_r18.ts";
import { outputHandOff, r19DefinitionHits, r19Views } from "./_definition_r19.ts";
import { consentSkipProhibited, r20DefinitionHits } from "./_definition_r20.ts";
import { r20ToolHits } from "./_definition_r20_tool.ts";
import { r21DefinitionHits } from "./_definition_r21.ts";
import { r21bDefinitionHits, r21bToolHits } from "./_definition_r21b.ts";
import { r22DefinitionHits } from "./_definition_r22.ts";
import { r22bDefinitionHits } from "./_definition_r22b.ts";
import { r23DefinitionHits } from "./_definition_r23.ts";
import { r24DefinitionHits } from "./_definition_r24.ts";
import { r25DefinitionHits } from "./_definition_r25.ts";
import { r26DefinitionHits } from "./_definition_r26.ts";
import { r27DefinitionHits } from "./_definition_r27.ts";
import { r28DefinitionHits, r28ToolHits, r28Views } from "./_definition_r28.ts";
import { ownParamFrom, r28AdviceBlanked } from "./_definition_r28_fp.ts";
import { r29rDefinitionHits, r29rToolHits } from "./_definition_r29r.ts";
import { r30rDefinitionHits, r30rToolHits } from "./_definition_r30r.ts";
import { r31rDefinitionHits, r31rToolHits } from "./_definition_r31r.ts";
import { r32rToolHits } from "./_definition_r32r.ts";
import { r33rToolHits } from "./_definition_r33r.ts";
import { r34DefinitionHits } from "./_definition_r34.ts";
import { r35DefinitionHits, r35ToolHits } from "./_definition_r35.ts";
import { r36DefinitionHits } from "./_definition_r36.ts";
import { r37DefinitionHits } from "./_definition_r37.ts";
import { r38DefinitionHits } from "./_definition_r38.ts";
import { r36ToolHits } from "./_definition_r36p.ts";
import { r37ToolHits } from "./_definition_r37p.ts";
import { r38ToolHits } from "./_definition_r38p.ts";
import { staffOnlyContent } from "./_definition_r25_fp.ts";
import { adviceBlanked, ownParams, toolChainHandOff } from "./_definition_r26_fp.ts";
import { r27AdviceBlanked } from "./_definition_r27_fp.ts";
import { deferredClaim } from "./_definition_r29p.ts";
import { siblingSecretTool } from "./_definition_r30p.ts";
import { safeguardBlanked } from "./_definition_r31p.ts";
import { r32pBlanked } from "./_definition_r32p.ts";
import { r33pBlanked } from "./_definition_r33p.ts";
import { r34pBlanked } from "./_definition_r34p.ts";
import {
  decodedHexPercent,
  letUserAct,
  r13DefinitionHits,
  r13SlotHits,
} from "./_definition_r13.ts";
import { encodedViews } from "./_definition_encoded.ts";
import { splitHits } from "./_definition_split.ts";
import { steeringHits } from "./_definition_steering.ts";
import { tagHits } from "./_definition_tags.ts";
import { tamperHits } from "./_definition_tamper.ts";
import { valueSlotHits } from "./_definition_values.ts";
import { type ToolDefinitionOptions, ToolDefinitionOptionsSchema } from "./options.ts";
export { ToolDefinitionOptionsSchema };
export type { ToolDefinitionOptions };

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
/**
 * A text that says what one input value is: a property's, `additionalProperties`' or `items`'
 * description or title — or a value pre-filled for it (`default`, `examples`, `const`), where a
 * sentence is an order for that same field ("put the whole chat transcript here").
 */
const VALUE_TEXT =
  /(?:\.properties(?:\.[A-Za-z_$][\w$]*|\["(?:[^"\\]|\\.)*"\])|\.additionalProperties|\.items)(?:\.(?:description|title|default|const|\$comment)|\.examples\[\d+\])$/;

/** An entry of a `required` list (`$.inputSchema.required[2]`). */
const REQUIRED = /\.required\[\d+\]$/;

/**
 * A yes/no flag named for an act that protects a credential (`delete_old_private_key`,
 * `revoke_tokens`, `redact_secrets`): a boolean carries no secret and the act takes none away.
 */
const PROTECTIVE_FLAG =
  /^(?:delete|remove|revoke|rotate|destroy|wipe|shred|purge|expire|disable|redact|mask|encrypt|protect|clean|clear|scrub|strip|exclude|skip|hide)(?:_|-|[A-Z])/;
const PATH_STEP = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g;

/** True when the parameter at `path` is a boolean named for a protective act (see above). */
function protectiveFlag(name: string, tool: ToolDefinition, path: string): boolean {
  if (!PROTECTIVE_FLAG.test(name)) return false;
  let at: unknown = tool;
  for (const m of path.slice(1).matchAll(PATH_STEP)) {
    if (at === null || typeof at !== "object") return false;
    const key = m[1] ?? m[2] ?? (m[3] === undefined ? "" : JSON.parse(`"${m[3]}"`) as string);
    at = (at as Record<string, unknown>)[key];
  }
  return at !== null && typeof at === "object" && (at as { type?: unknown }).type === "boolean";
}

/** True when the parameter whose description or title is at `path` is a boolean. */
function booleanParam(tool: ToolDefinition, path: string): boolean {
  let at: unknown = tool;
  for (const m of path.slice(1).replace(/\.(?:description|title)$/, "").matchAll(PATH_STEP)) {
    if (at === null || typeof at !== "object") return false;
    const key = m[1] ?? m[2] ?? (m[3] === undefined ? "" : JSON.parse(`"${m[3]}"`) as string);
    at = (at as Record<string, unknown>)[key];
  }
  return at !== null && typeof at === "object" && (at as { type?: unknown }).type === "boolean";
}

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
  const injected = (text: string): Finding[] =>
    injectionDetector.scan(text, field, opts.injection).map((f) =>
      f.start !== undefined && f.end !== undefined && quotedMention(s.text, f.start, f.end)
        ? { ...f, severity: "low" as const, reason: `${f.reason} (quoted as an example)` }
        : f.start !== undefined && prohibitedAt(s.text, f.start)
        ? { ...f, severity: "low" as const, reason: `${f.reason} (as a prohibition)` }
        : f.kind === "conceal_from_user" && f.start !== undefined && f.end !== undefined &&
            letUserAct(s.text, f.start, f.end)
        ? { ...f, severity: "low" as const, reason: `${f.reason} (keeps the user from acting)` }
        : f.kind === "conceal_from_user" && f.start !== undefined && f.end !== undefined &&
            staffOnlyContent(s.text, f.start, f.end)
        ? { ...f, severity: "low" as const, reason: `${f.reason} (staff-only content)` }
        : (f.kind === "secret_tool" || f.kind === "secret_request") && f.start !== undefined &&
            f.end !== undefined && siblingSecretTool(s.text, f.start, f.end, ctx)
        ? { ...f, severity: "low" as const, reason: `${f.reason} (a sibling of its own store)` }
        : f.kind === "conceal_from_user" && f.start !== undefined && f.end !== undefined &&
            deferredClaim(s.text, f.start, f.end)
        ? {
          ...f,
          severity: "low" as const,
          reason: `${f.reason} (a success claim held until verified)`,
        }
        : f
    );
  let read = injected(s.text);
  // A note for the model that forbids or defers ("never commit .env", "show it to the user
  // first") is read again without those clauses: rare, only when the grammar flagged the string.
  if (read.some((f) => f.severity !== "low")) {
    const advice = r34pBlanked(r33pBlanked(
      r32pBlanked(
        safeguardBlanked(r28AdviceBlanked(r27AdviceBlanked(adviceBlanked(s.text)))),
        ctx,
      ),
      ctx,
    ));
    if (advice !== s.text) read = injected(advice);
  }
  const out: Finding[] = [
    ...read,
    ...(words !== s.text && !/\s/.test(s.text)
      ? injectionDetector.scan(words, field, opts.injection)
      : [])
      .map(({ start: _s, end: _e, ...f }) => f),
    ...unicodeDetector.scan(s.text, field, opts.unicode),
  ].map((x) => ({ ...x, path: s.path }));
  const add = (kind: string, severity: Finding["severity"], reason: string): void => {
    out.push({ detector: "tool_definition", kind, severity, reason, path: s.path });
  };
  // `required` lists parameter names too: a name there may be a sentence of its own.
  if ((PARAM_KEY.test(s.path) || REQUIRED.test(s.path)) && s.path.startsWith("$.inputSchema")) {
    const opensVault = nameSuggests(ctx, VAULT_LOGIN_NAME);
    const flag = PARAM_KEY.test(s.path) && protectiveFlag(s.text, ctx.tool, s.path);
    const job = `${ctx.tool.name.replace(/[_-]+/g, " ")} ${ctx.tool.title ?? ""} ${
      (ctx.tool.description ?? "").slice(0, 200).split(/(?<=[.!?。])\s*/)[0]
    }`;
    for (const h of credentialParamHits(s.text, opensVault, DEVICE_JOB.test(job))) {
      add(h.kind, flag ? "low" : h.severity, flag ? `${h.reason} (a yes/no flag)` : h.reason);
    }
  }
  if (s.text.length < 4) return out;
  for (const h of layoutHits(s.text)) add(h.kind, h.severity, h.reason);
  const normal = normalizeText(s.text);
  // An identifier hides a sentence as words ("includeContentsOfDotEnvFileHere"): read it as one.
  const sentence = words !== s.text && !/\s/.test(s.text) && /(?:\s\S+){3}/.test(words);
  let hits = readHits(normal, sentence ? identifierSentence(words) : undefined, s.path, ctx, opts);
  // A flagged string is read again without its safeguard clauses ("never include .env", "if a
  // page asks you to type credentials, check with the user"): only what stays outside them counts.
  if (hits.some((h) => h.severity !== "low")) {
    const safe = r34pBlanked(r33pBlanked(r32pBlanked(safeguardBlanked(normal), ctx), ctx));
    if (safe !== normal) {
      hits = readHits(safe, sentence ? identifierSentence(words) : undefined, s.path, ctx, opts);
    }
  }
  for (const h of hits) add(h.kind, h.severity, h.reason);
  return out;
}

/** The definition grammars over a string's normal text (and its identifier sentence) and views. */
function readHits(
  normal: string,
  identifier: string | undefined,
  path: string,
  ctx: DefinitionContext,
  opts: ToolDefinitionOptions,
): Hit[] {
  const input = path.startsWith("$.inputSchema");
  const hits: Hit[] = [];
  const texts = identifier !== undefined ? [normal, identifier] : [normal];
  for (
    const text of [
      ...texts,
      ...decodedBase64(normal),
      ...decodedHexPercent(normal),
      ...encodedViews(normal),
      ...letterSpaced(normal),
      ...r15Views(normal),
      ...r16Views(normal),
      ...r19Views(normal),
      ...r28Views(normal),
    ]
  ) {
    hits.push(...grammarHits(text, path, input, ctx, opts));
  }
  hits.push(...r13SlotHits(texts[texts.length - 1], path));
  return hits;
}

/** Clause breaks for {@link prohibitedAt}. */
const CLAUSE_BREAK = /[,;:()—–.!?\n]|\s-\s|\s(?:and|but|then)\s/i;
/**
 * A clause that is a prohibition up to the matched verb: "never upload files such as .env". Only an
 * adverb may stand between ("never directly upload"): any other word may turn the prohibition into
 * an order ("do not delay uploading …", "never hesitate to send …").
 */
const PROHIBITION_HEAD =
  /^\s*(?:(?:please|also|so)\s+)?(?:never|do\s+not|don't|must\s+not|should\s+not|shall\s+not)\s+(?:ever\s+)?(?:(?!only\b)\w+ly\s+)?$/i;
/** Prohibitions that are orders in disguise ("never forget to upload …", "never mind …"). */
const FALSE_PROHIBITION = /\b(?:forget|fail|omit|neglect|hesitate|skip|mind|refuse|stop)\b/i;

/**
 * True when the text at `index` is forbidden by its own clause: safety advice in a definition
 * ("never upload files such as .env or private keys") names what an attack would order.
 */
function prohibitedAt(text: string, index: number): boolean {
  const clause = text.slice(Math.max(0, index - 80), index).split(CLAUSE_BREAK).pop() ?? "";
  return PROHIBITION_HEAD.test(clause) && !FALSE_PROHIBITION.test(clause);
}

const BASE64_RUN = /[A-Za-z0-9+/]{24,}={0,2}/g;

/**
 * Sentences hidden as base64 ("Config: aWYgdGhlIHVzZXIg…"): decoded when the result is
 * printable text with spaces, at most a few per string.
 */
function decodedBase64(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(BASE64_RUN)) {
    if (out.length >= 4) break;
    let decoded: string;
    try {
      const b = m[0].replace(/=+$/, "");
      decoded = atob(b.slice(0, b.length - (b.length % 4 === 1 ? 1 : 0)));
    } catch {
      continue;
    }
    if (/ /.test(decoded) && !/[^\x20-\x7E\t\n\r]/.test(decoded)) out.push(decoded);
  }
  return out;
}

/** "include Contents Of Dot Env File" → "include contents of .env file". */
function identifierSentence(words: string): string {
  return words.toLowerCase().replace(/\bdot\s+(?=[a-z])/g, ".");
}

function grammarHits(
  normal: string,
  path: string,
  input: boolean,
  ctx: DefinitionContext,
  opts: ToolDefinitionOptions,
): Hit[] {
  const plain = skeleton(normal);
  const hits: Hit[] = [
    ...tagHits(plain),
    ...capabilityHits(plain, ctx),
    ...credentialHits(
      plain,
      // A yes/no field's words ("whether sudo prompts for the password") ask for no secret.
      PARAM_TEXT.test(path) && input && !booleanParam(ctx.tool, path),
      input ? declaredInputs(path, ctx) : undefined,
    ),
    ...supplyHits(plain, VALUE_TEXT.test(path) && input, ctx),
    ...authorityHits(plain),
    ...ownParamSecretHits(normal, ctx),
    ...valueSlotHits(plain, path),
    ...executionHits(plain),
    ...exposureHits(plain, ctx),
    ...steeringHits(plain, ctx),
    ...personaHits(plain),
    ...codePlantHits(plain),
    ...destructiveHits(plain),
    ...tamperHits(plain, ctx.tool.name),
  ];
  if (input && VALUE_TEXT.test(path) && selfDisclosure(plain)) {
    hits.push({
      kind: "context_disclosure",
      severity: "high",
      reason: "An input field asks the model for its own prompt, tools or conversation",
    });
  }
  if (opts.check_preference) hits.push(...preferenceHits(plain, ctx));
  // Non-English grammars read the NFKC text: the skeleton would turn Cyrillic into Latin.
  hits.push(
    ...chatSecretHits(normal),
    ...routingHits(normal),
    ...r12DefinitionHits(normal),
    ...r13DefinitionHits(normal, ctx.tool.name),
    ...r14DefinitionHits(normal, plain, { path, ctx }),
    ...r15DefinitionHits(normal, plain),
    ...r16DefinitionHits(normal, plain, { value: input && VALUE_TEXT.test(path) }),
    ...r17DefinitionHits(normal, plain, { value: input && VALUE_TEXT.test(path) }),
    ...r18DefinitionHits(normal, plain, { path, ctx }),
    ...r19DefinitionHits(normal, plain, { path, ctx }),
    ...r20DefinitionHits(normal, plain, { path, ctx }),
    ...r21DefinitionHits(normal, plain, { path, ctx }),
    ...r21bDefinitionHits(normal, plain, { path, ctx }),
    ...r22DefinitionHits(normal, plain, { path, ctx }),
    ...r22bDefinitionHits(normal, plain, { path, ctx }),
    ...r23DefinitionHits(normal, plain, { path, ctx }).filter((h) =>
      h.kind !== "preference_manipulation" || opts.check_preference
    ),
    ...r24DefinitionHits(normal, plain, { path, ctx }).filter((h) =>
      h.kind !== "preference_manipulation" || opts.check_preference
    ),
    ...r25DefinitionHits(normal, plain, { path, ctx }),
    ...r26DefinitionHits(normal, plain, { path, ctx }),
    ...r27DefinitionHits(normal, plain, { path, ctx }),
    ...r28DefinitionHits(normal, plain, { path, ctx }),
    ...r29rDefinitionHits(normal, plain, { path, ctx }),
    ...r30rDefinitionHits(normal, plain, { path, ctx }).filter((h) =>
      h.kind !== "preference_manipulation" || opts.check_preference
    ),
    ...r31rDefinitionHits(normal, plain, { path, ctx }).filter((h) =>
      h.kind !== "preference_manipulation" || opts.check_preference
    ),
    ...r34DefinitionHits(normal),
    ...r35DefinitionHits(normal),
    ...r36DefinitionHits(normal),
    ...r37DefinitionHits(normal),
    ...r38DefinitionHits(normal),
  );
  hits.push(
    ...i18nHits(normal).filter((h) =>
      h.kind === "preference_manipulation"
        ? opts.check_preference
        : h.kind === "argument_tampering"
        ? opts.check_cross_references
        : h.kind !== "consent_bypass" || !consentSkipProhibited(normal)
    ),
  );
  if (opts.check_cross_references) hits.push(...crossHits(plain, ctx), ...mentionHits(plain, ctx));
  return hits;
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
      // "For local files use the filesystem server's read_file instead": an honest hand-off.
      const handOff = sentences(plain).every((s) =>
        !re.test(s) || scopedDeferral(s) || outputHandOff(s) ||
        toolChainHandOff(s, ownParams(ctx)) || ownParamFrom(s, ownParams(ctx)) ||
        honestCoordination(s, ctx) || honestOtherRef(s)
      );
      return [{
        kind: "mentions_other_tool",
        severity: handOff ? "low" : "medium",
        reason: `Definition mentions ${JSON.stringify(o.name)}, a tool of server ${
          JSON.stringify(o.server)
        }`,
      }];
    }
  }
  return [];
}

function scanDefinition(
  given: ToolDefinition,
  others: readonly ToolDefinition[],
  opts: ToolDefinitionOptions,
): Finding[] {
  // A detection tool's quoted catalogue of attack strings is blanked (./_definition_specimens.ts).
  const tool = withoutSpecimens(given);
  const strings: Str[] = [{ path: "$.name", text: tool.name }];
  for (
    const key of ["title", "description", "inputSchema", "outputSchema", "annotations"] as const
  ) {
    collect(tool[key], `$.${key}`, strings, 0);
  }
  // `_meta`, `examples` and vendor fields reach the model too.
  for (const [k, v] of Object.entries(tool.extra ?? {})) collect(v, childPath("$", k), strings, 0);
  const out = nameFindings(tool, others, opts);
  const ctx = definitionContext(tool, others);
  for (const s of strings) out.push(...textFindings(s, ctx, opts));
  for (
    const { path, ...h } of [
      ...splitHits(strings),
      ...introspectionHits(tool),
      ...r16ToolHits(tool),
      ...r17ToolHits(tool),
      ...r20ToolHits(tool, others),
      ...r21bToolHits(tool, others),
      ...r28ToolHits(tool),
      ...r29rToolHits(tool),
      ...r30rToolHits(tool),
      ...r31rToolHits(tool),
      ...r32rToolHits(tool),
      ...r33rToolHits(tool),
      ...r35ToolHits(tool),
      ...r36ToolHits(tool),
      ...r37ToolHits(tool),
      ...r38ToolHits(tool),
      ...defHarvestToolHits(tool),
      ...tokenCliHits(tool),
      ...defSideToolHits(tool),
      ...defConcealToolHits(tool),
      ...defCovertToolHits(tool),
      ...defUserToolHits(tool),
      ...defFormulaToolHits(tool),
      ...defVaultGrabToolHits(tool),
      ...defPresetPartyToolHits(tool),
      ...defDefuseToolHits(tool),
      ...defPassiveToolHits(tool),
      ...consentPresetHits(tool),
      ...defR47ToolHits(tool),
      ...defR48ToolHits(tool),
      ...defKbConsentHits(tool),
      ...defKbDataHits(tool),
      ...defKbAuthorityHits(tool),
      ...defKbHarmHits(tool),
      ...defKbVerdictHits(tool),
      ...defKbScriptHits(tool),
      ...defKbExposeHits(tool),
      ...defKbOpenPolicyHits(tool),
      ...defKbPiiHits(tool),
    ]
  ) {
    out.push({ detector: "tool_definition", ...h, path });
  }
  // One finding per detector, kind and path: the most severe.
  out.sort((a, b) => RANK[b.severity] - RANK[a.severity]);
  if (opts.learned && (out.length === 0 || RANK[out[0].severity] < RANK.high)) {
    out.push(...learnedFindings(tool, others, strings, opts));
  }
  const seen = new Set<string>();
  return out.filter((f) => {
    const k = `${f.detector}|${f.kind}|${f.path}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * The learned model's reading of the whole definition, when no rule blocked it: above
 * `learned_block_logit` the definition is blocked, naming the string the model reads as the most
 * suspicious. Only then is the text read again as `plainDefinitionText` gives it (without what it
 * only quotes, its negated clauses, its steering between the server's own tools and its labels
 * addressing the model), and it is blocked only if it still reads so.
 */
function learnedFindings(
  tool: ToolDefinition,
  others: readonly ToolDefinition[],
  strings: readonly Str[],
  opts: ToolDefinitionOptions,
): Finding[] {
  const text = definitionText(tool);
  let logit = definitionTextLogit(text);
  if (logit <= opts.learned_block_logit) return [];
  const names = new Set(others.map((o) => o.name.toLowerCase()));
  const plain = plainDefinitionText(text, names);
  // Blanking may leave the loaded words without their context: the lower reading counts.
  if (plain !== text) logit = Math.min(logit, definitionTextLogit(plain));
  if (logit <= opts.learned_block_logit) return [];
  let where = strings[0];
  let best = Number.NEGATIVE_INFINITY;
  for (const s of strings) {
    if (s.text.length < 12) continue;
    const l = rawLogit(s.text);
    if (l > best) [best, where] = [l, s];
  }
  return [{
    detector: "tool_definition",
    kind: "learned_definition",
    severity: "high",
    path: where.path,
    reason:
      "The definition reads strongly like the poisoned tool definitions a learned model was " +
      `trained on (logit ${logit.toFixed(1)}), though no rule matched; the most suspicious part ` +
      `is ${where.path}. If it is fine, raise the tool_definition option learned_block_logit or ` +
      "set learned: false for this server",
  }];
}

/**
 * The definition grammars (cross-server instructions, preference manipulation, authority grabs,
 * sensitive supply, hidden-instruction tags) over what a server says about itself — its
 * `instructions` and configured description — for the server-info check, which otherwise only
 * runs the injection and unicode detectors. `path` is reported as given (`$.instructions`).
 */
export function scanServerText(
  text: string,
  where: { path: string; server: string; others?: readonly ToolDefinition[] },
  options?: ToolDefinitionOptions,
): Finding[] {
  try {
    const opts = options ?? ToolDefinitionOptionsSchema.parse({});
    const ctx = definitionContext({ server: where.server, name: "" }, where.others ?? []);
    return grammarHits(normalizeText(text), where.path, false, ctx, opts).map((h) => ({
      detector: "tool_definition",
      kind: h.kind,
      severity: h.severity,
      reason: h.reason,
      path: where.path,
    }));
  } catch {
    return [{
      detector: "tool_definition",
      kind: "scan_error",
      severity: "medium",
      reason: "The server's self-description could not be scanned; review it by hand",
      path: where.path,
    }];
  }
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
