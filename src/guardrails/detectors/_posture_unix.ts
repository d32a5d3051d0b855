/**
 * Posture rules for Linux: footholds planted where the system runs things by itself (ld.so.preload,
 * cron, systemd, shell start-up files, udev, APT hooks, PAM, authorized_keys, uid-0 accounts) and
 * safeguards switched off (sudo, sshd, SELinux/AppArmor, audit, firewall, history and logs, kernel
 * hardening, package signatures). Each rule needs the insecure value in a write or apply context.
 */
import {
  type PostureRule,
  U_PAYLOAD,
  U_PAYLOAD_RE,
  writes,
  writtenTo,
  writtenWith,
} from "./_posture_core.ts";

const r = String.raw;
/** Start-up files a shell or the system reads by itself. */
const STARTUP =
  r`(?:\/etc\/(?:profile(?:\.d\/[\w.-]{1,40})?|bash\.bashrc|bashrc|zshrc|zsh\/zshrc|environment|rc\.local|rc\.d\/[\w.\/-]{1,40}|init\.d\/[\w.-]{1,40}|update-motd\.d\/[\w.-]{1,40}|xdg\/autostart\/[\w.-]{1,40})|~?\/?[\w.\/-]{0,40}\/?\.(?:bashrc|bash_profile|bash_login|profile|zshrc|zprofile|zshenv|zlogin|config\/fish\/config\.fish|config\/autostart\/[\w.-]{1,40}\.desktop))`;
const CRON =
  r`(?:\/etc\/cron(?:tab|\.d\/[\w.-]{1,40}|\.(?:hourly|daily|weekly|monthly)\/[\w.-]{1,40})|\/var\/spool\/cron(?:\/crontabs)?\/[\w.-]{1,40}|\/etc\/periodic\/(?:daily|weekly|monthly)\/[\w.-]{1,40}|\/etc\/anacrontab)`;
/** World-writable temporary folders (Linux and macOS). */
const TEMP_DIR = r`(?:\/tmp|\/var\/tmp|\/dev\/shm|\/private\/tmp|\/Users\/Shared)(?=[\/:"'\s]|$)`;
const SYSTEMD =
  r`(?:\/(?:etc|lib|usr\/lib)\/systemd\/(?:system|user)\/[\w@.-]{1,60}\.(?:service|timer|path|socket)|\.config\/systemd\/user\/[\w@.-]{1,60}\.(?:service|timer|path))`;

