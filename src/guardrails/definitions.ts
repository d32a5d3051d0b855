/**
 * The tool-list guard: `tool_policy` detectors over every tool definition, then pinning.
 * A blocked definition is left out of tools/list and reported by smg_discover_tools.
 *
 * Definitions come from upstream servers, so a hostile one can send a multi-megabyte description:
 * with isolation (settings.guards), each definition and server self-description field is a scan
 * job run inline when small (`auto`) or in the worker pool with the per-job deadline. A job that
 * fails or times out blocks that one definition (or the server, for its self-description) under
 * `on_error: block` (default), and is only recorded under `on_error: allow`.
 */
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/types"
import type { Tool } from "@modelcontextprotocol/sdk/types.js";
import type { Policy, ServerConfig } from "../config/schema.ts";
import type { BlockedTool, DefinitionFilter } from "../discovery/catalog.ts";
import type { EventBus } from "../events/bus.ts";
import { DEFINITION_DETECTORS } from "./detectors/mod.ts";
import {
  type DefinitionTarget,
  runDefinitionJob,
  targetDetectors,
  targetSize,
} from "./isolation/definition_job.ts";
import { type ScanPool, ScanTimeoutError } from "./isolation/pool.ts";
import { scanPolicy } from "./isolation/scan_job.ts";
import {
  definitionHash,
  evaluatePin,
  type PinFile,
  pinKey,
  pinnedView,
  type PinStore,
} from "./pins.ts";
import type { Finding, Severity, ToolDefinition } from "./types.ts";
import { iconTexts } from "./detectors/_definition_icons.ts";

const RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2, critical: 3 };

/** Convert an MCP tool to the detectors' view. */
export function toDefinition(server: string, t: Tool): ToolDefinition {
  return {
    server,
    name: t.name,
    title: t.title,
    description: t.description,
    inputSchema: t.inputSchema,
    outputSchema: t.outputSchema,
    annotations: t.annotations,
    ...extraFields(t),
  };
}

/** Top-level tool fields the detectors read besides the named ones (icons: only their text). */
const NAMED = new Set([
  "name",
  "title",
  "description",
  "inputSchema",
  "outputSchema",
  "annotations",
  "icons",
]);

function extraFields(t: Tool): { extra?: Record<string, unknown> } {
  let extra: Record<string, unknown> | undefined;
  for (const [k, v] of Object.entries(t)) {
    if (NAMED.has(k) || v === undefined) continue;
    (extra ??= {})[k] = v;
  }
  // The text an inline SVG icon carries (<desc>, <title>, comments) is read; the image is not.
  const icons = iconTexts((t as { icons?: unknown }).icons);
  if (icons.length) (extra ??= {}).icons = icons;
  return extra ? { extra } : {};
}

/** Options for {@link definitionFilter}. */
export interface DefinitionFilterOptions {
  events: EventBus;
  policyOf: (server: ServerConfig) => Policy | undefined;
  pins?: PinStore;
  /** Scan in this pool with a deadline (settings.guards); absent: inline. */
  isolation?: {
    pool: ScanPool;
    timeoutMs: number;
    /** Jobs up to this many characters without user regexes run inline (`auto`); -1: none. */
    inlineMaxChars?: number;
  };
}

let othersSeq = 0;

