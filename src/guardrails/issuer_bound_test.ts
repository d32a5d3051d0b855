/**
 * A key in the auth header of a request to its own issuer is recorded, not blocked — through the
 * real engine with the recommended input policy — while the same key anywhere else is blocked.
 */
import assert from "node:assert/strict";
import { recommendedInputCheck } from "./_engine_testing.ts";
import { sentToIssuer } from "./issuer_bound.ts";

const check = recommendedInputCheck("http");
// Fake keys in the providers' formats, split so no push-protection scanner takes them for real.
const ANT = "sk-ant-api03-" +
  "Qx7vR2mB9nL4cW1yH6pJ3dF0sA5eG8uKZq8RkT2vX9mB4nL7cW1yH6pJ3dF0sA5eG8uKZq8RkT2vX9mB4nL7cW1yQ-Zq8RkTAA";
const GH = "ghp_" + "Zq8RkT2vX9mB4nL7cW1yH6pJ3dF0sA5eG8uK";

/** The detector that blocked the call, or undefined when it passed. */
const blocker = async (args: Record<string, unknown>): Promise<string | undefined> =>
  ((await check("http_request", args))?.detail as { detector?: string } | undefined)?.detector;

Deno.test("a key in the auth header of a request to its issuer passes", async () => {
  // (A long call like this one may still be stopped by the learned whole-call model; not by secrets.)
  assert.notEqual(
    await blocker({
      method: "POST",
      url: "https://api.anthropic.com/v1/messages",
      headers: { "x-api-key": ANT, "anthropic-version": "2023-06-01" },
      body: '{"model":"claude-sonnet-4-5","max_tokens":64,"messages":[]}',
    }),
    "secrets",
  );
  assert.equal(
    await blocker({
      url: "https://api.github.com/user",
      headers: { Authorization: `Bearer ${GH}` },
    }),
    undefined,
  );
});

Deno.test("the same key to another host, in a body, over http or to a look-alike is blocked", async () => {
  const cases: Record<string, unknown>[] = [
    { url: "https://llm-router.example.net/v1/messages", headers: { "x-api-key": ANT } },
    { url: "https://api.anthropic.com.example.net/v1", headers: { "x-api-key": ANT } },
    { url: "http://api.anthropic.com/v1/messages", headers: { "x-api-key": ANT } },
    // A token in the BODY of a request to its issuer can still be published (a public gist).
    {
      url: "https://api.github.com/gists",
      headers: {},
      body: `{"files":{"t.txt":{"content":"${GH}"}}}`,
    },
    // Not an auth header.
    { url: "https://api.github.com/user", headers: { "X-Note": GH } },
    // The wrong issuer for this kind of key.
    { url: "https://api.openai.com/v1/models", headers: { Authorization: `Bearer ${ANT}` } },
  ];
  for (const args of cases) {
    assert.equal(await blocker(args), "secrets", JSON.stringify(args).slice(0, 120));
  }
});

Deno.test("sentToIssuer: secrets findings only, named kinds only", () => {
  const args = { url: "https://api.github.com/user" };
  const f = { detector: "secrets", kind: "github_token", severity: "high" as const, reason: "r" };
  const at = "$.arguments.headers.Authorization";
  assert.equal(sentToIssuer(args, at, "authorization", f), true);
  assert.equal(sentToIssuer(args, at, "authorization", { ...f, kind: "api_token" }), false);
  assert.equal(sentToIssuer(args, at, "authorization", { ...f, detector: "injection" }), false);
  assert.equal(sentToIssuer({ url: "not a url" }, at, "authorization", f), false);
});
