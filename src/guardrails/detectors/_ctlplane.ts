/**
 * Control-plane abuse: a tool call to the management API of a SaaS product, identity provider or
 * cloud — through that service's MCP server (`create_inbox_rule`, `set_iam_policy`, `call_api`
 * `{service, action, params}`), a generic HTTP request tool (`method`, `url`, `body`), a GraphQL
 * mutation or a CLI that calls the API (`gh api`, `aws`, `gcloud`, `az`, Exchange Online
 * PowerShell) — whose effect hands access to an outsider (forwarding, sharing, delegates, foreign
 * trust, minted keys), silences a defence (MFA, conditional access, audit logs, detection, branch
 * protection) or takes control (admin roles, remote commands, DNS, payouts, webhooks). Written from
 * public detection catalogues (MITRE ATT&CK Cloud / Office Suite / Identity Provider / SaaS,
 * Datadog Stratus Red Team, Elastic `detection-rules`, Sigma `rules/cloud`, CISA SCuBA, Panther)
 * and the vendors' API references, by area: mail and files (`_ctlplane_mail.ts`), identity
 * providers (`_ctlplane_identity.ts`), code hosting (`_ctlplane_code_hosting.ts`), AWS
 * (`_ctlplane_aws.ts`), GCP and Azure (`_ctlplane_gcp_azure.ts`), SaaS administration, DNS, Vault,
 * EDR and Kubernetes (`_ctlplane_saas.ts`).
 *
 * Each rule is (the API or setting: URL path, action name, cmdlet, mutation) + (the value that
 * hands over or silences); "outside" is judged against the organisation visible in the same call
 * (./_ctlplane_core.ts). The rules read each argument and the whole-call view (`walk.ts`
 * `callText`, with the tool's name in front), so a URL in one argument and a body in another are
 * judged together.
 *
 * Cost: one {@link literalRuleGate} over every rule's literals; a rule's regexes run only when one
 * of its own literals is present. Bounded patterns, no nested quantifiers.
 */
import { inSentence, quotedInProse } from "./_kb_mention.ts";
import { kbKeys, kbRuleHolds } from "./_kb_rule.ts";
import { literalRuleGate } from "./_literal_gate.ts";
import { type CtlRule, outsideHolds } from "./_ctlplane_core.ts";
import { CTL_MAIL_RULES } from "./_ctlplane_mail.ts";
import { CTL_IDENTITY_RULES } from "./_ctlplane_identity.ts";
import { CTL_CODE_HOSTING_RULES } from "./_ctlplane_code_hosting.ts";
import { CTL_AWS_RULES } from "./_ctlplane_aws.ts";
import { CTL_GCP_AZURE_RULES } from "./_ctlplane_gcp_azure.ts";
import { CTL_SAAS_RULES } from "./_ctlplane_saas.ts";
import { findingFactory, type RoundMechanism } from "./_round_code.ts";

/** The one finding kind of this knowledge base. */
export const CTLPLANE_KIND = "control_plane_abuse";

/** Every control-plane rule, area by area. */
export const CTLPLANE_RULES: readonly CtlRule[] = [
  ...CTL_MAIL_RULES,
  ...CTL_IDENTITY_RULES,
  ...CTL_CODE_HOSTING_RULES,
  ...CTL_AWS_RULES,
  ...CTL_GCP_AZURE_RULES,
  ...CTL_SAAS_RULES,
];

/** A finder for the first of `rules` that holds on `view` (one shared gate). */
function finder(rules: readonly CtlRule[]): (view: string) => CtlRule | undefined {
  const candidates = literalRuleGate(rules.map(kbKeys));
  return (view) => {
    if (view.length < 8 || view.length > 65536) return undefined;
    for (const i of candidates(view)) {
      const rule = rules[i];
      if (kbRuleHolds(rule, view) && (rule.out === undefined || outsideHolds(view, rule.out))) {
        return rule;
      }
    }
    return undefined;
  };
}

/** The first control-plane technique `view` performs, or undefined. */
export const ctlPlaneRule: (view: string) => CtlRule | undefined = finder(CTLPLANE_RULES);

/** Text that looks for the construct instead of calling it: a code search, a detection rule, a manual page. */
export const DESCRIBES =
  /^\s{0,3}(?:detection|logsource|falsepositives|condition|eventName|event_name|EventName)\s{0,2}[:=]|\|(?:contains|endswith|startswith)(?:\|all)?\s{0,2}:|\beventName\s{0,3}(?:=|:|in\b)|^\s{0,8}(?:grep|egrep|rg|ag|ack|man|tldr|git\s{1,3}grep|findstr|select-string|Get-Help)\b(?![^\n]{0,400}(?:&&|;|\|\||>))/im;

/** Argument names that hold a search or a description, not a value sent. */
export const SEARCH_KEY =
  /^(?:q|query_text|search|regex|pattern|term|keyword|keywords|grep|description|summary|title|comment|message|notes?|reason|explanation)$/;

/** A markdown heading, or a documentation file's name in the call. */
const DOC_MARK = /^#{1,4}[ \t]\S|\.(?:md|mdx|rst|adoc)\b/m;
const FENCE = /^[ \t]{0,3}(?:\x60{3}|~{3})/gm;

/**
 * True when the match of `re` sits inside a fenced code block of documentation (a runbook or a
 * README that shows the API call as an example): an odd number of fences before it.
 */
export function inFencedDoc(view: string, re: RegExp): boolean {
  if (!DOC_MARK.test(view)) return false;
  const m = re.exec(view);
  if (m === null) return false;
  let fences = 0;
  FENCE.lastIndex = 0;
  for (const f of view.matchAll(FENCE)) {
    if (f.index >= m.index) break;
    fences++;
  }
  return fences % 2 === 1;
}

/** The whole-call view's path suffix (`walk.ts` CALL_VIEW). */
const CALL_VIEW = "<call>";

/**
 * The control-plane check: tool-call arguments only (input stage), on each argument and on the
 * whole-call view (prefixed with the tool's name, which names the API for an MCP server's tool);
 * cleared when the construct is only quoted in prose, sits in a sentence or in a fenced example of
 * documentation, or is searched for.
 */
export const ctlPlaneMechanism: RoundMechanism = (text, field, where) => {
  if (field.stage !== "input" || text.length < 8 || text.length > 100000) return undefined;
  if (field.key !== undefined && SEARCH_KEY.test(field.key)) return undefined;
  const view = field.path.endsWith(CALL_VIEW) && field.tool ? `${field.tool}\n${text}` : text;
  const found = ctlPlaneRule(view);
  if (!found) return undefined;
  if (DESCRIBES.test(view)) return undefined;
  if (quotedInProse(view, ctlPlaneRule) || inSentence(view, found.re, 8)) return undefined;
  if (inFencedDoc(view, found.re)) return undefined;
  return findingFactory(where)(
    CTLPLANE_KIND,
    `Control-plane abuse: ${found.why} (${found.id})`,
  );
};

/** The gate's keys (for the cost check in `scripts/dev`). */
export const CTLPLANE_GATE_KEYS: readonly string[] = [
  ...new Set(CTLPLANE_RULES.flatMap(kbKeys)),
];
