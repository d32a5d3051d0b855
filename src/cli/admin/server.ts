/** `smg server list|add|get|update|remove|remove-all|set-policy` (within a server set). */
import type { Command } from "commander";
import { getSet } from "../../admin/ops/server_sets.ts";
import * as servers from "../../admin/ops/servers.ts";
import type { Config } from "../../config/schema.ts";
import { UsageError } from "../../errors.ts";
import {
  act,
  change,
  collect,
  confirm,
  group,
  leaf,
  type Opts,
  out,
  pairs,
  pretty,
  readJson,
  show,
  storeFor,
  table,
} from "./_util.ts";

function withSet(cmd: Command): Command {
  return cmd.option("-s, --set <set>", "server set (default: the only one, if there is one)");
}

function setName(c: Config, o: Opts): string {
  if (o.set) return o.set as string;
  const names = Object.keys(c.server_sets);
  if (names.length === 1) return names[0];
  throw new UsageError(
    `Pass --set SET: the config has ${names.length} server sets (${names.join(", ") || "none"})`,
  );
}

function serverOptions(cmd: Command): Command {
  return cmd
    .option("--command <cmd>", "stdio: the command to run")
    .option("--arg <arg>", "stdio: an argument (repeat for more)", collect)
    .option("--env <NAME=VALUE>", "stdio: an environment variable (repeat)", collect)
    .option(
      "--env-ref <NAME=VAR>",
      "stdio: an env variable taken from smg's environment VAR at load (repeat)",
      collect,
    )
    .option("--cwd <dir>", "stdio: working directory")
    .option("--url <url>", "remote: server URL")
    .option("--type <type>", "remote: http or sse")
    .option("--header <NAME=VALUE>", "remote: an HTTP header (repeat)", collect)
    .option(
      "--header-ref <NAME=VAR>",
      "remote: a header taken from smg's environment VAR (repeat)",
      collect,
    )
    .option("--tool <name>", "allow only this upstream tool (repeat; default: every tool)", collect)
    .option("-d, --description <text>", "description")
    .option(
      "--from-json <file>",
      "read the server (add) or the fields to change (update) as JSON from FILE or -",
    );
}

function fieldsFrom(o: Opts): Record<string, unknown> {
  const f: Record<string, unknown> = {};
  if (o.command !== undefined) f.command = o.command;
  if (o.arg) f.args = o.arg;
  const env = {
    ...pairs(o.env, "--env"),
    ...Object.fromEntries(
      Object.entries(pairs(o.envRef, "--env-ref")).map(([k, v]) => [k, { env: v }]),
    ),
  };
  if (Object.keys(env).length) f.env = env;
  if (o.cwd !== undefined) f.cwd = o.cwd;
  if (o.url !== undefined) f.url = o.url;
  if (o.type !== undefined) f.type = o.type;
  const headers = {
    ...pairs(o.header, "--header"),
    ...Object.fromEntries(
      Object.entries(pairs(o.headerRef, "--header-ref")).map(([k, v]) => [k, { env: v }]),
    ),
  };
  if (Object.keys(headers).length) f.headers = headers;
  if (o.tool) f.tools = o.tool;
  if (o.description !== undefined) f.description = o.description;
  return f;
}

