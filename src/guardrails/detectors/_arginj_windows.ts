/**
 * Argument injection into Windows command-line tools (msiexec, regsvr32, rundll32, robocopy /
 * xcopy, findstr, powershell.exe, certutil, bitsadmin): packages and scriptlets installed from a
 * URL or share, copies mirrored into system folders, recursive credential searches, PowerShell
 * launch switches that hide and unrestrict a script. Public sources: LOLBAS (msiexec, regsvr32
 * "Squiblydoo", rundll32 `RunHTMLApplication`, certutil `-urlcache`, bitsadmin `/transfer`),
 * the Argument Injection Vectors catalogue, Microsoft command-line references.
 * Passing: `/i setup.msi /qn`, `/MIR src dst /R:1`, `/S /I TODO *.cs`, `-NoProfile -File build.ps1`.
 */
import type { ArgRule } from "./_arginj_core.ts";

export const WINDOWS_RULES: ArgRule[] = [
  {
    id: "win.remote_package",
    lit: ["/i", "/package", "/y", "/update", "-i:", "/i:"],
    re:
      /(?:^|\s)\/(?:i|package|update|y|j[mu])\s{1,3}['"]?(?:https?:\/\/|\\\\[\w.-]{1,60}\\)[^\s'"]{1,200}|(?:^|\s)[\/-]i:\s{0,2}['"]?(?:https?:\/\/|\\\\[\w.-]{1,60}\\)[^\s'"]{1,200}(?:\.sct|\.xml|\/)?/i,
    why: "makes msiexec or regsvr32 install a package or scriptlet straight from a URL or a share",
  },
  {
    id: "win.html_application",
    lit: ["runhtmlapplication", "vbscript:", "javascript:"],
    re:
      /\bmshtml\s{0,2},\s{0,2}RunHTMLApplication\b|^\s{0,3}['"]?(?:javascript|vbscript):[^\n]{0,300}(?:GetObject|ActiveXObject|CreateObject|WScript\.Shell|\.Run\(|\.Exec\()/i,
    free: true,
    why: "runs script through rundll32/mshta's HTML application host (javascript:/vbscript:)",
  },
  {
    id: "win.copy_into_system",
    lit: [
      "\\windows\\system32",
      "\\windows\\syswow64",
      "\\windows\\tasks",
      "\\start menu\\programs\\startup",
    ],
    re:
      /(?:^|\s)\/(?:MIR|E|S|MOV|MOVE|Y|COPYALL|PURGE)\b[^\n]{0,200}\s['"]?[a-z]:\\windows\\(?:system32|syswow64|tasks)\b|(?:^|\s)\/(?:MIR|E|S|MOV|MOVE|Y|COPYALL)\b[^\n]{0,200}\\start menu\\programs\\startup\b/i,
    why: "copies files into a Windows system or start-up folder",
  },
  {
    id: "win.credential_search",
    lit: ["password", "passwd", "pwd", "cpassword", "credential"],
    re:
      /(?:^|\s)\/[sS][a-zA-Z]{0,3}\b[^\n]{0,60}\s['"]?(?:c?password|passwd|pwd|credentials?)['"]?\s[^\n]{0,80}(?:[a-z]:\\|\\\\)[^\s]{0,80}\*\.(?:config|xml|ini|txt|ps1|bat|vbs)\b|(?:^|\s)\/[sS][a-zA-Z]{0,3}\b[^\n]{0,60}\bcpassword\b/i,
    why: "searches every file of a drive or share for passwords (recursive findstr)",
  },
  {
    id: "win.powershell_hidden",
    lit: ["hidden", "bypass"],
    re:
      /(?:^|\s)-(?:w|win|windowstyle)\s{1,3}hidden\b[^\n]{0,200}(?:^|\s)-(?:ep|ex|exec|executionpolicy)\s{1,3}(?:bypass|unrestricted)\b|(?:^|\s)-(?:ep|ex|exec|executionpolicy)\s{1,3}(?:bypass|unrestricted)\b[^\n]{0,200}(?:^|\s)-(?:w|win|windowstyle)\s{1,3}hidden\b/i,
    why: "launches PowerShell hidden with its script policy bypassed",
  },
  {
    id: "win.lolbin_download",
    lit: ["-urlcache", "/transfer", "-verifyctl", "/addfile"],
    re:
      /(?:^|\s)[-\/]urlcache\b[^\n]{0,80}\shttps?:\/\/|(?:^|\s)[-\/]verifyctl\b[^\n]{0,40}\s-f\s{1,3}https?:\/\/|(?:^|\s)\/(?:transfer|addfile)\b[^\n]{0,120}https?:\/\//i,
    why: "makes certutil or bitsadmin download a file from a URL (a signed-binary download)",
  },
];
