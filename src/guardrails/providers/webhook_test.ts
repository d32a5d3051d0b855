import assert from "node:assert/strict";
import {
  type FakeServer,
  startWebhookFake,
  WEBHOOK_FAKE_TOKEN,
} from "../../../tests/fakes/webhook_fake.ts";
import { ProviderError, type RemoteCheckRequest } from "../types.ts";
import { webhookDetector, webhookFindings, WebhookOptionsSchema } from "./webhook.ts";

const never = new AbortController().signal;

async function withFake(fn: (fake: FakeServer) => Promise<void>): Promise<void> {
  const fake = await startWebhookFake();
  try {
    await fn(fake);
  } finally {
    await fake.close();
  }
}

const opts = (
  url: string,
  headers: Record<string, unknown> = {},
  extra: Record<string, unknown> = {},
) =>
  WebhookOptionsSchema.parse({
    url: `${url}/check`,
    headers: { Authorization: `Bearer ${WEBHOOK_FAKE_TOKEN}`, ...headers },
    timeout_ms: 200,
    ...extra,
  });

const req = (text: string, extra: Partial<RemoteCheckRequest> = {}): RemoteCheckRequest => ({
  stage: "input",
  server: "db",
  tool: "query",
  text,
  value: { sql: text },
  ...extra,
});

Deno.test("webhookDetector allows and sends the version 1 request contract", async () => {
  await withFake(async (fake) => {
    const findings = await webhookDetector.check(
      req("select 1", { stage: "output", requestText: '{"sql":"select 1"}' }),
      opts(fake.url, { "X-Team": "sec" }),
      never,
    );
    assert.deepEqual(findings, [], "allow ignores listed findings");
    const r = fake.requests[0];
    assert.equal(r.method, "POST");
    assert.equal(r.path, "/check");
    assert.equal(r.headers["authorization"], `Bearer ${WEBHOOK_FAKE_TOKEN}`);
    assert.equal(r.headers["x-team"], "sec");
    assert.equal(r.headers["content-type"], "application/json");
    assert.deepEqual(r.body, {
      version: 1,
      stage: "output",
      server: "db",
      tool: "query",
      text: "select 1",
      value: { sql: "select 1" },
      request_text: '{"sql":"select 1"}',
    });
  });
});

Deno.test("webhookDetector maps block and warn verdicts to findings", async () => {
  await withFake(async (fake) => {
    const blocked = await webhookDetector.check(req("ATTACK"), opts(fake.url), never);
    assert.deepEqual(blocked, [
      {
        detector: "webhook",
        kind: "attack_marker",
        severity: "critical",
        reason: "The value carries an attack marker",
        path: "$.arguments.q",
      },
      {
        detector: "webhook",
        kind: "second",
        severity: "high",
        reason: "Second finding [31m with an escape",
      },
    ]);
    assert.deepEqual(await webhookDetector.check(req("BLOCKBARE"), opts(fake.url), never), [
      { detector: "webhook", kind: "blocked", severity: "high", reason: "Blocked by house rules" },
    ]);
    const warned = await webhookDetector.check(req("WARNME"), opts(fake.url), never);
    assert.deepEqual(
      warned.map((f) => [f.kind, f.severity]),
      [["odd", "low"]],
      "warn is lowered to low",
    );
  });
});

Deno.test("webhookFindings falls back to safe defaults", () => {
  assert.deepEqual(webhookFindings({ verdict: "allow" }), []);
  assert.deepEqual(webhookFindings({ verdict: "warn" }), [
    { detector: "webhook", kind: "warned", severity: "low", reason: "Webhook raised a warning" },
  ]);
  assert.deepEqual(webhookFindings({ verdict: "block", reason: "\u202e\u0007" }), [
    {
      detector: "webhook",
      kind: "blocked",
      severity: "high",
      reason: "Webhook blocked the content",
    },
  ]);
});

Deno.test("webhookDetector resolves env headers at check time and errors clearly when unset", async () => {
  await withFake(async (fake) => {
    const o = opts(fake.url, { Authorization: { env: "SMG_TEST_WEBHOOK_AUTH" } });
    Deno.env.delete("SMG_TEST_WEBHOOK_AUTH");
    await assert.rejects(
      webhookDetector.check(req("x"), o, never),
      /header "Authorization".*"SMG_TEST_WEBHOOK_AUTH" is not set/,
    );
    Deno.env.set("SMG_TEST_WEBHOOK_AUTH", `Bearer ${WEBHOOK_FAKE_TOKEN}`);
    try {
      assert.equal((await webhookDetector.check(req("ATTACK"), o, never)).length, 2);
    } finally {
      Deno.env.delete("SMG_TEST_WEBHOOK_AUTH");
    }
  });
});

Deno.test("webhookDetector turns auth, slow, 500, malformed and wrong-shape answers into ProviderError", async () => {
  await withFake(async (fake) => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ Authorization: "Bearer wrong-token" }, /HTTP 401/],
      [{ "x-fake-mode": "slow" }, /timed out after 200 ms/],
      [{ "x-fake-mode": "500" }, /HTTP 500/],
      [{ "x-fake-mode": "malformed" }, /not valid JSON/],
      [{ "x-fake-mode": "shape" }, /unexpected shape at \$\.verdict/],
    ];
    for (const [headers, pattern] of cases) {
      const started = performance.now();
      await assert.rejects(
        webhookDetector.check(req("private text"), opts(fake.url, headers), never),
        (e: unknown) =>
          e instanceof ProviderError && pattern.test(e.message) &&
          !e.message.includes("private text") &&
          !e.message.includes("wrong-token") && !e.message.includes("/check"),
        JSON.stringify(headers),
      );
      assert.ok(performance.now() - started < 2500);
    }
  });
});

Deno.test("webhookDetector stops when the caller aborts", async () => {
  await withFake(async (fake) => {
    const ac = new AbortController();
    const p = webhookDetector.check(
      req("x"),
      opts(fake.url, { "x-fake-mode": "slow" }, { timeout_ms: 5000 }),
      ac.signal,
    );
    setTimeout(() => ac.abort(), 30);
    await assert.rejects(p, /aborted by the caller/);
  });
});

Deno.test("WebhookOptionsSchema requires an http(s) url and valid header names", () => {
  assert.equal(
    WebhookOptionsSchema.safeParse({ url: "https://hooks.example.com/x" }).success,
    true,
  );
  assert.equal(WebhookOptionsSchema.safeParse({}).success, false);
  assert.equal(WebhookOptionsSchema.safeParse({ url: "file:///etc/passwd" }).success, false);
  assert.equal(
    WebhookOptionsSchema.safeParse({ url: "https://h.example", headers: { "bad header": "x" } })
      .success,
    false,
  );
  assert.equal(
    WebhookOptionsSchema.safeParse({ url: "https://h.example", extra: 1 }).success,
    false,
  );
});
