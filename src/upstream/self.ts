/**
 * How to start smg itself or a bundled server as a child process. In a config, `"command": "smg"`
 * means "this smg", whether it runs as the compiled binary or under `deno run`.
 */

/**
 * Flags smg runs with (the compiled binary bakes in the same set): its permissions, and one V8
 * setting. The detectors hold thousands of regexes. V8 compiles a regex to native code once it has
 * run often enough (after its first run by default), and that code is never given back: in session
 * 26 a process that had seen every kind of input passed V8's code limit and died "Fatal JavaScript
 * out of memory" whatever `--max-old-space-size` said; `--regexp-tier-up-ticks=100` (native after
 * 100 runs) only moved the limit, and in session 35 the eval died the same way again. Any tier-up
 * count is a count an attacker can reach with crafted calls that open many rule gates, so smg keeps
 * every regex interpreted (`--regexp-interpret-all`): regex memory is then bounded by the rules
 * themselves (~480 MB of bytecode after all eval fixtures, against ~630 MB with tier-up at 1000 and
 * a crash at 100), for ~1.8× the scan time of native regexes.
 */
export const SMG_PERMISSION_FLAGS = [
  "--v8-flags=--regexp-interpret-all",
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
