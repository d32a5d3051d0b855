/** Admin command tree (server sets, servers, projects, users, keys, system, install, completions). */
import type { Command as TypedCommand } from "@commander-js/extra-typings";
import type { Command } from "commander";
import { registerAdmin } from "./admin.ts";
import { registerCompletions } from "./completions.ts";
import { registerInstall } from "./install.ts";
import { registerKey } from "./key.ts";
import { registerProject } from "./project.ts";
import { registerServer } from "./server.ts";
import { registerServerSet } from "./server_set.ts";
import { registerSystem } from "./system.ts";
import { registerUser } from "./user.ts";

/** Register the admin commands on the root program. */
export function registerAdminCommands(typed: TypedCommand, setExit: (code: number) => void): void {
  const program = typed as unknown as Command;
  registerServerSet(program);
  registerServer(program);
  registerProject(program);
  registerUser(program);
  registerKey(program);
  registerSystem(program, setExit);
  registerAdmin(program, setExit);
  registerInstall(program);
  registerCompletions(program);
}
