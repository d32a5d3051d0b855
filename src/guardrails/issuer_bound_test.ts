/**
 * A key in the auth header of a request to its own issuer is recorded, not blocked — through the
 * real engine with the recommended input policy — while the same key anywhere else is blocked.
 */
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/types"
import type { Tool } from "@modelcontextprotocol/sdk/types.js";
import assert from "node:assert/strict";
import { ServerSchema } from "../config/schema.ts";
import { GuardBlockedError } from "../errors.ts";
import { EventBus } from "../events/bus.ts";
import type { CallContext } from "../pipeline/context.ts";
import { PolicyEngine } from "./engine.ts";
import { recommendedPolicies } from "./recommended.ts";
import { sentToIssuer } from "./issuer_bound.ts";

const server = ServerSchema.parse({ name: "http", command: "x", ...recommendedPolicies() });
const events = new EventBus();
const engine = new PolicyEngine({
  events,
  policies: (s) => ({ input: s.input_policy, output: s.output_policy }),
});
// Fake keys in the providers' formats, split so no push-protection scanner takes them for real.
const ANT = "sk-ant-api03-" +
  "Qx7vR2mB9nL4cW1yH6pJ3dF0sA5eG8uKZq8RkT2vX9mB4nL7cW1yH6pJ3dF0sA5eG8uKZq8RkT2vX9mB4nL7cW1yQ-Zq8RkTAA";
const GH = "ghp_" + "Zq8RkT2vX9mB4nL7cW1yH6pJ3dF0sA5eG8uK";

/** The detector that blocked the call, or undefined when it passed. */
async function blocker(args: Record<string, unknown>): Promise<string | undefined> {
  const ctx: CallContext = {
    callId: "t",
    mode: "direct",
    principal: {} as never,
    project: {} as never,
    target: { kind: "server_tool", server: "http", tool: "http_request" },
    args,
    resolved: {
      publicName: "http__http_request",
      server,
      tool: { name: "http_request", inputSchema: { type: "object" } } as Tool,
    },
    verdicts: [],
    state: new Map(),
  };
  try {
    await engine.checkInput(ctx);
    return undefined;
  } catch (e) {
    if (e instanceof GuardBlockedError) return (e.detail as { detector: string }).detector;
    throw e;
  }
}

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
