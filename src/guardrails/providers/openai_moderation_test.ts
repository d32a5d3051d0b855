import assert from "node:assert/strict";
import {
  type FakeServer,
  OPENAI_FAKE_KEY,
  startOpenAiModerationFake,
} from "../../../tests/fakes/openai_moderation_fake.ts";
import { ProviderError, type RemoteCheckRequest } from "../types.ts";
import {
  moderationFindings,
  openAiModerationDetector,
  OpenAiModerationOptionsSchema,
} from "./openai_moderation.ts";

const never = new AbortController().signal;

async function withFake(fn: (fake: FakeServer) => Promise<void>): Promise<void> {
  const fake = await startOpenAiModerationFake();
  try {
    await fn(fake);
  } finally {
    await fake.close();
  }
}

const opts = (url: string, extra: Record<string, unknown> = {}) =>
  OpenAiModerationOptionsSchema.parse({
    base_url: url,
    api_key: OPENAI_FAKE_KEY,
    timeout_ms: 200,
    ...extra,
  });

const req = (text: string): RemoteCheckRequest => ({
  stage: "output",
  server: "web",
  tool: "fetch",
  text,
});

Deno.test("openAiModerationDetector allows clean text and sends the moderation contract", async () => {
  await withFake(async (fake) => {
    assert.deepEqual(
      await openAiModerationDetector.check(req("a recipe for bread"), opts(fake.url), never),
      [],
    );
    const r = fake.requests[0];
    assert.equal(r.method, "POST");
    assert.equal(r.path, "/v1/moderations");
    assert.equal(r.headers["authorization"], `Bearer ${OPENAI_FAKE_KEY}`);
    assert.equal(r.headers["content-type"], "application/json");
    assert.deepEqual(r.body, { model: "omni-moderation-latest", input: "a recipe for bread" });
  });
});

Deno.test("openAiModerationDetector reports flagged categories, honouring categories and threshold", async () => {
  const cases: { text: string; extra?: Record<string, unknown>; kinds: string[] }[] = [
    { text: "ATTACK", kinds: ["violence"] },
    { text: "ATTACK", extra: { categories: ["hate"] }, kinds: [] },
    { text: "ATTACK", extra: { categories: ["violence", "hate"] }, kinds: ["violence"] },
    { text: "BORDERLINE", kinds: [] },
    { text: "BORDERLINE", extra: { threshold: 0.4 }, kinds: ["harassment"] },
    { text: "BORDERLINE ATTACK", extra: { threshold: 0.5 }, kinds: ["violence"] },
    { text: "FLAGONLY", kinds: ["flagged"] },
    { text: "FLAGONLY", extra: { categories: ["violence"] }, kinds: [] },
  ];
  await withFake(async (fake) => {
    for (const c of cases) {
      const findings = await openAiModerationDetector.check(
        req(c.text),
        opts(fake.url, c.extra),
        never,
      );
      assert.deepEqual(
        findings.map((f) => f.kind),
        c.kinds,
        `${c.text} ${JSON.stringify(c.extra)}`,
      );
      for (const f of findings) {
        assert.equal(f.detector, "openai_moderation");
        assert.ok(!f.reason.includes(c.text));
      }
    }
    const [v] = await openAiModerationDetector.check(
      req("ATTACK"),
      opts(fake.url, { model: "text-moderation-007" }),
      never,
    );
    assert.match(v.reason, /"violence" \(score 0\.97\)/);
    assert.equal((fake.requests.at(-1)!.body as { model: string }).model, "text-moderation-007");
  });
});

Deno.test("moderationFindings ranks threatening and minors categories high", () => {
  const o = OpenAiModerationOptionsSchema.parse({ api_key: "k" });
  const answer = {
    results: [{
      flagged: true,
      categories: {
        "sexual/minors": true,
        "harassment/threatening": true,
        hate: true,
        "self-harm/intent": null,
      },
      category_scores: { "sexual/minors": 0.9, "harassment/threatening": 0.8, hate: 0.7 },
    }],
  };
  const sev = Object.fromEntries(moderationFindings(answer, o).map((f) => [f.kind, f.severity]));
  assert.deepEqual(sev, {
    "sexual/minors": "high",
    "harassment/threatening": "high",
    hate: "medium",
  });
});

Deno.test("openAiModerationDetector turns auth, slow, 500, malformed and wrong-shape answers into ProviderError", async () => {
  await withFake(async (fake) => {
    const cases: [string, Record<string, unknown>, RegExp][] = [
      ["hello", { api_key: "sk-wrong" }, /HTTP 401/],
      ["FAKE_SLOW", {}, /timed out after 200 ms/],
      ["FAKE_500", {}, /HTTP 500/],
      ["FAKE_MALFORMED", {}, /not valid JSON/],
      ["FAKE_SHAPE", {}, /unexpected shape at \$\.results/],
    ];
    for (const [text, extra, pattern] of cases) {
      const started = performance.now();
      await assert.rejects(
        openAiModerationDetector.check(req(text), opts(fake.url, extra), never),
        (e: unknown) =>
          e instanceof ProviderError && pattern.test(e.message) && !e.message.includes("sk-"),
        text,
      );
      assert.ok(performance.now() - started < 2500);
    }
  });
});

Deno.test("openAiModerationDetector stops when the caller aborts and needs its env key", async () => {
  await withFake(async (fake) => {
    const ac = new AbortController();
    const p = openAiModerationDetector.check(
      req("FAKE_SLOW"),
      opts(fake.url, { timeout_ms: 5000 }),
      ac.signal,
    );
    setTimeout(() => ac.abort(), 30);
    await assert.rejects(p, /aborted by the caller/);
    Deno.env.delete("SMG_TEST_OPENAI_KEY");
    await assert.rejects(
      openAiModerationDetector.check(
        req("x"),
        opts(fake.url, { api_key: { env: "SMG_TEST_OPENAI_KEY" } }),
        never,
      ),
      /"SMG_TEST_OPENAI_KEY" is not set/,
    );
  });
});

Deno.test("OpenAiModerationOptionsSchema has safe defaults and is strict", () => {
  const o = OpenAiModerationOptionsSchema.parse({ api_key: { env: "OPENAI_API_KEY" } });
  assert.equal(o.base_url, "https://api.openai.com");
  assert.equal(o.model, "omni-moderation-latest");
  assert.equal(o.timeout_ms, 5000);
  assert.equal(
    OpenAiModerationOptionsSchema.safeParse({ api_key: "k", treshold: 0.5 }).success,
    false,
  );
  assert.equal(
    OpenAiModerationOptionsSchema.safeParse({ api_key: "k", threshold: 2 }).success,
    false,
  );
  assert.equal(OpenAiModerationOptionsSchema.safeParse({}).success, false);
});
