/**
 * Agent-configuration tampering, MCP servers: a server entry in an MCP client's configuration
 * (Claude Desktop / Claude Code `mcpServers` and `.mcp.json`, Cursor / Windsurf / Cline / Roo /
 * Gemini CLI `mcpServers`, VS Code `servers`, Zed `context_servers`, Codex `[mcp_servers.x]`,
 * Continue `mcpServers:` YAML) or a `claude|gemini|codex mcp add` / `code --add-mcp` command, whose
 * command fetches and runs code or sends data out — the config-driven command execution of the MCP
 * client CVEs and of Invariant Labs' and Trail of Bits' write-ups. An official package started by
 * `npx -y @modelcontextprotocol/server-github` with `"GITHUB_TOKEN": "${GITHUB_TOKEN}"` passes.
 */
import { type AgentCfgRule, KNOWN_INSTALLER, NET_BAD, OUT_HOST, r } from "./_agentcfg_core.ts";

/** Where an MCP server list starts: a JSON / TOML / YAML key, or a client's add command. */
const MCP_CTX =
  r`(?:["']?(?:mcpServers|mcp_servers|context_servers)["']?\s{0,3}[:=\[.{]|\[mcp_servers\.|["']servers["']\s{0,3}:\s{0,3}\{|\b(?:claude|gemini|codex|amp|q)\s{1,3}mcp\s{1,3}add\b|--add-mcp\b)`;

/** A stdio server entry that starts a shell with a command string (`"command": "bash", "args": ["-c", …]`). */
const SHELL_ENTRY =
  r`["']?command["']?\s{0,3}[:=]\s{0,3}["'](?:bash|sh|zsh|dash|cmd(?:\.exe)?|powershell(?:\.exe)?|pwsh)["'][^\]\x60]{0,60}?["']?args["']?\s{0,3}[:=]\s{0,3}\[\s{0,3}["'](?:-c|\/c|-Command|-EncodedCommand)["']`;

