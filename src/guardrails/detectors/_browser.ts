/**
 * Browser-automation abuse: a tool call to a browser-automation MCP server (Playwright MCP
 * `browser_navigate` / `browser_type` / `browser_fill_form` / `browser_click` / `browser_evaluate` /
 * `browser_file_upload` / `browser_handle_dialog`, Puppeteer, Browserbase / Stagehand, Chrome
 * DevTools MCP `evaluate_script`, raw CDP commands, computer-use `type` / `click`) whose effect
 * hands over the user's accounts, session or machine. Written from public knowledge: the Playwright
 * MCP and Chrome DevTools Protocol references, OWASP Session Management and OAuth 2.0 cheat
 * sheets, MITRE ATT&CK T1539, T1185, T1176, T1528, T1566.002, Microsoft's illicit-consent-grant and
 * device-code-phishing guidance, Evilginx / AiTM write-ups, the Chrome Enterprise policy list and
 * dnstwist's look-alike techniques, by area: credential phishing (`_browser_phish.ts`), session
 * theft (`_browser_session.ts`), consent and permissions (`_browser_consent.ts`), browser
 * defences weakened (`_browser_weaken.ts`).
 *
 * A browser call splits the URL, the element and the typed text over several arguments, so the
 * rules read each argument and the whole-call view (`walk.ts` `callText`, with the tool's name in
 * front). Look-alike and outside hosts are judged against the service the call names and the
 * other hosts of the call (./_browser_core.ts).
 *
 * Cost: one {@link literalRuleGate} over every rule's literals; a rule's regexes and its computed
 * check run only when one of its own literals is present. Bounded patterns, no nested quantifiers.
 */
import { inSentence, quotedInProse } from "./_kb_mention.ts";
import { kbKeys, kbRuleHolds } from "./_kb_rule.ts";
import { literalRuleGate } from "./_literal_gate.ts";
import type { BrowserRule } from "./_browser_core.ts";
import { BROWSER_PHISH_RULES } from "./_browser_phish.ts";
import { BROWSER_SESSION_RULES } from "./_browser_session.ts";
import { BROWSER_CONSENT_RULES } from "./_browser_consent.ts";
import { BROWSER_WEAKEN_RULES } from "./_browser_weaken.ts";
import { DESCRIBES, inFencedDoc, SEARCH_KEY } from "./_ctlplane.ts";

/** Argument names of a search (a query for the construct is not the construct). */
const QUERY_KEY = /^(?:query|search_query|searchterm|search_term)$/;
import { findingFactory, type RoundMechanism } from "./_round_code.ts";

/** The one finding kind of this knowledge base. */
export const BROWSER_KIND = "browser_abuse";

/** Every browser-abuse rule, area by area. */
export const BROWSER_RULES: readonly BrowserRule[] = [
  ...BROWSER_PHISH_RULES,
  ...BROWSER_SESSION_RULES,
  ...BROWSER_CONSENT_RULES,
  ...BROWSER_WEAKEN_RULES,
];

const candidates = literalRuleGate(BROWSER_RULES.map(kbKeys));

/** The first browser-abuse technique `view` performs, or undefined. */
export function browserRule(view: string): BrowserRule | undefined {
  if (view.length < 8 || view.length > 65536) return undefined;
  for (const i of candidates(view)) {
    const rule = BROWSER_RULES[i];
    if (kbRuleHolds(rule, view) && (rule.check === undefined || rule.check(view))) return rule;
  }
  return undefined;
}

/** The whole-call view's path suffix (`walk.ts` CALL_VIEW). */
const CALL_VIEW = "<call>";

/**
 * The browser-abuse check: tool-call arguments only (input stage), on each argument and on the
 * whole-call view; cleared when the construct is only quoted in prose, sits in a sentence or in a
 * fenced example of documentation, or is searched for.
 */
export const browserMechanism: RoundMechanism = (text, field, where) => {
  if (field.stage !== "input" || text.length < 8 || text.length > 100000) return undefined;
  if (field.key !== undefined && (SEARCH_KEY.test(field.key) || QUERY_KEY.test(field.key))) {
    return undefined;
  }
  const view = field.path.endsWith(CALL_VIEW) && field.tool ? `${field.tool}\n${text}` : text;
  const found = browserRule(view);
  if (!found) return undefined;
  if (DESCRIBES.test(view)) return undefined;
  if (quotedInProse(view, browserRule) || inSentence(view, found.re, 8)) return undefined;
  if (inFencedDoc(view, found.re)) return undefined;
  return findingFactory(where)(BROWSER_KIND, `Browser abuse: ${found.why} (${found.id})`);
};

/** The gate's keys (for the cost check in `scripts/dev`). */
export const BROWSER_GATE_KEYS: readonly string[] = [...new Set(BROWSER_RULES.flatMap(kbKeys))];
