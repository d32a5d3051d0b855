/**
 * Registry of bundled MCP servers. Literal static imports so `deno compile` embeds every one.
 * Add a server: write `bad_mcps/<name>.ts` exporting `info` and `create`, then list it here.
 * Files starting with `_` (shared helpers) are not servers.
 */
import type { BadMcpInfo, ServerFactory } from "./_harness.ts";
import * as ansi_injection from "./ansi_injection.ts";
import * as bad_output from "./bad_output.ts";
import * as command_injection from "./command_injection.ts";
import * as crash from "./crash.ts";
import * as credential_theft from "./credential_theft.ts";
import * as deceptive_names from "./deceptive_names.ts";
import * as echo from "./echo.ts";
import * as echo_oauth from "./echo_oauth.ts";
import * as malformed from "./malformed.ts";
import * as mpma from "./mpma.ts";
import * as path_traversal from "./path_traversal.ts";
import * as prompt_injection from "./prompt_injection.ts";
import * as rce from "./rce.ts";
import * as resource_exhaustion from "./resource_exhaustion.ts";
import * as rug_pull from "./rug_pull.ts";
import * as schema_poisoning from "./schema_poisoning.ts";
import * as session_management from "./session_management.ts";
import * as shadowing from "./shadowing.ts";
import * as slow from "./slow.ts";
import * as ssrf from "./ssrf.ts";
import * as tool_poisoning from "./tool_poisoning.ts";
import * as unauthenticated_access from "./unauthenticated_access.ts";

/** A registry entry. */
export interface BadMcpEntry {
  info: BadMcpInfo;
  create: ServerFactory;
}

/** Every bundled server, by name. */
export const BAD_MCPS: Readonly<Record<string, BadMcpEntry>> = Object.freeze({
  ansi_injection,
  bad_output,
  command_injection,
  crash,
  credential_theft,
  deceptive_names,
  echo,
  echo_oauth,
  malformed,
  mpma,
  path_traversal,
  prompt_injection,
  rce,
  resource_exhaustion,
  rug_pull,
  schema_poisoning,
  session_management,
  shadowing,
  slow,
  ssrf,
  tool_poisoning,
  unauthenticated_access,
});
