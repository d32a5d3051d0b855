/**
 * Table tests of the knowledge base's file-format and command-line rules
 * (./_secrets_kb_files.ts, ./_secrets_kb_cli.ts): each attack must be found by the named rule,
 * each benign look-alike must pass the whole detector. Values are made up for the test.
 */
import assert from "node:assert/strict";
import { secretsDetector, SecretsOptionsSchema } from "./secrets.ts";

const OPTIONS = SecretsOptionsSchema.parse({});
const scan = (text: string) => secretsDetector.scan(text, { stage: "input", path: "$" }, OPTIONS);

/** 32 bytes of base64 that look random (built, not copied). */
const K32 = "mB4q" + "Zt9XwLr2vPa7Hc1sKd8" + "eNf3yGj6uTo0iQlRbUx5=";
/** The secret key of the AWS documentation's example pair (never valid). */
const AWS_DOC_SECRET = "wJalrXUtnFEMI" + "/K7MDENG/" + "bPxRfiCYEXAMPLEKEY";
const PW = "Vq8#tLm2" + "pZx!7rK";

/** [label fragment, attack texts, benign look-alikes]. */
const CASES: [string, string[], string[]][] = [
  [
    "WireGuard",
    [`[Peer]\nPublicKey = ${K32.replace("m", "n")}\nPresharedKey = ${K32}`],
    [
      `[Peer]\nPublicKey = ${K32}\nAllowedIPs = 10.0.0.2/32`,
      "PresharedKey = <generated with wg genpsk>",
    ],
  ],
  [
    "OpenVPN static key",
    [
      "<tls-auth>\n-----BEGIN OpenVPN Static key V1-----\n" +
      Array.from(
        { length: 16 },
        (_, i) => "7f3a9c0e51" + ((i + 3) * 982451653).toString(16).slice(-6) + "e8a1c3b5d7f90246",
      ).join("\n") +
      "\n-----END OpenVPN Static key V1-----\n</tls-auth>",
    ],
    ["-----BEGIN OpenVPN Static key V1-----\n...\n-----END OpenVPN Static key V1-----"],
  ],
  [
    "npm registry _auth",
    [`//registry.example.org/:_auth=${btoa("deploy:" + PW)}`],
    ["//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}", `_auth=${btoa("user")}`],
  ],
  [
    "Android signing",
    [`signingConfigs { release { storePassword "${PW}"\n keyPassword "${PW}" } }`],
    ['storePassword System.getenv("KEYSTORE_PASSWORD")', 'storePassword "changeme"'],
  ],
  [
    "WordPress",
    [`define( 'DB_PASSWORD', '${PW}' );`, `define('AUTH_KEY', '${"k;T9|xQ" + "#2mVr@8Lp}wZ4s"}');`],
    [
      "define( 'DB_PASSWORD', 'password_here' );",
      "define('AUTH_KEY', 'put your unique phrase here');",
    ],
  ],
  [
    "Django insecure",
    ["SECRET_KEY = 'django-insecure-" + "q8w#e3r!t6y_u9i0o-p2a5s7d1f4g8h3j6k9l2z5x8c1v4b7" + "'"],
    ["the default key starts with django-insecure- and must be replaced"],
  ],
  [
    "Password hash line",
    [
      "admin:$apr1$" + "r31.....$HqJZimcKQFAMYayBlzkrA/",
      "deploy:$6$" + "Qx9mLt2Z$" +
      "kQ3vP8sT1uW5yZ7bC9dF2gH4jK6mN8pR0tV2xZ4aB6cD8eF0gH2jK4mN6pR8tV0xZ2aB4cD6eF8gH0jK2mN4pR:19000:0:99999:7:::",
    ],
    ["htpasswd format: user:$apr1$salt$hash", "bcrypt hashes start with $2y$"],
  ],
  [
    "TOTP seed",
    ["otpauth://totp/Acme:alice@acme.test?secret=" + "KQ4TGN2XMR3VO5LB" + "H7ZC6YJ2&issuer=Acme"],
    ["otpauth://totp/{label}?secret={secret}", "otpauth://totp/Acme:alice?issuer=Acme"],
  ],
  [
    "Wallet recovery phrase",
    [
      "seed phrase: " +
      "orbit velvet canyon pledge tiger umbrella sketch motion fossil harbor cradle vivid",
    ],
    [
      "seed phrase: write it on paper, never in a chat",
      "mnemonic: " + "abandon ".repeat(11) + "about",
    ],
  ],
  [
    "Vault unseal",
    [`Unseal Key 1: ${"Xr5mQ9tL2vB8nP4wK7cZ1hF6jD3sG0aY" + "e8uTq2Wo+Z9="}`],
    ["Unseal Key 1: <redacted>", "Unseal Key shares: 5"],
  ],
  [
    "gossip encryption",
    [`encrypt = "${K32}"`],
    ['encrypt = "${GOSSIP_KEY}"', "encrypt = true"],
  ],
  [
    "Jenkins encrypted",
    ["<password>{AQAAABAAAAAQ" + "k3Vq9Zr7Xw2Lm8Tp4Ny6Bc1Hd5Jf0Gs9Qa2We7Rt3" + "=}</password>"],
    ["<password>{AQAAABAAAAA...}</password>"],
  ],
  [
    "FileZilla",
    [`<Server><Host>ftp.acme.test</Host><User>bob</User><Pass encoding="base64">${
      btoa(PW)
    }</Pass></Server>`],
    ['<Pass encoding="base64"></Pass>'],
  ],
  [
    "Cisco type-7",
    [
      "username admin privilege 15 password 7 " + "0822455D0A16544541" + "1F3E2B",
      'set system root-authentication encrypted-password "$9$' + "Kx7vWLxNdsgoaUk.5F3" +
      '9tpBIcrK"',
    ],
    ["password 7 <encrypted>", "service password-encryption"],
  ],
  [
    "SNMP community",
    ["snmp-server community " + "N0c-R3ad!x7" + " RO 10"],
    ["snmp-server community public RO"],
  ],
  [
    "Redis ACL",
    [`ACL SETUSER app on >${PW} ~cache:* +get`],
    [
      "ACL SETUSER app on #" + "a".repeat(8) + " ~* +@read",
      "ACL SETUSER app on >$REDIS_APP_PASSWORD ~*",
    ],
  ],
  [
    "<add key=",
    [`<packageSourceCredentials><feed><add key="Username" value="ci" /><add key="ClearTextPassword" value="${PW}" /></feed></packageSourceCredentials>`],
    [
      '<add key="ClearTextPassword" value="%FEED_PASSWORD%" />',
      '<add key="PasswordPolicy" value="strict" />',
    ],
  ],
  [
    "Rails master key",
    ["$ cat config/master.key\n" + "9f2c41d07be35a86" + "c1e4f0a7d2b95e38"],
    ["config/master.key is git-ignored; share it through 1Password"],
  ],
  [
    "sasl_passwd",
    [`[smtp.gmail.com]:587 alerts@acme.test:${PW}`],
    ["[smtp.gmail.com]:587 alerts@acme.test:<app password>"],
  ],
  [
    "mail client config",
    [`account work\nhost smtp.acme.test\nuser bob\npassword ${PW}\n`],
    ['account work\nhost smtp.acme.test\npasswordeval "pass show mail"\n'],
  ],
  [
    "*pass config key",
    [`$dbpass = '${PW}';`, `remotepass = ${PW}`],
    [
      "$dbpass = getenv('DB_PASS');",
      "remotepasseval = get_pass()",
      "ldap_user, ldap_pass = _GetLdapUserAndPass(conf)",
      "{'proxy_user': proxy_user, 'proxy_pass': proxy_pass}",
    ],
  ],
  // command lines and calls
  [
    "keytool",
    [`keytool -genkeypair -alias app -keystore app.jks -storepass ${PW} -keypass ${PW}`],
    ["keytool -list -keystore app.jks -storepass:env STOREPASS", "keytool -storepass $STOREPASS"],
  ],
  [
    "openssl pass:",
    [`openssl pkcs12 -export -in c.pem -out c.p12 -passout pass:${PW}`],
    ["openssl pkcs12 -export -passout env:P12_PASS", "openssl rsa -passin pass:$KEY_PASS"],
  ],
  [
    "docker / podman / helm login",
    [`docker login registry.acme.test -u ci -p ${PW}`],
    [
      "docker login -u ci --password-stdin < token.txt",
      "docker login -u ci -p $CI_REGISTRY_PASSWORD",
    ],
  ],
  ["zip / unzip", [`zip -r -P ${PW} backup.zip data/`], ["zip -r -e backup.zip data/"]],
  ["7-Zip", [`7z a -p${PW} -mhe=on vault.7z docs`], ["7z a archive.7z docs -mx=9"]],
  ["gpg --passphrase", [`gpg --batch --passphrase ${PW} -c notes.txt`], [
    "gpg --batch --passphrase-fd 0 -c notes.txt",
  ]],
  ["smbclient", [`smbclient //fs01/share -U corp/bob%${PW}`], [
    "smbclient //fs01/share -U bob%$SMB_PASS",
  ]],
  ["xfreerdp", [`xfreerdp /v:10.1.2.3 /u:admin /p:${PW}`], [
    "xfreerdp /v:10.1.2.3 /u:admin /p:$RDP_PASSWORD",
  ]],
  ["psexec", [`psexec \\\\srv01 -u corp\\admin -p ${PW} cmd.exe`], ["psexec \\\\srv01 -s cmd.exe"]],
  ["wmic / cmdkey", [`cmdkey /add:srv01 /user:corp\\svc /pass:${PW}`], [
    "cmdkey /list",
    "cmdkey /add:srv01 /user:svc /pass:%SVC_PASS%",
  ]],
  ["ipmitool", [`ipmitool -I lanplus -H 10.0.0.9 -U root -P ${PW} chassis status`], [
    "ipmitool -I lanplus -H 10.0.0.9 -U root -E chassis status",
  ]],
  ["sqlcmd", [`sqlcmd -S db01 -U sa -P ${PW} -Q "select 1"`], ['sqlcmd -S db01 -E -Q "select 1"']],
  ["mongo", [`mongosh "mongodb://db01/app" -u admin -p ${PW}`], [
    "mongosh mongodb://db01/app -u admin -p",
  ]],
  ["mosquitto", [`mosquitto_pub -h mq -u dev -P ${PW} -t t -m hi`], [
    "mosquitto_pub -h mq -t t -m hi",
  ]],
  ["ldapsearch", [`ldapsearch -x -H ldap://dc1 -D "cn=svc,dc=corp" -w ${PW} -b dc=corp`], [
    "ldapsearch -x -H ldap://dc1 -D cn=svc -W -b dc=corp",
  ]],
  ["Oracle user/password", [`sqlplus system/${PW}@ORCLPDB1`], [
    "sqlplus /nolog",
    "sqlplus system@ORCLPDB1",
  ]],
  ["lftp", [`lftp -u deploy,${PW} sftp://files.acme.test`], [
    "lftp -u deploy sftp://files.acme.test",
  ]],
  ["htpasswd -b", [`htpasswd -bc /etc/nginx/.htpasswd admin ${PW}`], [
    "htpasswd -c /etc/nginx/.htpasswd admin",
  ]],
  ["chpasswd", [`echo 'deploy:${PW}' | sudo chpasswd`], ["echo 'deploy:$NEWPASS' | chpasswd"]],
  ["rabbitmqctl", [`rabbitmqctl add_user app ${PW}`], ["rabbitmqctl add_user app"]],
  ["Wi-Fi password", [
    `nmcli dev wifi connect Office-5G password ${PW}`,
    `wpa_passphrase Office ${PW}`,
  ], ["nmcli dev wifi list", "nmcli dev wifi connect Office-5G --ask"]],
  ["HTTPie", [`http -a bob:${PW} GET https://api.acme.test/me`], [
    "http GET https://api.acme.test/me",
  ]],
  ["ConvertTo-SecureString", [`$p = ConvertTo-SecureString "${PW}" -AsPlainText -Force`], [
    "$p = Read-Host -AsSecureString",
    "$p = ConvertTo-SecureString $env:PW -AsPlainText -Force",
  ]],
  ["NetworkCredential", [`new NetworkCredential("svc", "${PW}")`], [
    'new NetworkCredential("svc", pw)',
  ]],
  ["HTTP auth object", [`requests.get(u, auth=HTTPBasicAuth("bob", "${PW}"))`], [
    'requests.get(u, auth=HTTPBasicAuth("bob", os.environ["PW"]))',
  ]],
  [".login(", [`server.login("alerts@acme.test", "${PW}")`], ["server.login(user, password)"]],
  ["JDBC", [`DriverManager.getConnection("jdbc:postgresql://db/app", "app", "${PW}")`], [
    "DriverManager.getConnection(url, user, pass)",
  ]],
  ["aws configure set", [
    `aws configure set aws_secret_access_key ${"kQ3v" + "P8sT1uW5yZ7bC9dF2gH4jK6mN8pR0tV2xZ4a"}`,
  ], [
    "aws configure set region eu-west-1",
    ["aws", "configure", "set", "aws_secret_access_key"].join(" ") + " " + AWS_DOC_SECRET,
  ]],
  ["npm / yarn / pnpm config set", [
    `npm config set //npm.acme.test/:_authToken ${"Zx8q" + "Lm3vTp9Kw2Rb7Hc"}`,
  ], ["npm config set //npm.acme.test/:_authToken $NPM_TOKEN"]],
  ["twine / cqlsh", [`cqlsh db1 -u app -p ${PW}`], ["cqlsh db1 -u app"]],
  ["bw unlock", [`bw unlock ${PW}`], ["bw unlock --passwordenv BW_PASSWORD"]],
  ["security add-", [`security add-generic-password -a bob -s api -w ${PW}`], [
    "security find-generic-password -a bob -s api -w",
  ]],
  ["ssh-keygen", [`ssh-keygen -t ed25519 -f ~/.ssh/deploy -N '${PW}'`], [
    "ssh-keygen -t ed25519 -f ~/.ssh/deploy -N ''",
  ]],
  ["rar / unrar", [`unrar x -p${PW} backup.rar`], ["unrar x backup.rar"]],
  ["az login", [`az login -u bob@acme.test -p ${PW}`], ["az login --use-device-code"]],
  ["plink", [`plink -ssh admin@10.0.0.4 -pw ${PW} uptime`], [
    "plink -ssh admin@10.0.0.4 -i key.ppk uptime",
  ]],
  ["--*-pass option", [`rclone lsd remote: --sftp-user bob --sftp-pass ${PW}`], [
    "rclone lsd remote: --sftp-key-file ~/.ssh/id",
  ]],
  [
    "SSH2",
    [
      '---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nComment: "bob"\n' +
      "P2/56wAAAi4AAAA3aWYtbW9kbntzaWdue3JzYS1wa2NzMS1zaGExfSxlbmNyeXB0e3JzYS" +
      "\n---- END SSH2 ENCRYPTED PRIVATE KEY ----",
    ],
    ["---- BEGIN SSH2 PUBLIC KEY ----\nAAAAB3NzaC1yc2EAAAADAQABAAABAQC\n---- END SSH2 PUBLIC KEY ----"],
  ],
  [
    "RSAKeyValue",
    [`<RSAKeyValue><Modulus>${
      "x7Kq" + "P9mZ2vLt8Rw3Nc6Yb1Hd5Jf0Gs4Qa"
    }</Modulus><Exponent>AQAB</Exponent><D>${
      "mT4k" + "Z9rQ2xV7pL3wN8cY6bH1dJ5fG0sA4eU"
    }</D></RSAKeyValue>`],
    [`<RSAKeyValue><Modulus>${
      "x7Kq" + "P9mZ2vLt8Rw3Nc6Yb1Hd5Jf0Gs4Qa"
    }</Modulus><Exponent>AQAB</Exponent></RSAKeyValue>`],
  ],
];

for (const [label, attacks, benign] of CASES) {
  Deno.test(`kb file/cli secrets: ${label}`, () => {
    for (const a of attacks) {
      const found = scan(a);
      assert.ok(
        found.some((f) => f.reason.includes(label)),
        `should find (${label}): ${a} → ${found.map((x) => x.reason).join("; ")}`,
      );
    }
    for (const b of benign) {
      const f = scan(b);
      assert.equal(f.length, 0, `should pass: ${b} → ${f.map((x) => x.reason).join("; ")}`);
    }
  });
}
