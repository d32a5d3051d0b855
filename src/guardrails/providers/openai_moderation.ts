/**
 * OpenAI-moderation-compatible provider: `POST {base_url}/v1/moderations` with
 * `Authorization: Bearer <key>` and body `{model, input}`, answered by
 * `{results: [{flagged, categories: {<name>: bool}, category_scores: {<name>: number}}]}`.
 * Works with OpenAI and with the many servers that copy this API (self-hosted moderation models,
 * proxies). Category names are kept as the service sends them (`harassment/threatening`, …).
 *
 * Which categories count: with `threshold`, a category whose score is at or above it; without, a
 * category the service marked true. `categories` narrows both to the listed names. A result that
 * says `flagged` with no category matching the defaults is still a finding (`flagged`).
 */
import { z } from "zod";
import type { Finding, RemoteCheckRequest, RemoteDetector, Severity } from "../types.ts";
import {
  expectShape,
  joinUrl,
  postJson,
  ProviderSecretSchema,
  resolveSecret,
  TimeoutMsSchema,
} from "./_http.ts";

const SERVICE = "OpenAI moderation";

/** Options of the `openai_moderation` detector. */
export const OpenAiModerationOptionsSchema = z.strictObject({
  base_url: z.url({ protocol: /^https?$/ }).default("https://api.openai.com"),
  /** API key, literal or `{"env": "OPENAI_API_KEY"}`. */
  api_key: ProviderSecretSchema,
  model: z.string().min(1).default("omni-moderation-latest"),
  /** Only these categories count (default: every category). */
  categories: z.array(z.string().min(1)).min(1).optional(),
  /** Count a category when its score is at least this (default: when the service marks it true). */
  threshold: z.number().min(0).max(1).optional(),
  timeout_ms: TimeoutMsSchema,
});
/** Parsed `openai_moderation` options. */
export type OpenAiModerationOptions = z.infer<typeof OpenAiModerationOptionsSchema>;

const ResultSchema = z.object({
  flagged: z.boolean(),
  categories: z.record(z.string(), z.boolean().nullable()),
  category_scores: z.record(z.string(), z.number()),
});
const AnswerSchema = z.object({ results: z.array(ResultSchema).min(1) });

/** Severity by category: content about minors, threats, self-harm intent and instructions rank high. */
function severityOf(category: string): Severity {
  return /minors|threatening|intent|instructions|graphic/.test(category) ? "high" : "medium";
}

/** Findings for one moderation answer (exported for table tests). */
export function moderationFindings(
  answer: z.infer<typeof AnswerSchema>,
  options: OpenAiModerationOptions,
): Finding[] {
  const wanted = options.categories ? new Set(options.categories) : undefined;
  const hits = new Map<string, number | undefined>();
  for (const r of answer.results) {
    const names = new Set([...Object.keys(r.categories), ...Object.keys(r.category_scores)]);
    for (const name of names) {
      if (wanted && !wanted.has(name)) continue;
      const score = r.category_scores[name];
      const hit = options.threshold !== undefined
        ? score !== undefined && score >= options.threshold
        : r.categories[name] === true;
      if (hit) hits.set(name, Math.max(score ?? 0, hits.get(name) ?? 0));
    }
  }
  const out: Finding[] = [...hits].map(([name, score]) => ({
    detector: "openai_moderation",
    kind: name,
    severity: severityOf(name),
    reason: `Moderation flagged "${name}"${
      score !== undefined ? ` (score ${score.toFixed(2)})` : ""
    }`,
  }));
  if (
    out.length === 0 && !wanted && options.threshold === undefined &&
    answer.results.some((r) => r.flagged)
  ) {
    out.push({
      detector: "openai_moderation",
      kind: "flagged",
      severity: "medium",
      reason: "Moderation flagged the content",
    });
  }
  return out;
}

/** OpenAI-compatible moderation: one finding per flagged category. */
export const openAiModerationDetector: RemoteDetector<OpenAiModerationOptions> = {
  id: "openai_moderation",
  description:
    "OpenAI-compatible moderation endpoint (harassment, hate, self-harm, sexual, violence, …); needs network",
  stages: ["input", "output", "definition"],
  optionsSchema: OpenAiModerationOptionsSchema,
  async check(
    req: RemoteCheckRequest,
    options: OpenAiModerationOptions,
    signal: AbortSignal,
  ): Promise<Finding[]> {
    if (req.text.trim() === "") return [];
    const key = resolveSecret("openai_moderation", options.api_key, "the moderation API key");
    const answer = await postJson(joinUrl(options.base_url, "/v1/moderations"), {
      provider: "openai_moderation",
      service: SERVICE,
      headers: { authorization: `Bearer ${key}` },
      body: { model: options.model, input: req.text },
      timeoutMs: options.timeout_ms,
      signal,
    });
    return moderationFindings(
      expectShape("openai_moderation", SERVICE, AnswerSchema, answer),
      options,
    );
  },
};
