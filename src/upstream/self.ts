/**
 * How to start smg itself or a bundled server as a child process. In a config, `"command": "smg"`
 * means "this smg", whether it runs as the compiled binary or under `deno run`.
 */

/** Permission flags smg runs with (the compiled binary bakes in the same set). */
export const SMG_PERMISSION_FLAGS = [
  "--allow-net",
  "--allow-read",
  "--allow-write",
  "--allow-env",
  "--allow-run",
  "--allow-sys",
] as const;

/** True when running as `deno run …` rather than a compiled binary. */
export function runningUnderDeno(): boolean {
  return /(^|[\\/])deno(\.exe)?$/.test(Deno.execPath());
}

/** A resolved child command. */
export interface ChildCommand {
  command: string;
  args: string[];
}

const MAIN = new URL("../../main.ts", import.meta.url);
const BAD_MCPS = new URL("../../bad_mcps/", import.meta.url);

/**
 * Resolve a configured command. `smg bad-mcp run <name> …` under `deno run` starts the bundled
 * server file directly with NO permissions (the compiled binary drops its own instead).
 */
export function resolveCommand(command: string, args: readonly string[]): ChildCommand {
  if (command !== "smg") return { command, args: [...args] };
  if (!runningUnderDeno()) return { command: Deno.execPath(), args: [...args] };
  if (
    args[0] === "bad-mcp" && args[1] === "run" && args[2] && /^[a-z0-9_]+$/.test(args[2]) &&
    MAIN.protocol === "file:"
  ) {
    const file = new URL(`${args[2]}.ts`, BAD_MCPS);
    const rest = args.slice(3);
    const http = rest.includes("--http") ? ["--allow-net=127.0.0.1"] : [];
    return {
      command: Deno.execPath(),
      args: ["run", "--no-prompt", ...http, file.pathname, ...rest],
    };
  }
  return {
    command: Deno.execPath(),
    // Scan workers run without permissions, which needs this flag (deno.json sets it too).
    args: [
      "run",
      "--no-prompt",
      "--unstable-worker-options",
      ...SMG_PERMISSION_FLAGS,
      MAIN.pathname,
      ...args,
    ],
  };
}
