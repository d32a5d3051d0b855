/**
 * More tradecraft seen in DFIR reports (ATT&CK T1068 / LOLDrivers bring-your-own-vulnerable-driver,
 * T1562.001 EDR killers, T1219 remote-access software, T1564 hidden processes, T1611 container
 * escape through an exposed Docker API, T1040 sniffing, T1558.005 Kerberos ccache theft, T1176
 * browser extensions, T1529 forced crash): each with the argument that makes it an attack.
 * Passing: a signed vendor driver installed from Program Files, AnyDesk started normally,
 * `docker -H unix:///var/run/docker.sock ps`, `tcpdump -i eth0 port 53`, `klist`.
 */
import { r, type TradecraftRule } from "./_tradecraft_core.ts";

/** Kernel drivers known to be abused to kill security tools (LOLDrivers list, DFIR reports). */
const BAD_DRIVER =
  r`(?:rtcore64|gdrv|dbutil_2_3|procexp1[0-9]{2}|aswarpot|mhyprot2|zam64|zamguard64|iqvw64e|capcom|truesight|kprocesshacker|wnbios|ene|asio64|atillk64|winring0x64|mimidrv|rentdrv2|tfsysmon|viragt64|sysdrv3s|hw64|speedfan|asrdrv10[0-9]?|nvoclock|gmer64|pchunter64)\.sys`;

