/** Wires guardrails into the runtime (entry layer: the only place that knows both). */
import type { Config, Policy, ServerConfig } from "../config/schema.ts";
import { definitionFilter } from "../guardrails/definitions.ts";
import { PolicyEngine } from "../guardrails/engine.ts";
import { ScanPool } from "../guardrails/isolation/pool.ts";
import { PinStore } from "../guardrails/pins.ts";
import type { GatewayRuntime, GuardSet } from "../runtime/runtime.ts";
import { pinsPath } from "./pins_path.ts";

export { pinsPath };

const stores = new Map<string, PinStore>();
/** Runtimes whose pin-file failures are already logged (guardsFor runs again on every reload). */
const logging = new WeakSet<GatewayRuntime>();

/** Log a pins file that cannot be written: rug-pull pins then last only as long as the process. */
function logPinFailures(rt: GatewayRuntime): void {
  if (logging.has(rt)) return;
  logging.add(rt);
  rt.events.subscribe((e) => {
    if (e.type !== "pin.write_failed") return;
    rt.logger.warn(
      `cannot write the pins file ${e.path}: tool pins are kept in memory only until it can be written (fix its permissions or set settings.pins_file)`,
      { error: e.detail },
    );
  });
}

/**
 * Scan workers, one pool per runtime: guardsFor builds a new engine on every config reload, and
 * the engines of calls still in flight keep using the same workers. Closed with the runtime.
 */
const scanPools = new WeakMap<GatewayRuntime, ScanPool>();

/** The runtime's scan pool, sized by the current config (started lazily, on the first scan). */
function scanPoolFor(rt: GatewayRuntime, workers: number): ScanPool {
  let pool = scanPools.get(rt);
  if (!pool) {
    const created = new ScanPool({ size: workers });
    scanPools.set(rt, created);
    rt.onClose(() => created.close());
    pool = created;
  } else pool.resize(workers);
  return pool;
}

/** The runtime's scan pool, if one was made (tests and diagnostics: how many workers run). */
export function scanPoolOf(rt: GatewayRuntime): ScanPool | undefined {
  return scanPools.get(rt);
}

/** Build the guard set for a config. */
export function guardsFor(config: Config, rt: GatewayRuntime): GuardSet {
  const defaults = config.settings.default_policies ?? {};
  const pick = (
    s: ServerConfig,
    level: "input_policy" | "output_policy" | "tool_policy",
  ): Policy | undefined => s[level] ?? defaults[level];
  const path = pinsPath(config, rt.source);
  let pins: PinStore | undefined;
  if (path) {
    pins = stores.get(path) ?? new PinStore(path);
    stores.set(path, pins);
    logPinFailures(rt);
  }
  const g = config.settings.guards;
  // One pool and one deadline for call scans and definition scans alike.
  const isolation = g.isolation === "inline" ? undefined : {
    pool: scanPoolFor(rt, g.workers),
    timeoutMs: g.timeout_ms,
    inlineMaxChars: g.isolation === "auto" ? g.inline_max_chars : -1,
  };
  return {
    engine: new PolicyEngine({
      events: rt.events,
      policies: (s) => ({ input: pick(s, "input_policy"), output: pick(s, "output_policy") }),
      isolation,
    }),
    filter: definitionFilter({
      events: rt.events,
      policyOf: (s) => pick(s, "tool_policy"),
      pins,
      isolation,
    }),
  };
}
