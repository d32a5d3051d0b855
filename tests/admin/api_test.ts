/** The REST admin API over real HTTP: auth on every route, validation errors, CRUD round trips, OpenAPI. */
import assert from "node:assert/strict";
import { startAdminServer } from "../../src/admin/server.ts";
import { ConfigStore } from "../../src/config/store.ts";
import { setAdminKey } from "../../src/admin/ops/keys.ts";
import { tempHome } from "./_cli.ts";

async function setup() {
  const { home, config } = await tempHome();
  const store = new ConfigStore(config);
  const adminKey =
    (await store.update((c) => setAdminKey(c, "create"), { reason: "test" })).result.key;
  const server = await startAdminServer({ store, hostname: "127.0.0.1", port: 0 });
  const base = `http://127.0.0.1:${server.port}`;
  const api = async (method: string, path: string, body?: unknown, key = adminKey) => {
    const r = await fetch(`${base}/api/v1${path}`, {
      method,
      headers: {
        authorization: `Bearer ${key}`,
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
      },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
    return { status: r.status, body: await r.json(), headers: r.headers };
  };
  return { home, store, server, base, api, adminKey };
}

Deno.test("admin API: every route in the OpenAPI document requires the admin key", async () => {
  const { home, server, base } = await setup();
  try {
    const doc = await (await fetch(`${base}/openapi.json`)).json();
    assert.equal(doc.openapi, "3.1.0");
    const ops = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap((
      [p, m],
    ) => Object.keys(m).map((verb) => [verb, p]));
    assert.ok(ops.length >= 35, `only ${ops.length} operations documented`);
    for (const [verb, p] of ops) {
      const url = base + p.replace(/\{(\w+)\}/g, "x");
      for (const auth of [undefined, "Bearer smgadm_wrong"]) {
        const r = await fetch(url, {
          method: verb.toUpperCase(),
          headers: auth ? { authorization: auth, "x-forwarded-for": "1.2.3.4" } : {},
        });
        const body = await r.json();
        // The throttle may answer 429 after a few failures from this address; both refuse.
        assert.ok(
          r.status === 401 || r.status === 429,
          `${verb} ${p} without a valid key → ${r.status}`,
        );
        assert.ok(body.error && body.detail, `${verb} ${p}: error body`);
      }
    }
  } finally {
    await server.shutdown();
    await Deno.remove(home, { recursive: true });
  }
});

Deno.test("admin API: failed logins are throttled per address with 429 and Retry-After", async () => {
  const { home, server, api } = await setup();
  try {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      statuses.push((await api("GET", "/users", undefined, "smgadm_bad")).status);
    }
    assert.deepEqual(statuses.slice(0, 5), [401, 401, 401, 401, 401]);
    const locked = await api("GET", "/users");
    assert.equal(locked.status, 429, "even the right key waits while locked out");
    assert.ok(Number(locked.headers.get("retry-after")) >= 1);
  } finally {
    await server.shutdown();
    await Deno.remove(home, { recursive: true });
  }
});

Deno.test("admin API: CRUD round trips, validation errors with paths, conflicts, docs", async (t) => {
  const { home, server, base, api, store } = await setup();
  try {
    await t.step("docs page and OpenAPI cover every route", async () => {
      const html = await (await fetch(`${base}/docs`)).text();
      assert.match(html, /<table>/);
      assert.ok(
        !/https?:\/\/(?!127)/.test(html.replace(/href="\/openapi.json"/, "")),
        "no external assets",
      );
      const doc = await (await fetch(`${base}/openapi.json`)).json();
      const { ROUTES } = await import("../../src/admin/handler.ts");
      for (const r of ROUTES) {
        assert.ok(
          doc.paths[`/api/v1${r.path}`]?.[r.method.toLowerCase()],
          `${r.method} ${r.path} documented`,
        );
      }
      assert.ok(
        doc.paths["/api/v1/server-sets/{set}/servers"].post.requestBody.content["application/json"]
          .schema.properties.command,
      );
    });

    await t.step("server sets and servers", async () => {
      assert.equal((await api("POST", "/server-sets", { name: "work" })).status, 201);
      assert.equal((await api("POST", "/server-sets", { name: "work" })).status, 409);
      const bad = await api("POST", "/server-sets/work/servers", {
        name: "x",
        command: "ls",
        type: "http",
      });
      assert.equal(bad.status, 422);
      assert.equal(bad.body.error, "validation_failed");
      assert.equal(bad.body.path, "$.type");
      const badJson = await api("POST", "/server-sets/work/servers", "{nope");
      assert.equal(badJson.status, 400);
      assert.equal(
        (await api("POST", "/server-sets/work/servers", {
          name: "gh",
          url: "http://127.0.0.1:9/mcp",
        })).status,
        201,
      );
      assert.equal(
        (await api("GET", "/server-sets/work/servers/gh")).body.url,
        "http://127.0.0.1:9/mcp",
      );
      assert.deepEqual(
        (await api("PATCH", "/server-sets/work/servers/gh", { tools: ["a"] })).body.tools,
        ["a"],
      );
      assert.equal(
        (await api("PUT", "/server-sets/work/servers/gh/policies/input", {
          detectors: { secrets: { action: "block" } },
        })).status,
        200,
      );
      assert.equal(
        (await api("GET", "/server-sets/work/servers/gh/policies")).body.input.detectors.secrets
          .action,
        "block",
      );
      const badPolicy = await api("PUT", "/server-sets/work/servers/gh/policies/input", {
        detectors: { secrets: { action: "explode" } },
      });
      assert.equal(badPolicy.status, 422);
      assert.equal(badPolicy.body.path, "$.detectors.secrets.action");
      assert.equal(
        (await api("DELETE", "/server-sets/work/servers/gh/policies/input")).status,
        200,
      );
      assert.equal((await api("GET", "/server-sets/work/servers/nope")).status, 404);
      assert.equal((await api("POST", "/server-sets/work/copy", { to: "work2" })).status, 201);
      assert.equal(
        (await api("PATCH", "/server-sets/work2", { name: "work3", description: "d" })).body.name,
        "work3",
      );
      assert.equal((await api("DELETE", "/server-sets/work3/servers")).body.removed, 1);
      assert.equal((await api("DELETE", "/server-sets/work3")).status, 200);
      assert.equal((await api("GET", "/server-sets")).body.length, 2);
    });

    let userId = "";
    await t.step("users, projects, keys", async () => {
      const u = await api("POST", "/users", { email: "bob@example.com", name: "Bob" });
      assert.equal(u.status, 201);
      userId = u.body.id;
      const dup = await api("POST", "/users", { email: "BOB@example.com" });
      assert.equal(dup.status, 409);
      assert.match(dup.body.detail, new RegExp(`a user with this email exists \\(id ${userId}\\)`));
      assert.equal((await api("POST", "/users", { email: "nope" })).body.path, "$.email");
      assert.equal(
        (await api("PATCH", `/users/${userId}`, { name: "Robert" })).body.name,
        "Robert",
      );
      const p = await api("POST", "/projects", {
        id: "team",
        server_set: "work",
        users: ["bob@example.com"],
      });
      assert.equal(p.status, 201, JSON.stringify(p.body));
      assert.equal((await api("POST", "/projects", { id: "t2", server_set: "ghost" })).status, 404);
      assert.equal(
        (await api("PATCH", "/projects/team", { exposure: "sideways" })).body.path,
        "$.exposure",
      );
      assert.equal(
        (await api("PATCH", "/projects/team", { exposure: "meta" })).body.exposure,
        "meta",
      );
      assert.equal((await api("POST", "/projects/team/users", { user: "demo" })).status, 201);
      assert.equal((await api("GET", "/projects/team/users")).body.length, 2);
      assert.equal((await api("DELETE", "/projects/team/users/demo")).status, 200);
      assert.equal((await api("GET", "/projects/team/export")).body.project.id, "team");
      const k = await api("POST", "/keys", { project: "team", user: userId, expires_in: "1d" });
      assert.equal(k.status, 201);
      assert.match(k.body.key, /^smg_/);
      assert.equal(
        (await api("POST", "/keys", { project: "team", user: userId, expires_in: "forever" })).body
          .path,
        "$.expires_in",
      );
      const list = (await api("GET", "/keys?project=team")).body;
      assert.equal(list.length, 1);
      assert.ok(
        !JSON.stringify(list).includes(k.body.key) && !JSON.stringify(list).includes("sha256"),
      );
      assert.equal((await api("POST", `/keys/${k.body.id}/disable`)).body.disabled, true);
      assert.equal((await api("GET", `/keys/${k.body.id}`)).body.status, "disabled");
      assert.equal((await api("POST", `/keys/${k.body.id}/enable`)).body.disabled, false);
      const rot = await api("POST", `/keys/${k.body.id}/rotate`);
      assert.notEqual(rot.body.key, k.body.key);
      assert.equal((await api("DELETE", `/keys/${k.body.id}`)).status, 200);
      assert.equal((await api("GET", `/keys/${k.body.id}`)).status, 404);
      assert.equal((await api("DELETE", `/users/${userId}`)).status, 409);
      assert.equal((await api("DELETE", `/users/${userId}?force=true`)).status, 200);
      assert.equal((await api("DELETE", "/projects/team")).status, 200);
      assert.equal((await api("DELETE", "/server-sets/default")).status, 409);
    });

    await t.step("system: health, backup, restore; cache without a gateway is 503", async () => {
      const h = await api("GET", "/system/health");
      assert.equal(h.body.config.ok, true);
      const b = await api("POST", "/system/backup");
      assert.equal(b.status, 201);
      assert.equal((await api("POST", "/users", { email: "late@example.com" })).status, 201);
      assert.equal(
        (await api("POST", "/system/restore", { name: "../../etc/passwd" })).status,
        400,
      );
      const r = await api("POST", "/system/restore", { name: b.body.name });
      assert.equal(r.status, 200, JSON.stringify(r.body));
      assert.ok(
        !Object.values((await store.read()).users).some((u) => u.email === "late@example.com"),
      );
      assert.ok((await api("GET", "/system/backups")).body.length >= 2);
      assert.equal((await api("GET", "/system/version")).status, 200);
      const cache = await api("GET", "/cache");
      assert.equal(cache.status, 503);
      assert.match(cache.body.detail, /smg serve/);
      assert.equal((await api("GET", "/nope")).status, 404);
    });
  } finally {
    await server.shutdown();
    await Deno.remove(home, { recursive: true });
  }
});
