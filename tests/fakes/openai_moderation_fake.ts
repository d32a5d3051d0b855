/**
 * CONTRACT FAKE of an OpenAI-compatible moderation endpoint (`POST /v1/moderations`) — not OpenAI.
 * It stands in for a service tests must not reach, on 127.0.0.1 only.
 *
 * Auth: `Authorization: Bearer <OPENAI_FAKE_KEY>` (else 401). Verdicts: text containing `ATTACK`
 * → `violence` true (score 0.97, flagged); `BORDERLINE` → `harassment` false with score 0.45 (not
 * flagged, but over a 0.4 threshold); `FLAGONLY` → flagged with no category true. Failure modes:
 * see `_fake_server.ts`.
 */
import {
  type FakeServer,
  json,
  objectBody,
  type RecordedRequest,
  startFake,
} from "./_fake_server.ts";

export type { FakeServer, RecordedRequest } from "./_fake_server.ts";

/** The only API key the fake accepts. */
export const OPENAI_FAKE_KEY = "sk-fake-moderation-0123";

const CATEGORIES = [
  "harassment",
  "harassment/threatening",
  "hate",
  "hate/threatening",
  "illicit",
  "illicit/violent",
  "self-harm",
  "self-harm/intent",
  "self-harm/instructions",
  "sexual",
  "sexual/minors",
  "violence",
  "violence/graphic",
];

function moderate(text: string): Record<string, unknown> {
  const categories: Record<string, boolean> = {};
  const scores: Record<string, number> = {};
  for (const c of CATEGORIES) {
    categories[c] = false;
    scores[c] = 0.001;
  }
  if (text.includes("ATTACK")) {
    categories.violence = true;
    scores.violence = 0.97;
  }
  if (text.includes("BORDERLINE")) scores.harassment = 0.45;
  const flagged = Object.values(categories).some(Boolean) || text.includes("FLAGONLY");
  return { flagged, categories, category_scores: scores };
}

function handle(req: RecordedRequest): Response {
  if (req.method !== "POST" || req.path !== "/v1/moderations") {
    return json({ error: { message: "Not found" } }, 404);
  }
  if (req.headers["authorization"] !== `Bearer ${OPENAI_FAKE_KEY}`) {
    return json(
      { error: { message: "Incorrect API key provided", type: "invalid_request_error" } },
      401,
    );
  }
  const b = objectBody(req.body);
  const input = b?.input;
  const texts = typeof input === "string"
    ? [input]
    : Array.isArray(input) && input.every((i) => typeof i === "string")
    ? input
    : undefined;
  if (!b || typeof b.model !== "string" || !texts) {
    return json({ error: { message: "model and input are required" } }, 400);
  }
  return json({ id: "modr-fake-1", model: b.model, results: texts.map(moderate) });
}

/** Start the OpenAI moderation contract fake on 127.0.0.1 (random port). */
export function startOpenAiModerationFake(): Promise<FakeServer> {
  return startFake(handle, { results: [{ flagged: "yes" }] });
}
