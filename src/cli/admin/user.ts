/** `smg user list|create|get|update|delete|projects|search`. */
import type { Command } from "commander";
import * as users from "../../admin/ops/users.ts";
import { listProjects } from "../../admin/ops/projects.ts";
import { UsageError } from "../../errors.ts";
import { act, change, confirm, group, leaf, out, pretty, show, storeFor, table } from "./_util.ts";

/** Register the user commands. */
export function registerUser(program: Command): void {
  const g = group(program, "user", "manage users (people or services that hold keys)");
  act(
    leaf(g, "list", "list users", "smg user list --json").option(
      "--json",
      "machine-readable output",
    ),
    async (_, o) => {
      const rows = users.listUsers(await storeFor(o).read());
      show(o, rows, () => table(rows));
    },
  );
  act(
    leaf(g, "create <email>", "create a user", 'smg user create alice@example.com --name "Alice"')
      .option("-n, --name <name>", "display name")
      .option("--id <id>", "user id (default: a short random one)")
      .option("--json", "machine-readable output"),
    async ([email], o) => {
      const r = await change(
        o,
        `create user`,
        (c) =>
          users.createUser(c, {
            email,
            ...(o.name ? { name: o.name } : {}),
            ...(o.id ? { id: o.id } : {}),
          }),
      );
      show(
        o,
        { id: r.result.id, ...r.result.user },
        () => `created user "${email}" (id ${r.result.id})`,
      );
    },
  );
  act(
    leaf(g, "get <user>", "show a user (id or email)", "smg user get alice@example.com --json")
      .option("--json", "machine-readable output"),
    async ([ref], o) => {
      const u = users.getUser(await storeFor(o).read(), ref);
      show(o, u, () => pretty(u));
    },
  );
  act(
    leaf(
      g,
      "update <user>",
      "change a user's email or name",
      'smg user update alice@example.com --name "Alice B."',
    )
      .option("--email <email>", "new email")
      .option("-n, --name <name>", "new name"),
    async ([ref], o) => {
      const patch = {
        ...(o.email ? { email: o.email } : {}),
        ...(o.name !== undefined ? { name: o.name } : {}),
      };
      if (!Object.keys(patch).length) {
        throw new UsageError(`Nothing to change for user "${ref}": pass --email or --name`);
      }
      await change(o, `update user`, (c) => users.updateUser(c, ref, patch));
      out(`updated user "${ref}"`);
    },
  );
  act(
    leaf(
      g,
      "delete <user>",
      "delete a user (--force also removes memberships and keys)",
      "smg user delete alice@example.com --force --yes",
    )
      .option("-f, --force", "also remove the user from projects and delete their keys")
      .option("-y, --yes", "do not ask"),
    async ([ref], o) => {
      users.getUser(await storeFor(o).read(), ref);
      confirm(o, `delete user "${ref}"${o.force ? " with their memberships and keys" : ""}`);
      const r = await change(o, `delete user`, (c) => users.deleteUser(c, ref, !!o.force));
      out(
        `deleted user "${ref}" (${r.result.projects.length} membership(s), ${r.result.keys.length} key(s) removed)`,
      );
    },
  );
  act(
    leaf(g, "projects <user>", "list a user's projects", "smg user projects alice@example.com")
      .option("--json", "machine-readable output"),
    async ([ref], o) => {
      const c = await storeFor(o).read();
      const u = users.getUser(c, ref);
      const rows = listProjects(c).filter((p) => u.projects.includes(p.id));
      show(o, rows, () => table(rows));
    },
  );
  act(
    leaf(g, "search <text>", "find users by id, email or name", "smg user search alice").option(
      "--json",
      "machine-readable output",
    ),
    async ([q], o) => {
      const rows = users.searchUsers(await storeFor(o).read(), q);
      show(o, rows, () => table(rows));
    },
  );
}
