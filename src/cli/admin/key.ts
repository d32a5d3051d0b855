/** `smg key create|list|get|rotate|disable|enable|delete|delete-all`. */
import type { Command } from "commander";
import * as keys from "../../admin/ops/keys.ts";
import { readKeyUsage } from "../../config/key_usage.ts";
import {
  act,
  change,
  confirm,
  group,
  leaf,
  note,
  out,
  pretty,
  show,
  storeFor,
  table,
} from "./_util.ts";

/** Register the key commands. */
export function registerKey(program: Command): void {
  const g = group(program, "key", "manage gateway keys (stored hashed; shown once)");
  act(
    leaf(
      g,
      "create",
      "create a key for a user of a project (printed once)",
      "smg key create --project team --user alice@example.com --expires-in 30d",
    )
      .requiredOption("-p, --project <project>", "project")
      .requiredOption("-u, --user <user>", "user (id or email)")
      .option("-n, --name <name>", "a label, e.g. the client it is for")
      .option("--expires-in <duration>", "lifetime such as 30d, 12h, 2w")
      .option("--json", "machine-readable output"),
    async (_, o) => {
      const r = await change(o, `create key`, (c) =>
        keys.createKey(c, {
          project: o.project,
          user: o.user,
          ...(o.name ? { name: o.name } : {}),
          ...(o.expiresIn ? { expires_in: o.expiresIn } : {}),
        }));
      const { id, key, record } = r.result;
      if (o.json) {
        out(
          JSON.stringify({
            id,
            key,
            prefix: record.prefix,
            project: record.project,
            user: record.user,
            expires_at: record.expires_at ?? null,
          }),
        );
      } else {
        out(key);
        note(
          `created key ${id} (${record.prefix}…) for ${record.user} in project "${record.project}"${
            record.expires_at ? `, expires ${record.expires_at}` : ""
          }; it is shown once: store it now`,
        );
      }
    },
  );
  act(
    leaf(
      g,
      "list",
      "list keys: prefix, owner, project, created, last used, status, expiry",
      "smg key list --project team --json",
    )
      .option("-p, --project <project>", "only this project")
      .option("-u, --user <user>", "only this user")
      .option("--json", "machine-readable output"),
    async (_, o) => {
      const store = storeFor(o);
      const rows = keys.listKeys(await store.read(), {
        project: o.project as string | undefined,
        user: o.user as string | undefined,
        lastUsed: await readKeyUsage(store.path),
      });
      show(o, rows, () => table(rows.map(({ email: _e, ...r }) => r)));
    },
  );
  act(
    leaf(g, "get <key>", "show a key's metadata (id or prefix)", "smg key get k_AbC12 --json")
      .option("--json", "machine-readable output"),
    async ([ref], o) => {
      const store = storeFor(o);
      const c = await store.read();
      const { id } = keys.resolveKey(c, ref);
      const row = keys.listKeys(c, { lastUsed: await readKeyUsage(store.path) }).find((r) =>
        r.id === id
      );
      show(o, row, () => pretty(row));
    },
  );
  act(
    leaf(
      g,
      "rotate <key>",
      "replace a key's secret (printed once; the old one stops working)",
      "smg key rotate k_AbC12 --yes",
    )
      .option("-y, --yes", "do not ask")
      .option("--json", "machine-readable output"),
    async ([ref], o) => {
      keys.resolveKey(await storeFor(o).read(), ref);
      confirm(o, `rotate key "${ref}" (the current key stops working)`);
      const r = await change(o, `rotate key`, (c) => keys.rotateKey(c, ref));
      if (o.json) {
        out(JSON.stringify({ id: r.result.id, key: r.result.key, prefix: r.result.record.prefix }));
      } else {
        out(r.result.key);
        note(`rotated key ${r.result.id}; the new key is shown once: store it now`);
      }
    },
  );
  for (const [verb, disabled] of [["disable", true], ["enable", false]] as const) {
    act(
      leaf(
        g,
        `${verb} <key>`,
        `${verb} a key (takes effect on a running gateway within a second)`,
        `smg key ${verb} k_AbC12`,
      ),
      async ([ref], o) => {
        const r = await change(o, `${verb} key`, (c) => keys.setKeyDisabled(c, ref, disabled));
        out(`${verb}d key ${r.result.id} (${r.result.record.prefix}…)`);
      },
    );
  }
  act(
    leaf(g, "delete <key>", "delete a key", "smg key delete k_AbC12 --yes").option(
      "-y, --yes",
      "do not ask",
    ),
    async ([ref], o) => {
      keys.resolveKey(await storeFor(o).read(), ref);
      confirm(o, `delete key "${ref}"`);
      const r = await change(o, `delete key`, (c) => keys.deleteKey(c, ref));
      out(`deleted key ${r.result}`);
    },
  );
  act(
    leaf(
      g,
      "delete-all",
      "delete every key (optionally only of a project or user)",
      "smg key delete-all --project team --yes",
    )
      .option("-p, --project <project>", "only this project")
      .option("-u, --user <user>", "only this user")
      .option("-y, --yes", "do not ask"),
    async (_, o) => {
      const scope = [
        o.project ? `of project "${o.project}"` : "",
        o.user ? `of user "${o.user}"` : "",
      ].filter(Boolean).join(" ");
      confirm(o, `delete every key${scope ? " " + scope : ""}`);
      const r = await change(
        o,
        `delete all keys`,
        (c) => keys.deleteAllKeys(c, { project: o.project as string, user: o.user as string }),
      );
      out(`deleted ${r.result.length} key(s)`);
    },
  );
}
