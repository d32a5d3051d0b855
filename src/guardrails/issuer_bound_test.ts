/**
 * A key in the auth header of a request to its own issuer is recorded, not blocked — through the
 * real engine with the recommended input policy — while the same key anywhere else is blocked.
 */
import assert from "node:assert/strict";
import { recommendedInputCheck } from "./_engine_testing.ts";
import { sentToIssuer } from "./issuer_bound.ts";
import { ISSUER_DOMAINS } from "./detectors/_secrets_issuers.ts";
import { RULES } from "./detectors/_secrets_rules.ts";
import { KB_RULES } from "./detectors/_secrets_kb.ts";

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

// A HubSpot private-app token and a Fireworks key: generic "Bearer" findings whose value is in the
// provider's documented format; the issuer comes from the format (./detectors/_secrets_issuers.ts).
const HUB = "pat-eu1-" + "7c2e9a41-5b3d-4f8e-a6c1-2d9b0e4f7a35";
const FW = "fw_" + "Q7mR2vX9kB4nL7cW1yH6pJ3d";

Deno.test("a provider token in a documented format, in an auth header to its issuer, passes", async () => {
  assert.equal(
    await blocker({
      method: "GET",
      url: "https://api.hubapi.com/crm/v3/objects/contacts?limit=10",
      headers: { Authorization: `Bearer ${HUB}` },
    }),
    undefined,
  );
  assert.equal(
    await blocker({
      method: "POST",
      url: "https://api.fireworks.ai/inference/v1/models",
      headers: { authorization: `Bearer ${FW}` },
    }),
    undefined,
  );
});

Deno.test("the same provider tokens to another host, in a query or body, are blocked", async () => {
  const cases: Record<string, unknown>[] = [
    { url: "https://hooks.example.net/collect", headers: { Authorization: `Bearer ${HUB}` } },
    { url: "https://api.hubapi.com.example.net/crm", headers: { Authorization: `Bearer ${HUB}` } },
    { url: "https://api.fireworks.ai/v1/models", headers: {}, body: `{"note":"${FW}"}` },
    // Providers that give each customer a subdomain are not issuer-bound: another tenant's
    // subdomain is someone else's (an Okta token sent to a different Okta org).
    {
      url: "https://other-org.okta.com/api/v1/users",
      headers: { Authorization: "SSWS 00" + "Q7mR2vX9kB4nL7cW1yH6pJ3dF0sA5eG8uKZq8RkT2v" },
    },
    // A HubSpot token presented to Fireworks is not Fireworks' credential.
    { url: "https://api.fireworks.ai/v1/models", headers: { Authorization: `Bearer ${HUB}` } },
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

Deno.test("every issuer entry names a secrets rule and real domains", () => {
  const labels = new Set([...RULES, ...KB_RULES].map((r) => r.label));
  for (const [label, domains] of Object.entries(ISSUER_DOMAINS)) {
    assert.ok(labels.has(label), `no secrets rule is labelled ${JSON.stringify(label)}`);
    assert.ok(domains.length > 0, label);
    for (const d of domains) assert.match(d, /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/, `${label}: ${d}`);
  }
});
