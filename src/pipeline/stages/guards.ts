/**
 * Stages 4–5: input guards before `next()`, output guards after it. With `async_input` (read-only
 * tools only) input checks run concurrently with the forwarded call and the result is withheld if
 * they block.
 */
import type { Middleware } from "../compose.ts";
import type { CallContext } from "../context.ts";
import type { GuardEngine } from "../guard_engine.ts";

/** Input guards. */
export function inputGuardStage(engine: () => GuardEngine): Middleware<CallContext> {
  return async (ctx, next) => {
    const g = engine();
    if (g.asyncInput?.(ctx)) {
      const check = g.checkInput(ctx);
      const call = next();
      // Both settle before we answer; a failed input check wins over any result.
      const [c, r] = await Promise.allSettled([check, call]);
      if (c.status === "rejected") {
        ctx.result = undefined;
        throw c.reason;
      }
      if (r.status === "rejected") throw r.reason;
      return;
    }
    await g.checkInput(ctx);
    await next();
  };
}

/** Output guards (run on the way back). */
export function outputGuardStage(engine: () => GuardEngine): Middleware<CallContext> {
  return async (ctx, next) => {
    await next();
    await engine().checkOutput(ctx);
  };
}
