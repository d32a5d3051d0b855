/** Stage 3: the tool-call deadline. Everything below gets `ctx.signal`. */
import type { TimeoutManager } from "../../timeouts/manager.ts";
import type { Middleware } from "../compose.ts";
import type { CallContext } from "../context.ts";

/** Run the rest of the pipeline under the tool-call timeout. */
export function deadlineStage(timeouts: TimeoutManager): Middleware<CallContext> {
  return (ctx, next) =>
    timeouts.run(
      "tool_call",
      {
        server: ctx.resolved?.server.name,
        tool: ctx.resolved?.tool.name,
        limitMs: ctx.resolved?.server.timeouts?.tool_call_ms,
        signal: ctx.clientSignal,
      },
      (signal) => {
        ctx.signal = signal;
        return next();
      },
    );
}
