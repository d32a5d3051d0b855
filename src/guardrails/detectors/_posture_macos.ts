/**
 * Posture rules for macOS: launchd agents/daemons, login hooks and items, emond with a payload;
 * Gatekeeper, quarantine, SIP, TCC, the application firewall, XProtect and the logs switched off;
 * remote management for all users, authorization rights opened, keychains dumped.
 */
import { type PostureRule, U_PAYLOAD, writes } from "./_posture_core.ts";

const r = String.raw;

export const MACOS_RULES: PostureRule[] = [
  {
    id: "macos.launchd_payload",
    kind: "persistence",
    lit: "launch",
    re: /\bLibrary\/Launch(?:Agents|Daemons)\/[\w.-]{1,80}\.plist\b/i,
    also: new RegExp(
      r`(?:ProgramArguments|<key>Program<\/key>|RunAtLoad|KeepAlive|launchctl\s{1,3}(?:load|bootstrap))[\s\S]{0,600}${U_PAYLOAD}|${U_PAYLOAD}[\s\S]{0,600}(?:RunAtLoad|KeepAlive|launchctl\s{1,3}(?:load|bootstrap))`,
      "im",
    ),
    why:
      "installs a launch agent or daemon that runs a download, reverse shell or temporary-directory program at every login",
  },
  {
    id: "macos.launchctl_tmp",
    kind: "persistence",
    lit: "launchctl",
    re:
      /\blaunchctl\s{1,3}(?:load\s{1,3}(?:-w\s{1,3})?|bootstrap\s{1,3}\S{1,30}\s{1,3})["']?\/(?:tmp|private\/tmp|users\/shared|var\/tmp)\/[\w.\/-]{1,80}\.plist\b/i,
    why: "loads a launchd job from a temporary or shared directory",
  },
  {
    id: "macos.login_hook",
    kind: "persistence",
    lit: "loginwindow",
    re:
      /\bdefaults\s{1,3}write\s{1,3}\S{0,60}com\.apple\.loginwindow\s{1,3}(?:LoginHook|LogoutHook)\s{1,3}\S/i,
    why: "sets a login/logout hook that runs a script as root at every login",
  },
  {
    id: "macos.login_item_hidden",
    kind: "persistence",
    lit: "login item",
    re:
      /\bmake\s{1,3}(?:new\s{1,3})?login\s{1,3}item\b[^\n]{0,200}(?:hidden\s{0,2}:\s{0,2}true|\/(?:tmp|private\/tmp|users\/shared)\/)/i,
    why: "adds a hidden or temporary-directory login item that starts at every login",
  },
  {
    id: "macos.emond_rule",
    kind: "persistence",
    lit: "emond",
    re: writes(r`\/(?:private\/)?etc\/emond\.d\/rules\/|\/(?:private\/)?var\/db\/emondClients\b`),
    why: "adds an emond rule (runs commands as root on system events)",
  },
  {
    id: "macos.gatekeeper_off",
    kind: "defense_evasion",
    lit: ["spctl", "lsquarantine", "gkautorearm", "com.apple.quarantine"],
    re:
      /\bspctl\s{1,3}--(?:master|global)-disable\b|\bcom\.apple\.LaunchServices\s{1,3}LSQuarantine\s{1,3}-bool\s{1,3}(?:false|no)\b|\bGKAutoRearm\s{1,3}-bool\s{1,3}(?:false|no)\b|\bxattr\s{1,3}-[a-z]{0,3}d[a-z]{0,3}\s{1,3}com\.apple\.quarantine\s{1,3}["']?(?:\/|~\/?|\$HOME\/?|~\/Downloads\/?)["']?\s{0,3}(?:$|[;&|])/im,
    why: "switches Gatekeeper or download quarantine off (unsigned downloads run unchecked)",
  },
  {
    id: "macos.sip_off",
    kind: "defense_evasion",
    lit: "csrutil",
    re:
      /\bcsrutil\s{1,3}(?:disable|authenticated-root\s{1,3}disable|enable\s{1,3}--without\s{1,3}\w{1,10})\b/i,
    why: "switches System Integrity Protection off",
  },
  {
    id: "macos.tcc_write",
    kind: "privilege_escalation",
    lit: "tcc.db",
    re: /\bTCC\.db\b[^\n]{0,200}\b(?:insert|replace|update)\b[^\n]{0,200}\bkTCCService\w{1,40}/i,
    why:
      "grants privacy permissions (full disk, screen, camera) by writing the TCC database directly",
  },
  {
    id: "macos.firewall_off",
    kind: "defense_evasion",
    lit: ["socketfilterfw", "com.apple.alf"],
    re:
      /\bsocketfilterfw\s{1,3}--setglobalstate\s{1,3}off\b|\bcom\.apple\.alf\s{1,3}globalstate\s{1,3}-int\s{1,3}0\b/i,
    why: "switches the macOS application firewall off",
  },
  {
    id: "macos.remote_access_all",
    kind: "privilege_escalation",
    lit: ["kickstart", "setremotelogin"],
    re:
      /\bkickstart\b[^\n]{0,200}-allowAccessFor\s{1,3}-allUsers\b[^\n]{0,120}-privs\s{1,3}-all\b|\bsystemsetup\s{1,3}-setremotelogin\s{1,3}on\b[^\n]{0,200}\bdseditgroup\b[^\n]{0,80}com\.apple\.access_ssh/i,
    why: "opens remote management with full control for every user account",
  },
  {
    id: "macos.auth_db_allow",
    kind: "privilege_escalation",
    lit: "authorizationdb",
    re:
      /\bsecurity\s{1,3}authorizationdb\s{1,3}write\s{1,3}[\w.-]{1,80}\s{1,3}(?:allow|authenticate-session-owner)\b/i,
    why:
      "makes an administrator right available without authentication (authorization database set to allow)",
  },
  {
    id: "macos.dyld_insert",
    kind: "persistence",
    lit: "dyld_insert_libraries",
    re: /\blaunchctl\s{1,3}setenv\s{1,3}DYLD_INSERT_LIBRARIES\b|<key>DYLD_INSERT_LIBRARIES<\/key>/i,
    why: "injects a library into every program launchd starts (DYLD_INSERT_LIBRARIES)",
  },
  {
    id: "macos.logs_erased",
    kind: "defense_evasion",
    lit: ["log erase", "com.apple.auditd", "log config"],
    re:
      /\blog\s{1,3}erase\s{1,3}--all\b|\blaunchctl\s{1,3}(?:unload|bootout|disable)\s{1,3}[^\n]{0,60}com\.apple\.auditd\b|\blog\s{1,3}config\s{1,3}--mode\s{1,3}["']?level:off/i,
    why: "erases the unified log or stops the macOS audit daemon",
  },
  {
    id: "macos.keychain_dump",
    kind: "credential_theft",
    lit: "keychain",
    re: /\bsecurity\s{1,3}dump-keychain\b[^\n]{0,40}\s-d\b/i,
    why: "dumps every keychain secret in clear text",
  },
  {
    id: "macos.autologin",
    kind: "defense_evasion",
    lit: "autologinuser",
    re:
      /\bdefaults\s{1,3}write\s{1,3}\S{0,60}com\.apple\.loginwindow\s{1,3}autoLoginUser\s{1,3}\S/i,
    why: "turns on automatic login (the Mac opens without a password)",
  },
  {
    id: "macos.xprotect_removed",
    kind: "defense_evasion",
    lit: "xprotect",
    re:
      /\b(?:rm\s{1,3}-\w{0,4}r\w{0,4}|launchctl\s{1,3}(?:unload|bootout|disable))\s{1,3}[^\n]{0,80}XProtect/i,
    why: "removes or stops XProtect, the built-in malware scanner",
  },
  {
    id: "macos.filevault_off",
    kind: "defense_evasion",
    lit: ["fdesetup", "askforpassword", "tmutil"],
    re:
      /\bfdesetup\s{1,3}disable\b|\bcom\.apple\.screensaver\s{1,3}askForPassword\s{1,3}-int\s{1,3}0\b|\btmutil\s{1,3}(?:disable|deletelocalsnapshots\s{1,3}\/)\b/i,
    why: "turns FileVault, the screen-lock password or Time Machine off",
  },
  {
    id: "macos.hidden_or_root_user",
    kind: "persistence",
    lit: "dscl",
    re:
      /\bdscl\s{1,3}\.\s{1,3}-(?:create|append)\s{1,3}\/Users\/[\w.-]{1,40}\s{1,3}(?:UniqueID\s{1,3}0\b|IsHidden\s{1,3}(?:1|yes|true)\b)|\bdscl\s{1,3}\.\s{1,3}-(?:create|append)\s{1,3}\/Users\/[\w.-]{1,40}\s{1,3}PrimaryGroupID\s{1,3}0\b[^\n]{0,200}UniqueID\s{1,3}0\b/i,
    why: "creates a hidden local account or a second account with user id 0",
  },
  {
    id: "macos.amfi_off",
    kind: "defense_evasion",
    lit: "boot-args",
    re:
      /\bnvram\s{1,3}boot-args\s{0,2}=\s{0,2}["']?[^\n"']{0,80}\b(?:amfi_get_out_of_my_way=(?:1|0x1)|cs_enforcement_disable=1)\b/i,
    why: "switches code-signing enforcement off at boot",
  },
  {
    id: "macos.profiles_removed",
    kind: "defense_evasion",
    lit: "profiles",
    re:
      /\bprofiles\s{1,3}(?:remove\s{1,3}-all\b|-D\b[^\n]{0,40}-f\b|remove\b[^\n]{0,120}-identifier\s{1,3}\S{0,80}(?:mdm|jamf|intune|kandji|mosyle|security)\S{0,40})/i,
    why: "removes the device-management (MDM) or security configuration profiles",
  },
  {
    id: "macos.protections_off_misc",
    kind: "defense_evasion",
    lit: [
      "disablelibraryvalidation",
      "softwareupdate",
      "kextload",
      "guestenabled",
      "guestaccount",
      "dseditgroup",
    ],
    re:
      /\bDisableLibraryValidation\s{1,3}-bool\s{1,3}(?:true|yes)\b|\bcom\.apple\.SoftwareUpdate\s{1,3}(?:AutomaticCheckEnabled|CriticalUpdateInstall|ConfigDataInstall|AutomaticDownload)\s{1,3}-bool\s{1,3}(?:false|no)\b|\bkextload\s{1,3}["']?\/(?:tmp|private\/tmp|Users\/Shared)\/|\bGuestEnabled\s{1,3}-bool\s{1,3}(?:true|yes)\b|\bsysadminctl\s{1,3}-guestAccount\s{1,3}on\b|\bdseditgroup\s{1,3}-o\s{1,3}edit\s{1,3}-a\s{1,3}(?:guest|everyone|nobody)\s{1,3}-t\s{1,3}\w{1,10}\s{1,3}admin\b/i,
    why:
      "switches a macOS protection off (library validation, security updates, guest access) or loads a kernel extension from a temporary directory",
  },
];
