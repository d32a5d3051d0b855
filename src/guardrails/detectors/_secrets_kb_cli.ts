/**
 * Knowledge base, passwords typed into documented command-line options and library calls whose
 * option name is not a secret-named `--flag` (those are the detector's generic rule): keytool
 * `-storepass`, openssl `pass:`, `docker login -p`, `zip -P`, `7z -p`, `gpg --passphrase`,
 * `smbclient -U user%pass`, `xfreerdp /p:`, `psexec -p`, `wmic /password:`, `cmdkey /pass:`,
 * `ipmitool -P`, `sqlcmd -P`, `mongosh -p`, `mosquitto_pub -P`, `ldapsearch -w`, `sqlplus u/p@`,
 * `lftp -u u,p`, `htpasswd -b`, `chpasswd`, `rabbitmqctl add_user`, `nmcli … password`,
 * `wpa_passphrase`, `http -a u:p`, PowerShell `ConvertTo-SecureString
 * -AsPlainText` / `NetworkCredential`, Python `HTTPBasicAuth` / `.login(u, p)`, JDBC
 * `getConnection(url, u, p)`. `$VAR`, `%VAR%`, `<password>` and `****` are not values.
 */
import type { Rule } from "./_secrets_rules.ts";
import { passwordish } from "./_secrets_kb_util.ts";

/** Advice for a password typed into a command or call. */
const ADVICE = "the password is now in shell history, process lists and logs; change it and " +
  "pass it from an environment variable, a prompt or a credentials file instead";

/** The argument value after an option: optionally quoted, no shell metacharacters. */
const ARG = String.raw`(['"]?)(?<s>[^\s'"<>\`]{4,128})\1(?![^\s;|&)])`;

/** One rule: `label`, `hint` literals, the regex source (with ARG or its own `s` group). */
function cli(label: string, hint: string | readonly string[], source: string, flags = "dg"): Rule {
  return {
    kind: "login_password",
    label,
    severity: "high",
    hint,
    re: new RegExp(source, flags),
    check: passwordish,
    advice: ADVICE,
  };
}

