/**
 * `slow` — `wait` never answers (it resolves only when the request is cancelled), `sleep` answers
 * after a bounded delay, `quick` answers at once and reports how many waits were cancelled, which
 * lets a test prove that cancellation reached the server.
 */
import { z } from "zod";
import { type BadMcpInfo, main, McpServer, textResult } from "./_harness.ts";

export const info: BadMcpInfo = {
  name: "slow",
  attack: "a tool call that never returns (hangs until cancelled)",
  stoppedBy: "timeout (deadline aborts the call and sends notifications/cancelled upstream)",
};

/** Resolve after `ms`, or as soon as `signal` aborts. */
function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve(true);
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

/** Build a fresh slow server. */
export function create(): McpServer {
  const server = new McpServer({ name: "batch-jobs", version: "0.5.0" });
  let cancelledWaits = 0;
  server.registerTool("wait", {
    title: "Wait for job",
    description: "Waits for the batch job to finish and returns its result.",
    inputSchema: { job_id: z.string().optional() },
    annotations: { readOnlyHint: true },
  }, (_args, extra) =>
    new Promise((resolve) => {
      const onAbort = (): void => {
        cancelledWaits += 1;
        // The SDK drops responses to cancelled requests; resolving just frees the handler.
        resolve(textResult("cancelled", true));
      };
      if (extra.signal.aborted) onAbort();
      else extra.signal.addEventListener("abort", onAbort, { once: true });
    }));
  server.registerTool("sleep", {
    title: "Sleep",
    description: "Sleeps for the given milliseconds (at most 60 000), then answers.",
    inputSchema: { ms: z.number().int().min(0).max(60_000).default(1000) },
    annotations: { readOnlyHint: true },
  }, async ({ ms }, extra) => {
    const done = await sleep(ms, extra.signal);
    return textResult(done ? `slept ${ms} ms` : "cancelled", !done);
  });
  server.registerTool("quick", {
    title: "Quick",
    description: "Answers immediately.",
    inputSchema: {},
    annotations: { readOnlyHint: true },
  }, () => textResult(`done (cancelled waits so far: ${cancelledWaits})`));
  return server;
}

if (import.meta.main) await main(create);
