/** The cache interface: in memory now, Redis in a later implementation (`redis_cache.ts`). */

/** Counters reported by `smg_cache_status`. */
export interface CacheStats {
  backend: "memory" | "redis";
  entries: number;
  max_entries: number;
  hits: number;
  misses: number;
  evictions: number;
  expired: number;
}

/** A key/value cache with TTLs. Values must be JSON-serialisable (Redis stores JSON). */
export interface Cache {
  get<T>(key: string): Promise<T | undefined>;
  set<T>(key: string, value: T, ttlMs: number): Promise<void>;
  delete(key: string): Promise<boolean>;
  /** Remove every key starting with `prefix` (all keys when omitted); returns how many. */
  clear(prefix?: string): Promise<number>;
  keys(prefix?: string): Promise<string[]>;
  stats(): Promise<CacheStats>;
}
