import assert from "node:assert/strict";
import {
  ENKRYPT_FAKE_KEY,
  type FakeServer,
  startEnkryptFake,
} from "../../../tests/fakes/enkrypt_fake.ts";
import { ProviderError, type RemoteCheckRequest } from "../types.ts";
import {
  batchDetectors,
  enkryptBatch,
  enkryptDetector,
  EnkryptOptionsSchema,
  enkryptPii,
} from "./enkrypt.ts";

const never = new AbortController().signal;

async function withFake(fn: (fake: FakeServer) => Promise<void>): Promise<void> {
  const fake = await startEnkryptFake();
  try {
    await fn(fake);
  } finally {
    await fake.close();
  }
}

function opts(url: string, extra: Record<string, unknown> = {}) {
  return EnkryptOptionsSchema.parse({
    base_url: url,
    api_key: ENKRYPT_FAKE_KEY,
    policy_name: "My Policy",
    timeout_ms: 200,
    ...extra,
  });
}

function req(text: string, stage: RemoteCheckRequest["stage"] = "input"): RemoteCheckRequest {
  return { stage, server: "github", tool: "create_issue", text };
}

async function rejectsProvider(p: Promise<unknown>, pattern: RegExp): Promise<ProviderError> {
  try {
    await p;
  } catch (err) {
    assert.ok(err instanceof ProviderError, `expected ProviderError, got ${err}`);
    assert.match(err.message, pattern);
    return err;
  }
  assert.fail("expected a ProviderError");
}

Deno.test("enkryptDetector allows benign text and sends the policy-detect contract", async () => {
  await withFake(async (fake) => {
    const findings = await enkryptDetector.check(req("list my open issues"), opts(fake.url), never);
    assert.deepEqual(findings, []);
    assert.equal(fake.requests.length, 1);
    const r = fake.requests[0];
    assert.equal(r.method, "POST");
    assert.equal(r.path, "/guardrails/policy/detect");
    assert.equal(r.headers["apikey"], ENKRYPT_FAKE_KEY);
    assert.equal(r.headers["x-enkrypt-policy"], "My Policy");
    assert.equal(r.headers["x-enkrypt-source-name"], "smg");
    assert.equal(r.headers["x-enkrypt-source-event"], "pre-tool");
    assert.equal(r.headers["content-type"], "application/json");
    assert.deepEqual(r.body, { text: "list my open issues" });
  });
});

Deno.test("enkryptDetector reports blocked summary keys and ignores unblocked ones", async () => {
  const cases: { text: string; block?: string[]; kinds: string[] }[] = [
    { text: "please ATTACK now", kinds: ["injection_attack"] },
    { text: "a VIOLATION here", kinds: ["policy_violation"] },
    { text: "ATTACK and VIOLATION", kinds: ["policy_violation", "injection_attack"] },
    { text: "TOXIC words", kinds: [] }, // toxicity is not in the default block list
    { text: "TOXIC words", block: ["toxicity"], kinds: ["toxicity"] },
    { text: "a BANNED word", block: ["keyword_detected"], kinds: ["keyword_detector"] },
    { text: "OFFTOPIC chat", block: ["topic_detector"], kinds: ["topic_detector"] },
    { text: "on topic chat", block: ["topic_detector"], kinds: [] },
    { text: "write to alice@example.com", block: ["pii"], kinds: ["pii"] },
  ];
  await withFake(async (fake) => {
    for (const c of cases) {
      const o = opts(fake.url, c.block ? { block: c.block } : {});
      const findings = await enkryptDetector.check(req(c.text), o, never);
      assert.deepEqual(findings.map((f) => f.kind), c.kinds, c.text);
      for (const f of findings) {
        assert.equal(f.detector, "enkrypt");
        assert.ok(!f.reason.includes(c.text), "reason must not quote the text");
        assert.ok(!f.reason.includes("alice@example.com"));
        assert.ok(!f.reason.includes(ENKRYPT_FAKE_KEY));
      }
    }
  });
});

Deno.test("enkryptDetector names toxicity labels and marks injection as high severity", async () => {
  await withFake(async (fake) => {
    const [tox] = await enkryptDetector.check(
      req("TOXIC"),
      opts(fake.url, { block: ["toxicity"] }),
      never,
    );
    assert.match(tox.reason, /toxic content \(toxicity, insult\)/);
    assert.equal(tox.severity, "medium");
    const [inj] = await enkryptDetector.check(req("ATTACK"), opts(fake.url), never);
    assert.equal(inj.severity, "high");
    assert.match(inj.reason, /"My Policy"/);
  });
});

