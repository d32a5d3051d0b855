/**
 * Host tradecraft on macOS and Linux, and network discovery for attack (ATT&CK T1555 credential
 * stores, T1552 unsecured credentials, T1003.007 process memory, T1557 adversary-in-the-middle,
 * T1046 network service discovery, T1135 share discovery, T1110.003 password spraying): each tool
 * with the argument that makes it an attack. Macros the posture rules own (SIP, Gatekeeper,
 * launchd payloads, the keychain dump) are not repeated. Passing: `security find-certificate`,
 * `nmap -sV one-host`, `grep password config/app.yml`, `tcpdump -i eth0 port 53`.
 */
import { r, type TradecraftRule } from "./_tradecraft_core.ts";

/** A whole private network range (a /8–/24 sweep target). */
const WIDE_RANGE =
  r`(?:\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\/(?:8|1\d|2[0-4])\b|\d{1,3}\.\d{1,3}\.\d{1,3}\.(?:0|1)-254\b|\d{1,3}\.\d{1,3}\.\d{1,3}\.\*)`;

export const HOST_RULES: TradecraftRule[] = [
  {
    id: "mac.keychain_password_read",
    lit: [
      "find-generic-password",
      "find-internet-password",
      "chainbreaker",
      "keychaindump",
      "-authonly",
    ],
    re:
      /\bsecurity\s{1,3}find-(?:generic|internet)-password\b[^\n;|&]{0,160}\s-[a-z]{0,3}[gw][a-z]{0,3}\b[^\n]{0,200}(?:>|\|\s{0,3}(?:curl|nc|base64|pbcopy|tee)\b)|\bsecurity\s{1,3}find-(?:generic|internet)-password\s{1,3}-[a-z]{0,3}[gw][a-z]{0,3}\s{1,3}(?:-s\s{1,3})?["']?(?:chrome\s{1,3}safe\s{1,3}storage|brave\s{1,3}safe\s{1,3}storage|microsoft\s{1,3}edge\s{1,3}safe\s{1,3}storage|opera\s{1,3}safe\s{1,3}storage)|\bchainbreaker(?:\.py)?\b[^\n]{0,80}--(?:dump-all|password|dump-generic-passwords)\b|\bkeychaindump\b|\bdscl\s{1,3}[.\/][^\n]{0,40}-authonly\b[^\n]{0,120}(?:\$\(|while\b|for\b|<|xargs)|\b(?:for|while)\b[^\n]{0,120}\bdscl\s{1,3}[.\/][^\n]{0,40}-authonly\b/i,
    why:
      "reads saved passwords or the browser safe-storage key from the keychain, or sprays local passwords with dscl -authonly",
  },
  {
    id: "mac.osascript_remote_or_stealer",
    lit: ["osascript", "jxa"],
    re:
      /\b(?:curl|wget)\b[^\n|]{0,200}\|\s{0,3}osascript\b|\bosascript\b[^\n]{0,40}-l\s{1,3}javascript\b[^\n]{0,300}(?:nsdata\.datawithcontentsofurl|dataWithContentsOfURL|doShellScript\([^\n)]{0,80}(?:curl|nc\b|bash\s{1,3}-i))|\bosascript\b[^\n]{0,300}\bdo\s{1,3}shell\s{1,3}script\b[^\n]{0,120}(?:curl\b[^\n]{0,80}\|\s{0,3}(?:ba|z)?sh|\/dev\/tcp\/|nc\s{1,3}-e)|\bosascript\b[^\n]{0,300}(?:Cookies\.binarycookies|Login\s{1,3}Data|keychains\/login\.keychain|Messages\/chat\.db)[^\n]{0,300}(?:duplicate|copy|curl|zip)/i,
    why:
      "runs a downloaded AppleScript/JXA, opens a shell from it, or copies browser / message / keychain stores with it",
  },
  {
    id: "mac.quarantine_strip_run",
    lit: [
      "com.apple.quarantine",
      "xattr -c",
      "xattr -d",
      "xattr -rc",
      "xattr -rd",
      "xattr -cr",
      "xattr -dr",
    ],
    re:
      /\bxattr\s{1,3}-[a-z]{0,3}[dc][a-z]{0,3}\s{1,3}(?:com\.apple\.quarantine\s{1,3})?["']?(?:\/tmp|\/private\/tmp|\/users\/shared|~\/downloads|\/var\/folders)[^\n;|&]{0,120}(?:&&|;)\s{0,3}(?:open|chmod\s{1,3}\+x|\.\/|\/tmp\/|\/users\/shared\/)/i,
    why: "strips the download quarantine from a fetched program and runs it (Gatekeeper bypass)",
  },
  {
    id: "mac.user_data_stores",
    lit: ["chat.db", "tcc.db", "cookies.binarycookies", "notestore.sqlite", "screencapture"],
    re:
      /\b(?:cp|ditto|tar|zip|sqlite3|curl|scp|rsync)\b[^\n;|&]{0,160}(?:Library\/Messages\/chat\.db|Library\/Cookies\/Cookies\.binarycookies|group\.com\.apple\.notes\/NoteStore\.sqlite)[^\n]{0,200}(?:\/tmp|\/users\/shared|curl|scp|nc\b|\.zip|\.tgz|@)|\b(?:while\s{1,3}(?:true|:)|for\b)[^\n]{0,80}\bscreencapture\s{1,3}-x\b/i,
    why:
      "copies the user's Messages, cookies or Notes stores out, or silently captures the screen in a loop",
  },
  {
    id: "linux.process_memory_creds",
    lit: ["gcore", "gdb -p", "strace", "/proc/", "ssh_auth_sock"],
    re:
      /\b(?:gcore|gdb\s{1,3}-p)\b[^\n]{0,60}\$\(\s{0,2}(?:pgrep|pidof)\s{1,3}(?:-\w{1,3}\s{1,3})?(?:sshd|ssh-agent|gnome-keyring|gpg-agent|vault|keepassxc|lightdm|gdm|sudo|passwd|login|1password)\b|\bstrace\b[^\n]{0,60}-p\s{0,2}\$\(\s{0,2}(?:pgrep|pidof)\s{1,3}(?:-\w{1,3}\s{1,3})?(?:sshd|sudo|su|passwd|login)\b|\bstrings\b[^\n]{0,40}\/proc\/(?:\d{1,7}|\*|\$\w{1,10}|\$\(\s{0,2}pgrep\b[^)]{0,40}\))\/(?:mem|environ)\b|\bcat\s{1,3}\/proc\/\*\/environ\b|\bSSH_AUTH_SOCK=\/tmp\/ssh-[\w*?.-]{1,40}\/agent\.[\w*?]{1,10}\s{1,3}(?:ssh|ssh-add)\b/i,
    why: "reads credentials from another process's memory or hijacks another user's SSH agent",
  },
  {
    id: "host.credential_hunt",
    lit: [
      "findstr",
      "select-string",
      "cpassword",
      "gpp-decrypt",
      "get-gpppassword",
      "grep -",
      "defaultpassword",
      "vaultcmd",
      "reg query",
      "reg.exe query",
    ],
    re:
      /\bfindstr(?:\.exe)?\s{1,3}\/[a-z]{0,4}s[a-z]{0,4}\s{1,3}(?:\/[a-z]{1,4}\s{1,3}){0,3}["']?(?:password|passwd|pwd|cpassword|credential)["']?\s{1,3}(?:\*\.\w{1,5}\s{0,3}){2,}|\bfindstr\b[^\n]{0,80}\bcpassword\b[^\n]{0,80}\\sysvol\b|\bgpp-decrypt\b|\bget-gpppassword\b|\bget-childitem\b[^\n|]{0,120}-recurse\b[^\n]{0,200}\|\s{0,3}select-string\s{1,3}(?:-pattern\s{1,3})?["']?(?:password|passwd|pwd|secret|credential)s?\b[^\n]{0,40}(?:\||>|-list)|\bgrep\s{1,3}-[a-z]{0,5}r[a-z]{0,5}\s{1,3}(?:-[a-z]{1,5}\s{1,3}){0,3}["']?(?:password|passwd|secret|api[_-]?key)[^"'\n]{0,40}["']?\s{1,3}(?:\/|\/home|\/etc|\/var|\/root|\/mnt|~)\s{0,3}(?:2>\/dev\/null\s{0,3})?(?:>|\||$)|\breg(?:\.exe)?\s{1,3}query\b[^\n]{0,120}\bwinlogon\b[^\n]{0,80}\/v\s{1,3}defaultpassword\b|\breg(?:\.exe)?\s{1,3}query\s{1,3}hk(?:lm|cu)\s{1,3}\/f\s{1,3}password\s{1,3}\/t\s{1,3}reg_sz\s{1,3}\/s\b|\bvaultcmd(?:\.exe)?\s{1,3}\/listcreds:/im,
    why: "hunts the file system, SYSVOL or registry for stored passwords (credential hunting)",
  },
  {
    id: "net.wide_scan",
    lit: [
      "nmap",
      "masscan",
      "zmap",
      "rustscan",
      "naabu",
      "arp-scan",
      "nbtscan",
      "fping",
      "invoke-portscan",
      "seq 1 254",
      "{1..254}",
    ],
    re: new RegExp(
      r`\b(?:masscan|zmap|rustscan|naabu)\b[^\n;|&]{0,160}(?:${WIDE_RANGE}|-p\s{0,2}(?:0-65535|1-65535|-)|--rate[= ]\s{0,2}\d{4,})|\bnmap\b[^\n;|&]{0,160}(?:-p-\s|-p\s{0,2}1-65535|-sS|-sU|-A\b|--script\s{1,3}["']?(?:vuln|smb-vuln|exploit|brute|ms17-010|smb-enum-users|ldap-brute|http-shellshock))[^\n;|&]{0,160}${WIDE_RANGE}|\bnmap\b[^\n;|&]{0,160}${WIDE_RANGE}[^\n;|&]{0,160}(?:-p-|-p\s{0,2}1-65535|--script\s{1,3}["']?(?:vuln|smb-vuln|exploit|brute|ms17-010))|\b(?:arp-scan|nbtscan|fping\s{1,3}-[a-z]{0,3}g)\b[^\n;|&]{0,80}${WIDE_RANGE}|\binvoke-portscan\b|\bfor\s{1,3}\w{1,10}\s{1,3}in\s{1,3}(?:\$\(seq\s{1,3}1\s{1,3}254\)|\{1\.\.254\})\s{0,3};\s{0,3}do\s{1,3}ping\b`,
      "i",
    ),
    why:
      "sweeps a whole network range for hosts, every port or known vulnerabilities (attack reconnaissance)",
  },
  {
    id: "net.share_user_enum",
    lit: [
      "enum4linux",
      "smbmap",
      "rpcclient",
      "snmpwalk",
      "onesixtyone",
      "smbclient",
      "ldapnomnom",
      "windapsearch",
      "net view",
      "invoke-sharefinder",
      "snaffler",
    ],
    re:
      /\benum4linux(?:-ng)?(?:\.pl|\.py)?\s{1,3}-[a-zA-Z]{1,4}\b|\bsmbmap(?:\.py)?\s{1,3}[^\n;|&]{0,120}-H\s{1,3}[\w.-]{1,80}(?:[^\n;|&]{0,80}(?:-R\b|--download|-x\s|-u\s{1,3}["']?["']?\s{1,3}-p\s{1,3}["']?["']))?|\brpcclient\s{1,3}-U\s{1,3}["']{2}\s{1,3}-N\b|\brpcclient\b[^\n]{0,80}-c\s{1,3}["']?(?:enumdomusers|querydispinfo|enumdomgroups)\b|\bonesixtyone\b[^\n]{0,80}-c\s{1,3}\S{1,80}|\bsnmpwalk\b[^\n]{0,40}-c\s{1,3}(?:public|private)\b[^\n]{0,60}(?:1\.3\.6\.1\.4\.1\.77\.1\.2\.25|hrSWRunName|1\.3\.6\.1\.2\.1\.25\.4\.2\.1\.2)|\bsmbclient\s{1,3}-L\s{1,3}\S{1,80}\s{1,3}-N\b|\b(?:invoke-sharefinder|snaffler(?:\.exe)?\s{1,3}-s)\b|\bwindapsearch\b[^\n]{0,80}(?:--da|-U|--full|--privileged-users)\b|\bldapnomnom\b/i,
    why:
      "enumerates shares, users or processes anonymously or with null sessions (SMB/RPC/SNMP attack enumeration)",
  },
  {
    id: "net.mitm_poisoning",
    lit: [
      "responder",
      "mitm6",
      "bettercap",
      "arpspoof",
      "ettercap",
      "inveigh",
      "dnschef",
      "pretender",
    ],
    re:
      /\bresponder(?:\.py)?\s{1,3}-I\s{1,3}\S{1,20}|\bmitm6(?:\.py)?\s{1,3}-(?:d|i)\s|\bbettercap\b[^\n]{0,120}(?:arp\.spoof|dns\.spoof|net\.sniff|-caplet)|\barpspoof\s{1,3}-i\s{1,3}\S{1,20}\s{1,3}-t\s|\bettercap\b[^\n]{0,40}-(?:T|M)\s{1,3}(?:arp|-M)|\binvoke-inveigh\b|\binveigh(?:\.exe)?\s{1,3}-|\bdnschef(?:\.py)?\s{1,3}--fake|\bpretender\s{1,3}-i\s/i,
    why:
      "poisons name resolution or ARP on the local network to capture credentials (Responder, mitm6, bettercap, arpspoof)",
  },
  {
    id: "host.exploit_frameworks",
    lit: [
      "msfconsole",
      "exploit/",
      "sliver",
      "havoc",
      "empire",
      "covenant",
      "pwncat",
      "metasploit",
      "beacon",
      "merlin",
      "mythic",
    ],
    re:
      /\bmsfconsole\b[^\n]{0,40}-(?:x|q\s{1,3}-x)\s{1,3}["'][^"'\n]{0,200}(?:exploit\/|use\s{1,3}(?:exploit|auxiliary\/scanner|post)\/|payload\s{1,3}\S{0,60}(?:reverse|bind))|\bsliver(?:-client|-server)?\b[^\n]{0,40}(?:generate\s{1,3}(?:beacon\s{1,3})?--(?:mtls|http|dns)|mtls\s{1,3}--lport)|\bpwncat(?:-cs)?\s{1,3}(?:-l\s{1,3}-p|-lp|\S{1,80}\s{1,3}\d{1,5}$)|\bempire\b[^\n]{0,40}(?:--rest|usestager|uselistener)|\bmerlinagent\b[^\n]{0,40}-url\s|\bmythic-cli\s{1,3}install\s{1,3}github\b/im,
    why:
      "drives an exploitation or command-and-control framework (Metasploit modules, Sliver, Empire, pwncat)",
  },
  {
    id: "host.serve_root_fs",
    lit: [
      "php -s",
      "http.server",
      "simplehttpserver",
      "http-server",
      "ruby -run",
      "busybox httpd",
      "updog",
    ],
    re:
      /\bphp\s{1,3}-S\s{1,3}(?:0\.0\.0\.0|\[::\]|\*)?:?\d{0,5}\b[^\n;|&]{0,40}-t\s{1,3}["']?(?:\/|\/etc|\/root|\/home|~|c:\\)["']?(?:\s|$)|\b(?:python[\d.]{0,4}\s{1,3}-m\s{1,3}(?:http\.server|SimpleHTTPServer)|npx\s{1,3}http-server|http-server|updog)\b[^\n;|&]{0,60}(?:--directory|-d)\s{1,3}["']?(?:\/|\/etc|\/root|\/home|~|c:\\)["']?(?:\s|$)|\bcd\s{1,3}(?:\/|\/root|\/etc|~)\s{0,3}(?:&&|;)\s{0,3}(?:python[\d.]{0,4}\s{1,3}-m\s{1,3}(?:http\.server|SimpleHTTPServer)|php\s{1,3}-S\s{1,3}0\.0\.0\.0|ruby\s{1,3}-run\s{1,3}-e\s{1,3}httpd|busybox\s{1,3}httpd)\b/im,
    why: "serves the whole file system, /etc or a home folder over HTTP to the network",
  },
  {
    id: "c2.dns_txt_stager",
    lit: ["-type=txt", "-type txt", "-q=txt", "-querytype=txt", "-t txt", " txt ", "termbin"],
    re:
      /\b(?:nslookup|dig|resolve-dnsname|host)\b[^\n|]{0,80}(?:-q(?:uerytype)?=txt|-type[= ]\s{0,2}txt|\s-t\s{1,3}txt|\stxt\s)[^\n]{0,200}(?:\|\s{0,3}(?:iex|invoke-expression|(?:ba)?sh\b|base64\s{1,3}-d[^\n|]{0,20}\|\s{0,3}(?:ba)?sh\b)|\)\.strings\b[^\n]{0,80}\b(?:iex|invoke-expression)\b)|\b(?:iex|invoke-expression)\b[^\n]{0,60}\(\s{0,2}(?:\(\s{0,2})?(?:resolve-dnsname|nslookup)\b[^\n]{0,120}txt|\|\s{0,3}nc\s{1,3}termbin\.com\s{1,3}9999\b/i,
    why:
      "runs a payload fetched from DNS TXT records, or pastes data out through termbin (DNS stager / netcat paste)",
  },
];
