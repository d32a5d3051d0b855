/**
 * Redis implementation of the cache interface (the only file that imports ioredis). Shared by
 * several gateway processes. Keys live under a namespace; values are JSON. A Redis outage
 * degrades to cache misses (logged once per outage), never to failed calls.
 */
import { Redis } from "ioredis";
import type { Cache, CacheStats } from "./types.ts";

/** Options for {@link RedisCache}. */
export interface RedisCacheOptions {
  /** Key namespace (default `smg:`). */
  namespace?: string;
  /** Called when Redis fails (for logging). */
  onError?: (message: string) => void;
  connectTimeoutMs?: number;
}

/** A Cache on Redis. */
export class RedisCache implements Cache {
  #redis: Redis;
  #ns: string;
  #hits = 0;
  #misses = 0;
  #onError: (m: string) => void;
  #down = false;

  constructor(url: string, opts: RedisCacheOptions = {}) {
    this.#ns = opts.namespace ?? "smg:";
    this.#onError = opts.onError ?? (() => {});
    this.#redis = new Redis(url, {
      lazyConnect: false,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: opts.connectTimeoutMs ?? 2000,
      retryStrategy: (times: number) => Math.min(times * 200, 5000),
    });
    this.#redis.on("error", (e: Error) => this.#fail(e));
    this.#redis.on("ready", () => {
      this.#down = false;
    });
  }

  #fail(e: unknown): void {
    if (this.#down) return;
    this.#down = true;
    this.#onError(
      `Redis cache unavailable (${
        (e as Error)?.message ?? e
      }); serving without cache until it is back`,
    );
  }

  /** Wait until connected (or throw after the connect timeout). */
  async ready(): Promise<void> {
    if (this.#redis.status === "ready") return;
    await new Promise<void>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error("Redis did not become ready")), 5000);
      this.#redis.once("ready", () => {
        clearTimeout(t);
        resolve();
      });
    });
  }

  async get<T>(key: string): Promise<T | undefined> {
    try {
      const v = await this.#redis.get(this.#ns + key);
      if (v === null) {
        this.#misses++;
        return undefined;
      }
      this.#hits++;
      return JSON.parse(v) as T;
    } catch (e) {
      this.#fail(e);
      this.#misses++;
      return undefined;
    }
  }

  async set<T>(key: string, value: T, ttlMs: number): Promise<void> {
    try {
      await this.#redis.set(
        this.#ns + key,
        JSON.stringify(value),
        "PX",
        Math.max(1, Math.round(ttlMs)),
      );
    } catch (e) {
      this.#fail(e);
    }
  }

  async delete(key: string): Promise<boolean> {
    try {
      return (await this.#redis.del(this.#ns + key)) > 0;
    } catch (e) {
      this.#fail(e);
      return false;
    }
  }

  async keys(prefix = ""): Promise<string[]> {
    try {
      const out: string[] = [];
      let cursor = "0";
      do {
        const [next, batch] = await this.#redis.scan(
          cursor,
          "MATCH",
          `${this.#ns}${escapeGlob(prefix)}*`,
          "COUNT",
          500,
        );
        cursor = next;
        for (const k of batch) out.push(k.slice(this.#ns.length));
      } while (cursor !== "0");
      return out;
    } catch (e) {
      this.#fail(e);
      return [];
    }
  }

  async clear(prefix = ""): Promise<number> {
    const keys = await this.keys(prefix);
    if (!keys.length) return 0;
    try {
      let n = 0;
      for (let i = 0; i < keys.length; i += 500) {
        n += await this.#redis.del(...keys.slice(i, i + 500).map((k) => this.#ns + k));
      }
      return n;
    } catch (e) {
      this.#fail(e);
      return 0;
    }
  }

  async stats(): Promise<CacheStats> {
    const entries = (await this.keys()).length;
    return {
      backend: "redis",
      entries,
      max_entries: 0,
      hits: this.#hits,
      misses: this.#misses,
      evictions: 0,
      expired: 0,
    };
  }

  /** Close the connection. */
  async close(): Promise<void> {
    try {
      await this.#redis.quit();
    } catch {
      this.#redis.disconnect();
    }
  }
}

function escapeGlob(s: string): string {
  return s.replace(/[*?[\]\\]/g, (c) => `\\${c}`);
}
