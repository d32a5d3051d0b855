/** Admin command tree (server sets, servers, projects, users, keys, system, install, completions). */
import type { Command } from "@commander-js/extra-typings";

/** Register the admin commands on the root program. */
export function registerAdminCommands(_program: Command, _setExit: (code: number) => void): void {
  // Filled in by the admin work (issue 5).
}
