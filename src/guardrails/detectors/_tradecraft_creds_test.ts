import { runCases, type TradecraftCase } from "./_tradecraft_testing.ts";

const H = "8846f7eaee8fb117ad06bdd830b7586c";

const CASES: TradecraftCase[] = [
  {
    id: "cred.impacket_exec",
    block: [
      `impacket-wmiexec -hashes :${H} acme/itadmin@172.20.4.10`,
      "secretsdump.py -just-dc-ntlm acme.local/da@dc01.acme.local",
      "GetUserSPNs.py acme.local/svc_web:Spring2025 -dc-ip 172.20.0.2 -request",
      "ntlmrelayx.py -tf targets.txt -smb2support",
    ],
    pass: ["pip show impacket", "python3 -m pip install impacket"],
  },
  {
    id: "cred.netexec",
    block: [
      `nxc smb 172.20.0.0/24 -u administrator -H ${H} --local-auth`,
      "crackmapexec ldap dc01 -u svc -p 'Summer!1' --kerberoasting out.txt",
    ],
    pass: ["nxc --version"],
  },
  {
    id: "cred.evil_winrm_hash",
    block: [
      `evil-winrm -i 172.20.4.10 -u admin -H ${H}`,
      `xfreerdp /v:172.20.4.10 /u:adm /pth:${H}`,
    ],
    pass: ["xfreerdp /v:desk07.corp /u:me"],
  },
  {
    id: "cred.kerberos_attack",
    block: [
      "kerbrute passwordspray -d acme.local users.txt 'Winter2025!'",
      "Rubeus.exe asreproast /format:hashcat /outfile:asrep.txt",
      "setspn -Q */*",
    ],
    pass: ["klist", "kinit me@ACME.LOCAL", "setspn -L svc_web"],
  },
  {
    id: "cred.mimikatz_family",
    block: [
      `mimikatz.exe "privilege::debug" "lsadump::sam" exit`,
      "pypykatz lsa minidump /tmp/l.dmp",
      "lazagne.exe browsers -oJ",
      "lsassy -u adm -H " + H + " 172.20.4.0/24",
    ],
    pass: ["pip download pypykatz --no-deps"],
  },
  {
    id: "cred.ntdsutil_ifm",
    block: [
      `ntdsutil "ac i ntds" "ifm" "create full C:\\ProgramData\\i" q q`,
      "copy \\\\?\\GLOBALROOT\\Device\\HarddiskVolumeShadowCopy3\\Windows\\NTDS\\ntds.dit C:\\ProgramData\\n.dit",
    ],
    pass: [`ntdsutil "metadata cleanup" quit`],
  },
  {
    id: "cred.shadow_then_copy",
    block: ["vssadmin create shadow /for=C: && cmd /c echo ntds"],
    pass: ["vssadmin list shadows"],
  },
  {
    id: "cred.browser_store_copy",
    block: [
      `cp "$HOME/Library/Application Support/Google/Chrome/Default/Login Data" /tmp/ld`,
      "tar czf /tmp/ff.tgz ~/.mozilla/firefox/abc.default/logins.json ~/.mozilla/firefox/abc.default/key4.db",
    ],
    pass: ["ls ~/Library/Application\\ Support/Google/Chrome/"],
  },
  {
    id: "cred.hash_cracking",
    block: [
      "unshadow /tmp/p /etc/shadow > h.txt",
      "hashcat -a 0 -m 13100 spns.txt rockyou.txt",
      "hydra -L users.txt -P pw.txt ssh://203.0.113.5",
    ],
    pass: ["hashcat -m 1000 --benchmark", "john --test"],
  },
  {
    id: "cred.fake_password_prompt",
    block: [
      `osascript -e 'display dialog "Software Update requires your password" default answer "" with hidden answer'`,
      `read -s -p "[sudo] password for $USER: " p; echo "$p" >> /tmp/.cache_p`,
    ],
    pass: [`osascript -e 'display dialog "Build finished" buttons {"OK"}'`],
  },
  {
    id: "cred.sudo_stdin_password",
    block: ["echo 'Hunter2024' | sudo -S cp /etc/shadow /tmp/s"],
    pass: ["echo 'y' | sudo -S apt-get install jq"],
  },
  {
    id: "cred.input_capture",
    block: [
      "xinput test 11 > /tmp/.k",
      "while true; do pbpaste >> /tmp/.c; sleep 3; done",
    ],
    pass: ["xinput list", "pbpaste | jq ."],
  },
  {
    id: "cred.ad_collector",
    block: [
      "SharpHound.exe -c All --zipfilename acme.zip",
      "bloodhound-python -d acme.local -u u -p p -c All -ns 172.20.0.2",
      `AdFind.exe -f "(objectcategory=person)" -csv > people.csv`,
      "certipy find -u u@acme.local -p p -vulnerable",
    ],
    pass: ["pip install bloodhound", "docker run specterops/bloodhound"],
  },
  {
    id: "cred.ldap_dump_all",
    block: [`ldapsearch -x -H ldap://dc01 -b "dc=acme,dc=local" "(objectClass=user)" "*"`],
    pass: [`ldapsearch -x -H ldap://dc01 -b "dc=acme,dc=local" "(sAMAccountName=jdoe)" mail`],
  },
  {
    id: "cred.laps_gmsa_read",
    block: ["Get-ADComputer -Filter * -Properties ms-Mcs-AdmPwd | Select Name,ms-Mcs-AdmPwd"],
    pass: ["Get-ADComputer -Filter * -Properties OperatingSystem"],
  },
  {
    id: "cred.dcsync_powershell",
    block: ["Get-ADReplAccount -All -Server dc01 -NamingContext 'dc=acme,dc=local'"],
    pass: ["Get-ADReplicationPartnerMetadata -Target dc01"],
  },
];

runCases("credentials", CASES);
