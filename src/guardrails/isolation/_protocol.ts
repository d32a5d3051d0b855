/** Messages between the scan pool and its workers (folder-internal). */
import type { DefinitionTarget } from "./definition_job.ts";
import type { GroupFindings, ScanItem, ScanSpec } from "./scan_job.ts";
import type { Finding, ToolDefinition } from "../types.ts";

/** Tool lists of other servers a worker keeps (oldest dropped first; the pool mirrors this). */
export const MAX_OTHERS = 4;

/** Pool → worker. */
export type ToWorker =
  | { type: "init"; progress: SharedArrayBuffer }
  | {
    type: "job";
    id: number;
    groups: { policyId: string; specs?: readonly ScanSpec[]; items: ScanItem[] }[];
  }
  | {
    type: "definition";
    id: number;
    target: DefinitionTarget;
    /** The other servers' tools, sent the first time this worker sees `othersId`. */
    othersId: string;
    others?: readonly ToolDefinition[];
  };

/** Worker → pool. */
export type ToPool =
  | { type: "ready" }
  | { type: "result"; id: number; findings: GroupFindings[] }
  | { type: "definition_result"; id: number; findings: Finding[] }
  | { type: "failed"; id: number; message: string };
