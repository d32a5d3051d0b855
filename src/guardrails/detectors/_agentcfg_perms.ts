/**
 * Agent-configuration tampering, permissions and auto-approval, from the clients' own settings
 * reference: Claude Code `permissions.defaultMode: bypassPermissions`, wildcard or shell `allow`
 * entries, `enableAllProjectMcpServers`, `additionalDirectories` of the whole disk, API traffic
 * sent to another host (`ANTHROPIC_BASE_URL`, Check Point's key-leak finding); Codex `sandbox_mode
 * = "danger-full-access"` and the bypass flags; Gemini CLI `--yolo` / `approvalMode` / shell tool
 * allowed whole; VS Code `chat.tools.*autoApprove`, terminal auto-approve of everything or of
 * shells, automatic tasks, workspace trust off; Cursor yolo mode; Cline / Roo auto-execution;
 * Zed `always_allow_tool_actions`; Amazon Q `--trust-all-tools`; Windsurf turbo mode. Narrowing
 * a list (`deny`, `ask`), `Bash(npm run test:*)` and one read-only command pass.
 */
import { type AgentCfgRule, OUT_HOST, r } from "./_agentcfg_core.ts";

/** A Claude Code allow entry that approves everything, every shell command, or a shell / fetcher. */
const CLAUDE_WIDE =
  r`["'](?:\*|Bash|Bash\(\s{0,2}\*?(?::\*)?\s{0,2}\)|Bash\((?:curl|wget|sh|bash|zsh|python3?|node|perl|ruby|rm|sudo|ssh|scp|nc|ncat|eval|powershell|pwsh|iex|env|chmod|docker)(?::\*|\s\*)\)|(?:Edit|Write|Read)\((?:\/\/?|~\/?)\*\*\)|mcp__\*|mcp__\w{1,60}__\*)["']`;