/** Command-line and call-site password formats. */
export const KB_CLI: Rule[] = [
  cli(
    "Password in keytool / jarsigner -storepass / -keypass",
    ["storepass", "keypass"],
    String.raw`(?<![A-Za-z0-9_])-(?:src|dest|new)?(?:storepass|keypass)[ \t]+` + ARG,
  ),
  cli(
    "Password in an openssl pass: argument",
    "pass:",
    String
      .raw`(?<![A-Za-z0-9_])-(?:passin|passout|password|pass|kfile|-ks-pass|-key-pass)[ \t=]+pass:` +
      ARG,
  ),
  cli(
    "Password in docker / podman / helm login -p",
    ["docker", "podman", "helm"],
    String
      .raw`\b(?:docker|podman|helm(?:[ \t]+registry)?)[ \t]+login\b[^\n;|&]{0,200}?[ \t]-p[ \t]+` +
      ARG,
  ),
  cli(
    "Password in zip / unzip -P",
    ["zip "],
    String.raw`\b(?:zip|unzip|zipcloak)[ \t][^\n;|&]{0,120}?(?<![A-Za-z0-9_])-P[ \t]+` + ARG,
  ),
  cli(
    "Password in 7-Zip -p",
    ["7z ", "7za ", "7zz "],
    String.raw`\b7z[az]?[ \t]+[a-z][^\n;|&]{0,160}?[ \t]-p` + ARG,
  ),
  cli(
    "Passphrase in gpg --passphrase",
    "--passphrase",
    String.raw`\bgpg2?\b[^\n;|&]{0,160}?--passphrase(?:[ \t]+|=)` + ARG,
  ),
  cli(
    "Password in smbclient / rpcclient -U user%password",
    ["smbclient", "rpcclient", "smbget", "mount.cifs"],
    String
      .raw`\b(?:smbclient|rpcclient|smbget|mount\.cifs)\b[^\n;|&]{0,160}?(?:-U|--user(?:name)?=?)[ \t]*(['"]?)[^\s%'"]{1,64}%(?<s>[^\s'"<>\`]{4,128})\1(?![^\s;|&)])`,
  ),
  cli(
    "Password in xfreerdp / rdesktop",
    ["freerdp", "rdesktop"],
    String
      .raw`\b(?:x?freerdp3?|wlfreerdp|rdesktop)\b[^\n;|&]{0,200}?(?:[ \t]/p:|[ \t]-p[ \t]+)(['"]?)(?<s>[^\s'"<>\`]{4,128})\1(?![^\s;|&)])`,
  ),
  cli(
    "Password in psexec / winrs / schtasks",
    ["psexec", "PsExec", "paexec", "winrs", "schtasks", "SCHTASKS"],
    String
      .raw`\b(?:psexec(?:64)?|PsExec(?:64)?|paexec|winrs|schtasks|SCHTASKS)\b[^\n;|&]{0,200}?[ \t](?:-p[ \t]+|-p:|/p:|/P[ \t]+|/RP[ \t]+|-RP[ \t]+|/rp[ \t]+)` +
      ARG,
  ),
  cli(
    "Password in wmic / cmdkey / net.exe-style /password:",
    ["/password:", "/PASSWORD:", "/pass:", "/PASS:", "/Password:"],
    String.raw`(?<![A-Za-z0-9_])/(?:password|PASSWORD|Password|pass|PASS):` + ARG,
  ),
  cli(
    "Password in ipmitool -P",
    "ipmitool",
    String.raw`\bipmitool\b[^\n;|&]{0,200}?[ \t]-P[ \t]+` + ARG,
  ),
  cli(
    "Password in sqlcmd / bcp / osql -P",
    ["sqlcmd", "bcp ", "osql", "isql", "mssql-cli", "SQLCMD"],
    String.raw`\b(?:sqlcmd|SQLCMD|bcp|osql|isql|mssql-cli)\b[^\n;|&]{0,200}?[ \t]-P[ \t]*` + ARG,
  ),
  cli(
    "Password in mongo / mongosh / mongodump -p",
    ["mongo"],
    String
      .raw`\bmongo(?:sh|dump|restore|import|export|stat|top|files)?\b[^\n;|&]{0,200}?[ \t]-p[ \t]+` +
      ARG,
  ),
  cli(
    "Password in mosquitto_pub / mosquitto_sub -P",
    "mosquitto_",
    String.raw`\bmosquitto_(?:pub|sub|rr)\b[^\n;|&]{0,200}?[ \t]-P[ \t]+` + ARG,
  ),
  cli(
    "Password in ldapsearch / ldapmodify -w",
    "ldap",
    String
      .raw`\bldap(?:search|modify|add|delete|passwd|whoami|compare|modrdn|exop)\b[^\n;|&]{0,200}?[ \t]-w[ \t]+` +
      ARG,
  ),
  cli(
    "Password in an Oracle user/password@db login",
    ["sqlplus", "rman", "expdp", "impdp", "sqlldr", "SQLPLUS"],
    String
      .raw`\b(?:sqlplus|SQLPLUS|rman|expdp|impdp|exp|imp|sqlldr)(?:[ \t]+-[sSLl])*[ \t]+(?:(?:target|userid)=)?['"]?[A-Za-z][\w$#]{0,30}\/(?<s>[^\s@'"\/]{4,64})@`,
  ),
  cli(
    "Password in lftp / ncftp -u user,password",
    ["lftp", "ncftp"],
    String
      .raw`\b(?:lftp|ncftp)\b[^\n;|&]{0,120}?[ \t]-u[ \t]+(['"]?)[^\s,'"]{1,64},(?<s>[^\s'"<>\`]{4,128})\1(?![^\s;|&)])`,
  ),
  cli(
    "Password in htpasswd -b",
    "htpasswd",
    String.raw`\bhtpasswd[ \t]+-[a-zA-Z]*b[a-zA-Z]*[ \t]+\S{1,200}[ \t]+\S{1,64}[ \t]+` + ARG,
  ),
  cli(
    "Password piped into chpasswd",
    "chpasswd",
    String
      .raw`(?:echo|printf)[ \t]+(['"]?)[A-Za-z0-9_.\-]{1,32}:(?<s>[^\s'":]{4,128})\1[ \t]*\|[ \t]*(?:sudo[ \t]+)?chpasswd\b`,
  ),
  cli(
    "Password in rabbitmqctl add_user / change_password",
    "rabbitmqctl",
    String
      .raw`\brabbitmqctl[ \t]+(?:add_user|change_password)[ \t]+(['"]?)[^\s'"]{1,64}\1[ \t]+` +
      ARG.replace("\\1", "\\2"),
  ),
  cli(
    "Wi-Fi password in nmcli / wpa_passphrase",
    ["nmcli", "wpa_passphrase", "psk="],
    String
      .raw`(?:\bnmcli\b[^\n;|&]{0,200}?[ \t](?:password|wifi-sec\.psk|802-11-wireless-security\.psk)[ \t]+|\bwpa_passphrase[ \t]+(?:"[^"\n]{1,32}"|\S{1,32})[ \t]+|(?<![A-Za-z0-9_])psk=)` +
      ARG,
  ),
  cli(
    "Password in HTTPie -a user:password",
    ["http ", "https ", "xh "],
    String
      .raw`\b(?:https?|xh|xhs)[ \t]+[^\n;|&]{0,120}?(?<![A-Za-z0-9_\-])(?:-a|--auth)(?:[ \t]+|=)(['"]?)[^\s:'"]{1,64}:(?<s>[^\s'"<>\`]{4,128})\1(?![^\s;|&)])`,
  ),
  cli(
    "Password in PowerShell ConvertTo-SecureString -AsPlainText",
    ["ConvertTo-SecureString", "CONVERTTO-SECURESTRING"],
    String
      .raw`ConvertTo-SecureString[ \t]+(?:-String[ \t]+)?(['"])(?<s>[^'"\r\n]{4,128})\1[^\n|;]{0,60}-AsPlainText`,
    "dgi",
  ),
  cli(
    "Password in a NetworkCredential / PSCredential constructor",
    ["NetworkCredential(", "NetworkCredential (", "PSCredential("],
    String
      .raw`(?:NetworkCredential|PSCredential)[ \t]?\([ \t]*["'][^"'\n]{0,64}["'][ \t]*,[ \t]*["'](?<s>[^"'\n]{4,128})["']`,
  ),
  cli(
    "Password in an HTTP auth object",
    ["HTTPBasicAuth(", "HTTPDigestAuth(", "BasicAuth(", "auth=(", "auth = ("],
    String
      .raw`(?:HTTP(?:Basic|Digest)Auth|aiohttp\.BasicAuth|BasicAuth|\bauth[ \t]?=[ \t]?)\([ \t]*["'][^"'\n]{1,64}["'][ \t]*,[ \t]*["'](?<s>[^"'\n]{4,128})["']`,
  ),
  cli(
    "Password in a .login(user, password) call",
    [".login(", ".Login("],
    String
      .raw`\.(?:login|Login)\([ \t]*["'][^"'\n]{1,128}["'][ \t]*,[ \t]*["'](?<s>[^"'\n]{4,128})["'][ \t]*\)`,
  ),
  cli(
    "Password in a JDBC getConnection(url, user, password) call",
    "getConnection(",
    String
      .raw`getConnection\([ \t]*["'][^"'\n]{1,256}["'][ \t]*,[ \t]*["'][^"'\n]{1,64}["'][ \t]*,[ \t]*["'](?<s>[^"'\n]{4,128})["']`,
  ),
  cli(
    "Secret in aws configure set",
    "configure set",
    String
      .raw`\baws[ \t]+configure[ \t]+set[ \t]+(?:[\w.\-]{0,40}\.)?(?:aws_secret_access_key|aws_session_token)[ \t]+` +
      ARG,
  ),
  cli(
    "Registry token in npm / yarn / pnpm config set",
    ["config set"],
    String
      .raw`\b(?:npm|yarn|pnpm)[ \t]+config[ \t]+set[ \t]+(?:\S{0,200}:)?(?:_authToken|_auth|_password|npmAuthToken|npmAuthIdent)[ \t=]+` +
      ARG,
  ),
  cli(
    "Password in twine / cqlsh / cypher-shell -p",
    ["twine", "cqlsh", "cypher-shell"],
    String.raw`\b(?:twine|cqlsh|cypher-shell)\b[^\n;|&]{0,200}?[ \t]-p[ \t]+` + ARG,
  ),
  cli(
    "Master password in bw unlock / login",
    ["bw unlock", "bw login"],
    String.raw`\bbw[ \t]+(?:unlock|login[ \t]+\S{1,128})[ \t]+` + ARG,
  ),
  cli(
    "Password in macOS security add-*-password -w",
    ["add-generic-password", "add-internet-password"],
    String
      .raw`\bsecurity[ \t]+add-(?:generic|internet)-password\b[^\n;|&]{0,300}?[ \t]-w[ \t]+` +
      ARG,
  ),
  cli(
    "Passphrase in ssh-keygen -N / -P",
    "ssh-keygen",
    String.raw`\bssh-keygen\b[^\n;|&]{0,200}?[ \t]-[NP][ \t]+` + ARG,
  ),
  cli(
    "Password in rar / unrar -p",
    ["rar "],
    String.raw`\b(?:un)?rar[ \t]+[a-z][^\n;|&]{0,160}?[ \t]-p` + ARG,
  ),
  cli(
    "Password in az login -p",
    "az login",
    String.raw`\baz[ \t]+login\b[^\n;|&]{0,200}?[ \t](?:-p|--password)[ \t]+` + ARG,
  ),
  cli(
    "Password in PuTTY plink / pscp / psftp -pw",
    ["plink", "pscp", "psftp", "putty"],
    String.raw`\b(?:plink|pscp|psftp|putty)(?:\.exe)?\b[^\n;|&]{0,200}?[ \t]-pw[ \t]+` + ARG,
  ),
  cli(
    "Password in an rclone / tool --*-pass option",
    ["-pass ", "-pass="],
    String
      .raw`(?<![A-Za-z0-9_])--(?:sftp|ftp|smb|webdav|mega|ssh|db|admin|root|proxy|http|mail|smtp|ldap)-pass(?:[ \t]+|=)` +
      ARG,
  ),
];
