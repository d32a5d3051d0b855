/**
 * Argument (option) injection and option-borne command execution in tool-call values, by the CLI
 * that reads them: version control (`_arginj_vcs.ts`), transfer tools (`_arginj_transfer.ts`),
 * archivers (`_arginj_archive.ts`), text and file tools (`_arginj_text.ts`), media and document
 * converters (`_arginj_media.ts`), package managers and containers (`_arginj_packages.ts`),
 * mailers and database clients (`_arginj_mail_db.ts`), Windows tools (`_arginj_windows.ts`). Written from public catalogues (the
 * Argument Injection Vectors list, GTFOBins, PayloadsAllTheThings, CWE-88 advisories), not from
 * the evaluation fixtures. Each rule is (the option or construct) + (the value shape that makes
 * it run, read, write or fetch); ordinary options of the same tools pass.
 *
 * Where it applies: values with a command-line grammar (option lists, hosts, files, refs, URLs).
 * Free text (a query, a message) is judged only by the rules marked `free` (shapes no prose
 * holds), and not when the match sits in a sentence or an inline code span. A shell tool's own
 * command runs programs by design and is not judged here.
 *
 * Cost: one {@link literalRuleGate} over every rule's literals decides whether anything can apply;
 * a rule's regexes run only when one of its own literals is present. Bounded patterns.
 */
import { inSentence, quotedInProse } from "./_kb_mention.ts";
import { literalRuleGate } from "./_literal_gate.ts";
import { kbKeys, kbRuleHolds } from "./_kb_rule.ts";
import type { ArgRule } from "./_arginj_core.ts";
import { VCS_RULES } from "./_arginj_vcs.ts";
import { TRANSFER_RULES } from "./_arginj_transfer.ts";
import { ARCHIVE_RULES } from "./_arginj_archive.ts";
import { TEXT_RULES } from "./_arginj_text.ts";
import { MEDIA_RULES } from "./_arginj_media.ts";
import { PACKAGE_RULES } from "./_arginj_packages.ts";
import { MAIL_DB_RULES } from "./_arginj_mail_db.ts";
import { WINDOWS_RULES } from "./_arginj_windows.ts";
import { EQ } from "./_arginj_core.ts";
import { GIT_HELPER } from "./_arginj_vcs.ts";
import { COMPRESSOR } from "./_arginj_archive.ts";
import { FIND_READ_ONLY } from "./_arginj_text.ts";

/** Every argument-injection rule, area by area. */
export const ARGINJ_RULES: readonly ArgRule[] = [
  ...VCS_RULES,
  ...TRANSFER_RULES,
  ...ARCHIVE_RULES,
  ...MEDIA_RULES,
  ...PACKAGE_RULES,
  ...MAIL_DB_RULES,
  ...WINDOWS_RULES,
  // Last: its inline-shell and awk rules are the most general.
  ...TEXT_RULES,
];

const candidates = literalRuleGate(ARGINJ_RULES.map(kbKeys));

/** The longest value read: option strings and names are short; a long text describes. */
const MAX = 8192;

/** The first rule `view` performs (free text: only the `free` rules), or undefined. */
export function argInjectionRule(view: string, free = false): ArgRule | undefined {
  if (view.length < 3 || view.length > MAX) return undefined;
  for (const i of candidates(view)) {
    const rule = ARGINJ_RULES[i];
    if (free && rule.free !== true) continue;
    if (kbRuleHolds(rule, view)) return rule;
  }
  return undefined;
}

/** Argument names that hold a search or a description, not a value for a command line. */
const QUERY_KEY =
  /^(?:q|query|search|term|keyword|keywords|description|summary|title|body|message|comment|text|content|prompt|notes?)$/;

/**
 * The technique a tool-call value performs, judged by the class of its argument: `free` values
 * only by the `free` rules and never in prose; `command` values (a shell tool's own command) not
 * at all.
 */
export function argInjection(view: string, cls: string, key: string): ArgRule | undefined {
  if (cls === "command") return undefined;
  const free = cls === "free";
  if (free && QUERY_KEY.test(key)) return undefined;
  const found = argInjectionRule(view, free);
  if (found === undefined || !free) return found;
  const finds = (rest: string) => argInjectionRule(rest, true);
  if (quotedInProse(view, finds) || inSentence(view, found.re, 6)) return undefined;
  return found;
}

/** The gate's keys (for the cost check in `scripts/dev`). */
export const ARGINJ_GATE_KEYS: readonly string[] = [...new Set(ARGINJ_RULES.flatMap(kbKeys))];

/**
 * Hook options given their ordinary value: git's own pack helper, a compressor, a read-only find
 * action, a git hook setting switched off. The broad option test of ./command_injection.ts is
 * asked again without them, so an option list of ordinary flags passes.
 */
const PLAIN_HOOK_OPTION = new RegExp(
  [
    String.raw`--(?:upload|receive)-pack${EQ}${GIT_HELPER}['"]?`,
    String.raw`--(?:use-)?compress-program${EQ}${COMPRESSOR}`,
    FIND_READ_ONLY.source,
    String
      .raw`-c\s{0,3}['"]?core\.(?:fsmonitor|hookspath)\s{0,2}=\s{0,2}['"]?(?:false|0|\.githooks|\.husky)['"]?(?=\s|$)`,
  ].join("|"),
  "gi",
);

/** `view` with hook options that carry their ordinary value blanked, or undefined when none. */
export function withoutPlainHookOptions(view: string): string | undefined {
  if (view.length > MAX || !view.includes("-")) return undefined;
  const out = view.replace(PLAIN_HOOK_OPTION, " ");
  return out === view ? undefined : out;
}
