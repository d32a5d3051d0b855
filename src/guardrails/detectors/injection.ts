/**
 * Prompt-injection detector: instructions aimed at the model hidden in arguments, tool results or
 * tool definitions. Score-based: each rule is a weighted signal, the highest weight per kind counts
 * once, and the sum is compared with `threshold`. Strong signals (ignore-previous, chat-template
 * role markers, "do not tell the user") block alone; weak ones (a `System:` line, an email address
 * to send to, "in your answer") need company. Every view from `textViews` is scanned, so encoded,
 * spaced or homoglyph-spelled payloads count the same as plain ones.
 */
import type { FieldContext, Finding, Severity, Stage, TextDetector } from "../types.ts";
import { textViews } from "../text/views.ts";
import { lowerForLiterals, searchableLiterals } from "./_gate_prefilter.ts";
import { dropGuidanceAddress, isAgentGuidance } from "./_injection_agent_docs.ts";
import { dropHarmlessRequest } from "./_injection_harmless_request.ts";
import { ENGLISH_RULES, type InjectionRule } from "./_injection_rules.ts";
import { I18N_RULES } from "./_injection_i18n.ts";
import { CODE_RULES } from "./_injection_code.ts";
import { APP_RULES } from "./_injection_app.ts";
import { HIJACK_RULES } from "./_injection_hijack.ts";
import { EXFIL_RULES } from "./_injection_exfil.ts";
import { JAILBREAK_RULES } from "./_injection_jailbreak.ts";
import { OVERRIDE_RULES } from "./_injection_override.ts";
import { INTL_RULES } from "./_injection_intl.ts";
import { TASK_RULES } from "./_injection_task.ts";
import { ADDRESS_RULES } from "./_injection_address.ts";
import { PERSIST_RULES } from "./_injection_persist.ts";
import { CONSENT_RULES } from "./_injection_consent.ts";
import { BOUNDARY_RULES } from "./_injection_boundary.ts";
import { INTL_SEND_RULES } from "./_injection_intl_send.ts";
import { INTL_PERSIST_RULES } from "./_injection_intl_persist.ts";
import { REVIEW_RULES } from "./_injection_review.ts";
import { PROCESSOR_RULES } from "./_injection_processor.ts";
import { READER_RULES } from "./_injection_reader.ts";
import { LEAK_RULES } from "./_injection_leak.ts";
import { STANDING_RULES } from "./_injection_standing.ts";
import { ORDER_RULES } from "./_injection_orders.ts";
import { PUBLISHED_RULES } from "./_injection_published.ts";
import { CAMPAIGN_RULES } from "./_injection_campaign.ts";
import { THROWAWAY_RULES } from "./_injection_throwaway.ts";
import { VOCATIVE2_RULES } from "./_injection_vocative2.ts";
import { PROCEDURE_RULES } from "./_injection_procedure.ts";
import { ACT_RULES } from "./_injection_acts.ts";
import { ACT_INTL_RULES } from "./_injection_acts_intl.ts";
import { ACT_MORE_RULES } from "./_injection_acts_more.ts";
import { TURN_RULES } from "./_injection_turns.ts";
import { ACTOR_RULES } from "./_injection_r6_actor.ts";
import { CHANNEL_RULES } from "./_injection_r6_channel.ts";
import { R6_INTL_RULES } from "./_injection_r6_intl.ts";
import { R7_JAILBREAK_RULES } from "./_injection_r7_jailbreak.ts";
import { R7_INTL_RULES } from "./_injection_r7_intl.ts";
import { R12_RULES } from "./_injection_r12.ts";
import { R13_ACT_RULES, R13_RULES } from "./_injection_r13.ts";
import { R13_ANSWER_RULES, R13_FACT_RULES } from "./_injection_r13_facts.ts";
import { R14_RULES } from "./_injection_r14.ts";
import { R14_ACT_RULES } from "./_injection_r14_acts.ts";
import { R15_RULES } from "./_injection_r15.ts";
import { R15_ADDRESS_RULES } from "./_injection_r15_address.ts";
import { R16_FACT_RULES } from "./_injection_r16_facts.ts";
import { R16_ADDR_RULES } from "./_injection_r16_addr.ts";
import { R16_FORGED_RULES } from "./_injection_r16_addr_forged.ts";
import { R17_RULES } from "./_injection_r17.ts";
import { R17_ADDR_RULES } from "./_injection_r17_addr.ts";
import { R19_RULES } from "./_injection_r19.ts";
import { R19_ACT_RULES } from "./_injection_r19_acts.ts";
import { R21_RULES } from "./_injection_r21.ts";
import { R21_INTL_RULES } from "./_injection_r21_intl.ts";
import { R22_RULES } from "./_injection_r22.ts";
import { R22_INTL_RULES } from "./_injection_r22_intl.ts";
import { R26A_RULES } from "./_injection_r26a.ts";
import { R26B_RULES } from "./_injection_r26b.ts";
import { R27A1_RULES } from "./_injection_r27a1.ts";
import { R27A2_RULES } from "./_injection_r27a2.ts";
import { R27B2_RULES } from "./_injection_r27b2.ts";
import { R27B1_RULES } from "./_injection_r27b1.ts";
import { R28B1_RULES } from "./_injection_r28b1.ts";
import { R28A_RULES } from "./_injection_r28a.ts";
import { R29B2_RULES } from "./_injection_r29b2.ts";
import { R29B1_RULES } from "./_injection_r29b1.ts";
import { R29A_RULES } from "./_injection_r29a.ts";
import { R30A_RULES } from "./_injection_r30a.ts";
import { R30B2_RULES } from "./_injection_r30b2.ts";
import { R30B1_RULES } from "./_injection_r30b1.ts";
import { R31A_RULES } from "./_injection_r31a.ts";
import { R31B_RULES } from "./_injection_r31b.ts";
import { R32A_RULES } from "./_injection_r32a.ts";
import { R32B_RULES } from "./_injection_r32b.ts";
import { R33A_RULES } from "./_injection_r33a.ts";
import { R34A_RULES } from "./_injection_r34a.ts";
import { R33B_RULES } from "./_injection_r33b.ts";
import { R34B_RULES } from "./_injection_r34b.ts";
import { R35A_RULES } from "./_injection_r35a.ts";
import { R35B_RULES } from "./_injection_r35b.ts";
import { R36A_RULES } from "./_injection_r36a.ts";
import { R36B_RULES } from "./_injection_r36b.ts";
import { R37A_RULES } from "./_injection_r37a.ts";
import { R37A2_RULES } from "./_injection_r37a2.ts";
import { R38A_RULES } from "./_injection_r38a.ts";
import { R38A2_RULES } from "./_injection_r38a2.ts";
import { R37B_RULES } from "./_injection_r37b.ts";
import { R38B_RULES } from "./_injection_r38b.ts";
import { OUTSIDE_EDITOR_RULES } from "./_injection_outside_editor.ts";
import { PAYEE_FACT_RULES } from "./_injection_payee_facts.ts";
import { KEPT_INTL_RULES } from "./_injection_kept_intl.ts";
import { OWNER_WAIVED_RULES } from "./_injection_owner_waived.ts";
import { HELPER_KEPT_RULES } from "./_injection_helper_kept.ts";
import { TRUST_WAIVED_RULES } from "./_injection_trust_waived.ts";
import { UNVERIFIED_GRANT_RULES } from "./_injection_unverified_grant.ts";
import { PROTECTION_WAIVED_RULES } from "./_injection_protection_waived.ts";
import { ENDORSED_WEAKENING_RULES } from "./_injection_endorsed_weakening.ts";
import { PARITY_RULES } from "./_injection_parity.ts";
import { HARM_SHAPE_RULES } from "./_injection_harm_shapes.ts";
import { KB_ACTION_RULES } from "./_injection_kb_actions.ts";
import { KB_ACTION_MORE_RULES } from "./_injection_kb_actions_more.ts";
import { OLD32_RULES } from "./_injection_old32.ts";
import { prohibitedWithout, R42B_RULES } from "./_injection_r42b.ts";
import { R44B_RULES } from "./_injection_r44b.ts";
import { R45B_RULES } from "./_injection_r45b.ts";
import { OUTSIDE_RULEBOOK_RULES } from "./_injection_outside_rulebook.ts";
import { R46A_RULES } from "./_injection_r46a.ts";
import { R46B_RULES } from "./_injection_r46b.ts";
import { CONTROLS_OFF_RULES } from "./_injection_controls_off.ts";
import { R47A_RULES } from "./_injection_r47a.ts";
import { R47B_RULES } from "./_injection_r47b.ts";
import { KB_FACT_RULES } from "./_injection_kb_facts.ts";
import { R48A_RULES } from "./_injection_r48a.ts";
import { R48B_RULES } from "./_injection_r48b.ts";
import { dropRestrictiveAddress } from "./_injection_restrictive_note.ts";
import { AnchorIndex } from "./_anchors.ts";
import { MatchMemo } from "./_match_memo.ts";
import { inMention } from "./_injection_words.ts";
import { describedOverride } from "./_injection_r28c_mention.ts";
import { blankReports, scopedTeardown } from "./_injection_r29a_report.ts";
import { blankUsageNotices } from "./_injection_r30a_fp.ts";
import { asciiTwin } from "../text/ascii_twin.ts";
import { firstCharGuarded } from "./_injection_first_char.ts";
import { blankSpecimens } from "./_injection_r31p.ts";
import { blankReportedSpecimens, r33Rejects } from "./_injection_r33p.ts";
import { MIN_CHARS, modelLogit, SIGNAL_LOGIT, wholeLogit } from "./_injection_model.ts";
import { type InjectionOptions, InjectionOptionsSchema, validRegex } from "./options.ts";
import { TEXT_DETECTOR_SPECS } from "./specs.ts";
export { InjectionOptionsSchema };
export type { InjectionOptions };
import { bannedWithout, blankCjkReports } from "./_injection_fp36res.ts";
import { literalPretest } from "./_rule_literals.ts";
import {
  abuseReport,
  bannedSecret,
  blankKoReports,
  countedSeverity,
  negatedHarvest,
  titledLabel,
} from "./_injection_fp37.ts";

