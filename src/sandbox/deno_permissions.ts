/**
 * Deno permission sandbox for spawned servers written in JavaScript/TypeScript: with
 * `sandbox.enabled`, a `deno run …` command gets exactly the permissions the entry lists and no
 * others — any permission flags already in `args` are removed, prompts are off, and `--allow-run`
 * is never granted (a child allowed to run `deno` could grant itself everything).
 */
import type { ConfigIssue } from "../errors.ts";

/** The sandbox settings of a server entry. */
export interface SandboxSettings {
  enabled: boolean;
  allow_net: string[];
  allow_read: string[];
  allow_write: string[];
  allow_env: string[];
}

const PERMISSION_FLAG =
  /^(-A|--allow-all|--allow-[a-z-]+(=.*)?|--deny-[a-z-]+(=.*)?|--no-prompt|-[A-Za-z]*A[A-Za-z]*)$/;

/** True when `command args` is `deno run …` (or `deno <file>`-style `run` invocation). */
export function isDenoRun(command: string, args: readonly string[]): boolean {
  return /(^|[\\/])deno(\.exe)?$/.test(command) && args[0] === "run";
}

/** Rewrite `deno run …` args to carry exactly the sandbox's permissions. */
export function sandboxDenoArgs(args: readonly string[], sb: SandboxSettings): string[] {
  const rest = args.slice(1);
  // Flags come before the script; everything after the script belongs to the script.
  const scriptAt = rest.findIndex((a) => !a.startsWith("-"));
  const flags = (scriptAt === -1 ? rest : rest.slice(0, scriptAt)).filter((a) =>
    !PERMISSION_FLAG.test(a)
  );
  const tail = scriptAt === -1 ? [] : rest.slice(scriptAt);
  const perms = ["--no-prompt"];
  if (sb.allow_net.length) perms.push(`--allow-net=${sb.allow_net.join(",")}`);
  if (sb.allow_read.length) perms.push(`--allow-read=${sb.allow_read.join(",")}`);
  if (sb.allow_write.length) perms.push(`--allow-write=${sb.allow_write.join(",")}`);
  if (sb.allow_env.length) perms.push(`--allow-env=${sb.allow_env.join(",")}`);
  perms.push("--deny-run", "--deny-ffi");
  return ["run", ...perms, ...flags, ...tail];
}

/** Config check: a sandbox only applies to servers started with `deno run` (or bundled via `smg`). */
export function checkSandbox(
  command: string | undefined,
  args: readonly string[],
  path: string,
): ConfigIssue | undefined {
  if (!command) {
    return {
      path,
      message: "sandbox only applies to stdio servers",
      hint: "remove sandbox or use a command",
    };
  }
  if (command === "smg" || isDenoRun(command, args)) return undefined;
  return {
    path,
    message:
      `sandbox needs a Deno-run server ("command": "deno", "args": ["run", …]); "${command}" cannot be confined by Deno permissions`,
    hint: "run the server under Deno, or remove sandbox and rely on the explicit environment",
  };
}

/** ConfigCheck over every server with `sandbox.enabled`. */
export function checkSandboxes(config: {
  server_sets: Record<
    string,
    { servers: { command?: string; args: string[]; sandbox?: { enabled: boolean } }[] }
  >;
}): ConfigIssue[] {
  const out: ConfigIssue[] = [];
  for (const [set, s] of Object.entries(config.server_sets)) {
    s.servers.forEach((srv, i) => {
      if (!srv.sandbox?.enabled) return;
      const issue = checkSandbox(
        srv.command,
        srv.args,
        `$.server_sets.${set}.servers[${i}].sandbox`,
      );
      if (issue) out.push(issue);
    });
  }
  return out;
}
