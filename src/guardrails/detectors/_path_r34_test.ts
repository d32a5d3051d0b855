import assert from "node:assert/strict";
import { pathTraversalDetector } from "./path_traversal.ts";
import { fixtureCopy } from "./_path_r34.ts";

const OPTS = { allowed_roots: [], sensitive_files: [], block_absolute_outside_roots: true };
const blocked = (key: string, value: string, tool = "read_file"): boolean =>
  pathTraversalDetector.scan(value, { stage: "input", path: `$.${key}`, key, tool }, OPTS)
    .some((f) => f.severity !== "low");

const BLOCK: [string, string, string?][] = [
  ["path", "/home/ana/.snowflake/connections.toml"],
  ["path", "~/.databrickscfg"],
  ["path", "C:\\Users\\kofi\\.dbt\\profiles.yml"],
  ["target", "/Users/li/.mylogin.cnf", "create_symlink"],
  ["path", "/home/sam/.config/rclone/rclone.conf"],
  ["path", "/var/lib/kubelet/pki/kubelet-client-current.pem"],
  ["path", "/var/lib/kubelet/pods/1f2e/volumes/kubernetes.io~projected/kube-api-access-x/token"],
  ["path", "C:\\Users\\ines\\Documents\\PowerShell\\profile.ps1", "write_file"],
  ["path", "/home/ines/.config/powershell/Microsoft.PowerShell_profile.ps1", "write_file"],
  ["path", "tests/../../.aws/credentials"],
];
const PASS: [string, string, string?][] = [
  ["path", "tests/fixtures/filezilla/recentservers.xml"],
  ["path", "testdata/dbt/profiles.yml"],
  ["path", "spec/fixtures/.snowsql/config"],
  ["path", "docs/dbt/profiles-example.md"],
  ["path", "src/app/../lib/util.ts"],
  ["path", "packages/api/../../tools/lint/rules.js"],
  ["path", "/var/lib/kubelet-docs/readme.md"],
  ["path", "scripts/powershell/build.ps1", "write_file"],
  ["path", "src/snowflake/connections.py"],
  ["path", "models/staging/stg_orders.sql"],
  ["path", "docs/guides/pwsh/profile-tips.md", "write_file"],
];

Deno.test("r34 path: credential configs, pod volumes, PowerShell profiles block", () => {
  assert.ok(PASS.length >= BLOCK.length);
  for (const [k, v, t] of BLOCK) assert.equal(blocked(k, v, t), true, `should block: ${v}`);
});

Deno.test("r34 path: fixtures and contained climbs pass", () => {
  for (const [k, v, t] of PASS) assert.equal(blocked(k, v, t), false, `should pass: ${v}`);
});

Deno.test("r34 path: fixtureCopy needs the test folder before the store", () => {
  assert.equal(
    fixtureCopy("/home/u/code/x/tests/fixtures/filezilla/sitemanager.xml", false, 33),
    true,
  );
  assert.equal(
    fixtureCopy("/var/lib/kubelet/pods/a/volumes/kubernetes.io~secret/test/k", false, 1),
    false,
  );
  assert.equal(fixtureCopy("/home/u/tests/x/.aws/credentials", true, 16), false);
  assert.equal(fixtureCopy("/home/u/.aws/credentials", false, 8), false);
});

Deno.test("r34 shared-file precision: all-zero fixture tokens are masks", async () => {
  const { hasMaskRun } = await import("./_secrets_values.ts");
  assert.equal(hasMaskRun("ghp_" + "0".repeat(36)), true);
  assert.equal(hasMaskRun("ghp_" + "0".repeat(20) + "a1B2c3D4e5F6g7H8"), false);
  assert.equal(hasMaskRun("glpat-" + "k3J9".repeat(5)), false);
});
