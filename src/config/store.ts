/**
 * The one config store used by the CLI, the REST API and the gateway. Every write runs under an
 * exclusive lock (in-process queue + a `flock` on `<config>.lock` across processes) and goes:
 * read current → refuse if it is invalid → mutate → validate → backup the old file → write a temp
 * file in the same directory → fsync → atomic rename → fsync the directory. A crash at any point
 * leaves either the old or the new file, never a torn one.
 */
import { ConfigError, type ConfigIssue } from "../errors.ts";
import { type ConfigCheck, validateConfig } from "./load.ts";
import { configDir } from "./paths.ts";
import { type Config, ConfigSchema } from "./schema.ts";

/** Options for {@link ConfigStore}. */
export interface StoreOptions {
  /** Extra checks beyond the schema (e.g. guard policies). */
  checks?: ConfigCheck[];
  /** Clock (tests). */
  now?: () => Date;
}

/** What an update did. */
export interface UpdateResult<T> {
  /** The config now in the file. */
  config: Config;
  /** The mutator's return value. */
  result: T;
  /** False when the mutation changed nothing (no write, no backup). */
  changed: boolean;
  /** Backup of the previous file, when one was made. */
  backup?: string;
}

/** A backup file. */
export interface BackupInfo {
  path: string;
  name: string;
  size: number;
  modified: string;
}

/** Thrown when the file on disk is invalid: it is never overwritten by an update. */
export class ConfigCorruptError extends ConfigError {
  constructor(source: string, issues: ConfigIssue[]) {
    super(source, issues);
    this.message =
      `Cannot change config ${source}: the file on disk is invalid and will not be overwritten ` +
      `(fix it by hand, or bring back a backup with smg system restore FILE; smg system backups lists them)\n` +
      issues.map((i) => `  ${i.path}: ${i.message}${i.hint ? ` (hint: ${i.hint})` : ""}`).join(
        "\n",
      );
  }
}

// Writers in this process queue here; the file lock below serialises other processes.
const queues = new Map<string, Promise<unknown>>();

/** The config file store. */
export class ConfigStore {
  readonly path: string;
  readonly #checks: ConfigCheck[];
  readonly #now: () => Date;

  constructor(path: string, opts: StoreOptions = {}) {
    this.path = path;
    this.#checks = opts.checks ?? [];
    this.#now = opts.now ?? (() => new Date());
  }

  /** Folder holding timestamped backups. */
  get backupDir(): string {
    return `${configDir(this.path)}/backups`;
  }

  /** True when the file exists. */
  async exists(): Promise<boolean> {
    return await Deno.stat(this.path).then(() => true, () => false);
  }

  /** Read and validate the file (secret references kept). A missing file is a {@link ConfigError}. */
  async read(): Promise<Config> {
    const text = await this.#readText();
    if (text === null) {
      throw new ConfigError(this.path, [{
        path: "$",
        message: "file not found",
        hint: "create it with smg init, or pass --config PATH",
      }]);
    }
    return this.#parse(text, false);
  }

  /**
   * Change the config. `mutator` edits a copy in place and may return a value; if it throws,
   * nothing is written. The result is validated as a whole before it replaces the file.
   */
  update<T>(
    mutator: (config: Config) => T | Promise<T>,
    opts: { reason: string },
  ): Promise<UpdateResult<T>> {
    return this.#locked(async () => {
      const text = await this.#readText();
      const current = text === null ? ConfigSchema.parse({}) : this.#parse(text, true);
      const draft = structuredClone(current);
      const result = await mutator(draft);
      return { ...(await this.#commit(draft, text, opts.reason)), result };
    });
  }

  /**
   * Replace the whole config (import, restore, reset). With `overwriteInvalid` the current file may
   * be invalid (restore is how a broken file is fixed); it is still backed up first.
   */
  replace(
    next: unknown,
    opts: { reason: string; overwriteInvalid?: boolean },
  ): Promise<UpdateResult<undefined>> {
    return this.#locked(async () => {
      const text = await this.#readText();
      if (text !== null && !opts.overwriteInvalid) this.#parse(text, true);
      return { ...(await this.#commit(next, text, opts.reason)), result: undefined };
    });
  }

