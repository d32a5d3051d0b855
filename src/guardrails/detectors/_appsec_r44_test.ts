import assert from "node:assert/strict";
import { appsecMechanism } from "./_appsec.ts";
import type { FieldContext } from "../types.ts";
import { type AppsecCase, runCases } from "./_appsec_testing.ts";

const CASES: AppsecCase[] = [
  {
    id: "deser.request_via_local",
    block: [
      // Ruby, a param kept in a variable
      `def restore\n  blob = params[:state]\n  @state = YAML.unsafe_load(Base64.urlsafe_decode64(blob))\nend\n`,
      // PHP, a query parameter through urldecode
      `<?php\n$q = $_GET['filter'];\n$filter = unserialize(urldecode($q));\n$rows = search($filter);\n`,
      // PHP
      `<?php\n$prefs = $_COOKIE['prefs'] ?? '';\n$data = unserialize(base64_decode($prefs));\necho $data['theme'];\n`,
      // Ruby, Marshal on a cookie
      `def load_cart\n  c = cookies[:cart]\n  @cart = Marshal.load(Base64.decode64(c)) if c\nend\n`,
    ],
    pass: [
      // signed / encrypted Rails cookie, JSON
      `def load_cart\n  c = cookies.encrypted[:cart]\n  @cart = c ? JSON.parse(c) : {}\nend\n`,
      // PHP with allowed_classes false
      `<?php\n$prefs = $_COOKIE['prefs'] ?? '';\n$data = unserialize(base64_decode($prefs), ['allowed_classes' => false]);\n`,
      // Python, json
      `raw = request.cookies.get("cart", "")\nitems = json.loads(base64.b64decode(raw)) if raw else []\n`,
      // Marshal of a local cache file the parameter only names
      `def cached\n  name = params[:report]\n  @data = Marshal.load(File.binread(CACHE_FILES.fetch(name)))\nend\n`,
    ],
  },
  {
    id: "auth.reset_link_request_host",
    block: [
      // Express
      "app.post('/forgot', async (req, res) => {\n  const origin = req.get('host');\n  const t = await issueToken(req.body.email);\n  await mailer.send(req.body.email, `Reset: https://${origin}/password/reset?token=${t}`);\n  res.sendStatus(204);\n});\n",
      // PHP
      `<?php\n$host = $_SERVER['HTTP_HOST'];\n$code = bin2hex(random_bytes(16));\nmail($email, 'Passwort zurücksetzen', "https://$host/reset.php?code=$code");\n`,
      // Flask
      `@bp.post("/verify-email")\ndef send_verify():\n    token = make_token(current_user.id)\n    link = f"https://{request.host}/verify?token={token}"\n    send(current_user.email, link)\n`,
    ],
    pass: [
      // configured base URL
      "const base = process.env.APP_URL;\nconst t = await issueToken(email);\nawait mailer.send(email, `Reset: ${base}/password/reset?token=${t}`);\n",
      // host header checked against an allowlist
      "const host = req.get('host');\nif (!ALLOWED_HOSTS.includes(host)) return res.sendStatus(400);\nawait send(email, `https://${host}/reset?token=${t}`);\n",
      // host only logged, link from config
      "const host = req.headers['host'];\nlog.info({ host }, 'reset requested');\nawait send(email, `${config.publicUrl}/reset?token=${t}`);\n",
    ],
  },
  {
    id: "auth.saml_unverified_parse",
    block: [
      `def acs():\n    xml = base64.b64decode(request.form["SAMLResponse"])\n    root = ET.fromstring(xml)\n    user = root.find(".//{urn:oasis:names:tc:SAML:2.0:assertion}NameID").text\n    session["user"] = user\n    return redirect("/")\n`,
      `router.post('/sso/acs', (req, res) => {\n  const raw = Buffer.from(req.body.SAMLResponse, 'base64').toString();\n  const doc = new DOMParser().parseFromString(raw, 'text/xml');\n  const who = doc.getElementsByTagName('saml:NameID')[0].textContent;\n  req.session.user = who;\n  res.redirect('/app');\n});\n`,
      `def consume\n  xml = Base64.decode64(params[:SAMLResponse])\n  doc = Nokogiri::XML(xml)\n  email = doc.at_xpath('//saml:NameID', 'saml' => NS).text\n  sign_in User.find_by!(email: email)\nend\n`,
    ],
    pass: [
      `router.post('/sso/acs', async (req, res) => {\n  const { profile } = await saml.validatePostResponseAsync(req.body);\n  req.session.user = profile.nameID;\n  res.redirect('/app');\n});\n`,
      `def consume\n  response = OneLogin::RubySaml::Response.new(params[:SAMLResponse], settings: saml_settings)\n  raise 'invalid' unless response.is_valid?\n  sign_in User.find_by!(email: response.nameid)\nend\n`,
      `def acs():\n    xml = base64.b64decode(request.form["SAMLResponse"])\n    root = ET.fromstring(xml)\n    verify_signature(root, IDP_CERT)\n    user = root.find(".//{urn:oasis:names:tc:SAML:2.0:assertion}NameID").text\n    session["user"] = user\n`,
    ],
  },
  {
    id: "cfg.firebase_rules_open_write",
    block: [
      "rules_version = '2';\nservice cloud.firestore {\n  match /databases/{database}/documents {\n    match /orders/{orderId} {\n      allow read, write: if request.auth != null;\n    }\n  }\n}\n",
      "rules_version = '2';\nservice cloud.firestore {\n  match /databases/{database}/documents {\n    match /invoices/{id} {\n      allow read: if request.auth != null;\n      allow update, delete: if true;\n    }\n  }\n}\n",
      "rules_version = '2';\nservice firebase.storage {\n  match /b/{bucket}/o {\n    match /{allPaths=**} {\n      allow read, write: if request.auth != null;\n    }\n  }\n}\n",
    ],
    pass: [
      "rules_version = '2';\nservice cloud.firestore {\n  match /databases/{database}/documents {\n    match /users/{userId} {\n      allow read, write: if request.auth != null && request.auth.uid == userId;\n    }\n  }\n}\n",
      "rules_version = '2';\nservice cloud.firestore {\n  match /databases/{database}/documents {\n    match /posts/{postId} {\n      allow read: if true;\n      allow create: if request.auth != null;\n    }\n  }\n}\n",
      "rules_version = '2';\nservice cloud.firestore {\n  match /databases/{database}/documents {\n    match /{document=**} {\n      allow read, write: if false;\n    }\n  }\n}\n",
    ],
  },
];

runCases("r44", CASES);

// The mechanism: a weakness inside a JavaScript template literal of a code file is code, not an
// inline code span of prose; prose that quotes it in code spans still passes.
const field = (key: string): FieldContext => ({
  stage: "input",
  path: `$.${key}`,
  key,
  tool: "write_file",
});
const RESET_JS =
  "import { send } from './mail';\nexport async function forgot(req, res) {\n  const host = req.headers['x-forwarded-host'];\n  const t = await token(req.body.email);\n  await send(req.body.email, `Open https://${host}/account/reset?token=${t} to choose a new password`);\n  res.end();\n}\n";
const RESET_PROSE =
  "Our reset mail is built as `https://${host}/account/reset?token=${t}` where we set `host = req.headers['x-forwarded-host']` from the proxy, which the reviewers asked us to change next sprint";

Deno.test("r44 appsec: template literals in a code file are judged", () => {
  assert.ok(appsecMechanism(RESET_JS, field("content"), '"content"'));
  assert.equal(appsecMechanism(RESET_PROSE, field("comment"), '"comment"'), undefined);
});
