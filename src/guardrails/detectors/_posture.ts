/**
 * Security-posture techniques, by platform: operations that weaken a system's defences or plant a
 * foothold, written in the technical tokens (flags, keys, registry paths, API fields, manifest
 * fields) that are the same in every language. The rules live in `_posture_<area>.ts` (unix,
 * macos, windows, windows_hardening, k8s and containers, cloud, data (databases), saas (CI/CD,
 * SaaS administration, network gear), cloud_services, services, network); each is
 * (the setting or mechanism) + (the insecure value or outside target) + (a write / apply context),
 * never the bare mention of a setting, and reads, audits, the secure value and reverts pass.
 *
 * Cost: one {@link LiteralGate} over every rule's literals (read in the shared prefilter pass the
 * other argument checks use) decides whether anything can apply; then each rule runs only when one
 * of its own literals is present. Bounded patterns, no nested quantifiers.
 */
import { inSentence, quotedInProse } from "./_kb_mention.ts";
import { firstKbRule } from "./_kb_rule.ts";
import type { PostureRule } from "./_posture_core.ts";
import { UNIX_RULES } from "./_posture_unix.ts";
import { MACOS_RULES } from "./_posture_macos.ts";
import { WINDOWS_RULES } from "./_posture_windows.ts";
import { WINDOWS_HARDENING_RULES } from "./_posture_windows_hardening.ts";
import { K8S_RULES } from "./_posture_k8s.ts";
import { CLOUD_RULES } from "./_posture_cloud.ts";
import { DATA_RULES } from "./_posture_data.ts";
import { SAAS_RULES } from "./_posture_saas.ts";
import { SERVICE_RULES } from "./_posture_services.ts";
import { CLOUD_SERVICE_RULES } from "./_posture_cloud_services.ts";
import { NETWORK_RULES } from "./_posture_network.ts";
import { R46_POSTURE_RULES } from "./_posture_r46.ts";
import { R47_POSTURE_RULES } from "./_posture_r47.ts";
import { findingFactory, type RoundMechanism } from "./_round_code.ts";

/** Every posture rule, platform by platform. */
export const POSTURE_RULES: readonly PostureRule[] = [
  ...UNIX_RULES,
  ...MACOS_RULES,
  ...WINDOWS_RULES,
  ...WINDOWS_HARDENING_RULES,
  ...K8S_RULES,
  ...CLOUD_RULES,
  ...DATA_RULES,
  ...SAAS_RULES,
  ...CLOUD_SERVICE_RULES,
  ...SERVICE_RULES,
  ...NETWORK_RULES,
  // Round 46 (./_posture_r46.ts): hidden surveillance apps, key purges, backup pools destroyed.
  ...R46_POSTURE_RULES,
  // Round 47 (./_posture_r47.ts): recovery points purged, silent RDP shadowing, DC plugin DLLs, …
  ...R47_POSTURE_RULES,
];

const literals = (rule: PostureRule): string[] =>
  (typeof rule.lit === "string" ? [rule.lit] : rule.lit).map((l) => l.toLowerCase());

/** Approximate frequency (%) of letters in running text; other characters are rarer. */
const LETTER_FREQ: Record<string, number> = {
  e: 12,
  t: 9,
  a: 8,
  o: 7.5,
  i: 7,
  n: 6.7,
  s: 6.3,
  h: 6,
  r: 6,
  d: 4.3,
  l: 4,
  c: 2.8,
  u: 2.8,
  m: 2.4,
  w: 2.4,
  f: 2.2,
  g: 2,
  y: 2,
  p: 1.9,
  b: 1.5,
  v: 1,
  k: 0.8,
  j: 0.15,
  x: 0.15,
  q: 0.1,
  z: 0.07,
  " ": 15,
};

/** Trigrams frequent in running text (English word parts). */
const COMMON_TRIGRAMS = new Set(
  "ing ion the and ent for tio ate ver her ter con pro res com ste est rea sta ati ous ons ers ive ure ect que ues ues upd pda dat ice ser erv rvi str sto ord ran all ect ess ted nce ien per for ard ort"
    .split(" "),
);

/**
 * The part of a rule literal the gate looks for: up to six characters starting where its first
 * three are least common in ordinary text (`allowprivilegeescalation` → `wprivi`). Any match of the rule holds
 * the literal, so it holds this part too; the shared prefilter, which every text pays for, then
 * checks fewer positions (it looks up each position's first two or three characters).
 */
function gateKey(lit: string): string {
  if (lit.length <= 8) return lit;
  // A window with punctuation (`_`, `-`, `.`, `:`, `/`) is rare in prose; without, keep it all.
  const six = rarestWindow(lit, 6, (w) => /[^a-z0-9 ]/.test(w));
  if (six !== undefined) return lit.slice(six, six + 6);
  // Letters only: a longer window (eight), still starting where it is least common.
  if (lit.length < 10) return lit;
  const eight = rarestWindow(lit, 8, (w) => !w.includes(" "));
  return eight === undefined ? lit : lit.slice(eight, eight + 8);
}

/**
 * Where in `lit` a window of `size` characters that `ok` accepts starts with its three least
 * common characters (letter frequencies, common trigrams penalised), or undefined when none is.
 */
function rarestWindow(lit: string, size: number, ok: (w: string) => boolean): number | undefined {
  let best: number | undefined;
  let bestScore = Infinity;
  for (let i = 0; i + size <= lit.length; i++) {
    if (!ok(lit.slice(i, i + size))) continue;
    let score = 1;
    for (let k = i; k < i + 3; k++) score *= LETTER_FREQ[lit[k]] ?? 0.5;
    if (COMMON_TRIGRAMS.has(lit.slice(i, i + 3))) score *= 50;
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}

/** The first posture technique `view` performs, or undefined (one shared gate). */
export const postureRule: (view: string) => PostureRule | undefined = firstKbRule(
  POSTURE_RULES,
  (rule) => literals(rule).map(gateKey),
);

/** The posture technique of a command value, in the shape of the round checks (`r36Techniques`). */
export function postureTechnique(view: string): { kind: string; reason: string } | undefined {
  const rule = postureRule(view);
  return rule ? { kind: rule.kind, reason: rule.why } : undefined;
}

/**
 * The posture check over code, manifests, IaC, SQL, workflows and object documents: the round
 * prologue (`_round_code.ts`: input stage only) but from ten characters, so a short command in an
 * argument the command detector reads as free text (`{"input": "csrutil disable"}`) is judged too.
 */
export const postureMechanism: RoundMechanism = (text, field, where) => {
  if (field.stage !== "input" || text.length < 10 || text.length > 100000) return undefined;
  const found = postureRule(text);
  if (
    !found || quotedInProse(text, postureRule) || inSentence(text, found.re, 6, true)
  ) return undefined;
  return findingFactory(where)(
    found.kind,
    `Security posture weakened: ${found.why} (${found.id})`,
  );
};

/** The gate's keys (for the cost check in `scripts/dev`). */
export const POSTURE_GATE_KEYS: readonly string[] = [
  ...new Set(POSTURE_RULES.flatMap((rule) => literals(rule).map(gateKey))),
];
