/**
 * `smg check` (red-team suite against the bundled attack servers) and `smg scan` (offline audit of
 * real servers' definitions). Exit codes, for CI:
 *
 *   check: 0 every attack stopped and every benign call allowed · 1 some expectation failed ·
 *          2 usage or config error
 *   scan:  0 nothing high or critical · 1 a high/critical finding, or a server could not be
 *          scanned · 2 usage or config error
 */
import type { Command } from "@commander-js/extra-typings";
import { type ServerConfig, ServerSchema } from "../config/schema.ts";
import { UsageError } from "../errors.ts";
import { type PinFile, PinStore } from "../guardrails/pins.ts";
import { sanitizeForTerminal } from "../log/logger.ts";
import { choiceFromConfig, type PolicyChoice, recommendedChoice } from "../check/config.ts";
import { toJunit } from "../check/junit.ts";
import { SCENARIOS } from "../check/manifest.ts";
import { formatTable, progressLine, toJson } from "../check/report.ts";
import { artifactUri, checkToSarif } from "../check/sarif.ts";
import type { ScanTarget } from "../check/scan.ts";
import { formatScan, scanToJson, scanToSarif } from "../check/scan_report.ts";
import { pinsPath } from "./pins_path.ts";
import { loadUserConfig } from "./load.ts";

/** Exit codes of `smg check` and `smg scan`. */
export const CHECK_EXIT = { ok: 0, failed: 1, usage: 2 } as const;

const out = (s: string) => console.log(s);
const err = (s: string) => console.error(s);

async function writeReport(path: string, body: string): Promise<void> {
  try {
    await Deno.writeTextFile(path, body);
  } catch (e) {
    throw new UsageError(`Cannot write ${path}: ${(e as Error).message}`);
  }
}

function selectScenarios(only?: string): typeof SCENARIOS {
  if (!only) return SCENARIOS;
  const names = only.split(",").map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !SCENARIOS.some((s) => s.name === n));
  if (unknown.length || !names.length) {
    throw new UsageError(
      `Unknown scenario ${
        unknown.map((n) => `"${sanitizeForTerminal(n)}"`).join(", ") || "(none given)"
      }: use names from smg check --list`,
    );
  }
  return SCENARIOS.filter((s) => names.includes(s.name));
}

interface CheckOpts {
  only?: string;
  config?: string;
  policyFrom?: string;
  json?: boolean;
  junit?: string;
  sarif?: string;
  concurrency?: string;
  list?: boolean;
}

async function check(o: CheckOpts): Promise<number> {
  if (o.list) {
    for (const s of SCENARIOS) {
      out(sanitizeForTerminal(`${s.name.padEnd(24)} ${s.severity.padEnd(8)} ${s.threat}`));
    }
    return CHECK_EXIT.ok;
  }
  const scenarios = selectScenarios(o.only);
  if (o.policyFrom && !o.config) throw new UsageError("--policy-from needs --config FILE");
  const concurrency = o.concurrency === undefined ? 2 : Number(o.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 8) {
    throw new UsageError(`Invalid --concurrency "${o.concurrency}": give 1 to 8`);
  }
  let choice: PolicyChoice = recommendedChoice();
  if (o.config) {
    const loaded = await loadUserConfig(o.config);
    if (!loaded) throw new UsageError(`No config at ${o.config}`);
    choice = choiceFromConfig(loaded.config, loaded.source, o.policyFrom);
  }
  err(`smg check: ${scenarios.length} scenario(s) with ${choice.source}`);
  // Loaded on use (the detectors take about a second to load; `--help` and other commands skip it).
  const { runCheck } = await import("../check/run.ts");
  const report = await runCheck(scenarios, {
    choice,
    concurrency,
    onScenario: (r, done, total) => err(progressLine(r, done, total)),
  });
  if (o.junit) await writeReport(o.junit, toJunit(report));
  if (o.sarif) {
    await writeReport(
      o.sarif,
      JSON.stringify(
        checkToSarif(report, o.config ? artifactUri(o.config) : "smg-check"),
        null,
        2,
      ) + "\n",
    );
  }
  out(o.json ? JSON.stringify(toJson(report), null, 2) : formatTable(report));
  return report.ok ? CHECK_EXIT.ok : CHECK_EXIT.failed;
}

interface ScanOpts {
  config?: string;
  url?: string;
  sse?: boolean;
  header?: string[];
  pins?: string;
  json?: boolean;
  sarif?: string;
  timeout?: string;
}

function serverName(command: string[]): string {
  const script = [...command].reverse().find((a) => /\.(ts|js|mjs|cjs|py)$/.test(a)) ?? command[0];
  const base = script.split(/[\\/]/).pop()!.replace(/\.[a-z]+$/i, "").replace(
    /[^A-Za-z0-9_-]/g,
    "_",
  ).slice(0, 48);
  return /^[A-Za-z0-9]/.test(base) ? base : `server${base}`.slice(0, 48);
}

function parseHeaders(list: string[] = []): Record<string, string> {
  const h: Record<string, string> = {};
  for (const line of list) {
    const i = line.indexOf(":");
    if (i <= 0) {
      throw new UsageError(`Invalid --header "${sanitizeForTerminal(line)}": use 'Name: value'`);
    }
    h[line.slice(0, i).trim()] = line.slice(i + 1).trim();
  }
  return h;
}

