/**
 * Registry of bundled MCP servers. Literal static imports so `deno compile` embeds every one.
 * Add a server: write `bad_mcps/<name>.ts` exporting `info` and `create`, then list it here.
 */
import type { BadMcpInfo, ServerFactory } from "./_harness.ts";
import * as echo from "./echo.ts";

/** A registry entry. */
export interface BadMcpEntry {
  info: BadMcpInfo;
  create: ServerFactory;
}

/** Every bundled server, by name. */
export const BAD_MCPS: Readonly<Record<string, BadMcpEntry>> = Object.freeze({
  echo,
});
