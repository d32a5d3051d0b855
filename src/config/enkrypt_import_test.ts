import assert from "node:assert/strict";
import { KeyIndex } from "../auth/keys.ts";
import { importEnkrypt } from "./enkrypt_import.ts";
import { validateConfig } from "./load.ts";

const FIXTURE = new URL("../../tests/fixtures/enkrypt_mcp_config.json", import.meta.url);
const policies = {
  input: () => ({ enabled: true, detectors: { injection: { action: "block" } } }),
  output: () => ({ enabled: true }),
  tool: () => ({ enabled: true }),
};

Deno.test("importEnkrypt() converts a realistic Enkrypt config into a valid smg config", async () => {
  const src = JSON.parse(await Deno.readTextFile(FIXTURE));
  const r = importEnkrypt(src, policies);
  const { config } = validateConfig(r.config, "imported", { resolve: false });
  assert.deepEqual(r.counts, { server_sets: 2, servers: 3, projects: 1, users: 1, keys: 2 });
  const set = config.server_sets.default_config;
  assert.deepEqual(set.servers.map((s) => s.name), ["echo_server", "github-server"]);
  const gh = set.servers[1];
  assert.deepEqual(gh.tools, ["list_issues", "get_issue"]);
  assert.equal(gh.oauth?.client_id, "client-abc");
  assert.equal(gh.oauth?.token_url, "https://auth.example.com/oauth/token");
  assert.ok(gh.tool_policy?.enabled);
  const echo = set.servers[0];
  assert.equal(echo.input_policy?.async_input, true);
  assert.equal(echo.input_policy?.detectors.pii?.action, "redact");
  const remote = config.server_sets.remote_config.servers[0];
  assert.equal(remote.name, "remote_docs");
  assert.equal(remote.url, "https://docs.example.com/mcp");
  assert.equal(remote.type, "http");
  assert.equal(config.settings.log_level, "warn");
  assert.equal(config.settings.cache.tools_ttl_s, 4 * 3600);
  assert.equal(config.settings.timeouts.tool_call_ms, 60_000);
  assert.equal(config.settings.timeouts.connect_ms, 2_000);
  assert.equal(config.settings.cache.redis_url, "redis://localhost:6379/0");
  assert.equal(
    config.projects["3c09f06c-1f0d-4153-9ac5-366397937641"].server_set,
    "default_config",
  );
  assert.ok(config.admin_key?.hash.startsWith("sha256:"));
});

Deno.test("importEnkrypt() hashes API keys: the same plaintext keys authenticate, disabled stays disabled", async () => {
  const src = JSON.parse(await Deno.readTextFile(FIXTURE));
  const r = importEnkrypt(src, policies);
  const text = JSON.stringify(r.config);
  assert.ok(
    !text.includes("2W8UupCkazk4SsOcSu_1hAbiOgPdv0g-nN9NtfZyg-rvYGat"),
    "plaintext key must not be written",
  );
  assert.ok(!text.includes("AdminKeyFAKE"), "plaintext admin key must not be written");
  const { config } = validateConfig(r.config, "imported", { resolve: false });
  const idx = new KeyIndex(config);
  assert.equal(
    idx.authenticate("2W8UupCkazk4SsOcSu_1hAbiOgPdv0g-nN9NtfZyg-rvYGat").projectId,
    "3c09f06c-1f0d-4153-9ac5-366397937641",
  );
  assert.throws(() => idx.authenticate("DisabledKeyFAKE000000000000000000000000000000"), {
    code: "key_disabled",
  });
});

Deno.test("importEnkrypt() lists everything it could not map instead of dropping it", async () => {
  const src = JSON.parse(await Deno.readTextFile(FIXTURE));
  src.surprise = { x: 1 };
  const r = importEnkrypt(src, policies);
  const paths = r.unmapped.map((u) => u.path);
  for (
    const p of [
      "$.common_mcp_gateway_config.timeout_settings.default_timeout",
      "$.common_mcp_gateway_config.timeout_settings.escalation_policies",
      "$.common_mcp_gateway_config.enkrypt_telemetry",
      "$.mcp_configs.fcbd4508-1432-4f13-abb9-c495c946f638.mcp_config[0].output_guardrails_policy.additional_config.relevancy",
      "$.mcp_configs.fcbd4508-1432-4f13-abb9-c495c946f638.mcp_config[1].oauth_config.OAUTH_USE_MTLS",
      '$.projects["0b0b0b0b-0000-4000-8000-000000000003"].mcp_config_id',
      "$.surprise",
    ]
  ) assert.ok(paths.includes(p), `expected ${p} among ${paths.join("\n")}`);
  for (const u of r.unmapped) assert.ok(u.reason.length > 5);
});

Deno.test("importEnkrypt() rejects non-objects with a clear reason", () => {
  const r = importEnkrypt([1, 2]);
  assert.equal(r.unmapped[0].path, "$");
  assert.match(r.unmapped[0].reason, /enkrypt_mcp_config/);
});