Deno.test("enkryptDetector uses the guardrail endpoint, headers and mode when api is guardrail", async () => {
  await withFake(async (fake) => {
    const findings = await enkryptDetector.check(
      req("ATTACK", "output"),
      opts(fake.url, { api: "guardrail" }),
      never,
    );
    assert.deepEqual(findings.map((f) => f.kind), ["injection_attack"]);
    const r = fake.requests[0];
    assert.equal(r.path, "/guardrails/guardrail/detect");
    assert.equal(r.headers["x-enkrypt-guardrail"], "My Policy");
    assert.equal(r.headers["x-enkrypt-mode"], "response");
    assert.equal(r.headers["x-enkrypt-source-event"], "post-tool");
    assert.equal(r.headers["x-enkrypt-policy"], undefined);
  });
});

Deno.test("enkryptDetector skips the call for blank text", async () => {
  await withFake(async (fake) => {
    assert.deepEqual(await enkryptDetector.check(req("  \n"), opts(fake.url), never), []);
    assert.equal(fake.requests.length, 0);
  });
});

Deno.test("enkryptDetector fails with ProviderError on a wrong key without echoing it", async () => {
  await withFake(async (fake) => {
    const err = await rejectsProvider(
      enkryptDetector.check(req("hello"), opts(fake.url, { api_key: "wrong-key-xyz" }), never),
      /HTTP 401 \(check the API key/,
    );
    assert.ok(!err.message.includes("wrong-key-xyz"));
    assert.equal(err.provider, "enkrypt");
  });
});

Deno.test("enkryptDetector resolves an env api_key at check time and errors clearly when unset", async () => {
  await withFake(async (fake) => {
    const o = opts(fake.url, { api_key: { env: "SMG_TEST_ENKRYPT_KEY" } });
    Deno.env.delete("SMG_TEST_ENKRYPT_KEY");
    await rejectsProvider(
      enkryptDetector.check(req("hello"), o, never),
      /"SMG_TEST_ENKRYPT_KEY" is not set/,
    );
    assert.equal(fake.requests.length, 0);
    Deno.env.set("SMG_TEST_ENKRYPT_KEY", ENKRYPT_FAKE_KEY);
    try {
      assert.deepEqual(await enkryptDetector.check(req("hello"), o, never), []);
    } finally {
      Deno.env.delete("SMG_TEST_ENKRYPT_KEY");
    }
  });
});

Deno.test("enkryptDetector turns slow, 500, malformed and wrong-shape answers into ProviderError", async () => {
  const cases: [string, RegExp][] = [
    ["FAKE_SLOW", /timed out after 200 ms/],
    ["FAKE_500", /HTTP 500/],
    ["FAKE_MALFORMED", /not valid JSON/],
    ["FAKE_SHAPE", /unexpected shape at \$\.summary/],
  ];
  await withFake(async (fake) => {
    for (const [marker, pattern] of cases) {
      const started = performance.now();
      const err = await rejectsProvider(
        enkryptDetector.check(req(`secret text ${marker}`), opts(fake.url), never),
        pattern,
      );
      assert.ok(performance.now() - started < 2500, `${marker} took too long`);
      assert.ok(!err.message.includes("secret text"));
    }
  });
});

Deno.test("enkryptDetector stops when the caller aborts", async () => {
  await withFake(async (fake) => {
    const ac = new AbortController();
    const o = opts(fake.url, { timeout_ms: 5000 });
    const started = performance.now();
    const p = enkryptDetector.check(req("FAKE_SLOW"), o, ac.signal);
    setTimeout(() => ac.abort(), 50);
    await rejectsProvider(p, /aborted by the caller/);
    assert.ok(performance.now() - started < 2500);
    const done = new AbortController();
    done.abort();
    await rejectsProvider(
      enkryptDetector.check(req("hello"), o, done.signal),
      /aborted by the caller/,
    );
  });
});

Deno.test("enkryptDetector reports an unreachable service as ProviderError", async () => {
  const fake = await startEnkryptFake();
  await fake.close();
  await rejectsProvider(
    enkryptDetector.check(req("hello"), opts(fake.url), never),
    /Cannot reach Enkrypt at "http:\/\/127\.0\.0\.1/,
  );
});

Deno.test("EnkryptOptionsSchema applies defaults, normalizes aliases and rejects unknown keys", () => {
  const o = EnkryptOptionsSchema.parse({
    api_key: { env: "ENKRYPT_API_KEY" },
    policy_name: "P",
    block: ["keyword_detected", "on_topic"],
  });
  assert.equal(o.base_url, "https://api.enkryptai.com");
  assert.equal(o.timeout_ms, 5000);
  assert.equal(o.api, "policy");
  assert.deepEqual(o.block, ["keyword_detector", "topic_detector"]);
  assert.deepEqual(EnkryptOptionsSchema.parse({ api_key: "k", policy_name: "P" }).block, [
    "policy_violation",
    "injection_attack",
  ]);
  assert.equal(
    EnkryptOptionsSchema.safeParse({ api_key: "k", policy_name: "P", polcy: 1 }).success,
    false,
  );
  assert.equal(
    EnkryptOptionsSchema.safeParse({ api_key: "k", policy_name: "P", block: ["nonsense"] }).success,
    false,
  );
  assert.equal(EnkryptOptionsSchema.safeParse({ api_key: "k" }).success, false);
  assert.equal(
    EnkryptOptionsSchema.safeParse({ api_key: "k", policy_name: "P", base_url: "file:///etc" })
      .success,
    false,
  );
});

Deno.test("enkryptBatch checks several texts in one call with only blocked detectors enabled", async () => {
  await withFake(async (fake) => {
    const o = opts(fake.url, {
      block: ["injection_attack", "keyword_detector"],
      banned_keywords: ["BANNED"],
    });
    const results = await enkryptBatch(
      ["Tool: search - find docs", "Tool: x - ATTACK", "BANNED and TOXIC"],
      o,
      never,
    );
    assert.deepEqual(results.map((fs) => fs.map((f) => f.kind)), [[], ["injection_attack"], [
      "keyword_detector",
    ]]);
    const r = fake.requests[0];
    assert.equal(r.path, "/guardrails/batch/detect");
    assert.equal(r.headers["apikey"], ENKRYPT_FAKE_KEY);
    assert.equal(r.headers["x-enkrypt-source-event"], "tool-registration");
    const body = r.body as { texts: string[]; detectors: Record<string, Record<string, unknown>> };
    assert.deepEqual(body.texts.length, 3);
    assert.deepEqual(body.detectors, batchDetectors(o));
    assert.equal(body.detectors.injection_attack.enabled, true);
    assert.equal(body.detectors.toxicity.enabled, false);
    assert.deepEqual(body.detectors.keyword_detector.banned_keywords, ["BANNED"]);
    assert.equal(body.detectors.policy_violation.policy_text, "My Policy");
    assert.deepEqual(await enkryptBatch([], o), []);
    await rejectsProvider(enkryptBatch(["a", "FAKE_SHAPE"], o), /unexpected shape at \$/);
  });
});

Deno.test("enkryptPii redacts then restores the same values (round trip)", async () => {
  await withFake(async (fake) => {
    const pii = enkryptPii(opts(fake.url));
    const original = "mail alice@example.com and bob@example.org today";
    const redacted = await pii.redact(original);
    assert.ok(!redacted.text.includes("alice@example.com"));
    assert.match(redacted.text, /<EMAIL_0>.*<EMAIL_1>/);
    assert.ok(redacted.key.length > 0);
    const answer = `Sent to ${redacted.text.match(/<EMAIL_1>/)![0]}`;
    assert.equal(await pii.restore({ text: answer, key: redacted.key }), "Sent to bob@example.org");
    assert.equal(await pii.restore(redacted), original);
    const [a, b] = fake.requests;
    assert.equal(a.path, "/guardrails/pii");
    assert.deepEqual(a.body, { text: original, mode: "request", key: "null" });
    assert.equal(a.headers["apikey"], ENKRYPT_FAKE_KEY);
    assert.deepEqual(b.body, { text: answer, mode: "response", key: redacted.key });
  });
});

Deno.test("enkryptPii fails closed with ProviderError on errors and unknown keys", async () => {
  await withFake(async (fake) => {
    const pii = enkryptPii(opts(fake.url));
    await rejectsProvider(pii.restore({ text: "x", key: "no-such-key" }), /HTTP 400/);
    await rejectsProvider(
      pii.redact("FAKE_SHAPE alice@example.com"),
      /unexpected shape at \$\.text/,
    );
    await rejectsProvider(pii.redact("FAKE_SLOW"), /timed out/);
    await rejectsProvider(enkryptPii(opts(fake.url, { api_key: "bad" })).redact("x"), /HTTP 401/);
  });
});