/** Build the discovery filter from tool policies and the pin store. */
export function definitionFilter(o: DefinitionFilterOptions): DefinitionFilter {
  return async (server, tools, { all, info }) => {
    const policy = o.policyOf(server);
    if (!policy || !policy.enabled) return { allowed: tools, blocked: [] };
    // Server-info check (Enkrypt's enable_server_info_validation): what the upstream says about
    // itself at initialize, and its configured description, must not carry instructions either.
    const others = {
      id: `o${++othersSeq}`,
      tools: all.filter((x) => x.server !== server.name).map((x) => toDefinition(x.server, x.tool)),
    };
    const scan = (target: DefinitionTarget) => scanTarget(o, policy, target, others);
    const infoBlock = await checkServerInfo(server, info, policy, o.events, scan);
    if (infoBlock) {
      return {
        allowed: [],
        blocked: tools.map((t) => ({
          server: server.name,
          tool: t.name,
          detector: infoBlock.detector,
          reason: infoBlock.reason,
        })),
      };
    }
    const allowed: Tool[] = [];
    const blocked: BlockedTool[] = [];
    const pinning = policy.detectors.pinning;
    const pinsOn = !!o.pins && pinning && pinning.action !== "off";
    let pins = pinsOn ? safePins(o.pins!) : undefined;
    const newPins: ToolDefinition[] = [];
    const specs = Object.entries(policy.detectors)
      .filter(([id, setting]) => id in DEFINITION_DETECTORS && setting.action !== "off")
      .map(([id, setting]) => ({ id, options: setting.options }));
    // Every definition is scanned first (concurrently in the pool), then judged in order.
    const scans = await Promise.all(
      tools.map((tool) =>
        specs.length
          ? scan({ kind: "tool", specs, def: toDefinition(server.name, tool) })
          : Promise.resolve([])
      ),
    );
    tools.forEach((tool, ti) => {
      const def = toDefinition(server.name, tool);
      let block: Finding | undefined;
      for (const f of scans[ti]) {
        const setting = isScanFailure(f)
          ? FAILED_SCAN
          : policy.detectors[f.detector] ?? FAILED_SCAN;
        const isBlock = setting.action === "block" &&
          RANK[f.severity] >= RANK[setting.min_severity];
        o.events.emit({
          type: isScanFailure(f) ? "guard.error" : isBlock ? "guard.blocked" : "guard.warned",
          stage: "definition",
          server: server.name,
          tool: tool.name,
          detector: f.detector,
          kind: f.kind,
          action: isBlock ? "block" : "warn",
          reason: f.reason,
          path: f.path,
        });
        if (isBlock && !block) block = f;
      }
      if (!block && pinsOn) {
        if (pins === null) {
          block = {
            detector: "pinning",
            kind: "pins_unreadable",
            severity: "high",
            reason: `The pins file ${o.pins!.path} is unreadable, so no definition can be verified`,
          };
        } else {
          const d = evaluatePin(pins!, def);
          if (d.status === "new") newPins.push(def);
          if (d.status === "changed") {
            block = {
              detector: "pinning",
              kind: "definition_changed",
              severity: "high",
              reason:
                `The definition of "${tool.name}" changed since it was pinned (possible rug pull); review with smg pins diff ${server.name} ${tool.name} and approve with smg pins approve ${server.name} ${tool.name}`,
            };
            const pending = pins!.pins[pinKey(server.name, tool.name)]?.pending;
            if (pending?.hash !== d.hash) {
              o.events.emit({
                type: "pin.changed",
                server: server.name,
                tool: tool.name,
                hash: d.hash,
              });
              persistPins(o, (p) => {
                const pin = p.pins[pinKey(server.name, tool.name)];
                if (pin && pin.hash !== d.hash) {
                  pin.pending = {
                    hash: d.hash,
                    definition: pinnedView(def),
                    seen_at: new Date().toISOString(),
                  };
                }
              });
            }
          }
        }
      }
      if (block) {
        if (block.detector === "pinning" && pinning?.action !== "block") {
          allowed.push(tool);
          return;
        }
        blocked.push({
          server: server.name,
          tool: tool.name,
          detector: block.detector,
          reason: block.reason,
        });
      } else allowed.push(tool);
    });
    if (newPins.length) {
      // Only definitions that passed every other check are pinned on first sight.
      const ok = new Set(allowed.map((t) => t.name));
      const now = new Date().toISOString();
      const record = newPins.filter((d) => ok.has(d.name));
      if (record.length) {
        persistPins(o, (p) => {
          for (const d of record) {
            const k = pinKey(d.server, d.name);
            if (!p.pins[k]) {
              p.pins[k] = { hash: definitionHash(d), definition: pinnedView(d), first_seen: now };
            }
          }
        });
        for (const d of record) {
          o.events.emit({
            type: "pin.recorded",
            server: d.server,
            tool: d.name,
            hash: definitionHash(d),
          });
        }
      }
    }
    pins = undefined;
    return { allowed, blocked };
  };
}

