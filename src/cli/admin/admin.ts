/** `smg admin key create|rotate` and `smg admin serve`. */
import type { Command } from "commander";
import { setAdminKey } from "../../admin/ops/keys.ts";
import { Logger } from "../../log/logger.ts";
import { parseListen } from "../listen.ts";
import { act, change, group, leaf, note, out, storeFor } from "./_util.ts";

/** Register the admin commands. */
export function registerAdmin(program: Command, setExit: (code: number) => void): void {
  const g = group(program, "admin", "the admin key and the REST admin API");
  const key = group(g, "key", "create or rotate the admin key (for the REST API)");
  for (const mode of ["create", "rotate"] as const) {
    act(
      leaf(
        key,
        mode,
        mode === "create"
          ? "create the admin key (printed once)"
          : "replace the admin key (printed once; the old one stops working)",
        `smg admin key ${mode}`,
      )
        .option("--json", "machine-readable output"),
      async (_, o) => {
        const r = await change(o, `${mode} admin key`, (c) => setAdminKey(c, mode));
        if (o.json) out(JSON.stringify(r.result));
        else {
          out(r.result.key);
          note(
            `admin key ${
              mode === "create" ? "created" : "rotated"
            } (${r.result.prefix}…); it is shown once: store it now`,
          );
        }
      },
    );
  }
  act(
    leaf(
      g,
      "serve",
      "serve the REST admin API (routes under /api/v1, docs at /docs)",
      "smg admin serve --listen 127.0.0.1:8001",
    )
      .option("-l, --listen <addr>", "address (a bare port binds 127.0.0.1)", "127.0.0.1:8001"),
    async (_, o) => {
      const { hostname, port } = parseListen(o.listen as string);
      const store = storeFor(o);
      await store.read();
      const logger = new Logger({ json: Deno.env.get("SMG_LOG_FORMAT") === "json" });
      const { startAdminServer } = await import("../../admin/server.ts");
      const server = await startAdminServer({ store, hostname, port, logger });
      logger.notice(
        `admin API listening on http://${
          hostname.includes(":") ? `[${hostname}]` : hostname
        }:${server.port}/api/v1 (docs at /docs)`,
      );
      const stop = Promise.withResolvers<void>();
      const onSig = () => stop.resolve();
      Deno.addSignalListener("SIGINT", onSig);
      if (Deno.build.os !== "windows") Deno.addSignalListener("SIGTERM", onSig);
      await stop.promise;
      await server.shutdown();
      Deno.removeSignalListener("SIGINT", onSig);
      if (Deno.build.os !== "windows") Deno.removeSignalListener("SIGTERM", onSig);
      setExit(0);
    },
  );
}
