/**
 * Tool pinning against rug pulls. The first time a tool definition is seen its hash is recorded;
 * if an upstream later serves a different definition, that tool is blocked until an operator
 * approves the new one (`smg pins approve`). Pins persist in a JSON file (default
 * `~/.smg/pins.json`) written atomically; the running gateway re-reads it when it changes, so an
 * approval from the CLI takes effect without a restart.
 *
 * This is the one guardrails module that touches files: the decision (`evaluate`) is pure, the
 * store is a thin layer around it.
 */
import { createHash } from "node:crypto";
import type { ToolDefinition } from "./types.ts";

/** The parts of a definition that are pinned. */
export interface PinnedDefinition {
  name: string;
  title?: string;
  description?: string;
  inputSchema?: unknown;
  outputSchema?: unknown;
  annotations?: unknown;
}

/** One pinned tool. */
export interface Pin {
  hash: string;
  definition: PinnedDefinition;
  first_seen: string;
  approved_at?: string;
  /** A changed definition waiting for approval. */
  pending?: { hash: string; definition: PinnedDefinition; seen_at: string };
}

/** The file format. */
export interface PinFile {
  version: 1;
  pins: Record<string, Pin>;
}

/** Canonical JSON (sorted keys) so key order never changes a hash. */
export function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== "object") return JSON.stringify(v) ?? "null";
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(",")}]`;
  const o = v as Record<string, unknown>;
  return `{${
    Object.keys(o).sort().filter((k) => o[k] !== undefined).map((k) =>
      `${JSON.stringify(k)}:${canonicalJson(o[k])}`
    ).join(",")
  }}`;
}

/** The pinned view of a tool. */
export function pinnedView(t: ToolDefinition): PinnedDefinition {
  return {
    name: t.name,
    title: t.title,
    description: t.description,
    inputSchema: t.inputSchema,
    outputSchema: t.outputSchema,
    annotations: t.annotations,
  };
}

/** `sha256:<hex>` of a definition. */
export function definitionHash(t: ToolDefinition): string {
  return `sha256:${createHash("sha256").update(canonicalJson(pinnedView(t))).digest("hex")}`;
}

/** Key of a pin. */
export function pinKey(server: string, tool: string): string {
  return `${server}/${tool}`;
}

/** Outcome of checking one tool against the pins. */
export type PinDecision =
  | { status: "new"; hash: string }
  | { status: "match"; hash: string }
  | { status: "changed"; hash: string; pinned: string };

/** Pure decision: how does this definition compare with the pins? */
export function evaluatePin(pins: PinFile, t: ToolDefinition): PinDecision {
  const hash = definitionHash(t);
  const pin = pins.pins[pinKey(t.server, t.name)];
  if (!pin) return { status: "new", hash };
  if (pin.hash === hash) return { status: "match", hash };
  return { status: "changed", hash, pinned: pin.hash };
}

/** A line-oriented diff of two pinned definitions (for `smg pins diff`). */
export function diffDefinitions(a: PinnedDefinition, b: PinnedDefinition): string {
  const la = JSON.stringify(JSON.parse(canonicalJson(a)), null, 2).split("\n");
  const lb = JSON.stringify(JSON.parse(canonicalJson(b)), null, 2).split("\n");
  // Longest common subsequence diff; definitions are small.
  const n = la.length, m = lb.length;
  const dp: number[][] = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i][j] = la[i] === lb[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
    }
  }
  const out: string[] = [];
  let i = 0, j = 0;
  while (i < n && j < m) {
    if (la[i] === lb[j]) {
      out.push(`  ${la[i]}`);
      i++;
      j++;
    } else if (dp[i + 1][j] >= dp[i][j + 1]) out.push(`- ${la[i++]}`);
    else out.push(`+ ${lb[j++]}`);
  }
  while (i < n) out.push(`- ${la[i++]}`);
  while (j < m) out.push(`+ ${lb[j++]}`);
  return out.join("\n");
}

/** File-backed pin store. Reads are cached and refreshed when the file's mtime changes. */
export class PinStore {
  readonly path: string;
  #data: PinFile = { version: 1, pins: {} };
  #mtime = -1;
  #writing: Promise<void> = Promise.resolve();
  #lastError: string | undefined;

  constructor(path: string) {
    this.path = path;
  }

  /** The current pins (re-read if the file changed on disk). */
  current(): PinFile {
    let mtime = 0;
    try {
      mtime = Deno.statSync(this.path).mtime?.getTime() ?? 0;
    } catch {
      mtime = 0;
    }
    if (mtime !== this.#mtime) {
      this.#mtime = mtime;
      this.#data = mtime ? readPinFile(this.path) : { version: 1, pins: {} };
    }
    return this.#data;
  }

  /**
   * Apply a change and persist it atomically (re-reading first so concurrent CLI edits survive).
   * When the file cannot be written the change is kept in memory, so a tool pinned in this process
   * is still guarded against a later change, and the promise resolves to the error — only when it
   * differs from the previous failure, so a caller reports it once, not on every discovery.
   */
  update(change: (pins: PinFile) => void): Promise<Error | undefined> {
    const next = this.#writing.then((): Error | undefined => {
      // Force a re-read (an edit within the mtime granularity), unless the last write failed:
      // then memory is ahead of the file, and only a real change of the file replaces it.
      if (this.#lastError === undefined) this.#mtime = -1;
      let data: PinFile;
      try {
        data = this.current();
      } catch (e) {
        return this.#failed(e);
      }
      change(data);
      this.#data = data;
      try {
        writePinFile(this.path, data);
        this.#mtime = Deno.statSync(this.path).mtime?.getTime() ?? 0;
        this.#lastError = undefined;
        return undefined;
      } catch (e) {
        // Keep `#mtime` as read: the in-memory pins stay until the file itself changes.
        return this.#failed(e);
      }
    });
    this.#writing = next.then(() => {}, () => {});
    return next;
  }

  #failed(e: unknown): Error | undefined {
    const err = e instanceof Error ? e : new Error(String(e));
    if (err.message === this.#lastError) return undefined;
    this.#lastError = err.message;
    return err;
  }

  /** Synchronous variant for the CLI. */
  updateSync(change: (pins: PinFile) => void): PinFile {
    this.#mtime = -1;
    const data = this.current();
    change(data);
    writePinFile(this.path, data);
    this.#mtime = -1;
    return data;
  }
}

function readPinFile(path: string): PinFile {
  try {
    const d = JSON.parse(Deno.readTextFileSync(path));
    if (d && typeof d === "object" && d.pins && typeof d.pins === "object") {
      return { version: 1, pins: d.pins };
    }
  } catch {
    // fall through
  }
  // A corrupt pin file must not silently unpin everything: treat every tool as changed.
  throw new Error(
    `Cannot read pins file ${path}: it is not valid JSON (fix or remove it; smg pins reset recreates it)`,
  );
}

function writePinFile(path: string, data: PinFile): void {
  const dir = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : ".";
  Deno.mkdirSync(dir, { recursive: true });
  const tmp = `${path}.tmp-${crypto.randomUUID()}`;
  const f = Deno.openSync(tmp, { write: true, createNew: true, mode: 0o600 });
  try {
    const bytes = new TextEncoder().encode(JSON.stringify(data, null, 2) + "\n");
    for (let off = 0; off < bytes.length;) off += f.writeSync(bytes.subarray(off));
    f.syncSync();
  } finally {
    f.close();
  }
  Deno.renameSync(tmp, path);
}
