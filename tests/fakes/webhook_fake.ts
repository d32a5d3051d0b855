/**
 * CONTRACT FAKE of a guardrail webhook implementing smg's webhook contract (version 1, documented
 * in `src/guardrails/providers/webhook.ts`), on 127.0.0.1 only. It stands in for an operator's own
 * checking service.
 *
 * Auth: `Authorization: Bearer <WEBHOOK_FAKE_TOKEN>` (else 401). Verdicts: text containing `ATTACK`
 * → `block` with two findings; `BLOCKBARE` → `block` with only a reason; `WARNME` → `warn` with a
 * `high` finding (the provider must lower it); anything else → `allow`. Failure modes: see
 * `_fake_server.ts` (the `x-fake-mode` header works here, as webhook headers are configurable).
 */
import {
  type FakeServer,
  json,
  objectBody,
  type RecordedRequest,
  startFake,
} from "./_fake_server.ts";

export type { FakeServer, RecordedRequest } from "./_fake_server.ts";

/** The only bearer token the fake accepts. */
export const WEBHOOK_FAKE_TOKEN = "fake-webhook-token-0123";

function handle(req: RecordedRequest): Response {
  if (req.method !== "POST") return json({ error: "method" }, 405);
  if (req.headers["authorization"] !== `Bearer ${WEBHOOK_FAKE_TOKEN}`) {
    return json({ error: "unauthorized" }, 401);
  }
  const b = objectBody(req.body);
  if (
    !b || b.version !== 1 || typeof b.text !== "string" || typeof b.stage !== "string" ||
    typeof b.server !== "string"
  ) {
    return json({ error: "bad request" }, 400);
  }
  const text = b.text;
  if (text.includes("ATTACK")) {
    return json({
      verdict: "block",
      reason: "Attack marker found",
      findings: [
        {
          kind: "attack_marker",
          reason: "The value carries an attack marker",
          severity: "critical",
          path: "$.arguments.q",
        },
        { kind: "second", reason: "Second finding\u001b[31m with an escape" },
      ],
      extra_field: "ignored",
    });
  }
  if (text.includes("BLOCKBARE")) {
    return json({ verdict: "block", reason: "Blocked by house rules" });
  }
  if (text.includes("WARNME")) {
    return json({
      verdict: "warn",
      findings: [{ kind: "odd", reason: "Looks odd", severity: "high" }],
    });
  }
  return json({
    verdict: "allow",
    findings: [{ kind: "ignored", reason: "allow ignores findings" }],
  });
}

/** Start the webhook contract fake on 127.0.0.1 (random port); POST to `url + "/check"`. */
export function startWebhookFake(): Promise<FakeServer> {
  return startFake(handle, { verdict: "maybe" });
}
