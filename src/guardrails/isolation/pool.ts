/**
 * A pool of scan workers: local detectors run off the event loop, one job at a time per worker,
 * with a deadline per job. A job that runs past its deadline (a backtracking regex) has its worker
 * terminated and replaced, and is rejected with {@link ScanTimeoutError}; the gateway keeps serving
 * every other call meanwhile.
 *
 * Decisions:
 * - The deadline starts when a READY worker receives the job: time spent queued behind other jobs
 *   or waiting for a worker to start is not the detectors' fault.
 * - Workers start lazily (first job, or {@link ScanPool.warm}); a replacement starts at once after
 *   a timeout or crash, so the next job does not pay the start-up.
 * - Jobs wait in one FIFO queue when every worker is busy.
 * - Each worker learns a policy's specs once (by policy id) and keeps its parse.
 * - A shared buffer records which detector on which item is running, so a timeout can name them.
 */
import { MAX_OTHERS, type ToPool, type ToWorker } from "./_protocol.ts";
import type { DefinitionTarget } from "./definition_job.ts";
import { type GroupFindings, PROGRESS_SLOTS, type ScanGroup } from "./scan_job.ts";
import type { Finding, ToolDefinition } from "../types.ts";

/** A job ran past its deadline; its worker was terminated and replaced. */
export class ScanTimeoutError extends Error {
  readonly code = "scan_timeout";
  /** The limit that was exceeded. */
  readonly timeoutMs: number;
  /** Group, item and detector index that was running when the deadline passed. */
  readonly at: { group: number; item: number; detector: number };
  constructor(timeoutMs: number, at: { group: number; item: number; detector: number }) {
    super(`Scan did not finish within ${timeoutMs} ms`);
    this.name = "ScanTimeoutError";
    this.timeoutMs = timeoutMs;
    this.at = at;
  }
}

/** A job could not run: its worker crashed or failed to start, a detector threw, or the pool closed. */
export class ScanFailedError extends Error {
  readonly code = "scan_failed";
  constructor(message: string) {
    super(message);
    this.name = "ScanFailedError";
  }
}

/** Options for {@link ScanPool}. */
export interface ScanPoolOptions {
  /** Number of workers (at least 1). */
  size: number;
  /** Worker module (tests point this at a misbehaving worker); default scan_worker.ts. */
  workerUrl?: URL;
}

/** A job: text scan groups, or one definition target with the other servers' tools. */
type Work =
  | { kind: "scan"; groups: readonly ScanGroup[] }
  | {
    kind: "definition";
    target: DefinitionTarget;
    othersId: string;
    others: readonly ToolDefinition[];
  };

interface Job {
  work: Work;
  timeoutMs: number;
  // deno-lint-ignore no-explicit-any
  resolve: (f: any) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  readyWaiters: (() => void)[];
  job?: Job & { id: number };
  timer?: ReturnType<typeof setTimeout>;
  /** Policy ids whose specs this worker has. */
  known: Set<string>;
  /** Ids of the tool lists this worker keeps, oldest first (as the worker drops them). */
  others: string[];
  progress: Int32Array;
}

/**
 * A scan worker with **no permissions** (no file, network, environment, subprocess or FFI access):
 * detectors only read the strings they are sent, so a detector bug, or a hostile input that reached
 * code execution inside a worker, cannot touch anything. Worker permissions need Deno's
 * `--unstable-worker-options` (without it Deno ends the process at this call): deno.json sets it
 * (`"unstable": ["worker-options"]`, which every `deno run`/`test` of this project reads — the
 * import map lives there too, so smg cannot run without it) and the compile task passes it, so the
 * binary bakes it in.
 */
function startWorker(url: URL): Worker {
  return new Worker(url, { type: "module", deno: { permissions: "none" } } as WorkerOptions);
}

/** Scan workers shared by every engine of one gateway runtime. */
export class ScanPool {
  #size: number;
  #url: URL;
  #slots: Slot[] = [];
  #queue: Job[] = [];
  #closed = false;
  #seq = 0;

  constructor(opts: ScanPoolOptions) {
    this.#size = Math.max(1, Math.floor(opts.size));
    this.#url = opts.workerUrl ?? new URL("./scan_worker.ts", import.meta.url);
  }