/** Every rule, in scan order (exported for dev tools: scripts/dev/redos_rules.ts). */
export const RULES: readonly InjectionRule[] = [
  ...ENGLISH_RULES,
  ...CODE_RULES,
  ...APP_RULES,
  ...HIJACK_RULES,
  ...EXFIL_RULES,
  ...JAILBREAK_RULES,
  ...OVERRIDE_RULES,
  ...TASK_RULES,
  ...ADDRESS_RULES,
  ...PERSIST_RULES,
  ...CONSENT_RULES,
  ...BOUNDARY_RULES,
  ...I18N_RULES,
  ...INTL_RULES,
  ...INTL_SEND_RULES,
  ...INTL_PERSIST_RULES,
  ...REVIEW_RULES,
  ...PROCESSOR_RULES,
  ...READER_RULES,
  ...LEAK_RULES,
  ...STANDING_RULES,
  ...ORDER_RULES,
  ...PUBLISHED_RULES,
  ...CAMPAIGN_RULES,
  ...THROWAWAY_RULES,
  ...VOCATIVE2_RULES,
  ...PROCEDURE_RULES,
  ...ACT_RULES,
  ...ACT_INTL_RULES,
  ...ACT_MORE_RULES,
  ...TURN_RULES,
  ...ACTOR_RULES,
  ...CHANNEL_RULES,
  ...R6_INTL_RULES,
  ...R7_JAILBREAK_RULES,
  ...R7_INTL_RULES,
  ...R12_RULES,
  ...R13_RULES,
  ...R13_ACT_RULES,
  ...R13_FACT_RULES,
  ...R13_ANSWER_RULES,
  ...R14_RULES,
  ...R14_ACT_RULES,
  ...R15_RULES,
  ...R15_ADDRESS_RULES,
  ...R16_FACT_RULES,
  ...R16_ADDR_RULES,
  ...R16_FORGED_RULES,
  ...R17_RULES,
  ...R17_ADDR_RULES,
  ...R19_RULES,
  ...R19_ACT_RULES,
  ...R21_RULES,
  ...R21_INTL_RULES,
  ...R22_RULES,
  ...R22_INTL_RULES,
  ...R26A_RULES,
  ...R26B_RULES,
  ...R27A1_RULES,
  ...R27A2_RULES,
  ...R27B2_RULES,
  ...R27B1_RULES,
  ...R28B1_RULES,
  ...R28A_RULES,
  ...R29B2_RULES,
  ...R29B1_RULES,
  ...R29A_RULES,
  ...R30A_RULES,
  ...R30B2_RULES,
  ...R30B1_RULES,
  ...R31A_RULES,
  ...R31B_RULES,
  ...R32A_RULES,
  ...R32B_RULES,
  ...PARITY_RULES,
  ...OLD32_RULES,
  ...R33A_RULES,
  ...R33B_RULES,
  ...R34B_RULES,
  ...R34A_RULES,
  ...R35A_RULES,
  ...R35B_RULES,
  ...R36A_RULES,
  ...R36B_RULES,
  ...R37A_RULES,
  ...R37A2_RULES,
  ...R37B_RULES,
  ...R38A_RULES,
  ...R38A2_RULES,
  ...R38B_RULES,
  ...OUTSIDE_EDITOR_RULES,
  ...PAYEE_FACT_RULES,
  ...KEPT_INTL_RULES,
  ...OWNER_WAIVED_RULES,
  ...HELPER_KEPT_RULES,
  ...TRUST_WAIVED_RULES,
  ...PROTECTION_WAIVED_RULES,
  ...UNVERIFIED_GRANT_RULES,
  ...ENDORSED_WEAKENING_RULES,
  ...R42B_RULES,
  ...HARM_SHAPE_RULES,
  ...KB_ACTION_RULES,
  ...KB_ACTION_MORE_RULES,
  ...R44B_RULES,
  ...R45B_RULES,
  ...OUTSIDE_RULEBOOK_RULES,
  ...R46A_RULES,
  ...R46B_RULES,
  ...CONTROLS_OFF_RULES,
  ...R47A_RULES,
  ...R47B_RULES,
  ...KB_FACT_RULES,
  ...R48A_RULES,
  ...R48B_RULES,
];
/** The rules with their weight for each stage resolved (same order, so the anchor index fits). */
const STAGE_RULES: Readonly<Record<Stage, readonly InjectionRule[]>> = {
  input: RULES.map((r) => atStage(r, "input")),
  output: RULES.map((r) => atStage(r, "output")),
  definition: RULES.map((r) => atStage(r, "definition")),
};
function atStage(r: InjectionRule, stage: Stage): InjectionRule {
  const w = r.at?.[stage];
  return w === undefined ? r : { ...r, weight: w };
}
/**
 * Only texts that contain a letter (any script, fullwidth too), Braille, or letters drawn as symbols
 * (squared/circled Latin capitals, regional-indicator "flag" letters) can hold an instruction.
 */
