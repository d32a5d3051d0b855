/**
 * The running gateway core: config, keys, pool, discovery, cache, timeouts, guards and the call
 * pipeline, shared by every client session and transport. Surfaces (stdio, HTTP, meta tools) call
 * into this and nothing else.
 */
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/types"
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { KeyIndex, type Principal } from "../auth/keys.ts";
import { MemoryCache } from "../cache/memory.ts";
import type { Cache } from "../cache/types.ts";
import type { LoadedConfig } from "../config/load.ts";
import type { Config } from "../config/schema.ts";
import { type Catalog, type DefinitionFilter, Discovery } from "../discovery/catalog.ts";
import { AuthError, SmgError } from "../errors.ts";
import { EventBus } from "../events/bus.ts";
import { Logger } from "../log/logger.ts";
import { buildCallPipeline } from "../pipeline/build.ts";
import type { CallContext, CallTarget } from "../pipeline/context.ts";
import { ALLOW_ALL, type GuardEngine } from "../pipeline/guard_engine.ts";
import { TimeoutManager } from "../timeouts/manager.ts";
import { serverKey, UpstreamPool } from "../upstream/pool.ts";
import type { ProjectRuntime } from "./project.ts";

/** Guards built from a config (wired in by the entry layer). */
export interface GuardSet {
  engine: GuardEngine;
  filter?: DefinitionFilter;
}

/** Options for {@link GatewayRuntime}. */
export interface RuntimeOptions {
  events?: EventBus;
  cache?: Cache;
  logger?: Logger;
  /** Build guards for a config; default allows everything. */
  guards?: (config: Config, runtime: GatewayRuntime) => GuardSet;
  /** Called with the key id after every successful authentication (last-used tracking). */
  onAuthenticated?: (keyId: string) => void;
}

/** A tool-call request from any surface. */
export interface CallRequest {
  principal: Principal;
  mode: "direct" | "meta";
  target: CallTarget;
  args: Record<string, unknown>;
  signal?: AbortSignal;
}

let callSeq = 0;

/** The gateway core. */
export class GatewayRuntime {
  readonly events: EventBus;
  readonly cache: Cache;
  readonly timeouts: TimeoutManager;
  readonly pool: UpstreamPool;
  readonly discovery: Discovery;
  readonly logger: Logger;
  #loaded!: LoadedConfig;
  #keys!: KeyIndex;
  #projects = new Map<string, ProjectRuntime>();
  #generation = 0;
  #guards: GuardSet = { engine: ALLOW_ALL };
  #guardFactory?: RuntimeOptions["guards"];
  #onAuth?: (keyId: string) => void;
  #pipeline: (ctx: CallContext) => Promise<void>;
  #inFlight = 0;
  #idle?: () => void;
  #closers: (() => Promise<void> | void)[] = [];

