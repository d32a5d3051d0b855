/** Serve the admin API over HTTP (`smg admin serve`, `smg serve --admin`). */
import type { ConfigStore } from "../config/store.ts";
import type { Logger } from "../log/logger.ts";
import type { GatewayRuntime } from "../runtime/runtime.ts";
import { createAdminHandler } from "./handler.ts";

/** Options for {@link startAdminServer}. */
export interface AdminServerOptions {
  store: ConfigStore;
  hostname: string;
  port: number;
  runtime?: GatewayRuntime;
  logger?: Logger;
}

/** A running admin server. */
export interface AdminServer {
  port: number;
  shutdown(): Promise<void>;
}

/** Start the admin API; resolves once it listens (port 0 picks a free port). */
export async function startAdminServer(opts: AdminServerOptions): Promise<AdminServer> {
  const handle = createAdminHandler({
    store: opts.store,
    runtime: opts.runtime,
    logger: opts.logger,
  });
  const ready = Promise.withResolvers<number>();
  const server = Deno.serve(
    {
      hostname: opts.hostname,
      port: opts.port,
      onListen: (addr) => ready.resolve(addr.port),
    },
    (req, info) =>
      handle(req, "hostname" in info.remoteAddr ? info.remoteAddr.hostname : "unknown"),
  );
  const port = await ready.promise;
  return { port, shutdown: () => server.shutdown() };
}
