/**
 * Last-used times of gateway keys, kept OUT of the config file (writing the config on every call
 * would churn backups and wake every watcher). The gateway records uses in memory and flushes them
 * to `<config dir>/key_usage.json` now and then; `smg key list` reads that file.
 */
import { configDir } from "./paths.ts";
import { writeAtomic } from "./store.ts";

/** Where the usage file of a config lives. */
export function keyUsagePath(configPath: string): string {
  return `${configDir(configPath)}/key_usage.json`;
}

/** Read key id → last-used ISO time (empty when there is no file or it is unreadable). */
export async function readKeyUsage(configPath: string): Promise<Record<string, string>> {
  try {
    const v = JSON.parse(await Deno.readTextFile(keyUsagePath(configPath)));
    return v && typeof v === "object" && !Array.isArray(v) ? v as Record<string, string> : {};
  } catch {
    return {};
  }
}

/** Records key uses in memory; `flush()` merges them into the usage file (latest time wins). */
export class KeyUsageRecorder {
  #pending = new Map<string, string>();
  #timer?: ReturnType<typeof setInterval>;
  readonly #configPath: string;

  constructor(configPath: string) {
    this.#configPath = configPath;
  }

  /** Note a use of key `id` now. Cheap: a map write. */
  touch(id: string, at = new Date()): void {
    this.#pending.set(id, at.toISOString());
  }

  /** Write pending uses (no-op when none). */
  async flush(): Promise<void> {
    if (!this.#pending.size) return;
    const pending = this.#pending;
    this.#pending = new Map();
    const merged = await readKeyUsage(this.#configPath);
    for (const [id, t] of pending) if (!merged[id] || merged[id] < t) merged[id] = t;
    await writeAtomic(keyUsagePath(this.#configPath), JSON.stringify(merged, null, 2) + "\n");
  }

  /** Flush every `ms` milliseconds until {@link stop}. */
  start(ms = 60_000): void {
    this.#timer = setInterval(() => void this.flush().catch(() => {}), ms);
    Deno.unrefTimer(this.#timer);
  }

  /** Stop the timer and flush what is pending. */
  async stop(): Promise<void> {
    clearInterval(this.#timer);
    await this.flush().catch(() => {});
  }
}
