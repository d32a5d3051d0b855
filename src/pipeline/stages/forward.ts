/** Stage 6: forward the call to the upstream through the pool. */
import type { UpstreamPool } from "../../upstream/pool.ts";
import type { Middleware } from "../compose.ts";
import type { CallContext } from "../context.ts";

/** Send the (possibly redacted) arguments upstream and store the result. */
export function forwardStage(pool: UpstreamPool): Middleware<CallContext> {
  return async (ctx) => {
    const r = ctx.resolved!;
    ctx.result = await pool.callTool(r.server, r.tool.name, ctx.args, ctx.signal!);
  };
}