const HAS_LETTER = /[\p{L}\u2801-\u28ff\u{1F130}-\u{1F189}\u{1F1E6}-\u{1F1FF}]/u;
/** Argument keys whose value is a search, not a message: a phrase there is looked for, not obeyed. */
const SEARCH_KEY =
  /^(?:q|query|search|search_?query|pattern|patterns|term|terms|keyword|keywords|regex|grep|filter|needle|text_?query)$/;
const SECOND_PERSON = /\byou(?:rs?|rself)?\b/i;
/** Weight factor for text in a search argument that does not speak to the model. */
const SEARCH_DISCOUNT = 0.5;

const compiled = new Map<string, RegExp[]>();
const NO_REGEXES: RegExp[] = [];
function compileAll(sources: readonly string[], flags: string): RegExp[] {
  if (sources.length === 0) return NO_REGEXES;
  const key = flags + "\u0000" + sources.join("\u0000");
  let res = compiled.get(key);
  if (!res) {
    res = sources.filter(validRegex).map((s) => new RegExp(s, flags));
    if (compiled.size > 64) compiled.clear();
    compiled.set(key, res);
  }
  return res;
}

interface Hit {
  rule: InjectionRule;
  start?: number;
  end?: number;
}

function severityFor(score: number, threshold: number): Severity | undefined {
  if (score >= 2 * threshold) return "critical";
  if (score >= threshold) return "high";
  if (score >= threshold / 2) return "low";
  return undefined;
}