  /** Copy the current file to `dest` (default: a new timestamped file in the backup folder). */
  backup(dest?: string, reason = "manual"): Promise<string> {
    return this.#locked(async () => {
      const text = await this.#readText();
      if (text === null) {
        throw new ConfigError(this.path, [{
          path: "$",
          message: "file not found",
          hint: "nothing to back up",
        }]);
      }
      if (dest) {
        await writeAtomic(dest, text);
        return dest;
      }
      return (await this.#backupText(text, reason, Number.MAX_SAFE_INTEGER))!;
    });
  }

  /** Backups in the backup folder, newest first. */
  async listBackups(): Promise<BackupInfo[]> {
    const out: BackupInfo[] = [];
    try {
      for await (const e of Deno.readDir(this.backupDir)) {
        if (!e.isFile || !e.name.endsWith(".json")) continue;
        const path = `${this.backupDir}/${e.name}`;
        const st = await Deno.stat(path);
        out.push({
          path,
          name: e.name,
          size: st.size,
          modified: (st.mtime ?? new Date(0)).toISOString(),
        });
      }
    } catch (e) {
      if (!(e instanceof Deno.errors.NotFound)) throw e;
    }
    return out.sort((a, b) => b.name.localeCompare(a.name));
  }

  #parse(text: string, forWrite: boolean): Config {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      const issues = [{ path: "$", message: `not valid JSON: ${(e as Error).message}` }];
      throw forWrite
        ? new ConfigCorruptError(this.path, issues)
        : new ConfigError(this.path, issues);
    }
    try {
      return validateConfig(json, this.path, { checks: this.#checks, resolve: false }).raw;
    } catch (e) {
      if (forWrite && e instanceof ConfigError) throw new ConfigCorruptError(this.path, e.issues);
      throw e;
    }
  }

  async #readText(): Promise<string | null> {
    try {
      return await Deno.readTextFile(this.path);
    } catch (e) {
      if (e instanceof Deno.errors.NotFound) return null;
      throw new ConfigError(this.path, [{
        path: "$",
        message: `cannot read file: ${(e as Error).message}`,
      }]);
    }
  }

  async #commit(
    next: unknown,
    oldText: string | null,
    reason: string,
  ): Promise<Omit<UpdateResult<unknown>, "result">> {
    const valid =
      validateConfig(next, "the changed config", { checks: this.#checks, resolve: false }).raw;
    const body = JSON.stringify(valid, null, 2) + "\n";
    if (body === oldText) return { config: valid, changed: false };
    await Deno.mkdir(configDir(this.path), { recursive: true, mode: 0o700 });
    await this.#removeStaleTemps();
    const backup = oldText === null
      ? undefined
      : await this.#backupText(oldText, reason, valid.settings.backups.keep);
    await writeAtomic(this.path, body);
    return { config: valid, changed: true, backup };
  }

  async #backupText(text: string, reason: string, keep: number): Promise<string | undefined> {
    if (keep <= 0) return undefined;
    await Deno.mkdir(this.backupDir, { recursive: true, mode: 0o700 });
    const stamp = this.#now().toISOString().replace(/[:.]/g, "-");
    const slug =
      reason.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40) ||
      "change";
    const stem = baseName(this.path).replace(/\.json$/, "");
    const name = `${stem}-${stamp}-${crypto.randomUUID().slice(0, 4)}-${slug}.json`;
    const path = `${this.backupDir}/${name}`;
    await writeAtomic(path, text);
    const all = (await this.listBackups()).filter((b) => b.name.startsWith(`${stem}-`));
    for (const old of all.slice(keep)) await Deno.remove(old.path).catch(() => {});
    return path;
  }

  // Under the lock no other writer is running, so any temp file left here is from a killed writer.
  async #removeStaleTemps(): Promise<void> {
    const prefix = `.${baseName(this.path)}.tmp-`;
    try {
      for await (const e of Deno.readDir(configDir(this.path))) {
        if (e.name.startsWith(prefix)) {
          await Deno.remove(`${configDir(this.path)}/${e.name}`).catch(() => {});
        }
      }
    } catch { /* directory vanished: the write below reports it */ }
  }

  #locked<T>(fn: () => Promise<T>): Promise<T> {
    const prev = queues.get(this.path) ?? Promise.resolve();
    const run = prev.catch(() => {}).then(async () => {
      await Deno.mkdir(configDir(this.path), { recursive: true, mode: 0o700 });
      const lock = await Deno.open(`${this.path}.lock`, { create: true, write: true, mode: 0o600 });
      try {
        await lock.lock(true);
        return await fn();
      } finally {
        try {
          await lock.unlock();
        } catch { /* closing releases it anyway */ }
        lock.close();
      }
    });
    const tail = run.catch(() => {});
    queues.set(this.path, tail);
    tail.then(() => {
      if (queues.get(this.path) === tail) queues.delete(this.path);
    });
    return run;
  }
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/** Write `text` to `path` atomically: temp file in the same folder, fsync, rename, fsync folder. */
export async function writeAtomic(path: string, text: string, mode = 0o600): Promise<void> {
  const dir = configDir(path);
  const tmp = `${dir}/.${baseName(path)}.tmp-${crypto.randomUUID()}`;
  const f = await Deno.open(tmp, { write: true, createNew: true, mode });
  try {
    const data = new TextEncoder().encode(text);
    let off = 0;
    while (off < data.length) off += await f.write(data.subarray(off));
    await f.sync();
  } catch (e) {
    f.close();
    await Deno.remove(tmp).catch(() => {});
    throw e;
  }
  f.close();
  try {
    await Deno.rename(tmp, path);
  } catch (e) {
    await Deno.remove(tmp).catch(() => {});
    throw e;
  }
  try {
    const d = await Deno.open(dir, { read: true });
    try {
      await d.sync();
    } finally {
      d.close();
    }
  } catch { /* not supported everywhere (Windows): best effort */ }
}
