/**
 * Local error classes. Each has a stable `code`; the edge (gateway/http.ts, gateway/errors.ts)
 * maps them to HTTP statuses, JSON-RPC errors or `isError` tool results.
 * Messages: action first, quoted values, no trailing period, never a secret.
 */

/** Base class for every smg error. */
export class SmgError extends Error {
  /** Stable machine-readable code, e.g. `config_invalid`. */
  readonly code: string;
  /** Optional extra data safe to show a client (never secrets). */
  readonly detail?: Record<string, unknown>;
  constructor(
    code: string,
    message: string,
    detail?: Record<string, unknown>,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
    this.detail = detail;
  }
}

/** One problem in a config file or request body, with its JSON path and a hint. */
export interface ConfigIssue {
  /** JSON path, e.g. `$.server_sets.default.servers[0].command`. */
  path: string;
  message: string;
  hint?: string;
}

/** The config failed to load; carries every problem found, not just the first. */
export class ConfigError extends SmgError {
  readonly issues: ConfigIssue[];
  constructor(source: string, issues: ConfigIssue[]) {
    super(
      "config_invalid",
      `Cannot use config ${source}: ${issues.length} problem${issues.length === 1 ? "" : "s"}\n` +
        issues.map((i) => `  ${i.path}: ${i.message}${i.hint ? ` (hint: ${i.hint})` : ""}`).join(
          "\n",
        ),
      { issues },
    );
    this.issues = issues;
  }
}

/** Gateway key missing, unknown, disabled or expired. */
export class AuthError extends SmgError {
  constructor(
    code: "key_missing" | "key_invalid" | "key_disabled" | "key_expired",
    message: string,
  ) {
    super(code, message);
  }
}

/** A tool name that is not in the caller's catalog (unknown, or hidden by the allowlist). */
export class UnknownToolError extends SmgError {
  constructor(name: string, hint?: string) {
    super(
      "unknown_tool",
      `Cannot call tool "${name}": no such tool in this project${hint ? ` (${hint})` : ""}`,
    );
  }
}

/** An upstream could not be reached, crashed, or returned a protocol error. */
export class UpstreamError extends SmgError {
  readonly server: string;
  constructor(server: string, message: string, options?: ErrorOptions) {
    super("upstream_error", message, { server }, options);
    this.server = server;
  }
}

/** An operation exceeded its deadline. */
export class TimeoutError extends SmgError {
  constructor(
    message: string,
    detail: { server?: string; tool?: string; kind: string; timeout_ms: number },
  ) {
    super("timeout", message, detail);
  }
}

/** The caller cancelled the operation. */
export class CancelledError extends SmgError {
  constructor(message = "Operation cancelled by the client") {
    super("cancelled", message);
  }
}

/** A guardrail blocked the call or the result. */
export class GuardBlockedError extends SmgError {
  readonly stage: "input" | "output" | "definition";
  constructor(
    stage: "input" | "output" | "definition",
    message: string,
    detail: { detector: string; kind?: string; path?: string; server?: string; tool?: string },
  ) {
    super(
      stage === "input"
        ? "blocked_input"
        : stage === "output"
        ? "blocked_output"
        : "blocked_definition",
      message,
      detail,
    );
    this.stage = stage;
  }
}

/** Bad user input to a CLI command or API (not config). */
export class UsageError extends SmgError {
  constructor(message: string, detail?: Record<string, unknown>) {
    super("usage", message, detail);
  }
}

/** True when `e` is an abort caused by a signal (DOMException AbortError or our errors). */
export function isAbortError(e: unknown): boolean {
  return e instanceof DOMException && (e.name === "AbortError" || e.name === "TimeoutError");
}