const INDEX = new AnchorIndex(RULES.map((r) => r.anchors), RULES.map((r) => r.re));
/** Per rule, its regex without `u` where that is exact on fold-safe texts (`ascii_twin.ts`). */
const TWINS = RULES.map((r) => asciiTwin(r.re));
/** Per rule, its regex with a first-character look-ahead where that helps (`_injection_first_char.ts`). */
const GUARDED = RULES.map((r) => firstCharGuarded(r.re));
/**
 * Per rule, the literals (lower-cased) one of which every match of its regex starts with, or
 * `undefined` (`_gate_prefilter.ts` `searchableLiterals`). An armed rule whose view holds none of
 * them cannot match there and is not run; one armed on the whole view starts its search at the
 * first of them (no match starts before). Exact: the same first match, the same answer.
 */
const LEADS = RULES.map((r) => searchableLiterals(r.re.source));
/** Each rule's answer in the last few views (`_match_memo.ts`): an echoed result is not re-run. */
const MATCHES = new MatchMemo(RULES.length);

/** Merged `[from, to)` windows from `back` before to `reach` after sorted anchor positions. */
function windows(
  positions: number[],
  reach: number,
  length: number,
  back = reach,
): [number, number][] {
  if (positions.length > 1) positions.sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const p of positions) {
    const from = Math.max(0, p - back);
    const to = Math.min(length, p + reach);
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

/** The override kinds a described override clears (./_injection_r28c_mention.ts). */
const OVERRIDE_KINDS = new Set(["ignore_previous", "ignore_instructions"]);
/** Matches tried per window before giving up (each rejected one is a mention or a report). */
const MAX_TRIES = 8;

/**
 * First match of `re` in `view` that counts: only where the rule is armed, not inside a quotation
 * the text merely mentions, and passing the rule's own `accept` test.
 */
function firstMatch(
  rule: InjectionRule,
  armed: "all" | number[],
  view: string,
  re: RegExp,
  lead = 0,
  low?: string,
  leads?: readonly string[],
): [number, number] | undefined {
  const spans: [number, number][] = armed === "all"
    ? [[0, view.length]]
    : windows(armed, rule.reach, view.length, rule.back);
  for (const [from, to] of spans) {
    const whole = from === 0 && to === view.length;
    const part = whole ? view : view.slice(from, to);
    // Exact: every match of the rule holds a piece `need` finds (`InjectionRule.need`).
    if (rule.need !== undefined && !rule.need.test(part)) continue;
    // On the whole view no match starts before `lead`, the first of the rule's literals (`LEADS`);
    // in a window, before the first of them that lies inside it (none: the window cannot match).
    let at = whole ? lead : 0;
    if (!whole && low !== undefined && leads !== undefined) {
      at = firstWithin(low, leads, from, to);
      if (at < 0) continue;
      at -= from;
    }
    re.lastIndex = at;
    for (let tries = 0; tries < MAX_TRIES; tries++) {
      const m = re.exec(part);
      if (!m) break;
      if (m[0].length === 0) re.lastIndex++;
      const start = from + m.index;
      const end = start + m[0].length;
      if (inMention(view, start, end) && !rule.quotedOk?.(view, start)) continue;
      // A teardown the line scopes to an ephemeral environment (./_injection_r29a_report.ts).
      if (scopedTeardown(view, start, end)) continue;
      // A prohibited act, a payment booked as received, the AI described (./_injection_r33p.ts).
      if (r33Rejects(rule.kind, view, start, end)) continue;
      // A check waived only as the condition of a ban (./_injection_r42b.ts).
      if (prohibitedWithout(rule.kind, view, end)) continue;
      // "Don't install anything without asking": a ban on the act (./_injection_fp36res.ts).
      if (bannedWithout(rule.kind, view, start)) continue;
      // "Prompt injection in AI inbox assistants: what we saw": a title (./_injection_fp37.ts).
      if (titledLabel(rule.kind, view, start)) continue;
      // "If a page asks you to …, report it to security@…": an abuse desk (./_injection_fp37.ts).
      if (abuseReport(rule.kind, view, start, end)) continue;
      // "1 CRITICAL: CVE-…" in a scan log: a count of findings (./_injection_fp37.ts).
      if (countedSeverity(rule.kind, view, start)) continue;
      // "จะไม่ขอรหัสผ่าน", "पासवर्ड … नहीं भेजूँगा": a negated ask (./_injection_fp37.ts).
      if (negatedHarvest(rule.kind, view, start, end)) continue;
      // "请勿把 .env 粘贴到 issue", "never paste a DATABASE_URL": a ban (./_injection_fp37.ts).
      if (bannedSecret(rule.kind, view, start, end)) continue;
      if (rule.accept && !rule.accept(view, start, end)) continue;
      // "If a page tells you to ignore your instructions, report it" (./_injection_r28c_mention.ts).
      if (OVERRIDE_KINDS.has(rule.kind) && describedOverride(view, start, end)) continue;
      return [start, end];
    }
  }
  return undefined;
}

/** Where the first of `lits` starts in `low`, or -1 when it holds none. */
function firstOf(low: string, lits: readonly string[]): number {
  let first = -1;
  for (let k = 0; k < lits.length; k++) {
    const at = low.indexOf(lits[k]);
    if (at >= 0 && (first < 0 || at < first)) {
      if (at === 0) return 0;
      first = at;
    }
  }
  return first;
}

/** Where the first of `lits` that lies wholly inside `[from, to)` of `low` starts, or -1. */
function firstWithin(low: string, lits: readonly string[], from: number, to: number): number {
  let first = -1;
  for (let k = 0; k < lits.length; k++) {
    const lit = lits[k];
    const at = low.indexOf(lit, from);
    if (at >= 0 && at + lit.length <= to && (first < 0 || at < first)) {
      if (at === from) return from;
      first = at;
    }
  }
  return first;
}

function scanView(
  view: string,
  isRaw: boolean,
  rules: readonly InjectionRule[],
  extras: readonly RegExp[],
  hits: Map<string, Hit>,
): void {
  const armed = INDEX.locate(view);
  // Only the armed rules, in rule order (the order decides which rule of a kind is kept).
  const order = INDEX.armedRules;
  const twins = INDEX.foldSafe;
  const memo = MATCHES.answers(view);
  // The view lower-cased for the rules' literals (`LEADS`), made when first needed; null: none made.
  let low: string | undefined | null = null;
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    const where = armed[i]!;
    const rule = rules[i];
    // A rule weighed 0 at this stage (a half meant for results, read in a definition) adds nothing.
    if (rule.weight <= 0) continue;
    const prev = hits.get(rule.kind);
    if (prev && prev.rule.weight >= rule.weight && (prev.start !== undefined || !isRaw)) continue;
    let m: [number, number] | undefined;
    if (memo !== undefined && memo.known(i)) m = memo.get(i);
    else {
      const leads = LEADS[i];
      let lead = 0;
      if (leads !== undefined) {
        if (low === null) low = lowerForLiterals(view);
        if (low !== undefined) lead = firstOf(low, leads);
      }
      const re = twins ? TWINS[i] ?? GUARDED[i] : GUARDED[i];
      m = lead < 0 ? undefined : firstMatch(rule, where, view, re, lead, low ?? undefined, leads);
      memo?.set(i, m);
    }
    if (!m) continue;
    if (!prev || prev.rule.weight < rule.weight || (isRaw && prev.start === undefined)) {
      hits.set(rule.kind, isRaw ? { rule, start: m[0], end: m[1] } : { rule });
    }
  }
  extras.forEach((re, i) => {
    re.lastIndex = 0;
    const m = re.exec(view);
    const kind = `custom_${i}`;
    if (m && !hits.has(kind)) {
      hits.set(kind, {
        rule: {
          kind: "custom",
          weight: Number.POSITIVE_INFINITY,
          anchors: { words: [], symbols: [] },
          reach: 0,
          re,
          reason: "Text matches a custom injection pattern from the policy",
        },
        ...(isRaw ? { start: m.index, end: m.index + m[0].length } : {}),
      });
    }
  });
}

