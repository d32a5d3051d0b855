/** Restore a backup: read it, validate it, and put it in place (even over an invalid current file). */
import { ConfigError } from "../errors.ts";
import type { ConfigStore, UpdateResult } from "../config/store.ts";
import { AdminError } from "./errors.ts";

/** Restore from `file` (a path, or a name in the store's backup folder). */
export async function restoreBackup(
  store: ConfigStore,
  file: string,
): Promise<UpdateResult<undefined> & { from: string }> {
  const candidates = file.includes("/") ? [file] : [`${store.backupDir}/${file}`, file];
  let text: string | undefined;
  let from = file;
  for (const c of candidates) {
    try {
      text = await Deno.readTextFile(c);
      from = c;
      break;
    } catch { /* try the next */ }
  }
  if (text === undefined) {
    throw new AdminError(
      "not_found",
      `Cannot restore "${file}": no such file (list backups with smg system backups)`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(from, [{
      path: "$",
      message: `not valid JSON: ${(e as Error).message}`,
    }]);
  }
  const r = await store.replace(json, { reason: "before restore", overwriteInvalid: true });
  return { ...r, from };
}
