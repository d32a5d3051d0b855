/** REST routes for the system (health, backups, restore, version) and the gateway cache. */
import { z } from "zod";
import { VERSION } from "../version.ts";
import { AdminError } from "./errors.ts";
import { health } from "./ops/system.ts";
import { restoreBackup } from "./restore.ts";
import { type Route, route, type RouteContext } from "./route.ts";

const RestoreSchema = z.object({
  name: z.string().min(1).describe("a backup name from GET /system/backups"),
}).strict();
const ClearSchema = z.object({
  scope: z.enum(["all", "server", "config"]).default("all"),
  server: z.string().optional(),
}).strict();

function runtimeOf(ctx: RouteContext) {
  if (!ctx.runtime) {
    throw new AdminError(
      "unavailable",
      "No gateway runs in this process: start the admin API with smg serve --http ADDR --admin ADDR to manage the cache",
    );
  }
  return ctx.runtime;
}

/** System and cache routes. */
export const SYSTEM_ROUTES: Route[] = [
  route({
    method: "GET",
    path: "/system/health",
    tag: "system",
    summary: "Config validity, upstream reachability, Redis",
    handler: async (ctx) => {
      const h = await health(ctx.store);
      return { status: h.ok ? 200 : 503, body: h };
    },
  }),
  route({
    method: "GET",
    path: "/system/version",
    tag: "system",
    summary: "smg version",
    handler: () => Promise.resolve({ body: { version: VERSION } }),
  }),
  route({
    method: "GET",
    path: "/system/backups",
    tag: "system",
    summary: "List backups, newest first",
    handler: async (ctx) => ({
      body: (await ctx.store.listBackups()).map(({ name, size, modified }) => ({
        name,
        size,
        modified,
      })),
    }),
  }),
  route({
    method: "POST",
    path: "/system/backup",
    tag: "system",
    summary: "Make a backup now (in the backup folder)",
    status: 201,
    handler: async (ctx) => {
      const path = await ctx.store.backup(undefined, "api");
      return { body: { name: path.slice(path.lastIndexOf("/") + 1) } };
    },
  }),
  route({
    method: "POST",
    path: "/system/restore",
    tag: "system",
    summary: "Restore a backup by name (the current file is backed up first)",
    body: RestoreSchema,
    handler: async (ctx) => {
      const name = (ctx.body as z.infer<typeof RestoreSchema>).name;
      if (name.includes("/") || name.includes("\\") || name.startsWith(".")) {
        throw new AdminError(
          "bad_request",
          `Cannot restore "${name}": give a backup name from GET /system/backups, not a path`,
          "$.name",
        );
      }
      const r = await restoreBackup(ctx.store, name);
      return {
        body: {
          restored: name,
          previous_saved_as: r.backup?.slice(r.backup.lastIndexOf("/") + 1) ?? null,
        },
      };
    },
  }),
  route({
    method: "GET",
    path: "/cache",
    tag: "cache",
    summary: "Cache statistics of the running gateway",
    handler: async (ctx) => ({ body: await runtimeOf(ctx).cache.stats() }),
  }),
  route({
    method: "POST",
    path: "/cache/clear",
    tag: "cache",
    summary: "Clear the cache: all, one server's tools, or config-derived entries",
    body: ClearSchema,
    handler: async (ctx) => {
      const b = ctx.body as z.infer<typeof ClearSchema>;
      if (b.scope === "server" && !b.server) {
        throw new AdminError("validation_failed", `scope "server" needs "server"`, "$.server");
      }
      const scope = b.scope ?? "all";
      return { body: { cleared: await runtimeOf(ctx).clearCache(scope, b.server), scope } };
    },
  }),
];
