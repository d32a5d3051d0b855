/** `smg server-set list|add|get|copy|rename|remove|search`. */
import type { Command } from "commander";
import * as sets from "../../admin/ops/server_sets.ts";
import { listServers } from "../../admin/ops/servers.ts";
import { act, change, confirm, group, leaf, out, show, storeFor, table } from "./_util.ts";

/** Register the server-set commands. */
export function registerServerSet(program: Command): void {
  const g = group(program, "server-set", "manage server sets (named lists of upstream servers)");
  act(
    leaf(g, "list", "list server sets", "smg server-set list --json").option(
      "--json",
      "machine-readable output",
    ),
    async (_, o) => {
      const rows = sets.listSets(await storeFor(o).read());
      show(o, rows, () => table(rows));
    },
  );
  act(
    leaf(
      g,
      "add <name>",
      "add an empty server set",
      'smg server-set add work --description "tools for work"',
    )
      .option("-d, --description <text>", "description", ""),
    async ([name], o) => {
      await change(
        o,
        `add set ${name}`,
        (c) => sets.addSet(c, name, { description: o.description as string }),
      );
      out(`added server set "${name}"`);
    },
  );
  act(
    leaf(g, "get <name>", "show a server set and its servers", "smg server-set get default --json")
      .option("--json", "machine-readable output"),
    async ([name], o) => {
      const c = await storeFor(o).read();
      const set = sets.getSet(c, name);
      show(
        o,
        { name, ...set },
        () => `${name}: ${set.description || "(no description)"}\n${table(listServers(c, name))}`,
      );
    },
  );
  act(
    leaf(
      g,
      "copy <from> <to>",
      "copy a server set under a new name",
      "smg server-set copy default staging",
    ),
    async ([from, to], o) => {
      await change(o, `copy set ${from}`, (c) => sets.copySet(c, from, to));
      out(`copied server set "${from}" to "${to}"`);
    },
  );
  act(
    leaf(
      g,
      "rename <from> <to>",
      "rename a server set (projects using it follow)",
      "smg server-set rename default main",
    ),
    async ([from, to], o) => {
      const r = await change(o, `rename set ${from}`, (c) => sets.renameSet(c, from, to));
      out(
        `renamed server set "${from}" to "${to}"${
          r.result.length ? ` (projects moved: ${r.result.join(", ")})` : ""
        }`,
      );
    },
  );
  act(
    leaf(
      g,
      "remove <name>",
      "remove a server set that no project uses",
      "smg server-set remove staging --yes",
    ).option("-y, --yes", "do not ask"),
    async ([name], o) => {
      await storeFor(o).read().then((c) => sets.getSet(c, name));
      confirm(o, `remove server set "${name}"`);
      await change(o, `remove set ${name}`, (c) => sets.removeSet(c, name));
      out(`removed server set "${name}"`);
    },
  );
  act(
    leaf(
      g,
      "search <text>",
      "find server sets by name, description or server name",
      "smg server-set search github",
    ).option("--json", "machine-readable output"),
    async ([q], o) => {
      const rows = sets.searchSets(await storeFor(o).read(), q);
      show(o, rows, () => table(rows));
    },
  );
}
