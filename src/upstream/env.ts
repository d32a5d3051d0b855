/**
 * The environment a stdio upstream gets: only what its config entry sets plus a minimal
 * allowlist. Never the gateway's own secrets (SMG_*, ENKRYPT_*, the key, cloud credentials).
 */

/** Variables passed through from the gateway's environment when set. */
export const ENV_ALLOWLIST = [
  "PATH",
  "HOME",
  "USER",
  "LOGNAME",
  "SHELL",
  "TERM",
  "LANG",
  "LC_ALL",
  "TZ",
  "TMPDIR",
  "SystemRoot",
  "ComSpec",
  "PATHEXT",
  "USERPROFILE",
  "APPDATA",
  "LOCALAPPDATA",
  // Deno needs its cache dir to run bundled TypeScript servers without re-downloading.
  "DENO_DIR",
] as const;

/** Build the child's environment from the allowlist and the entry's own `env` (resolved). */
export function childEnv(
  entryEnv: Record<string, string>,
  parent: (name: string) => string | undefined = (n) => Deno.env.get(n),
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of ENV_ALLOWLIST) {
    const v = parent(name);
    if (v !== undefined) out[name] = v;
  }
  return { ...out, ...entryEnv };
}
