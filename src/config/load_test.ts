// deno-lint-ignore-file no-explicit-any
import assert from "node:assert/strict";
import { ConfigError } from "../errors.ts";
import { parseConfig, validateConfig } from "./load.ts";
import { MASK, maskSecrets } from "./secrets.ts";

const HASH = "sha256:" + "a".repeat(64);

function base(): Record<string, unknown> {
  return {
    server_sets: {
      main: {
        servers: [{
          name: "gh",
          command: "gh-mcp",
          env: { TOKEN: { env: "GH_TOKEN" } },
          headers: {},
        }],
      },
    },
    projects: { p: { name: "P", server_set: "main", users: ["u"] } },
    users: { u: { email: "a@b.co" } },
    keys: { k: { hash: HASH, prefix: "smg_abcd", project: "p", user: "u" } },
  };
}

Deno.test("validateConfig() reports every problem at once with JSON paths", () => {
  const bad = base() as Record<string, any>;
  bad.server_sets.main.servers.push({ name: "bad name!", url: "not a url" });
  bad.server_sets.main.servers.push({ name: "both", command: "x", url: "https://x.example/mcp" });
  bad.projects.p.server_set = "missing";
  bad.projects.p.exposure = "sideways";
  bad.keys.k.hash = "plaintext-key";
  bad.settings = { log_levle: "info" };
  try {
    validateConfig(bad, "test.json", { env: () => "tok" });
    assert.fail("should throw");
  } catch (e) {
    assert.ok(e instanceof ConfigError);
    const paths = e.issues.map((i) => i.path);
    for (
      const p of [
        "$.server_sets.main.servers[1].name",
        "$.server_sets.main.servers[1].url",
        "$.projects.p.exposure",
        "$.keys.k.hash",
        "$.settings.log_levle",
      ]
    ) assert.ok(paths.includes(p), `missing ${p} in ${paths.join(", ")}`);
    assert.match(e.message, /test\.json/);
    assert.ok(e.issues.find((i) => i.path === "$.settings.log_levle")?.hint);
  }
});

Deno.test("validateConfig() catches cross references after the shape is valid", () => {
  const bad = base() as Record<string, any>;
  bad.projects.p.server_set = "missing";
  bad.keys.k.user = "ghost";
  assert.throws(() => validateConfig(bad, "x", { env: () => "t" }), (e: ConfigError) => {
    const paths = e.issues.map((i) => i.path);
    return paths.includes("$.projects.p.server_set") && paths.includes("$.keys.k.user");
  });
});

Deno.test("validateConfig() resolves env references and reports missing ones with a hint", () => {
  const ok = validateConfig(base(), "x", {
    env: (n) => (n === "GH_TOKEN" ? "ghp_secret_value" : undefined),
  });
  assert.equal(ok.config.server_sets.main.servers[0].env.TOKEN, "ghp_secret_value");
  assert.deepEqual(ok.raw.server_sets.main.servers[0].env.TOKEN, { env: "GH_TOKEN" });
  assert.ok(ok.secretValues.includes("ghp_secret_value"));
  assert.throws(
    () => validateConfig(base(), "x", { env: () => undefined }),
    (e: ConfigError) =>
      e.issues[0].path === "$.server_sets.main.servers[0].env.TOKEN" &&
      /GH_TOKEN/.test(e.issues[0].hint ?? ""),
  );
});

Deno.test("maskSecrets() hides literal secrets and keeps references", () => {
  const c = base() as Record<string, any>;
  c.server_sets.main.servers[0].headers = { Authorization: "Bearer abc" };
  c.server_sets.main.servers[0].env.PLAIN = "hunter2";
  const loaded = validateConfig(c, "x", { resolve: false });
  const masked = maskSecrets(loaded.raw);
  const s = masked.server_sets.main.servers[0];
  assert.equal(s.env.PLAIN, MASK);
  assert.deepEqual(s.env.TOKEN, { env: "GH_TOKEN" });
  assert.equal(s.headers.Authorization, MASK);
  assert.ok(!JSON.stringify(masked).includes("hunter2"));
});

Deno.test("parseConfig() names the line and column of a JSON syntax error", () => {
  assert.throws(
    () => parseConfig('{\n  "version": 1,\n  oops\n}', "f.json"),
    (e: ConfigError) => /line 3/.test(e.message),
  );
});

Deno.test("validateConfig() checks settings.guards and names each bad value's JSON path", () => {
  const ok = validateConfig(base(), "x", { env: () => "t" }).config.settings.guards;
  assert.equal(ok.isolation, "auto");
  assert.equal(ok.timeout_ms, 2000);
  assert.equal(ok.inline_max_chars, 16_384);
  assert.ok(ok.workers >= 1 && ok.workers <= 4);
  const bad = base() as Record<string, any>;
  bad.settings = {
    guards: {
      isolation: "thread",
      workers: 0,
      timeout_ms: 5,
      timout_ms: 100,
      inline_max_chars: -1,
    },
  };
  assert.throws(() => validateConfig(bad, "x", { env: () => "t" }), (e: ConfigError) => {
    const byPath = new Map(e.issues.map((i) => [i.path, i.message]));
    assert.match(byPath.get("$.settings.guards.isolation") ?? "", /auto.*worker.*inline/);
    assert.match(byPath.get("$.settings.guards.inline_max_chars") ?? "", /0/);
    assert.match(byPath.get("$.settings.guards.workers") ?? "", /1/);
    assert.match(byPath.get("$.settings.guards.timeout_ms") ?? "", /10/);
    assert.ok(byPath.has("$.settings.guards.timout_ms"), [...byPath.keys()].join(", "));
    return true;
  });
  bad.settings = { guards: { workers: 17, timeout_ms: 600_001 } };
  assert.throws(() => validateConfig(bad, "x", { env: () => "t" }), (e: ConfigError) => {
    const byPath = new Map(e.issues.map((i) => [i.path, i.message]));
    assert.match(byPath.get("$.settings.guards.workers") ?? "", /16/);
    assert.match(byPath.get("$.settings.guards.timeout_ms") ?? "", /600000/);
    return true;
  });
});