/** Register the server commands. */
export function registerServer(program: Command): void {
  const g = group(program, "server", "manage the upstream servers of a server set");
  act(
    withSet(leaf(g, "list", "list the servers of a set", "smg server list --set default --json"))
      .option("--json", "machine-readable output"),
    async (_, o) => {
      const c = await storeFor(o).read();
      const set = setName(c, o);
      const rows = servers.listServers(c, set);
      show(o, o.json ? getSet(c, set).servers : rows, () => table(rows));
    },
  );
  act(
    serverOptions(
      withSet(
        leaf(
          g,
          "add <name>",
          "add a server (stdio --command or remote --url)",
          "smg server add github --set default --command npx --arg -y --arg @modelcontextprotocol/server-github --env-ref GITHUB_TOKEN=GITHUB_TOKEN",
        ),
      ),
    ),
    async ([name], o) => {
      const input = o.fromJson
        ? { name, ...(await readJson(o.fromJson as string) as Record<string, unknown>) }
        : { name, ...fieldsFrom(o) };
      const r = await change(
        o,
        `add server ${name}`,
        (c) => servers.addServer(c, setName(c, o), input),
      );
      out(`added server "${r.result.name}"`);
    },
  );
  act(
    withSet(
      leaf(g, "get <name>", "show one server (secrets masked)", "smg server get github --json"),
    ).option("--json", "machine-readable output"),
    async ([name], o) => {
      const c = await storeFor(o).read();
      const s = servers.getServer(c, setName(c, o), name);
      const masked = {
        ...s,
        env: Object.fromEntries(
          Object.entries(s.env).map(([k, v]) => [k, typeof v === "string" ? "********" : v]),
        ),
        headers: Object.fromEntries(
          Object.entries(s.headers).map(([k, v]) => [k, typeof v === "string" ? "********" : v]),
        ),
      };
      show(o, masked, () => pretty(masked));
    },
  );
  act(
    serverOptions(
      withSet(
        leaf(
          g,
          "update <name>",
          "change fields of a server (others are kept)",
          "smg server update github --tool search_issues --tool get_issue",
        ),
      ),
    ),
    async ([name], o) => {
      const patch = o.fromJson
        ? await readJson(o.fromJson as string) as Record<string, unknown>
        : fieldsFrom(o);
      if (!Object.keys(patch).length) {
        throw new UsageError(
          `Nothing to change for server "${name}": pass options such as --url or --from-json FILE`,
        );
      }
      await change(
        o,
        `update server ${name}`,
        (c) => servers.updateServer(c, setName(c, o), name, patch),
      );
      out(`updated server "${name}"`);
    },
  );
  act(
    withSet(leaf(g, "remove <name>", "remove a server", "smg server remove github --yes")).option(
      "-y, --yes",
      "do not ask",
    ),
    async ([name], o) => {
      const c = await storeFor(o).read();
      servers.getServer(c, setName(c, o), name);
      confirm(o, `remove server "${name}"`);
      await change(o, `remove server ${name}`, (c) => servers.removeServer(c, setName(c, o), name));
      out(`removed server "${name}"`);
    },
  );
  act(
    withSet(
      leaf(
        g,
        "remove-all",
        "remove every server of a set",
        "smg server remove-all --set staging --yes",
      ),
    ).option("-y, --yes", "do not ask"),
    async (_, o) => {
      const set = setName(await storeFor(o).read(), o);
      confirm(o, `remove every server of set "${set}"`);
      const r = await change(o, `remove all servers`, (c) => servers.removeAllServers(c, set));
      out(`removed ${r.result} server(s) from "${set}"`);
    },
  );
  act(
    withSet(
      leaf(
        g,
        "set-policy <name>",
        "set a server's input, output or tool policy",
        "smg server set-policy github --kind input --detector secrets=block --detector pii=redact",
      ),
    )
      .requiredOption("-k, --kind <kind>", "input, output or tool")
      .option("--from-json <file>", "the whole policy as JSON (FILE or -)")
      .option(
        "--detector <id=action>",
        "a detector and its action: block, redact, warn, off (repeat)",
        collect,
      )
      .option("--disable", "keep the policy but switch it off")
      .option("--clear", "remove the policy"),
    async ([name], o) => {
      const kind = o.kind as servers.PolicyKind;
      const r = await change(o, `set ${kind} policy`, async (c) => {
        const set = setName(c, o);
        if (o.clear) return servers.setPolicy(c, set, name, kind, null);
        let policy: Record<string, unknown>;
        if (o.fromJson) policy = await readJson(o.fromJson as string) as Record<string, unknown>;
        else {
          const cur = servers.getPolicies(c, set, name)[kind] ?? { enabled: true, detectors: {} };
          const dets = { ...cur.detectors } as Record<string, unknown>;
          for (const [id, action] of Object.entries(pairs(o.detector, "--detector"))) {
            dets[id] = { action };
          }
          policy = { ...cur, detectors: dets };
        }
        if (o.disable) policy.enabled = false;
        return servers.setPolicy(c, set, name, kind, policy);
      });
      out(r.result ? `set ${kind} policy of "${name}"` : `removed ${kind} policy of "${name}"`);
    },
  );
}
