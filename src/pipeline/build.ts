/**
 * THE call pipeline. This file alone fixes the order of stages; direct tools and the meta tool
 * `smg_call_tools` both run exactly this.
 *
 *   1. trace     — call.finished event + outcome, wraps everything (so refused calls are audited too)
 *   2. resolve   — discovery (cached) → allowlist → definition guards/pins → the tool, or unknown_tool.
 *                  Before the deadline so a slow discovery has its own (discovery) timeout.
 *   3. deadline  — tool-call timeout + client cancellation → ctx.signal for everything below
 *   4. input     — input guards (PII redaction last, so other detectors see raw values)
 *   5. output    — output guards on the way back (PII restore last)
 *   6. forward   — the upstream call
 *
 * Output guards sit above forward and below input: they see the result before anything returns,
 * and an input block means nothing is forwarded at all.
 */
import type { Discovery } from "../discovery/catalog.ts";
import type { EventBus } from "../events/bus.ts";
import type { TimeoutManager } from "../timeouts/manager.ts";
import type { UpstreamPool } from "../upstream/pool.ts";
import { compose } from "./compose.ts";
import type { CallContext } from "./context.ts";
import type { GuardEngine } from "./guard_engine.ts";
import { deadlineStage } from "./stages/deadline.ts";
import { forwardStage } from "./stages/forward.ts";
import { inputGuardStage, outputGuardStage } from "./stages/guards.ts";
import { resolveStage } from "./stages/resolve.ts";
import { traceStage } from "./stages/trace.ts";

/** What the pipeline needs. */
export interface PipelineDeps {
  events: EventBus;
  discovery: Discovery;
  timeouts: TimeoutManager;
  pool: UpstreamPool;
  /** Current guard engine (may change on config reload). */
  guards: () => GuardEngine;
}

/** Build the tool-call pipeline. */
export function buildCallPipeline(d: PipelineDeps): (ctx: CallContext) => Promise<void> {
  return compose<CallContext>([
    traceStage(d.events),
    resolveStage(d.discovery, d.events),
    deadlineStage(d.timeouts),
    inputGuardStage(d.guards),
    outputGuardStage(d.guards),
    forwardStage(d.pool),
  ]);
}
