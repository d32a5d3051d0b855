/** In-memory LRU + TTL cache. */
import type { Cache, CacheStats } from "./types.ts";

interface Entry {
  value: unknown;
  expires: number;
}

/** LRU cache with per-entry TTL; `now` is injectable for tests. */
export class MemoryCache implements Cache {
  #map = new Map<string, Entry>();
  #max: number;
  #now: () => number;
  #hits = 0;
  #misses = 0;
  #evictions = 0;
  #expired = 0;

  constructor(opts: { maxEntries?: number; now?: () => number } = {}) {
    this.#max = opts.maxEntries ?? 1000;
    this.#now = opts.now ?? Date.now;
  }

  get<T>(key: string): Promise<T | undefined> {
    return Promise.resolve(this.getSync<T>(key));
  }

  /** Synchronous get (hot path). */
  getSync<T>(key: string): T | undefined {
    const e = this.#map.get(key);
    if (!e) {
      this.#misses++;
      return undefined;
    }
    if (e.expires <= this.#now()) {
      this.#map.delete(key);
      this.#expired++;
      this.#misses++;
      return undefined;
    }
    // refresh recency
    this.#map.delete(key);
    this.#map.set(key, e);
    this.#hits++;
    return e.value as T;
  }

  set<T>(key: string, value: T, ttlMs: number): Promise<void> {
    this.#map.delete(key);
    this.#map.set(key, { value, expires: this.#now() + ttlMs });
    while (this.#map.size > this.#max) {
      const oldest = this.#map.keys().next().value as string;
      this.#map.delete(oldest);
      this.#evictions++;
    }
    return Promise.resolve();
  }

  delete(key: string): Promise<boolean> {
    return Promise.resolve(this.#map.delete(key));
  }

  clear(prefix = ""): Promise<number> {
    let n = 0;
    for (const k of [...this.#map.keys()]) {
      if (k.startsWith(prefix)) {
        this.#map.delete(k);
        n++;
      }
    }
    return Promise.resolve(n);
  }

  keys(prefix = ""): Promise<string[]> {
    const now = this.#now();
    return Promise.resolve(
      [...this.#map.entries()].filter(([k, e]) => k.startsWith(prefix) && e.expires > now).map((
        [k],
      ) => k),
    );
  }

  stats(): Promise<CacheStats> {
    return Promise.resolve({
      backend: "memory",
      entries: this.#map.size,
      max_entries: this.#max,
      hits: this.#hits,
      misses: this.#misses,
      evictions: this.#evictions,
      expired: this.#expired,
    });
  }
}
