/**
 * Argv arrays through the real engine with the recommended input policy: a command split into
 * array elements is judged whole (path `…<argv>`), while ordinary arrays and safe argv pass.
 */
import assert from "node:assert/strict";
import { recommendedInputCheck } from "./_engine_testing.ts";

/** The block error of a call of `tool` with `args`, or undefined when it passes. */
const blockOf = recommendedInputCheck("cli");

Deno.test("engine: argv arrays are read as one command line", async () => {
  const attacks: [string, Record<string, unknown>][] = [
    ["aws", { args: ["s3", "rb", "s3://tenant-uploads", "--force"] }],
    ["gcloud", { argv: ["compute", "snapshots", "delete", "db-nightly-01", "--quiet"] }],
    ["run", { command: ["rm", "-rf", "/"] }],
    // A program beside its argv (MCP client configs, exec tools): read as one line.
    ["exec", { command: "rm", args: ["-rf", "/"] }],
    ["exec", { cmd: "gsutil", argv: ["-m", "rm", "-r", "gs://tenant-exports"] }],
  ];
  for (const [tool, args] of attacks) {
    const e = await blockOf(tool, args);
    assert.ok(e, JSON.stringify(args));
    const d = e.detail as { detector?: string; path?: string };
    // `rm -rf /` read whole is also a destructive order to the injection detector.
    assert.ok(["command_injection", "injection"].includes(d.detector ?? ""), JSON.stringify(d));
    assert.match(d.path ?? "", /<argv>$/, JSON.stringify(args));
  }
});

Deno.test("engine: safe argv arrays and ordinary string lists pass", async () => {
  const benign: [string, Record<string, unknown>][] = [
    ["aws", { args: ["s3", "rm", "s3://ci-artifacts/tmp/build-4411/", "--recursive"] }],
    ["aws", { args: ["s3", "ls", "s3://prod-backups/2026/"] }],
    ["git", { args: ["-c", "core.pager=cat", "log", "--oneline", "-20"] }],
    ["run", { command: ["python", "-m", "pytest", "-k", "not slow"] }],
    ["tag", { tags: ["rm", "-rf", "/"] }],
    ["exec", {
      command: "npx",
      args: ["-y", "@modelcontextprotocol/server-filesystem", "/home/u/src"],
    }],
    ["exec", { command: "rm", args: ["-rf", "./dist"] }],
  ];
  for (const [tool, args] of benign) {
    assert.equal(await blockOf(tool, args), undefined, JSON.stringify(args));
  }
});

Deno.test("engine: an object argument is read whole by the code detector (<doc>)", async () => {
  // A policy sent as a JSON object, not a string: no single value says anything.
  const escalate = {
    policy_arn: "arn:aws:iam::111122223333:policy/ReportsReader",
    policy_document: {
      Version: "2012-10-17",
      Statement: [{
        Sid: "SelfService",
        Effect: "Allow",
        Action: ["iam:CreatePolicyVersion", "iam:SetDefaultPolicyVersion", "iam:PassRole"],
        Resource: "*",
      }],
    },
  };
  const e = await blockOf("create_policy_version", escalate);
  assert.ok(e, "a self-escalating policy object");
  const d = e.detail as { detector?: string; path?: string };
  assert.equal(d.detector, "code_injection");
  assert.equal(d.path, "$.arguments.policy_document<doc>");
  // A scoped read-only policy, a plain settings object and a list of tags pass.
  const passes: Record<string, unknown>[] = [
    {
      policy_document: {
        Version: "2012-10-17",
        Statement: [{
          Effect: "Allow",
          Action: ["s3:GetObject"],
          Resource: "arn:aws:s3:::reports/*",
        }],
      },
    },
    { settings: { theme: "dark", page_size: 50, notify: { email: true, slack: false } } },
    { tags: ["billing", "eu-west-1", "team:payments"] },
  ];
  for (const args of passes) {
    assert.equal(await blockOf("put", args), undefined, JSON.stringify(args));
  }
});