/**
 * German written without umlauts ("FUER DEN KI-ASSISTENTEN", "keine Rueckfrage noetig": CNC and
 * mainframe listings, old mail systems, typed on a foreign keyboard) is read again with them put
 * back, so the German rules see it. Armed only by words that exist only as transliterations; a vowel
 * pair after a vowel or "q" ("neue", "Steuer", "Quelle") is left alone.
 */
const DE_ASCII =
  /(?<![a-z])(?:fuer|ueber[a-z]{0,12}|muess[a-z]{0,6}|koenn[a-z]{0,6}|noetig[a-z]{0,3}|moeglich[a-z]{0,6}|waehrend|zurueck[a-z]{0,12}|rueck[a-z]{2,12}|[a-z]{0,12}pruef[a-z]{0,8}|loesch[a-z]{0,6}|aender[a-z]{0,6}|[a-z]{0,12}schluessel[a-z]{0,8}|gemaess|[a-z]{0,12}fuehr[a-z]{0,8}|uebertr[a-z]{0,8})(?![a-z])/gi;
const DE_FUNCTION =
  /(?<![a-z])(?:der|die|das|den|dem|und|nicht|mit|ist|sind|wird|werden)(?![a-z])/i;
const UMLAUT: Record<string, string> = { a: "ä", o: "ö", u: "ü", A: "Ä", O: "Ö", U: "Ü" };
/** The literals every match of {@link DE_ASCII} holds ("fuer", "ueber", …): looked up first. */
const DE_ASCII_MAY = literalPretest(DE_ASCII);
/** Two transliterated German words and a German function word (not Spanish "fuera"). */
function germanAscii(text: string): boolean {
  if (!DE_ASCII_MAY(text)) return false;
  DE_ASCII.lastIndex = 0;
  const first = DE_ASCII.exec(text);
  if (!first) return false;
  const second = DE_ASCII.exec(text);
  return second !== null && second[0].toLowerCase() !== first[0].toLowerCase() &&
    DE_FUNCTION.test(text);
}
function umlauted(text: string): string | undefined {
  if (!germanAscii(text)) return undefined;
  const out = text.replace(/(?<![aeiouyqäöü])([aouAOU])[eE]/gi, (_m, v: string) => UMLAUT[v]);
  return out === text ? undefined : out;
}