  constructor(loaded: LoadedConfig, opts: RuntimeOptions = {}) {
    this.events = opts.events ?? new EventBus();
    this.logger = opts.logger ?? new Logger();
    const s = loaded.config.settings;
    this.cache = opts.cache ?? new MemoryCache({ maxEntries: s.cache.max_entries });
    this.timeouts = new TimeoutManager(
      {
        connect: s.timeouts.connect_ms,
        discovery: s.timeouts.discovery_ms,
        tool_call: s.timeouts.tool_call_ms,
      },
      this.events,
    );
    this.pool = new UpstreamPool({
      events: this.events,
      timeouts: this.timeouts,
      logger: this.logger,
    });
    this.discovery = new Discovery({
      pool: this.pool,
      cache: this.cache,
      timeouts: this.timeouts,
      events: this.events,
      toolsTtlMs: s.cache.tools_ttl_s * 1000,
    });
    this.#guardFactory = opts.guards;
    this.#onAuth = opts.onAuthenticated;
    this.#pipeline = buildCallPipeline({
      events: this.events,
      discovery: this.discovery,
      timeouts: this.timeouts,
      pool: this.pool,
      guards: () => this.#guards.engine,
    });
    this.#apply(loaded);
  }

  /** The config in force (secrets resolved). */
  get config(): Config {
    return this.#loaded.config;
  }

  /** Where the config came from. */
  get source(): string {
    return this.#loaded.source;
  }

  /** Changes on every reload. */
  get generation(): number {
    return this.#generation;
  }

  #apply(loaded: LoadedConfig): void {
    this.#loaded = loaded;
    this.#generation++;
    this.#keys = new KeyIndex(loaded.config);
    this.logger.setSecrets(loaded.secretValues);
    this.logger.level = loaded.config.settings.log_level;
    const s = loaded.config.settings;
    this.timeouts.setLimits({
      connect: s.timeouts.connect_ms,
      discovery: s.timeouts.discovery_ms,
      tool_call: s.timeouts.tool_call_ms,
    });
    this.discovery.setToolsTtl(s.cache.tools_ttl_s * 1000);
    this.discovery.setConfigTtl(s.cache.config_ttl_s * 1000);
    this.#projects.clear();
    for (const [id, p] of Object.entries(loaded.config.projects)) {
      const set = loaded.config.server_sets[p.server_set];
      this.#projects.set(id, {
        id,
        name: p.name,
        exposure: p.exposure,
        serverSet: p.server_set,
        servers: set?.servers ?? [],
        catalogKey: `${id}@${this.#generation}`,
      });
    }
    this.#guards = this.#guardFactory
      ? this.#guardFactory(loaded.config, this)
      : { engine: ALLOW_ALL };
    this.discovery.setFilter(this.#guards.filter);
  }

  /**
   * Swap in a new config: keys, projects and guards take effect for the next request; sessions of
   * servers that left the config are closed; caches of changed servers drop with their keys.
   */
  async reload(loaded: LoadedConfig): Promise<void> {
    this.#apply(loaded);
    const keep = new Set(
      Object.values(loaded.config.server_sets).flatMap((s) => s.servers.map(serverKey)),
    );
    await this.pool.retain(keep);
    this.events.emit({ type: "config.reloaded", source: loaded.source });
  }

  /** Authenticate a gateway key against the current config. */
  authenticate(
    key: string | undefined | null,
    transport: "stdio" | "http",
    remote?: string,
  ): Principal {
    try {
      const p = this.#keys.authenticate(key);
      this.#onAuth?.(p.keyId);
      return p;
    } catch (e) {
      if (e instanceof AuthError) {
        this.events.emit({ type: "auth.failed", transport, code: e.code, remote });
      }
      throw e;
    }
  }

  /** Re-validate an authenticated session's key (deleted, disabled or expired keys fail). */
  recheck(keyId: string): Principal {
    return this.#keys.check(keyId);
  }

  /** The project a principal belongs to. */
  project(principal: Principal): ProjectRuntime {
    const p = this.#projects.get(principal.projectId);
    if (!p) throw new AuthError("key_invalid", `Project "${principal.projectId}" no longer exists`);
    return p;
  }

  /** The project's tool catalog. */
  catalog(project: ProjectRuntime): Promise<Catalog> {
    return this.discovery.catalog(project.catalogKey, project.servers);
  }

  /** Run one tool call through the pipeline. */
  async callTool(req: CallRequest): Promise<CallToolResult> {
    const ctx: CallContext = {
      callId: `c${Date.now().toString(36)}${(++callSeq).toString(36)}`,
      mode: req.mode,
      principal: req.principal,
      project: this.project(req.principal),
      target: req.target,
      args: req.args,
      clientSignal: req.signal,
      verdicts: [],
      state: new Map(),
    };
    this.#inFlight++;
    try {
      await this.#pipeline(ctx);
      if (!ctx.result) throw new SmgError("internal", "The call produced no result");
      return ctx.result;
    } finally {
      if (--this.#inFlight === 0) this.#idle?.();
    }
  }

  /** Number of tool calls in progress. */
  get inFlight(): number {
    return this.#inFlight;
  }

  /** Resolve when no call is in flight, or after `maxMs`. */
  drain(maxMs: number): Promise<boolean> {
    if (this.#inFlight === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const t = setTimeout(() => resolve(false), maxMs);
      this.#idle = () => {
        clearTimeout(t);
        resolve(true);
      };
    });
  }

  /** Clear caches: everything, one server's tools, or the memoised config-derived state. */
  async clearCache(scope: "all" | "server" | "config", serverName?: string): Promise<number> {
    let n = 0;
    if (scope === "all") n = await this.cache.clear();
    else if (scope === "server") {
      for (const set of Object.values(this.config.server_sets)) {
        for (const s of set.servers) {
          if (s.name === serverName) {
            n += (await this.cache.delete(`tools:${serverKey(s)}`)) ? 1 : 0;
          }
        }
      }
    } else n = await this.cache.clear("config:");
    this.discovery.invalidateCatalogs();
    this.events.emit({
      type: "cache.cleared",
      key: scope === "server" ? `tools:${serverName}` : scope,
      scope,
    });
    return n;
  }

  /**
   * Run `fn` when the runtime closes: for resources shared by every config generation (the guard
   * scan workers), which a reload must not close.
   */
  onClose(fn: () => Promise<void> | void): void {
    this.#closers.push(fn);
  }

  /** Close every upstream session (reaps children), then what {@link onClose} registered. */
  async close(): Promise<void> {
    await this.pool.closeAll();
    for (const fn of this.#closers.splice(0)) await fn();
  }
}
