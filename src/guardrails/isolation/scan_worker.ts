/**
 * Scan worker entry: runs scan jobs off the gateway's event loop, so a slow or hung detector (a
 * backtracking regex) stalls only this worker, which the pool can terminate at the job's deadline.
 *
 * Protocol (see pool.ts): the pool sends `init` once with a shared progress buffer, then `job`s.
 * A job's policies carry their specs only the first time this worker sees a policy id; later jobs
 * send the id alone and the worker uses its cached parse.
 */
import {
  PROGRESS_SLOTS,
  runScanJob,
  type ScanGroup,
  type ScanPolicy,
  warmUpDetectors,
} from "./scan_job.ts";
import { runDefinitionJob, warmUpDefinitionDetectors } from "./definition_job.ts";
import { MAX_OTHERS, type ToPool, type ToWorker } from "./_protocol.ts";
import type { ToolDefinition } from "../types.ts";

/** The parts of the worker global scope used here (the default lib types `self` as a window). */
interface WorkerScope {
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: ToPool): void;
}
const scope = self as unknown as WorkerScope;

const policies = new Map<string, ScanPolicy>();
let progress: Int32Array<ArrayBufferLike> = new Int32Array(PROGRESS_SLOTS);
/** The other servers' tools of recent discoveries, by id (a discovery sends them once). */
const othersById = new Map<string, readonly ToolDefinition[]>();

scope.onmessage = (e) => {
  const msg = e.data;
  if (msg.type === "init") {
    progress = new Int32Array(msg.progress);
    return;
  }
  if (msg.type === "definition") {
    try {
      if (msg.others) {
        if (othersById.size >= MAX_OTHERS) othersById.delete(othersById.keys().next().value!);
        othersById.set(msg.othersId, msg.others);
      }
      const others = othersById.get(msg.othersId);
      if (!others) throw new Error(`Scan worker has no tool list "${msg.othersId}"`);
      const findings = runDefinitionJob(msg.target, others, progress);
      scope.postMessage({ type: "definition_result", id: msg.id, findings });
    } catch (err) {
      scope.postMessage({
        type: "failed",
        id: msg.id,
        message: (err as Error)?.message ?? "error",
      });
    }
    return;
  }
  try {
    const groups: ScanGroup[] = msg.groups.map((g) => {
      if (g.specs) {
        policies.set(g.policyId, { id: g.policyId, specs: g.specs, userPatterns: false });
      }
      const policy = policies.get(g.policyId);
      if (!policy) throw new Error(`Scan worker has no specs for policy "${g.policyId}"`);
      return { policy, items: g.items };
    });
    scope.postMessage({ type: "result", id: msg.id, findings: runScanJob(groups, progress) });
  } catch (err) {
    // Detectors must not throw; if one does, the job fails (the engine fails closed) and the
    // worker stays usable.
    scope.postMessage({ type: "failed", id: msg.id, message: (err as Error)?.message ?? "error" });
  }
};

// Ready only once the detectors' first-use set-up is done: a job's deadline measures its own work.
warmUpDetectors();
warmUpDefinitionDetectors();
scope.postMessage({ type: "ready" });
