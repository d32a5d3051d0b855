/**
 * `smg scan`: connect to MCP servers (stdio child, streamable HTTP or SSE), list their tools,
 * prompts and resources, and audit the definitions offline — the definition detectors on tools,
 * injection and unicode detectors on prompt and resource text, and a comparison with a pins file.
 * Nothing is called and nothing is written; the only connections are to the scanned servers.
 */
import { z } from "zod";
import type { ServerConfig } from "../config/schema.ts";
import { toDefinition } from "../guardrails/definitions.ts";
import { DEFINITION_DETECTORS, TEXT_DETECTORS } from "../guardrails/detectors/mod.ts";
import { evaluatePin, type PinFile } from "../guardrails/pins.ts";
import type { Finding, Severity, ToolDefinition } from "../guardrails/types.ts";
import { connectClient } from "../upstream/connect.ts";

/** One thing `smg scan` found. */
export interface ScanFinding {
  server: string;
  /** What was scanned. */
  item: "tool" | "prompt" | "resource" | "server";
  /** Its name (raw: sanitize before printing). */
  name: string;
  detector: string;
  kind: string;
  severity: Severity;
  reason: string;
  /** JSON path inside the definition. */
  path?: string;
}

/** Per-server summary. */
export interface ScannedServer {
  server: string;
  status: "ok" | "error";
  error?: string;
  tools: number;
  prompts: number;
  resources: number;
}

/** A whole scan. */
export interface ScanReport {
  servers: ScannedServer[];
  findings: ScanFinding[];
  counts: Record<Severity, number>;
  /** True when something is high or critical (or a server could not be scanned). */
  failed: boolean;
}

/** A server to scan plus the server sets it belongs to (shadowing is checked within a set). */
export interface ScanTarget {
  server: ServerConfig;
  sets: string[];
}

/** Options for {@link scanServers}. */
export interface ScanOptions {
  pins?: PinFile;
  /** Connect and per-request deadline (default 15 s). */
  timeoutMs?: number;
  /** Servers at once (default 4). */
  concurrency?: number;
}

const Loose = z.looseObject({});
type Item = z.infer<typeof Loose> & { name?: unknown };
const Page = (key: string) =>
  z.looseObject({ [key]: z.array(Loose).default([]), nextCursor: z.string().optional() });

interface Listed {
  target: ScanTarget;
  tools: Item[];
  prompts: Item[];
  resources: Item[];
  error?: string;
}

const RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2, critical: 3 };

async function list(target: ScanTarget, timeoutMs: number): Promise<Listed> {
  const out: Listed = { target, tools: [], prompts: [], resources: [] };
  const signal = AbortSignal.timeout(timeoutMs);
  let conn: Awaited<ReturnType<typeof connectClient>> | undefined;
  try {
    conn = await connectClient(target.server, { onStderr: () => {} }, signal);
    const caps = conn.client.getServerCapabilities() ?? {};
    const all = async (method: string, key: string): Promise<Item[]> => {
      const items: Item[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < 100; page++) {
        const r = await conn!.client.request(
          { method, params: cursor ? { cursor } : {} } as never,
          Page(key),
          { signal, timeout: timeoutMs },
        );
        items.push(...(r[key] as Item[]));
        cursor = typeof r.nextCursor === "string" ? r.nextCursor : undefined;
        if (!cursor) break;
      }
      return items;
    };
    if (caps.tools) out.tools = await all("tools/list", "tools");
    if (caps.prompts) out.prompts = await all("prompts/list", "prompts");
    if (caps.resources) {
      out.resources = await all("resources/list", "resources");
      out.resources.push(
        ...await all("resources/templates/list", "resourceTemplates").catch(() => []),
      );
    }
  } catch (e) {
    out.error = signal.aborted
      ? `no answer within ${timeoutMs} ms`
      : ((e as Error)?.message ?? String(e)).slice(0, 300);
  } finally {
    await conn?.transport.close().catch(() => {});
  }
  return out;
}

function asTool(server: string, t: Item): ToolDefinition {
  return toDefinition(server, t as never);
}

/** Text fields of a prompt or resource, with their JSON paths. */
function textFields(item: Item, kind: "prompt" | "resource"): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  for (
    const k of [
      "name",
      "title",
      "description",
      ...(kind === "resource" ? ["uri", "uriTemplate", "mimeType"] : []),
    ]
  ) {
    if (typeof item[k] === "string") out.push({ path: `$.${k}`, text: item[k] as string });
  }
  if (kind === "prompt" && Array.isArray(item.arguments)) {
    item.arguments.forEach((a: unknown, i: number) => {
      const arg = a as Record<string, unknown>;
      for (const k of ["name", "title", "description"]) {
        if (typeof arg?.[k] === "string") {
          out.push({ path: `$.arguments[${i}].${k}`, text: arg[k] as string });
        }
      }
    });
  }
  return out;
}

