/**
 * The tool-list guard: `tool_policy` detectors over every tool definition, then pinning.
 * A blocked definition is left out of tools/list and reported by smg_discover_tools.
 */
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/types"
import type { Tool } from "@modelcontextprotocol/sdk/types.js";
import type { Policy, ServerConfig } from "../config/schema.ts";
import type { BlockedTool, DefinitionFilter } from "../discovery/catalog.ts";
import type { EventBus } from "../events/bus.ts";
import { DEFINITION_DETECTORS, TEXT_DETECTORS } from "./detectors/mod.ts";
import { scanServerText, type ToolDefinitionOptions } from "./detectors/tool_definition.ts";
import {
  definitionHash,
  evaluatePin,
  type PinFile,
  pinKey,
  pinnedView,
  type PinStore,
} from "./pins.ts";
import type { Finding, Severity, ToolDefinition } from "./types.ts";

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
  };
}

/** Options for {@link definitionFilter}. */
export interface DefinitionFilterOptions {
  events: EventBus;
  policyOf: (server: ServerConfig) => Policy | undefined;
  pins?: PinStore;
}

/** Build the discovery filter from tool policies and the pin store. */
export function definitionFilter(o: DefinitionFilterOptions): DefinitionFilter {
  return (server, tools, { all, info }) => {
    const policy = o.policyOf(server);
    if (!policy || !policy.enabled) return { allowed: tools, blocked: [] };
    // Server-info check (Enkrypt's enable_server_info_validation): what the upstream says about
    // itself at initialize, and its configured description, must not carry instructions either.
    const others = all.filter((x) => x.server !== server.name).map((x) =>
      toDefinition(x.server, x.tool)
    );
    const infoBlock = checkServerInfo(server, info, policy, o.events, others);
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
    for (const tool of tools) {
      const def = toDefinition(server.name, tool);
      let block: Finding | undefined;
      for (const [id, setting] of Object.entries(policy.detectors)) {
        const d = DEFINITION_DETECTORS[id];
        if (!d || setting.action === "off") continue;
        const findings = d.scan(def, others, d.optionsSchema.parse(setting.options ?? {}) as never);
        for (const f of findings) {
          const isBlock = setting.action === "block" &&
            RANK[f.severity] >= RANK[setting.min_severity];
          o.events.emit({
            type: isBlock ? "guard.blocked" : "guard.warned",
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
          continue;
        }
        blocked.push({
          server: server.name,
          tool: tool.name,
          detector: block.detector,
          reason: block.reason,
        });
      } else allowed.push(tool);
    }
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
function checkServerInfo(
  server: ServerConfig,
  info: { name?: string; title?: string; version?: string; instructions?: string } | undefined,
  policy: Policy,
  events: EventBus,
  others: readonly ToolDefinition[],
): Finding | undefined {
  const setting = policy.detectors.tool_definition;
  if (!setting || setting.action === "off") return undefined;
  const defOptions = DEFINITION_DETECTORS.tool_definition.optionsSchema.parse(
    setting.options ?? {},
  ) as ToolDefinitionOptions;
  const fields: [string, string | undefined][] = [
    ["$.serverInfo.name", info?.name],
    ["$.serverInfo.title", info?.title],
    ["$.serverInfo.version", info?.version],
    ["$.instructions", info?.instructions],
    ["$.description", server.description],
  ];
  for (const [path, text] of fields) {
    if (!text) continue;
    const findings: Finding[] = [];
    for (const id of ["injection", "unicode"] as const) {
      const d = TEXT_DETECTORS[id];
      findings.push(
        ...d.scan(
          text,
          { stage: "definition", path, server: server.name },
          d.optionsSchema.parse({}) as never,
        ),
      );
    }
    // What a tool description may not say, a server's self-description may not say either:
    // cross-server orders ("BCC every mail"), preference and authority claims, data requests.
    findings.push(...scanServerText(text, { path, server: server.name, others }, defOptions));
    for (const f of findings) {
      const isBlock = setting.action === "block" &&
        RANK[f.severity] >= RANK[setting.min_severity];
      events.emit({
        type: isBlock ? "guard.blocked" : "guard.warned",
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
