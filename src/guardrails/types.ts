/**
 * Guardrail contracts. Detectors are pure functions over plain data: no SDK, no network, no files.
 *
 * Two kinds of local detector exist:
 * - {@link TextDetector}: scans one string (an argument value, a result text, a description),
 *   given where that string sits ({@link FieldContext}). The policy engine walks JSON and calls it
 *   on every string leaf (and on object keys).
 * - {@link DefinitionDetector}: scans a whole tool definition, seeing the other servers' tools
 *   (for shadowing / cross-server references).
 */
import type { z } from "zod";

/** How bad a finding is. `high` and `critical` fail `smg scan`. */
export type Severity = "low" | "medium" | "high" | "critical";

/** Where in the call a value was found. */
export type Stage = "input" | "output" | "definition";

/** Where a scanned string sits. */
export interface FieldContext {
  /** The pipeline stage scanning this value. */
  stage: Stage;
  /** JSON path of the value, e.g. `$.arguments.path` or `$.content[0].text`. */
  path: string;
  /** Nearest property name (`path`, `url`, `command`, …), lower-cased; undefined for array items/root. */
  key?: string;
  /** Upstream tool name, when known. */
  tool?: string;
  /** Upstream server name, when known. */
  server?: string;
}

/** One problem a detector found. Never carries the offending value itself. */
export interface Finding {
  /** Detector id, e.g. `secrets`. */
  detector: string;
  /** Sub-kind, e.g. `aws_access_key`, `ignore_previous`, `metadata_ip`. */
  kind: string;
  severity: Severity;
  /** A sentence a user can act on, without the matched secret/PII value. */
  reason: string;
  /** Span in the scanned (raw) text, when the detector can redact it. */
  start?: number;
  end?: number;
  /** JSON path inside a definition (definition detectors), e.g. `$.inputSchema.properties.q.description`. */
  path?: string;
}

/** A detector over single strings. */
export interface TextDetector<O = Record<string, unknown>> {
  /** Stable id used in config (`input_policy.detectors.<id>`). */
  readonly id: string;
  /** One line for docs and `--help`. */
  readonly description: string;
  /** Stages where it is meaningful. */
  readonly stages: readonly Stage[];
  /** True when findings carry spans that can be redacted. */
  readonly redactable: boolean;
  /** zod schema of this detector's options (strict object; every field optional with defaults). */
  readonly optionsSchema: z.ZodType<O>;
  /** Scan one string. Must be fast (hot path) and must not throw on any input. */
  scan(text: string, field: FieldContext, options: O): Finding[];
}

/** A tool definition as seen at discovery (MCP `Tool`, plus its server). */
export interface ToolDefinition {
  server: string;
  name: string;
  title?: string;
  description?: string;
  inputSchema?: unknown;
  outputSchema?: unknown;
  annotations?: unknown;
  /**
   * Top-level fields beyond the above (`_meta`, `examples`, vendor extensions) as the server sent
   * them: a client may show them to the model, so they are read like the rest.
   */
  extra?: Record<string, unknown>;
}

/** A detector over a whole tool definition. */
export interface DefinitionDetector<O = Record<string, unknown>> {
  readonly id: string;
  readonly description: string;
  readonly optionsSchema: z.ZodType<O>;
  /** `others` are the tools of every *other* server in the same project. */
  scan(tool: ToolDefinition, others: readonly ToolDefinition[], options: O): Finding[];
}

/** What a remote provider is asked to check. */
export interface RemoteCheckRequest {
  stage: Stage;
  server: string;
  tool?: string;
  /** All string content of the value, joined with newlines (what most providers take). */
  text: string;
  /** The JSON value itself (arguments or tool result), for providers that take structure. */
  value?: unknown;
  /** For output relevancy/adherence/hallucination checks: the call's arguments as text. */
  requestText?: string;
}

/** A provider failed (timeout, HTTP error, malformed answer). The policy's `on_error` decides. */
export class ProviderError extends Error {
  readonly provider: string;
  constructor(provider: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "ProviderError";
    this.provider = provider;
  }
}

/** A detector that asks a remote service. Async, may fail; must honour `signal` and its own timeout. */
export interface RemoteDetector<O = Record<string, unknown>> {
  readonly id: string;
  readonly description: string;
  readonly stages: readonly Stage[];
  readonly optionsSchema: z.ZodType<O>;
  /** Findings (empty = allowed). Throws {@link ProviderError} on any failure. */
  check(req: RemoteCheckRequest, options: O, signal: AbortSignal): Promise<Finding[]>;
}
