/**
 * Knowledge base, credential-bearing file formats whose key is not a secret-named `key = value`
 * (those are the detector's generic rule): WireGuard pre-shared keys, OpenVPN static keys,
 * `.npmrc` `_auth`, Gradle signing configs, `wp-config.php` defines, `.htpasswd` / shadow lines,
 * `otpauth://` TOTP seeds, labelled seed phrases, Vault unseal keys, Consul / Nomad gossip keys,
 * Jenkins encrypted secrets, FileZilla saved passwords, Cisco / Juniper reversible passwords,
 * Redis ACL passwords, Django insecure keys.
 */
import type { Rule } from "./_secrets_rules.ts";
import { decodeBase64 } from "./_secrets_values.ts";
import { userPasswordOk } from "./_secrets_context.ts";
import { passwordish, realBody } from "./_secrets_kb_util.ts";

/** Advice for a password / key that sits in a config file. */
const inFile = (what: string): string =>
  `anyone holding it gets ${what}; change it, and keep the file out of tool calls (reference ` +
  "the secret by name instead)";

/** Base64 of 32 bytes (WireGuard / gossip keys), not all one character. */
const key32 = (v: string): boolean => /^[A-Za-z0-9+\/]{43}=$/.test(v) && realBody(v.slice(0, 43));