export const AGENTCFG_MCP_RULES: readonly AgentCfgRule[] = [
  {
    id: "agent.mcp_server_net",
    lit: ["mcpservers", "mcp_servers", "context_servers", '"servers"', "mcp add", "add-mcp"],
    re: new RegExp(r`${MCP_CTX}[^\x60]{0,600}?${NET_BAD}`, "i"),
    not: KNOWN_INSTALLER,
    why:
      "registers an MCP server whose command downloads and runs code or sends data out (it runs at every client start, with the user's rights)",
  },
  {
    id: "agent.mcp_server_remote_package",
    lit: ["mcpservers", "mcp_servers", "context_servers", '"servers"', "mcp add", "add-mcp"],
    re: new RegExp(
      r`${MCP_CTX}[^\x60]{0,400}?["'\s](?:npx|bunx|pnpm\s{1,3}dlx|uvx|pipx\s{1,3}run)\b[^\x60]{0,160}?["'\s=]https?:\/\/${OUT_HOST}\/[^"'\s]{0,200}\.(?:tgz|tar\.gz|whl|zip|js|py)["'\s]`,
      "i",
    ),
    not:
      /https?:\/\/(?:registry\.npmjs\.org|files\.pythonhosted\.org|pypi\.org|github\.com|codeload\.github\.com|registry\.yarnpkg\.com)\//i,
    why:
      "registers an MCP server run from a raw archive or script URL outside the package registries (unreviewed code, swappable at any time)",
  },
  {
    id: "agent.mcp_server_trusted",
    lit: ['"trust"', "'trust'", "trust:", "trust ="],
    re: new RegExp(
      r`${MCP_CTX}[^\x60]{0,600}?["']?\btrust["']?\s{0,3}[:=]\s{0,3}true\b`,
      "i",
    ),
    why:
      "marks an MCP server as trusted (Gemini CLI `trust: true`): every one of its tool calls runs without confirmation",
  },
  {
    id: "agent.mcp_server_auto_approve_all",
    lit: ["alwaysallow", "autoapprove", "always_allow", "auto_approve", "disabledtools"],
    re: new RegExp(
      r`${MCP_CTX}[^\x60]{0,800}?["']?(?:alwaysAllow|autoApprove|always_allow|auto_approve)["']?\s{0,3}[:=]\s{0,3}\[[^\]]{0,600}?["'](?:\*|run_command|execute_command|run_shell_command|shell|bash|exec|execute|run_terminal_cmd|terminal|run_in_terminal|write_file|eval|run_script|run_code|execute_code)["']`,
      "i",
    ),
    why:
      "auto-approves every tool, or a shell / code-running tool, of an MCP server (Cline / Roo / Claude Desktop `alwaysAllow` / `autoApprove`)",
  },
  {
    id: "agent.mcp_stdio_shell_net",
    lit: ["args"],
    re: new RegExp(r`${SHELL_ENTRY}[^\x60]{0,400}?${NET_BAD}`, "i"),
    not: KNOWN_INSTALLER,
    why:
      "adds a stdio server / task entry that starts a shell whose command downloads and runs code or sends data out",
  },
  {
    id: "agent.mcp_token_other_host",
    lit: ["github_", "gh_", "aws_secret_access_key", "aws_session_token"],
    re: new RegExp(
      r`${MCP_CTX}[^\x60]{0,600}?["']?(?:url|serverUrl|httpUrl)["']?\s{0,3}[:=]\s{0,3}["']https?:\/\/(?![\w.-]{0,80}github(?:usercontent|copilot)?\.com\b)${OUT_HOST}[^"'\x60]{0,200}["'][^\x60]{0,300}?\$\{(?:env:)?(?:GITHUB_\w{0,40}|GH_\w{0,40}|AWS_SECRET_ACCESS_KEY|AWS_SESSION_TOKEN)\}`,
      "i",
    ),
    why:
      "sends a GitHub or AWS credential from the environment to a remote MCP server that is not GitHub's (the token leaves with every request)",
  },
  {
    id: "agent.server_env_loader",
    lit: [
      "node_options",
      "ld_preload",
      "dyld_insert_libraries",
      "pythonstartup",
      "bash_env",
      "perl5opt",
    ],
    re:
      /["']env["']\s{0,3}:\s{0,3}\{[^}]{0,400}?["'](?:NODE_OPTIONS["']\s{0,3}:\s{0,3}["'][^"']{0,100}?(?:--require|-r|--import|--loader|--experimental-loader)[\s=]|(?:LD_PRELOAD|DYLD_INSERT_LIBRARIES|PYTHONSTARTUP|BASH_ENV|PERL5OPT)["']\s{0,3}:)/i,
    why:
      "injects code into a server or agent process through its environment (NODE_OPTIONS --require, LD_PRELOAD, PYTHONSTARTUP, BASH_ENV)",
  },
  {
    id: "agent.mcp_add_token_header",
    lit: ["mcp add"],
    re: new RegExp(
      r`\bmcp\s{1,3}add\b[^\n]{0,200}?https?:\/\/(?![\w.-]{0,80}github(?:usercontent|copilot)?\.com\b)${OUT_HOST}[^\n]{0,200}?(?:--header|-H)[\s=]{1,3}["']?[^"'\n]{0,80}\$\{?(?:GITHUB_\w{0,40}|GH_\w{0,40}|AWS_SECRET_ACCESS_KEY|AWS_SESSION_TOKEN)\b`,
      "i",
    ),
    why:
      "adds a remote MCP server that is not GitHub's with a GitHub or AWS credential in its headers",
  },
  {
    id: "agent.mcp_server_temp_binary",
    lit: ["/tmp/", "/dev/shm/", "/var/tmp/", "temp\\"],
    re: new RegExp(
      r`${MCP_CTX}[^\x60]{0,400}?["']?command["']?\s{0,3}[:=]\s{0,3}["'](?:\/tmp\/|\/dev\/shm\/|\/var\/tmp\/|[a-z]:\\{1,2}(?:windows\\{1,2})?temp\\|%temp%\\|[a-z]:\\{1,2}users\\{1,2}[^"'\\]{1,40}\\{1,2}appdata\\{1,2}local\\{1,2}temp\\)`,
      "i",
    ),
    why:
      "registers an MCP server that runs a program from a temporary folder (dropped there, not installed or reviewed)",
  },
];
