/**
 * Defense evasion and stealth on hosts (ATT&CK T1070.006 timestomping, T1564 hidden artifacts,
 * T1036 masquerading, T1562.001 AMSI/ETW patching, T1055 injection, T1027 packers), plus the
 * privilege-escalation helpers and enumeration scripts run for an attack (linpeas, PowerUp,
 * GTFOBins shell escapes). What the posture rules already cover (Defender, SIP, audit, logs) is
 * not repeated. Passing: `touch file` to update one's own file, `attrib -h`, `chflags nohidden`.
 */
import { r, type TradecraftRule } from "./_tradecraft_core.ts";

/** A system binary / library / boot path (what a timestomp disguises a planted file as). */
const SYS_PATH =
  r`(?:\/(?:usr\/)?(?:s?bin|lib(?:64|exec)?)\/|\/etc\/|\/boot\/|\/System\/|\/Library\/|[a-z]:\\windows\\|\\system32\\|\\syswow64\\)`;

export const EVASION_RULES: TradecraftRule[] = [
  {
    id: "evade.timestomp_unix",
    lit: ["touch -", "touch --"],
    re: new RegExp(
      r`\btouch\s{1,3}(?:-[acmh]{1,3}\s{1,3}){0,2}(?:-r\s{1,3}["']?${SYS_PATH}[^\s"']{1,80}["']?|--reference=["']?${SYS_PATH}[^\s"']{1,80}|-(?:d|t)\s{1,3}["']?(?:19\d\d|20[01]\d)[^\n;|&]{0,40}${SYS_PATH})`,
      "i",
    ),
    why: "backdates a file's timestamps to match a system binary (timestomping)",
  },
  {
    id: "evade.timestomp_windows",
    lit: ["lastwritetime", "creationtime", "lastaccesstime", "timestomp", "setfiletime"],
    re: new RegExp(
      r`(?:\(get-item(?:property)?\b[^\n)]{0,160}\)\.(?:lastwritetime|creationtime|lastaccesstime)(?:utc)?\s{0,2}=|set-itemproperty\b[^\n]{0,200}-name\s{1,3}["']?(?:lastwritetime|creationtime|lastaccesstime)\b)[^\n]{0,80}(?:19\d\d|20[01]\d|\(get-item\b[^\n]{0,120}${SYS_PATH})|\btimestomp(?:\.exe)?\s{1,3}\S{1,120}\s{1,3}-[zmac]\b|\[(?:system\.)?io\.file\]::set(?:lastwrite|creation)time\([^\n]{0,120}(?:19\d\d|20[01]\d|\[(?:system\.)?io\.file\]::get)`,
      "i",
    ),
    why: "sets a file's timestamps back to hide when it was planted (timestomping)",
  },
  {
    id: "evade.hide_file",
    lit: ["attrib", "chflags", "setfile"],
    re:
      /\battrib(?:\.exe)?\s{1,3}(?:[+][hsr]\s{1,3}){1,3}[+][hs]\b[^\n]{0,120}(?:\\users\\public|\\appdata|\\programdata|\\temp|\\windows|\\system32|\.(?:exe|dll|ps1|vbs|bat|lnk)\b)|\battrib(?:\.exe)?\s{1,3}\+s\s{1,3}\+h\b|\bchflags\s{1,3}(?:-R\s{1,3})?hidden\s{1,3}[^\n]{0,80}(?:launchagents|launchdaemons|library\/\.|\/\.|\/tmp|\/users\/shared|\.(?:app|sh|plist|dylib)\b)|\bsetfile\s{1,3}-a\s{1,3}V\b[^\n]{0,80}(?:\.(?:app|sh|dylib|plist)|\/\.|launch)/i,
    why: "marks a planted file hidden / system so listings skip it",
  },
  {
    id: "evade.hidden_dir_volatile",
    lit: ["/dev/shm/.", "/tmp/.", "/var/tmp/.", "/run/shm/."],
    re:
      /\b(?:mkdir|cp|mv|curl|wget|install|tar)\b[^\n;|&]{0,160}\/(?:dev\/shm|tmp|var\/tmp|run\/shm)\/\.(?![.\/\s]|x11-unix|ice-unix|font-unix|test-unix|xim-unix|s\.pgsql|com\.apple|git\b|cache\b|npm\b)[\w.-]{1,40}[^\n]{0,200}(?:chmod\s{1,3}(?:\+x|[0-7]?7[0-7][0-7])|&&\s{0,3}(?:\.\/|\/(?:dev\/shm|tmp|var\/tmp)\/\.)|nohup|setsid)/i,
    why: "stages and runs a program from a hidden dot-directory in a volatile temp folder",
  },
  {
    id: "evade.process_masquerade",
    lit: ["exec -a", "prctl", "argv[0]", "process_name"],
    re:
      /\bexec\s{1,3}-a\s{1,3}["']?(?:\/(?:usr\/)?s?bin\/)?(?:\[[\w\/:.-]{1,30}\]|(?:sshd|systemd|kworker|kthreadd|crond?|dbus-daemon|rsyslogd|\(sd-pam\)|ksoftirqd|migration|rcu_sched|watchdog|init|bash|svchost|lsass|explorer)[\w\/:.-]{0,30})["']?\s{1,3}\S/i,
    why:
      "starts a program under a fake process name (masquerading as a kernel thread or system daemon)",
  },
  {
    id: "evade.amsi_etw_patch",
    lit: [
      "amsiutils",
      "amsiinitfailed",
      "amsiscanbuffer",
      "amsicontext",
      "amsi.dll",
      "etweventwrite",
      "etwprovider",
      "psetwlogprovider",
      "m_enabled",
      "amsiopensession",
    ],
    re:
      /\bamsi(?:utils|initfailed|context|opensession)\b[^\n]{0,200}(?:setvalue|getfield|\$null|\$true|intptr|marshal)|\bamsiscanbuffer\b[^\n]{0,400}(?:virtualprotect|writeprocessmemory|marshal\]::copy|0xb8|0x57|0xc3)|\betweventwrite\b[^\n]{0,400}(?:virtualprotect|writeprocessmemory|marshal\]::copy|0xc3|0xc2)|\b(?:psetwlogprovider|etwprovider)\b[^\n]{0,200}(?:m_enabled|setvalue)|\bgetfield\(\s{0,2}["']m_enabled["'][^\n]{0,120}setvalue/i,
    why: "patches AMSI or ETW in memory so scripts and .NET run unscanned and unlogged",
  },
  {
    id: "evade.ps_downgrade_or_bypass_logging",
    lit: ["-version 2", "-v 2", "-version 2.0", "cachedgrouppolicysettings"],
    re:
      /\b(?:powershell|pwsh)(?:\.exe)?\s{1,3}-v(?:ersion)?\s{1,3}2(?:\.0)?\b[^\n]{0,200}(?:-(?:e|enc|c|command|nop|w)\b|iex|downloadstring|-file)|\bcachedgrouppolicysettings\b[^\n]{0,200}(?:scriptblocklogging|enablescriptblock)[^\n]{0,200}=\s{0,3}0/i,
    why:
      "downgrades PowerShell to 2.0 or blanks its cached logging policy to escape script-block logging and AMSI",
  },
  {
    id: "evade.injection_tools",
    lit: [
      "createremotethread",
      "writeprocessmemory",
      "ntqueueapcthread",
      "process hollow",
      "donut",
      "sgn ",
      "shikata",
      "msfvenom",
      "scarecrow",
      "freeze",
      "inceptor",
      "mavinject",
      "injectdll",
    ],
    re:
      /\bmsfvenom\b[^\n]{0,200}-p\s{1,3}\S{1,60}(?:reverse|bind|meterpreter|shell)\S{0,40}|\bdonut(?:\.exe)?\s{1,3}(?:-i\s{1,3})?\S{1,120}\.(?:exe|dll)\b[^\n]{0,120}-(?:o|f|a)\b|\bmavinject(?:\.exe)?\s{1,3}\d{1,6}\s{1,3}\/injectrunning\b|\b(?:scarecrow|inceptor)\b[^\n]{0,80}-(?:i|I|t)\s|\bshikata_ga_nai\b|\bopenprocess\b[^\n]{0,400}\bwriteprocessmemory\b[^\n]{0,400}\b(?:createremotethread|ntqueueapcthread|queueuserapc)\b/i,
    why:
      "builds or injects shellcode into another process (msfvenom payloads, donut, mavinject, CreateRemoteThread)",
  },
  {
    id: "evade.privesc_enum_scripts",
    lit: [
      "linpeas",
      "winpeas",
      "linenum",
      "les.sh",
      "linux-exploit-suggester",
      "powerup",
      "invoke-allchecks",
      "privesccheck",
      "pspy",
      "sharpup",
      "watson",
      "beroot",
      "lse.sh",
      "unix-privesc-check",
      "jaws-enum",
      "seatbelt",
    ],
    re:
      /\b(?:linpeas|winpeas(?:x64|x86|any)?|linenum|les|linux-exploit-suggester(?:-2)?|lse|unix-privesc-check|jaws-enum|beroot)(?:\.sh|\.exe|\.bat|\.ps1|\.py|\.pl)\b[^\n]{0,80}(?:$|\||>|\s-[a-z]|\s(?:standard|detailed|all)\b)|\b(?:invoke-allchecks|invoke-privesccheck|invoke-privesc)\b|\bpowerup\.ps1\b|\bsharpup(?:\.exe)?\s{1,3}(?:audit|all)\b|\bwatson\.exe\b|\bpspy(?:32|64)?s?\s{1,3}-[pfi]|\b(?:curl|wget|iwr)\b[^\n|]{0,200}(?:linpeas|winpeas|linenum|linux-exploit-suggester|powerup|pspy)[^\n]{0,60}(?:\|\s{0,3}(?:ba)?sh|\|\s{0,3}iex|-o\b)/im,
    why: "runs a privilege-escalation enumeration script (linPEAS/winPEAS, LinEnum, PowerUp, pspy)",
  },
  {
    id: "evade.gtfobins_shell_escape",
    lit: ["sudo "],
    re:
      /\bsudo\s{1,3}(?:-u\s{1,3}\S{1,20}\s{1,3})?(?:find\b[^\n]{0,80}-exec\s{1,3}\/bin\/(?:ba)?sh\b|vim?\s{1,3}-c\s{1,3}["']?:?!\/?(?:bin\/)?(?:ba)?sh|awk\s{1,3}["']BEGIN\s{0,2}\{\s{0,2}system\(["']\/bin\/(?:ba)?sh|(?:less|more|man)\b[^\n]{0,40}!\/?(?:bin\/)?(?:ba)?sh|tar\b[^\n]{0,80}--checkpoint-action=exec=\/?(?:bin\/)?(?:ba)?sh|zip\b[^\n]{0,80}-TT\s{1,3}["']?(?:ba)?sh|git\s{1,3}-p\s{1,3}help\b|(?:env|flock\s{1,3}-u\s{1,3}\/|ionice|taskset\s{1,3}1|nice|stdbuf\s{1,3}-i0|timeout\s{1,3}7d|xargs\s{1,3}-a\s{1,3}\/dev\/null|rlwrap|script\s{1,3}-q\s{1,3}\/dev\/null\s{1,3}-c)\s{1,3}\/bin\/(?:ba)?sh\b|nmap\s{1,3}--interactive|(?:python\d?(?:\.\d{1,2})?|perl|ruby|lua)\s{1,3}-[ce]\s{1,3}["'][^"'\n]{0,40}(?:pty\.spawn|os\.system|exec|os\.execute)\s{0,2}\(?\s{0,2}["']\/bin\/(?:ba)?sh|gdb\s{1,3}-nx\s{1,3}-ex\s{1,3}["']?!|docker\s{1,3}run\b[^\n]{0,80}-v\s{1,3}\/:\/\w{1,10}\b[^\n]{0,80}chroot\b)/i,
    why: "escapes to a root shell through a sudo-allowed program (GTFOBins sudo escape)",
  },
  {
    id: "evade.suid_shell_copy",
    lit: ["chmod", "cp /bin/", "install -m"],
    re:
      /\bcp\s{1,3}\/(?:usr\/)?bin\/(?:ba|da|z)?sh\s{1,3}\S{1,80}[^\n]{0,80}chmod\s{1,3}(?:[u+]{1,2}s|[46][0-7]{3})\b|\bchmod\s{1,3}(?:u\+s|\+s|[46]7[0-7]{2})\s{1,3}\/(?:usr\/)?bin\/(?:ba|da|z)?sh\b|\binstall\s{1,3}-m\s{0,2}[46]7[0-7]{2}\s{1,3}\/(?:usr\/)?bin\/(?:ba|da|z)?sh\b/i,
    why: "plants a set-uid copy of a shell (a root backdoor)",
  },
  {
    id: "evade.uac_bypass_autoelevate",
    lit: [
      "fodhelper",
      "computerdefaults",
      "eventvwr",
      "sdclt",
      "wsreset",
      "slui",
      "silentcleanup",
      "ms-settings\\shell",
      "mscfile\\shell",
    ],
    re:
      /\b(?:ms-settings|mscfile|exefile|folder|launcher\.systemsettings)\\shell\\open\\command\b[^\n]{0,300}(?:fodhelper|computerdefaults|eventvwr|sdclt|wsreset|slui|delegateexecute|cmd|powershell|\.exe)|\bschtasks\b[^\n]{0,80}\/run\b[^\n]{0,40}silentcleanup\b[^\n]{0,100}|\bwindir\b[^\n]{0,60}(?:cmd|powershell)[^\n]{0,60}silentcleanup/i,
    why:
      "hijacks an auto-elevating Windows program's handler to bypass UAC (fodhelper, eventvwr, sdclt)",
  },
  {
    id: "evade.token_impersonation_tools",
    lit: [
      "printspoofer",
      "godpotato",
      "juicypotato",
      "roguepotato",
      "sweetpotato",
      "efspotato",
      "badpotato",
      "incognito",
    ],
    re:
      /\b(?:printspoofer|godpotato|juicypotato(?:ng)?|roguepotato|sweetpotato|efspotato|badpotato|localpotato)(?:64)?(?:\.exe)?\s{1,3}-[a-z]|\bincognito(?:\.exe)?\s{1,3}(?:execute|add_user|list_tokens)\b/i,
    why:
      "escalates to SYSTEM through token impersonation (Potato exploits, PrintSpoofer, incognito)",
  },
];
