/**
 * Writes judged by what they write. A write tool (`write_file`, `edit_file`, `create_or_update_file`)
 * putting a service's TEXT configuration (`/etc/nginx/conf.d/shop.conf`, `/etc/mongod.conf`,
 * `/etc/apt/apt.conf.d/80-retries`, `/etc/docker/daemon.json`) or a START-UP entry (a systemd unit,
 * a launchd plist, an XDG autostart entry) is everyday
 * administration: what makes one harmful is its content — a server opened to everyone with
 * authentication off, a unit that runs a download, an rc line that hijacks `sudo` or puts `/tmp`
 * first on `PATH`. That content is in the same call and is read by the content bases
 * (`_posture*.ts`, `_appsec*.ts`, `_tradecraft*.ts`, `_agentcfg*.ts`, the secrets and command
 * detectors), so the path alone is recorded (a low finding), not refused by its name.
 *
 * Still refused by name, because their content cannot be judged as text or because any write is
 * the technique:
 * - system trees that decide who may log in or what code every process loads: `ld.so.*`, `pam.d`,
 *   `security`, `sudoers*`, `ssh`, `ssl`, `pki`, the account files, `hosts*`, SELinux/AppArmor,
 *   audit, polkit, kernel modules and sysctl, the boot loader, `fstab`/`crypttab`;
 * - anything that is not a text configuration by its name (a binary, a library, a script under
 *   `/etc` other than a start-up file), Windows system folders (DLL planting) and `/boot`, `/sys`,
 *   `/dev`, `/proc`;
 * - git hooks, `.gitconfig` and `~/.ssh/rc` (code on the next git or ssh use, whatever it says);
 * - shell start-up files (`~/.bashrc`, `~/.zshrc`, `~/.profile`, fish's config, `/etc/profile.d`,
 *   PowerShell profiles): `smg check`'s path-traversal suite refuses a write of `~/.bashrc` by name
 *   whatever it holds, and they often hold exported secrets the write replaces;
 * - a launchd entry named as Apple's own (`com.apple.*`) outside `/System`: masquerading
 *   (ATT&CK T1036.005 / T1543.001) is harmful whatever the plist holds.
 * Credential files, reads, climbs and paths outside allowed roots are unaffected.
 */

/** Trees under `/etc` whose writes stay refused by name (see the module comment). */
const ETC_GUARDED =
  /^\/etc\/(?:ld\.so|pam\.|pam\/|security\/|sudoers|ssh\/|ssl\/|pki\/|(?:shadow|gshadow|passwd|group|master\.passwd)(?:[-.]|$)|hosts(?:\.allow|\.deny|\.equiv)?$|selinux\/|apparmor|audit\/|polkit|modprobe\.d\/|modules(?:-load\.d\/|$)|sysctl|default\/grub|grub|fstab|crypttab|krb5\.keytab|init\.d\/|rc\.local|rc\d\.d\/|update-motd\.d\/|xdg\/autostart\/|cron|profile|bash\.bashrc|bashrc|zsh|environment|fish\/)/;
/** A service's text configuration under `/etc`, by its extension or a `*.d/` drop-in folder. */
const ETC_TEXT_CONFIG =
  /^\/etc\/(?:[\w.@+-]+\/){0,3}(?:[\w.@+-]+\.(?:conf|cnf|cfg|ini|ya?ml|json|toml|rules|xml|properties|list|sources|caddyfile)|caddyfile|[\w.@+-]+\.d\/[\w.@+-]+)$/;
/** Start-up entries whose content is a command line or a unit the content bases read. */
const STARTUP_ENTRY =
  /(?:^|\/)(?:etc\/systemd\/system|\.config\/systemd\/user|usr\/lib\/systemd\/system|lib\/systemd\/system)\/[\w.@-]+\.(?:service|timer|path|socket)$|(?:^|\/)library\/launch(?:agents|daemons)\/[\w.@-]+\.plist$|(?:^|\/)\.config\/autostart\/[\w.@-]+\.desktop$/;
/** `com.apple.*` launchd entries belong under `/System`: elsewhere the name is a disguise. */
const APPLE_MASQUERADE = /(?:^|\/)library\/launch(?:agents|daemons)\/com\.apple\.[^/]*$/;

/**
 * Whether a write of `lp` (lower-case, `/`-separated; absolute as resolved) is judged by its
 * content rather than refused by name.
 */
export function contentJudgedWrite(lp: string): boolean {
  if (APPLE_MASQUERADE.test(lp)) return false;
  if (STARTUP_ENTRY.test(lp)) return true;
  return ETC_TEXT_CONFIG.test(lp) && !ETC_GUARDED.test(lp);
}

/**
 * An AI agent's or editor's USER settings (`~/.claude/settings.json`, `~/.gemini/settings.json`,
 * `~/.codex/config.toml`, Zed's and VS Code-family `User/settings.json`, `~/.continue/config.yaml`)
 * written by a write tool: judged by what it writes, like a project's copy — the agent-config base
 * (`_agentcfg*.ts`: bypass or wildcard permissions, auto-approval, hooks or servers that fetch and
 * run, telemetry or proxies sent out) and the secrets detector. Files whose only purpose is to
 * register MCP servers (`claude_desktop_config.json`, `mcp.json`, `mcp_config.json`,
 * `cline_mcp_settings.json`) stay refused by name, as does every read (they hold servers' tokens).
 */
const AGENT_USER_SETTINGS =
  /(?:^|\/)(?:\.claude\/settings(?:\.local)?\.json|\.gemini\/settings\.json|\.codex\/config\.toml|\.config\/zed\/settings\.json|\.continue\/config\.(?:ya?ml|json)|(?:code|code - insiders|vscodium|cursor|windsurf)\/user\/settings\.json)$/;

/** Whether a write of `lp` is an agent's or editor's user settings file, judged by content. */
export function agentSettingsWrite(lp: string): boolean {
  return AGENT_USER_SETTINGS.test(lp);
}

/**
 * A web server's per-directory configuration (Apache `.htaccess`) written by a write tool: what
 * makes one harmful is what it says — uploads turned into code (`AddType`/`AddHandler`/`SetHandler`
 * for image extensions, `Options +ExecCGI`), access control removed, directory listings over
 * secrets — and that content is in the same call, read by the web-server base
 * (`_appsec_webserver.ts`). Hardening an upload folder (`php_flag engine off`, `Require all
 * denied`, `Options -ExecCGI`) is everyday work, so the name alone no longer refuses the write.
 * Reads (`.htaccess` next to `.htpasswd` names where the password file lives), climbs and
 * `.htpasswd` itself still count by name.
 */
const WEB_DIR_CONFIG = /(?:^|\/)\.htaccess$/;

/** Whether a write of `lp` (lower-case, `/`-separated) is a web server's per-directory config. */
export function webDirConfigWrite(lp: string): boolean {
  return WEB_DIR_CONFIG.test(lp);
}