/** Scan the server's self-description; returns the first blocking finding. */
async function checkServerInfo(
  server: ServerConfig,
  info: { name?: string; title?: string; version?: string; instructions?: string } | undefined,
  policy: Policy,
  events: EventBus,
  scan: (target: DefinitionTarget) => Promise<Finding[]>,
): Promise<Finding | undefined> {
  const setting = policy.detectors.tool_definition;
  if (!setting || setting.action === "off") return undefined;
  const fields: [string, string | undefined][] = [
    ["$.serverInfo.name", info?.name],
    ["$.serverInfo.title", info?.title],
    ["$.serverInfo.version", info?.version],
    ["$.instructions", info?.instructions],
    ["$.description", server.description],
  ];
  const present = fields.filter((f): f is [string, string] => !!f[1]);
  const scans = await Promise.all(
    present.map(([path, text]) =>
      scan({ kind: "server_info", path, text, server: server.name, options: setting.options })
    ),
  );
  for (const [fi, [path]] of present.entries()) {
    for (const f of scans[fi]) {
      const judged = isScanFailure(f) ? FAILED_SCAN : setting;
      const isBlock = judged.action === "block" &&
        RANK[f.severity] >= RANK[judged.min_severity];
      events.emit({
        type: isScanFailure(f) ? "guard.error" : isBlock ? "guard.blocked" : "guard.warned",
        stage: "server",
        server: server.name,
        detector: f.detector,
        kind: f.kind,
        action: isBlock ? "block" : "warn",
        reason: f.reason,
        path,
      });
      if (isBlock) {
        return {
          ...f,
          reason: `Server "${server.name}" describes itself with ${
            f.reason.charAt(0).toLowerCase()
          }${f.reason.slice(1)} (at ${path})`,
        };
      }
    }
  }
  return undefined;
}

/** How a failed scan is judged: it blocks (severity high); `on_error: allow` turns it into a warning. */
const FAILED_SCAN = { action: "block", min_severity: "high" } as const;

function isScanFailure(f: Finding): boolean {
  return f.kind === "scan_timeout" || f.kind === "scan_failed";
}

/**
 * The findings of one definition job: inline when there is no pool, or when `auto` finds it small
 * and free of user regexes; else in the pool. A failed or timed-out job becomes one finding
 * (`scan_timeout` / `scan_failed`, severity high, or low under `on_error: allow` so it is recorded
 * but does not block).
 */
async function scanTarget(
  o: DefinitionFilterOptions,
  policy: Policy,
  target: DefinitionTarget,
  others: { id: string; tools: readonly ToolDefinition[] },
): Promise<Finding[]> {
  const iso = o.isolation;
  const max = iso?.inlineMaxChars ?? -1;
  const vetted = target.kind === "server_info"
    ? !scanPolicy([{ id: "tool_definition", options: target.options }]).userPatterns
    : !scanPolicy(target.specs).userPatterns;
  if (!iso || (max >= 0 && vetted && targetSize(target) <= max)) {
    return runDefinitionJob(target, others.tools);
  }
  try {
    return await iso.pool.runDefinition(target, others, { timeoutMs: iso.timeoutMs });
  } catch (error) {
    const ids = targetDetectors(target);
    const where = target.kind === "tool"
      ? `the definition of "${target.def.name}"`
      : `the server's ${target.path}`;
    const timeout = error instanceof ScanTimeoutError;
    const detector = timeout ? ids[error.at.detector] ?? ids.join(",") : ids.join(",");
    const reason = timeout
      ? `The tool-policy scan of ${where} did not finish within settings.guards.timeout_ms=${iso.timeoutMs} (detector "${detector}"), so it is treated as unsafe; a definition this costly to scan is suspect — if it is legitimate, raise settings.guards.timeout_ms`
      : `The tool-policy scan of ${where} could not run (${
        (error as Error)?.message ?? String(error)
      }), so it is treated as unsafe`;
    const allow = policy.on_error === "allow";
    return [{
      detector,
      kind: timeout ? "scan_timeout" : "scan_failed",
      severity: allow ? "low" : "high",
      reason: allow ? `${reason}; this policy fails open (on_error: allow)` : reason,
      ...(target.kind === "server_info" ? { path: target.path } : {}),
    }];
  }
}

/** Change the pins; a failed write is an event (the change stays in memory). */
function persistPins(o: { pins?: PinStore; events: EventBus }, change: (p: PinFile) => void): void {
  const store = o.pins!;
  void store.update(change).then((err) => {
    if (err) o.events.emit({ type: "pin.write_failed", path: store.path, detail: err.message });
  });
}

function safePins(store: PinStore) {
  try {
    return store.current();
  } catch {
    return null;
  }
}
