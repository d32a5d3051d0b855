/** The `smg` command line (commander lives only in cli/). */
import { Command, CommanderError } from "@commander-js/extra-typings";
import { importEnkrypt } from "../config/enkrypt_import.ts";
import { loadConfigFile, validateConfig } from "../config/load.ts";
import { configPath } from "../config/paths.ts";
import { maskSecrets } from "../config/secrets.ts";
import { ConfigError, SmgError, UsageError } from "../errors.ts";
import { sanitizeForTerminal } from "../log/logger.ts";
import { VERSION } from "../version.ts";
import { registerAdminCommands } from "./admin/mod.ts";
import { listBadMcps, runNamedBadMcp } from "./bad_mcp.ts";
import { registerCheckCommands } from "./check.ts";
import { registerPinsCommands } from "./pins.ts";
import { init } from "./init.ts";
import { CONFIG_CHECKS } from "./load.ts";
import { recommendedPolicies } from "./policies.ts";

/**
 * Exit codes: 0 ok · 1 runtime failure · 2 bad usage or invalid config · 3 authentication failure
 * (`smg check` adds its own, documented in README).
 */
export const EXIT = { ok: 0, failure: 1, usage: 2, auth: 3 } as const;

const out = (s: string) => console.log(s);
const err = (s: string) => console.error(s);

function table(rows: Record<string, unknown>[]): string {
  if (!rows.length) return "(none)";
  const cols = Object.keys(rows[0]);
  const cell = (v: unknown) => sanitizeForTerminal(v === undefined || v === null ? "" : String(v));
  const w = cols.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (vals: string[]) => vals.map((v, i) => v.padEnd(w[i])).join("  ").trimEnd();
  return [
    line(cols.map((c) => c.toUpperCase())),
    ...rows.map((r) => line(cols.map((c) => cell(r[c])))),
  ].join("\n");
}

