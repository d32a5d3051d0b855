/**
 * Generic HTTP webhook provider: lets an operator plug any checker (an in-house classifier, a
 * DLP service, a rules engine) into smg's policies.
 *
 * ## Contract (version 1)
 * smg sends `POST <url>` with `content-type: application/json`, the configured `headers`, and:
 * ```json
 * {
 *   "version": 1,
 *   "stage": "input" | "output" | "definition",
 *   "server": "github",
 *   "tool": "create_issue",            // absent for a server-level definition check
 *   "text": "all string content, joined with newlines",
 *   "value": { "…": "the arguments, the tool result or the tool definition" },
 *   "request_text": "the call's arguments as text (output stage only)"
 * }
 * ```
 * The webhook answers HTTP 2xx with:
 * ```json
 * {
 *   "verdict": "allow" | "block" | "warn",
 *   "reason": "optional sentence a user can act on",
 *   "findings": [{ "kind": "id_like_name", "reason": "sentence", "severity": "low|medium|high|critical", "path": "$.arguments.x" }]
 * }
 * ```
 * - `allow`: no findings (any listed are ignored).
 * - `block`: the listed findings (severity default `high`), or one `blocked` finding with `reason`.
 * - `warn`: the listed findings (or one `warned`) with severity forced to `low`, so the policy only
 *   records them (below the default `min_severity`).
 * Reasons must not quote the checked text or secrets: they are shown to users and written to the
 * audit log. Unknown extra fields are ignored (forward compatible). Anything else — a non-2xx
 * status, a timeout, non-JSON, a missing or unknown `verdict` — is a provider error, and the
 * policy's `on_error` decides (default `block`).
 */
import { z } from "zod";
import type { Finding, RemoteCheckRequest, RemoteDetector } from "../types.ts";
import {
  expectShape,
  originOf,
  postJson,
  ProviderSecretSchema,
  resolveSecret,
  TimeoutMsSchema,
} from "./_http.ts";

const SeveritySchema = z.enum(["low", "medium", "high", "critical"]);

/** Options of the `webhook` detector. */
export const WebhookOptionsSchema = z.strictObject({
  /** Where to POST the check. */
  url: z.url({ protocol: /^https?$/ }),
  /** Extra request headers; values literal or `{"env": "NAME"}` (e.g. an Authorization token). */
  headers: z.record(
    z.string().regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/, "must be an HTTP header name"),
    ProviderSecretSchema,
  )
    .default({}),
  timeout_ms: TimeoutMsSchema,
});
/** Parsed `webhook` options. */
export type WebhookOptions = z.infer<typeof WebhookOptionsSchema>;

/** The webhook's answer (version 1). */
export const WebhookAnswerSchema = z.object({
  verdict: z.enum(["allow", "block", "warn"]),
  reason: z.string().max(2000).optional(),
  findings: z.array(z.object({
    kind: z.string().min(1).max(100),
    reason: z.string().min(1).max(2000),
    severity: SeveritySchema.optional(),
    path: z.string().max(1000).optional(),
  })).max(100).optional(),
});
/** A parsed webhook answer. */
export type WebhookAnswer = z.infer<typeof WebhookAnswerSchema>;

/** The request body smg sends (version 1). */
export interface WebhookRequestBody {
  version: 1;
  stage: RemoteCheckRequest["stage"];
  server: string;
  tool?: string;
  text: string;
  value?: unknown;
  request_text?: string;
}

// Reasons end up in terminals and logs: drop control, escape and bidi characters.
// deno-lint-ignore no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]+/g;
const clean = (s: string): string => s.replace(UNSAFE, " ").trim().slice(0, 500);

/** Findings for a webhook answer (exported for table tests). */
export function webhookFindings(answer: WebhookAnswer): Finding[] {
  if (answer.verdict === "allow") return [];
  const warn = answer.verdict === "warn";
  const listed = answer.findings ?? [];
  if (listed.length === 0) {
    const fallback = warn ? "Webhook raised a warning" : "Webhook blocked the content";
    return [{
      detector: "webhook",
      kind: warn ? "warned" : "blocked",
      severity: warn ? "low" : "high",
      reason: clean(answer.reason ?? "") || fallback,
    }];
  }
  return listed.map((f) => ({
    detector: "webhook",
    kind: clean(f.kind) || "finding",
    severity: warn ? "low" : f.severity ?? "high",
    reason: clean(f.reason) || "Webhook finding",
    ...(f.path ? { path: clean(f.path) } : {}),
  }));
}

/** POSTs the check to a configured URL and maps its verdict to findings. */
export const webhookDetector: RemoteDetector<WebhookOptions> = {
  id: "webhook",
  description: "Generic HTTP webhook: POST the value, receive allow/block/warn; needs network",
  stages: ["input", "output", "definition"],
  optionsSchema: WebhookOptionsSchema,
  async check(
    req: RemoteCheckRequest,
    options: WebhookOptions,
    signal: AbortSignal,
  ): Promise<Finding[]> {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(options.headers)) {
      headers[name] = resolveSecret("webhook", value, `webhook header "${name}"`);
    }
    const body: WebhookRequestBody = {
      version: 1,
      stage: req.stage,
      server: req.server,
      tool: req.tool,
      text: req.text,
      value: req.value,
      request_text: req.requestText,
    };
    const service = `webhook "${originOf(options.url)}"`;
    const answer = await postJson(options.url, {
      provider: "webhook",
      service: "webhook",
      headers,
      body,
      timeoutMs: options.timeout_ms,
      signal,
    });
    return webhookFindings(expectShape("webhook", service, WebhookAnswerSchema, answer));
  },
};
