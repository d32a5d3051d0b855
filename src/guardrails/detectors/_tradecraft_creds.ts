/**
 * Credential access, Active Directory attack and lateral movement (ATT&CK TA0006, TA0007 for AD,
 * TA0008; Impacket, NetExec/CrackMapExec, Rubeus, Mimikatz, BloodHound collectors): each tool with
 * the argument that makes it an attack (a hash passed, a dump, a roast, a collection of every
 * object). Passing: `ldapsearch` for one user, `kinit` for oneself, `hashcat --benchmark`,
 * `ntdsutil` metadata clean-up, `john --test`.
 */
import { r, type TradecraftRule } from "./_tradecraft_core.ts";

/** An NTLM hash (LM:NT or NT alone) as an argument. */
const NT_HASH = r`(?:[a-f0-9]{32}:)?:?[a-f0-9]{32}\b`;

export const CREDS_RULES: TradecraftRule[] = [
  {
    id: "cred.impacket_exec",
    lit: [
      "psexec",
      "wmiexec",
      "smbexec",
      "atexec",
      "dcomexec",
      "secretsdump",
      "getuserspns",
      "getnpusers",
      "gettgt",
      "getst",
      "ticketer",
      "ntlmrelayx",
      "addcomputer",
      "rbcd",
      "impacket",
      "lookupsid",
      "samrdump",
      "reg.py",
      "dacledit",
      "owneredit",
    ],
    re:
      /\b(?:impacket-|[\w\/.-]{0,40}\/)?(?:psexec|wmiexec|smbexec|atexec|dcomexec)(?:\.py)?\s{1,3}[^\n;|&]{0,160}(?:-hashes\s{1,3}|-k\s{1,3}-no-pass\b|[\w.-]{1,40}\/[\w.$-]{1,40}(?::[^\s@]{1,60})?@[\w.-]{1,80})|\b(?:impacket-)?secretsdump(?:\.py)?\b[^\n;|&]{0,160}(?:@|-ntds\b|-sam\b|-system\b|-just-dc)|\b(?:impacket-)?get(?:userspns|npusers)(?:\.py)?\b[^\n;|&]{0,200}(?:-request\b|-usersfile\b|-no-pass\b|-format\b|-outputfile\b)|\b(?:impacket-)?(?:gettgt|getst|ticketer)(?:\.py)?\b[^\n;|&]{0,200}(?:-hashes\b|-aeskey\b|-nthash\b|-impersonate\b|-spn\b|-domain-sid\b)|\b(?:impacket-)?ntlmrelayx(?:\.py)?\b[^\n;|&]{0,200}-(?:t|tf|smb2support|socks|escalate-user|delegate-access)\b|\b(?:impacket-)?(?:addcomputer|rbcd|dacledit|owneredit)(?:\.py)?\b[^\n;|&]{0,200}(?:-computer-pass\b|-delegate-to\b|-action\s{1,3}write\b|-rights\s{1,3}(?:dcsync|fullcontrol)\b|-new-owner\b)|\b(?:impacket-)?(?:lookupsid|samrdump)(?:\.py)?\s{1,3}[\w.-]{0,40}\/[^\s@]{0,60}@/i,
    why:
      "runs an Impacket attack tool (remote execution with a hash, DCSync/secretsdump, roasting, relaying, delegation abuse)",
  },
  {
    id: "cred.netexec",
    lit: ["crackmapexec", "netexec", "nxc ", "cme "],
    re:
      /\b(?:crackmapexec|netexec|nxc|cme)\s{1,3}(?:smb|winrm|ldap|mssql|ssh|rdp|wmi|vnc|ftp)\b[^\n;|&]{0,200}(?:\s-H\s{1,3}|\s-p\s{1,3}|\s-u\s{1,3}[^\s]{1,80}\.txt\b|--(?:sam|lsa|ntds|shares|pass-pol|users|continue-on-success|local-auth|kerberoasting|asreproast|gmsa|laps|dpapi)\b|\s-M\s{1,3}\w|\s-x\s|\s-X\s)/i,
    why:
      "sprays or uses credentials across hosts with NetExec/CrackMapExec (lateral movement, dumping)",
  },
  {
    id: "cred.evil_winrm_hash",
    lit: [
      "evil-winrm",
      "pth-",
      "xfreerdp",
      "sekurlsa::pth",
      "invoke-thehash",
      "invoke-smbexec",
      "invoke-wmiexec",
    ],
    re: new RegExp(
      r`\bevil-winrm\b[^\n;|&]{0,160}(?:\s-H\s{1,3}${NT_HASH}|\s-p\s{1,3}\S|\s-[rS]\b)|\bpth-(?:winexe|wmis|smbclient|rpcclient|net)\b|\bxfreerdp\b[^\n;|&]{0,160}\/pth:${NT_HASH}|\binvoke-(?:thehash|smbexec|wmiexec)\b[^\n]{0,200}-hash\b`,
      "i",
    ),
    why:
      "logs on to another host with a stolen password or hash (pass-the-hash: evil-winrm, pth-*, xfreerdp /pth)",
  },
  {
    id: "cred.kerberos_attack",
    lit: [
      "kerbrute",
      "rubeus",
      "kerberoast",
      "asreproast",
      "invoke-kerberoast",
      "getspns",
      "kekeo",
      "targetedkerberoast",
      "kerberos::",
      "setspn",
    ],
    re:
      /\bkerbrute(?:\.exe|_linux\w{0,10})?\s{1,3}(?:userenum|passwordspray|bruteuser|bruteforce)\b|\brubeus(?:\.exe)?\s{1,3}(?:kerberoast|asreproast|asktgt|asktgs|s4u|ptt|dump|tgtdeleg|golden|silver|diamond|harvest|monitor|brute|changepw)\b|\binvoke-(?:kerberoast|asreproast|rubeus)\b|\btargetedkerberoast(?:\.py)?\b|\bkerberos::(?:golden|ptt|list\s{1,3}\/export|tgt)\b|\bkekeo\b[^\n]{0,60}\btgt::|\bsetspn(?:\.exe)?\s{1,3}-[qQ]\s{1,3}\*\/\*/i,
    why:
      "attacks Kerberos (user enumeration, spraying, kerberoasting, AS-REP roasting, ticket forging or passing)",
  },
  {
    id: "cred.mimikatz_family",
    lit: [
      "sekurlsa::",
      "lsadump::",
      "privilege::debug",
      "token::elevate",
      "dpapi::",
      "crypto::",
      "vault::",
      "mimikatz",
      "pypykatz",
      "lazagne",
      "nanodump",
      "handlekatz",
      "safetykatz",
      "sharpkatz",
      "invoke-mimikatz",
      "mimipenguin",
      "lsassy",
      "dumpert",
      "sharpdpapi",
      "sharpchrome",
      "seatbelt",
    ],
    re:
      /\b(?:sekurlsa|lsadump)::\w{2,30}|\bdpapi::(?:chrome|cred|masterkey|vault|rdg|wifi|protect|blob)\b|\bvault::(?:cred|list)\b|\bcrypto::(?:capi|cng|certificates|keys)\b|\bmisc::(?:skeleton|memssp|addsid|cmd)\b|\bprivilege::debug\b|\btoken::elevate\b|\binvoke-mimikatz\b|\bmimikatz(?:\.exe)?\s{1,3}["']?\w{2,20}::|\bpypykatz\s{1,3}(?:lsa|registry|live|dpapi)\b|\blazagne(?:\.exe|\.py)?\s{1,3}(?:all|browsers|wifi|windows|sysadmin|mails|memory|databases)\b|\b(?:nanodump|handlekatz|safetykatz|sharpkatz|dumpert|mimipenguin)(?:\.exe|\.py|\.sh|\.x64\.exe)?\b[^\n]{0,60}(?:-w\b|--write\b|lsass|\.dmp\b|$)|\blsassy\s{1,3}[^\n]{0,80}-[uH]\s|\bsharp(?:dpapi|chrome)(?:\.exe)?\s{1,3}(?:machinetriage|triage|credentials|vaults|logins|cookies|backupkey)\b|\bseatbelt(?:\.exe)?\s{1,3}-group=(?:all|user|system)\b/im,
    why:
      "runs a credential dumper (Mimikatz family, pypykatz, LaZagne, nanodump, lsassy, SharpDPAPI)",
  },
  {
    id: "cred.ntdsutil_ifm",
    lit: [
      "ntdsutil",
      "ntds.dit",
      "ntds\\ntds",
      "harddiskvolumeshadowcopy",
      "vssadmin",
      "wmic shadowcopy",
      "win32_shadowcopy",
      "diskshadow",
    ],
    re:
      /\bntdsutil(?:\.exe)?\b[^\n]{0,80}(?:["']?\s{0,2}\bifm\b|\bac(?:tivate)?\s{1,3}i(?:nstance)?\s{1,3}ntds\b[^\n]{0,40}\bifm\b)|\b(?:copy|cp|copy-item|esentutl|robocopy|xcopy)\b[^\n]{0,120}(?:harddiskvolumeshadowcopy\d{0,3}\\[^\n]{0,80}(?:ntds\.dit|\\config\\(?:sam|system|security)\b)|\\ntds\\ntds\.dit)|\besentutl(?:\.exe)?\b[^\n]{0,40}\/y\b[^\n]{0,80}(?:ntds\.dit|\\config\\sam)\b[^\n]{0,40}\/vss\b|\bvssadmin(?:\.exe)?\s{1,3}create\s{1,3}shadow\s{1,3}\/for=\s{0,2}[a-z]:[^\n]{0,300}(?:ntds\.dit|\\config\\(?:sam|system|security)\b|harddiskvolumeshadowcopy)|\b(?:wmic\s{1,3}shadowcopy\s{1,3}call\s{1,3}create|win32_shadowcopy\b[^\n]{0,40}\.create\()[^\n]{0,300}(?:ntds\.dit|\\config\\(?:sam|system)|harddiskvolumeshadowcopy)/i,
    why:
      "copies the Active Directory database or registry hives out of a volume shadow copy (ntdsutil IFM, shadow + ntds.dit)",
  },
  {
    id: "cred.shadow_then_copy",
    lit: "vssadmin",
    re: /\bvssadmin(?:\.exe)?\s{1,3}create\s{1,3}shadow\s{1,3}\/for=\s{0,2}["']?[a-z]:/i,
    also: /harddiskvolumeshadowcopy|ntds|\\config\\(?:sam|system|security)\b|\bsecretsdump\b/i,
    why: "creates a shadow copy to read the locked AD database or registry hives",
  },
  {
    id: "cred.browser_store_copy",
    lit: [
      "login data",
      "login\\ data",
      "cookies.sqlite",
      "logins.json",
      "key4.db",
      "key3.db",
      "local state",
      "web data",
      "login.keychain",
      "keychain-db",
      "keychains/",
    ],
    re:
      /\b(?:cp|copy|copy-item|compress-archive|cat|scp|rsync|sqlite3|tar|zip|7z|ditto|xcopy|robocopy|base64|curl)\b[^\n;|&]{0,200}(?:(?:chrome|chromium|edge|brave\S{0,20}|opera\S{0,20}|vivaldi)[\/\\][^\n;|&]{0,60}(?:login\\?\s?data|web\\?\s?data|cookies|local\\?\s?state)|firefox[\/\\][^\n;|&]{0,60}(?:logins\.json|key[34]\.db|cookies\.sqlite)|keychains\/[^\s"']{0,60}(?:login\.keychain(?:-db)?|\.keychain-db))/i,
    not: /\bsqlite3\b[^\n]{0,200}\bhistory\b[^\n]{0,40}$/i,
    why:
      "copies a browser's saved-password / cookie store or the login keychain (credential theft)",
  },
  {
    id: "cred.hash_cracking",
    lit: [
      "unshadow",
      "hashcat",
      "john ",
      "hydra ",
      "medusa",
      "ncrack",
      "patator",
      "sprayhound",
      "spray-ad",
      "sprayad",
      "sprayingtoolkit",
    ],
    re:
      /\bunshadow\s{1,3}[^\n]{0,60}\/etc\/shadow\b|\bhashcat(?:\.exe|\.bin)?\s{1,3}(?:[^\n;|&]{0,80}\s)?-m\s{0,2}(?:1000|5600|5500|13100|18200|19600|19700|1800|500|7400|3000|2100|22000|16500|1100)\b(?![^\n;|&]{0,200}--benchmark)|\bjohn\b(?![^\n;|&]{0,80}--test\b)[^\n;|&]{0,160}(?:--format=(?:krb5tgs|krb5asrep|netntlmv2|netntlm|nt|mscash2?|sha512crypt)\b|\s[\w.\/-]{0,60}(?:hashes|shadow|ntds|kerberoast|asrep|spns|unshadowed|dump)[\w.-]{0,20}(?:\s|$))|\bhydra\s{1,3}[^\n;|&]{0,160}-[lL]\s{1,3}\S{1,80}\s{1,3}-[pP]\s{1,3}\S{1,80}[^\n;|&]{0,80}(?:ssh|rdp|smb|ftp|ldap|mysql|mssql|postgres|http-post-form|https?-get)\b|\b(?:medusa|ncrack|patator)\b[^\n;|&]{0,160}(?:-U\s|-P\s|-u\s\S{1,40}\s{1,3}-P\s|--user\b|user=FILE|password=FILE)|\bspray(?:hound|-?ad|ingtoolkit)?\b[^\n;|&]{0,120}(?:-p(?:assword)?\s{1,3}\S{1,60}[^\n;|&]{0,60}-(?:d|dc|u)\b)/i,
    why:
      "cracks or brute-forces harvested password hashes / logins (unshadow, hashcat NTLM/Kerberos modes, hydra)",
  },
  {
    id: "cred.fake_password_prompt",
    lit: ["display dialog", "promptforcredential", "get-credential", "sudo", "zenity", "kdialog"],
    re:
      /\bdisplay\s{1,3}dialog\b[^\n]{0,200}\b(?:password|passcode|credentials?)\b[^\n]{0,200}\bwith\s{1,3}hidden\s{1,3}answer\b|\bdisplay\s{1,3}dialog\b[^\n]{0,200}\bwith\s{1,3}hidden\s{1,3}answer\b[^\n]{0,200}\b(?:password|passcode)\b|\$host\.ui\.promptforcredential\([^\n]{0,200}(?:windows|security|update|outlook|microsoft|session)|\bget-credential\b[^\n]{0,200}-message\s{1,3}["'][^"'\n]{0,120}(?:expired|windows\s{1,3}security|re-?enter|session|update)\b[^\n]{0,200}(?:getnetworkcredential\(\)\.password|out-file|add-content|invoke-webrequest|iwr)|\bread\s{1,3}-(?:s\s{1,3}-p|sp|p\s{1,3}["'][^"'\n]{0,40}["']\s{1,3}-s)\s{0,3}["']\s{0,2}\[?sudo\]?\s{1,3}password\b[^\n]{0,200}(?:>>?|tee|curl|nc\b)|\b(?:zenity|kdialog)\b[^\n]{0,60}--(?:password|passwordbox)\b[^\n]{0,200}(?:authentication|sudo|system|update|required)[^\n]{0,200}(?:>>?|tee|curl|nc\b)/i,
    why: "shows a fake password prompt to capture the user's password (input capture)",
  },
  {
    id: "cred.sudo_stdin_password",
    lit: "sudo -s",
    re:
      /\b(?:echo|printf)\s{1,3}(?:-[ne]\s{1,3})?["']?[^\s"'|]{4,60}["']?\s{0,2}\|\s{0,2}sudo\s{1,3}-S\b[^\n]{0,120}(?:\/etc\/shadow|useradd|usermod|passwd\b|visudo|sudoers|chmod\s{1,3}[u+]{0,2}[+]?s\b|bash\s{1,3}-[ip]|sh\s{1,3}-i|\bsu\b|authorized_keys)/,
    why: "feeds a harvested password to sudo -S to run a privileged action",
  },
  {
    id: "cred.input_capture",
    lit: [
      "xinput",
      "xinput test",
      "logkeys",
      "keylog",
      "getasynckeystate",
      "setwindowshookex",
      "xclip",
      "xsel",
      "pbpaste",
      "get-clipboard",
      "showkey",
      "evtest",
    ],
    re:
      /\bxinput\s{1,3}(?:test|test-xi2)\b[^\n]{0,80}(?:>|\|)|\blogkeys\s{1,3}(?:-s|--start)\b|\b(?:getasynckeystate|setwindowshookex(?:a|w)?)\b[^\n]{0,400}(?:add-content|out-file|writealltext|appendalltext|streamwriter|invoke-webrequest)|(?:\bwhile\s{0,3}(?:true\b|:|\(\s{0,2}\$true\s{0,2}\)|\$true\b|\(\s{0,2}1\s{0,2}\))|\bfor\s{0,2}\(\s{0,2};;|\bloop\b)[^\n]{0,80}(?:xclip\s{1,3}-o|xsel\s{1,3}-[ob]|pbpaste|get-clipboard|wl-paste)\b[^\n]{0,120}(?:>>|add-content|out-file|curl|nc\b|tee\s{1,3}-a)|\b(?:showkey|evtest)\b[^\n]{0,60}\/dev\/input\/event\d{1,2}[^\n]{0,40}(?:>|\|)|\bcat\s{1,3}\/dev\/input\/(?:event\d{1,2}|by-path\/[\w.:-]{0,80}kbd)[^\n]{0,40}(?:>|\|)/i,
    why:
      "records keystrokes or the clipboard in a loop to a file or the network (keylogger, clipboard scraper)",
  },
  {
    id: "cred.ad_collector",
    lit: [
      "sharphound",
      "bloodhound",
      "adfind",
      "azurehound",
      "adrecon",
      "pingcastle",
      "ldapdomaindump",
      "invoke-bloodhound",
      "rusthound",
      "soapyhound",
      "certipy",
      "certify",
    ],
    re:
      /\b(?:sharphound(?:\.exe|\.ps1)?|invoke-bloodhound)\b[^\n]{0,120}(?:-c(?:ollectionmethods?)?\s{1,3}["']?(?:all|dconly|session|loggedon|acl|group|trusts|default)\b|--zipfilename|-outputdirectory|--(?:stealth|loop)\b|$)|\b(?:bloodhound-python|bloodhound\.py|rusthound|soapyhound)\b[^\n]{0,160}(?:-c\s{1,3}(?:all|dconly|default|session)\b|-u\s)|\bazurehound(?:\.exe)?\s{1,3}(?:list|-r\b)|\badfind(?:\.exe)?\s{1,3}[^\n]{0,160}(?:-f\s{1,3}["']?\(?(?:objectcategory|objectclass)=(?:person|user|computer|group|organizationalunit|trusteddomain)|-sc\s{1,3}(?:trustdmp|dcmodes|adinfo|computers_pwdnotreqd|admincountdmp)|-gcb\b|-csv\b[^\n]{0,60}>)|\bldapdomaindump\s{1,3}[^\n]{0,80}-u\s|\badrecon(?:\.ps1)?\b|\bpingcastle(?:\.exe)?\s{1,3}--healthcheck\b[^\n]{0,40}--server\b|\bcertipy(?:-ad)?\s{1,3}(?:find\b[^\n]{0,120}-vulnerable|req\b[^\n]{0,160}-upn\s|auth\b[^\n]{0,80}-pfx\b|shadow\s{1,3}auto\b)|\bcertify(?:\.exe)?\s{1,3}(?:find\s{1,3}\/vulnerable|request\b[^\n]{0,160}\/altname:)/im,
    why:
      "collects the whole directory for attack-path mapping or abuses certificate templates (SharpHound, bloodhound-python, AdFind, Certipy)",
  },
  {
    id: "cred.ldap_dump_all",
    lit: "ldapsearch",
    re:
      /\bldapsearch\b[^\n;|&]{0,300}["']\(\s{0,2}(?:objectclass=\*|objectclass=(?:user|person|computer|group)|objectcategory=(?:person|user|computer)|samaccounttype=805306368|\&\(objectclass=user\)\(objectcategory=person\)|serviceprincipalname=\*|userAccountControl:1\.2\.840\.113556\.1\.4\.803:=4194304)\s{0,2}\)["'](?:\s{1,3}["']?(?:\*|\+|(?:samaccountname|userpassword|unicodepwd|ms-mcs-admpwd|mslaps-password|serviceprincipalname|memberof)\b)|[^\n;|&]{0,80}(?:>|\|\s{0,3}tee)|\s{0,3}$)/im,
    not: /\(\s{0,2}(?:uid|samaccountname|cn|mail|userprincipalname)=(?!\*)[\w.@-]{1,80}\s{0,2}\)/i,
    why: "dumps every user / computer / SPN / LAPS password from the directory with ldapsearch",
  },
  {
    id: "cred.laps_gmsa_read",
    lit: [
      "ms-mcs-admpwd",
      "mslaps-password",
      "msds-managedpassword",
      "get-lapsadpassword",
      "gmsadumper",
      "lapsdumper",
    ],
    re:
      /\bget-(?:adcomputer|adobject|adserviceaccount)\b[^\n]{0,200}-(?:properties|prop)\s{1,3}[^\n]{0,80}(?:ms-mcs-admpwd|mslaps-password|msds-managedpassword)\b|\bget-lapsadpassword\b[^\n]{0,80}(?:-identity\s{1,3}\*|-asplaintext\b[^\n]{0,80}(?:\||>))|\b(?:gmsadumper|lapsdumper)(?:\.py)?\s{1,3}-u\s/i,
    not: /-identity\s{1,3}["']?[\w.-]{1,40}["']?\s{1,3}-asplaintext\s{0,3}$/i,
    why:
      "reads local-admin (LAPS) or group-managed service account passwords in bulk from the directory",
  },
  {
    id: "cred.dcsync_powershell",
    lit: ["dcsync", "get-adreplaccount", "drsuapi", "invoke-dcsync"],
    re:
      /\b(?:invoke-dcsync|get-adreplaccount\b[^\n]{0,120}-(?:all|samaccountname)\b[^\n]{0,200}-server\b|lsadump::dcsync)\b/i,
    why: "replicates password hashes from a domain controller (DCSync)",
  },
];
