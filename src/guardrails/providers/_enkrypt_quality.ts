/**
 * Enkrypt output-quality checks: relevancy, adherence and hallucination of a tool result against
 * the call's arguments. Like the Enkrypt gateway, a miss is a quality signal rather than an attack,
 * so findings default to severity `low` (recorded as warn unless the policy's `min_severity` is low).
 *
 * Answers are read leniently because Enkrypt's SDKs and gateway disagree on the field: a score
 * may be `summary.<check>_score` or a top-level `score`; hallucination may be
 * `summary.is_hallucination` (0/1) or a top-level `has_hallucination` (boolean). An answer with
 * none of them is a {@link ProviderError}, never a silent pass.
 */
import { z } from "zod";
import type { Finding, RemoteCheckRequest, RemoteDetector, Severity } from "../types.ts";
import { ProviderError } from "../types.ts";
import { joinUrl, postJson } from "./_http.ts";
import { ENKRYPT_SERVICE, EnkryptConnectionSchema, enkryptHeaders } from "./_enkrypt_common.ts";

const SeveritySchema = z.enum(["low", "medium", "high", "critical"]);

/** Options of `enkrypt_relevancy` and `enkrypt_adherence`: a score below `threshold` is a finding. */
export const EnkryptScoreOptionsSchema = EnkryptConnectionSchema.extend({
  /** Minimum acceptable score in [0, 1]. */
  threshold: z.number().min(0).max(1).optional(),
  severity: SeveritySchema.default("low"),
});
/** Parsed score-check options. */
export type EnkryptScoreOptions = z.infer<typeof EnkryptScoreOptionsSchema>;

/** Options of `enkrypt_hallucination`. */
export const EnkryptHallucinationOptionsSchema = EnkryptConnectionSchema.extend({
  /** Extra grounding context sent as `context` (default empty, as the Enkrypt gateway sends). */
  context: z.string().default(""),
  severity: SeveritySchema.default("low"),
});
/** Parsed hallucination options. */
export type EnkryptHallucinationOptions = z.infer<typeof EnkryptHallucinationOptionsSchema>;

function record(v: unknown): Record<string, unknown> | undefined {
  return v && typeof v === "object" && !Array.isArray(v) ? v as Record<string, unknown> : undefined;
}

/** Read a score in [0, 1] from an answer, or undefined when none is present. */
export function readScore(answer: unknown, name: string): number | undefined {
  const a = record(answer);
  const candidates = [
    record(a?.summary)?.[`${name}_score`],
    a?.score,
    record(a?.details)?.[`${name}_score`],
  ];
  const n = candidates.find((c) => typeof c === "number" && Number.isFinite(c) && c >= 0 && c <= 1);
  return n as number | undefined;
}

/** Read a hallucination verdict from an answer, or undefined when none is present. */
export function readHallucination(answer: unknown): boolean | undefined {
  const a = record(answer);
  const s = record(a?.summary)?.is_hallucination;
  if (s === 0 || s === 1 || typeof s === "boolean") return s === 1 || s === true;
  if (typeof a?.has_hallucination === "boolean") return a.has_hallucination;
  return undefined;
}

function post(
  id: string,
  path: string,
  options: z.infer<typeof EnkryptConnectionSchema>,
  body: unknown,
  signal: AbortSignal,
) {
  return postJson(joinUrl(options.base_url, path), {
    provider: id,
    service: ENKRYPT_SERVICE,
    headers: enkryptHeaders(options, "post-tool", id),
    body,
    timeoutMs: options.timeout_ms,
    signal,
  });
}

function scoreDetector(
  id: string,
  check: "relevancy" | "adherence",
  defaultThreshold: number,
  body: (req: RemoteCheckRequest) => Record<string, string>,
): RemoteDetector<EnkryptScoreOptions> {
  return {
    id,
    description:
      `Enkrypt ${check} of a tool result to the call's arguments (score below threshold); needs network`,
    stages: ["output"],
    optionsSchema: EnkryptScoreOptionsSchema,
    async check(req, options, signal): Promise<Finding[]> {
      if (req.text.trim() === "") return [];
      const answer = await post(id, `/guardrails/${check}`, options, body(req), signal);
      const score = readScore(answer, check);
      if (score === undefined) {
        throw new ProviderError(
          id,
          `Cannot use answer from ${ENKRYPT_SERVICE}: no ${check} score in it`,
        );
      }
      const threshold = options.threshold ?? defaultThreshold;
      if (score >= threshold) return [];
      const severity: Severity = options.severity;
      return [{
        detector: id,
        kind: `low_${check}`,
        severity,
        reason: `Enkrypt rated the result's ${check} ${
          score.toFixed(2)
        }, below the threshold ${threshold}`,
      }];
    },
  };
}

/** Relevancy of the result to the arguments (`question`, `llm_answer`); default threshold 0.7. */
export const enkryptRelevancy: RemoteDetector<EnkryptScoreOptions> = scoreDetector(
  "enkrypt_relevancy",
  "relevancy",
  0.7,
  (req) => ({ question: req.requestText ?? "", llm_answer: req.text }),
);

/** Adherence of the result to the arguments as context (`context`, `llm_answer`); default threshold 0.8. */
export const enkryptAdherence: RemoteDetector<EnkryptScoreOptions> = scoreDetector(
  "enkrypt_adherence",
  "adherence",
  0.8,
  (req) => ({ context: req.requestText ?? "", llm_answer: req.text }),
);

/** Hallucination in the result (`request_text`, `response_text`, `context`). */
export const enkryptHallucination: RemoteDetector<EnkryptHallucinationOptions> = {
  id: "enkrypt_hallucination",
  description:
    "Enkrypt hallucination check of a tool result against the call's arguments; needs network",
  stages: ["output"],
  optionsSchema: EnkryptHallucinationOptionsSchema,
  async check(req, options, signal): Promise<Finding[]> {
    if (req.text.trim() === "") return [];
    const body = {
      request_text: req.requestText ?? "",
      response_text: req.text,
      context: options.context,
    };
    const answer = await post(
      "enkrypt_hallucination",
      "/guardrails/hallucination",
      options,
      body,
      signal,
    );
    const verdict = readHallucination(answer);
    if (verdict === undefined) {
      throw new ProviderError(
        "enkrypt_hallucination",
        `Cannot use answer from ${ENKRYPT_SERVICE}: no hallucination verdict in it`,
      );
    }
    if (!verdict) return [];
    return [{
      detector: "enkrypt_hallucination",
      kind: "hallucination",
      severity: options.severity,
      reason: "Enkrypt found the result may contain hallucinated content",
    }];
  },
};
