/**
 * Software supply-chain tampering: a tool call (`write_file`, `edit_file`, `create_or_update_file`,
 * `push_files`, `apply_patch`, `run_command`) through which a coding agent tampers with how the
 * project it works on is built, fetched, tested or released: install- and build-time hooks that
 * fetch, run or send out (`_supply_hooks.ts`); dependency sources, lockfiles and pins moved to a
 * foreign host or fork, checksum checks off (`_supply_sources.ts`); CI/CD pipelines weakened
 * (`_supply_ci.ts`); releases overwritten, signature / provenance checks off, typosquats
 * (`_supply_release.ts`). Written from public knowledge: OpenSSF Scorecard checks, SLSA, GitHub's
 * Actions hardening guide and Security Lab's "pwn request" series, OWASP Top 10 CI/CD Security
 * Risks, zizmor / poutine / actionlint rule lists, malicious-package write-ups (Socket, Phylum,
 * Snyk, Checkmarx) and the package managers' configuration references.
 *
 * Each rule is (the file or setting, recognised by path, key or syntax) + (the value that tampers:
 * a foreign host or fork, a fetch-and-run or send-out command, a weakened trigger or permission, a
 * removed check). The organisation's own registry or mirror (same domain, scope or owner as the
 * rest of the call) passes (./_supply_core.ts).
 *
 * Cost: one {@link literalRuleGate} over every rule's literals; a rule's regexes run only when one
 * of its own literals is present. Bounded patterns, no nested quantifiers.
 */
import { inSentence, quotedInProse } from "./_kb_mention.ts";
import { kbKeys, kbRuleHolds } from "./_kb_rule.ts";
import { literalRuleGate } from "./_literal_gate.ts";
import { srcHolds, type SupplyRule } from "./_supply_core.ts";
import { SUPPLY_HOOK_RULES } from "./_supply_hooks.ts";
import { SUPPLY_SOURCE_RULES } from "./_supply_sources.ts";
import { SUPPLY_CI_RULES } from "./_supply_ci.ts";
import { SUPPLY_RELEASE_RULES } from "./_supply_release.ts";
import { findingFactory, type RoundMechanism } from "./_round_code.ts";

/** The one finding kind of this knowledge base. */
export const SUPPLY_KIND = "supply_chain_tampering";

/** Every supply-chain rule, area by area. */
export const SUPPLY_RULES_ALL: readonly SupplyRule[] = [
  ...SUPPLY_HOOK_RULES,
  ...SUPPLY_SOURCE_RULES,
  ...SUPPLY_CI_RULES,
  ...SUPPLY_RELEASE_RULES,
];

/** A finder for the first of `rules` that holds on `view` (one shared gate). */
function finder(rules: readonly SupplyRule[]): (view: string) => SupplyRule | undefined {
  const candidates = literalRuleGate(rules.map(kbKeys));
  return (view) => {
    if (view.length < 8 || view.length > 65536) return undefined;
    for (const i of candidates(view)) {
      const rule = rules[i];
      if (kbRuleHolds(rule, view) && srcHolds(view, rule)) return rule;
    }
    return undefined;
  };
}

/** The Dockerfile base-image rule: tried on a text with a `FROM` instruction, not gated. */
const DOCKER = SUPPLY_RULES_ALL.find((x) => x.id === "src.docker_base_foreign")!;
const gated = finder(SUPPLY_RULES_ALL.filter((x) => x !== DOCKER));

/** A unified diff or an `apply_patch` envelope (lines led by `+`, `-`, ` `). */
const PATCH = /^(?:@@ |\*\*\* (?:Begin Patch|Update File:|Add File:))/m;
const PATCH_LINE = /^(?:\+\+\+|---|@@|\*\*\*|diff --git|index [0-9a-f])/;

/** The file a patch leaves behind: added and context lines without their marks, removed lines dropped. */
function patchResult(view: string): string {
  const out: string[] = [];
  for (const line of view.split("\n")) {
    if (PATCH_LINE.test(line)) out.push("");
    else if (line.startsWith("+") || line.startsWith(" ")) out.push(line.slice(1));
  }
  return out.join("\n");
}

/** The first supply-chain technique `view` performs, or undefined (a patch is read as its result). */
export function supplyRule(view: string): SupplyRule | undefined {
  if (
    view.length > 65536 || (!view.includes("@@") && !view.includes("*** ")) || !PATCH.test(view)
  ) return fileRule(view);
  return fileRule(patchResult(view));
}

/** The first supply-chain technique a file's text `view` holds, or undefined. */
function fileRule(view: string): SupplyRule | undefined {
  const found = gated(view);
  if (found !== undefined) return found;
  if (!view.startsWith("FROM ") && !view.includes("\nFROM ")) return undefined;
  return view.length <= 65536 && kbRuleHolds(DOCKER, view) && srcHolds(view, DOCKER)
    ? DOCKER
    : undefined;
}

/** Text that looks for the construct instead of writing it: a code search, a detection rule, a manual page. */
const DESCRIBES =
  /^\s{0,3}(?:detection|logsource|falsepositives)\s{0,2}:|\|(?:contains|endswith|startswith)(?:\|all)?\s{0,2}:|^\s{0,8}(?:grep|egrep|fgrep|rg|ag|ack|zgrep|git\s{1,3}grep|findstr|select-string|man|tldr|cat|less|head|tail|jq|yq)\b(?![^\n]{0,400}(?:&&|;|\|\||>))|^\s{0,8}(?:-\s{1,3})?(?:id|rule|message|description)\s{0,2}:\s{0,2}["']?[\w.-]{0,40}(?:supply|pwn|dangerous|unpinned|insecure)/im;

/** Argument names that hold a search or a description, not a value written or run. */
const SEARCH_KEY =
  /^(?:q|query|pattern|search|regex|term|keyword|keywords|grep|description|summary|title|comment|message|notes?|reason|explanation|body)$/;

/** A fenced example (documentation showing the construct). */
const DOC_MARK = /^\s{0,3}(?:\x60{3}|~{3})|^\.\. code-block::/m;

/**
 * The supply-chain check: tool-call arguments only (input stage), reported when no more specific
 * finding names the value; cleared when the construct is only quoted in prose, sits in a sentence,
 * is documentation (a heading or a fenced example), or is searched for.
 */
export const supplyMechanism: RoundMechanism = (text, field, where) => {
  if (field.stage !== "input" || text.length < 8 || text.length > 100000) return undefined;
  if (field.key !== undefined && SEARCH_KEY.test(field.key)) return undefined;
  const found = supplyRule(text);
  if (!found) return undefined;
  if (DESCRIBES.test(text) || DOC_MARK.test(text)) return undefined;
  if (quotedInProse(text, supplyRule) || inSentence(text, found.re, 8)) return undefined;
  return findingFactory(where)(SUPPLY_KIND, `Supply-chain tampering: ${found.why} (${found.id})`);
};

/** The gate's keys (for the cost check in `scripts/dev`). */
export const SUPPLY_GATE_KEYS: readonly string[] = [
  ...new Set(SUPPLY_RULES_ALL.filter((x) => x !== DOCKER).flatMap(kbKeys)),
];
