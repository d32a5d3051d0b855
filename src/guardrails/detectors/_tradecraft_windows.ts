/**
 * Tradecraft in Windows commands (ATT&CK T1218 signed-binary proxy execution, T1105 ingress tool
 * transfer, T1047 WMI, T1059 script hosts; LOLBAS): signed binaries made to fetch or run code,
 * with the argument shape that makes them a launcher. Ordinary uses (`certutil -hashfile`,
 * `msiexec /i .\local.msi`, `wmic process list`) pass.
 */
import { r, type TradecraftRule } from "./_tradecraft_core.ts";

/** A remote source: a URL or a UNC path on another host (WebDAV, SMB). */
const REMOTE = r`(?:https?:\/\/|\\\\[\w.-]{1,60}(?:@\d{1,5})?\\)`;
/** A file in a folder any user can write (where dropped payloads sit). */
const USER_DIR =
  r`(?:%(?:temp|tmp|appdata|localappdata|public|programdata)%|\\users\\public\\|\\appdata\\|\\temp\\|\\programdata\\|\\windows\\tasks\\|\$env:(?:temp|tmp|appdata|public))`;

export const WINDOWS_RULES: TradecraftRule[] = [
  {
    id: "win.mshta_remote_or_script",
    lit: "mshta",
    re: new RegExp(
      r`\bmshta(?:\.exe)?\s{1,3}["']?(?:${REMOTE}|(?:vbscript|javascript):|about:)`,
      "i",
    ),
    why: "runs an HTML application from a remote source or inline script with mshta",
  },
  {
    id: "win.regsvr32_squiblydoo",
    lit: "regsvr32",
    re: /\bregsvr32(?:\.exe)?\b[^\n]{0,120}\/i:\s{0,2}["']?(?:https?:|\\\\|[^\s"]{1,120}\.sct\b)/i,
    why: "runs a remote scriptlet through regsvr32 /i (Squiblydoo)",
  },
  {
    id: "win.rundll32_script_or_remote",
    lit: "rundll32",
    re:
      /\brundll32(?:\.exe)?\s{1,3}["']?\\\\[\w.-]{1,60}(?:@\d{1,5})?\\|\brundll32(?:\.exe)?\b[^\n]{0,40}(?:javascript:|vbscript:|mshtml[^\n]{0,10}RunHTMLApplication|url\.dll\s{0,2},\s{0,2}(?:OpenURL|FileProtocolHandler)|advpack\.dll\s{0,2},\s{0,2}(?:RegisterOCX|LaunchINFSection)|ieadvpack\.dll|shell32\.dll\s{0,2},\s{0,2}(?:Control_RunDLL|ShellExec_RunDLL)[^\n]{0,60}(?:\\users\\public|\\temp\\|\\appdata|%temp%|%appdata%|cmd|powershell))/i,
    why: "makes rundll32 run script or a remote/dropped binary (signed-binary proxy execution)",
  },
  {
    id: "win.msiexec_remote",
    lit: "msiexec",
    re: new RegExp(
      r`\bmsiexec(?:\.exe)?\b[^\n]{0,60}\s[/-](?:i|package|y|z)\s{0,3}["']?${REMOTE}`,
      "i",
    ),
    why: "installs a package straight from a remote URL with msiexec",
  },
  {
    id: "win.dotnet_proxy_exec",
    lit: ["installutil", "regasm", "regsvcs"],
    re:
      /\b(?:installutil|regasm|regsvcs)(?:\.exe)?\b[^\n]{0,100}(?:\/u\b|\/logfile=|\/logtoconsole=false)[^\n]{0,120}\.(?:dll|exe)\b|\b(?:installutil|regasm|regsvcs)(?:\.exe)?\s{1,3}(?:\/\w{1,20}\s{1,3}){0,3}["']?(?:[a-z]:)?[^\s"]{0,80}(?:\\users\\public|\\temp\\|\\appdata|%temp%|%appdata%|\\programdata)/i,
    why: "runs code through a .NET installer utility (InstallUtil/RegAsm/RegSvcs uninstall hook)",
  },
  {
    id: "win.msbuild_user_project",
    lit: "msbuild",
    re: new RegExp(
      r`\bmsbuild(?:\.exe)?\s{1,3}["']?[^\s"]{0,120}(?:${USER_DIR})[^\s"]{0,80}\.(?:xml|csproj|proj|txt|tmp)\b`,
      "i",
    ),
    why: "builds a project from a user-writable folder with MSBuild (inline-task code execution)",
  },
  {
    id: "win.cmstp_inf",
    lit: "cmstp",
    re: /\bcmstp(?:\.exe)?\b[^\n]{0,40}\/(?:s|ni|au)\b[^\n]{0,80}\.inf\b/i,
    why:
      "installs a connection-manager profile silently with cmstp (INF command execution, UAC bypass)",
  },
  {
    id: "win.wmic_process_create",
    lit: "wmic",
    re:
      /\bwmic(?:\.exe)?\b[^\n]{0,160}\bprocess\s{1,3}call\s{1,3}create\b|\bwmic(?:\.exe)?\b[^\n]{0,80}\/format:\s{0,2}["']?(?:https?:|\\\\|[^\s"]{1,80}\.xsl)/i,
    why:
      "starts a process through WMI (wmic process call create / XSL script), a lateral-movement and proxy-execution launcher",
  },
  {
    id: "win.invoke_wmi_create",
    lit: ["invoke-wmimethod", "invoke-cimmethod"],
    re:
      /\binvoke-(?:wmi|cim)method\b[^\n]{0,120}\bwin32_process\b[^\n]{0,80}\bcreate\b|\binvoke-(?:wmi|cim)method\b[^\n]{0,80}\bcreate\b[^\n]{0,80}\bwin32_process\b/i,
    why: "starts a process through WMI Win32_Process.Create (remote execution)",
  },
  {
    id: "win.forfiles_proxy",
    lit: "forfiles",
    re:
      /\bforfiles(?:\.exe)?\b[^\n]{0,120}\/c\s{1,3}["']?(?:cmd(?:\.exe)?\s{1,3}\/c\s{1,3})?[^\n"]{0,40}(?:calc|powershell|mshta|rundll32|regsvr32|certutil|\\users\\public|%temp%|%appdata%|\.(?:exe|vbs|js|hta|ps1)\b)/i,
    not: /\/c\s{1,3}["']?cmd(?:\.exe)?\s{1,3}\/c\s{1,3}(?:echo|del|copy|move)\b/i,
    why: "runs a program through forfiles (indirect command execution)",
  },
  {
    id: "win.proxy_exec_misc",
    lit: [
      "pcalua",
      "odbcconf",
      "register-cimprovider",
      "syncappvpublishingserver",
      "conhost",
      "scriptrunner",
      "presentationhost",
      "ieexec",
      "atbroker",
      "infdefaultinstall",
      "xwizard",
      "diskshadow",
    ],
    re:
      /\bpcalua(?:\.exe)?\s{1,3}-a\s{1,3}|\bodbcconf(?:\.exe)?\b[^\n]{0,40}(?:\/a\s{1,3}\{?\s{0,2}regsvr|-f\s{1,3}[^\s]{1,80}\.rsp\b)|\bregister-cimprovider\b[^\n]{0,40}-path\b|\bsyncappvpublishingserver(?:\.vbs|\.exe)?\b[^\n]{0,40}["'][^"'\n]{0,20};|\bconhost(?:\.exe)?\s{1,3}(?:--headless\s{1,3})?["']?(?:[a-z]:\\|\.\\)?[^\s"]{0,80}\\(?:users\\public|temp|appdata)\\|\bscriptrunner(?:\.exe)?\s{1,3}-appvscript\b|\bpresentationhost(?:\.exe)?\s{1,3}["']?(?:https?:|\\\\)|\bieexec(?:\.exe)?\s{1,3}https?:|\batbroker(?:\.exe)?\s{1,3}\/start\b|\binfdefaultinstall(?:\.exe)?\s{1,3}[^\s]{1,80}\.inf\b|\bxwizard(?:\.exe)?\s{1,3}runwizard\b|\bdiskshadow(?:\.exe)?\s{1,3}\/s\s{1,3}[^\s]{1,80}\.txt\b[^\n]{0,10}$/im,
    why: "runs code through a signed Windows binary used as a launcher (LOLBAS proxy execution)",
  },
  {
    id: "win.script_host_remote",
    lit: ["wscript", "cscript"],
    re: new RegExp(
      r`\b[wc]script(?:\.exe)?\s{1,3}(?:\/\/?[\w:]{1,12}\s{1,3}){0,4}["']?(?:${REMOTE}|[^\s"]{0,80}(?:${USER_DIR})[^\s"]{0,60}\.(?:vbs|js|jse|vbe|wsf|txt|log)\b|[^\s"]{1,80}:[^\s"\\]{1,40}\.(?:vbs|js)\b)`,
      "i",
    ),
    not: /\bslmgr\.vbs\b|\bprnjobs\.vbs\b|\bospp\.vbs\b/i,
    why: "runs a script from a remote share or user-writable folder with a Windows script host",
  },
  {
    id: "win.cmd_remote_batch",
    lit: ["\\\\"],
    re:
      /\b(?:cmd(?:\.exe)?\s{1,3}\/[ck]|start(?:\s{1,3}\/b)?)\s{1,3}["']?\\\\(?!localhost\\|127\.0\.0\.1\\)[\w.-]{1,60}(?:@\d{1,5})?\\[^\s"]{1,120}\.(?:bat|cmd|exe|vbs|ps1|hta)\b/i,
    why: "runs a program straight from a remote share",
  },
  {
    id: "win.lolbin_download",
    lit: [
      "esentutl",
      "\\\\",
      "hh.exe",
      "hh http",
      "desktopimgdownldr",
      "mpcmdrun",
      "ms-appinstaller",
      "certreq",
      "printbrm",
    ],
    re:
      /\besentutl(?:\.exe)?\b[^\n]{0,40}\/y\s{1,3}["']?\\\\|\b(?:expand|extrac32|replace|xcopy)(?:\.exe)?\s{1,3}(?:\/\w{1,3}\s{1,3}){0,3}["']?\\\\(?!localhost\\)[\w.-]{1,60}@\d{1,5}\\|\bfindstr(?:\.exe)?\b[^\n]{0,60}\\\\[\w.-]{1,60}@\d{1,5}\\|\bhh(?:\.exe)?\s{1,3}https?:\/\/|\bdesktopimgdownldr(?:\.exe)?\b[^\n]{0,40}\/lockscreenurl:|\bmpcmdrun(?:\.exe)?\b[^\n]{0,40}-downloadfile\b|\bms-appinstaller:\?source=https?:|\bcertreq(?:\.exe)?\s{1,3}-post\s{1,3}-config\s{1,3}https?:|\bprintbrm(?:\.exe)?\b[^\n]{0,40}-f\s{1,3}\\\\/i,
    why:
      "fetches a file with a signed Windows binary not meant for downloads (LOLBAS ingress transfer)",
  },
  {
    id: "win.ps_download_cradle",
    lit: [
      "downloadstring",
      "downloaddata",
      "invoke-webrequest",
      "iwr",
      "irm",
      "invoke-restmethod",
      "start-bitstransfer",
      "net.webclient",
      "msxml2.xmlhttp",
      "winhttp",
    ],
    re:
      /\b(?:iex|invoke-expression)\b[^\n]{0,40}\(?\s{0,2}(?:\(?\s{0,2}new-object\s{1,3}(?:system\.)?net\.webclient\)?\.download(?:string|data)|\(?\s{0,2}(?:iwr|irm|invoke-webrequest|invoke-restmethod)\b)|\b(?:iwr|irm|invoke-webrequest|invoke-restmethod)\b[^\n|]{0,200}\|\s{0,3}(?:iex|invoke-expression)\b|\bnew-object\s{1,3}(?:-comobject\s{1,3})?(?:msxml2\.xmlhttp|winhttp\.winhttprequest)[^\n]{0,300}\b(?:iex|invoke-expression|eval)\b|\bstart-bitstransfer\b[^\n]{0,120}-source\s{1,3}["']?https?:[^\n]{0,200}(?:\\users\\public|\\temp|\$env:temp|\.exe\b)[^\n]{0,80}(?:;|&&)\s{0,3}(?:start-process|&|\.\\)/i,
    why: "downloads code and runs it in memory in PowerShell (download cradle)",
  },
  {
    id: "win.ps_hidden_encoded_remote",
    lit: ["powershell", "pwsh"],
    re:
      /\b(?:powershell|pwsh)(?:\.exe)?\b[^\n]{0,60}\s-(?:w|win|windowstyle)\s{1,3}h(?:idden)?\b[^\n]{0,200}\s-(?:e|ec|enc|encodedcommand)\s{1,3}[A-Za-z0-9+\/=]{40,}/i,
    why: "runs a hidden PowerShell with an encoded command (obfuscated launcher)",
  },
  {
    id: "win.reflective_load",
    lit: [
      "reflection.assembly",
      "[system.reflection",
      "assembly]::load",
      "invoke-reflectivepeinjection",
      "invoke-shellcode",
      "virtualalloc",
    ],
    re:
      /\[(?:system\.)?reflection\.assembly\]::load(?:file)?\s{0,2}\(\s{0,2}(?:\(\s{0,2}new-object\s{1,3}(?:system\.)?net\.webclient\)|\[(?:system\.)?convert\]::frombase64string|\(?\s{0,2}\(?\s{0,2}(?:iwr|invoke-webrequest)\b)|\binvoke-(?:reflectivepeinjection|shellcode)\b|\bvirtualalloc\b[^\n]{0,300}\bcreatethread\b/i,
    why: "loads a downloaded or decoded assembly / shellcode straight into memory",
  },
  {
    id: "win.office_test_persistence",
    lit: ["office test", "netsh add helper", "netsh.exe add helper"],
    re:
      /\boffice\s{1,3}test\\special\\perf\b[^\n]{0,200}\.dll\b|\bnetsh(?:\.exe)?\s{1,3}add\s{1,3}helper\s{1,3}["']?(?:[a-z]:)?[^\s"]{0,120}(?:\\users\\|\\temp\\|\\appdata|\\programdata|%temp%|%appdata%)/i,
    why:
      "plants a DLL that Office or netsh loads on every start (Office test / netsh helper persistence)",
  },
  {
    id: "win.certutil_encode_loot",
    lit: "certutil",
    re:
      /\bcertutil(?:\.exe)?\s{1,3}-encode(?:hex)?\s{1,3}["']?[^\s"]{0,120}(?:ntds\.dit|\.dmp\b|\.hiv\b|\\config\\(?:sam|system|security)\b|sam\.(?:save|bak|hive)|\.kdbx\b|id_rsa|login\s?data)/i,
    why: "encodes a credential dump or hive as text with certutil (staging it for exfiltration)",
  },
  {
    id: "win.lsass_minidump_ps",
    lit: ["out-minidump", "minidumpwritedump", "lsass"],
    re:
      /\bget-process\s{1,3}(?:-name\s{1,3})?["']?lsass["']?\s{0,3}\|\s{0,3}out-minidump\b|\bout-minidump\b[^\n]{0,80}lsass|\bminidumpwritedump\b[^\n]{0,400}\blsass\b|\blsass\b[^\n]{0,400}\bminidumpwritedump\b|\b(?:sqldumper|createdump|dumpminitool|rdrleakdiag|tttracer|avdump)(?:\.exe)?\b[^\n]{0,120}(?:lsass|\$\(\s{0,2}(?:get-process|pidof|pgrep)\b[^\n)]{0,30}lsass|(?:\/p|-p|--process-id)\s{1,3}\d{2,6}\b[^\n]{0,60}(?:\/o|-o|--output|\/full|\s0x01100))/i,
    why:
      "dumps the LSASS process memory (credential theft) with PowerShell or a signed dump utility",
  },
];
