/**
 * Round-35 path rules, folded into ONE precompiled expression (one pass per resolved path):
 *
 * - AI coding agents' own credentials and user-level configs: Claude Code's `~/.claude/
 *   .credentials.json`, Codex CLI's `~/.codex/auth.json` and `~/.codex/config.toml` (approval and
 *   sandbox policy, MCP servers with their environment tokens), Gemini CLI's `oauth_creds.json`,
 *   GitHub Copilot's `hosts.json`/`apps.json`, the user settings of Zed (`~/.config/zed/
 *   settings.json`: `context_servers` with tokens), Continue, opencode, goose, Amazon Q and Kiro
 *   MCP files. Reading one hands over the account or the servers' tokens; writing one turns
 *   approvals off or registers a server that runs at the next start;
 * - CI servers' secret stores: Jenkins' `secrets/master.key`, `hudson.util.Secret` and
 *   `credentials.xml` (together they decrypt every stored credential), GitLab's
 *   `gitlab-secrets.json` and initial root password, runner/agent registration configs;
 * - personal message databases: macOS Messages (`Library/Messages/chat.db`, attachments), iOS
 *   backup SMS stores (`sms.db`), Mail's store, WhatsApp's `ChatStorage.sqlite`, Signal's
 *   database (`Signal/sql/db.sqlite`), and on Android the private data of messaging apps
 *   (`/data/data/com.whatsapp/…`, Telegram, Signal, LINE, WeChat, KakaoTalk …), the SMS and contacts
 *   providers (`mmssms.db`, `contacts2.db`) and WhatsApp's `msgstore.db(.cryptNN)`: every
 *   conversation and every one-time code.
 *
 * Project-level files of the same tools (`.zed/settings.json` in a repository, a `tests/fixtures`
 * copy) are not matched: the real stores live at fixed places under the home or system folders.
 * Paths arrive lower-cased with `/` separators. Bounded, no nested quantifiers.
 */
import type { Severity } from "../types.ts";

/** The agent, CI and message stores of round 35, in one expression. */
export const R35_SECRET_FILES: ReadonlyArray<[RegExp, string, Severity]> = [
  [
    /(?:^|\/)\.claude\/\.credentials\.json$|(?:^|\/)\.codex\/(?:auth\.json|config\.toml)$|(?:^|\/)\.gemini\/oauth_creds\.json$|(?:^|\/)github-copilot\/(?:hosts|apps)\.json$|(?:^|\/)\.config\/(?:zed\/settings\.json|opencode\/opencode\.jsonc?|goose\/config\.ya?ml)$|(?:^|\/)\.continue\/config\.(?:json|ya?ml)$|(?:^|\/)\.(?:aws\/amazonq|kiro\/settings)\/mcp\.json$|(?:^|\/)jenkins(?:_home)?\/(?:secrets\/(?:master\.key|hudson\.util\.secret|initialadminpassword)|credentials\.xml)$|(?:^|\/)etc\/gitlab\/(?:gitlab-secrets\.json|initial_root_password)$|(?:^|\/)(?:etc\/gitlab-runner|\.gitlab-runner)\/config\.toml$|(?:^|\/)buildkite-agent\/buildkite-agent\.cfg$|(?:^|\/)library\/messages\/(?:chat\.db|attachments\/)|(?:^|\/)library\/mail\/v\d{1,2}\/|(?:^|\/)(?:library\/sms|mobilesync\/backup\/[^/]{1,80}\/[^/]{0,80})\/?sms\.db$|(?:^|\/)chatstorage\.sqlite$|(?:^|\/)signal\/sql\/db\.sqlite$|(?:^|\/)data\/(?:data|user(?:_de)?\/\d{1,3})\/(?:com\.whatsapp(?:\.w4b)?|org\.telegram\.messenger(?:\.web)?|org\.thunderdog\.challegram|org\.thoughtcrime\.securesms|com\.facebook\.orca|com\.facebook\.katana|com\.instagram\.android|com\.viber\.voip|jp\.naver\.line\.android|com\.tencent\.mm|com\.kakao\.talk|com\.discord|com\.snapchat\.android|ch\.threema\.app|com\.wire|im\.vector\.app|com\.google\.android\.(?:apps\.messaging|gm)|com\.samsung\.android\.messaging|com\.android\.providers\.(?:telephony|contacts))\/|(?:^|\/)(?:msgstore\.db(?:\.crypt\d{1,2})?|wa\.db|mmssms\.db|contacts2\.db)$/,
    "an AI agent's credentials or user config (tokens, approval policy, MCP servers), a CI server's secret keys, or a personal message database",
    "critical",
  ],
];

/** The config (not credential) files above: their names in prose are setup instructions. */
const CONFIG_ONLY =
  /(?:^|\/)\.codex\/config\.toml$|(?:^|\/)\.config\/(?:zed\/settings\.json|opencode\/opencode\.jsonc?|goose\/config\.ya?ml)$|(?:^|\/)\.continue\/config\.(?:json|ya?ml)$|(?:^|\/)\.(?:aws\/amazonq|kiro\/settings)\/mcp\.json$/i;

/**
 * True when a token of free text (a document, a message) names one of the agent config files:
 * guides tell people to edit them; only a path argument that reads or writes one counts.
 */
export function agentConfigMention(token: string): boolean {
  return token.length < 300 && CONFIG_ONLY.test(token.replace(/[`'")\]]{1,4}$/, ""));
}

/**
 * A coding agent's shared project settings (`<project>/.claude/settings.json`,
 * `<project>/.gemini/settings.json`), opened for reading. That file is committed with the
 * repository for everyone who clones it — permission rules, formatter hooks —, so reading it shows
 * nothing the project does not already publish. The user-level file of the same name (directly
 * under a home folder: `~/.claude/settings.json`, `/home/u/.claude/…`, `C:/Users/u/.claude/…`),
 * the git-ignored `settings.local.json`, MCP server files (`mcp.json`, which carry tokens) and any
 * path that climbed with `..` are not exempt, nor is writing one (hooks run commands at the next
 * session).
 */
export function projectAgentSettingsRead(lp: string, climbs: boolean, writes: boolean): boolean {
  if (writes || climbs || lp.length > 1024) return false;
  const m = PROJECT_AGENT_SETTINGS.exec(lp);
  if (!m) return false;
  const parent = lp.slice(0, m.index);
  // `""`: the folder-less token a word view cuts from `…/demo/.claude/settings.json` (the raw
  // view judges the whole path); `/` itself is nobody's home.
  return !HOME_FOLDER.test(parent);
}
const PROJECT_AGENT_SETTINGS = /\/\.(?:claude|gemini)\/settings\.json$/;
/** A home folder itself (`/home/u`, `/users/u`, `/root`, `c:/users/u`, `~`, `$home`). */
const HOME_FOLDER =
  /^(?:~|\/~home|\$home|\$\{home\}|%userprofile%|\/root|\/home\/[^/]+|\/users\/[^/]+|[a-z]:\/users\/[^/]+|\/var\/root)$/;
