/**
 * Tool discovery for a project: every server of its set in parallel (per-server timeout, one
 * failure never hides the others), cached per server, the allowlist applied, the definition guard
 * applied, and public names assigned.
 */
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/types"
import type { Tool } from "@modelcontextprotocol/sdk/types.js";
import type { ServerConfig } from "../config/schema.ts";
import type { Cache } from "../cache/types.ts";
import { SmgError } from "../errors.ts";
import type { EventBus } from "../events/bus.ts";
import type { TimeoutManager } from "../timeouts/manager.ts";
import { serverKey, type UpstreamPool } from "../upstream/pool.ts";
import { assignPublicNames } from "./names.ts";

/** A tool as the gateway knows it. */
export interface CatalogTool {
  publicName: string;
  server: ServerConfig;
  tool: Tool;
}

/** A tool the definition guard removed, with its reason. */
export interface BlockedTool {
  server: string;
  tool: string;
  detector: string;
  reason: string;
}

/** Per-server discovery result. */
export interface ServerDiscovery {
  server: string;
  status: "ok" | "error";
  error?: string;
  error_code?: string;
  /** Tools visible after allowlist and guards. */
  tools: number;
  /** Tools hidden by the allowlist. */
  hidden: number;
  blocked: BlockedTool[];
  cached: boolean;
}

/** A project's tools. */
export interface Catalog {
  tools: CatalogTool[];
  byPublicName: Map<string, CatalogTool>;
  byServer: Map<string, Map<string, CatalogTool>>;
  servers: ServerDiscovery[];
}

/** What an upstream says about itself at initialize (for the server-info check). */
export interface ServerInfo {
  name?: string;
  title?: string;
  version?: string;
  instructions?: string;
}

/**
 * Decides which tool definitions may be shown (tool_policy, pinning). Pure of I/O except pins;
 * may be async (definition scans can run in the scan worker pool).
 */
export type DefinitionFilter = (
  server: ServerConfig,
  tools: Tool[],
  context: { all: { server: string; tool: Tool }[]; info?: ServerInfo },
) => FilterResult | Promise<FilterResult>;

/** What a {@link DefinitionFilter} lets through and what it blocked. */
export interface FilterResult {
  allowed: Tool[];
  blocked: BlockedTool[];
}

/** Options for {@link Discovery}. */
export interface DiscoveryOptions {
  pool: UpstreamPool;
  cache: Cache;
  timeouts: TimeoutManager;
  events: EventBus;
  toolsTtlMs: number;
  filter?: DefinitionFilter;
}

/** The cache key of a server's raw tool list. */
export function toolsCacheKey(server: ServerConfig): string {
  return `tools:${serverKey(server)}`;
}

/** Discovers, caches and filters tools. */
export class Discovery {
  #o: DiscoveryOptions;
  #catalogs = new Map<string, { p: Promise<Catalog>; expires: number }>();
  #configTtlMs = 24 * 3600 * 1000;

  constructor(opts: DiscoveryOptions) {
    this.#o = opts;
    opts.pool.onToolsChanged((key) => {
      void opts.cache.delete(`tools:${key}`);
      this.invalidateCatalogs();
    });
  }

  /** Replace the definition filter (guardrails wire it in). */
  setFilter(filter: DefinitionFilter | undefined): void {
    this.#o.filter = filter;
    this.invalidateCatalogs();
  }

  /** Set the tools TTL (config reload). */
  setToolsTtl(ms: number): void {
    this.#o.toolsTtlMs = ms;
  }

  /** Drop memoised catalogs (tools changed, cache cleared, config reloaded). */
  invalidateCatalogs(): void {
    this.#catalogs.clear();
  }

