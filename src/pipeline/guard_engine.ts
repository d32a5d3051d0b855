/**
 * The seam between the pipeline and guardrails. The pipeline calls these at fixed points; the
 * guardrails module implements them from the server's policies. Implementations mutate
 * `ctx.args` / `ctx.result` only through the documented contract (redaction), record verdicts on
 * the context, and throw GuardBlockedError to block.
 */
import type { CallContext } from "./context.ts";

/** Input and output checks for tool calls. */
export interface GuardEngine {
  /** Before forwarding. May redact `ctx.args`; throws GuardBlockedError to block. */
  checkInput(ctx: CallContext): Promise<void>;
  /** After the upstream answered. May rewrite `ctx.result`; throws GuardBlockedError to block. */
  checkOutput(ctx: CallContext): Promise<void>;
  /** True when input checks may run concurrently with the call for this tool (async_input). */
  asyncInput?(ctx: CallContext): boolean;
}

/** A guard engine that allows everything (no policies configured). */
export const ALLOW_ALL: GuardEngine = {
  checkInput: () => Promise.resolve(),
  checkOutput: () => Promise.resolve(),
};
