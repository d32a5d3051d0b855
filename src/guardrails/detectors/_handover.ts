/**
 * Access handover through shell and CLI commands: a command given to a shell, terminal, remote-
 * exec or PowerShell tool whose effect hands an OUTSIDE party standing access (an identity with
 * power, trusted keys or CAs, collaborators and owners), remote reach (reverse tunnels, outside
 * network joins, remote desktop opened), data (repositories mirrored, buckets and databases copied
 * out) or control (DNS, domain contacts, package rights, mail forwarding). Written from MITRE
 * ATT&CK (T1098.001/.004/.007, T1136, T1078, T1021.001/.004/.006, T1133, T1572, T1090, T1219,
 * T1537, T1567, T1048, T1530, T1020), the LOLBAS / GTFOBins catalogues, Sigma process-creation
 * rules, Elastic detection-rules, the cloud CLIs' references and CIS benchmarks, by area:
 * identities and keys (`_handover_identity.ts`), power in databases and services
 * (`_handover_services.ts`), remote reach (`_handover_reach.ts`), data out
 * (`_handover_data.ts`), code and images (`_handover_repos.ts`) and control (`_handover_control.ts`).
 *
 * "Outside" is judged against the organisation the same command shows (./_handover_core.ts,
 * ./_ctlplane_core.ts). Grants to the organisation's own people and accounts, read-only grants,
 * removals, listings, localhost tunnels and syncs to the organisation's own buckets pass.
 *
 * Cost: one {@link literalRuleGate} over every rule's literals; a rule's regexes and judgement run
 * only when one of its own literals is present. Bounded patterns, no nested quantifiers.
 */
import { inSentence, quotedInProse } from "./_kb_mention.ts";
import { kbKeys, kbRuleHolds } from "./_kb_rule.ts";
import { literalRuleGate } from "./_literal_gate.ts";
import { outsideHolds } from "./_ctlplane_core.ts";
import { DESCRIBES, inFencedDoc, SEARCH_KEY } from "./_ctlplane.ts";
import type { HandoverRule } from "./_handover_core.ts";
import { HANDOVER_IDENTITY_RULES } from "./_handover_identity.ts";
import { HANDOVER_SERVICE_RULES } from "./_handover_services.ts";
import { HANDOVER_REACH_RULES } from "./_handover_reach.ts";
import { HANDOVER_DATA_RULES } from "./_handover_data.ts";
import { HANDOVER_REPO_RULES } from "./_handover_repos.ts";
import { HANDOVER_CONTROL_RULES } from "./_handover_control.ts";
import { findingFactory, type RoundMechanism } from "./_round_code.ts";

/** The one finding kind of this knowledge base. */
export const HANDOVER_KIND = "access_handover";

/** Every access-handover rule, area by area. */
export const HANDOVER_RULES: readonly HandoverRule[] = [
  ...HANDOVER_IDENTITY_RULES,
  ...HANDOVER_SERVICE_RULES,
  ...HANDOVER_REACH_RULES,
  ...HANDOVER_DATA_RULES,
  ...HANDOVER_REPO_RULES,
  ...HANDOVER_CONTROL_RULES,
];

const candidates = literalRuleGate(HANDOVER_RULES.map(kbKeys));

/** The first access-handover technique `view` performs, or undefined (one shared gate). */
export function handoverRule(view: string): HandoverRule | undefined {
  if (view.length < 8 || view.length > 65536) return undefined;
  for (const i of candidates(view)) {
    const rule = HANDOVER_RULES[i];
    if (
      kbRuleHolds(rule, view) && (rule.out === undefined || outsideHolds(view, rule.out)) &&
      (rule.judge === undefined || rule.judge(view))
    ) return rule;
  }
  return undefined;
}

/** A shell comment line (`# …`, `REM …`, `:: …`): a script explaining the command, not running it. */
const COMMENT_LINE = /^[ \t]{0,8}(?:#|\/\/|REM\b|::|--)/i;

/** A fully-qualified name's root dot at the end of a line (`ns1.example.net.`), which ends no sentence. */
const ROOT_DOT = /(\.[a-z0-9-]{2,63})\.(["']?)[ \t]{0,4}$/gim;

/** `text` with the root dots of fully-qualified names at line ends dropped. */
function unrooted(text: string): string {
  return text.replace(ROOT_DOT, "$1$2");
}

/** A line that only prints text (`echo "Run: …"`): no pipe, redirection or command separator. */
const PRINT_ONLY = /^[ \t]{0,8}(?:echo|printf|Write-Host|Write-Output)\s[^|>;&\n]{0,2000}$/i;

/** True when the line holding the match is a comment, or only prints the command as text. */
function onlyInComments(text: string, re: RegExp): boolean {
  const m = re.exec(text);
  if (m === null) return false;
  const from = text.lastIndexOf("\n", m.index) + 1;
  const stop = text.indexOf("\n", m.index);
  const line = text.slice(from, stop === -1 ? text.length : stop);
  return COMMENT_LINE.test(line.slice(0, 12)) || PRINT_ONLY.test(line);
}

/**
 * The access-handover check: tool-call arguments only (input stage); cleared when the construct
 * is searched for, only quoted in prose, sits in a sentence, a comment or a fenced example.
 */
export const handoverMechanism: RoundMechanism = (text, field, where) => {
  if (field.stage !== "input" || text.length < 8 || text.length > 100000) return undefined;
  if (field.key !== undefined && SEARCH_KEY.test(field.key)) return undefined;
  const found = handoverRule(text);
  if (!found) return undefined;
  if (DESCRIBES.test(text) || onlyInComments(text, found.re)) return undefined;
  if (quotedInProse(text, handoverRule) || inSentence(unrooted(text), found.re, 8)) {
    return undefined;
  }
  if (inFencedDoc(text, found.re)) return undefined;
  return findingFactory(where)(
    HANDOVER_KIND,
    `Access handed to an outsider: ${found.why} (${found.id})`,
  );
};

/** The gate's keys (for the cost check in `scripts/dev`). */
export const HANDOVER_GATE_KEYS: readonly string[] = [...new Set(HANDOVER_RULES.flatMap(kbKeys))];
