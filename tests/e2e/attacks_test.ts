/**
 * Every bundled attack server end to end, as a real child process behind a real `smg serve`, over
 * streamable HTTP (one gateway, one project per scenario) and over stdio (one gateway process per
 * scenario), with the recommended policies. The steps and expected verdicts are the threat
 * manifest's (src/check/manifest.ts); the judge also asserts that nothing harmful reached the
 * client: no poisoned tool listed, no fake secret and no escape / bidi / zero-width character in
 * any listing or result.
 *
 * An attack that is not stopped fails here, by design: fix the guard, never the expectation.
 */
import assert from "node:assert/strict";
import { generateKey, type NewKey } from "../../src/auth/keys.ts";
import { recommendedChoice, scenarioConfig } from "../../src/check/config.ts";
import type { Observation } from "../../src/check/judge.ts";
import { SCENARIOS } from "../../src/check/manifest.ts";
import { runSteps } from "../../src/check/steps.ts";
import type { CheckResult, Scenario } from "../../src/check/types.ts";
import {
  DENO_DIR,
  httpClient,
  smgArgs,
  startHttpGateway,
  stdioClient,
} from "../helpers/gateway.ts";

/**
 * The scenarios this file proves, by name (the manifest consistency test looks for each one here,
 * so a new scenario must be added on purpose).
 */
const COVERED = [
  "echo",
  "echo_oauth",
  "tool_poisoning",
  "schema_poisoning",
  "prompt_injection",
  "bad_output",
  "deceptive_names",
  "command_injection",
  "path_traversal",
  "ssrf",
  "rce",
  "credential_theft",
  "session_management",
  "unauthenticated_access",
  "mpma",
  "rug_pull",
  "shadowing",
  "ansi_injection",
  "resource_exhaustion",
  "slow",
  "crash",
  "malformed",
];

const CONCURRENCY = 3;

/** Write a config with one project per scenario (and one key each). */
async function writeConfig(dir: string, file: string, keys: Map<string, NewKey>): Promise<string> {
  const config = scenarioConfig(SCENARIOS, keys, {
    policies: recommendedChoice().policies,
    pinsFile: `${dir}/${file}.pins.json`,
  });
  const path = `${dir}/${file}.json`;
  await Deno.writeTextFile(path, JSON.stringify(config, null, 2));
  return path;
}

/** Run `fn` over the scenarios, a few at a time, keeping order. */
async function each(
  fn: (s: Scenario) => Promise<CheckResult[]>,
): Promise<Map<string, CheckResult[]>> {
  const out = new Map<string, CheckResult[]>();
  let next = 0;
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < SCENARIOS.length) {
      const s = SCENARIOS[next++];
      try {
        out.set(s.name, await fn(s));
      } catch (e) {
        out.set(s.name, [{
          id: "setup",
          kind: "clean",
          tool: "",
          expected: "scenario runs",
          observed: "error",
          passed: false,
          detail: (e as Error).message,
          why: "The gateway starts and answers",
          ms: 0,
        }]);
      }
    }
  }));
  return out;
}

function assertScenario(name: string, results: CheckResult[] | undefined): void {
  assert.ok(results && results.length > 0, `${name}: no results`);
  const failed = results.filter((r) => !r.passed);
  assert.deepEqual(
    failed.map((r) => `${r.id}${r.tool ? ` [${r.tool}]` : ""}: ${r.detail}`),
    [],
    `${name}: ${failed.length} check(s) failed (attack not stopped or benign call refused)`,
  );
}

Deno.test("attacks_test covers exactly the manifest's scenarios", () => {
  assert.deepEqual([...COVERED].sort(), SCENARIOS.map((s) => s.name).sort());
});

Deno.test("attacks over HTTP: every bundled attack server through one smg serve --http", async (t) => {
  const dir = await Deno.makeTempDir({ prefix: "smg-attacks-" });
  const keys = new Map(SCENARIOS.map((s) => [s.name, generateKey()]));
  const gw = await startHttpGateway(await writeConfig(dir, "http", keys));
  let results: Map<string, CheckResult[]>;
  try {
    results = await each(async (s) => {
      const client = await httpClient(gw.url, keys.get(s.name)!.key);
      const anonymousCall = async (
        name: string,
        args: Record<string, unknown>,
      ): Promise<Observation> => {
        const r = await fetch(gw.url, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            accept: "application/json, text/event-stream",
          },
          body: JSON.stringify({
            jsonrpc: "2.0",
            id: 1,
            method: "tools/call",
            params: { name, arguments: args },
          }),
        });
        await r.body?.cancel();
        return r.status === 401
          ? { verdict: "refused", message: "HTTP 401" }
          : { verdict: "allowed", message: `HTTP ${r.status} without a key` };
      };
      try {
        return await runSteps(s, { client, anonymousCall });
      } finally {
        await client.close();
      }
    });
  } finally {
    await gw.stop();
    await Deno.remove(dir, { recursive: true });
  }
  for (const s of SCENARIOS) {
    await t.step(s.name, () => assertScenario(s.name, results.get(s.name)));
  }
});

Deno.test("attacks over stdio: every bundled attack server through its own smg serve", async (t) => {
  const dir = await Deno.makeTempDir({ prefix: "smg-attacks-" });
  const keys = new Map(SCENARIOS.map((s) => [s.name, generateKey()]));
  let results: Map<string, CheckResult[]>;
  try {
    results = await each(async (s) => {
      // One gateway process per scenario, each with its own pins file (no cross-process races).
      const path = await writeConfig(dir, s.name, keys);
      const client = await stdioClient(path, keys.get(s.name)!.key, { HOME: dir });
      const anonymousCall = async (): Promise<Observation> => {
        // Without a key, `smg serve` refuses to start a session at all (exit code 3).
        const child = new Deno.Command(Deno.execPath(), {
          args: smgArgs("serve", "--config", path),
          env: { HOME: dir, DENO_DIR, PATH: Deno.env.get("PATH") ?? "" },
          clearEnv: true,
          stdin: "null",
          stdout: "piped",
          stderr: "piped",
        });
        const res = await child.output();
        return res.code === 3
          ? { verdict: "refused", message: "exit code 3" }
          : { verdict: "allowed", message: `exit code ${res.code}` };
      };
      try {
        return await runSteps(s, { client, anonymousCall });
      } finally {
        await client.close();
      }
    });
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
  for (const s of SCENARIOS) {
    await t.step(s.name, () => assertScenario(s.name, results.get(s.name)));
  }
});