function scanText(server: string, item: Item, kind: "prompt" | "resource"): ScanFinding[] {
  const name = typeof item.name === "string" ? item.name : String(item.uri ?? "?");
  const out: ScanFinding[] = [];
  for (const f of textFields(item, kind)) {
    for (const id of ["injection", "unicode"]) {
      const d = TEXT_DETECTORS[id];
      const findings: Finding[] = d.scan(
        f.text,
        { stage: "definition", path: f.path, server },
        d.optionsSchema.parse({}) as never,
      );
      for (const x of findings) {
        out.push({
          server,
          item: kind,
          name,
          detector: x.detector,
          kind: x.kind,
          severity: x.severity,
          reason: x.reason,
          path: f.path,
        });
      }
    }
  }
  return out;
}

/** Scan servers and return every finding, most severe first. */
export async function scanServers(
  targets: readonly ScanTarget[],
  opts: ScanOptions = {},
): Promise<ScanReport> {
  const timeoutMs = opts.timeoutMs ?? 15_000;
  const listed: Listed[] = new Array(targets.length);
  let next = 0;
  const worker = async () => {
    while (next < targets.length) {
      const i = next++;
      listed[i] = await list(targets[i], timeoutMs);
    }
  };
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(opts.concurrency ?? 4, targets.length)) }, worker),
  );

  const findings: ScanFinding[] = [];
  const servers: ScannedServer[] = [];
  for (const l of listed) {
    const name = l.target.server.name;
    servers.push({
      server: name,
      status: l.error ? "error" : "ok",
      error: l.error,
      tools: l.tools.length,
      prompts: l.prompts.length,
      resources: l.resources.length,
    });
    if (l.error) {
      findings.push({
        server: name,
        item: "server",
        name,
        detector: "scan",
        kind: "unreachable",
        severity: "high",
        reason: `Cannot scan server "${name}": ${l.error}`,
      });
      continue;
    }
    // Shadowing only matters between servers a client sees together (same server set).
    const others = listed
      .filter((o) => o !== l && !o.error && o.target.sets.some((s) => l.target.sets.includes(s)))
      .flatMap((o) => o.tools.map((t) => asTool(o.target.server.name, t)));
    for (const t of l.tools) {
      const def = asTool(name, t);
      for (const d of Object.values(DEFINITION_DETECTORS)) {
        for (const f of d.scan(def, others, d.optionsSchema.parse({}) as never)) {
          findings.push({
            server: name,
            item: "tool",
            name: def.name,
            detector: f.detector,
            kind: f.kind,
            severity: f.severity,
            reason: f.reason,
            path: f.path,
          });
        }
      }
      if (opts.pins) {
        const p = evaluatePin(opts.pins, def);
        if (p.status === "changed") {
          findings.push({
            server: name,
            item: "tool",
            name: def.name,
            detector: "pinning",
            kind: "definition_changed",
            severity: "high",
            reason:
              `The definition changed since it was pinned (possible rug pull); review with smg pins diff ${name} ${def.name}`,
          });
        } else if (p.status === "new") {
          findings.push({
            server: name,
            item: "tool",
            name: def.name,
            detector: "pinning",
            kind: "not_pinned",
            severity: "low",
            reason: "The tool is not in the pins file yet",
          });
        }
      }
    }
    for (const p of l.prompts) findings.push(...scanText(name, p, "prompt"));
    for (const r of l.resources) findings.push(...scanText(name, r, "resource"));
  }
  const unique = dedupe(findings).sort((a, b) =>
    RANK[b.severity] - RANK[a.severity] || a.server.localeCompare(b.server) ||
    a.name.localeCompare(b.name)
  );
  const counts: Record<Severity, number> = { critical: 0, high: 0, medium: 0, low: 0 };
  for (const f of unique) counts[f.severity]++;
  return { servers, findings: unique, counts, failed: counts.critical + counts.high > 0 };
}

function dedupe(fs: ScanFinding[]): ScanFinding[] {
  const seen = new Set<string>();
  return fs.filter((f) => {
    const k = JSON.stringify([f.server, f.item, f.name, f.detector, f.kind, f.path ?? ""]);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
