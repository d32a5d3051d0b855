/**
 * The one mapping from local errors to wire errors (JSON-RPC codes for MCP; HTTP statuses at the
 * HTTP edge). Messages are already safe for clients; internals go to logs.
 *
 * | code                | JSON-RPC | meaning                                   |
 * |---------------------|----------|-------------------------------------------|
 * | unknown_tool        | -32602   | not in the project's catalog              |
 * | timeout             | -32001   | deadline passed (names server and tool)   |
 * | upstream_error      | -32002   | upstream unreachable, crashed or failed   |
 * | key_* (auth)        | -32003   | key missing/invalid/disabled/expired      |
 * | cancelled           | -32004   | cancelled by the client                   |
 * | blocked_input       | -32010   | an input guard blocked the call           |
 * | blocked_output      | -32011   | an output guard withheld the result       |
 * | blocked_definition  | -32012   | the tool's definition is blocked          |
 * | usage               | -32602   | bad arguments to a meta tool              |
 * | anything else       | -32603   | internal error                            |
 */
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/types"
import { McpError } from "@modelcontextprotocol/sdk/types.js";
import { SmgError } from "../errors.ts";

/** smg's JSON-RPC error codes. */
export const RPC_CODES: Record<string, number> = {
  unknown_tool: -32602,
  usage: -32602,
  timeout: -32001,
  upstream_error: -32002,
  key_missing: -32003,
  key_invalid: -32003,
  key_disabled: -32003,
  key_expired: -32003,
  cancelled: -32004,
  blocked_input: -32010,
  blocked_output: -32011,
  blocked_definition: -32012,
};

/** Convert any error to an McpError for a JSON-RPC response. */
export function toMcpError(e: unknown): McpError {
  if (e instanceof McpError) return e;
  if (e instanceof SmgError) {
    return new McpError(RPC_CODES[e.code] ?? -32603, e.message, {
      code: e.code,
      ...(e.detail ?? {}),
    });
  }
  return new McpError(-32603, "Internal gateway error (see the gateway log)");
}
