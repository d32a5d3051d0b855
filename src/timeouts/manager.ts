/**
 * Deadlines for upstream operations, with counters for `smg_timeout_metrics`.
 * Escalation (as in the Enkrypt gateway): at 0.8 of the limit a warning event, at 1.0 the
 * operation's AbortSignal fires (cooperative cancel: the SDK sends notifications/cancelled), and at
 * 1.2 the operation is failed by force if it still has not settled.
 */
import { CancelledError, isAbortError, TimeoutError } from "../errors.ts";
import type { EventBus } from "../events/bus.ts";

/** Operation kinds with separate limits. */
export type OperationKind = "connect" | "discovery" | "tool_call";

/** Escalation thresholds as fractions of the limit. */
export const ESCALATION = { warn: 0.8, timeout: 1.0, fail: 1.2 } as const;

/** Counters per operation kind. */
export interface TimeoutCounters {
  total: number;
  successful: number;
  failed: number;
  timed_out: number;
  cancelled: number;
  active: number;
  warned: number;
  escalated: number;
}

/** What `smg_timeout_metrics` returns. */
export interface TimeoutMetrics {
  limits_ms: Record<OperationKind, number>;
  escalation: typeof ESCALATION;
  by_kind: Record<OperationKind, TimeoutCounters>;
  totals: TimeoutCounters;
}

function zero(): TimeoutCounters {
  return {
    total: 0,
    successful: 0,
    failed: 0,
    timed_out: 0,
    cancelled: 0,
    active: 0,
    warned: 0,
    escalated: 0,
  };
}

/** Options for one guarded operation. */
export interface OperationOptions {
  server?: string;
  tool?: string;
  /** Override the kind's default limit. */
  limitMs?: number;
  /** Caller cancellation (client disconnect, notifications/cancelled). */
  signal?: AbortSignal;
}

/** Runs operations under deadlines and keeps the counters. */
export class TimeoutManager {
  #limits: Record<OperationKind, number>;
  #counters: Record<OperationKind, TimeoutCounters> = {
    connect: zero(),
    discovery: zero(),
    tool_call: zero(),
  };
  #events?: EventBus;

  constructor(limits: Record<OperationKind, number>, events?: EventBus) {
    this.#limits = { ...limits };
    this.#events = events;
  }

  /** Replace the default limits (config reload). */
  setLimits(limits: Record<OperationKind, number>): void {
    this.#limits = { ...limits };
  }

  /** The default limit of a kind. */
  limit(kind: OperationKind): number {
    return this.#limits[kind];
  }

  /**
   * Run `fn` with a signal that aborts at the deadline or when the caller cancels.
   * Rejects with {@link TimeoutError} naming the server and tool, or {@link CancelledError}.
   */
  async run<T>(
    kind: OperationKind,
    opts: OperationOptions,
    fn: (signal: AbortSignal) => Promise<T>,
  ): Promise<T> {
    const limit = opts.limitMs ?? this.#limits[kind];
    const c = this.#counters[kind];
    c.total++;
    c.active++;
    const ctrl = new AbortController();
    const started = performance.now();
    let timedOut = false;
    const what = describe(kind, opts);
    const timeoutError = () =>
      new TimeoutError(`Timed out after ${limit} ms waiting for ${what}`, {
        kind,
        timeout_ms: limit,
        server: opts.server,
        tool: opts.tool,
      });
    const onCallerAbort = () => ctrl.abort(new CancelledError());
    if (opts.signal?.aborted) onCallerAbort();
    opts.signal?.addEventListener("abort", onCallerAbort, { once: true });

    let forceReject!: (e: unknown) => void;
    const forced = new Promise<never>((_, reject) => (forceReject = reject));
    const emit = (type: "timeout.warned" | "timeout.expired" | "timeout.escalated") =>
      this.#events?.emit({
        type,
        kind,
        server: opts.server,
        tool: opts.tool,
        elapsed_ms: Math.round(performance.now() - started),
        limit_ms: limit,
      });
    const timers = [
      setTimeout(() => {
        c.warned++;
        emit("timeout.warned");
      }, limit * ESCALATION.warn),
      setTimeout(() => {
        timedOut = true;
        emit("timeout.expired");
        ctrl.abort(timeoutError());
      }, limit * ESCALATION.timeout),
      setTimeout(() => {
        c.escalated++;
        emit("timeout.escalated");
        forceReject(timeoutError());
      }, limit * ESCALATION.fail),
    ];
    try {
      const result = await Promise.race([fn(ctrl.signal), forced]);
      c.successful++;
      return result;
    } catch (e) {
      if (timedOut) {
        c.timed_out++;
        throw e instanceof TimeoutError ? e : timeoutError();
      }
      if (
        ctrl.signal.aborted &&
        (isAbortError(e) || e instanceof CancelledError || opts.signal?.aborted)
      ) {
        c.cancelled++;
        throw e instanceof CancelledError ? e : new CancelledError();
      }
      c.failed++;
      throw e;
    } finally {
      c.active--;
      for (const t of timers) clearTimeout(t);
      opts.signal?.removeEventListener("abort", onCallerAbort);
      forced.catch(() => {});
    }
  }

  /** Snapshot for `smg_timeout_metrics`. */
  metrics(): TimeoutMetrics {
    const totals = zero();
    for (const c of Object.values(this.#counters)) {
      for (const k of Object.keys(totals) as (keyof TimeoutCounters)[]) totals[k] += c[k];
    }
    return {
      limits_ms: { ...this.#limits },
      escalation: ESCALATION,
      by_kind: structuredClone(this.#counters),
      totals,
    };
  }
}

function describe(kind: OperationKind, o: OperationOptions): string {
  if (kind === "tool_call") return `tool "${o.tool}" on upstream "${o.server}"`;
  if (kind === "discovery") return `tool discovery on upstream "${o.server}"`;
  return `connection to upstream "${o.server}"`;
}
