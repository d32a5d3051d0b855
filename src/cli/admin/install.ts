/** `smg install --client …`: add smg to an MCP client's own config file. */
import type { Command } from "commander";
import { createKey } from "../../admin/ops/keys.ts";
import { configPath, homeDir } from "../../config/paths.ts";
import { writeAtomic } from "../../config/store.ts";
import { UsageError } from "../../errors.ts";
import { runningUnderDeno, SMG_PERMISSION_FLAGS } from "../../upstream/self.ts";
import { act, change, leaf, note, type Opts, out, storeFor } from "./_util.ts";
import {
  clientConfigPath,
  clientEntry,
  type ClientId,
  CLIENTS,
  mergeJson,
  rootKey,
  type Target,
} from "./install_clients.ts";
import { mergeToml, tomlTable } from "./install_toml.ts";

const MAIN = new URL("../../../main.ts", import.meta.url);
const PLACEHOLDER = "<SMG_GATEWAY_KEY>";

function absolute(p: string): string {
  return p.startsWith("/") || /^[A-Za-z]:[\\/]/.test(p) ? p : `${Deno.cwd()}/${p}`;
}

/** How a client starts this smg over stdio. */
export function smgStdioCommand(config: string): { command: string; args: string[] } {
  const tail = ["serve", "--config", absolute(config)];
  if (runningUnderDeno() && MAIN.protocol === "file:") {
    return {
      command: Deno.execPath(),
      args: ["run", "--no-prompt", ...SMG_PERMISSION_FLAGS, MAIN.pathname, ...tail],
    };
  }
  return { command: Deno.execPath(), args: tail };
}

async function issueKey(o: Opts, client: ClientId): Promise<string> {
  const store = storeFor(o);
  const c = await store.read();
  let project = o.project as string | undefined;
  if (!project) {
    const ids = Object.keys(c.projects);
    if (ids.length !== 1) {
      throw new UsageError(
        `Pass --project (or --key): the config has ${ids.length} projects (${
          ids.join(", ") || "none"
        })`,
      );
    }
    project = ids[0];
  }
  const user = (o.user as string | undefined) ?? c.projects[project]?.users[0];
  if (!user) throw new UsageError(`Pass --user (or --key): project "${project}" has no users`);
  const r = await change(
    o,
    `install ${client}`,
    (cfg) => createKey(cfg, { project, user, name: `install:${client}` }),
  );
  note(
    `created key ${r.result.id} (${r.result.record.prefix}…) for ${r.result.record.user} in project "${project}"`,
  );
  return r.result.key;
}

/** Register `smg install`. */
export function registerInstall(program: Command): void {
  act(
    leaf(
      program,
      "install",
      "add smg to an MCP client's config file (merged, with a backup)",
      "smg install --client vscode --http http://127.0.0.1:8000/mcp",
    )
      .requiredOption("--client <client>", `one of ${CLIENTS.join(", ")}`)
      .option("--http <url>", "use the HTTP gateway at URL instead of starting smg over stdio")
      .option("--name <name>", "entry name in the client's config", "smg")
      .option("--key <key>", "gateway key to use (default: create a fresh one)")
      .option("-p, --project <project>", "project of the new key (default: the only project)")
      .option("-u, --user <user>", "user of the new key (default: the project's first user)")
      .option("--print", "print the entry instead of writing it (no key is created)"),
    async (_, o) => {
      const client = o.client as ClientId;
      if (!CLIENTS.includes(client)) {
        throw new UsageError(`Unknown client "${client}": use one of ${CLIENTS.join(", ")}`);
      }
      const name = o.name as string;
      if (!/^[A-Za-z0-9_-]{1,64}$/.test(name)) {
        throw new UsageError(`Invalid --name "${name}": use letters, digits, '_' or '-'`);
      }
      if (o.http) {
        try {
          new URL(o.http as string);
        } catch {
          throw new UsageError(
            `Invalid --http URL "${o.http}": use e.g. http://127.0.0.1:8000/mcp`,
          );
        }
      }
      const target = (key: string): Target =>
        o.http
          ? { kind: "http", url: o.http as string, headers: { Authorization: `Bearer ${key}` } }
          : {
            kind: "stdio",
            ...smgStdioCommand(configPath(o.config as string | undefined)),
            env: { SMG_GATEWAY_KEY: key },
          };
      clientEntry(client, target(PLACEHOLDER)); // refuse unsupported combinations before anything is written
      const file = clientConfigPath(client, {
        os: Deno.build.os,
        home: homeDir(),
        get: (n) => Deno.env.get(n),
      });
      if (o.print) {
        const entry = clientEntry(client, target((o.key as string | undefined) ?? PLACEHOLDER));
        out(
          client === "codex"
            ? tomlTable(rootKey(client), name, entry).trimEnd()
            : JSON.stringify({ [rootKey(client)]: { [name]: entry } }, null, 2),
        );
        note(`would be merged into ${file}`);
        return;
      }
      const old = await Deno.readTextFile(file).catch((e) => {
        if (e instanceof Deno.errors.NotFound) return null;
        throw new UsageError(`Cannot read ${file}: ${(e as Error).message}`);
      });
      if (client !== "codex") mergeJson(old, client, name, {}, file); // validate the file before a key is created
      const key = (o.key as string | undefined) ?? await issueKey(o, client);
      const entry = clientEntry(client, target(key));
      const merged = client === "codex"
        ? mergeToml(old, rootKey(client), name, tomlTable(rootKey(client), name, entry))
        : mergeJson(old, client, name, entry, file);
      await Deno.mkdir(file.slice(0, file.lastIndexOf("/")), { recursive: true });
      let backup: string | undefined;
      if (old !== null) {
        backup = `${file}.bak-${new Date().toISOString().replace(/[:.]/g, "-")}`;
        await writeAtomic(backup, old);
      }
      await writeAtomic(file, merged.text);
      out(
        `${merged.replaced ? "updated" : "added"} "${name}" in ${file}${
          backup ? ` (backup: ${backup})` : ""
        }`,
      );
      note(`restart ${client} to pick it up`);
    },
  );
}
