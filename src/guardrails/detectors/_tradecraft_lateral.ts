/**
 * Lateral movement with built-in tools (ATT&CK T1021 remote services, T1569.002 service
 * execution, T1053.005 remote scheduled tasks, T1570 lateral tool transfer, T1563.002 RDP
 * hijacking, T1021.003 DCOM): a payload staged on another host's admin share and started there,
 * remote services and tasks pointing at dropped programs, DCOM objects driven remotely, SSH
 * worms over known_hosts. Passing: `sc \\host query`, `schtasks /query /s host`, `ssh host uptime`.
 */
import { r, type TradecraftRule } from "./_tradecraft_core.ts";

/** A dropped program: in a user-writable folder or an admin share, or a script host payload. */
const DROPPED =
  r`(?:\\users\\public\\|\\windows\\temp\\|\\programdata\\|\\appdata\\|%temp%|%appdata%|%programdata%|\\\\[\w.-]{1,60}\\(?:admin|c|ipc)\$|powershell(?:\.exe)?\s{1,3}-(?:e|enc|w|nop)|cmd(?:\.exe)?\s{1,3}\/c\s{1,3}(?:powershell|certutil|bitsadmin|mshta|rundll32))`;

export const LATERAL_RULES: TradecraftRule[] = [
  {
    id: "lat.remote_service_create",
    lit: ["sc \\\\", "sc.exe \\\\", "new-service"],
    re: new RegExp(
      r`\bsc(?:\.exe)?\s{1,3}\\\\[\w.-]{1,60}\s{1,3}(?:create|config)\s{1,3}\S{1,60}\s{1,3}binpath=\s{0,2}["']?[^\n]{0,40}${DROPPED}|\bnew-service\b[^\n]{0,160}-computername\b[^\n]{0,200}-binarypathname\s{1,3}["']?[^\n]{0,40}${DROPPED}`,
      "i",
    ),
    why: "creates a service on another host that runs a dropped program (remote service execution)",
  },
  {
    id: "lat.remote_schtask",
    lit: ["schtasks", "at \\\\"],
    re: new RegExp(
      r`\bschtasks(?:\.exe)?\s{1,3}\/create\b[^\n]{0,120}\/s\s{1,3}[\w.-]{1,60}\b[^\n]{0,200}\/tr\s{1,3}["']?[^\n]{0,40}${DROPPED}|\bat(?:\.exe)?\s{1,3}\\\\[\w.-]{1,60}\s{1,3}\d{1,2}:\d{2}\b`,
      "i",
    ),
    why: "schedules a dropped program on another host (remote scheduled task)",
  },
  {
    id: "lat.admin_share_stage",
    lit: ["admin$", "c$"],
    re:
      /\b(?:copy|xcopy|robocopy|copy-item|cp|smbclient)\b[^\n]{0,160}\\\\[\w.-]{1,60}\\(?:admin\$|c\$\\(?:windows\\temp|users\\public|programdata))[^\n]{0,120}\.(?:exe|dll|bat|ps1|vbs|hta|scr)\b[^\n]{0,300}(?:\bsc(?:\.exe)?\s{1,3}\\\\|\bschtasks\b[^\n]{0,40}\/s\b|\bwmic\b[^\n]{0,40}\/node|\bpsexec|\binvoke-(?:command|wmimethod|cimmethod)\b|\bwinrs\b)/i,
    why:
      "copies a program to another host's admin share and starts it there (lateral tool transfer)",
  },
  {
    id: "lat.mass_remote_exec",
    lit: ["invoke-command", "psexec", "winrs", "sshpass", "known_hosts", ".bash_history"],
    re:
      /\binvoke-command\b[^\n]{0,60}-computername\s{1,3}\(\s{0,2}get-adcomputer\s{1,3}-filter\s{1,3}\*[^\n]{0,200}-scriptblock\b|\binvoke-command\b[^\n]{0,200}-scriptblock\s{1,3}\{[^\n}]{0,200}(?:iex|invoke-expression|downloadstring|-enc\b|frombase64string)|\bpsexec(?:64)?(?:\.exe)?\s{1,3}(?:\\\\\*|@\S{1,80}\.txt)\b[^\n]{0,200}(?:-c\b|-s\b|-d\b)|\bwinrs(?:\.exe)?\s{1,3}-r:\s{0,2}\S{1,80}[^\n]{0,120}(?:powershell\s{1,3}-(?:e|enc|w|nop)|certutil|bitsadmin|mshta|\\users\\public)|\b(?:for|while)\b[^\n]{0,160}\bsshpass\s{1,3}-p\s{1,3}\S{1,60}\s{1,3}ssh\b[^\n]{0,200}(?:curl|wget|bash\s{1,3}-i|\/dev\/tcp|nc\s)|\b(?:known_hosts|\.bash_history)\b[^\n]{0,300}\bssh\b[^\n]{0,80}StrictHostKeyChecking=no\b[^\n]{0,200}(?:curl|wget)\b[^\n]{0,120}\|\s{0,3}(?:ba)?sh\b/i,
    why:
      "runs a payload on many hosts at once (remote execution across the domain or an SSH worm over known_hosts)",
  },
  {
    id: "lat.dcom_exec",
    lit: [
      "gettypefromprogid",
      "gettypefromclsid",
      "mmc20.application",
      "shellwindows",
      "shellbrowserwindow",
    ],
    re:
      /\b(?:gettypefromprogid|gettypefromclsid)\(\s{0,2}["'](?:mmc20\.application|shell\.application|excel\.application|outlook\.application|9ba05972-f6a8-11cf-a442-00a0c90a8f39|c08afd90-f2a1-11d1-8455-00a0c91f3880)["']\s{0,2},\s{0,2}["']?[\w.$-]{1,80}["']?\s{0,2}\)[^\n]{0,300}(?:executeshellcommand|shellexecute|ddeinitiate|registerxll|createobject)/i,
    why:
      "starts a program on another host through a DCOM object (MMC20 / ShellWindows / Excel lateral movement)",
  },
  {
    id: "lat.rdp_hijack",
    lit: ["tscon", "sharprdp", "mstsc /shadow"],
    re:
      /\btscon(?:\.exe)?\s{1,3}\d{1,4}\s{1,3}\/dest:\s{0,2}(?:rdp-tcp#\d{1,4}|console)\b|\bsc(?:\.exe)?\s{1,3}create\s{1,3}\S{1,40}\s{1,3}binpath=\s{0,2}["']?cmd(?:\.exe)?\s{1,3}\/[ck]\s{1,3}tscon\b|\bsharprdp(?:\.exe)?\s{1,3}computername=|\bmstsc(?:\.exe)?\s{1,3}\/shadow:\d{1,4}\b[^\n]{0,60}\/noconsentprompt\b/i,
    why: "takes over another user's RDP session (tscon hijack, shadowing without consent)",
  },
];
