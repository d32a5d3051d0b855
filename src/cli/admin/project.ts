/** `smg project list|create|get|remove|use-set|users|add-user|remove-user|remove-all-users|export|search`. */
import type { Command } from "commander";
import * as projects from "../../admin/ops/projects.ts";
import { getUser } from "../../admin/ops/users.ts";
import { writeAtomic } from "../../config/store.ts";
import {
  act,
  change,
  collect,
  confirm,
  group,
  leaf,
  out,
  pretty,
  show,
  storeFor,
  table,
} from "./_util.ts";

/** Register the project commands. */
export function registerProject(program: Command): void {
  const g = group(program, "project", "manage projects (a server set, its users and their keys)");
  act(
    leaf(g, "list", "list projects", "smg project list --json").option(
      "--json",
      "machine-readable output",
    ),
    async (_, o) => {
      const rows = projects.listProjects(await storeFor(o).read());
      show(o, rows, () => table(rows));
    },
  );
  act(
    leaf(
      g,
      "create <id>",
      "create a project over a server set",
      "smg project create team --server-set default --user alice@example.com",
    )
      .requiredOption("-s, --server-set <set>", "the server set its clients see")
      .option("-n, --name <name>", "display name (default: the id)")
      .option("-d, --description <text>", "description")
      .option("-e, --exposure <mode>", "how tools are exposed: direct, meta or both", "direct")
      .option("-u, --user <user>", "a member (id or email; repeat)", collect),
    async ([id], o) => {
      await change(o, `create project ${id}`, (c) =>
        projects.createProject(c, {
          id,
          server_set: o.serverSet,
          exposure: o.exposure,
          ...(o.name ? { name: o.name } : {}),
          ...(o.description ? { description: o.description } : {}),
          users: (o.user as string[] | undefined) ?? [],
        }));
      out(`created project "${id}"`);
    },
  );
  act(
    leaf(g, "get <id>", "show a project", "smg project get team --json").option(
      "--json",
      "machine-readable output",
    ),
    async ([id], o) => {
      const p = { id, ...projects.getProject(await storeFor(o).read(), id) };
      show(o, p, () => pretty(p));
    },
  );
  act(
    leaf(g, "remove <id>", "remove a project and its keys", "smg project remove team --yes").option(
      "-y, --yes",
      "do not ask",
    ),
    async ([id], o) => {
      projects.getProject(await storeFor(o).read(), id);
      confirm(o, `remove project "${id}" and its keys`);
      const r = await change(o, `remove project ${id}`, (c) => projects.removeProject(c, id));
      out(`removed project "${id}" (${r.result.length} key(s) deleted)`);
    },
  );
  act(
    leaf(
      g,
      "use-set <id> <set>",
      "point a project at another server set",
      "smg project use-set team staging",
    ),
    async ([id, set], o) => {
      await change(o, `project ${id} uses ${set}`, (c) => projects.useSet(c, id, set));
      out(`project "${id}" now uses server set "${set}"`);
    },
  );
  act(
    leaf(g, "users <id>", "list a project's users", "smg project users team --json").option(
      "--json",
      "machine-readable output",
    ),
    async ([id], o) => {
      const c = await storeFor(o).read();
      const rows = projects.getProject(c, id).users.map((u) => getUser(c, u));
      show(o, rows, () => table(rows));
    },
  );
  act(
    leaf(
      g,
      "add-user <id> <user>",
      "add a user (id or email) to a project",
      "smg project add-user team alice@example.com",
    ),
    async ([id, user], o) => {
      await change(o, `add user to ${id}`, (c) => projects.addProjectUser(c, id, user));
      out(`added "${user}" to project "${id}"`);
    },
  );
  act(
    leaf(
      g,
      "remove-user <id> <user>",
      "remove a user from a project (their keys for it are deleted)",
      "smg project remove-user team alice@example.com --yes",
    )
      .option("-y, --yes", "do not ask"),
    async ([id, user], o) => {
      confirm(o, `remove "${user}" from project "${id}" and delete their keys for it`);
      const r = await change(
        o,
        `remove user from ${id}`,
        (c) => projects.removeProjectUser(c, id, user),
      );
      out(`removed "${user}" from project "${id}" (${r.result.length} key(s) deleted)`);
    },
  );
  act(
    leaf(
      g,
      "remove-all-users <id>",
      "remove every user from a project (and their keys for it)",
      "smg project remove-all-users team --yes",
    )
      .option("-y, --yes", "do not ask"),
    async ([id], o) => {
      projects.getProject(await storeFor(o).read(), id);
      confirm(o, `remove every user from project "${id}" and delete their keys for it`);
      const r = await change(
        o,
        `remove all users from ${id}`,
        (c) => projects.removeAllProjectUsers(c, id),
      );
      out(
        `removed ${r.result.users.length} user(s) and ${r.result.keys.length} key(s) from project "${id}"`,
      );
    },
  );
  act(
    leaf(
      g,
      "export <id>",
      "export a project with its server set and users (no keys) as JSON",
      "smg project export team -o team.json",
    )
      .option("-o, --out <file>", "write to FILE instead of stdout"),
    async ([id], o) => {
      const data = projects.exportProject(await storeFor(o).read(), id);
      const text = JSON.stringify(data, null, 2) + "\n";
      if (o.out) {
        await writeAtomic(o.out as string, text);
        out(`exported project "${id}" to ${o.out}`);
      } else out(text.trimEnd());
    },
  );
  act(
    leaf(
      g,
      "search <text>",
      "find projects by id, name, description or server set",
      "smg project search team",
    ).option("--json", "machine-readable output"),
    async ([q], o) => {
      const rows = projects.searchProjects(await storeFor(o).read(), q);
      show(o, rows, () => table(rows));
    },
  );
}
