/**
 * Throttle for failed admin authentication, per client address: the first few failures in a
 * minute are free, then each further failure doubles a lockout (capped). A success clears it.
 */

/** Options for {@link AuthThrottle}. */
export interface ThrottleOptions {
  /** Failures allowed per window before lockouts start. */
  freeFailures?: number;
  windowMs?: number;
  maxLockMs?: number;
  now?: () => number;
}

interface Entry {
  failures: number[];
  lockedUntil: number;
  strikes: number;
}

/** Per-address failed-auth tracker. */
export class AuthThrottle {
  #entries = new Map<string, Entry>();
  readonly #free: number;
  readonly #window: number;
  readonly #max: number;
  readonly #now: () => number;

  constructor(opts: ThrottleOptions = {}) {
    this.#free = opts.freeFailures ?? 5;
    this.#window = opts.windowMs ?? 60_000;
    this.#max = opts.maxLockMs ?? 15 * 60_000;
    this.#now = opts.now ?? Date.now;
  }

  /** Milliseconds the address must wait before trying again (0 = may try). */
  retryAfter(addr: string): number {
    const e = this.#entries.get(addr);
    return e ? Math.max(0, e.lockedUntil - this.#now()) : 0;
  }

  /** Record a failure. */
  fail(addr: string): void {
    const now = this.#now();
    const e = this.#entries.get(addr) ?? { failures: [], lockedUntil: 0, strikes: 0 };
    e.failures = e.failures.filter((t) => now - t < this.#window);
    e.failures.push(now);
    if (e.failures.length > this.#free) {
      e.strikes++;
      e.lockedUntil = now + Math.min(this.#max, 1000 * 2 ** (e.strikes - 1));
    }
    this.#entries.set(addr, e);
    if (this.#entries.size > 10_000) this.#prune(now);
  }

  /** Record a success (clears the address). */
  succeed(addr: string): void {
    this.#entries.delete(addr);
  }

  #prune(now: number): void {
    for (const [k, e] of this.#entries) {
      if (e.lockedUntil < now && e.failures.every((t) => now - t >= this.#window)) {
        this.#entries.delete(k);
      }
    }
  }
}