/** Grammar hits of `text` and their summed score (search arguments discounted). */
function grammar(
  text: string,
  opts: InjectionOptions,
  field?: FieldContext,
): { hits: Map<string, Hit>; score: number; restrictive?: boolean } {
  const hits = new Map<string, Hit>();
  if (!HAS_LETTER.test(text)) return { hits, score: 0 };
  const extras = compileAll(opts.extra_patterns, "iu");
  const allows = compileAll(opts.allow_patterns, "giu");
  const rules = field ? STAGE_RULES[field.stage] ?? RULES : RULES;
  const scanAll = (t: string): void => {
    const views = textViews(t);
    const folded = umlauted(t);
    if (folded !== undefined) views.push(folded);
    views.forEach((v, idx) => {
      let view = v;
      for (const re of allows) view = view.replace(re, (m) => " ".repeat(m.length));
      // Spans are only meaningful on the raw text.
      scanView(view, idx === 0, rules, extras, hits);
    });
  };
  scanAll(text);
  if (hits.size === 0) return { hits, score: 0 };
  // What a write-up, ticket or log reports is blanked (./_injection_r29a_report.ts) and the text
  // read again: only for texts some rule matched, so ordinary text never pays for the blanking.
  const reported = blankKoReports(blankCjkReports(
    blankReportedSpecimens(blankSpecimens(blankUsageNotices(blankReports(text)))),
  ));
  if (reported !== text) {
    hits.clear();
    scanAll(reported);
    if (hits.size === 0) return { hits, score: 0 };
  }
  // A tool definition is written to the model about the user's requests ("Note for the assistant:
  // confirm the amount with the user"): that is its job, not a briefing.
  if (field?.stage !== "definition") aboutTheUser(reported, hits);
  // AGENTS.md and its kind speak to the model by design (./_injection_agent_docs.ts).
  if (field?.stage !== "definition") {
    dropGuidanceAddress(text, hits);
    // A request for a summary, draft or translation only (./_injection_harmless_request.ts).
    dropHarmlessRequest(text, hits);
    if (hits.size === 0) return { hits, score: 0 };
  }
  // A note to the AI that only forbids acts or defers to a person (./_injection_restrictive_note.ts).
  const restrictive = field?.stage !== "definition" && dropRestrictiveAddress(reported, hits);
  if (hits.size === 0) return { hits, score: 0, restrictive };
  let score = 0;
  for (const h of hits.values()) score += h.rule.weight;
  if (
    field?.stage === "input" && field.key !== undefined && SEARCH_KEY.test(field.key) &&
    !SECOND_PERSON.test(text)
  ) {
    score *= SEARCH_DISCOUNT;
  }
  return { hits, score, restrictive };
}