  /** Configured number of workers. */
  get size(): number {
    return this.#size;
  }

  /** Workers currently alive (starting, idle or busy). */
  get workers(): number {
    return this.#slots.length;
  }

  /** Change the number of workers (config reload); extra idle workers stop now, busy ones when done. */
  resize(size: number): void {
    this.#size = Math.max(1, Math.floor(size));
    for (const s of [...this.#slots]) {
      if (this.#slots.length <= this.#size) break;
      if (!s.job) this.#retire(s);
    }
    this.#pump();
  }

  /** Start every worker now and resolve when all are ready. */
  async warm(): Promise<void> {
    if (this.#closed) throw new ScanFailedError("Cannot warm a closed scan pool");
    while (this.#slots.length < this.#size) this.#start();
    await Promise.all(
      this.#slots.map((s) =>
        s.ready ? undefined : new Promise<void>((resolve) => s.readyWaiters.push(resolve))
      ),
    );
  }

  /** Run a job; rejects with {@link ScanTimeoutError} after `timeoutMs` of running. */
  run(groups: readonly ScanGroup[], opts: { timeoutMs: number }): Promise<GroupFindings[]> {
    if (this.#closed) {
      return Promise.reject(new ScanFailedError("Cannot scan: the scan pool is closed"));
    }
    const { promise, resolve, reject } = Promise.withResolvers<GroupFindings[]>();
    this.#queue.push({
      work: { kind: "scan", groups },
      timeoutMs: opts.timeoutMs,
      resolve,
      reject,
    });
    this.#pump();
    return promise;
  }

  /**
   * Run the checks of one tool definition (or server self-description field); `othersId` names
   * the list `others` (the other servers' tools), which each worker is sent once. Rejects like
   * {@link ScanPool.run}; a timeout's `at.detector` indexes `targetDetectors(target)`.
   */
  runDefinition(
    target: DefinitionTarget,
    others: { id: string; tools: readonly ToolDefinition[] },
    opts: { timeoutMs: number },
  ): Promise<Finding[]> {
    if (this.#closed) {
      return Promise.reject(new ScanFailedError("Cannot scan: the scan pool is closed"));
    }
    const { promise, resolve, reject } = Promise.withResolvers<Finding[]>();
    this.#queue.push({
      work: { kind: "definition", target, othersId: others.id, others: others.tools },
      timeoutMs: opts.timeoutMs,
      resolve,
      reject,
    });
    this.#pump();
    return promise;
  }

  /** Terminate every worker; pending and queued jobs are rejected. */
  close(): Promise<void> {
    this.#closed = true;
    for (const s of [...this.#slots]) {
      this.#retire(s);
      s.job?.reject(new ScanFailedError("Scan cancelled: the scan pool was closed"));
      for (const w of s.readyWaiters) w();
    }
    for (const j of this.#queue.splice(0)) {
      j.reject(new ScanFailedError("Scan cancelled: the scan pool was closed"));
    }
    return Promise.resolve();
  }

  #start(): Slot {
    const progress = new SharedArrayBuffer(PROGRESS_SLOTS * Int32Array.BYTES_PER_ELEMENT);
    const worker = startWorker(this.#url);
    const slot: Slot = {
      worker,
      ready: false,
      readyWaiters: [],
      known: new Set(),
      others: [],
      progress: new Int32Array(progress),
    };
    this.#slots.push(slot);
    worker.addEventListener(
      "message",
      (e) => this.#onMessage(slot, (e as MessageEvent<ToPool>).data),
    );
    worker.addEventListener("error", (e) => {
      // Unhandled, a worker's error would be rethrown in the gateway's own scope and end it.
      e.preventDefault();
      this.#onCrash(slot, e.message || "uncaught error");
    });
    worker.addEventListener("messageerror", (e) => {
      e.preventDefault();
      this.#onCrash(slot, "a message could not be deserialized");
    });
    worker.postMessage({ type: "init", progress } satisfies ToWorker);
    return slot;
  }

  #retire(slot: Slot): void {
    const i = this.#slots.indexOf(slot);
    if (i >= 0) this.#slots.splice(i, 1);
    clearTimeout(slot.timer);
    slot.worker.terminate();
  }

  #onMessage(slot: Slot, msg: ToPool): void {
    if (!this.#slots.includes(slot)) return;
    if (msg.type === "ready") {
      slot.ready = true;
      for (const w of slot.readyWaiters.splice(0)) w();
      this.#pump();
      return;
    }
    const job = slot.job;
    if (!job || job.id !== msg.id) return;
    clearTimeout(slot.timer);
    slot.job = undefined;
    if (msg.type === "result" || msg.type === "definition_result") job.resolve(msg.findings);
    else job.reject(new ScanFailedError(`Scan failed in a detector: ${msg.message}`));
    if (this.#slots.length > this.#size) this.#retire(slot);
    this.#pump();
  }

  #onCrash(slot: Slot, message: string): void {
    if (!this.#slots.includes(slot)) return;
    this.#retire(slot);
    const job = slot.job;
    if (job) job.reject(new ScanFailedError(`Scan worker crashed: ${message}`));
    if (!slot.ready) {
      // A worker that cannot even start would fail the same way again: fail what waits instead
      // of looping; the next job tries a fresh worker.
      for (const w of slot.readyWaiters.splice(0)) w();
      for (const j of this.#queue.splice(0)) {
        j.reject(new ScanFailedError(`Scan worker failed to start: ${message}`));
      }
      return;
    }
    this.#replace();
  }

  #onDeadline(slot: Slot): void {
    const job = slot.job;
    if (!job || !this.#slots.includes(slot)) return;
    const at = {
      group: Atomics.load(slot.progress, 0),
      item: Atomics.load(slot.progress, 1),
      detector: Atomics.load(slot.progress, 2),
    };
    this.#retire(slot);
    job.reject(new ScanTimeoutError(job.timeoutMs, at));
    this.#replace();
  }

  /** Start a replacement worker (ready before the next job needs it), then serve the queue. */
  #replace(): void {
    if (!this.#closed && this.#slots.length < this.#size) this.#start();
    this.#pump();
  }

  #pump(): void {
    if (this.#closed) return;
    while (this.#queue.length) {
      const idle = this.#slots.find((s) => s.ready && !s.job);
      if (!idle) break;
      this.#dispatch(idle, this.#queue.shift()!);
    }
    const starting = this.#slots.filter((s) => !s.ready).length;
    let want = this.#queue.length - starting;
    while (want-- > 0 && this.#slots.length < this.#size) this.#start();
  }

  /** The message for `work` on `slot`: specs and tool lists only where the worker lacks them. */
  #message(slot: Slot, id: number, work: Work): ToWorker {
    if (work.kind === "definition") {
      const known = slot.others.includes(work.othersId);
      return {
        type: "definition",
        id,
        target: work.target,
        othersId: work.othersId,
        ...(known ? {} : { others: work.others }),
      };
    }
    const groups = work.groups.map((g) => ({
      policyId: g.policy.id,
      specs: slot.known.has(g.policy.id) ? undefined : g.policy.specs,
      items: g.items,
    }));
    return { type: "job", id, groups };
  }

  /** Record what the worker learned from a sent job (mirrors the worker's own bookkeeping). */
  #learn(slot: Slot, work: Work): void {
    if (work.kind === "scan") {
      for (const g of work.groups) slot.known.add(g.policy.id);
    } else if (!slot.others.includes(work.othersId)) {
      if (slot.others.length >= MAX_OTHERS) slot.others.shift();
      slot.others.push(work.othersId);
    }
  }

  #dispatch(slot: Slot, job: Job): void {
    const id = ++this.#seq;
    Atomics.store(slot.progress, 0, 0);
    Atomics.store(slot.progress, 1, -1);
    Atomics.store(slot.progress, 2, -1);
    try {
      slot.worker.postMessage(this.#message(slot, id, job.work));
    } catch (e) {
      job.reject(
        new ScanFailedError(`Cannot send a scan job to a worker: ${(e as Error).message}`),
      );
      return;
    }
    this.#learn(slot, job.work);
    slot.job = { ...job, id };
    slot.timer = setTimeout(() => this.#onDeadline(slot), job.timeoutMs);
  }
}
