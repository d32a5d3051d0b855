/** Choose the cache backend from settings: Redis when `cache.redis_url` is set, else memory. */
import { MemoryCache } from "../cache/memory.ts";
import { RedisCache } from "../cache/redis_cache.ts";
import type { Cache } from "../cache/types.ts";
import type { Settings } from "../config/schema.ts";
import { secretValue } from "../config/secrets.ts";
import type { Logger } from "../log/logger.ts";

/** Build the cache and a function that closes it. */
export function createCache(
  settings: Settings,
  logger: Logger,
): { cache: Cache; close: () => Promise<void> } {
  const url = secretValue(settings.cache.redis_url);
  if (!url) {
    return {
      cache: new MemoryCache({ maxEntries: settings.cache.max_entries }),
      close: () => Promise.resolve(),
    };
  }
  const redis = new RedisCache(url, { onError: (m) => logger.warn(m) });
  return { cache: redis, close: () => redis.close() };
}
