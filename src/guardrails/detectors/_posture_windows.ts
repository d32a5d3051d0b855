/**
 * Posture rules for Windows footholds and detection: autostart entries with a payload (Run keys,
 * services, scheduled tasks, WMI subscriptions, IFEO, Winlogon, AppInit, COM hijack, Startup
 * folder, LSA packages, hidden or everyone-admin accounts) and Defender, SmartScreen, AMSI, the
 * firewall, audit policy, event logs, PowerShell logging, ETW and Sysmon switched off.
 */
import { type PostureRule, REG_WRITE, regSet, W_PAYLOAD } from "./_posture_core.ts";

const r = String.raw;
/** A group that means every user of the machine or domain. */
/** Windows' own LSA packages (the defaults of Security / Authentication / Notification Packages). */
const LSA_BUILTIN =
  r`(?:kerberos|msv1_0|schannel|wdigest|tspkg|pku2u|negoexts|negotiate|cloudap|livessp|scecli|rassfm)`;
/**
 * Not a value made only of Windows' own packages (or empty): writing the default list back, as
 * incident response does after removing a rogue package, adds nothing to lsass.
 */
const LSA_BUILTIN_ONLY =
  r`(?!\s{0,3}(?:@\(\s{0,3})?(?:""|''|["']?${LSA_BUILTIN}(?:(?:\\{1,2}0|["']\s{0,3},\s{0,3}["']|\s{0,3},\s{0,3}|\s{1,3})${LSA_BUILTIN}){0,11}["']?)\s{0,3}(?:\)|\/f\b|$|&|;|\|))`;

export const EVERYONE =
  r`(?:everyone|\*S-1-1-0|users|builtin\\users|\*S-1-5-32-545|authenticated\s{1,2}users|\*S-1-5-11|domain\s{1,2}users|anonymous\s{1,2}logon|\*S-1-5-7|guests?)`;

