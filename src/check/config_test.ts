import assert from "node:assert/strict";
import { CONFIG_CHECKS } from "../cli/load.ts";
import { validateConfig } from "../config/load.ts";
import { UsageError } from "../errors.ts";
import { choiceFromConfig, recommendedChoice, scenarioConfig } from "./config.ts";
import { SCENARIOS } from "./manifest.ts";

const pol = (enabled: boolean) => ({ enabled, detectors: {} });
const cfg = (json: Record<string, unknown>) =>
  validateConfig(json, "user.json", { checks: CONFIG_CHECKS }).config;
const srv = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  command: "x",
  ...extra,
});

Deno.test("choiceFromConfig() picks --policy-from, then default_policies, then shared server policies", () => {
  const withDefaults = cfg({
    settings: {
      default_policies: { tool_policy: pol(true) },
      pins_file: "/user/pins.json",
      audit_log: "/user/audit.jsonl",
    },
    server_sets: { a: { servers: [srv("gh", { input_policy: pol(false) })] } },
  });
  const fromServer = choiceFromConfig(withDefaults, "user.json", "gh");
  assert.equal(fromServer.policies.input_policy?.enabled, false);
  assert.equal(
    fromServer.policies.tool_policy?.enabled,
    true,
    "missing levels fall back to default_policies",
  );
  assert.equal(fromServer.policies.output_policy, undefined);
  assert.match(fromServer.source, /server "gh"/);

  const fromDefaults = choiceFromConfig(withDefaults, "user.json");
  assert.deepEqual(Object.keys(fromDefaults.policies), ["tool_policy"]);
  assert.equal(fromDefaults.settings?.pins_file, undefined, "the user's pins file is never used");
  assert.equal(fromDefaults.settings?.audit_log, undefined);

  const shared = cfg({
    server_sets: {
      a: { servers: [srv("x", { tool_policy: pol(true) }), srv("y", { tool_policy: pol(true) })] },
    },
  });
  assert.match(choiceFromConfig(shared, "user.json").source, /servers' policies/);
});

Deno.test("choiceFromConfig() refuses to guess", () => {
  const differ = cfg({
    server_sets: { a: { servers: [srv("x", { tool_policy: pol(true) }), srv("y")] } },
  });
  assert.throws(
    () => choiceFromConfig(differ, "user.json"),
    (e) => e instanceof UsageError && /--policy-from/.test(e.message),
  );
  assert.throws(
    () => choiceFromConfig(differ, "user.json", "zzz"),
    (e) => e instanceof UsageError && /"x", "y"/.test(e.message),
  );
  assert.throws(() => choiceFromConfig(cfg({}), "user.json"), UsageError);
});

Deno.test("scenarioConfig() builds a valid config: one project and key per scenario, a twin for shadowing", () => {
  const keys = new Map(
    SCENARIOS.map((
      s,
      i,
    ) => [s.name, { hash: `sha256:${i.toString(16).padStart(64, "0")}`, prefix: "smg_x" }]),
  );
  const json = scenarioConfig(SCENARIOS, keys, {
    policies: recommendedChoice().policies,
    pinsFile: "/tmp/p.json",
  });
  const c = validateConfig(json, "generated", { checks: CONFIG_CHECKS }).config;
  assert.equal(Object.keys(c.projects).length, SCENARIOS.length);
  assert.equal(c.settings.pins_file, "/tmp/p.json");
  assert.deepEqual(c.server_sets.shadowing.servers.map((s) => s.name), ["shadowing", "echo"]);
  assert.equal(c.server_sets.slow.servers[0].timeouts?.tool_call_ms, 1000);
  assert.ok(c.server_sets.echo.servers[0].tool_policy?.detectors.tool_definition);
  assert.throws(() => scenarioConfig(SCENARIOS, new Map(), { policies: {}, pinsFile: "/tmp/p" }));
});
