/** Stage 1: call.started / call.finished events and the call's outcome. */
import { CancelledError, GuardBlockedError, SmgError, TimeoutError } from "../../errors.ts";
import type { EventBus } from "../../events/bus.ts";
import type { CallOutcome } from "../../events/types.ts";
import type { Middleware } from "../compose.ts";
import type { CallContext } from "../context.ts";

/** Map an error to a call outcome. */
export function outcomeOf(e: unknown): CallOutcome {
  if (e instanceof GuardBlockedError) {
    return e.stage === "output" ? "blocked_output" : "blocked_input";
  }
  if (e instanceof TimeoutError) return "timeout";
  if (e instanceof CancelledError) return "cancelled";
  return "error";
}

function names(ctx: CallContext): { server: string; tool: string } {
  if (ctx.resolved) return { server: ctx.resolved.server.name, tool: ctx.resolved.tool.name };
  if (ctx.target.kind === "server_tool") {
    return { server: ctx.target.server, tool: ctx.target.tool };
  }
  return { server: "", tool: ctx.target.publicName };
}

/** Emit events around the rest of the pipeline. */
export function traceStage(events: EventBus): Middleware<CallContext> {
  return async (ctx, next) => {
    const started = performance.now();
    let error: unknown;
    try {
      await next();
      ctx.outcome = "success";
    } catch (e) {
      error = e;
      ctx.outcome = outcomeOf(e);
    }
    const { server, tool } = names(ctx);
    events.emit({
      type: "call.finished",
      call_id: ctx.callId,
      project: ctx.project.id,
      user: ctx.principal.userId,
      server,
      tool,
      mode: ctx.mode,
      duration_ms: performance.now() - started,
      outcome: ctx.outcome,
      ...(ctx.outcome === "success"
        ? {}
        : { error_code: error instanceof SmgError ? error.code : "internal" }),
    });
    if (ctx.outcome !== "success") throw error;
  };
}
