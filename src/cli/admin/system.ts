/** `smg system health|backup|backups|restore|reset|version`, `smg config export|import`. */
import type { Command } from "commander";
import { health } from "../../admin/ops/system.ts";
import { resetConfig } from "../../admin/ops/system.ts";
import { restoreBackup } from "../../admin/restore.ts";
import { maskSecrets } from "../../config/secrets.ts";
import { writeAtomic } from "../../config/store.ts";
import { VERSION } from "../../version.ts";
import { act, confirm, group, leaf, note, out, readJson, show, storeFor, table } from "./_util.ts";

/** Register the system commands and `config export|import`. */
export function registerSystem(program: Command, setExit: (code: number) => void): void {
  const g = group(program, "system", "health, backups, restore and reset");
  act(
    leaf(
      g,
      "health",
      "check config validity, upstream reachability and Redis",
      "smg system health --json",
    ).option("--json", "machine-readable output"),
    async (_, o) => {
      const h = await health(storeFor(o));
      show(o, h, () =>
        table(
          [h.config, ...h.upstreams, ...(h.redis ? [h.redis] : [])].map((p) => ({
            check: p.name,
            ok: p.ok ? "ok" : "FAIL",
            detail: p.detail,
          })),
        ));
      if (!h.ok) {
        setExit(h.config.ok ? 1 : 2);
      }
    },
  );
  act(
    leaf(
      g,
      "backup [file]",
      "copy the config to FILE (default: a new file in the backup folder)",
      "smg system backup ~/smg-config-backup.json",
    ),
    async ([file], o) => {
      out(`backed up to ${await storeFor(o).backup(file)}`);
    },
  );
  act(
    leaf(g, "backups", "list backups, newest first", "smg system backups --json").option(
      "--json",
      "machine-readable output",
    ),
    async (_, o) => {
      const rows = await storeFor(o).listBackups();
      show(
        o,
        rows,
        () => table(rows.map(({ name, size, modified }) => ({ name, size, modified }))),
      );
    },
  );
  act(
    leaf(
      g,
      "restore <file>",
      "restore a backup (a path or a name from smg system backups); the current file is backed up first",
      "smg system restore config-2025-01-01T10-00-00-000Z-ab12-create-key.json --yes",
    )
      .option("-y, --yes", "do not ask"),
    async ([file], o) => {
      const store = storeFor(o);
      confirm(o, `replace ${store.path} with ${file}`);
      const r = await restoreBackup(store, file);
      out(`restored ${r.from}${r.backup ? ` (previous file saved as ${r.backup})` : ""}`);
    },
  );
  act(
    leaf(
      g,
      "reset",
      "empty the config (server sets, projects, users, keys); settings and admin key are kept, a backup is made",
      "smg system reset --confirm",
    )
      .option("--confirm", "required: confirms the reset")
      .option("-y, --yes", "same as --confirm"),
    async (_, o) => {
      const store = storeFor(o);
      confirm(o, `reset ${store.path} (every server set, project, user and key is removed)`);
      const r = await store.update((c) => {
        const fresh = resetConfig(c);
        for (const k of Object.keys(c) as (keyof typeof c)[]) delete c[k];
        Object.assign(c, fresh);
      }, { reason: "before reset" });
      out(`reset ${store.path}${r.backup ? ` (previous file saved as ${r.backup})` : ""}`);
    },
  );
  act(
    leaf(g, "version", "print the version", "smg system version --json").option(
      "--json",
      "machine-readable output",
    ),
    (_, o) => {
      show(o, { version: VERSION }, () => VERSION);
    },
  );

  const config = program.commands.find((c) => c.name() === "config");
  if (!config) return;
  act(
    leaf(
      config,
      "export <file>",
      "write the config to FILE (secrets as written; --mask hides literal ones)",
      "smg config export smg-config.json --mask",
    )
      .option("--mask", "replace literal secrets with ********"),
    async ([file], o) => {
      const c = await storeFor(o).read();
      await writeAtomic(file, JSON.stringify(o.mask ? maskSecrets(c) : c, null, 2) + "\n");
      out(`exported to ${file}`);
    },
  );
  act(
    leaf(
      config,
      "import <file>",
      "replace the config with FILE after validating it (a backup is kept)",
      "smg config import smg-config.json --yes",
    )
      .option("-y, --yes", "do not ask"),
    async ([file], o) => {
      const json = await readJson(file);
      const store = storeFor(o);
      confirm(o, `replace ${store.path} with ${file}`);
      const r = await store.replace(json, { reason: "before import" });
      if (r.backup) note(`previous config saved as ${r.backup}`);
      out(`imported ${file} into ${store.path}`);
    },
  );
}
