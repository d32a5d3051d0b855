/** An in-process gateway (real runtime, real guards, real upstream child processes) for fast tests. */
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/client/index"
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/inMemory"
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { generateKey } from "../../src/auth/keys.ts";
import { guardsFor } from "../../src/cli/guards.ts";
import { CONFIG_CHECKS } from "../../src/cli/load.ts";
import { validateConfig } from "../../src/config/load.ts";
import type { SmgEvent } from "../../src/events/types.ts";
import { createGatewayServer } from "../../src/gateway/server.ts";
import { Logger } from "../../src/log/logger.ts";
import { GatewayRuntime } from "../../src/runtime/runtime.ts";
import { type ServerEntry, testGuardSettings } from "./config.ts";

/** A running in-process gateway. */
export interface InProcess {
  rt: GatewayRuntime;
  client: Client;
  events: SmgEvent[];
  close(): Promise<void>;
}

/** Start a gateway over `servers` (one project, exposure both) and connect an SDK client in memory. */
export async function inProcessGateway(
  servers: ServerEntry[],
  opts: { settings?: Record<string, unknown>; exposure?: "direct" | "meta" | "both" } = {},
): Promise<InProcess> {
  const k = generateKey();
  const loaded = validateConfig(
    {
      settings: { log_level: "error", ...testGuardSettings(), ...(opts.settings ?? {}) },
      server_sets: { s: { servers } },
      projects: {
        p: { name: "P", server_set: "s", exposure: opts.exposure ?? "both", users: ["u"] },
      },
      users: { u: { email: "t@example.com" } },
      keys: { k: { hash: k.hash, prefix: k.prefix, project: "p", user: "u" } },
    },
    "test config",
    { checks: CONFIG_CHECKS },
  );
  const rt = new GatewayRuntime(loaded, {
    guards: guardsFor,
    logger: new Logger({ level: "error" }),
  });
  const events: SmgEvent[] = [];
  rt.events.subscribe((e) => events.push(e));
  const p = rt.authenticate(k.key, "stdio");
  const server = createGatewayServer(rt, () => rt.recheck(p.keyId));
  const [a, b] = InMemoryTransport.createLinkedPair();
  await server.connect(b);
  const client = new Client({ name: "test", version: "1" });
  await client.connect(a);
  return {
    rt,
    client,
    events,
    close: async () => {
      await client.close();
      await server.close();
      await rt.close();
    },
  };
}
