/**
 * Agent-configuration tampering, hooks and workspace lifecycle commands that run without a prompt:
 * Claude Code hooks (`PreToolUse`, `PostToolUse`, `SessionStart`, `UserPromptSubmit`, `Stop` …),
 * `statusLine` / `apiKeyHelper` commands, Cursor hooks (`beforeShellExecution`, `afterFileEdit`),
 * Codex `notify`, husky hooks in package.json, devcontainer lifecycle commands (`initializeCommand`
 * runs on the host) — when the command downloads and runs code or sends data out — and an agent's
 * config or instruction file replaced by a download. A hook running the project's formatter and
 * `postCreateCommand: npm ci` pass.
 */
import { type AgentCfgRule, KNOWN_INSTALLER, NET_BAD, r } from "./_agentcfg_core.ts";

/** A key whose value an agent or editor runs as a command by itself. */
const HOOK_KEY =
  r`(?:["']?(?:hooks|PreToolUse|PostToolUse|SessionStart|SessionEnd|UserPromptSubmit|Stop|SubagentStop|PreCompact|Notification|beforeShellExecution|beforeMCPExecution|afterShellExecution|afterFileEdit|beforeSubmitPrompt|beforeReadFile|statusLine|apiKeyHelper|awsAuthRefresh|awsCredentialExport|otelHeadersHelper)["']?\s{0,3}[:=]|\bnotify\s{0,3}=\s{0,3}\[)`;

/** Devcontainer lifecycle keys (run at container creation or attach, `initializeCommand` on the host). */
const LIFECYCLE_KEY =
  r`["']?(?:initializeCommand|onCreateCommand|updateContentCommand|postCreateCommand|postStartCommand|postAttachCommand)["']?\s{0,3}:`;

/** An agent's config or instruction file, as a path. */
const AGENT_FILE =
  r`(?:\.mcp\.json|mcp\.json|mcp_config\.json|mcp_settings\.json|claude_desktop_config\.json|\.claude\/settings(?:\.local)?\.json|\.claude\.json|\.cursor\/rules\/[^\s"']{1,80}|\.cursorrules|\.windsurfrules|\.clinerules|AGENTS\.md|CLAUDE\.md|GEMINI\.md|copilot-instructions\.md|\.codex\/config\.toml|\.gemini\/settings\.json|\.vscode\/(?:settings|tasks|mcp)\.json|devcontainer\.json|\.envrc)`;

export const AGENTCFG_HOOK_RULES: readonly AgentCfgRule[] = [
  {
    id: "agent.hook_net",
    lit: [
      "hooks",
      "pretooluse",
      "posttooluse",
      "sessionstart",
      "sessionend",
      "userpromptsubmit",
      "subagentstop",
      "precompact",
      "beforeshellexecution",
      "beforemcpexecution",
      "aftershellexecution",
      "afterfileedit",
      "beforesubmitprompt",
      "beforereadfile",
      "statusline",
      "apikeyhelper",
      "awsauthrefresh",
      "awscredentialexport",
      "otelheadershelper",
      "notify",
    ],
    re: new RegExp(r`${HOOK_KEY}[^\x60]{0,600}?${NET_BAD}`, "i"),
    not: KNOWN_INSTALLER,
    why:
      "adds an agent hook or helper command (run by itself on every tool call, prompt or session) that downloads and runs code or sends data out",
  },
  {
    id: "agent.devcontainer_lifecycle_net",
    lit: [
      "initializecommand",
      "oncreatecommand",
      "updatecontentcommand",
      "postcreatecommand",
      "poststartcommand",
      "postattachcommand",
    ],
    re: new RegExp(r`${LIFECYCLE_KEY}[^\x60]{0,400}?${NET_BAD}`, "i"),
    not: KNOWN_INSTALLER,
    why:
      "adds a devcontainer lifecycle command (run on open, `initializeCommand` on the host) that downloads and runs code or sends data out",
  },
  {
    id: "agent.config_fetched",
    lit: ["curl", "wget", "iwr", "invoke-webrequest", "invoke-restmethod"],
    re: new RegExp(
      r`\b(?:curl|wget|iwr|invoke-webrequest|invoke-restmethod)\b[^\n|;&]{0,200}?(?:\s-o|\s-O|\s--output(?:-document)?|\s-OutFile|>{1,2})[\s=]{0,3}["']?[^\s"';|&]{0,120}${AGENT_FILE}(?=["'\s;|&)]|$)`,
      "im",
    ),
    why:
      "replaces an AI agent's configuration or instruction file with a download (servers, permissions or standing orders from another host)",
  },
  {
    id: "agent.editor_exec_path",
    lit: [
      "executablepath",
      "interpreterpath",
      "pythonpath",
      "git.path",
      "alternatetools",
      "integrated.shell",
      "automationshell",
      "nodepath",
      "server.path",
      "fsmonitor",
    ],
    re:
      /["'](?:php\.validate\.executablePath|python\.defaultInterpreterPath|python\.pythonPath|git\.path|go\.alternateTools|terminal\.integrated\.(?:shell|automationShell)\.\w{1,10}|eslint\.nodePath|rust-analyzer\.server\.path)["']\s{0,3}:\s{0,3}\{?[^"'}]{0,60}?["'](?:\/tmp\/|\/dev\/shm\/|\/var\/tmp\/|https?:|[^"']{0,80}\b(?:curl|wget)\b)|\bfsmonitor\s{0,3}=\s{0,3}["']?(?!true\b|false\b)[^\n]{0,200}?(?:\b(?:curl|wget|nc|bash\s{1,3}-c|sh\s{1,3}-c)\b|\/tmp\/)|\bcore\.fsmonitor\s{1,3}["']?(?!true\b|false\b)[^\n]{0,200}?(?:\b(?:curl|wget|nc|bash\s{1,3}-c|sh\s{1,3}-c)\b|\/tmp\/)/i,
    why:
      "points an editor or git at a program in a temporary folder or a command that fetches code (run by itself when the workspace opens or git runs)",
  },
];
