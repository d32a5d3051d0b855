/**
 * Enkrypt AI guardrails API compatible provider (the API Enkrypt's secure-mcp-gateway calls).
 *
 * Endpoints and fields used (all `POST`, JSON, header `apikey: <key>`, plus
 * `X-Enkrypt-Source-Name: smg` and `X-Enkrypt-Source-Event: pre-tool|post-tool|tool-registration`):
 * - `/guardrails/policy/detect` with header `X-Enkrypt-Policy: <policy>` (or, with `api: "guardrail"`,
 *   `/guardrails/guardrail/detect` with `X-Enkrypt-Guardrail` and `X-Enkrypt-Mode: prompt|response`),
 *   body `{text}` → `{summary: {<detector>: 0|1|[labels]}, details}`.
 * - `/guardrails/batch/detect`, body `{texts: [...], detectors: {<name>: {enabled, ...}}}` →
 *   `[{summary, details}, ...]` in the order of `texts`.
 * - `/guardrails/pii`, body `{text, mode: "request", key: "null"}` → `{text, key}` (redact), then
 *   `{text, mode: "response", key}` → `{text}` (restore).
 * - `/guardrails/relevancy` `{question, llm_answer}`, `/guardrails/adherence` `{context, llm_answer}`
 *   → a score (`summary.<x>_score` or top-level `score`); `/guardrails/hallucination`
 *   `{request_text, response_text, context}` → `summary.is_hallucination` (or `has_hallucination`).
 *
 * Summary keys differ from detector names in two places: `keyword_detector` is reported as
 * `keyword_detected`, `topic_detector` as `on_topic` (where 0 means off topic).
 */
import { z } from "zod";
import type { Finding, RemoteCheckRequest, RemoteDetector, Severity } from "../types.ts";
import { ProviderError } from "../types.ts";
import { expectShape, joinUrl, postJson } from "./_http.ts";
import {
  ENKRYPT_SERVICE as SERVICE,
  type EnkryptConnection,
  EnkryptConnectionSchema,
  enkryptHeaders as headers,
  SOURCE_EVENT,
} from "./_enkrypt_common.ts";

export { type EnkryptConnection, EnkryptConnectionSchema } from "./_enkrypt_common.ts";

/** Enkrypt detector names that a `block` list may name. */
export const ENKRYPT_BLOCKABLE = [
  "injection_attack",
  "policy_violation",
  "toxicity",
  "nsfw",
  "pii",
  "keyword_detector",
  "bias",
  "sponge_attack",
  "topic_detector",
] as const;
/** One Enkrypt detector name. */
export type EnkryptBlockable = typeof ENKRYPT_BLOCKABLE[number];

const ALIASES: Record<string, EnkryptBlockable> = {
  keyword_detected: "keyword_detector",
  on_topic: "topic_detector",
};

/** The Enkrypt gateway's documented default `block` list. */
export const ENKRYPT_DEFAULT_BLOCK: EnkryptBlockable[] = ["policy_violation", "injection_attack"];

const BlockNameSchema = z.enum([...ENKRYPT_BLOCKABLE, "keyword_detected", "on_topic"])
  .transform((n): EnkryptBlockable => ALIASES[n] ?? n as EnkryptBlockable);

/** Options of the `enkrypt` policy detector (and of {@link enkryptBatch}). */
export const EnkryptOptionsSchema = EnkryptConnectionSchema.extend({
  /** Name of the guardrail policy configured in Enkrypt. */
  policy_name: z.string().min(1),
  /** `policy` (`/guardrails/policy/detect`) or `guardrail` (`/guardrails/guardrail/detect`). */
  api: z.enum(["policy", "guardrail"]).default("policy"),
  /** Summary keys that count as findings. */
  block: z.array(BlockNameSchema).min(1).default(ENKRYPT_DEFAULT_BLOCK),
  /** Batch detect only: keywords for `keyword_detector`. */
  banned_keywords: z.array(z.string().min(1)).default([]),
});
/** Parsed `enkrypt` options. */
export type EnkryptOptions = z.infer<typeof EnkryptOptionsSchema>;

const SEVERITY: Record<EnkryptBlockable, Severity> = {
  injection_attack: "high",
  policy_violation: "high",
  toxicity: "medium",
  nsfw: "medium",
  pii: "medium",
  keyword_detector: "medium",
  bias: "medium",
  sponge_attack: "medium",
  topic_detector: "medium",
};

const LABEL: Record<EnkryptBlockable, string> = {
  injection_attack: "an injection attack",
  policy_violation: "a policy violation",
  toxicity: "toxic content",
  nsfw: "NSFW content",
  pii: "personal data (PII)",
  keyword_detector: "a banned keyword",
  bias: "biased content",
  sponge_attack: "a sponge attack",
  topic_detector: "an off-topic request",
};

const DetectAnswerSchema = z.object({ summary: z.record(z.string(), z.unknown()) });

function flagged(name: EnkryptBlockable, summary: Record<string, unknown>): boolean {
  if (name === "topic_detector" && "on_topic" in summary) {
    return summary.on_topic === 0 || summary.on_topic === false;
  }
  const v = name === "keyword_detector"
    ? summary.keyword_detected ?? summary.keyword_detector
    : summary[name];
  return v === true || (typeof v === "number" && v >= 1) || (Array.isArray(v) && v.length > 0);
}

