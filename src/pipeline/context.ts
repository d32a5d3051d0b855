/** The per-call context every pipeline stage reads and writes. */
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/types"
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import type { CatalogTool } from "../discovery/catalog.ts";
import type { ProjectRuntime } from "../runtime/project.ts";
import type { Principal } from "../auth/keys.ts";
import type { CallOutcome } from "../events/types.ts";

/** What the client asked to call. */
export type CallTarget =
  | { kind: "public"; publicName: string }
  | { kind: "server_tool"; server: string; tool: string };

/** A guard decision recorded on the call (never carries the offending value). */
export interface Verdict {
  stage: "input" | "output";
  detector: string;
  kind: string;
  action: "block" | "redact" | "warn";
  reason: string;
  path?: string;
}

/** State shared by the stages of one tool call. */
export interface CallContext {
  readonly callId: string;
  readonly mode: "direct" | "meta";
  readonly principal: Principal;
  readonly project: ProjectRuntime;
  readonly target: CallTarget;
  /** Arguments; input guards may replace them (redaction). */
  args: Record<string, unknown>;
  /** Cancellation from the client; the deadline stage derives `signal` from it. */
  readonly clientSignal?: AbortSignal;
  /** Set by the deadline stage: aborts on timeout or client cancel. */
  signal?: AbortSignal;
  /** Set by the resolve stage. */
  resolved?: CatalogTool;
  /** Set by the forward stage; output guards may replace it. */
  result?: CallToolResult;
  verdicts: Verdict[];
  /** Final outcome, set by the trace stage. */
  outcome?: CallOutcome;
  /** Per-call scratch space for guards (e.g. the PII vault). */
  readonly state: Map<string, unknown>;
}