export const UNIX_RULES: PostureRule[] = [
  // --- Footholds ----------------------------------------------------------------------------------
  {
    id: "linux.ld_so_preload",
    kind: "persistence",
    lit: "ld.so.preload",
    re: writes(r`\/etc\/ld\.so\.preload`),
    also: /[\w-]\.so(?:\.\d{1,3})?\b(?!\.preload)/i,
    why: "adds a library to /etc/ld.so.preload, which loads it into every program on the system",
  },
  {
    id: "linux.ld_preload_env",
    kind: "persistence",
    lit: "ld_preload",
    re: new RegExp(r`\bLD_PRELOAD\s{0,2}=\s{0,2}["']?[^\s"';]{1,120}`, "i"),
    also: writes(STARTUP),
    why: "sets LD_PRELOAD in a start-up file, injecting a library into every program started",
  },
  {
    // Path interception (ATT&CK T1574.007, T1574.006): a temporary folder, or the current folder
    // (`.`, an empty element), put FIRST on the command search path, or a library preloaded from a
    // temporary or hidden folder — every later `sudo`, `ls` or `git` can then be a planted program.
    // Self-contained, so the content of a start-up file written by a write tool (its path in another
    // argument) is judged too. `PATH="$HOME/.local/bin:$PATH"` and temp folders appended last pass.
    id: "linux.search_path_hijack",
    kind: "persistence",
    lit: ["path", "ld_preload", "dyld_insert_libraries"],
    re: new RegExp(
      r`(?<![\w$])PATH[ \t]{0,2}=[ \t]{0,2}["']?(?:\.{0,2}:|${TEMP_DIR}(?:\/[\w.-]{1,60}){0,4}\/?(?::|["']?(?:[ \t;]|$)))|\bset[ \t]{1,4}(?:-[a-zA-Z]{1,4}[ \t]{1,4}){1,3}PATH[ \t]{1,4}["']?(?:\.|${TEMP_DIR}(?:\/[\w.-]{1,60}){0,4}\/?)["']?[ \t]|\b(?:LD_PRELOAD|DYLD_INSERT_LIBRARIES)[ \t]{0,2}=[ \t]{0,2}["']?(?:${TEMP_DIR}|(?:~|\$HOME|\/home\/[\w.-]{1,40}|\/Users\/[\w.-]{1,40})?(?:\/[\w-]{1,40}){0,3}\/\.[\w-])`,
      "m",
    ),
    why:
      "puts a temporary or the current folder first on the command search path, or preloads a library from a temporary or hidden folder, so later commands can be swapped for planted programs",
  },
  {
    id: "linux.sudoers_nopasswd_all",
    kind: "privilege_escalation",
    lit: "sudoers",
    re:
      /\bNOPASSWD\s{0,2}:\s{0,2}ALL\b|\bALL\s{1,4}ALL\s{0,2}=\s{0,2}\(\s{0,2}ALL(?:\s{0,2}:\s{0,2}ALL)?\s{0,2}\)\s{0,3}(?:NOPASSWD\s{0,2}:\s{0,3})?ALL\b|\bDefaults\s{1,4}!authenticate\b/i,
    also: writes(r`\/etc\/sudoers(?:\.d\/[\w.-]{1,40})?\b`),
    why: "gives unrestricted root through sudo without a password (sudoers NOPASSWD: ALL)",
  },
  {
    id: "linux.uid0_account",
    kind: "privilege_escalation",
    lit: ["useradd", "adduser", "usermod", "non_unique"],
    re:
      /\buid\s{0,2}[:=]\s{0,2}["']?0\b[\s\S]{0,200}?\bnon_unique\s{0,2}[:=]\s{0,2}["']?(?:yes|true)\b|\bnon_unique\s{0,2}[:=]\s{0,2}["']?(?:yes|true)\b[\s\S]{0,200}?\buid\s{0,2}[:=]\s{0,2}["']?0\b|\b(?:useradd|adduser|usermod)\b[^\n;|&]{0,120}(?:\s-o\b[^\n;|&]{0,60}\s-u\s{0,2}0\b|\s-u\s{0,2}0\b[^\n;|&]{0,60}\s-o\b|\s-u\s{0,2}0\s{1,3}(?!root\b)[\w.-]{1,32}\s{0,2}$)/im,
    why: "creates a second account with user id 0 (a hidden root login)",
  },
  {
    id: "linux.passwd_uid0_line",
    kind: "privilege_escalation",
    lit: "/etc/passwd",
    re: /(?<![\w-])(?!root:)[a-z_][\w.-]{0,31}:[^:\n]{0,120}:0:0:/i,
    also: writes(r`\/etc\/passwd\b`),
    why: "appends a user id 0 account to /etc/passwd (a second root login)",
  },
  {
    id: "linux.authorized_keys_root",
    kind: "persistence",
    lit: "authorized_keys",
    re:
      /(?:\b(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\d{3}|sk-ssh-ed25519@openssh\.com)\s{1,3}AAAA|\b(?:curl|wget)\b[^\n|;]{0,200}(?:>>?|\|\s{0,3}(?:sudo\s{1,3})?tee))/i,
    also: writes(r`(?:\/root\/\.ssh\/authorized_keys2?|\/var\/root\/\.ssh\/authorized_keys)\b`),
    why:
      "adds an SSH key to root's authorized_keys (a standing root login for whoever holds the key)",
  },
  {
    id: "linux.authorized_keys_download",
    kind: "persistence",
    lit: "authorized_keys",
    re:
      /\b(?:curl|wget)\b[^\n|;]{0,200}(?:>>\s{0,3}|\|\s{0,3}(?:sudo\s{1,3})?tee\s{1,3}-a\s{1,3})["']?[~\w.\/$-]{0,80}\.ssh\/authorized_keys/i,
    why: "appends a downloaded key to authorized_keys (a login for whoever controls that URL)",
  },
  {
    id: "linux.sshd_insecure",
    kind: "defense_evasion",
    lit: "sshd",
    re:
      /\b(?:PermitRootLogin\s{1,4}yes|PermitEmptyPasswords\s{1,4}yes|StrictModes\s{1,4}no|PermitUserEnvironment\s{1,4}yes|AuthorizedKeysFile\s{1,4}\/(?:tmp|dev\/shm|var\/tmp)\/|AuthorizedKeysCommand\s{1,4}\/(?:tmp|dev\/shm|var\/tmp)\/)/i,
    also: /\bsshd_config\b|\bsshd\s[\w\s-]{0,30}?\s-o\b/i,
    not: /^\s{0,4}(?:grep|cat|less|sshd\s{1,3}-T)\b/i,
    why: "weakens sshd (root or empty-password login, or keys read from a world-writable place)",
  },
  {
    id: "linux.cron_payload",
    kind: "persistence",
    lit: "cron",
    re: new RegExp(
      r`${U_PAYLOAD}[^\n]{0,200}?(?:\|\s{0,3}(?:sudo\s{1,3})?crontab\s{1,3}(?:-u\s{1,3}\w{1,32}\s{1,3})?-|${
        writtenTo(CRON)
      })|${writtenWith(CRON)}`,
      "im",
    ),
    why:
      "schedules a download-and-run, a reverse shell or a program from a temporary directory with cron",
  },
  {
    id: "linux.systemd_payload",
    kind: "persistence",
    lit: "systemd",
    re: new RegExp(r`ExecStart(?:Pre|Post)?\s{0,2}=\s{0,2}[^\n]{0,200}${U_PAYLOAD}`, "im"),
    also: writes(SYSTEMD, 300),
    why:
      "installs a systemd unit that runs a download, a reverse shell or a temporary-directory program",
  },
  {
    id: "linux.startup_payload",
    kind: "persistence",
    lit: [
      ".bash",
      "profile",
      "rc.local",
      "rc.d",
      "init.d",
      "/etc/environment",
      "zsh",
      "autostart",
      "motd",
      "fish",
    ],
    re: new RegExp(
      r`(?:${U_PAYLOAD}|\bPROMPT_COMMAND\s{0,2}=\s{0,2}["'][^"'\n]{0,200}\b(?:curl|wget|nc|bash\s{1,3}-c)\b)[^\n]{0,200}?${
        writtenTo(STARTUP)
      }|${writtenWith(STARTUP)}`,
      "im",
    ),
    why: "puts a download-and-run, reverse shell or temporary-directory program in a start-up file",
  },
  {
    id: "linux.udev_run",
    kind: "persistence",
    lit: "run+=",
    re: new RegExp(r`\bRUN\+=\s{0,2}[^\n]{0,200}?${U_PAYLOAD}`, "i"),
    why: "adds a udev rule that runs a download, reverse shell or temporary-directory program",
  },
  {
    id: "linux.apt_hook",
    kind: "persistence",
    lit: "invoke",
    re:
      /\bAPT::(?:Update::(?:Pre|Post)|Install::(?:Pre|Post))-Invoke(?:-Success)?\b|\bDPkg::(?:Pre|Post)-Invoke\b/i,
    also: U_PAYLOAD_RE,
    why: "adds an APT hook that runs a payload on every package operation",
  },
  {
    id: "linux.pam_permit",
    kind: "privilege_escalation",
    lit: ["pam_permit", "nullok"],
    re:
      /\bauth\s{1,8}(?:sufficient|required|\[success=\w{1,10}[^\]\n]{0,60}\])\s{1,8}pam_permit\.so\b|\bpam_unix\.so\b[^\n]{0,80}\bnullok\b/i,
    also: /\/etc\/pam\.d\/|\bpam\.d\b/i,
    why: "makes PAM accept any password (pam_permit.so as the authentication step)",
  },
  {
    id: "linux.pam_exec_capture",
    kind: "credential_theft",
    lit: "pam_exec",
    re:
      /\bpam_exec\.so\b[^\n]{0,60}\bexpose_authtok\b|\bpam_exec\.so\b[^\n]{0,80}\/(?:tmp|dev\/shm|var\/tmp)\//i,
    why: "hands every typed password to a script through pam_exec (credential capture)",
  },
  {
    id: "linux.setuid_tmp",
    kind: "privilege_escalation",
    lit: "chmod",
    re:
      /\bchmod\s{1,4}(?:-\w{1,3}\s{1,4})?(?:[ugoa]{0,3}\+[rwx]{0,3}s[rwx]{0,3}|[4-7][0-7]{3})\s{1,4}["']?\/(?:tmp|dev\/shm|var\/tmp|private\/tmp|users\/shared)\//i,
    why: "puts the setuid bit on a program in a temporary directory (a root shell for any user)",
  },
  {
    id: "linux.setcap_dangerous",
    kind: "privilege_escalation",
    lit: "setcap",
    re:
      /\bsetcap\s{1,4}["']?(?:cap_[\w,]{1,80}[,+=])?cap_(?:setuid|setgid|sys_admin|sys_module|sys_ptrace|dac_override|dac_read_search|chown|fowner|bpf)\b[^\s"']{0,40}["']?\s{1,4}\S/i,
    why:
      "gives a program a capability that amounts to root (setuid, sys_admin, module loading, ptrace, reading any file)",
  },
  {
    id: "linux.world_writable_sensitive",
    kind: "privilege_escalation",
    lit: "chmod",
    re:
      /\bchmod\s{1,4}(?:-\w{1,3}\s{1,4})?(?:[0-7]?[0-7][0-7][2367]|[ao]{1,2}\+r?w|o\+r)\s{1,4}["']?(?:\/etc\/(?:shadow|gshadow|passwd|sudoers|crontab|ld\.so\.preload|pam\.d)|\/etc\/cron\.d|\/etc\/systemd\/system|\/etc\/init\.d|\/etc\/profile\.d|\/usr\/local\/s?bin|\/var\/run\/docker\.sock|\/run\/docker\.sock|\/run\/containerd\/containerd\.sock|\/root\b|\/etc\/ssh\/ssh_host_\w{1,20}_key\b)/i,
    why:
      "makes an account, sudo, cron or container-runtime file writable (or the password hashes readable) by every local user",
  },
  {
    id: "linux.chmod_root_tree",
    kind: "privilege_escalation",
    lit: "chmod",
    re:
      /\bchmod\s{1,4}-R\s{1,4}(?:0?777|a\+rwx|o\+w)\s{1,4}["']?\/(?:etc|usr|bin|sbin|lib|boot|var)?["']?(?:\s|$)/im,
    why: "makes a whole system tree writable by every local user",
  },
  {
    id: "linux.nfs_no_root_squash",
    kind: "privilege_escalation",
    lit: "no_root_squash",
    re: /(?:\*|0\.0\.0\.0\/0)\s{0,2}\([^)\n]{0,80}\bno_root_squash\b/i,
    why: "exports a directory to every host with no_root_squash (remote root writes as root)",
  },
  {
    id: "linux.polkit_allow_all",
    kind: "privilege_escalation",
    lit: "polkit.result.yes",
    re:
      /\bpolkit\.addRule\s{0,2}\(\s{0,2}function\s{0,2}\([^)]{0,40}\)\s{0,2}\{\s{0,8}return\s{1,3}polkit\.Result\.YES\b/i,
    why: "adds a polkit rule that authorizes every action for every user",
  },
  {
    // Round 44: a polkit rule that says YES without looking at the action, for a group every
    // account is in (`users`, `everyone`, `domain users`) or for any local / active session —
    // pkexec and unit management included, so every local account becomes root. A rule scoped to
    // an admin group (`wheel`, `sudo`) or to named actions (`action.id == …`) passes.
    id: "linux.polkit_allow_everyone",
    kind: "privilege_escalation",
    lit: "polkit.result.yes",
    re:
      /\bpolkit\.addRule\s{0,2}\(\s{0,2}function\s{0,2}\([^)]{0,40}\)\s{0,2}\{\s{0,24}(?:\/\/[^\n]{0,200}\n\s{0,24})?if\s{0,2}\(\s{0,2}(?:subject\.isInGroup\s{0,2}\(\s{0,2}["'](?:users|everyone|domain users|domain\^users|nogroup|staff)["']\s{0,2}\)|subject\.(?:local|active)(?:\s{0,2}&&\s{0,2}subject\.(?:local|active))?|subject\.user\s{0,2}!==?\s{0,2}["']["'])\s{0,2}\)\s{0,2}\{?\s{0,24}return\s{1,3}polkit\.Result\.YES\b/i,
    why:
      "adds a polkit rule that authorizes EVERY action (pkexec, unit management) for every local account or session",
  },
  {
    // Round 44: the host's OWN outgoing traffic (the nat OUTPUT chain) sent by DNAT to an outside
    // address — mail, web or directory connections silently go to another party's server. A
    // redirect to a local proxy (`127.0.0.1`, `REDIRECT`), to a private address, or a rule being
    // deleted (`-D`) passes.
    id: "linux.outbound_dnat_outside",
    kind: "data_exfiltration",
    lit: ["dnat"],
    re:
      /\b(?:iptables|ip6tables)\b[^\n;&|]{0,80}?-t\s{1,3}nat\b[^\n;&|]{0,40}?-[AI]\s{1,3}OUTPUT\b[^\n;&|]{0,300}?-j\s{1,3}DNAT\s{1,3}--to-destination\s{1,3}\[?(?!(?:127|10|0)\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|169\.254\.|100\.(?:6[4-9]|[7-9]\d|1[01]\d|12[0-7])\.|::1|f[cd][0-9a-f]{2}:|fe80:)[0-9a-f]{1,4}[.:]|\bnft\b[^\n;&|]{0,40}?\b(?:add|insert)\s{1,3}rule\s{1,3}(?:ip6?|inet)\s{1,3}[\w-]{1,30}\s{1,3}output\b[^\n;&|]{0,300}?\bdnat\s{1,3}(?:ip6?\s{1,3})?to\s{1,3}\[?(?!(?:127|10|0)\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|169\.254\.|100\.(?:6[4-9]|[7-9]\d|1[01]\d|12[0-7])\.|::1|f[cd][0-9a-f]{2}:|fe80:)[0-9a-f]{1,4}[.:]/i,
    why:
      "rewrites the host's own outgoing connections (nat OUTPUT DNAT) to an outside address, so its mail or web traffic goes to another party's server",
  },
  {
    id: "linux.kernel_module_tmp",
    kind: "persistence",
    lit: ".ko",
    re:
      /\b(?:insmod|modprobe)\s[\w\s-]{0,20}?["']?\/(?:tmp|dev\/shm|var\/tmp|home\/[\w.-]{1,32})\/[\w.\/-]{1,60}\.ko\b/i,
    why: "loads a kernel module from a temporary or home directory (a rootkit foothold)",
  },
  {
    id: "linux.xhost_open",
    kind: "privilege_escalation",
    lit: "xhost",
    re: /\bxhost\s{1,3}\+\s{0,2}(?:$|[;&|])/im,
    why: "opens the X display to every host (keystrokes and screen readable from the network)",
  },
  {
    id: "linux.docker_tcp_no_tls",
    kind: "privilege_escalation",
    lit: "tcp://0.0.0.0",
    re:
      /(?:\bdockerd\b[^\n]{0,120}-H\s{0,2}=?\s{0,2}|"hosts"\s{0,2}:\s{0,2}\[[^\]]{0,120})["']?tcp:\/\/0\.0\.0\.0(?::2375)?\b/i,
    not: /\btlsverify\b/i,
    why:
      "serves the Docker API on every interface without TLS (root on the host for anyone who connects)",
  },
  // --- Safeguards off -----------------------------------------------------------------------------
  {
    id: "linux.selinux_off",
    kind: "defense_evasion",
    lit: "selinux",
    re:
      /\b(?:echo|printf)\s{1,3}["']?SELINUX\s{0,2}=\s{0,2}(?:disabled|permissive)\b[^\n]{0,40}(?:>|\btee\b)|\bsed\s{1,3}-i[^\n]{0,80}(?<!\bs)\/SELINUX=(?:disabled|permissive)\b|(?:^|\\n)SELINUX=(?:disabled|permissive)\b|\bgrubby\b[^\n]{0,80}--args\s{0,2}=?\s{0,2}["']?[^\n"']{0,40}\bselinux=0\b/i,
    also: /\/etc\/(?:selinux|sysconfig)|\bgrubby\b/i,
    why: "switches SELinux off or to permissive mode for good",
  },
  {
    id: "linux.setenforce_0",
    kind: "defense_evasion",
    lit: "setenforce",
    re: /\bsetenforce\s{1,3}(?:0|permissive)\b/i,
    why: "switches SELinux enforcement off",
  },
  {
    id: "linux.apparmor_off",
    kind: "defense_evasion",
    lit: ["apparmor", "aa-teardown"],
    re:
      /\bsystemctl\s{1,3}(?:stop|disable|mask)\s{1,3}(?:--now\s{1,3})?apparmor\b|\bservice\s{1,3}apparmor\s{1,3}(?:stop|teardown)\b|\baa-teardown\b|\bapparmor_parser\s{1,3}-R\b|\bapparmor=0\b/i,
    why: "switches AppArmor confinement off",
  },
  {
    id: "linux.apparmor_disable_profile",
    kind: "defense_evasion",
    lit: "aa-",
    re:
      /\baa-(?:disable|complain)\s{1,3}(?:\/etc\/apparmor\.d\/\*|\/etc\/apparmor\.d\/?\s|\/etc\/apparmor\.d\/?$)/im,
    why: "takes every AppArmor profile out of enforcement",
  },
  {
    id: "linux.auditd_off",
    kind: "defense_evasion",
    lit: "audit",
    re:
      /\bauditctl\s{1,3}(?:-e\s{0,2}0\b|-D\b|-a\s{1,3}(?:never,task|task,never)\b)|\b(?:systemctl|service)\s{1,3}(?:(?:stop|disable|mask)\s{1,3}(?:--now\s{1,3})?auditd\b|auditd\s{1,3}stop\b)|\bmax_log_file_action\s{0,2}=\s{0,2}ignore\b/i,
    why: "stops the audit subsystem or deletes its rules (no record of what follows)",
  },
  {
    // An OpenSSH client config that runs or loads something on every connection: LocalCommand
    // with PermitLocalCommand, a ProxyCommand / KnownHostsCommand / `Match exec` that fetches,
    // spawns a shell or encodes, a PKCS#11 / security-key provider loaded from a temp or hidden
    // folder, or agent forwarding to every host. `ProxyCommand ssh -W %h:%p bastion`,
    // `ProxyCommand nc -X connect -x proxy:3128 %h %p`, `ProxyJump`, keep-alives and
    // `IdentityFile` lines pass. (A write of `~/.ssh/config` is judged by this content, not refused
    // by name: see path_traversal.)
    id: "ssh.client_config_exec",
    kind: "persistence",
    lit: [
      "localcommand",
      "proxycommand",
      "knownhostscommand",
      "match exec",
      "pkcs11provider",
      "securitykeyprovider",
      "forwardagent",
    ],
    re:
      /^[ \t]{0,8}PermitLocalCommand[ \t]{0,4}=?[ \t]{0,4}yes\b[^]{0,600}?^[ \t]{0,8}LocalCommand[ \t=]|^[ \t]{0,8}LocalCommand[ \t=][^]{0,600}?^[ \t]{0,8}PermitLocalCommand[ \t]{0,4}=?[ \t]{0,4}yes\b|^[ \t]{0,8}(?:ProxyCommand|KnownHostsCommand|Match[ \t]{1,4}exec)[ \t=][^\n]{0,240}?(?:\b(?:curl|wget|python3?|perl|ruby|php|base64|tar|osascript|powershell|pwsh)\b|\b(?:ba|z|da)?sh[ \t]{1,4}-c\b|\/dev\/tcp\/)|^[ \t]{0,8}(?:PKCS11Provider|SecurityKeyProvider)[ \t]{0,4}=?[ \t]{0,4}["']?(?:\/tmp\/|\/var\/tmp\/|\/dev\/shm\/|~\/\.|\$HOME\/\.|\/Users\/[^\/\n]{1,40}\/\.|\/home\/[^\/\n]{1,40}\/\.)|^[ \t]{0,8}Host[ \t]{1,4}\*[ \t]*$[^]{0,400}?^[ \t]{0,8}ForwardAgent[ \t]{0,4}=?[ \t]{0,4}yes\b/im,
    why:
      "writes an SSH client config that runs or loads code on every connection (LocalCommand, a fetching ProxyCommand / KnownHostsCommand / Match exec, a provider library from a temp or hidden folder) or forwards the SSH agent to every host",
  },
  {
    id: "linux.audit_rules_file_off",
    kind: "defense_evasion",
    lit: "/etc/audit/",
    re:
      /(?:(?:^|[\s'"\\n])(?:-e\s{0,2}0|-a\s{1,3}(?:never,task|task,never))\b[^\n]{0,160}?(?:>>?|\btee\b)\s{0,3}(?:-a\s{1,3})?[^\s|;&]{0,40}\/etc\/audit\/|\/etc\/audit\/[^\s|;&]{0,80}\s{0,3}<<-?\s{0,2}['"]?(\w{1,20})['"]?[^]{0,400}?\n\s{0,4}(?:-e\s{0,2}0|-a\s{1,3}(?:never,task|task,never))\b)/i,
    why:
      "writes an audit rules file that switches auditing off (`-e 0`) or exempts every task (`-a never,task`): the next rules load stops the record",
  },
  {
    id: "linux.syslog_discard_all",
    kind: "defense_evasion",
    lit: "rsyslog",
    re:
      /\*\.\*\s{1,8}(?:~|stop\b)[^\n]{0,120}?(?:>>?|\btee\b)\s{0,3}(?:-a\s{1,3})?[^\s|;&]{0,40}\/etc\/rsyslog/i,
    why:
      "adds an rsyslog rule that discards every message (`*.* stop` / `*.* ~`): no log of what follows",
  },
  {
    id: "linux.firewall_off",
    kind: "defense_evasion",
    lit: ["ufw", "firewalld", "iptables", "nftables", "nft flush"],
    re:
      /\bufw\s{1,3}(?:--force\s{1,3})?disable\b|\b(?:systemctl|service)\s{1,3}(?:(?:stop|disable|mask)\s{1,3}(?:--now\s{1,3})?(?:firewalld|ufw|nftables|iptables)\b|(?:firewalld|ufw|iptables)\s{1,3}stop\b)|\biptables\s{1,3}-P\s{1,3}INPUT\s{1,3}ACCEPT\b[^\n]{0,200}\biptables\s{1,3}-F\b|\biptables\s{1,3}-F\b[^\n]{0,200}\biptables\s{1,3}-P\s{1,3}INPUT\s{1,3}ACCEPT\b|\bnft\s{1,3}flush\s{1,3}ruleset\b/i,
    why: "switches the host firewall off (every listening service reachable)",
  },
  {
    id: "linux.history_off",
    kind: "defense_evasion",
    lit: ["histfile", "histsize", "history"],
    re:
      /\bunset\s{1,3}HISTFILE\b|\bHISTFILE\s{0,2}=\s{0,2}["']?\/dev\/null\b|\bexport\s{1,3}HISTSIZE\s{0,2}=\s{0,2}0\b|\bset\s{1,3}\+o\s{1,3}history\b|\bln\s{1,3}-sf?\s{1,3}\/dev\/null\s{1,3}["']?[~\w.\/$-]{0,40}\.(?:bash|zsh|sh)_history\b|\bhistory\s{1,3}-c\b[^\n]{0,40}\bhistory\s{1,3}-w\b/i,
    why: "switches shell history off so later commands leave no trace",
  },
  {
    id: "linux.logs_wiped",
    kind: "defense_evasion",
    lit: ["journalctl", "journald", "/var/log/", "rsyslog", "syslog-ng"],
    re:
      /\bjournalctl\s{1,3}(?:--rotate\s{1,3})?(?:--vacuum-(?:time|size)\s{0,2}=?\s{0,2}(?:[0-9]{1,2}s|1[mhd]?|[0-9]{1,3}[kK]?)\b|--vacuum-files\s{0,2}=?\s{0,2}[01]\b)|\bStorage\s{0,2}=\s{0,2}none\b[^\n]{0,60}journald|journald[^\n]{0,60}\bStorage\s{0,2}=\s{0,2}none\b|\b(?:truncate\s{1,3}-s\s{0,2}0|shred\b[^\n]{0,20}|:\s{0,2}>|cat\s{1,3}\/dev\/null\s{0,2}>)\s{0,3}["']?\/var\/log\/(?:auth\.log|secure|wtmp|btmp|lastlog|syslog|messages|audit\/audit\.log)\b|\b(?:systemctl\s{1,3}(?:stop|disable|mask)\s{1,3}(?:--now\s{1,3})?|service\s{1,3})(?:rsyslog|syslog-ng|systemd-journald)\b(?!\s{1,3}(?:start|restart|status)\b)|\brm\s{1,3}-\w{0,4}r\w{0,4}\s{1,3}\/var\/log\/?(?:\*|\s|$)|\brm\s{1,3}-\w{0,4}f\w{0,4}\s{1,3}\/var\/log\/(?:auth|secure|audit|wtmp|btmp|lastlog)/i,
    why: "erases the system's login and audit logs",
  },
  {
    id: "linux.kernel_hardening_off",
    kind: "defense_evasion",
    lit: "kernel.",
    re:
      /\b(?:sysctl\s{1,3}(?:-w\s{1,3})?)?kernel\.(?:randomize_va_space\s{0,2}=\s{0,2}0|yama\.ptrace_scope\s{0,2}=\s{0,2}0|kptr_restrict\s{0,2}=\s{0,2}0|dmesg_restrict\s{0,2}=\s{0,2}0|unprivileged_bpf_disabled\s{0,2}=\s{0,2}0|kexec_load_disabled\s{0,2}=\s{0,2}0)\b|\bname\s{0,2}[:=]\s{0,2}["']?kernel\.(?:randomize_va_space|yama\.ptrace_scope|kptr_restrict|dmesg_restrict)["']?[\s\S]{0,60}?\bvalue\s{0,2}[:=]\s{0,2}["']?0\b/i,
    also: /\bsysctl\b|\/etc\/sysctl\.(?:conf|d)/i,
    why:
      "switches off a kernel hardening setting (address randomisation, ptrace scope, pointer hiding)",
  },
  {
    id: "linux.proc_sys_hardening_off",
    kind: "defense_evasion",
    lit: "/proc/sys/kernel/",
    re:
      /\becho\s{1,3}0\s{0,3}(?:\|\s{0,3}(?:sudo\s{1,3})?tee\s{1,3}|>\s{0,3})\/proc\/sys\/kernel\/(?:randomize_va_space|yama\/ptrace_scope|kptr_restrict|dmesg_restrict)\b/i,
    why: "switches off a kernel hardening setting at runtime",
  },
  {
    id: "linux.shadow_copied",
    kind: "credential_theft",
    lit: "shadow",
    re:
      /\bunshadow\s{1,3}\/etc\/passwd\s{1,3}\/etc\/shadow\b|\b(?:cp|cat|tar\s{1,3}-?c\w{0,4})\s{1,3}\/etc\/shadow\b[^\n|;]{0,80}(?:>\s{0,2}|\s)["']?\/(?:tmp|dev\/shm|var\/www|srv\/www|var\/tmp)\//i,
    why: "copies the password hashes out of /etc/shadow",
  },
  {
    id: "linux.package_signing_off",
    kind: "supply_chain",
    lit: ["gpgcheck", "trusted", "allowinsecure", "allowunauthenticated", "allow-unauthenticated"],
    re:
      /(?<!\bs\/\^?)\bgpgcheck\s{0,2}=\s{0,2}0\b|\[\s{0,2}(?:arch=\w{1,10}\s{1,3})?trusted\s{0,2}=\s{0,2}yes\s{0,2}\]|\bAcquire::AllowInsecureRepositories\s{1,3}"?(?:true|1)|\bAPT::Get::AllowUnauthenticated\s{1,3}"?(?:true|1)|\bapt(?:-get)?\s{1,3}install\b[^\n]{0,80}--allow-unauthenticated\b|\b(?:dnf|yum)\s{1,3}install\b[^\n]{0,80}--nogpgcheck\b/i,
    why: "installs or configures packages without signature checks",
  },
  {
    id: "linux.git_hooks_path_tmp",
    kind: "persistence",
    lit: "hookspath",
    re: /\bcore\.hooksPath\s{1,3}["']?\/(?:tmp|dev\/shm|var\/tmp)\//i,
    why: "points git hooks at a world-writable directory (anyone's code runs on every commit)",
  },
  {
    id: "linux.security_agent_stopped",
    kind: "defense_evasion",
    lit: ["systemctl", "service "],
    re:
      /\b(?:systemctl\s{1,3}(?:stop|disable|mask)\s{1,3}(?:--now\s{1,3})?|service\s{1,3})(?:falcon-sensor|sentinelone|sentinel-agent|wazuh-agent|ossec|osqueryd|auditbeat|elastic-agent|cbagentd|mdatp|cylancesvc|clamav-daemon|clamav-freshclam|fail2ban|crowdstrike|qualys-cloud-agent|aide|tripwire|sysmon|unattended-upgrades|apt-daily\.timer|dnf-automatic\.timer)\b(?!\s{1,3}(?:start|restart|status)\b)/i,
    not:
      /\bsystemctl\s{1,3}(?:start|restart|status|enable)\b[^\n]{0,60}\b(?:falcon|wazuh|osquery|mdatp|fail2ban)/i,
    why: "stops or disables an endpoint security or intrusion-detection agent",
  },
  {
    id: "linux.hosts_block_security",
    kind: "defense_evasion",
    lit: "hosts",
    re:
      /(?:127\.0\.0\.1|0\.0\.0\.0)\s[^\n#]{0,200}?(?:windowsupdate|update\.microsoft|wdcp\.microsoft|wdcpalt\.microsoft|smartscreen|crowdstrike|sentinelone|virustotal|malwarebytes|sophos|eset|kaspersky|symantec|mcafee|bitdefender|avast|trendmicro|cloudflare-dns|clamav)\.[\w.]{2,20}/i,
    also: /\/etc\/hosts\b|\\drivers\\etc\\hosts\b/i,
    why: "blocks security-update or antivirus servers through the hosts file",
  },
  {
    id: "linux.sudo_env_keep_preload",
    kind: "privilege_escalation",
    lit: "env_keep",
    re:
      /\bDefaults\s{1,4}env_keep\s{0,2}\+?=\s{0,2}["']?[^\n"']{0,80}\bLD_(?:PRELOAD|LIBRARY_PATH)\b/i,
    why: "keeps LD_PRELOAD through sudo (any sudo rule becomes root code execution)",
  },
  {
    id: "linux.ansible_protection_off",
    kind: "defense_evasion",
    lit: ["selinux", "ufw", "service:", "systemd:", "systemd_service:"],
    re:
      /\b(?:ansible\.posix\.)?selinux\s{0,2}:[\s\S]{0,160}?\bstate\s{0,2}[:=]\s{0,2}["']?(?:disabled|permissive)\b|\b(?:community\.general\.)?ufw\s{0,2}:[\s\S]{0,80}?\bstate\s{0,2}[:=]\s{0,2}["']?disabled\b|\b(?:ansible\.builtin\.)?(?:service|systemd|systemd_service)\s{0,2}:[\s\S]{0,60}?\bname\s{0,2}[:=]\s{0,2}["']?(?:auditd|apparmor|firewalld|ufw|falcon-sensor|wazuh-agent|osqueryd|fail2ban|mdatp|sentinelone|nftables)\b[\s\S]{0,160}?\b(?:state\s{0,2}[:=]\s{0,2}["']?stopped|enabled\s{0,2}[:=]\s{0,2}["']?(?:no|false))\b/i,
    why:
      "an automation task that switches SELinux, the firewall, auditd/AppArmor or a security agent off",
  },
  {
    id: "linux.service_account_privileged_group",
    kind: "privilege_escalation",
    lit: ["usermod", "gpasswd", "adduser"],
    re:
      /\b(?:usermod\s{1,3}(?:-[a-z]{0,3}G[a-z]{0,3}\s{1,3}|--append\s{1,3}--groups\s{1,3})[\w,-]{0,100}?\b(?:docker|sudo|wheel|root|lxd|disk|shadow|kvm)\b[\w,-]{0,60}\s{1,3}|gpasswd\s{1,3}-a\s{1,3}|adduser\s{1,3})(?:www-data|nobody|nginx|apache|httpd|guest|postgres|mysql|redis|daemon|tomcat|jenkins|nfsnobody)\b(?:\s{1,3}(?:docker|sudo|wheel|root|lxd|disk|shadow)\b)?/i,
    not:
      /\badduser\s{1,3}(?:www-data|nobody|nginx|apache|httpd|guest|postgres|mysql|redis|daemon|tomcat|jenkins)\s{0,3}$/im,
    why:
      "adds a service account (web server, database, nobody) to a root-equivalent group (docker, sudo, wheel, lxd, disk)",
  },
  {
    id: "linux.history_wiped",
    kind: "defense_evasion",
    lit: "_history",
    re:
      /\b(?:rm\s{1,3}(?:-\w{1,4}\s{1,3})?|shred\s{1,3}(?:-\w{1,4}\s{1,3})?|truncate\s{1,3}-s\s{0,2}0\s{1,3}|cat\s{1,3}\/dev\/null\s{0,2}>\s{0,2}|:\s{0,2}>\s{0,2})["']?[~\w.\/$-]{0,60}\.(?:bash|zsh|sh|python|mysql|psql|node_repl|lesshst)_history\b/i,
    why: "erases a shell or client history file",
  },
  {
    id: "linux.sensitive_acl",
    kind: "privilege_escalation",
    lit: "setfacl",
    re:
      /\bsetfacl\s[\w\s-]{0,16}?-m\s{1,3}["']?(?:u|g|o|other|user|group)?:[\w.-]{0,32}:[r-]?w[x-]?\S{0,20}\s{1,3}["']?(?:\/etc\/(?:shadow|passwd|sudoers|crontab)|\/var\/run\/docker\.sock|\/run\/docker\.sock)\b|\bsetfacl\s[\w\s-]{0,16}?-m\s{1,3}["']?(?:u|g|o|other|user|group)?:[\w.-]{0,32}:r\S{0,20}\s{1,3}["']?\/etc\/(?:shadow|gshadow)\b/i,
    why:
      "grants an extra account write access to account, sudo or Docker files (or read access to password hashes) through an ACL",
  },
];