/** The grammar's score alone, without the learned signal (for the model's trainer). */
export function grammarScore(text: string, field?: FieldContext): number {
  return grammar(text, InjectionOptionsSchema.parse({}), field).score;
}

/**
 * A tool result the grammar found half-suspicious (at least half the threshold, short of it) is
 * read by the learned model; when it reads like the injections it was trained on, that is the
 * second signal. Only results: arguments are the user's own words, definitions have their own
 * detector, and the model was trained on results.
 */
function learnedSignal(
  text: string,
  hits: Map<string, Hit>,
  score: number,
  threshold: number,
  field?: FieldContext,
): number {
  if (field?.stage !== "output" || score < threshold / 2 || score >= threshold) return score;
  const around: number[] = [];
  for (const h of hits.values()) if (h.start !== undefined) around.push(h.start);
  if (modelLogit(text, around) <= SIGNAL_LOGIT) return score;
  // Agent guidance reads like addressed orders to the model by design: no second opinion there.
  if (isAgentGuidance(text)) return score;
  const weight = threshold / 2;
  hits.set(LEARNED.kind, { rule: { ...LEARNED, weight } });
  return score + weight;
}
const LEARNED: InjectionRule = {
  kind: "learned_injection",
  weight: 0.5,
  anchors: { words: [], symbols: [] },
  reach: 0,
  re: /$^/,
  reason: "The text reads like the injections a learned model was trained on, beside a weaker " +
    "grammar signal",
};

/** Soft hyphens and zero-width or bidi format marks: invisible to a reader. */
const INVISIBLE_MARK = /[\u00ad\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\ufeff]/u;
const INVISIBLE_MARKS = new RegExp(INVISIBLE_MARK.source, "gu");

/**
 * A tool result the grammar found (next to) nothing in, read by the model alone: only a reading
 * far above the second-opinion level blocks (see {@link BLOCK_LOGIT}).
 */
function learnedAlone(text: string, opts: InjectionOptions, field?: FieldContext): Finding[] {
  if (!opts.learned || field?.stage !== "output" || text.length < MIN_CHARS) return [];
  // The model reads the words a person sees: soft hyphens and zero-width marks split its tokens.
  if (INVISIBLE_MARK.test(text)) text = text.replace(INVISIBLE_MARKS, "");
  let logit = wholeLogit(text);
  if (logit <= opts.learned_block_logit) return [];
  // Rarely reached: only then is the text read again without what it merely quotes.
  const plain = withoutMentions(blankReportedSpecimens(blankSpecimens(text)));
  if (plain !== text) logit = wholeLogit(plain);
  if (logit <= opts.learned_block_logit || isAgentGuidance(text)) return [];
  return [{
    detector: "injection",
    kind: "learned_injection_alone",
    severity: "high",
    reason: "The text reads strongly like the prompt injections a learned model was trained on " +
      `(logit ${logit.toFixed(1)}), though no injection rule matched; if it is fine, raise the ` +
      "injection option learned_block_logit or set learned: false for this server",
  }];
}

/**
 * A quoted phrase of several words ("…", “…”, «…», „…“, `…`) that the prose around it only
 * mentions (`a message might say "…"`, see `inMention`) is blanked before the model reads a
 * result: the model has no sense of quotation, and a write-up citing an attack is not one.
 */
const QUOTED_PHRASE =
  /"[^"\n]{1,1200}"|“[^”\n]{1,800}”|«[^»\n]{1,800}»|„[^“”\n]{1,800}[“”]|`[^`\n]{1,1200}`/g;
/** Two word breaks: a phrase, not a quoted name (`"config.json"`, `` `npm` ``). */
const PHRASE = /\s\S*\s/;