  /** A server's raw tool list, from cache or upstream. */
  async serverTools(
    server: ServerConfig,
    signal?: AbortSignal,
  ): Promise<{ tools: Tool[]; cached: boolean; info?: ServerInfo }> {
    const key = toolsCacheKey(server);
    const hit = await this.#o.cache.get<Tool[]>(key);
    if (hit) {
      this.#o.events.emit({ type: "cache.hit", key: `tools:${server.name}` });
      const info = await this.#o.cache.get<ServerInfo>(`info:${key.slice(6)}`);
      return { tools: hit, cached: true, info };
    }
    this.#o.events.emit({ type: "cache.miss", key: `tools:${server.name}` });
    const tools = await this.#o.timeouts.run(
      "discovery",
      { server: server.name, limitMs: server.timeouts?.discovery_ms, signal },
      (s) => this.#o.pool.listTools(server, s),
    );
    const info = this.#o.pool.serverInfo(server);
    if (this.#o.toolsTtlMs > 0) {
      await this.#o.cache.set(key, tools, this.#o.toolsTtlMs);
      if (info) await this.#o.cache.set(`info:${key.slice(6)}`, info, this.#o.toolsTtlMs);
    }
    return { tools, cached: false, info };
  }

  /** Set how long config-derived state (memoised catalogs) lives (`cache.config_ttl_s`). */
  setConfigTtl(ms: number): void {
    this.#configTtlMs = ms;
  }

  /**
   * The catalog for a set of servers, memoised under `memoKey` until invalidated, or until the
   * shorter of the tools TTL and the config TTL passes (so tool lists are re-discovered).
   */
  catalog(memoKey: string, servers: readonly ServerConfig[]): Promise<Catalog> {
    const now = Date.now();
    const hit = this.#catalogs.get(memoKey);
    if (hit && hit.expires > now) return hit.p;
    // Shared by concurrent callers, so it runs under discovery timeouts only, not a caller's signal.
    const p = this.#build(servers);
    const entry = { p, expires: now + Math.min(this.#o.toolsTtlMs, this.#configTtlMs) };
    this.#catalogs.set(memoKey, entry);
    // Don't memoise failures or partial results: retry next time.
    p.then((c) => {
      if (c.servers.some((s) => s.status !== "ok") && this.#catalogs.get(memoKey) === entry) {
        this.#catalogs.delete(memoKey);
      }
    }, () => {
      if (this.#catalogs.get(memoKey) === entry) this.#catalogs.delete(memoKey);
    });
    return p;
  }

  async #build(servers: readonly ServerConfig[]): Promise<Catalog> {
    const results = await Promise.all(servers.map(async (server) => {
      try {
        const { tools, cached, info } = await this.serverTools(server);
        return { server, tools, cached, info, error: undefined as SmgError | Error | undefined };
      } catch (e) {
        return { server, tools: [] as Tool[], cached: false, info: undefined, error: e as Error };
      }
    }));
    const all = results.flatMap((r) => r.tools.map((tool) => ({ server: r.server.name, tool })));
    const visible: { server: ServerConfig; tool: Tool }[] = [];
    const statuses: ServerDiscovery[] = [];
    for (const r of results) {
      if (r.error) {
        statuses.push({
          server: r.server.name,
          status: "error",
          error: r.error.message,
          error_code: r.error instanceof SmgError ? r.error.code : "upstream_error",
          tools: 0,
          hidden: 0,
          blocked: [],
          cached: false,
        });
        continue;
      }
      const allow = r.server.tools.length ? new Set(r.server.tools) : undefined;
      const allowed = allow ? r.tools.filter((t) => allow.has(t.name)) : r.tools;
      const filtered = this.#o.filter
        ? await this.#o.filter(r.server, allowed, { all, info: r.info })
        : { allowed, blocked: [] };
      for (const tool of filtered.allowed) visible.push({ server: r.server, tool });
      statuses.push({
        server: r.server.name,
        status: "ok",
        tools: filtered.allowed.length,
        hidden: r.tools.length - allowed.length,
        blocked: filtered.blocked,
        cached: r.cached,
      });
    }
    const names = assignPublicNames(
      visible.map((v) => ({ server: v.server.name, tool: v.tool.name })),
    );
    const tools = visible.map((v, i) => ({ publicName: names[i], server: v.server, tool: v.tool }));
    const byServer = new Map<string, Map<string, CatalogTool>>();
    for (const t of tools) {
      let m = byServer.get(t.server.name);
      if (!m) byServer.set(t.server.name, m = new Map());
      m.set(t.tool.name, t);
    }
    return {
      tools,
      byPublicName: new Map(tools.map((t) => [t.publicName, t])),
      byServer,
      servers: statuses,
    };
  }
}
