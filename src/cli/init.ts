/** `smg init`: write a working config without clobbering an existing one. */
import { starterConfig } from "../config/default.ts";
import { validateConfig } from "../config/load.ts";
import { configDir, configPath } from "../config/paths.ts";
import { UsageError } from "../errors.ts";
import { recommendedPolicies } from "./policies.ts";
import { CONFIG_CHECKS } from "./load.ts";

/** Result of init, for printing. */
export interface InitResult {
  path: string;
  key: string;
  backup?: string;
}

/** Write the starter config (with the recommended policies); `force` keeps a backup of the old file. */
export async function init(
  opts: { config?: string; force?: boolean; email?: string },
): Promise<InitResult> {
  const path = configPath(opts.config);
  let backup: string | undefined;
  const exists = await Deno.stat(path).then(() => true, () => false);
  if (exists && !opts.force) {
    throw new UsageError(
      `Cannot write ${path}: a config already exists (use --force to replace it; a backup is kept)`,
    );
  }
  const { config, key } = starterConfig({ policies: recommendedPolicies(), email: opts.email });
  validateConfig(config, "starter config", { checks: CONFIG_CHECKS });
  await Deno.mkdir(configDir(path), { recursive: true, mode: 0o700 });
  if (exists) {
    backup = `${path}.bak-${new Date().toISOString().replace(/[:.]/g, "-")}`;
    await Deno.copyFile(path, backup);
  }
  const tmp = `${path}.tmp-${crypto.randomUUID()}`;
  const f = await Deno.open(tmp, { write: true, createNew: true, mode: 0o600 });
  try {
    await f.write(new TextEncoder().encode(JSON.stringify(config, null, 2) + "\n"));
    await f.sync();
  } finally {
    f.close();
  }
  await Deno.rename(tmp, path);
  return { path, key: key.key, backup };
}