export function withoutMentions(text: string): string {
  if (!/["“«„`]/.test(text)) return text;
  return text.replace(
    QUOTED_PHRASE,
    (m: string, at: number) =>
      PHRASE.test(m) && inMention(text, at + 1, at + m.length - 1) ? " ".repeat(m.length) : m,
  );
}

function scanText(text: string, opts: InjectionOptions, field?: FieldContext): Finding[] {
  const { hits, score: grammarOnly, restrictive } = grammar(text, opts, field);
  if (grammarOnly < opts.threshold / 2) return restrictive ? [] : learnedAlone(text, opts, field);
  const score = opts.learned && !restrictive
    ? learnedSignal(text, hits, grammarOnly, opts.threshold, field)
    : grammarOnly;
  const severity = severityFor(score, opts.threshold);
  if (!severity) return [];
  return [...hits.values()]
    .sort((a, b) => b.rule.weight - a.rule.weight)
    .map((h) => ({
      detector: "injection",
      kind: h.rule.kind,
      severity,
      reason: h.rule.reason,
      ...(h.start !== undefined ? { start: h.start, end: h.end } : {}),
    }));
}

/**
 * The person the model serves, in the languages the address rules read: "user", "usuario",
 * "Benutzer", "пользователь", "kullanıcı", "ユーザー", "사용자", "用户" … — not the technical
 * compounds ("user agent", "user input", "user-supplied data", "users table").
 */
const USER_WORD = new RegExp(
  String
    .raw`(?<![\p{L}])(?:users?(?![-_ ]?(?:agents?|names?|ids?|land|space|interfaces?|experience|guides?|manuals?|stor(?:y|ies)|groups?|mode|facing|inputs?|data|supplied|provided|generated|submitted|controlled|content|defined|records?|tables?)(?![\p{L}]))|usu[aá]ri[oa]s?|utente|utenti|utilisat(?:eur|rice)s?|benutzer\p{L}{0,3}|nutzer\p{L}{0,3}|gebruiker\p{L}{0,2}|użytkownik\p{L}{0,4}|пользовател\p{L}{0,4}|користувач\p{L}{0,4}|kullanıcı\p{L}{0,6}|pengguna|người\s+dùng)(?![\p{L}])|ユーザー|利用者|사용자|用户|用戶|उपयोगकर्ता|المستخدم`,
  "iu",
);
const ABOUT_USER: InjectionRule = {
  kind: "addressed_about_user",
  weight: 0.4,
  anchors: { words: [], symbols: [] },
  reach: 0,
  re: USER_WORD,
  reason: "Text addresses the AI and tells it what to do about the user",
};

/**
 * A text that turns to the AI (a vocative or label, any language) and then talks about the user
 * ("… and don't tell the user", "Dile al usuario que …", "ユーザーには…と報告してください",
 * "Пользователю об этом сообщать не нужно") is briefing the model about the person it serves: a
 * second signal, whatever the language of the order. Content that greets AI readers without a word
 * about their user (an llms.txt-style note) is left to the other rules.
 */
function aboutTheUser(text: string, hits: Map<string, Hit>): void {
  const address = hits.get("addresses_ai");
  if (!address || address.rule.weight < 0.6 || hits.has(ABOUT_USER.kind)) return;
  const from = address.start ?? 0;
  const part = text.slice(from, from + 600);
  const re = new RegExp(USER_WORD.source, "giu");
  for (let m = re.exec(part); m !== null; m = re.exec(part)) {
    // Deference is no briefing: "when unsure, stop and ask the user", "confirm with the user".
    if (DEFER.test(part.slice(Math.max(0, m.index - 24), m.index))) continue;
    // So is the user's own say: "requires user confirmation before sending", "user approval".
    if (USER_SAY.test(part.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
    // A key of structured data (`{"user": "U0B7", "text": …}` in a chat export) names a field.
    if (jsonKey(part, m.index, m.index + m[0].length)) continue;
    hits.set(ABOUT_USER.kind, { rule: ABOUT_USER });
    return;
  }
}
/** True when `[start, end)` of `text` is a quoted key: `"user":`, `'user' :`. */
function jsonKey(text: string, start: number, end: number): boolean {
  const q = text[start - 1];
  return (q === '"' || q === "'") && text[end] === q &&
    /^\s{0,2}:/.test(text.slice(end + 1, end + 4));
}
const USER_SAY = /^\s{0,2}(?:confirmation|approval|consent|sign-?off)\b/i;
const DEFER =
  /\b(?:ask|asking|consult|check\s+with|confirm\s+with|wait\s+for|defer\s+to|escalate\s+to|hand\s+(?:it\s+)?(?:back\s+)?to)\s+(?:the\s+|your\s+|a\s+)?$/i;

/** Detector for instructions aimed at the model (prompt injection), in any view of the text. */
export const injectionDetector: TextDetector<InjectionOptions> = {
  id: "injection",
  description:
    "Instructions aimed at the model: override, role markers, hidden tags, exfiltration, concealment",
  ...TEXT_DETECTOR_SPECS.injection,
  scan(text, field, options): Finding[] {
    try {
      return scanText(text, options ?? InjectionOptionsSchema.parse({}), field);
    } catch {
      return [{
        detector: "injection",
        kind: "scan_error",
        severity: "medium",
        reason: "The injection scan failed on this text; treat it as untrusted",
      }];
    }
  },
};