export const WINDOWS_RULES: PostureRule[] = [
  // --- Footholds ----------------------------------------------------------------------------------
  {
    id: "win.run_key_payload",
    kind: "persistence",
    lit: "currentversion\\run",
    re: new RegExp(
      r`${REG_WRITE}[^\n]{0,200}?\\CurrentVersion\\(?:Policies\\Explorer\\)?Run(?:Once(?:Ex)?|Services(?:Once)?)?\b[^\n]{0,400}?${W_PAYLOAD}`,
      "im",
    ),
    why:
      "adds a Run key entry that starts a hidden script, a proxy-execution binary or a user-writable program at every logon",
  },
  {
    id: "win.service_payload",
    kind: "persistence",
    lit: ["binpath", "new-service", "binarypathname"],
    re: new RegExp(
      r`(?:\bsc(?:\.exe)?\s{1,3}(?:\\\\[\w.-]{1,60}\s{1,3})?(?:create|config)\b[^\n]{0,200}?\bbinpath\s{0,2}=|\bnew-service\b[^\n]{0,200}?-binarypathname\b)[^\n]{0,300}?${W_PAYLOAD}`,
      "i",
    ),
    why:
      "installs or repoints a service to a hidden script, proxy-execution binary or user-writable program (runs as SYSTEM at boot)",
  },
  {
    // Round 44: a service's binary path (or a SYSTEM scheduled task's action) that is an account
    // command — `cmd /c net localgroup Administrators X /add`, `net user X P /add`,
    // `Add-LocalGroupMember`: starting the service runs it as LocalSystem, the classic way to make
    // an account an administrator through a service one may configure. A service program passes.
    id: "win.service_account_command",
    kind: "privilege_escalation",
    lit: ["binpath", "binarypathname", "schtasks", "scheduledtask"],
    re: new RegExp(
      r`(?:\bsc(?:\.exe)?\s{1,3}(?:\\\\[\w.-]{1,60}\s{1,3})?(?:create|config)\b[^\n]{0,200}?\bbinpath\s{0,2}=|\bnew-service\b[^\n]{0,200}?-binarypathname\b|\bset-service\b[^\n]{0,200}?-binarypathname\b|\bschtasks(?:\.exe)?\s{1,3}\/create\b[^\n]{0,300}?\/tr\b|\bnew-scheduledtaskaction\b)[^\n]{0,300}?(?:\bnet1?(?:\.exe)?\s{1,3}(?:localgroup|group)\s{1,3}[^\n]{1,160}?\/add\b|\bnet1?(?:\.exe)?\s{1,3}user\s{1,3}[^\n]{1,160}?\/(?:add|active:yes)\b|\badd-localgroupmember\b|\bnew-localuser\b)`,
      "i",
    ),
    why:
      "points a service (or a scheduled task) at an account command, so starting it adds a user or an administrator as SYSTEM",
  },
  {
    id: "win.schtask_payload",
    kind: "persistence",
    lit: ["schtasks", "scheduledtask"],
    re: new RegExp(
      r`\bschtasks(?:\.exe)?\s{1,3}\/create\b[^\n]{0,300}?\/tr\s{1,3}[^\n]{0,300}?${W_PAYLOAD}|\bnew-scheduledtaskaction\b[^\n]{0,300}?${W_PAYLOAD}[\s\S]{0,600}?\bregister-scheduledtask\b`,
      "i",
    ),
    why:
      "registers a scheduled task that runs a hidden script, proxy-execution binary or user-writable program",
  },
  {
    id: "win.wmi_subscription",
    kind: "persistence",
    lit: ["eventconsumer", "filtertoconsumerbinding"],
    re: /\b(?:CommandLineEventConsumer|ActiveScriptEventConsumer|__FilterToConsumerBinding)\b/i,
    also:
      /\b(?:set-wmiinstance|new-ciminstance|spawninstance_?|\.put\s{0,2}\(|wmic\b[^\n]{0,80}\bcreate\b|mofcomp)\b/i,
    why:
      "creates a permanent WMI event subscription that runs a command (survives reboots, hard to see)",
  },
  {
    id: "win.ifeo_debugger",
    kind: "persistence",
    lit: "image file execution options",
    re: new RegExp(
      r`${REG_WRITE}[^\n]{0,200}?Image\s{1,2}File\s{1,2}Execution\s{1,2}Options\\[\w.-]{1,60}\.exe[^\n]{0,120}?\b(?:Debugger|GlobalFlag)\b`,
      "im",
    ),
    why:
      "sets an Image File Execution Options debugger, so another program runs whenever that program starts (sticky-keys style backdoor)",
  },
  {
    id: "win.silent_process_exit",
    kind: "persistence",
    lit: "silentprocessexit",
    re: new RegExp(
      r`${REG_WRITE}[^\n]{0,200}?SilentProcessExit\\[\w.-]{1,60}[^\n]{0,120}?\bMonitorProcess\b`,
      "im",
    ),
    why: "registers a program to run whenever another program exits (SilentProcessExit monitor)",
  },
  {
    id: "win.accessibility_replaced",
    kind: "persistence",
    lit: "system32",
    re:
      /\b(?:copy|xcopy|copy-item|move|mv|cp)\b[^\n]{0,40}\b(?:cmd|powershell|explorer)\.exe\b[^\n]{0,120}\\(?:sethc|utilman|osk|magnify|narrator|displayswitch|atbroker)\.exe\b/i,
    why: "replaces an accessibility program with a shell (a SYSTEM prompt at the sign-in screen)",
  },
  {
    id: "win.winlogon_userinit",
    kind: "persistence",
    lit: "winlogon",
    re: new RegExp(
      r`${REG_WRITE}[^\n]{0,200}?\\Winlogon\b[^\n]{0,200}?(?:\buserinit\b[^\n]{0,80}?userinit\.exe\s{0,2},\s{0,2}[^\s",']{2}|\bshell\b["']?\s{0,4}(?:\/t\s{1,3}\w{1,14}\s{1,3})?(?:\/d|-value|=|,\s{0,3}(?:_?winreg\.)?REG_\w{2,9}\s{0,3},)\s{0,3}["']?(?!explorer\.exe["'\s]|explorer["'\s])[^\s"']{2}|\\Winlogon\\Notify\\)`,
      "im",
    ),
    why: "adds a program to the Winlogon Userinit/Shell values (runs at every sign-in)",
  },
  {
    id: "win.appinit_dlls",
    kind: "persistence",
    lit: "appinit_dlls",
    re: new RegExp(
      r`${REG_WRITE}[^\n]{0,300}?\bAppInit_DLLs\b[^\n]{0,60}?(?:\/d|-value|=|,\s{0,3}(?:_?winreg\.)?REG_\w{2,9}\s{0,3},)\s{0,3}["']?[^\s"']{3}`,
      "im",
    ),
    why: "sets AppInit_DLLs, loading a library into every program that uses user32",
  },
  {
    id: "win.com_hijack",
    kind: "persistence",
    lit: "clsid",
    re: new RegExp(
      r`${REG_WRITE}[^\n]{0,200}?(?:HKCU|HKEY_CURRENT_USER)[:\\]{1,2}Software\\Classes\\CLSID\\\{[\w-]{36}\}\\(?:InprocServer32|LocalServer32|TreatAs|ScriptletURL)\b`,
      "im",
    ),
    why: "overrides a COM class for the user (hijacks a component programs load)",
  },
  {
    id: "win.uac_bypass_handler",
    kind: "privilege_escalation",
    lit: "shell\\open\\command",
    re: new RegExp(
      r`${REG_WRITE}[^\n]{0,200}?(?:HKCU|HKEY_CURRENT_USER)[:\\]{1,2}Software\\Classes\\(?:ms-settings|mscfile|exefile|Folder|Launcher\.SystemSettings|AppX\w{1,40})\\shell\\open\\command\b`,
      "im",
    ),
    why: "plants a user-level shell-open handler that auto-elevating programs run (UAC bypass)",
  },
  {
    id: "win.startup_folder",
    kind: "persistence",
    lit: "startup",
    re:
      /(?:\b(?:copy|xcopy|copy-item|move|move-item|set-content|out-file|echo\b[^\n]{0,200}>|invoke-webrequest|iwr|curl|certutil|bitsadmin)\b)[^\n]{0,300}?(?:\\Start\s{1,2}Menu\\Programs\\Startup\\|shell:(?:common\s{0,1})?startup\\?|\$env:APPDATA\\Microsoft\\Windows\\Start\s{1,2}Menu\\Programs\\Startup)[^\n"']{0,80}\.(?:bat|cmd|vbs|vbe|js|jse|hta|ps1|exe|scr|wsf)\b/i,
    why: "drops a script or program into a Startup folder (runs at every logon)",
  },
  {
    id: "win.lsa_packages",
    kind: "persistence",
    lit: "packages",
    re: new RegExp(
      r`${REG_WRITE}[^\n]{0,200}?\\Control\\Lsa(?:\\OSConfig)?\b[^\n]{0,120}?\b(?:Security|Authentication|Notification)\s{0,1}Packages\b[^\n]{0,120}?(?:\/d|-value|=|,\s{0,3}(?:_?winreg\.)?REG_\w{2,9}\s{0,3},)${LSA_BUILTIN_ONLY}`,
      "im",
    ),
    why: "adds a package to LSA (it loads into lsass and sees every password)",
  },
  {
    id: "win.hidden_account",
    kind: "persistence",
    lit: "/add",
    re: /\bnet1?\s{1,3}user\s{1,3}["']?[\w.-]{1,20}\$["']?\s{1,3}\S{1,64}\s{1,3}\/add\b/i,
    why: "creates a hidden local account (a name ending in $)",
  },
  {
    id: "win.everyone_admins",
    kind: "privilege_escalation",
    lit: "localgroup",
    re: new RegExp(
      r`\bnet1?\s{1,3}localgroup\s{1,3}["']?(?:administrators|administradores|administrateurs|administratoren|remote\s{1,2}desktop\s{1,2}users)["']?\s{1,3}["']?${EVERYONE}["']?\s{1,3}\/add\b`,
      "i",
    ),
    why:
      "puts every user (Everyone, Users, Guests, Domain Users) into Administrators or Remote Desktop Users",
  },
  {
    id: "win.dsrm_logon",
    kind: "persistence",
    lit: "dsrmadminlogonbehavior",
    re: regSet(r`\\Control\\Lsa`, "DsrmAdminLogonBehavior", "2"),
    why: "lets the DSRM administrator sign in over the network (a domain controller backdoor)",
  },
  // --- Defender ----------------------------------------------------------------------------------
  {
    id: "win.defender_exclusion_broad",
    kind: "defense_evasion",
    lit: "exclusion",
    re: new RegExp(
      r`\b(?:add|set)-mppreference\b[^\n]{0,80}?-exclusion(?:path|process|extension)\s{1,3}(?:@\(\s{0,2})?["']?(?:[a-z]:\\?["']?(?:\s|,|\)|$)|${W_PAYLOAD}|[^\n"']{0,40}\\(?:downloads|desktop)\b|\.?(?:exe|dll|ps1|bat|cmd|vbs|js|hta|scr)["']?(?:\s|,|\)|$)|(?:powershell|pwsh|cmd|rundll32|mshta|wscript|cscript|regsvr32)(?:\.exe)?["']?(?:\s|,|\)|$))`,
      "im",
    ),
    why:
      "excludes a drive, a user-writable folder, a program type or a script host from Defender scanning",
  },
  {
    id: "win.defender_exclusion_reg",
    kind: "defense_evasion",
    lit: "exclusions",
    re: new RegExp(
      r`${REG_WRITE}[^\n]{0,200}?Windows\s{1,2}Defender\\Exclusions\\(?:Paths|Processes|Extensions)\b`,
      "im",
    ),
    why: "adds a Defender exclusion through the registry",
  },
  {
    id: "win.defender_off_pref",
    kind: "defense_evasion",
    lit: "set-mppreference",
    re:
      /\bset-mppreference\b[^\n]{0,120}?(?:-Disable(?:RealtimeMonitoring|BehaviorMonitoring|IOAVProtection|ScriptScanning|BlockAtFirstSeen|IntrusionPreventionSystem|ArchiveScanning|EmailScanning|RemovableDriveScanning|TamperProtection)\s{1,3}(?:\$true|1|true)\b|-MAPSReporting\s{1,3}(?:0|disabled)\b|-SubmitSamplesConsent\s{1,3}(?:2|NeverSend)\b|-EnableControlledFolderAccess\s{1,3}(?:0|disabled)\b|-PUAProtection\s{1,3}(?:0|disabled)\b|-EnableNetworkProtection\s{1,3}(?:0|disabled)\b|-(?:High|Moderate|Severe|Low)ThreatDefaultAction\s{1,3}(?:6|9|allow|noaction)\b)/i,
    why:
      "switches a Defender protection off (real-time, behaviour, cloud, network or tamper protection)",
  },
  {
    id: "win.defender_off_reg",
    kind: "defense_evasion",
    lit: "defender",
    re: new RegExp(
      r`${REG_WRITE}[^\n]{0,300}?Windows\s{1,2}Defender\b[^\n]{0,200}?\b(?:DisableAntiSpyware|DisableAntiVirus|DisableRealtimeMonitoring|DisableBehaviorMonitoring|DisableOnAccessProtection|DisableIOAVProtection|DisableScanOnRealtimeEnable|TamperProtection)\b["']?[^\n]{0,60}?(?:\/d|-value|=|,\s{0,3}(?:_?winreg\.)?REG_\w{2,9}\s{0,3},)\s{0,3}["']?(?:dword:)?0{0,7}[14]\b`,
      "im",
    ),
    why: "switches Defender off through its policy registry values",
  },
  {
    id: "win.defender_service_stopped",
    kind: "defense_evasion",
    lit: ["windefend", "mpcmdrun", "sense"],
    re:
      /\bsc(?:\.exe)?\s{1,3}(?:stop|delete|config)\s{1,3}(?:WinDefend|WdNisSvc|Sense|WdBoot|WdFilter)\b(?:\s{1,3}start\s{0,2}=\s{0,2}disabled)?|\b(?:stop|set)-service\b[^\n]{0,40}\b(?:WinDefend|Sense|WdNisSvc)\b|\bmpcmdrun(?:\.exe)?\s{1,3}-RemoveDefinitions\s{1,3}-All\b/i,
    not: /\bsc(?:\.exe)?\s{1,3}config\s{1,3}\w{1,12}\s{1,3}start\s{0,2}=\s{0,2}(?:auto|demand)\b/i,
    why: "stops Defender or Defender for Endpoint, or wipes its signatures",
  },
  {
    id: "win.smartscreen_off",
    kind: "defense_evasion",
    lit: "smartscreen",
    re: new RegExp(
      r`${REG_WRITE}[^\n]{0,300}?\b(?:SmartScreenEnabled|EnableSmartScreen|EnabledV9)\b["']?[^\n]{0,60}?(?:\/d|-value|=|,\s{0,3}(?:_?winreg\.)?REG_\w{2,9}\s{0,3},)\s{0,3}["']?(?:dword:)?(?:0{1,8}|off)\b`,
      "im",
    ),
    why: "switches SmartScreen (download and app reputation checks) off",
  },
  {
    id: "win.amsi_off_reg",
    kind: "defense_evasion",
    lit: "amsienable",
    re: regSet(r`Windows\s{1,2}Script\\Settings`, "AmsiEnable", "0"),
    why: "switches the Antimalware Scan Interface off for scripts",
  },
  // --- Firewall, audit, logs ----------------------------------------------------------------------
  {
    id: "win.firewall_off",
    kind: "defense_evasion",
    lit: ["advfirewall", "netfirewallprofile", "opmode"],
    re:
      /\bnetsh\s{1,3}advfirewall\s{1,3}set\s{1,3}(?:allprofiles|currentprofile|domainprofile|privateprofile|publicprofile)\s{1,3}state\s{1,3}off\b|\bset-netfirewallprofile\b[^\n]{0,120}-enabled\s{1,3}(?:false|\$false|0)\b|\bset-netfirewallprofile\b[^\n]{0,120}-DefaultInboundAction\s{1,3}["']?Allow\b|\bnetsh\s{1,3}advfirewall\s{1,3}set\s{1,3}\w{1,16}\s{1,3}firewallpolicy\s{1,3}allowinbound\b|\bnetsh\s{1,3}firewall\s{1,3}set\s{1,3}opmode\s{1,3}(?:mode=)?disable\b/i,
    why: "switches the Windows firewall off",
  },
  {
    id: "win.firewall_admin_port_any",
    kind: "privilege_escalation",
    lit: ["advfirewall", "new-netfirewallrule"],
    re:
      /(?:\bnetsh\s{1,3}advfirewall\s{1,3}firewall\s{1,3}add\s{1,3}rule\b[^\n]{0,200}?\bdir=in\b[^\n]{0,200}?\blocalport=|\bnew-netfirewallrule\b[^\n]{0,200}?-localport\s{1,3})["']?(?:3389|445|5985|5986|23|135|139|1433|3306|5432|5900)\b/i,
    not:
      /\bremoteip=(?!any\b)|-remoteaddress\s{1,3}(?!any\b)|\baction=block\b|-action\s{1,3}block\b/i,
    why:
      "opens an administration or file-sharing port (RDP, SMB, WinRM, databases) to every address",
  },
  {
    id: "win.auditpol_disable",
    kind: "defense_evasion",
    lit: "auditpol",
    re:
      /\bauditpol(?:\.exe)?\s{1,3}\/(?:set\b[^\n]{0,160}\/(?:success|failure):disable\b|clear\b|remove\b)/i,
    why: "switches Windows audit policy off",
  },
  {
    id: "win.event_log_cleared",
    kind: "defense_evasion",
    lit: ["wevtutil", "eventlog"],
    re:
      /\bwevtutil(?:\.exe)?\s{1,3}(?:cl|clear-log)\s{1,3}\S|\bwevtutil(?:\.exe)?\s{1,3}(?:sl|set-log)\s{1,3}\S{1,80}\s{1,3}\/(?:e|enabled):false\b|\bclear-eventlog\b|\bremove-eventlog\b|\b(?:sc(?:\.exe)?\s{1,3}(?:stop|config)\s{1,3}eventlog\b|stop-service\b[^\n]{0,30}\beventlog\b)|\[System\.Diagnostics\.Eventing\.Reader\.EventLogSession\]::GlobalSession\.ClearLog/i,
    not: /\bsc(?:\.exe)?\s{1,3}config\s{1,3}eventlog\s{1,3}start\s{0,2}=\s{0,2}auto\b/i,
    why: "clears or disables Windows event logs",
  },
  {
    id: "win.ps_logging_off",
    kind: "defense_evasion",
    lit: ["enablescriptblocklogging", "enablemodulelogging", "enabletranscripting"],
    re: new RegExp(
      r`${REG_WRITE}[^\n]{0,300}?\b(?:EnableScriptBlockLogging|EnableModuleLogging|EnableTranscripting)\b["']?[^\n]{0,60}?(?:\/d|-value|=|,\s{0,3}(?:_?winreg\.)?REG_\w{2,9}\s{0,3},)\s{0,3}["']?(?:dword:)?0{1,8}\b`,
      "im",
    ),
    why: "switches PowerShell script-block, module or transcript logging off",
  },
  {
    id: "win.etw_session_stopped",
    kind: "defense_evasion",
    lit: "logman",
    re:
      /\blogman(?:\.exe)?\s{1,3}(?:stop|delete|update\s{1,3}trace)\s{1,3}["']?(?:EventLog-|Eventlog-Security|DefenderApiLogger|DefenderAuditLogger|SysmonDnsEtwSession)/i,
    why: "stops an ETW session that feeds the security logs",
  },
  {
    id: "win.sysmon_removed",
    kind: "defense_evasion",
    lit: "sysmon",
    re: /\bsysmon(?:64)?(?:\.exe)?\s{1,3}-u\b|\bfltmc(?:\.exe)?\s{1,3}unload\s{1,3}sysmondrv\b/i,
    why: "uninstalls or unloads Sysmon",
  },
  {
    id: "win.registry_footholds",
    kind: "persistence",
    lit: ["print\\monitors", "timeproviders", "bootexecute", "scrnsave", "imagepath", "netsh"],
    re: new RegExp(
      r`${REG_WRITE}[^\n]{0,200}?(?:\\Control\\Print\\Monitors\\|\\W32Time\\TimeProviders\\[^\n]{0,80}?\bDllName\b|\\Session\s{1,2}Manager\b[^\n]{0,80}?\bBootExecute\b|\\Control\s{1,2}Panel\\Desktop\b[^\n]{0,80}?\bSCRNSAVE\.EXE\b|\\Services\\[\w.-]{1,60}\b[^\n]{0,80}?\bImagePath\b)[^\n]{0,300}?${W_PAYLOAD}|\bnetsh(?:\.exe)?\s{1,3}add\s{1,3}helper\s{1,3}["']?[^\s"']{1,200}\.dll\b`,
      "im",
    ),
    why:
      "registers a program in a place Windows runs by itself (print monitor, time provider, boot execute, screensaver, service image path, netsh helper)",
  },
  {
    id: "win.security_agent_stopped",
    kind: "defense_evasion",
    lit: [
      "sc stop",
      "sc delete",
      "sc.exe",
      "net stop",
      "stop-service",
      "windowsfeature",
      "windowsoptionalfeature",
    ],
    re:
      /\b(?:sc(?:\.exe)?\s{1,3}(?:stop|delete)|net\s{1,3}stop|stop-service\b[^\n]{0,30}?(?:-name\s{1,3})?)\s{0,3}["']?(?:CSFalconService|SentinelAgent|SentinelOne|CylanceSvc|Sysmon64|Sysmon|MsSense|SenseNdr|cbdefense|CarbonBlack|ekrn|SAVService|McAfeeFramework|TmCCSF|xagt|elastic-agent|WinDefend)\b|\bdisable-windowsoptionalfeature\b[^\n]{0,80}Windows-Defender|\b(?:uninstall|remove)-windowsfeature\b[^\n]{0,40}\bWindows-Defender\b/i,
    why: "stops or removes an endpoint security agent",
  },
  {
    id: "win.exploit_protection_off",
    kind: "defense_evasion",
    lit: ["attacksurfacereductionrules_actions", "set-processmitigation"],
    re:
      /-AttackSurfaceReductionRules_Actions\s{1,3}(?:0|Disabled)\b|\bset-processmitigation\b[^\n]{0,80}-System\b[^\n]{0,80}-Disable\s{1,3}[^\n]{0,60}\b(?:DEP|CFG|ForceRelocateImages|BottomUp|SEHOP)\b/i,
    why: "switches attack-surface-reduction rules or system-wide exploit mitigations off",
  },
  {
    id: "win.ad_persistence",
    kind: "persistence",
    lit: [
      "adminsdholder",
      "sidhistory",
      "sid::",
      "misc::",
      "kerberos::",
      "lsadump::",
      "sekurlsa::",
    ],
    re:
      /\badd-(?:domain)?objectacl\b[^\n]{0,200}CN=AdminSDHolder\b[^\n]{0,200}-Rights\s{1,3}(?:All|GenericAll|WriteMembers)\b|\bdsacls(?:\.exe)?\s{1,3}["']?CN=AdminSDHolder\b[^\n]{0,200}\/G\s{1,3}[^\n]{0,160}:(?:GA|GW|WD|WO|WP)\b|\bAdminSDHolder\b[^\n]{0,300}\b(?:ActiveDirectoryAccessRule|AddAccessRule)\b[^\n]{0,300}\b(?:GenericAll|GenericWrite|WriteDacl|WriteOwner)\b|\bsidHistory\b[^\n]{0,120}\b(?:-add|-replace|set-aduser|set-adobject|sid::add|sid::patch)\b|\bsid::add\b|\b(?:misc::skeleton|kerberos::golden|lsadump::(?:dcsync|sam|secrets|lsa)|sekurlsa::(?:logonpasswords|pth|tickets))\b/i,
    why:
      "plants directory persistence or forges credentials (AdminSDHolder ACL, SID history, golden ticket, skeleton key, credential dump)",
  },
];
