/** Where the config file lives: `--config PATH` > `SMG_CONFIG` > `~/.smg/config.json`. */

/** The user's home directory (HOME, or USERPROFILE on Windows). */
export function homeDir(): string {
  return Deno.env.get("HOME") ?? Deno.env.get("USERPROFILE") ?? ".";
}

/** Resolve the config path from an explicit flag, then `SMG_CONFIG`, then the default. */
export function configPath(explicit?: string): string {
  if (explicit) return explicit;
  const fromEnv = Deno.env.get("SMG_CONFIG");
  if (fromEnv) return fromEnv;
  return `${homeDir()}/.smg/config.json`;
}

/** The directory that holds the config file (pins, backups live beside it). */
export function configDir(path: string): string {
  const i = path.lastIndexOf("/");
  return i <= 0 ? "." : path.slice(0, i);
}
