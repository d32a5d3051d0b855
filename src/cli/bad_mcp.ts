/** `smg bad-mcp list|run`: the bundled test servers, embedded in the binary. */
import { BAD_MCPS } from "../../bad_mcps/registry.ts";
import { runBadMcp } from "../../bad_mcps/_harness.ts";
import { UsageError } from "../errors.ts";
import { sanitizeForTerminal } from "../log/logger.ts";

/** Rows for `smg bad-mcp list`. */
export function listBadMcps(): { name: string; attack: string; stopped_by: string }[] {
  return Object.values(BAD_MCPS).map((e) => ({
    name: e.info.name,
    attack: e.info.attack,
    stopped_by: e.info.stoppedBy,
  }));
}

/**
 * Drop this process's permissions before running a hostile server in-process (the compiled binary
 * has the gateway's permissions baked in). Network stays only for `--http`.
 */
function dropPermissions(keepNet: boolean): void {
  const names: Deno.PermissionName[] = ["read", "write", "env", "run", "sys", "ffi"];
  if (!keepNet) names.push("net");
  for (const name of names) {
    try {
      Deno.permissions.revokeSync({ name } as Deno.PermissionDescriptor);
    } catch {
      // not supported for this name on this runtime
    }
  }
}

/** Run one bundled server over stdio or HTTP. */
export async function runNamedBadMcp(name: string, opts: { http?: string }): Promise<void> {
  const entry = BAD_MCPS[name];
  if (!entry) {
    throw new UsageError(
      `Unknown bundled server "${
        sanitizeForTerminal(name)
      }": run smg bad-mcp list to see the names`,
    );
  }
  let httpPort: number | undefined;
  if (opts.http !== undefined) {
    httpPort = Number(opts.http);
    if (!Number.isInteger(httpPort) || httpPort < 0 || httpPort > 65535) {
      throw new UsageError(`Invalid --http port "${opts.http}": give a number between 0 and 65535`);
    }
  }
  dropPermissions(httpPort !== undefined);
  await runBadMcp(entry.create, { httpPort });
}
