/**
 * A pool of persistent upstream sessions, one per distinct server entry. Connections are made on
 * first use, shared by every client session, and re-made on the next call after a crash.
 */
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/types"
import {
  type CallToolResult,
  CallToolResultSchema,
  type Tool,
  ToolListChangedNotificationSchema,
} from "@modelcontextprotocol/sdk/types.js";
import type { ServerConfig } from "../config/schema.ts";
import { CancelledError, SmgError, TimeoutError, UpstreamError } from "../errors.ts";
import type { EventBus } from "../events/bus.ts";
import { type Logger, sanitizeForTerminal } from "../log/logger.ts";
import type { TimeoutManager } from "../timeouts/manager.ts";
import { type Client, connectClient, tokensFor } from "./connect.ts";
import type { ClientCredentialsTokens } from "../oauth/client_credentials.ts";

interface Entry {
  server: ServerConfig;
  client?: Client;
  connecting?: Promise<Client>;
  close?: () => Promise<void>;
  /** Why the last connection ended, for the next error message. */
  lastExit?: string;
  /** OAuth tokens (client credentials), kept across reconnects. */
  tokens?: ClientCredentialsTokens;
  generation: number;
}

/** Options for {@link UpstreamPool}. */
export interface PoolOptions {
  events: EventBus;
  timeouts: TimeoutManager;
  logger?: Logger;
}

/** A stable identity for a server entry: same config → same pooled session. */
export function serverKey(server: ServerConfig): string {
  return `${server.name}#${fingerprint(server)}`;
}

function fingerprint(server: ServerConfig): string {
  const s = JSON.stringify([
    server.command,
    server.args,
    server.env,
    server.cwd,
    server.url,
    server.type,
    server.headers,
    server.oauth,
  ]);
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16);
}

/** Pooled, persistent MCP client sessions to upstream servers. */
export class UpstreamPool {
  #entries = new Map<string, Entry>();
  #opts: PoolOptions;
  #toolsChanged = new Set<(key: string, server: string) => void>();
  #closing = false;

  constructor(opts: PoolOptions) {
    this.#opts = opts;
  }

  /** Listen for upstream `notifications/tools/list_changed`. */
  onToolsChanged(fn: (key: string, server: string) => void): () => void {
    this.#toolsChanged.add(fn);
    return () => this.#toolsChanged.delete(fn);
  }