export const MISC_RULES: TradecraftRule[] = [
  {
    id: "byovd.driver_service",
    lit: ["type= kernel", "type=kernel", "new-service", ".sys", "kdu.exe", "kdu -"],
    re: new RegExp(
      r`\bsc(?:\.exe)?\s{1,3}create\s{1,3}\S{1,60}\s{1,3}(?:[^\n]{0,120}\s)?type=\s{0,2}kernel\b[^\n]{0,160}binpath=\s{0,2}["']?(?:[^\n"]{0,120}(?:\\users\\|\\temp\\|\\appdata|\\programdata|%temp%|%appdata%|\\windows\\temp)|[^\n"]{0,120}${BAD_DRIVER})|\bsc(?:\.exe)?\s{1,3}create\s{1,3}\S{1,60}\s{1,3}binpath=\s{0,2}["']?[^\n"]{0,120}${BAD_DRIVER}|\bnew-service\b[^\n]{0,160}-binarypathname\s{1,3}["']?[^\n"]{0,120}${BAD_DRIVER}|\bkdu(?:\.exe)?\s{1,3}-(?:map|dse|prv)\b`,
      "i",
    ),
    why:
      "loads a kernel driver from a user-writable folder or a known vulnerable driver (bring your own vulnerable driver)",
  },
  {
    id: "byovd.edr_killer",
    lit: [
      "edrsandblast",
      "backstab",
      "terminator",
      "aukill",
      "edrsilencer",
      "spyboy",
      "killav",
      "blackout",
      "edrkillshifter",
      "realblindingedr",
    ],
    re:
      /\b(?:edrsandblast|aukill|edrsilencer|edrkillshifter|realblindingedr|spyboy)(?:_cli)?(?:\.exe)?\b[^\n]{0,40}(?:\s-|\s\/|--|$)|\bbackstab(?:64)?(?:\.exe)?\s{1,3}-[nki]\b|\bterminator(?:\.exe)?\s{1,3}(?:-|\/)(?:kill|p)\b|\bblackout(?:\.exe)?\s{1,3}-p\s{1,3}\d{1,6}\b|\bkillav\b/im,
    why: "runs a tool that kills or blinds endpoint security through a driver (EDR killer)",
  },
  {
    id: "rat.remote_access_silent",
    lit: [
      "anydesk",
      "teamviewer",
      "screenconnect",
      "connectwise",
      "atera",
      "splashtop",
      "rustdesk",
      "meshagent",
      "netsupport",
      "code tunnel",
      "code-tunnel",
      "tacticalrmm",
    ],
    re:
      /\banydesk(?:\.exe)?\b[^\n]{0,120}--set-password\b|\banydesk(?:\.exe)?\b[^\n]{0,80}--install\b[^\n]{0,160}--silent\b[^\n]{0,200}--set-password\b|\brustdesk(?:\.exe)?\b[^\n]{0,80}--password\s{1,3}\S{1,60}|\bteamviewer(?:\.exe)?\b[^\n]{0,120}(?:assign\s{1,3}--api-token|--passwd\b|setup\s{1,3}--grant-easy-access)|\bscreenconnect\.clientsetup\.(?:exe|msi)\b[^\n]{0,200}(?:\/qn|\/quiet|\?e=access)|\bmeshagent(?:\.exe|64)?\b[^\n]{0,80}-(?:fullinstall|install)\b|\bcode(?:-tunnel)?(?:\.exe)?\s{1,3}tunnel\b[^\n]{0,120}--accept-server-license-terms\b[^\n]{0,120}(?:--name|--random-name|&|nohup|;)|\bnohup\s{1,3}code\s{1,3}tunnel\b/i,
    why:
      "installs or arms remote-access software silently with a preset password or account (RMM backdoor)",
  },
  {
    id: "evade.hide_process_mount",
    lit: ["/proc/"],
    re:
      /\bmount\s{1,3}(?:-o\s{1,3}bind|--bind)\s{1,3}\S{1,80}\s{1,3}\/proc\/(?:\d{1,7}|\$\w{1,12}|\$\$|\$!|\$\(\s{0,2}(?:pgrep|pidof)\b[^)\n]{0,40}\))(?:\/|\s|$)/,
    why: "hides a process by bind-mounting over its /proc entry",
  },
  {
    id: "impact.force_crash",
    lit: ["sysrq-trigger", "kill -9 -1", "kill -kill -1", "notmyfault", "wininit"],
    re:
      /\becho\s{1,3}["']?[cbo]["']?\s{0,3}>\s{0,3}\/proc\/sysrq-trigger\b|\bkill\s{1,3}-(?:9|kill|SIGKILL)\s{1,3}-1\b|\bnotmyfault(?:64)?(?:\.exe)?\s{1,3}\/crash\b|\btaskkill(?:\.exe)?\s{1,3}\/f\s{1,3}\/im\s{1,3}(?:wininit|csrss|svchost)\.exe\b/i,
    why: "crashes or halts the whole system at once (forced kernel crash, every process killed)",
  },
  {
    id: "container.docker_api_abuse",
    lit: ["docker -h", "docker --host", "docker_host=", "docker.sock", ":2375", ":2376"],
    re:
      /\bdocker\s{1,3}(?:-H|--host)[= ]\s{0,2}["']?tcp:\/\/[\w.-]{1,80}:237[56]\b[^\n]{0,200}\brun\b[^\n]{0,200}(?:-v\s{1,3}["']?\/:\/|--privileged\b|--pid[= ]host\b)|\bDOCKER_HOST=["']?tcp:\/\/[\w.-]{1,80}:237[56]\b[^\n]{0,200}\brun\b[^\n]{0,200}(?:-v\s{1,3}["']?\/:\/|--privileged\b)|\bcurl\b[^\n]{0,80}(?:--unix-socket\s{1,3}\/(?:var\/)?run\/docker\.sock|https?:\/\/[\w.-]{1,80}:237[56])[^\n]{0,300}\/containers\/create\b[^\n]{0,400}(?:["']Binds["']\s{0,2}:\s{0,2}\[\s{0,2}["']\/:|["']Privileged["']\s{0,2}:\s{0,2}true)/i,
    why:
      "starts a host-root or privileged container through an exposed Docker API (container escape)",
  },
  {
    id: "cred.cleartext_sniff",
    lit: ["tcpdump", "tshark", "dsniff", "net-creds", "pcredz", "ngrep"],
    re:
      /\b(?:tcpdump|tshark|ngrep)\b[^\n|]{0,160}(?:port\s{1,3}(?:21|23|110|143|389|1433|3306|5432)\b|\b(?:ftp|telnet|pop|imap|ldap)\b)[^\n]{0,160}\|\s{0,3}(?:e?grep|findstr)\s{1,3}(?:-[a-z]{1,4}\s{1,3})*["']?[^"'\n]{0,20}(?:pass|user|login|auth)|\b(?:dsniff|net-creds(?:\.py)?|pcredz|pcredz\.py)\s{1,3}-[if]\s/i,
    why: "sniffs clear-text logins off the network (tcpdump | grep pass, dsniff, PCredz)",
  },
  {
    id: "cred.kerberos_ccache_theft",
    lit: ["krb5cc_", "krb5.keytab", ".kirbi", "klist.exe", "tickets"],
    re:
      /\b(?:cp|cat|scp|tar|base64|curl)\b[^\n;|&]{0,80}\/tmp\/krb5cc_(?:\*|\d{1,10})\b[^\n]{0,120}(?:\/tmp\/\.|\/dev\/shm|curl|scp|nc\b|base64)|\bKRB5CCNAME=["']?\/tmp\/krb5cc_\d{1,10}\b[^\n]{0,200}\b(?:psexec|wmiexec|smbexec|secretsdump|getst|smbclient\.py|nxc|crackmapexec)\b|\b(?:cp|cat|scp|base64)\b[^\n;|&]{0,40}\/etc\/krb5\.keytab\b[^\n]{0,120}(?:\/tmp|curl|scp|nc\b|base64)/i,
    why:
      "steals Kerberos ticket caches or the host keytab to reuse them elsewhere (pass-the-ticket)",
  },
  {
    id: "persist.browser_extension_sideload",
    lit: ["--load-extension", "extensioninstallforcelist", "externalextensions"],
    re:
      /--load-extension=["']?(?:\/tmp|\/var\/tmp|\/dev\/shm|\/users\/shared|~\/\.|\/private\/tmp|c:\\users\\public|%temp%|%appdata%|%localappdata%|[a-z]:\\programdata)[^\s"']{0,120}|\bextensioninstallforcelist\b[^\n]{0,200}(?:;|\|)\s{0,3}https?:\/\/(?!clients2\.google\.com\/service\/update2\/crx)[\w.-]{1,80}/i,
    why:
      "force-loads a browser extension from a dropped folder or an outside update URL (browser-extension persistence)",
  },
];
