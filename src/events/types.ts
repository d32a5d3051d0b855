/**
 * The event union: the only window into the core. Events never carry argument values, results,
 * secrets or PII — only names, sizes, durations, outcomes and reasons.
 */

/** How a call ended. */
export type CallOutcome =
  | "success"
  | "blocked_input"
  | "blocked_output"
  | "error"
  | "timeout"
  | "cancelled";

interface Base {
  /** Milliseconds since the epoch. */
  ts: number;
}

/** Every event smg emits. */
export type SmgEvent =
  | Base & {
    type: "call.started";
    call_id: string;
    project: string;
    user: string;
    server: string;
    tool: string;
    mode: "direct" | "meta";
    arg_bytes: number;
  }
  | Base & {
    type: "call.finished";
    call_id: string;
    project: string;
    user: string;
    server: string;
    tool: string;
    mode: "direct" | "meta";
    duration_ms: number;
    outcome: CallOutcome;
    error_code?: string;
    result_bytes?: number;
  }
  | Base & {
    type: "guard.blocked" | "guard.redacted" | "guard.warned" | "guard.error";
    call_id?: string;
    stage: "input" | "output" | "definition" | "server";
    server: string;
    tool?: string;
    detector: string;
    kind: string;
    action: string;
    reason: string;
    /** JSON path of the offending value (never the value). */
    path?: string;
  }
  | Base & {
    type: "pin.recorded" | "pin.changed" | "pin.approved";
    server: string;
    tool: string;
    hash: string;
  }
  | Base & {
    /** The pins file could not be written: pins live in memory until it can. */
    type: "pin.write_failed";
    path: string;
    detail: string;
  }
  | Base & {
    type: "cache.hit" | "cache.miss" | "cache.set" | "cache.cleared" | "cache.invalidated";
    key: string;
    scope?: string;
  }
  | Base & {
    type:
      | "upstream.connected"
      | "upstream.exited"
      | "upstream.failed"
      | "upstream.tools_changed"
      | "upstream.stderr";
    server: string;
    detail?: string;
  }
  | Base & {
    type: "timeout.warned" | "timeout.expired" | "timeout.escalated";
    kind: string;
    server?: string;
    tool?: string;
    elapsed_ms: number;
    limit_ms: number;
  }
  | Base & {
    type: "auth.failed";
    transport: "stdio" | "http" | "admin";
    code: string;
    remote?: string;
  }
  | Base & {
    type: "session.opened" | "session.closed";
    session_id: string;
    transport: "stdio" | "http";
    project?: string;
  }
  | Base & { type: "config.reloaded" | "config.reload_failed"; source: string; detail?: string };

/** The `type` of any event. */
export type SmgEventType = SmgEvent["type"];

/** Distribute Omit over a union. */
export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** An event as passed to `emit` (the bus stamps `ts`). */
export type SmgEventInput = DistributiveOmit<SmgEvent, "ts">;
