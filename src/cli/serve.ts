/** `smg serve`: stdio (default) or streamable HTTP, with hot reload and graceful shutdown. */
import { startAuditLog } from "../audit/jsonl_log.ts";
import { startAdminServer } from "../admin/server.ts";
import { KeyUsageRecorder } from "../config/key_usage.ts";
import { loadConfigFile } from "../config/load.ts";
import { ConfigStore } from "../config/store.ts";
import { UsageError } from "../errors.ts";
import { configPath } from "../config/paths.ts";
import { AuthError } from "../errors.ts";
import { createHttpHandler } from "../gateway/http.ts";
import { keyFromEnv, serveStdio } from "../gateway/stdio.ts";
import { Logger } from "../log/logger.ts";
import { GatewayRuntime } from "../runtime/runtime.ts";
import { createCache } from "./cache.ts";
import { guardsFor } from "./guards.ts";
import { CONFIG_CHECKS, embeddedDefault, loadUserConfig } from "./load.ts";
import { parseListen } from "./listen.ts";

export { parseListen };

/** Options of `smg serve`. */
export interface ServeOptions {
  config?: string;
  http?: string | boolean;
  /** Also serve the REST admin API here (e.g. 127.0.0.1:8001). */
  admin?: string;
}

function isLoopback(h: string): boolean {
  return h === "localhost" || h === "::1" || /^127\./.test(h);
}

/** Run the gateway until stopped. Returns the process exit code. */
export async function serve(opts: ServeOptions): Promise<number> {
  const logger = new Logger({ json: Deno.env.get("SMG_LOG_FORMAT") === "json" });
  let loaded = await loadUserConfig(opts.config);
  let demoKey: string | undefined;
  if (!loaded) {
    const d = embeddedDefault();
    loaded = d.loaded;
    demoKey = d.key;
    logger.warn(
      `no config at ${configPath(opts.config)}: running the embedded default (bundled echo server)`,
    );
    logger.warn(`demo gateway key (valid until this process exits): ${demoKey}`);
    logger.warn("run `smg init` to write a config with a permanent key");
  }
  if (opts.admin && demoKey) {
    throw new UsageError(
      "--admin needs a config file to manage: run smg init first (or pass --config)",
    );
  }
  const path = configPath(opts.config);
  const usage = demoKey ? undefined : new KeyUsageRecorder(path);
  usage?.start();
  const { cache, close: closeCache } = createCache(loaded.config.settings, logger);
  const rt = new GatewayRuntime(loaded, {
    logger,
    cache,
    guards: guardsFor,
    onAuthenticated: (id) => usage?.touch(id),
  });
  let admin: { port: number; shutdown(): Promise<void> } | undefined;
  if (opts.admin) {
    const a = parseListen(opts.admin);
    admin = await startAdminServer({
      store: new ConfigStore(path, { checks: CONFIG_CHECKS }),
      hostname: a.hostname,
      port: a.port,
      runtime: rt,
      logger,
    });
    logger.notice(`admin API on http://${a.hostname}:${admin.port}/api/v1 (docs: /docs)`);
  }
  const stopExtras = async () => {
    await admin?.shutdown();
    await usage?.stop();
    await closeCache();
  };
  const auditPath = loaded.config.settings.audit_log;
  const stopAudit = auditPath ? startAuditLog(rt.events, auditPath) : () => Promise.resolve();
  const stopWatch = demoKey ? () => {} : watchConfig(rt, path, logger);

  if (opts.http === undefined || opts.http === false) {
    let key = keyFromEnv();
    if (!key && demoKey) key = demoKey; // embedded default over stdio: the spawning client is the only party
    try {
      const { closed } = await serveStdio(rt, key);
      logger.info("serving MCP over stdio", { config: rt.source });
      await closed;
    } catch (e) {
      if (e instanceof AuthError) {
        logger.error(e.message);
        await rt.close();
        await stopAudit();
        await stopExtras();
        return 3;
      }
      throw e;
    } finally {
      stopWatch();
    }
    await rt.close();
    await stopAudit();
    await stopExtras();
    return 0;
  }

  const { hostname, port } = parseListen(opts.http);
  const handler = createHttpHandler(rt, {
    loopback: isLoopback(hostname),
    sessionIdleMs: rt.config.settings.http.session_idle_s * 1000,
  });
  const ready = Promise.withResolvers<number>();
  const httpServer = Deno.serve({
    hostname,
    port,
    onListen: (addr) => ready.resolve(addr.port),
  }, (req, info) => handler.handle(req, info));
  const bound = await ready.promise;
  // The exact line tests and scripts wait for.
  logger.notice(
    `listening on http://${hostname.includes(":") ? `[${hostname}]` : hostname}:${bound}/mcp`,
  );

  const stop = Promise.withResolvers<string>();
  const onSignal = (sig: string) => () => stop.resolve(sig);
  const sigint = onSignal("SIGINT");
  const sigterm = onSignal("SIGTERM");
  Deno.addSignalListener("SIGINT", sigint);
  if (Deno.build.os !== "windows") Deno.addSignalListener("SIGTERM", sigterm);
  const sig = await stop.promise;
  logger.info(`${sig}: shutting down (waiting for in-flight calls)`);
  handler.startDraining();
  const limit = Math.min(rt.config.settings.timeouts.tool_call_ms * 1.2, 30_000);
  const drained = await rt.drain(limit);
  if (!drained) logger.warn(`in-flight calls still running after ${limit} ms: closing anyway`);
  // Results are written to their response streams just after the calls settle.
  await handler.responsesDelivered(2000);
  await handler.closeAll();
  await httpServer.shutdown();
  await rt.close();
  await stopAudit();
  await stopExtras();
  stopWatch();
  Deno.removeSignalListener("SIGINT", sigint);
  if (Deno.build.os !== "windows") Deno.removeSignalListener("SIGTERM", sigterm);
  logger.info("stopped");
  return 0;
}

/** Watch the config file and reload on change (debounced). A bad file is reported, not applied. */
function watchConfig(rt: GatewayRuntime, path: string, logger: Logger): () => void {
  const dir = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) || "/" : ".";
  let watcher: Deno.FsWatcher;
  try {
    watcher = Deno.watchFs(dir, { recursive: false });
  } catch (e) {
    logger.warn("cannot watch config for changes", { error: (e as Error).message });
    return () => {};
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastText = "";
  const reload = async () => {
    try {
      const text = await Deno.readTextFile(path).catch(() => "");
      if (!text || text === lastText) return;
      const loaded = await loadConfigFile(path, { checks: CONFIG_CHECKS });
      if (!loaded) return;
      lastText = text;
      await rt.reload(loaded);
      logger.info("config reloaded", { source: path });
    } catch (e) {
      rt.events.emit({ type: "config.reload_failed", source: path, detail: (e as Error).message });
      logger.error("config change not applied (the running config stays in force)", {
        error: (e as Error).message,
      });
    }
  };
  Deno.readTextFile(path).then((t) => (lastText = t), () => {});
  (async () => {
    try {
      for await (const ev of watcher) {
        if (!ev.paths.some((p) => p === path || p.endsWith("/" + path.split("/").pop()))) continue;
        clearTimeout(timer);
        timer = setTimeout(reload, 100);
      }
    } catch {
      // watcher closed
    }
  })();
  return () => {
    clearTimeout(timer);
    try {
      watcher.close();
    } catch { /* closed */ }
  };
}
