/**
 * Agent / MCP-client configuration tampering: a tool call (`write_file`, `edit_file`,
 * `create_or_update_file`, `push_files`, `apply_patch`, `run_command`) that changes the
 * configuration, instructions or permissions of an AI coding agent or MCP client so it does more
 * than its user approved, written from the clients' own documentation (Claude Desktop / Claude Code
 * settings, permissions, hooks and `.mcp.json`; Cursor `mcp.json`, rules and auto-run; VS Code
 * `mcp.json`, `chat.tools.autoApprove`; Windsurf, Cline, Roo, Continue, Zed, Gemini CLI, Codex
 * `config.toml`; Copilot instructions; AGENTS.md; devcontainer lifecycle commands) and published
 * research (Pillar Security "Rules File Backdoor", Invariant Labs tool poisoning, Trail of Bits
 * and Embrace The Red agent-config attacks, MCP client CVEs for config-driven command execution),
 * by area: MCP server entries (`_agentcfg_mcp.ts`), permissions and auto-approval
 * (`_agentcfg_perms.ts`), instruction files (`_agentcfg_instr.ts`), hooks and lifecycle commands
 * (`_agentcfg_hooks.ts`). Each rule is (the config file or setting) + (the value that loosens the
 * leash); the path of a client config is judged separately by `path_traversal`.
 *
 * Cost: one {@link literalRuleGate} over every rule's literals; a rule's regexes run only when one
 * of its own literals is present. Bounded patterns, no nested quantifiers.
 */
import { inSentence, quotedInProse } from "./_kb_mention.ts";
import { firstKbRule, kbKeys } from "./_kb_rule.ts";
import type { AgentCfgRule } from "./_agentcfg_core.ts";
import { AGENTCFG_MCP_RULES } from "./_agentcfg_mcp.ts";
import { AGENTCFG_PERM_RULES } from "./_agentcfg_perms.ts";
import { AGENTCFG_INSTR_RULES } from "./_agentcfg_instr.ts";
import { AGENTCFG_HOOK_RULES } from "./_agentcfg_hooks.ts";
import { findingFactory, type RoundMechanism } from "./_round_code.ts";

/** The one finding kind of this knowledge base. */
export const AGENTCFG_KIND = "agent_config_tampering";

/** Every agent-configuration rule, area by area. */
export const AGENTCFG_RULES: readonly AgentCfgRule[] = [
  ...AGENTCFG_MCP_RULES,
  ...AGENTCFG_PERM_RULES,
  ...AGENTCFG_HOOK_RULES,
  ...AGENTCFG_INSTR_RULES,
];

/** The first agent-configuration technique `view` performs, or undefined (one shared gate). */
export const agentCfgRule: (view: string) => AgentCfgRule | undefined = firstKbRule(
  AGENTCFG_RULES,
);

/** The config-value rules only (for the mention checks: prose quoting a setting). */
const configRule = firstKbRule(AGENTCFG_RULES.filter((x) => !x.prose));

/** The instruction-file rules only (tried when a config-value match was only mentioned). */
const proseRule = firstKbRule(AGENTCFG_RULES.filter((x) => x.prose));

/**
 * Text that looks for the construct instead of setting it: a code search, a detection rule, a
 * manual page.
 */
const DESCRIBES =
  /^\s{0,3}(?:detection|logsource|falsepositives)\s{0,2}:|\|(?:contains|endswith|startswith)(?:\|all)?\s{0,2}:|^\s{0,8}(?:grep|egrep|fgrep|rg|ag|ack|zgrep|git\s{1,3}grep|findstr|select-string|sls|man|tldr|jq\s{1,3}-?\w{0,3}\s{0,3}["']?\.[\w.]{1,60}["']?\s{1,3}\S{1,200}$)\b(?![^\n]{0,400}(?:&&|;|\|\||>))/im;

/** Argument names that hold a search or a description, not a value written or run. */
const SEARCH_KEY =
  /^(?:q|query|pattern|search|regex|term|keyword|keywords|grep|description|summary|title|comment|message|notes?)$/;

/**
 * The agent-configuration check, in the shape of the database-abuse check: tool-call arguments
 * only (input stage), reported when no more specific finding names the value. Config-value rules
 * are cleared when only mentioned in prose; instruction rules are prose by nature and are not.
 */
export const agentCfgMechanism: RoundMechanism = (text, field, where) => {
  if (field.stage !== "input" || text.length < 8 || text.length > 100000) return undefined;
  const found = agentCfgRule(text);
  if (!found) return undefined;
  if (field.key !== undefined && SEARCH_KEY.test(field.key)) return undefined;
  if (DESCRIBES.test(text)) return undefined;
  let hit: AgentCfgRule | undefined = found;
  if (!found.prose && (quotedInProse(text, configRule) || inSentence(text, found.re, 8))) {
    hit = proseRule(text);
  }
  if (!hit) return undefined;
  return findingFactory(where)(
    AGENTCFG_KIND,
    `Agent configuration tampering: ${hit.why} (${hit.id})`,
  );
};

/** The gate's keys (for the cost check in `scripts/dev`). */
export const AGENTCFG_GATE_KEYS: readonly string[] = [...new Set(AGENTCFG_RULES.flatMap(kbKeys))];
