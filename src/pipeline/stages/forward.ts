/** Stage 6: forward the call to the upstream through the pool. */
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/types"
import { ErrorCode, McpError } from "@modelcontextprotocol/sdk/types.js";
import { UpstreamError } from "../../errors.ts";
import type { UpstreamPool } from "../../upstream/pool.ts";
import type { Middleware } from "../compose.ts";
import type { CallContext } from "../context.ts";

/** Codes the SDK itself raises for transport problems (not an answer from the upstream). */
const TRANSPORT_CODES = new Set<number>([ErrorCode.ConnectionClosed, ErrorCode.RequestTimeout]);

/**
 * Send the (possibly redacted) arguments upstream and store the result. A JSON-RPC error that the
 * upstream itself answered is upstream-controlled text, so it becomes an `isError` result and goes
 * through the output guards like any other result (an injection in an error message is caught).
 */
export function forwardStage(pool: UpstreamPool): Middleware<CallContext> {
  return async (ctx) => {
    const r = ctx.resolved!;
    try {
      ctx.result = await pool.callTool(r.server, r.tool.name, ctx.args, ctx.signal!);
    } catch (e) {
      if (
        e instanceof UpstreamError && e.cause instanceof McpError &&
        !TRANSPORT_CODES.has(e.cause.code)
      ) {
        ctx.result = { isError: true, content: [{ type: "text", text: e.message }] };
        return;
      }
      throw e;
    }
  };
}