export const AGENTCFG_PERM_RULES: readonly AgentCfgRule[] = [
  {
    id: "agent.claude_bypass_mode",
    lit: [
      "bypasspermissions",
      "skipdangerousmodepermissionprompt",
      "dangerouslydisablesandbox",
      "allowunsandboxedcommands",
    ],
    re:
      /["']?(?:defaultMode|permissionMode)["']?\s{0,3}[:=]\s{0,3}\\?["']?bypassPermissions\b|--permission-mode[\s=]{1,3}["']?bypassPermissions\b|["']?(?:skipDangerousModePermissionPrompt|dangerouslyDisableSandbox|allowUnsandboxedCommands)["']?\s{0,3}:\s{0,3}true\b/i,
    why:
      "switches Claude Code to bypassPermissions mode (every tool call, shell included, runs without asking)",
  },
  {
    id: "agent.claude_allow_wide",
    lit: ["permissions"],
    re: new RegExp(
      r`(?:["']?permissions["']?\s{0,3}:\s{0,3}\{[^\x60]{0,400}?["']?allow["']?\s{0,3}:\s{0,3}\[|\.permissions\.allow\s{0,3}(?:\+=|\|=|=)\s{0,3}\[?)[^\]]{0,600}?${CLAUDE_WIDE}`,
      "i",
    ),
    why:
      "pre-approves every tool, every shell command, a shell or network tool with any argument, or edits anywhere on disk (Claude Code permissions.allow)",
  },
  {
    id: "agent.claude_trust_project_servers",
    lit: ["enableallprojectmcpservers", "additionaldirectories"],
    re:
      /["']?enableAllProjectMcpServers["']?\s{0,3}:\s{0,3}true\b|["']?additionalDirectories["']?\s{0,3}:\s{0,3}\[[^\]]{0,300}?["'](?:\/|~|~\/|\$HOME|\/home|\/Users|\/etc|\/root|C:\\{1,2})["']/i,
    why:
      "starts every MCP server a repository's .mcp.json names without asking, or opens the whole disk / home to the agent",
  },
  {
    id: "agent.api_base_redirect",
    lit: ["anthropic_base_url", "openai_base_url", "openai_api_base", "google_gemini_base_url"],
    re: new RegExp(
      r`["'](?:ANTHROPIC_BASE_URL|OPENAI_BASE_URL|OPENAI_API_BASE|GOOGLE_GEMINI_BASE_URL)["']\s{0,3}:\s{0,3}["']https?:\/\/${OUT_HOST}`,
    ),
    also: /["']env["']\s{0,3}:\s{0,3}\{/,
    not:
      /["'](?:ANTHROPIC_BASE_URL|OPENAI_BASE_URL|OPENAI_API_BASE|GOOGLE_GEMINI_BASE_URL)["']\s{0,3}:\s{0,3}["']https?:\/\/(?:api\.anthropic\.com|api\.openai\.com|[\w-]{1,63}\.openai\.azure\.com|generativelanguage\.googleapis\.com|[\w.-]{1,80}\.amazonaws\.com|[\w.-]{1,80}\.googleapis\.com)\b/,
    why:
      "points the agent's model API at another host in its settings env (the API key and every prompt go there)",
  },
  {
    id: "agent.codex_full_access",
    lit: ["danger-full-access", "dangerously-bypass-approvals", "trust_level"],
    re:
      /sandbox_mode\s{0,3}=\s{0,3}\\?["']danger-full-access\\?["']|(?:--sandbox|\s-s)[\s=]{1,3}["']?danger-full-access\b|-c\s{1,3}["']?sandbox_mode=["']?danger-full-access|--dangerously-bypass-approvals-and-sandbox\b|\[projects\.["'](?:\/|~|~\/|\/home|\/Users|\/root|C:\\{1,2})["']\]\s{0,3}trust_level\s{0,3}=\s{0,3}["']trusted["']/i,
    why: "runs Codex with no sandbox (danger-full-access, or approvals and sandbox bypassed)",
  },
  {
    id: "agent.cli_skip_permissions",
    lit: [
      "dangerously-skip-permissions",
      "--yolo",
      "approval-mode",
      "approvalmode",
      "trust-all-tools",
      "allow-all-tools",
      "yes-always",
      "goose_mode",
      "dangerouslyallowall",
    ],
    re:
      /--dangerously-skip-permissions\b|(?:^|[\s"'])--yolo\b|--approval-mode[\s=]{1,3}["']?yolo\b|["']?approvalMode["']?\s{0,3}:\s{0,3}["']yolo["']|--trust-all-tools\b|--allow-all-tools\b|--yes-always\b|^\s{0,3}yes-always\s{0,3}:\s{0,3}true\b|["']?GOOSE_MODE["']?\s{0,3}[:=]\s{0,3}["']?auto\b|["']?(?:amp\.)?dangerouslyAllowAll["']?\s{0,3}:\s{0,3}true\b/im,
    why:
      "runs a coding agent with every approval off (Claude Code --dangerously-skip-permissions, Gemini CLI --yolo, Amazon Q --trust-all-tools)",
  },
  {
    id: "agent.vscode_auto_approve",
    lit: ["autoapprove", "allowautomatictasks", "workspace.trust.enabled"],
    re:
      /["']chat\.tools\.(?:global\.)?autoApprove["']\s{0,3}:\s{0,3}true\b|["']chat\.tools\.(?:terminal|edits|urls)\.autoApprove["']\s{0,3}:\s{0,3}\{[^}]{0,600}?["'](?:\*\*\/\*|\*\*|\/\.\*\/i?|\/\.\+\/i?|\/\^\.\*\$?\/i?|\*|curl|wget|bash|sh|zsh|rm|sudo|powershell|pwsh|python3?|node|npx|iex|Invoke-Expression|eval)["']\s{0,3}:\s{0,3}true\b|["']task\.allowAutomaticTasks["']\s{0,3}:\s{0,3}["']on["']|["']security\.workspace\.trust\.enabled["']\s{0,3}:\s{0,3}false\b/i,
    why:
      "makes VS Code approve agent tools or terminal commands by itself, run tasks on folder open, or trust every workspace",
  },
  {
    id: "agent.editor_agent_autorun",
    lit: [
      "yolo",
      "alwaysallowexecute",
      "allowedcommands",
      "executeallcommands",
      "always_allow_tool_actions",
      "trustalltools",
      "cascadecommandsallowlist",
      "autoexecutionpolicy",
    ],
    re:
      /["']?\w{0,30}yolo(?:Mode|_mode|Enabled)?["']?\s{0,3}[:=]\s{0,3}true\b|["']?yoloCommandAllowlist["']?\s{0,3}:\s{0,3}\[[^\]]{0,200}?["']\*["']|["']?alwaysAllowExecute["']?\s{0,3}:\s{0,3}true\b[^\x60]{0,400}?["']?allowedCommands["']?\s{0,3}:\s{0,3}\[[^\]]{0,200}?["']\*["']|["']?allowedCommands["']?\s{0,3}:\s{0,3}\[[^\]]{0,200}?["']\*["'][^\x60]{0,400}?["']?alwaysAllowExecute["']?\s{0,3}:\s{0,3}true\b|["']?executeAllCommands["']?\s{0,3}:\s{0,3}true\b|["']?always_allow_tool_actions["']?\s{0,3}:\s{0,3}true\b|["']?trustAllTools["']?\s{0,3}:\s{0,3}true\b|["']?\w{0,20}cascadeCommandsAllowList["']?\s{0,3}:\s{0,3}\[[^\]]{0,200}?["']\*["']|["']?\w{0,20}autoExecutionPolicy["']?\s{0,3}:\s{0,3}["']turbo["']/i,
    why:
      "lets an editor agent run any terminal command by itself (Cursor yolo mode, Roo / Cline auto-execute, Zed always_allow_tool_actions, Amazon Q trustAllTools, Windsurf turbo)",
  },
  {
    id: "agent.gemini_shell_allowed",
    lit: [
      "run_shell_command",
      "shelltool",
      "execute_bash",
      "executebash",
      "allowedtools",
      "allowed-tools",
    ],
    re:
      /["']?(?:allowed|allowedTools|autoAccept(?:Tools)?)["']?\s{0,3}:\s{0,3}\[[^\]]{0,400}?["'](?:run_shell_command|ShellTool|execute_bash|executeBash|shell)["']|--allowed-?tools[\s=]{1,3}["']?Bash(?:\(\*\))?(?=["'\s,]|$)/im,
    why:
      "allows Gemini CLI's shell tool with any command, without confirmation (scope it: run_shell_command(git status))",
  },
  {
    id: "agent.command_file_tools",
    lit: ["allowed-tools"],
    re:
      /^\+?\s{0,3}allowed-tools\s{0,3}:[^\n]{0,300}?(?:\bBash\b(?!\()|Bash\(\s{0,2}\*|Bash\((?:curl|wget|sh|bash|zsh|python3?|node|rm|sudo|ssh|nc|eval|env)(?::\*|\s\*)\))/m,
    why:
      "gives a Claude Code slash command or skill every shell command, or a shell / fetcher with any argument, without asking (allowed-tools)",
  },
  {
    id: "agent.opencode_kiro_allow",
    lit: ['"permission"', "trustedcommands"],
    re:
      /["']permission["']\s{0,3}:\s{0,3}\{[^\x60]{0,300}?["']bash["']\s{0,3}:\s{0,3}(?:["']allow["']|\{\s{0,3}["']\*["']\s{0,3}:\s{0,3}["']allow["'])|["']?[\w.]{0,30}trustedCommands["']?\s{0,3}[:=]\s{0,3}\[[^\]]{0,200}?["']\*["']/i,
    why:
      "lets OpenCode / Kiro run any shell command without asking (bash: allow, trusted commands *)",
  },
];
