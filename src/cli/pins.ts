/** `smg pins list|diff|approve|reset`: operator control over tool pinning. */
import type { Command } from "@commander-js/extra-typings";
import { diffDefinitions, pinKey, PinStore } from "../guardrails/pins.ts";
import { UsageError } from "../errors.ts";
import { sanitizeForTerminal } from "../log/logger.ts";
import { pinsPath } from "./pins_path.ts";
import { loadUserConfig } from "./load.ts";

async function store(config?: string, file?: string): Promise<PinStore> {
  if (file) return new PinStore(file);
  const loaded = await loadUserConfig(config);
  if (!loaded) throw new UsageError("No config found: pass --config or --pins-file");
  const path = pinsPath(loaded.config, loaded.source);
  if (!path) {
    throw new UsageError(
      "This config has no pins file: set settings.pins_file or pass --pins-file",
    );
  }
  return new PinStore(path);
}

/** Register the pins commands. */
export function registerPinsCommands(program: Command, out: (s: string) => void): void {
  const pins = program.command("pins").description(
    "tool pinning: list, diff, approve or reset pinned tool definitions",
  );
  const common = (c: Command) =>
    c.option("-c, --config <path>", "config file").option(
      "--pins-file <path>",
      "pins file (default: pins.json beside the config)",
    );

  common(
    pins.command("list").description(
      "list pinned tools and any changed definitions awaiting approval",
    ),
  )
    .option("--json", "machine-readable output")
    .action(async (o: { config?: string; pinsFile?: string; json?: boolean }) => {
      const s = await store(o.config, o.pinsFile);
      const rows = Object.entries(s.current().pins).map(([k, p]) => ({
        tool: k,
        status: p.pending ? "CHANGED (blocked)" : "pinned",
        hash: p.hash.slice(7, 19),
        first_seen: p.first_seen,
        approved_at: p.approved_at ?? "",
      }));
      if (o.json) out(JSON.stringify(rows, null, 2));
      else if (!rows.length) {
        out("no pinned tools yet (tools are pinned the first time the gateway lists them)");
      } else {for (const r of rows) {
          out(
            sanitizeForTerminal(
              `${r.status.padEnd(18)} ${r.tool}  ${r.hash}  first seen ${r.first_seen}${
                r.approved_at ? `  approved ${r.approved_at}` : ""
              }`,
            ),
          );
        }}
    });

  common(pins.command("diff").description("show how a tool's new definition differs from its pin"))
    .argument("<server>", "server name").argument("<tool>", "tool name")
    .action(async (server: string, tool: string, o: { config?: string; pinsFile?: string }) => {
      const s = await store(o.config, o.pinsFile);
      const pin = s.current().pins[pinKey(server, tool)];
      if (!pin) throw new UsageError(`No pin for ${server}/${tool}: run smg pins list`);
      if (!pin.pending) {
        out(`${server}/${tool}: no change pending`);
        return;
      }
      out(sanitizeForTerminal(diffDefinitions(pin.definition, pin.pending.definition)));
    });

  common(pins.command("approve").description("accept a changed tool definition as the new pin"))
    .argument("<server>", "server name").argument("[tool]", "tool name (omit with --all)")
    .option("--all", "approve every pending change of the server")
    .action(
      async (
        server: string,
        tool: string | undefined,
        o: { config?: string; pinsFile?: string; all?: boolean },
      ) => {
        const s = await store(o.config, o.pinsFile);
        if (!tool && !o.all) {
          throw new UsageError(
            "Name a tool, or pass --all to approve every pending change of the server",
          );
        }
        let n = 0;
        s.updateSync((p) => {
          for (const [k, pin] of Object.entries(p.pins)) {
            if (
              !k.startsWith(`${server}/`) || (tool && k !== pinKey(server, tool)) || !pin.pending
            ) continue;
            pin.hash = pin.pending.hash;
            pin.definition = pin.pending.definition;
            pin.approved_at = new Date().toISOString();
            delete pin.pending;
            n++;
          }
        });
        if (!n) {
          throw new UsageError(
            `Nothing to approve for ${server}${tool ? `/${tool}` : ""}: no pending change`,
          );
        }
        out(
          `approved ${n} definition(s); a running gateway picks this up on its next tool listing`,
        );
      },
    );

  common(
    pins.command("reset").description(
      "forget pins (all, one server, or one tool): they are re-pinned on next sight",
    ),
  )
    .argument("[server]", "server name").argument("[tool]", "tool name")
    .option("-y, --yes", "do not ask for confirmation")
    .action(
      async (
        server: string | undefined,
        tool: string | undefined,
        o: { config?: string; pinsFile?: string; yes?: boolean },
      ) => {
        if (!o.yes) {
          if (!Deno.stdin.isTerminal()) {
            throw new UsageError("Refusing to reset pins without confirmation: pass --yes");
          }
          const answer = prompt(
            `Reset pins for ${server ?? "ALL servers"}${tool ? `/${tool}` : ""}? [y/N]`,
          );
          if (!/^y(es)?$/i.test(answer ?? "")) throw new UsageError("Cancelled");
        }
        const s = await store(o.config, o.pinsFile);
        let n = 0;
        s.updateSync((p) => {
          for (const k of Object.keys(p.pins)) {
            if (server && !k.startsWith(`${server}/`)) continue;
            if (tool && k !== pinKey(server!, tool)) continue;
            delete p.pins[k];
            n++;
          }
        });
        out(`removed ${n} pin(s)`);
      },
    );
}