async function scanTargets(
  o: ScanOpts,
  command: string[],
): Promise<{ targets: ScanTarget[]; pins?: PinFile; uri: string }> {
  const given = [o.config, o.url, command.length ? "cmd" : undefined].filter(Boolean).length;
  if (given !== 1) {
    throw new UsageError("Give exactly one of --config FILE, --url URL or -- <command…>");
  }
  let pinsFile = o.pins;
  let targets: ScanTarget[];
  let uri = "smg-scan";
  if (o.config) {
    const loaded = await loadUserConfig(o.config);
    if (!loaded) throw new UsageError(`No config at ${o.config}`);
    uri = artifactUri(o.config);
    const byKey = new Map<string, ScanTarget>();
    for (const [setName, set] of Object.entries(loaded.config.server_sets)) {
      for (const s of set.servers) {
        const k = JSON.stringify([s.name, s.command, s.args, s.url, s.type, s.cwd]);
        const t = byKey.get(k) ?? { server: s, sets: [] };
        t.sets.push(setName);
        byKey.set(k, t);
      }
    }
    targets = [...byKey.values()];
    if (!targets.length) throw new UsageError(`${o.config} has no servers to scan`);
    if (!pinsFile) {
      const p = pinsPath(loaded.config, loaded.source);
      if (p && await Deno.stat(p).then(() => true, () => false)) pinsFile = p;
    }
  } else {
    let server: ServerConfig;
    try {
      server = o.url
        ? ServerSchema.parse({
          name: safeHost(o.url),
          url: o.url,
          type: o.sse ? "sse" : "http",
          headers: parseHeaders(o.header),
        })
        : ServerSchema.parse({
          name: serverName(command),
          command: command[0],
          args: command.slice(1),
        });
    } catch (e) {
      throw new UsageError(`Cannot scan that target: ${(e as Error).message.slice(0, 300)}`);
    }
    targets = [{ server, sets: ["scan"] }];
  }
  let pins: PinFile | undefined;
  if (pinsFile) {
    try {
      pins = new PinStore(pinsFile).current();
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
  }
  return { targets, pins, uri };
}

function safeHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/[^A-Za-z0-9_-]/g, "_").replace(/^[^A-Za-z0-9]+/, "")
      .slice(0, 48) || "remote";
  } catch {
    throw new UsageError(`Invalid --url "${sanitizeForTerminal(url)}"`);
  }
}

async function scan(o: ScanOpts, command: string[]): Promise<number> {
  const timeoutMs = o.timeout === undefined ? 15_000 : Number(o.timeout);
  if (!Number.isInteger(timeoutMs) || timeoutMs < 100) {
    throw new UsageError(`Invalid --timeout "${o.timeout}": give milliseconds (at least 100)`);
  }
  const { targets, pins, uri } = await scanTargets(o, command);
  const { scanServers } = await import("../check/scan.ts");
  const report = await scanServers(targets, { pins, timeoutMs });
  if (o.sarif) await writeReport(o.sarif, JSON.stringify(scanToSarif(report, uri), null, 2) + "\n");
  out(o.json ? JSON.stringify(scanToJson(report), null, 2) : formatScan(report));
  return report.failed ? CHECK_EXIT.failed : CHECK_EXIT.ok;
}

/** Register `smg check` and `smg scan`. */
export function registerCheckCommands(program: Command, setExit: (code: number) => void): void {
  program.command("check")
    .description(
      "prove the gateway stops real MCP attacks: run the bundled attack servers through an in-process gateway",
    )
    .option("--only <names>", "comma-separated scenarios (see --list)")
    .option(
      "-c, --config <path>",
      "check the policies of this config instead of the recommended ones",
    )
    .option("--policy-from <server>", "with --config: use this server's policies")
    .option("--json", "print the report as JSON")
    .option("--junit <file>", "also write JUnit XML (one testcase per check)")
    .option("--sarif <file>", "also write SARIF 2.1.0 (for GitHub code scanning)")
    .option("--concurrency <n>", "scenarios at once (default 2)")
    .option("--list", "list the scenarios and exit")
    .addHelpText(
      "after",
      "\nExit codes: 0 all attacks stopped and benign calls allowed, 1 some expectation failed, 2 usage/config error.\n" +
        "Examples:\n  smg check\n  smg check --only tool_poisoning,rug_pull\n  smg check --config ~/.smg/config.json --junit junit.xml --sarif results.sarif",
    )
    .action(async (o: CheckOpts) => setExit(await check(o)));

  program.command("scan")
    .description(
      "audit MCP servers offline: list tools, prompts and resources and run the definition detectors",
    )
    .argument("[command...]", "after --: a stdio server command line")
    .option("-c, --config <path>", "scan every server of this config")
    .option("--url <url>", "scan a remote server (streamable HTTP; --sse for SSE)")
    .option("--sse", "with --url: use the SSE transport")
    .option("--header <header...>", "with --url: extra request header 'Name: value' (repeatable)")
    .option(
      "--pins <file>",
      "compare tool definitions with this pins file (default with --config: its pins file, if present)",
    )
    .option("--json", "print the report as JSON")
    .option("--sarif <file>", "also write SARIF 2.1.0")
    .option("--timeout <ms>", "connect/list deadline per server (default 15000)")
    .addHelpText(
      "after",
      "\nExit codes: 0 nothing high or critical, 1 high/critical findings or a server could not be scanned, 2 usage/config error.\n" +
        "Examples:\n  smg scan --config ~/.smg/config.json\n  smg scan --url https://mcp.example.com/mcp --header 'Authorization: Bearer ...'\n  smg scan -- npx -y @modelcontextprotocol/server-everything",
    )
    .action(async (command: string[], o: ScanOpts) => setExit(await scan(o, command)));
}