/** Turn one `{summary}` answer into findings for the blocked detectors (reasons never quote text). */
export function summaryFindings(
  summary: Record<string, unknown>,
  options: Pick<EnkryptOptions, "block" | "policy_name">,
): Finding[] {
  const out: Finding[] = [];
  for (const name of new Set(options.block)) {
    if (!flagged(name, summary)) continue;
    const v = summary[name];
    // Toxicity and similar report label lists (`["insult"]`): labels are safe to name, text is not.
    const labels = Array.isArray(v)
      ? v.filter((l) => typeof l === "string" && /^[\w -]{1,40}$/.test(l))
      : [];
    out.push({
      detector: "enkrypt",
      kind: name,
      severity: SEVERITY[name],
      reason: `Enkrypt guardrail "${options.policy_name}" found ${LABEL[name]}${
        labels.length ? ` (${labels.join(", ")})` : ""
      }`,
    });
  }
  return out;
}

/** Enkrypt policy detect: findings for every `block` detector the policy flags. */
export const enkryptDetector: RemoteDetector<EnkryptOptions> = {
  id: "enkrypt",
  description:
    "Enkrypt AI guardrail policy (injection, policy violation, toxicity, PII, …); needs network and an API key",
  stages: ["input", "output", "definition"],
  optionsSchema: EnkryptOptionsSchema,
  async check(
    req: RemoteCheckRequest,
    options: EnkryptOptions,
    signal: AbortSignal,
  ): Promise<Finding[]> {
    if (req.text.trim() === "") return [];
    const h = headers(options, SOURCE_EVENT[req.stage], "enkrypt");
    const path = options.api === "guardrail"
      ? "/guardrails/guardrail/detect"
      : "/guardrails/policy/detect";
    if (options.api === "guardrail") {
      h["X-Enkrypt-Guardrail"] = options.policy_name;
      h["X-Enkrypt-Mode"] = req.stage === "output" ? "response" : "prompt";
    } else {
      h["X-Enkrypt-Policy"] = options.policy_name;
    }
    const answer = await postJson(joinUrl(options.base_url, path), {
      provider: "enkrypt",
      service: SERVICE,
      headers: h,
      body: { text: req.text },
      timeoutMs: options.timeout_ms,
      signal,
    });
    const { summary } = expectShape("enkrypt", SERVICE, DetectAnswerSchema, answer);
    return summaryFindings(summary, options);
  },
};

/** The `detectors` object of a batch request: only the blocked detectors are enabled. */
export function batchDetectors(options: EnkryptOptions): Record<string, Record<string, unknown>> {
  const on = new Set(options.block);
  const d: Record<string, Record<string, unknown>> = {};
  for (const name of ENKRYPT_BLOCKABLE) d[name] = { enabled: on.has(name) };
  d.policy_violation.policy_text = options.policy_name;
  d.keyword_detector.banned_keywords = options.banned_keywords;
  d.topic_detector.topic = [];
  d.pii.entities = [];
  return d;
}

/** Batch detect several texts in one call (tool registration); one findings list per text, in order. */
export async function enkryptBatch(
  texts: readonly string[],
  options: EnkryptOptions,
  signal?: AbortSignal,
): Promise<Finding[][]> {
  if (texts.length === 0) return [];
  const answer = await postJson(joinUrl(options.base_url, "/guardrails/batch/detect"), {
    provider: "enkrypt",
    service: SERVICE,
    headers: headers(options, "tool-registration", "enkrypt"),
    body: { texts, detectors: batchDetectors(options) },
    timeoutMs: options.timeout_ms,
    signal,
  });
  const results = expectShape("enkrypt", SERVICE, z.array(DetectAnswerSchema), answer);
  if (results.length !== texts.length) {
    throw new ProviderError(
      "enkrypt",
      `Cannot use answer from ${SERVICE}: ${results.length} results for ${texts.length} texts`,
    );
  }
  return results.map((r) => summaryFindings(r.summary, options));
}

/** Text redacted by Enkrypt plus the key that restores it. */
export interface EnkryptRedaction {
  text: string;
  key: string;
}

/** Reversible PII redaction through Enkrypt's `/guardrails/pii`. */
export interface EnkryptPiiClient {
  /** Replace PII with placeholders; keep the returned key to restore the answer. */
  redact(text: string, signal?: AbortSignal): Promise<EnkryptRedaction>;
  /** Put back the values `redacted.key` stands for into `redacted.text`. */
  restore(redacted: EnkryptRedaction, signal?: AbortSignal): Promise<string>;
}

/** An Enkrypt PII redact/restore client for the given connection options. */
export function enkryptPii(options: EnkryptConnection): EnkryptPiiClient {
  const call = async (body: unknown, event: string, signal?: AbortSignal): Promise<unknown> =>
    await postJson(joinUrl(options.base_url, "/guardrails/pii"), {
      provider: "enkrypt_pii",
      service: SERVICE,
      headers: headers(options, event, "enkrypt_pii"),
      body,
      timeoutMs: options.timeout_ms,
      signal,
    });
  return {
    async redact(text, signal) {
      const a = await call({ text, mode: "request", key: "null" }, "pii-redact", signal);
      return expectShape(
        "enkrypt_pii",
        SERVICE,
        z.object({ text: z.string(), key: z.string() }),
        a,
      );
    },
    async restore(redacted, signal) {
      const a = await call(
        { text: redacted.text, mode: "response", key: redacted.key },
        "pii-restore",
        signal,
      );
      return expectShape("enkrypt_pii", SERVICE, z.object({ text: z.string() }), a).text;
    },
  };
}

export { enkryptAdherence, enkryptHallucination, enkryptRelevancy } from "./_enkrypt_quality.ts";