/** Build the CLI. `exitCode` receives each action's result. */
export function buildCli(setExit: (code: number) => void): Command {
  const program = new Command()
    .exitOverride()
    .name("smg")
    .description("smg — a secure gateway for the Model Context Protocol")
    .version(VERSION, "-V, --version", "print the version")
    .showHelpAfterError("(run with --help for usage)")
    .configureOutput({ outputError: (s, write) => write(sanitizeForTerminal(s)) });

  program.command("serve")
    .description("run the gateway: MCP over stdio (default) or streamable HTTP (--http)")
    .option("-c, --config <path>", "config file (default: $SMG_CONFIG or ~/.smg/config.json)")
    .option(
      "--http [addr]",
      "serve streamable HTTP at /mcp, e.g. :8000 (binds 127.0.0.1) or 0.0.0.0:8000",
    )
    .option("--admin <addr>", "also serve the REST admin API, e.g. 127.0.0.1:8001")
    .addHelpText(
      "after",
      "\nExamples:\n  SMG_GATEWAY_KEY=smg_... smg serve\n  smg serve --http :8000 --admin 127.0.0.1:8001",
    )
    .action(async (o) => {
      // Loaded on use: the detectors take about a second to load, which other commands skip.
      const { serve } = await import("./serve.ts");
      setExit(await serve({ config: o.config, http: o.http, admin: o.admin }));
    });

  program.command("init")
    .description("write a working config (bundled echo server, one project, one user, a fresh key)")
    .option("-c, --config <path>", "where to write (default: $SMG_CONFIG or ~/.smg/config.json)")
    .option("-f, --force", "replace an existing config (a backup is kept)")
    .option("--email <email>", "email of the first user", "demo@example.com")
    .addHelpText("after", "\nExample:\n  smg init && smg serve --http :8000")
    .action(async (o) => {
      const r = await init({ config: o.config, force: o.force, email: o.email });
      if (r.backup) err(`previous config saved as ${r.backup}`);
      out(`wrote ${r.path}`);
      out(`gateway key (shown once, store it now): ${r.key}`);
    });

  const config = program.command("config").description(
    "inspect, validate and convert config files",
  );
  config.command("path").description("print the config file path in use")
    .option("-c, --config <path>", "config file")
    .action((o) => out(configPath(o.config)));
  config.command("show").description("print the config with secrets masked")
    .option("-c, --config <path>", "config file")
    .action(async (o) => {
      const loaded = await loadConfigFile(configPath(o.config), {
        checks: CONFIG_CHECKS,
        resolve: false,
      });
      if (!loaded) throw new UsageError(`No config at ${configPath(o.config)}: run smg init`);
      out(JSON.stringify(maskSecrets(loaded.raw), null, 2));
    });
  config.command("validate").description(
    "check a config file and list every problem with its JSON path",
  )
    .argument("[file]", "file to check (default: the config in use)")
    .option("--json", "machine-readable result")
    .action(async (file, o) => {
      const path = file ?? configPath();
      try {
        const loaded = await loadConfigFile(path, { checks: CONFIG_CHECKS });
        if (!loaded) throw new UsageError(`Cannot validate ${path}: file not found`);
        if (o.json) out(JSON.stringify({ valid: true, path }));
        else out(`${path}: valid`);
      } catch (e) {
        if (o.json && e instanceof ConfigError) {
          out(JSON.stringify({ valid: false, path, issues: e.issues }));
          setExit(EXIT.usage);
          return;
        }
        throw e;
      }
    });
  config.command("import-enkrypt").description(
    "convert an Enkrypt enkrypt_mcp_config.json into smg's format",
  )
    .argument("<file>", "the Enkrypt config file")
    .option("-o, --out <path>", "write here (default: print to stdout)")
    .option("-f, --force", "overwrite --out if it exists (a backup is kept)")
    .option("--json", "print the report as JSON on stderr")
    .addHelpText(
      "after",
      "\nExample:\n  smg config import-enkrypt ~/.enkrypt/enkrypt_mcp_config.json -o ~/.smg/config.json",
    )
    .action(async (file, o) => {
      let text: string;
      try {
        text = await Deno.readTextFile(file);
      } catch (e) {
        throw new UsageError(`Cannot read ${file}: ${(e as Error).message}`);
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (e) {
        throw new ConfigError(file, [{
          path: "$",
          message: `not valid JSON: ${(e as Error).message}`,
        }]);
      }
      const pol = recommendedPolicies();
      const r = importEnkrypt(json, {
        input: () => structuredClone(pol.input_policy ?? {}) as Record<string, unknown>,
        output: () => structuredClone(pol.output_policy ?? {}) as Record<string, unknown>,
        tool: () => structuredClone(pol.tool_policy ?? {}) as Record<string, unknown>,
      });
      // The result must itself be a valid smg config (secrets stay literal here).
      validateConfig(r.config, "imported config", { checks: CONFIG_CHECKS, resolve: false });
      const body = JSON.stringify(r.config, null, 2) + "\n";
      if (o.out) {
        const exists = await Deno.stat(o.out).then(() => true, () => false);
        if (exists && !o.force) {
          throw new UsageError(`Cannot write ${o.out}: it exists (use --force; a backup is kept)`);
        }
        if (exists) await Deno.copyFile(o.out, `${o.out}.bak-${Date.now()}`);
        const tmp = `${o.out}.tmp-${crypto.randomUUID()}`;
        await Deno.writeTextFile(tmp, body, { mode: 0o600 });
        await Deno.rename(tmp, o.out);
      } else {
        out(body.trimEnd());
      }
      if (o.json) {
        err(JSON.stringify({ counts: r.counts, unmapped: r.unmapped, notes: r.notes }));
      } else {
        const c = r.counts;
        err(
          `imported ${c.server_sets} server set(s), ${c.servers} server(s), ${c.projects} project(s), ${c.users} user(s), ${c.keys} key(s)${
            o.out ? ` into ${o.out}` : ""
          }`,
        );
        for (const n of r.notes) err(`note: ${n}`);
        if (r.unmapped.length) {
          err(`${r.unmapped.length} item(s) not mapped:`);
          for (const u of r.unmapped) err(`  ${u.path}: ${u.reason}`);
        }
      }
    });

  const bad = program.command("bad-mcp").description(
    "bundled deliberately malicious MCP servers for testing",
  );
  bad.command("list").description("list the bundled servers and the attack each simulates")
    .option("--json", "machine-readable output")
    .action((o) => out(o.json ? JSON.stringify(listBadMcps(), null, 2) : table(listBadMcps())));
  bad.command("run").description("run one bundled server over stdio, or HTTP with --http PORT")
    .argument("<name>", "server name (see smg bad-mcp list)")
    .option("--http <port>", "serve streamable HTTP on 127.0.0.1:PORT at /mcp")
    .action(async (name, o) => {
      await runNamedBadMcp(name, { http: o.http });
    });

  registerPinsCommands(program as unknown as Command, out);
  registerCheckCommands(program as unknown as Command, setExit);
  registerAdminCommands(program as unknown as Command, setExit);
  program.command("version").description("print the version").action(() => out(VERSION));
  return program;
}

/** Run the CLI with `argv` (without the program name); returns the exit code. */
export async function runCli(argv: string[]): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildCli((c) => (code = c));
  program.exitOverride();
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (e instanceof ConfigError || e instanceof UsageError) {
      err(sanitizeForTerminal(`error: ${e.message}`));
      return EXIT.usage;
    }
    if (e instanceof SmgError) {
      err(sanitizeForTerminal(`error: ${e.message}`));
      return EXIT.failure;
    }
    err(sanitizeForTerminal(`error: ${(e as Error)?.message ?? String(e)}`));
    return EXIT.failure;
  }
  return code;
}