/** Config-file credential formats. */
export const KB_FILES: Rule[] = [
  {
    kind: "private_key",
    label: "WireGuard private / pre-shared key",
    severity: "critical",
    hint: ["PresharedKey", "PrivateKey", "presharedkey", "private-key", "preshared-key"],
    re:
      /(?<![A-Za-z0-9_])(?:PresharedKey|PrivateKey|presharedkey|private-key|preshared-key)[ \t]{0,4}[=:][ \t]{0,4}["']?(?<s>[A-Za-z0-9+\/]{43}=)(?![A-Za-z0-9+\/=])/dg,
    check: key32,
    advice: inFile("into the VPN as this peer") + "; generate a new key pair with `wg genkey`",
  },
  {
    kind: "private_key",
    label: "OpenVPN static key",
    severity: "critical",
    hint: "OpenVPN Static key",
    re:
      /-----BEGIN OpenVPN Static key V1-----(?:\\r|\\n|\s){1,6}(?<s>[0-9a-f]{32}(?:\s|\\[rn]|[0-9a-f]){96,1200})/dg,
    check: (v) => {
      const hex = v.replace(/\\[rn]|\s/g, "");
      return hex.length >= 128 && realBody(hex.slice(0, 64));
    },
    advice: inFile("the VPN's tls-auth / tls-crypt secret") + "; regenerate it with " +
      "`openvpn --genkey secret`",
  },
  {
    kind: "npm_token",
    label: "npm registry _auth (base64 user:password)",
    severity: "high",
    hint: "_auth",
    re:
      /(?<![A-Za-z0-9_])_auth[ \t]*=[ \t]*["']?(?<s>[A-Za-z0-9+\/]{8,512}={0,2})(?![A-Za-z0-9+\/=])/dg,
    check: (v) => userPasswordOk(decodeBase64(v)),
    advice: inFile("publish rights on the registry") + "; use an automation token from " +
      "${NPM_TOKEN} in .npmrc",
  },
  {
    kind: "login_password",
    label: "Android signing store / key password",
    severity: "high",
    hint: ["storePassword", "keyPassword"],
    re:
      /(?<![A-Za-z0-9_])(?:storePassword|keyPassword)[ \t]*(?:=[ \t]*)?\(?[ \t]*(["'])(?<s>[^"'\n]{6,128})\1/dg,
    check: passwordish,
    advice: inFile("the app signing key (with the keystore)") +
      "; read it from an environment variable in signingConfigs",
  },
  {
    kind: "generic_secret",
    label: "WordPress wp-config.php password / salt",
    severity: "high",
    hint: "define(",
    re:
      /define\([ \t]*['"](?:DB_PASSWORD|(?:SECURE_AUTH|LOGGED_IN|NONCE|AUTH)_(?:KEY|SALT))['"][ \t]*,[ \t]*(['"])(?<s>[^'"\n]{8,128})\1/dg,
    check: (v) => passwordish(v) && !/put your unique phrase/i.test(v),
    advice: inFile("the WordPress database or every login cookie") +
      "; regenerate salts at api.wordpress.org/secret-key and rotate the DB password",
  },
  {
    kind: "generic_secret",
    label: "Django insecure SECRET_KEY",
    severity: "medium",
    hint: "django-insecure-",
    re: /django-insecure-(?<s>[A-Za-z0-9!@#$%^&*(\-_=+)]{40,60})/dg,
    check: (v) => realBody(v.replace(/[^A-Za-z0-9]/g, "")),
    advice: inFile("session and password-reset token forging") +
      "; generate a new key and load it from an environment variable",
  },
  {
    kind: "login_password",
    label: "Password hash line (.htpasswd / shadow)",
    severity: "high",
    hint: ["$apr1$", "{SHA}", "$2y$", "$2a$", "$2b$", "$6$", "$5$", "$y$"],
    re:
      /(?<![^\s"'])[A-Za-z0-9_.\-@]{1,64}:(?<s>\$apr1\$[.\/0-9A-Za-z]{1,8}\$[.\/0-9A-Za-z]{22}|\{SHA\}[A-Za-z0-9+\/]{27}=|\$2[aby]\$\d\d\$[.\/A-Za-z0-9]{53}|\$[56]\$(?:rounds=\d{1,7}\$)?[.\/0-9A-Za-z]{1,16}\$[.\/0-9A-Za-z]{43,86}|\$y\$[.\/0-9A-Za-z]{1,8}\$[.\/0-9A-Za-z]{1,32}\$[.\/0-9A-Za-z]{43})(?=[:\s"']|$)/dg,
    check: (v) => realBody(v.slice(-22)),
    advice: "a password hash with its user name can be cracked offline; change that password " +
      "and keep .htpasswd / shadow files out of tool calls",
  },
  {
    kind: "generic_secret",
    label: "TOTP seed in an otpauth:// URI",
    severity: "high",
    hint: "otpauth://",
    re:
      /otpauth:\/\/[th]otp\/[^\s"'<>?]{0,200}\?[^\s"'<>]{0,200}?\bsecret=(?<s>[A-Z2-7]{16,128}=*)/dgi,
    check: (v) =>
      realBody(v.replace(/=+$/, "")) && !/^(?:JBSWY3DPEHPK3PXP|GEZDGNBVGY3TQOJQ)/i.test(v),
    advice: "anyone holding the seed generates your one-time codes; reset two-factor on that " +
      "account and enrol again without sharing the QR code or secret",
  },
  {
    kind: "generic_secret",
    label: "Wallet recovery phrase",
    severity: "critical",
    hint: [
      "nemonic",
      "NEMONIC",
      "eed phrase",
      "EED PHRASE",
      "ecovery phrase",
      "eed_phrase",
      "EED_PHRASE",
      "eedPhrase",
      "eed words",
    ],
    re:
      /(?:[Mm]nemonic|MNEMONIC|[Ss]eed[ _]?(?:[Pp]hrase|words)|SEED_PHRASE|seedPhrase|[Rr]ecovery[ _][Pp]hrase)["']?[ \t]{0,4}(?:[:=]|is)[ \t]{0,4}["'`]?(?<s>[a-z]{3,8}(?:[ \t]|[a-z]){40,220})(?![ \t]?[a-z])/dg,
    check: (v) => {
      const words = v.trim().split(/[ \t]+/);
      if (words.some((w) => w.length < 3 || w.length > 8)) return false;
      return [12, 15, 18, 21, 24].includes(words.length) &&
        new Set(words).size >= words.length - 2 &&
        !/\b(?:abandon abandon|test test|word word|zoo zoo)\b/.test(v);
    },
    advice: "anyone holding the phrase controls the wallet; move the funds to a new wallet now " +
      "and never type a recovery phrase into a tool",
  },
  {
    kind: "generic_secret",
    label: "Vault unseal key",
    severity: "critical",
    hint: "Unseal Key",
    re: /Unseal Key(?: \d{1,2})?:[ \t]{0,4}(?<s>[A-Za-z0-9+\/]{43,44}=?)(?![A-Za-z0-9+\/=])/dg,
    check: (v) => realBody(v.slice(0, 40)),
    advice: "unseal keys with the root token open every secret in Vault; rekey Vault " +
      "(`vault operator rekey`) and hand out shares only to their holders",
  },
  {
    kind: "generic_secret",
    label: "Consul / Nomad gossip encryption key",
    severity: "high",
    hint: "encrypt",
    re: /(?<![A-Za-z0-9_])"?encrypt"?[ \t]{0,4}[=:][ \t]{0,4}"(?<s>[A-Za-z0-9+\/]{43}=)"/dg,
    check: key32,
    advice: inFile("into the cluster's gossip pool") + "; rotate it with `consul keyring`",
  },
  {
    kind: "generic_secret",
    label: "Jenkins encrypted secret",
    severity: "high",
    hint: "{AQAAAB",
    re: /\{(?<s>AQAAAB[A-Za-z0-9+\/]{40,2000}={0,2})\}/dg,
    check: (v) => realBody(v.slice(6, 60)),
    advice: "it decrypts with the controller's master key; rotate the credential it holds " +
      "and keep credentials.xml / config.xml out of tool calls",
  },
  {
    kind: "login_password",
    label: "FileZilla saved password",
    severity: "high",
    hint: "<Pass encoding=",
    re: /<Pass encoding="base64">(?<s>[A-Za-z0-9+\/]{4,344}={0,2})<\/Pass>/dg,
    check: (v) => passwordish(decodeBase64(v) ?? "", "", 0),
    advice: inFile("the FTP / SFTP server") + "; change it and use a key or the system keyring",
  },
  {
    kind: "login_password",
    label: "Cisco type-7 / Juniper $9$ reversible password",
    severity: "high",
    hint: ["password 7 ", "key 7 ", "secret 7 ", "$9$"],
    re:
      /(?:(?:password|key|secret)[ \t]7[ \t]+(?<s>[0-9]{2}[0-9A-F]{8,120})(?![A-Za-z0-9])|(?<j>\$9\$[A-Za-z0-9.\/\-]{8,200}))/dg,
    check: (v) =>
      /[A-F]/.test(v) || v.startsWith("$9$") ? realBody(v.replace(/^\$9\$/, "")) : false,
    advice: "type-7 and $9$ strings decode to the plain password in one step; change it and " +
      "store it as a type-8/9 or SHA hash",
  },
  {
    kind: "login_password",
    label: "SNMP community string",
    severity: "high",
    hint: "snmp-server community",
    re: /snmp-server community[ \t]+(?<s>[^\s]{6,64})[ \t]+(?:RO|RW|ro|rw)\b/dg,
    check: (v) => passwordish(v, "", 0) && !/^(?:public|private)$/i.test(v),
    advice: "the community string is the device's read/write password; change it and move " +
      "to SNMPv3 users",
  },
  {
    kind: "login_password",
    label: "Redis ACL user password",
    severity: "high",
    hint: ["SETUSER", " on >"],
    re:
      /\b(?:setuser|user)[ \t]+[^\s]{1,64}[ \t]+(?:on|reset)\b[^\n>]{0,100}[ \t]>(?<s>[^\s]{6,128})/dgi,
    check: passwordish,
    advice: inFile("that Redis user's permissions") + "; set it with a `#<sha256>` hash instead",
  },
  {
    // NuGet.Config `<packageSourceCredentials>`, .NET `<appSettings>`: `<add key="…" value="…"/>`.
    kind: "generic_secret",
    label: "Secret in an <add key=… value=…> config entry",
    severity: "high",
    hint: ["<add key=", "<add Key="],
    re:
      /<add[ \t]+[Kk]ey="(?:ClearTextPassword|[\w.:\-]{0,40}(?:[Pp]assword|[Ss]ecret|[Tt]oken|[Aa]pi[Kk]ey|APIKEY|API_KEY|PASSWORD|SECRET|TOKEN)[\w.\-]{0,20})"[ \t]+value="(?<s>[^"\n]{6,256})"/dg,
    check: passwordish,
    advice: inFile("whatever the entry unlocks") + "; use an encrypted `Password` entry, user " +
      "secrets or an environment variable",
  },
  {
    kind: "generic_secret",
    label: "Rails master key",
    severity: "critical",
    hint: "master.key",
    re: /master\.key\b[\s\S]{0,120}?(?<![A-Za-z0-9])(?<s>[a-f0-9]{32})(?![A-Za-z0-9])/dg,
    check: (v) => realBody(v),
    advice: inFile("every Rails encrypted credential") + "; run `bin/rails credentials:edit` " +
      "with a new key and keep config/master.key out of tool calls",
  },
  {
    kind: "login_password",
    label: "Mail relay password (Postfix sasl_passwd)",
    severity: "high",
    hint: ["]:587", "]:465", "]:25", "]:2525", "sasl_passwd"],
    re: /^\[[A-Za-z0-9.\-]{3,253}\](?::\d{2,5})?[ \t]+[^\s:]{1,128}:(?<s>[^\s]{6,128})[ \t]*$/dgm,
    check: passwordish,
    advice: inFile("the mail account (anyone can send as you)") + "; use an app password and " +
      "keep sasl_passwd readable by root only",
  },
  {
    // msmtprc / fetchmailrc / esmtprc: `password SECRET` on its own line under an account.
    kind: "login_password",
    label: "Password in a mail client config",
    severity: "high",
    hint: ["msmtp", "fetchmail", "account ", "poll "],
    re: /(?:^|\n)[ \t]*password[ \t]+(["']?)(?<s>[^\s"']{6,128})\1[ \t]*(?=\r?\n|$)/dg,
    check: (v, text) =>
      /(?:^|\n)[ \t]*(?:account|host|user|from|poll)[ \t]/.test(text) && passwordish(v),
    advice: inFile("the mailbox") + "; use `passwordeval` with a keyring instead",
  },
  {
    kind: "login_password",
    label: "Password under a *pass config key",
    severity: "high",
    hint: ["pass=", "pass =", "pass:", 'pass"', "PASS="],
    re:
      /(?<![A-Za-z0-9_])(?:db|admin|root|smtp|remote|ldap|mail|ftp|sql|mysql|pg|redis|bind|proxy|vnc|wifi|sudo|ssh|DB|ADMIN|ROOT|SMTP|LDAP|MAIL|FTP|MYSQL|PG|REDIS|BIND|PROXY|VNC|WIFI|SUDO|SSH)_?(?:pass|PASS)["']?[ \t]{0,4}[:=][ \t]{0,4}(["']?)(?<s>[^\s"'\`,;&<>(){}\[\]]{6,128})\1(?![^\s,;}])/dg,
    check: passwordish,
    advice: inFile("that account") + "; load it from an environment variable or a secret store",
  },
  {
    kind: "private_key",
    label: "SSH.com (SSH2) private key",
    severity: "critical",
    hint: ["BEGIN SSH2 ENCRYPTED PRIVATE KEY", "BEGIN SSH2 PRIVATE KEY"],
    re:
      /---- BEGIN SSH2 (?:ENCRYPTED )?PRIVATE KEY ----(?<s>[A-Za-z0-9+\/=:"\s\\\-]{64,16384}?)---- END SSH2/dg,
    check: (v) => v.replace(/[^A-Za-z0-9+\/]/g, "").length >= 64,
    advice: "anyone holding the key logs in as you; remove its public half from every " +
      "authorized_keys and generate a new key",
  },
  {
    kind: "private_key",
    label: ".NET RSAKeyValue private key",
    severity: "critical",
    hint: "<RSAKeyValue>",
    re: /<(?<t>D|P|Q|DP|DQ|InverseQ)>(?<s>[A-Za-z0-9+\/]{20,1400}={0,2})<\/\k<t>>/dg,
    check: (v, text, start) =>
      text.lastIndexOf("<RSAKeyValue>", start) >= 0 && realBody(v.slice(0, 64)),
    advice: "the <D>/<P>/<Q> elements are the RSA private key; rotate the key pair and load it " +
      "from a key store",
  },
];
