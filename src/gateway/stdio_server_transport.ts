/**
 * A lean stdio server transport on Deno's own stdin/stdout (the SDK's goes through node streams):
 * newline framing that scans only new bytes, non-JSON-RPC lines reported and skipped, writes
 * serialised so messages never interleave, and `onclose` on stdin EOF.
 */
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/shared/transport"
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/types"
import { type JSONRPCMessage, JSONRPCMessageSchema } from "@modelcontextprotocol/sdk/types.js";

/** MCP server transport over this process's stdin/stdout. */
export class DenoStdioServerTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;

  #closed = false;
  #encoder = new TextEncoder();
  #writing: Promise<void> = Promise.resolve();
  #input: ReadableStream<Uint8Array>;
  #output: { write(p: Uint8Array): Promise<number> };

  constructor(
    input: ReadableStream<Uint8Array> = Deno.stdin.readable,
    output: { write(p: Uint8Array): Promise<number> } = Deno.stdout,
  ) {
    this.#input = input;
    this.#output = output;
  }

  start(): Promise<void> {
    void this.#read();
    return Promise.resolve();
  }

  async #read(): Promise<void> {
    const decoder = new TextDecoder();
    let pending = "";
    try {
      for await (const chunk of this.#input) {
        let text = decoder.decode(chunk, { stream: true });
        let nl = text.indexOf("\n");
        while (nl !== -1) {
          const line = pending + text.slice(0, nl);
          pending = "";
          this.#handle(line);
          text = text.slice(nl + 1);
          nl = text.indexOf("\n");
        }
        pending += text;
      }
    } catch (e) {
      if (!this.#closed) this.onerror?.(e as Error);
    }
    void this.close();
  }

  #handle(raw: string): void {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (!line.trim()) return;
    let msg: JSONRPCMessage;
    try {
      msg = JSONRPCMessageSchema.parse(JSON.parse(line));
    } catch (e) {
      this.onerror?.(
        new Error(
          `Ignored a line from the client that is not JSON-RPC: ${
            (e as Error).message.slice(0, 200)
          }`,
        ),
      );
      return;
    }
    this.onmessage?.(msg);
  }

  send(message: JSONRPCMessage): Promise<void> {
    if (this.#closed) return Promise.reject(new Error("Transport is closed"));
    const bytes = this.#encoder.encode(JSON.stringify(message) + "\n");
    this.#writing = this.#writing.then(async () => {
      for (let off = 0; off < bytes.length;) off += await this.#output.write(bytes.subarray(off));
    });
    return this.#writing;
  }

  close(): Promise<void> {
    if (this.#closed) return Promise.resolve();
    this.#closed = true;
    this.onclose?.();
    return Promise.resolve();
  }
}
