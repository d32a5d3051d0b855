/**
 * Attacker tradecraft in the commands an agent runs (MITRE ATT&CK Enterprise, Atomic Red Team,
 * GTFOBins, LOLBAS, Sigma process-creation and vendor detection rules), by area: Windows signed-
 * binary launchers (`_tradecraft_windows.ts`), shells and tunnels (`_tradecraft_network.ts`),
 * credential access / AD / lateral-movement tools (`_tradecraft_creds.ts`), lateral movement with
 * built-in tools (`_tradecraft_lateral.ts`), drivers / EDR killers / RMM / container and sniffing
 * attacks from DFIR reports (`_tradecraft_misc.ts`), evasion and escalation
 * helpers (`_tradecraft_evasion.ts`), macOS / Linux host and network-discovery attacks
 * (`_tradecraft_host.ts`), collection and exfiltration (`_tradecraft_exfil.ts`) and
 * impact (`_tradecraft_impact.ts`). Each rule is (the tool or construct) + (the argument shape
 * that makes it tradecraft), never a bare tool name; ordinary uses of the same binaries pass.
 *
 * Cost: one {@link literalRuleGate} over every rule's tool / construct names (read in the shared
 * prefilter pass) decides whether anything can apply; a rule's regexes run only when one of its
 * own literals is present. Bounded patterns, no nested quantifiers.
 */
import { inSentence, quotedInProse } from "./_kb_mention.ts";
import { firstKbRule, kbKeys } from "./_kb_rule.ts";
import type { TradecraftRule } from "./_tradecraft_core.ts";
import { WINDOWS_RULES } from "./_tradecraft_windows.ts";
import { NETWORK_RULES } from "./_tradecraft_network.ts";
import { CREDS_RULES } from "./_tradecraft_creds.ts";
import { EVASION_RULES } from "./_tradecraft_evasion.ts";
import { EXFIL_RULES } from "./_tradecraft_exfil.ts";
import { IMPACT_RULES } from "./_tradecraft_impact.ts";
import { HOST_RULES } from "./_tradecraft_host.ts";
import { LATERAL_RULES } from "./_tradecraft_lateral.ts";
import { MISC_RULES } from "./_tradecraft_misc.ts";
import { R48_TRADECRAFT_RULES } from "./_cmd_r48.ts";
import { findingFactory, type RoundMechanism } from "./_round_code.ts";

/** The one finding kind of this knowledge base. */
export const TRADECRAFT_KIND = "attacker_tradecraft";

/** Every tradecraft rule, area by area. */
export const TRADECRAFT_RULES: readonly TradecraftRule[] = [
  ...WINDOWS_RULES,
  ...NETWORK_RULES,
  ...CREDS_RULES,
  ...EVASION_RULES,
  ...EXFIL_RULES,
  ...IMPACT_RULES,
  ...HOST_RULES,
  ...LATERAL_RULES,
  ...MISC_RULES,
  // Round 48 (./_cmd_r48.ts): set-uid on shell-capable programs, security agents starved.
  ...R48_TRADECRAFT_RULES,
];

/** The first tradecraft technique `view` performs, or undefined (one shared gate). */
export const tradecraftRule: (view: string) => TradecraftRule | undefined = firstKbRule(
  TRADECRAFT_RULES,
);

/**
 * Text that describes or searches for the technique instead of running it: a detection rule
 * (Sigma `detection:` / `CommandLine|contains`, a YARA or KQL/SPL query), a search for the tool's
 * name (`grep`, `rg`, `Select-String`, `findstr`), a manual page, documentation markup.
 */
const DESCRIBES =
  /^\s{0,3}(?:detection|logsource|falsepositives)\s{0,2}:|\|(?:contains|endswith|startswith)(?:\|all)?\s{0,2}:|\bprocess\.command_line\b|\bCommandLine\s{0,2}(?:has|contains|matches)|\bProcessCommandLine\b|^\s{0,8}(?:grep|egrep|fgrep|rg|ag|ack|zgrep|findstr|select-string|sls|man|tldr|apropos|whatis)\b(?![^\n]{0,400}(?:&&|;|\|\|))|^\s{0,3}(?:\x60\x60\x60|~~~)|^\.\. code-block::/im;

/** Argument names that hold a search or a description, not a command to run. */
const QUERY_KEY =
  /^(?:q|query|pattern|search|regex|term|keyword|keywords|grep|description|summary|title)$/;

/**
 * The tradecraft check, in the shape of the posture check: tool-call arguments only (input
 * stage), reported when no more specific finding names the value.
 */
export const tradecraftMechanism: RoundMechanism = (text, field, where) => {
  if (field.stage !== "input" || text.length < 10 || text.length > 100000) return undefined;
  const found = tradecraftRule(text);
  if (!found) return undefined;
  if (field.key !== undefined && QUERY_KEY.test(field.key)) return undefined;
  if (
    quotedInProse(text, tradecraftRule) || inSentence(text, found.re, 8) || DESCRIBES.test(text)
  ) return undefined;
  return findingFactory(where)(
    TRADECRAFT_KIND,
    `Attacker tradecraft: ${found.why} (${found.id})`,
  );
};

/** The gate's keys (for the cost check in `scripts/dev`). */
export const TRADECRAFT_GATE_KEYS: readonly string[] = [
  ...new Set(TRADECRAFT_RULES.flatMap(kbKeys)),
];
