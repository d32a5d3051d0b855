import assert from "node:assert/strict";
import {
  ENKRYPT_FAKE_KEY,
  type FakeServer,
  startEnkryptFake,
} from "../../../tests/fakes/enkrypt_fake.ts";
import { ProviderError, type RemoteCheckRequest } from "../types.ts";
import {
  enkryptAdherence,
  enkryptHallucination,
  EnkryptHallucinationOptionsSchema,
  enkryptRelevancy,
  EnkryptScoreOptionsSchema,
  readHallucination,
  readScore,
} from "./_enkrypt_quality.ts";

const never = new AbortController().signal;

async function withFake(fn: (fake: FakeServer) => Promise<void>): Promise<void> {
  const fake = await startEnkryptFake();
  try {
    await fn(fake);
  } finally {
    await fake.close();
  }
}

const scoreOpts = (url: string, extra: Record<string, unknown> = {}) =>
  EnkryptScoreOptionsSchema.parse({
    base_url: url,
    api_key: ENKRYPT_FAKE_KEY,
    timeout_ms: 200,
    ...extra,
  });
const halluOpts = (url: string, extra: Record<string, unknown> = {}) =>
  EnkryptHallucinationOptionsSchema.parse({
    base_url: url,
    api_key: ENKRYPT_FAKE_KEY,
    timeout_ms: 200,
    ...extra,
  });

function out(text: string): RemoteCheckRequest {
  return {
    stage: "output",
    server: "docs",
    tool: "search",
    text,
    requestText: '{"q":"deno permissions"}',
  };
}

Deno.test("enkryptRelevancy flags a result scored below the threshold and sends question/llm_answer", async () => {
  await withFake(async (fake) => {
    assert.deepEqual(
      await enkryptRelevancy.check(out("Deno permissions are flags"), scoreOpts(fake.url), never),
      [],
    );
    const [f] = await enkryptRelevancy.check(
      out("IRRELEVANT cat pictures"),
      scoreOpts(fake.url),
      never,
    );
    assert.equal(f.kind, "low_relevancy");
    assert.equal(f.severity, "low");
    assert.match(f.reason, /0\.20, below the threshold 0\.7/);
    assert.ok(!f.reason.includes("cat pictures"));
    const r = fake.requests[0];
    assert.equal(r.path, "/guardrails/relevancy");
    assert.equal(r.headers["apikey"], ENKRYPT_FAKE_KEY);
    assert.equal(r.headers["x-enkrypt-source-event"], "post-tool");
    assert.deepEqual(r.body, {
      question: '{"q":"deno permissions"}',
      llm_answer: "Deno permissions are flags",
    });
    // A stricter threshold turns the 0.9 score into a finding, with the configured severity.
    const strict = await enkryptRelevancy.check(
      out("fine"),
      scoreOpts(fake.url, { threshold: 0.95, severity: "high" }),
      never,
    );
    assert.deepEqual(strict.map((x) => x.severity), ["high"]);
  });
});

Deno.test("enkryptAdherence flags an ungrounded result and sends context/llm_answer", async () => {
  await withFake(async (fake) => {
    assert.deepEqual(await enkryptAdherence.check(out("grounded"), scoreOpts(fake.url), never), []);
    const [f] = await enkryptAdherence.check(out("UNGROUNDED claim"), scoreOpts(fake.url), never);
    assert.equal(f.kind, "low_adherence");
    assert.equal(fake.requests[1].path, "/guardrails/adherence");
    assert.deepEqual(fake.requests[1].body, {
      context: '{"q":"deno permissions"}',
      llm_answer: "UNGROUNDED claim",
    });
  });
});

Deno.test("enkryptHallucination flags a hallucination and sends request_text/response_text/context", async () => {
  await withFake(async (fake) => {
    assert.deepEqual(
      await enkryptHallucination.check(out("true fact"), halluOpts(fake.url), never),
      [],
    );
    const [f] = await enkryptHallucination.check(
      out("HALLUCINATED fact"),
      halluOpts(fake.url, { context: "docs" }),
      never,
    );
    assert.equal(f.kind, "hallucination");
    assert.equal(f.detector, "enkrypt_hallucination");
    assert.equal(fake.requests[1].path, "/guardrails/hallucination");
    assert.deepEqual(fake.requests[1].body, {
      request_text: '{"q":"deno permissions"}',
      response_text: "HALLUCINATED fact",
      context: "docs",
    });
  });
});

Deno.test("Enkrypt quality checks fail with ProviderError on failures and answers without a verdict", async () => {
  const cases: [string, RegExp][] = [
    ["FAKE_SLOW", /timed out after 200 ms/],
    ["FAKE_500", /HTTP 500/],
    ["FAKE_MALFORMED", /not valid JSON/],
    ["FAKE_SHAPE", /no (relevancy score|adherence score|hallucination verdict)/],
  ];
  await withFake(async (fake) => {
    for (const [marker, pattern] of cases) {
      for (
        const [d, o] of [[enkryptRelevancy, scoreOpts(fake.url)], [
          enkryptAdherence,
          scoreOpts(fake.url),
        ], [
          enkryptHallucination,
          halluOpts(fake.url),
        ]] as const
      ) {
        // deno-lint-ignore no-explicit-any
        const p = (d.check as any)(out(`x ${marker}`), o, never) as Promise<unknown>;
        await assert.rejects(
          p,
          (e: unknown) => e instanceof ProviderError && pattern.test(e.message),
          `${d.id} ${marker}`,
        );
      }
    }
    await assert.rejects(
      enkryptRelevancy.check(out("x"), scoreOpts(fake.url, { api_key: "nope" }), never),
      /HTTP 401/,
    );
  });
});

Deno.test("readScore and readHallucination accept the known answer shapes and nothing else", () => {
  const scores: [unknown, number | undefined][] = [
    [{ summary: { relevancy_score: 0.4 } }, 0.4],
    [{ score: 0.8 }, 0.8],
    [{ details: { relevancy_score: 0 } }, 0],
    [{ summary: { relevancy_score: "0.4" } }, undefined],
    [{ summary: { relevancy_score: 7 } }, undefined],
    [{ score: Number.NaN }, undefined],
    [[0.5], undefined],
    [null, undefined],
  ];
  for (const [answer, want] of scores) {
    assert.equal(readScore(answer, "relevancy"), want, JSON.stringify(answer));
  }
  const verdicts: [unknown, boolean | undefined][] = [
    [{ summary: { is_hallucination: 1 } }, true],
    [{ summary: { is_hallucination: 0 } }, false],
    [{ has_hallucination: true }, true],
    [{ has_hallucination: false, confidence: 0.2 }, false],
    [{ summary: { is_hallucination: "yes" } }, undefined],
    [{}, undefined],
  ];
  for (const [answer, want] of verdicts) {
    assert.equal(readHallucination(answer), want, JSON.stringify(answer));
  }
});

Deno.test("Enkrypt quality checks skip blank results", async () => {
  await withFake(async (fake) => {
    assert.deepEqual(await enkryptRelevancy.check(out(" "), scoreOpts(fake.url), never), []);
    assert.deepEqual(await enkryptHallucination.check(out(""), halluOpts(fake.url), never), []);
    assert.equal(fake.requests.length, 0);
  });
});
