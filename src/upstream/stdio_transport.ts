/**
 * A lean stdio client transport on Deno.Command: exact child environment (clearEnv), newline
 * framing that scans only new bytes (the SDK's reader re-scans its whole buffer per chunk), a cap
 * on line length, non-JSON-RPC lines reported and skipped, and a close that reaps the child
 * (stdin EOF → SIGTERM → SIGKILL).
 */
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/shared/transport"
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/types"
import { type JSONRPCMessage, JSONRPCMessageSchema } from "@modelcontextprotocol/sdk/types.js";

/** Options for {@link DenoStdioTransport}. */
export interface StdioTransportOptions {
  command: string;
  args: string[];
  env: Record<string, string>;
  cwd?: string;
  /** Longest accepted stdout line (bytes, approx.); longer → transport error and close. */
  maxLineBytes?: number;
  /** Called with each stderr line (already decoded, unfiltered: callers sanitize). */
  onStderr?: (line: string) => void;
  /** Grace period for the child to exit after stdin closes, before SIGTERM/SIGKILL. */
  killGraceMs?: number;
}

/** MCP client transport over a child process's stdio. */
export class DenoStdioTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;

  #opts: StdioTransportOptions;
  #child?: Deno.ChildProcess;
  #writer?: WritableStreamDefaultWriter<Uint8Array>;
  #closed = false;
  #encoder = new TextEncoder();
  /** Resolves when the child has exited. */
  exited?: Promise<Deno.CommandStatus>;

  constructor(opts: StdioTransportOptions) {
    this.#opts = opts;
  }

  /** Process id of the child (for tests and diagnostics). */
  get pid(): number | undefined {
    return this.#child?.pid;
  }

  start(): Promise<void> {
    if (this.#child) throw new Error("DenoStdioTransport already started");
    const cmd = new Deno.Command(this.#opts.command, {
      args: this.#opts.args,
      env: this.#opts.env,
      clearEnv: true,
      cwd: this.#opts.cwd,
      stdin: "piped",
      stdout: "piped",
      stderr: "piped",
    });
    // spawn throws synchronously for a missing binary: let the caller see it as a connect error.
    const child = cmd.spawn();
    this.#child = child;
    this.#writer = child.stdin.getWriter();
    this.exited = child.status;
    void this.#readStdout(child.stdout);
    void this.#readStderr(child.stderr);
    child.status.then(() => this.#finish());
    return Promise.resolve();
  }

  async #readStdout(stream: ReadableStream<Uint8Array>): Promise<void> {
    const max = this.#opts.maxLineBytes ?? 64 * 1024 * 1024;
    const decoder = new TextDecoder();
    const parts: string[] = [];
    let pending = 0;
    try {
      for await (const chunk of stream) {
        let text = decoder.decode(chunk, { stream: true });
        let nl = text.indexOf("\n");
        while (nl !== -1) {
          parts.push(text.slice(0, nl));
          const line = parts.join("");
          parts.length = 0;
          pending = 0;
          this.#handleLine(line);
          text = text.slice(nl + 1);
          nl = text.indexOf("\n");
        }
        if (text) {
          parts.push(text);
          pending += text.length;
          if (pending > max) {
            this.onerror?.(
              new Error(`Upstream wrote a line longer than ${max} bytes without a newline`),
            );
            await this.close();
            return;
          }
        }
      }
    } catch (e) {
      if (!this.#closed) this.onerror?.(e as Error);
    }
  }

  #handleLine(raw: string): void {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (!line.trim()) return;
    let msg: JSONRPCMessage;
    try {
      msg = JSONRPCMessageSchema.parse(JSON.parse(line));
    } catch {
      this.onerror?.(
        new Error(`Upstream wrote a line that is not JSON-RPC (${line.length} chars); ignored`),
      );
      return;
    }
    this.onmessage?.(msg);
  }

  async #readStderr(stream: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buf = "";
    try {
      for await (const chunk of stream) {
        buf += decoder.decode(chunk, { stream: true });
        let nl = buf.indexOf("\n");
        while (nl !== -1) {
          this.#opts.onStderr?.(buf.slice(0, nl));
          buf = buf.slice(nl + 1);
          nl = buf.indexOf("\n");
        }
        if (buf.length > 65536) {
          this.#opts.onStderr?.(buf.slice(0, 65536));
          buf = "";
        }
      }
      if (buf) this.#opts.onStderr?.(buf);
    } catch {
      // stderr is diagnostics only
    }
  }

  async send(message: JSONRPCMessage): Promise<void> {
    if (!this.#writer || this.#closed) throw new Error("Upstream process is not running");
    await this.#writer.write(this.#encoder.encode(JSON.stringify(message) + "\n"));
  }

  #finish(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.onclose?.();
  }

  async close(): Promise<void> {
    const child = this.#child;
    if (!child) return;
    try {
      await this.#writer?.close();
    } catch {
      // already closed
    }
    const grace = this.#opts.killGraceMs ?? 2000;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const exitedInTime = await Promise.race([
      child.status.then(() => true),
      new Promise<boolean>((r) => (timer = setTimeout(() => r(false), grace))),
    ]);
    clearTimeout(timer);
    if (!exitedInTime) {
      try {
        child.kill("SIGTERM");
      } catch { /* gone */ }
      const termed = await Promise.race([
        child.status.then(() => true),
        new Promise<boolean>((r) => (timer = setTimeout(() => r(false), 1000))),
      ]);
      clearTimeout(timer);
      if (!termed) {
        try {
          child.kill("SIGKILL");
        } catch { /* gone */ }
      }
    }
    await child.status;
    this.#finish();
  }
}
