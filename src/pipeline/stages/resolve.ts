/**
 * Stage 2: discovery + allowlist + resolve the tool. Only tools in the project's catalog (allowed by
 * the allowlist and not blocked by definition guards or pins) can be called, in every mode.
 */
import type { Discovery } from "../../discovery/catalog.ts";
import { UnknownToolError } from "../../errors.ts";
import type { EventBus } from "../../events/bus.ts";
import type { Middleware } from "../compose.ts";
import type { CallContext } from "../context.ts";

/** Resolve `ctx.target` to a catalog tool or fail with UnknownToolError. */
export function resolveStage(discovery: Discovery, events: EventBus): Middleware<CallContext> {
  return async (ctx, next) => {
    const catalog = await discovery.catalog(ctx.project.catalogKey, ctx.project.servers);
    const t = ctx.target;
    if (t.kind === "public") {
      ctx.resolved = catalog.byPublicName.get(t.publicName);
      if (!ctx.resolved) {
        throw new UnknownToolError(t.publicName, "list tools to see the available names");
      }
    } else {
      const status = catalog.servers.find((s) => s.server === t.server);
      if (!status) {
        throw new UnknownToolError(t.tool, `server "${t.server}" is not in this project`);
      }
      ctx.resolved = catalog.byServer.get(t.server)?.get(t.tool);
      if (!ctx.resolved) {
        const blocked = status.blocked.find((b) => b.tool === t.tool);
        const why = status.status === "error"
          ? `server "${t.server}" is unavailable: ${status.error}`
          : blocked
          ? `the tool definition was blocked by ${blocked.detector}: ${blocked.reason}`
          : `server "${t.server}" has no such tool, or it is not in the allowlist`;
        throw new UnknownToolError(t.tool, why);
      }
    }
    events.emit({
      type: "call.started",
      call_id: ctx.callId,
      project: ctx.project.id,
      user: ctx.principal.userId,
      server: ctx.resolved.server.name,
      tool: ctx.resolved.tool.name,
      mode: ctx.mode,
      arg_bytes: approxBytes(ctx.args),
    });
    await next();
  };
}

function approxBytes(v: unknown): number {
  try {
    return JSON.stringify(v)?.length ?? 0;
  } catch {
    return -1;
  }
}
