/**
 * `smg check` as CI runs it (a subprocess, exit codes, JUnit and SARIF files), and the consistency
 * of the threat manifest with the registry of bundled servers and the tests that prove them.
 */
import assert from "node:assert/strict";
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/client/index"
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/inMemory"
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { BAD_MCPS } from "../../bad_mcps/registry.ts";
import { SCENARIOS } from "../../src/check/manifest.ts";
import { runSmg } from "../helpers/gateway.ts";

const ROOT = new URL("../../", import.meta.url).pathname;

const smg = (args: string[], home: string) => runSmg(args, home, { cwd: ROOT });

const off = { enabled: false, detectors: {} };

Deno.test("smg check passes with the recommended policies (exit 0)", async () => {
  const home = await Deno.makeTempDir();
  try {
    const r = await smg(["check", "--json"], home);
    const report = JSON.parse(r.stdout);
    const failed = report.scenarios.flatMap((
      s: { name: string; checks: { id: string; passed: boolean; detail: string }[] },
    ) => s.checks.filter((c) => !c.passed).map((c) => `${s.name}/${c.id}: ${c.detail}`));
    assert.deepEqual(
      failed,
      [],
      "attacks not stopped (or benign calls refused) with the recommended policies",
    );
    assert.equal(r.code, 0);
    assert.equal(report.summary.scenarios, SCENARIOS.length);
    assert.match(r.stderr, /\[\s*\d+\/\d+\] pass /, "progress is printed while it runs");
  } finally {
    await Deno.remove(home, { recursive: true });
  }
});

Deno.test("smg check fails with exit 1 on a weakened config; JUnit and SARIF name the failing scenario", async () => {
  const home = await Deno.makeTempDir();
  try {
    const config = `${home}/weak.json`;
    await Deno.writeTextFile(
      config,
      JSON.stringify({
        settings: { default_policies: { input_policy: off, output_policy: off, tool_policy: off } },
      }),
    );
    const junit = `${home}/junit.xml`;
    const sarif = `${home}/results.sarif`;
    const r = await smg([
      "check",
      "--only",
      "echo,tool_poisoning",
      "--config",
      config,
      "--junit",
      junit,
      "--sarif",
      sarif,
    ], home);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /tool_poisoning \/ discover\/add/);
    assert.match(r.stdout, /1 of 2 scenarios FAILED/);

    const xml = await Deno.readTextFile(junit);
    assert.match(
      xml,
      /<testsuite name="smg check: tool_poisoning" tests="\d+" failures="[1-9]\d*"/,
    );
    assert.match(xml, /<testsuite name="smg check: echo" tests="\d+" failures="0"/);
    assert.match(
      xml,
      /<failure message="tool_poisoning \/ discover\/add: expected hidden, got visible"/,
    );

    const log = JSON.parse(await Deno.readTextFile(sarif));
    assert.equal(log.version, "2.1.0");
    const run = log.runs[0];
    assert.deepEqual(run.tool.driver.rules.map((x: { id: string }) => x.id).sort(), [
      "smg-check/echo",
      "smg-check/tool_poisoning",
    ]);
    assert.ok(run.results.length >= 5);
    for (const x of run.results) {
      assert.equal(x.ruleId, "smg-check/tool_poisoning");
      assert.equal(x.level, "error");
      assert.match(x.message.text, /tool_poisoning/);
      assert.equal(x.locations[0].physicalLocation.artifactLocation.uri, config);
    }
  } finally {
    await Deno.remove(home, { recursive: true });
  }
});

Deno.test("smg check: usage and config errors exit 2", async () => {
  const home = await Deno.makeTempDir();
  try {
    assert.equal((await smg(["check", "--only", "no_such_attack"], home)).code, 2);
    assert.equal((await smg(["check", "--config", `${home}/missing.json`], home)).code, 2);
    const config = `${home}/c.json`;
    await Deno.writeTextFile(
      config,
      JSON.stringify({ settings: { default_policies: { tool_policy: off } } }),
    );
    const r = await smg(["check", "--config", config, "--policy-from", "nope"], home);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--policy-from "nope"/);
  } finally {
    await Deno.remove(home, { recursive: true });
  }
});

Deno.test("manifest: every bundled server has a scenario and every scenario a bundled server", () => {
  const registry = Object.keys(BAD_MCPS).sort();
  const manifest = SCENARIOS.map((s) => s.name).sort();
  assert.deepEqual(
    registry.filter((n) => !manifest.includes(n)),
    [],
    "bundled servers without a scenario",
  );
  assert.deepEqual(
    manifest.filter((n) => !registry.includes(n)),
    [],
    "scenarios without a bundled server",
  );
  for (const s of SCENARIOS) {
    for (const x of s.extraServers ?? []) {
      assert.ok(BAD_MCPS[x.bundled], `${s.name}: unknown twin ${x.bundled}`);
    }
  }
});

Deno.test("manifest: every scenario names a test file that exists and names the scenario", async () => {
  for (const s of SCENARIOS) {
    assert.ok(s.test, `${s.name} names no test`);
    const text = await Deno.readTextFile(`${ROOT}${s.test}`).catch(() => "");
    assert.ok(text, `${s.name}: test file ${s.test} does not exist`);
    assert.ok(text.includes(`"${s.name}"`), `${s.name}: ${s.test} does not name the scenario`);
  }
});

Deno.test("manifest: step ids are unique and every step names a tool its server really has", async () => {
  // The SDK warns (console.warn) about the deliberately invalid tool names; keep the output clean.
  const warn = console.warn;
  console.warn = () => {};
  try {
    await checkSteps();
  } finally {
    console.warn = warn;
  }
});

async function checkSteps(): Promise<void> {
  for (const s of SCENARIOS) {
    const ids = s.steps.map((x) => x.id);
    assert.equal(new Set(ids).size, ids.length, `${s.name}: duplicate step ids`);
    assert.ok(
      s.steps.some((x) => x.kind === "call" && x.expect === "allowed"),
      `${s.name}: no benign call`,
    );
    const servers = new Map([
      [s.name, s.name],
      ...(s.extraServers ?? []).map((x) => [x.name, x.bundled] as [string, string]),
    ]);
    const tools = new Map<string, Set<string>>();
    for (const [name, bundled] of servers) {
      // In process: the bundled servers never exit the host or write to its stdout there.
      const server = BAD_MCPS[bundled].create();
      const [a, b] = InMemoryTransport.createLinkedPair();
      await server.connect(b);
      const client = new Client({ name: "manifest-test", version: "1" });
      await client.connect(a);
      tools.set(name, new Set((await client.listTools()).tools.map((t) => t.name)));
      await client.close();
      await server.close();
    }
    for (const step of s.steps) {
      const server = step.server ?? s.name;
      const names = step.kind === "tools"
        ? [...(step.hidden ?? []), ...(step.visible ?? [])]
        : [step.tool];
      for (const n of names) {
        assert.ok(
          tools.get(server)?.has(n),
          `${s.name}/${step.id}: server "${server}" has no tool ${JSON.stringify(n)}`,
        );
      }
    }
  }
}
