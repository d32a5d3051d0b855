/**
 * Posture rules for Windows credentials and hardening: WDigest, LSA protection, NTLM and Kerberos
 * weakened, hives and lsass dumped, DCSync rights granted; Remote Desktop without NLA, UAC off,
 * SMBv1 or unsigned SMB, WinRM in clear text, driver signing off, shadow copies deleted, updates
 * disabled, macros enabled, and files or services opened to Everyone.
 */
import { type PostureRule, REG_WRITE, regSet } from "./_posture_core.ts";
import { EVERYONE } from "./_posture_windows.ts";

const r = String.raw;

export const WINDOWS_HARDENING_RULES: PostureRule[] = [
  {
    id: "win.wdigest_on",
    kind: "credential_theft",
    lit: "uselogoncredential",
    re: regSet(r`WDigest`, "UseLogonCredential", "1"),
    why: "makes Windows keep clear-text passwords in memory (WDigest UseLogonCredential)",
  },
  {
    id: "win.lsa_protection_off",
    kind: "credential_theft",
    lit: ["runasppl", "lsacfgflags", "lmcompatibilitylevel", "nolmhash", "disablerestrictedadmin"],
    re: new RegExp(
      r`${REG_WRITE}[^\n]{0,300}?\b(?:RunAsPPL|LsaCfgFlags|NoLMHash)\b["']?[^\n]{0,60}?(?:\/d|-value|=|,\s{0,3}(?:_?winreg\.)?REG_\w{2,9}\s{0,3},)\s{0,3}["']?(?:dword:)?0{1,8}\b|${REG_WRITE}[^\n]{0,300}?\bLmCompatibilityLevel\b["']?[^\n]{0,60}?(?:\/d|-value|=|,\s{0,3}(?:_?winreg\.)?REG_\w{2,9}\s{0,3},)\s{0,3}["']?(?:dword:)?0{0,7}[012]\b|${REG_WRITE}[^\n]{0,300}?\bDisableRestrictedAdmin\b["']?[^\n]{0,60}?(?:\/d|-value|=|,\s{0,3}(?:_?winreg\.)?REG_\w{2,9}\s{0,3},)\s{0,3}["']?(?:dword:)?0{1,8}\b`,
      "im",
    ),
    why:
      "weakens LSA credential protection (LSA protection or Credential Guard off, LM hashes or NTLMv1 allowed, pass-the-hash RDP)",
  },
  {
    id: "win.hive_saved",
    kind: "credential_theft",
    lit: ["reg save", "reg.exe save"],
    re:
      /\breg(?:\.exe)?\s{1,3}save\s{1,3}["']?(?:HKLM|HKEY_LOCAL_MACHINE)\\(?:SAM|SECURITY|SYSTEM)\b/i,
    why: "saves the SAM/SECURITY/SYSTEM hive (offline password hash extraction)",
  },
  {
    id: "win.lsass_dump",
    kind: "credential_theft",
    lit: ["lsass", "minidump"],
    re:
      /\bcomsvcs(?:\.dll)?\s{0,2},\s{0,2}(?:#24|MiniDump)\b|\bprocdump(?:64)?(?:\.exe)?\b[^\n]{0,60}\s-ma\s{1,3}(?:lsass|\d{2,6})\b[^\n]{0,80}(?:lsass|\.dmp)|\bout-minidump\b[^\n]{0,60}lsass|\bntdsutil\b[^\n]{0,80}\bifm\b/i,
    why: "dumps lsass memory or the AD database (every cached password hash)",
  },
  {
    id: "win.wifi_keys",
    kind: "credential_theft",
    lit: "key=clear",
    // `export profile key=clear` writes every saved profile with its key to files (bulk by design).
    re:
      /\bnetsh\s{1,3}wlan\s{1,3}(?:show\s{1,3}profiles?\b[^\n]{0,80}\bkey=clear\b|export\s{1,3}profile\b[^\n]{0,120}\bkey=clear\b)/i,
    also:
      /\bname=\*|\bfor\s{1,3}\/f\b|\bforeach\b|%|\|\s{0,2}(?:out-file|set-content|curl|invoke-webrequest|iwr)\b|\bexport\s{1,3}profile\b(?![^\n]{0,80}\bname=)/i,
    why: "reads every saved Wi-Fi password in clear text",
  },
  {
    id: "win.dcsync_rights",
    kind: "credential_theft",
    lit: ["dcsync", "replicating directory changes", "ds-replication-get-changes"],
    re:
      /\badd-(?:domain)?objectacl\b[^\n]{0,200}-rights\s{1,3}dcsync\b|\bdsacls\b[^\n]{0,200}\/g\s{1,3}[^\n]{0,80}:CA;\s{0,2}Replicating\s{1,3}Directory\s{1,3}Changes(?:\s{1,3}All)?|\bDS-Replication-Get-Changes(?:-All)?\b[^\n]{0,200}\b(?:add-adpermission|set-acl|addaccessrule)\b/i,
    why: "grants directory replication rights (DCSync: every domain password hash)",
  },
  {
    id: "win.kerberos_weakened",
    kind: "credential_theft",
    lit: [
      "doesnotrequirepreauth",
      "trustedfordelegation",
      "allowedtoactonbehalfofotheridentity",
      "principalsallowedtodelegatetoaccount",
    ],
    re:
      /\bset-ad(?:accountcontrol|user|computer)\b[^\n]{0,200}-(?:DoesNotRequirePreAuth|TrustedForDelegation)\s{1,3}(?:\$true|1)\b|\bset-ad(?:computer|user)\b[^\n]{0,200}-PrincipalsAllowedToDelegateToAccount\s{1,3}\S|\bmsDS-AllowedToActOnBehalfOfOtherIdentity\b[^\n]{0,200}\b(?:set-adcomputer|set-domainobject|-replace|-set)\b/i,
    why:
      "weakens Kerberos for an account (no pre-authentication, unconstrained or resource-based delegation)",
  },
  {
    id: "win.rdp_nla_off",
    kind: "defense_evasion",
    lit: ["userauthentication", "securitylayer", "fallowunsolicited"],
    re: new RegExp(
      r`${REG_WRITE}[^\n]{0,300}?(?:Terminal\s{1,2}Server|RDP-Tcp)[^\n]{0,200}?\b(?:UserAuthentication|SecurityLayer)\b["']?[^\n]{0,60}?(?:\/d|-value|=|,\s{0,3}(?:_?winreg\.)?REG_\w{2,9}\s{0,3},)\s{0,3}["']?(?:dword:)?0{1,8}\b`,
      "im",
    ),
    why:
      "turns Network Level Authentication off for Remote Desktop (pre-login attack surface, no credential check first)",
  },
  {
    id: "win.rdp_shadow_no_consent",
    kind: "privilege_escalation",
    lit: "shadow",
    re: regSet(r`Terminal\s{1,2}Services`, "Shadow", "2"),
    why: "lets administrators take over any Remote Desktop session without the user's consent",
  },
  {
    id: "win.uac_off",
    kind: "defense_evasion",
    lit: [
      "enablelua",
      "consentpromptbehavioradmin",
      "promptonsecuredesktop",
      "localaccounttokenfilterpolicy",
      "filteradministratortoken",
    ],
    re: new RegExp(
      r`${REG_WRITE}[^\n]{0,300}?\b(?:EnableLUA|ConsentPromptBehaviorAdmin|PromptOnSecureDesktop|FilterAdministratorToken)\b["']?[^\n]{0,60}?(?:\/d|-value|=|,\s{0,3}(?:_?winreg\.)?REG_\w{2,9}\s{0,3},)\s{0,3}["']?(?:dword:)?0{1,8}\b|${REG_WRITE}[^\n]{0,300}?\bLocalAccountTokenFilterPolicy\b["']?[^\n]{0,60}?(?:\/d|-value|=|,\s{0,3}(?:_?winreg\.)?REG_\w{2,9}\s{0,3},)\s{0,3}["']?(?:dword:)?0{0,7}1\b`,
      "im",
    ),
    why: "switches UAC off or lets local admin accounts act remotely with full rights",
  },
  {
    id: "win.smb_weakened",
    kind: "defense_evasion",
    lit: ["smb1", "securitysignature"],
    re:
      /\bset-smb(?:server|client)configuration\b[^\n]{0,120}-(?:EnableSMB1Protocol\s{1,3}\$?true|RequireSecuritySignature\s{1,3}\$?false|EncryptData\s{1,3}\$?false|RejectUnencryptedAccess\s{1,3}\$?false)\b|\benable-windowsoptionalfeature\b[^\n]{0,120}-featurename\s{1,3}["']?SMB1Protocol\b|\bdism(?:\.exe)?\b[^\n]{0,80}\/enable-feature\b[^\n]{0,80}SMB1Protocol\b/i,
    why: "turns SMBv1 on or SMB signing/encryption off",
  },
  {
    id: "win.winrm_insecure",
    kind: "credential_theft",
    lit: ["winrm", "wsman"],
    re:
      /\bwinrm\s{1,3}set\s{1,3}winrm\/config\/(?:service|client)(?:\/auth)?\s{1,3}["']?@\{\s{0,2}(?:AllowUnencrypted|Basic)\s{0,2}=\s{0,2}["']true["']|\bset-item\s{1,3}(?:-path\s{1,3})?["']?wsman:\\localhost\\(?:service|client)\\(?:AllowUnencrypted|auth\\Basic)\b[^\n]{0,40}\$?true\b|\bset-item\s{1,3}(?:-path\s{1,3})?["']?wsman:\\localhost\\client\\trustedhosts\b[^\n]{0,60}-value\s{1,3}["']?\*["']?/i,
    why: "lets WinRM take unencrypted or Basic-auth credentials, or trusts every host",
  },
  {
    id: "win.test_signing",
    kind: "defense_evasion",
    lit: "bcdedit",
    re:
      /\bbcdedit(?:\.exe)?\s{1,3}(?:\/set\s{1,3}(?:\{[\w-]{1,40}\}\s{1,3})?(?:testsigning\s{1,3}on|nointegritychecks\s{1,3}(?:on|yes)|loadoptions\s{1,3}DISABLE_INTEGRITY_CHECKS|recoveryenabled\s{1,3}no|bootstatuspolicy\s{1,3}ignoreallfailures|hypervisorlaunchtype\s{1,3}off))\b/i,
    why: "switches driver-signature enforcement or boot recovery off",
  },
  {
    id: "win.shadow_copies_deleted",
    kind: "destructive_command",
    lit: "shadow",
    re:
      /\bvssadmin(?:\.exe)?\s{1,3}(?:delete\s{1,3}shadows\b|resize\s{1,3}shadowstorage\b[^\n]{0,80}\/maxsize=\d{1,3}(?:mb|kb)\b)|\bwmic(?:\.exe)?\s{1,3}shadowcopy\s{1,3}delete\b|\bget-wmiobject\s{1,3}win32_shadowcopy\b[^\n]{0,60}\bremove-wmiobject\b|\bwbadmin(?:\.exe)?\s{1,3}delete\s{1,3}(?:catalog|systemstatebackup)\b/i,
    why:
      "deletes Volume Shadow Copies or the backup catalog (no way back after encryption or deletion)",
  },
  {
    id: "win.update_disabled",
    kind: "defense_evasion",
    lit: ["wuauserv", "noautoupdate"],
    re:
      /\bsc(?:\.exe)?\s{1,3}config\s{1,3}wuauserv\s{1,3}start\s{0,2}=\s{0,2}disabled\b|\bset-service\b[^\n]{0,40}\bwuauserv\b[^\n]{0,40}-startuptype\s{1,3}disabled\b|\bNoAutoUpdate\b["']?[^\n]{0,60}?(?:\/d|-value|=)\s{0,3}["']?(?:dword:)?0{0,7}1\b/i,
    why: "disables Windows Update (security fixes stop arriving)",
  },
  {
    id: "win.office_macros_on",
    kind: "defense_evasion",
    lit: ["vbawarnings", "accessvbom", "blockcontentexecution"],
    re: new RegExp(
      r`${REG_WRITE}[^\n]{0,300}?\\Office\\[\d.]{2,6}\\\w{2,12}\\Security\b[^\n]{0,120}?\b(?:VBAWarnings\b["']?[^\n]{0,60}?(?:\/d|-value|=|,\s{0,3}(?:_?winreg\.)?REG_\w{2,9}\s{0,3},)\s{0,3}["']?(?:dword:)?0{0,7}1|AccessVBOM\b["']?[^\n]{0,60}?(?:\/d|-value|=|,\s{0,3}(?:_?winreg\.)?REG_\w{2,9}\s{0,3},)\s{0,3}["']?(?:dword:)?0{0,7}1|blockcontentexecutionfrominternet\b["']?[^\n]{0,60}?(?:\/d|-value|=|,\s{0,3}(?:_?winreg\.)?REG_\w{2,9}\s{0,3},)\s{0,3}["']?(?:dword:)?0{1,8})\b`,
      "im",
    ),
    why: "enables all Office macros or programmatic access to VBA projects",
  },
  {
    id: "win.acl_everyone_full",
    kind: "privilege_escalation",
    lit: ["icacls", "filesystemaccessrule", "cacls"],
    re: new RegExp(
      r`\b(?:icacls|cacls)(?:\.exe)?\s[^\n]{1,280}?\/grant(?::r)?\s{1,3}["']?${EVERYONE}["']?:(?:\(OI\)|\(CI\)|\(IO\)|\(NP\)){0,4}\(?(?:F|M|W|WD|GA|GW)\)?|\bFileSystemAccessRule\s{0,2}\(\s{0,2}["']${EVERYONE}["']\s{0,2},\s{0,2}["'](?:FullControl|Modify|Write)`,
      "i",
    ),
    why:
      "gives Everyone / all users full, modify or write rights on the path (any local user can replace what runs there)",
  },
  {
    id: "win.service_acl_everyone",
    kind: "privilege_escalation",
    lit: "sdset",
    re:
      /\bsc(?:\.exe)?\s{1,3}sdset\s{1,3}\S{1,60}\s{1,3}["']?D:[^\n]{0,300}\(A;[^;\n]{0,10};[^;\n]{0,40}(?:RP|WP|DC|WD|WO|GA)[^;\n]{0,40};;;(?:WD|AU|BU|IU|AN)\)/i,
    why: "lets every user reconfigure or start a service (service binary replaced, SYSTEM rights)",
  },
  {
    id: "win.portproxy_any",
    kind: "defense_evasion",
    lit: "portproxy",
    re:
      /\bnetsh\s{1,3}interface\s{1,3}portproxy\s{1,3}add\s{1,3}v4tov4\b[^\n]{0,200}\blistenaddress=0\.0\.0\.0\b/i,
    why: "forwards a port from every interface into the network (a pivot past the firewall)",
  },
  {
    id: "win.accounts_opened",
    kind: "privilege_escalation",
    lit: ["limitblankpassworduse", "add-localgroupmember", "localuser"],
    re: new RegExp(
      r`${REG_WRITE}[^\n]{0,300}?\bLimitBlankPasswordUse\b["']?[^\n]{0,60}?(?:\/d|-value|=|,\s{0,3}(?:_?winreg\.)?REG_\w{2,9}\s{0,3},)\s{0,3}["']?(?:dword:)?0{1,8}\b|\badd-localgroupmember\b[^\n]{0,80}-group\s{1,3}["']?(?:administrators|remote\s{1,2}desktop\s{1,2}users)["']?[^\n]{0,60}-member\s{1,3}["']?(?:everyone|users|guests?|domain\s{1,2}users|authenticated\s{1,2}users)["']?|\b(?:enable-localuser\s{1,3}(?:-name\s{1,3})?["']?guest\b|set-localuser\s{1,3}(?:-name\s{1,3})?["']?guest["']?\s{1,3}-enabled\s{1,3}\$?true\b)`,
      "im",
    ),
    why:
      "opens local accounts (blank passwords over the network, Everyone as administrators, the Guest account on)",
  },
  {
    id: "win.install_elevated_or_rights",
    kind: "privilege_escalation",
    lit: ["alwaysinstallelevated", "ntrights", "privilege"],
    re: new RegExp(
      r`${REG_WRITE}[^\n]{0,300}?\bAlwaysInstallElevated\b["']?[^\n]{0,60}?(?:\/d|-value|=|,\s{0,3}(?:_?winreg\.)?REG_\w{2,9}\s{0,3},)\s{0,3}["']?(?:dword:)?0{0,7}1\b|\bntrights(?:\.exe)?\b[^\n]{0,80}\+r\s{1,3}Se(?:Debug|TakeOwnership|LoadDriver|Backup|Restore|Impersonate|AssignPrimaryToken|Tcb|CreateToken)Privilege\b`,
      "im",
    ),
    why:
      "lets any user install packages as SYSTEM (AlwaysInstallElevated) or grants a privilege that amounts to SYSTEM",
  },
];
