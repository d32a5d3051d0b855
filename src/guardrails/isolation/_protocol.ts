/** Messages between the scan pool and its workers (folder-internal). */
import type { GroupFindings, ScanItem, ScanSpec } from "./scan_job.ts";

/** Pool → worker. */
export type ToWorker =
  | { type: "init"; progress: SharedArrayBuffer }
  | {
    type: "job";
    id: number;
    groups: { policyId: string; specs?: readonly ScanSpec[]; items: ScanItem[] }[];
  };

/** Worker → pool. */
export type ToPool =
  | { type: "ready" }
  | { type: "result"; id: number; findings: GroupFindings[] }
  | { type: "failed"; id: number; message: string };