  /** Connected client for a server, connecting (once, shared) if needed. */
  async client(server: ServerConfig, signal?: AbortSignal): Promise<Client> {
    if (this.#closing) {
      throw new UpstreamError(
        server.name,
        `Cannot connect to upstream "${server.name}": the gateway is shutting down`,
      );
    }
    const key = serverKey(server);
    let e = this.#entries.get(key);
    if (!e) {
      e = { server, generation: 0, tokens: tokensFor(server) };
      this.#entries.set(key, e);
    }
    if (e.client) return e.client;
    let connecting = e.connecting;
    if (!connecting) {
      const entry = e;
      connecting = entry.connecting = this.#connect(key, entry).finally(() => {
        entry.connecting = undefined;
      });
    }
    if (!signal) return await connecting;
    // A caller that gives up must not cancel a connect other callers share.
    return await Promise.race([
      connecting,
      new Promise<never>((_, reject) => {
        if (signal.aborted) reject(signal.reason);
        signal.addEventListener("abort", () => reject(signal.reason), { once: true });
      }),
    ]);
  }

  async #connect(key: string, e: Entry): Promise<Client> {
    const { events, timeouts, logger } = this.#opts;
    const name = e.server.name;
    const limit = e.server.timeouts?.connect_ms;
    try {
      const { client, transport } = await timeouts.run(
        "connect",
        { server: name, limitMs: limit },
        (signal) =>
          connectClient(e.server, {
            tokens: e.tokens,
            onStderr: (line) =>
              logger?.debug("upstream stderr", {
                server: name,
                line: sanitizeForTerminal(line).slice(0, 2000),
              }),
          }, signal),
      );
      const generation = ++e.generation;
      const exited = (transport as { exited?: Promise<Deno.CommandStatus> }).exited;
      exited?.then((st) => {
        e.lastExit = st.signal
          ? `process killed by ${st.signal}`
          : `process exited with code ${st.code}`;
      });
      // client.onclose (not transport.onclose, which the SDK owns) fires after pending requests fail.
      client.onclose = () => {
        if (e.generation !== generation) return;
        e.client = undefined;
        e.close = undefined;
        const detail = e.lastExit ?? "connection closed";
        if (!this.#closing) {
          events.emit({ type: "upstream.exited", server: name, detail });
          logger?.warn("upstream closed", { server: name, detail });
        }
      };
      client.onerror = (err) => {
        logger?.debug("upstream transport error", {
          server: name,
          error: sanitizeForTerminal(err.message),
        });
      };
      client.setNotificationHandler(ToolListChangedNotificationSchema, () => {
        // Invalidate caches first, then tell sessions (which make clients re-list).
        for (const fn of this.#toolsChanged) fn(key, name);
        events.emit({ type: "upstream.tools_changed", server: name });
      });
      e.client = client;
      e.close = () => client.close();
      e.lastExit = undefined;
      events.emit({ type: "upstream.connected", server: name });
      return client;
    } catch (err) {
      const reason = err instanceof SmgError
        ? err.message
        : sanitizeForTerminal((err as Error)?.message ?? String(err));
      events.emit({ type: "upstream.failed", server: name, detail: reason });
      if (err instanceof TimeoutError || err instanceof CancelledError) throw err;
      throw new UpstreamError(name, `Cannot connect to upstream "${name}": ${reason}`, {
        cause: err,
      });
    }
  }

  /** What the connected upstream said about itself at initialize (undefined when not connected). */
  serverInfo(
    server: ServerConfig,
  ): { name?: string; title?: string; version?: string; instructions?: string } | undefined {
    const c = this.#entries.get(serverKey(server))?.client;
    if (!c) return undefined;
    const v = c.getServerVersion() as
      | { name?: string; title?: string; version?: string }
      | undefined;
    return {
      name: v?.name,
      title: v?.title,
      version: v?.version,
      instructions: c.getInstructions(),
    };
  }

  /** List every tool of a server (following pagination). */
  async listTools(server: ServerConfig, signal: AbortSignal): Promise<Tool[]> {
    const client = await this.client(server, signal);
    const tools: Tool[] = [];
    let cursor: string | undefined;
    try {
      for (let page = 0; page < 100; page++) {
        const res = await client.listTools(cursor ? { cursor } : {}, {
          signal,
          timeout: 2 ** 31 - 1,
        });
        tools.push(...res.tools);
        cursor = res.nextCursor;
        if (!cursor) break;
      }
    } catch (err) {
      throw this.#wrap(server, err, `list tools of upstream "${server.name}"`, signal);
    }
    return tools;
  }

  /** Call a tool on a server. */
  async callTool(
    server: ServerConfig,
    tool: string,
    args: Record<string, unknown>,
    signal: AbortSignal,
  ): Promise<CallToolResult> {
    const client = await this.client(server, signal);
    try {
      const res = await client.request(
        { method: "tools/call", params: { name: tool, arguments: args } },
        CallToolResultSchema,
        { signal, timeout: 2 ** 31 - 1 },
      );
      return res as CallToolResult;
    } catch (err) {
      throw this.#wrap(server, err, `forward "${tool}" to upstream "${server.name}"`, signal);
    }
  }

  #wrap(server: ServerConfig, err: unknown, what: string, signal: AbortSignal): unknown {
    if (signal.aborted) return signal.reason ?? err;
    if (err instanceof SmgError) return err;
    const e = this.#entries.get(serverKey(server));
    const msg = sanitizeForTerminal((err as Error)?.message ?? String(err)).replace(
      /^MCP error -?\d+: /,
      "",
    );
    const exit = !e?.client && e?.lastExit ? ` (${e.lastExit})` : "";
    return new UpstreamError(server.name, `Cannot ${what}: ${msg}${exit}`, { cause: err });
  }

  /** Status of every pooled session. */
  status(): { server: string; key: string; connected: boolean; last_exit?: string }[] {
    return [...this.#entries.entries()].map(([key, e]) => ({
      server: e.server.name,
      key,
      connected: !!e.client,
      last_exit: e.lastExit,
    }));
  }

  /** Close sessions whose key is not in `keep` (config reload). */
  async retain(keep: Set<string>): Promise<void> {
    const drop = [...this.#entries.entries()].filter(([k]) => !keep.has(k));
    for (const [k] of drop) this.#entries.delete(k);
    await Promise.allSettled(drop.map(([, e]) => e.close?.()));
  }

  /** Close every session and reap every child. */
  async closeAll(): Promise<void> {
    this.#closing = true;
    const all = [...this.#entries.values()];
    await Promise.allSettled(all.map(async (e) => {
      if (e.connecting) await e.connecting.catch(() => {});
      await e.close?.();
    }));
    this.#entries.clear();
  }
}
