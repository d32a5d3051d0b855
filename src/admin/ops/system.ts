/** System operations: reset, and the health check (config, upstream reachability, Redis). */
import { type Config, ConfigSchema, type Secret } from "../../config/schema.ts";
import type { ConfigStore } from "../../config/store.ts";
import { ConfigError } from "../../errors.ts";

/** An empty config that keeps settings and the admin key (what `smg system reset` writes). */
export function resetConfig(c: Config): Config {
  return ConfigSchema.parse({
    version: 1,
    settings: c.settings,
    ...(c.admin_key ? { admin_key: c.admin_key } : {}),
  });
}

/** One health probe. */
export interface Probe {
  name: string;
  ok: boolean;
  detail: string;
}

/** The health report. */
export interface Health {
  ok: boolean;
  config: Probe;
  upstreams: Probe[];
  redis?: Probe;
}

async function tcpProbe(
  hostname: string,
  port: number,
  timeoutMs: number,
  send?: string,
): Promise<string> {
  const conn = await Promise.race([
    Deno.connect({ hostname, port }),
    new Promise<never>((_, rej) =>
      setTimeout(() => rej(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)
    ),
  ]);
  try {
    if (!send) return "reachable";
    await conn.write(new TextEncoder().encode(send));
    const buf = new Uint8Array(64);
    const n = await Promise.race([
      conn.read(buf),
      new Promise<null>((r) => setTimeout(() => r(null), timeoutMs)),
    ]);
    return n ? new TextDecoder().decode(buf.subarray(0, n)).trim() : "no reply";
  } finally {
    conn.close();
  }
}

function hostPort(url: URL): { hostname: string; port: number } {
  const dflt = url.protocol === "https:"
    ? 443
    : url.protocol === "rediss:"
    ? 6380
    : url.protocol.startsWith("redis")
    ? 6379
    : 80;
  return {
    hostname: url.hostname.replace(/^\[|\]$/g, ""),
    port: url.port ? Number(url.port) : dflt,
  };
}

async function commandExists(cmd: string): Promise<boolean> {
  if (cmd === "smg") return true;
  if (cmd.includes("/")) return await Deno.stat(cmd).then((s) => s.isFile, () => false);
  for (const dir of (Deno.env.get("PATH") ?? "").split(Deno.build.os === "windows" ? ";" : ":")) {
    if (dir && await Deno.stat(`${dir}/${cmd}`).then((s) => s.isFile, () => false)) return true;
  }
  return false;
}

function secretText(s: Secret | undefined): string | undefined {
  if (s === undefined) return undefined;
  return typeof s === "string" ? s : Deno.env.get(s.env);
}

/** Check the config file, every upstream (TCP connect, or the stdio command exists) and Redis. */
export async function health(
  store: ConfigStore,
  opts: { timeoutMs?: number } = {},
): Promise<Health> {
  const t = opts.timeoutMs ?? 3000;
  let config: Config;
  try {
    config = await store.read();
  } catch (e) {
    const detail = e instanceof ConfigError
      ? e.issues.map((i) => `${i.path}: ${i.message}`).join("; ")
      : (e as Error).message;
    return { ok: false, config: { name: store.path, ok: false, detail }, upstreams: [] };
  }
  const seen = new Set<string>();
  const probes: Promise<Probe>[] = [];
  for (const [set, s] of Object.entries(config.server_sets)) {
    for (const srv of s.servers) {
      const name = `${set}/${srv.name}`;
      if (seen.has(name)) continue;
      seen.add(name);
      probes.push((async (): Promise<Probe> => {
        if (srv.command) {
          const ok = await commandExists(srv.command);
          return {
            name,
            ok,
            detail: ok
              ? `command "${srv.command}" found`
              : `command "${srv.command}" not found on PATH`,
          };
        }
        try {
          const u = new URL(srv.url!);
          const hp = hostPort(u);
          await tcpProbe(hp.hostname, hp.port, t);
          return { name, ok: true, detail: `${hp.hostname}:${hp.port} reachable` };
        } catch (e) {
          return { name, ok: false, detail: `${srv.url}: ${(e as Error).message}` };
        }
      })());
    }
  }
  const upstreams = await Promise.all(probes);
  let redis: Probe | undefined;
  const redisUrl = secretText(config.settings.cache.redis_url);
  if (config.settings.cache.redis_url !== undefined) {
    try {
      if (!redisUrl) throw new Error("redis_url references an unset environment variable");
      const hp = hostPort(new URL(redisUrl));
      const reply = await tcpProbe(hp.hostname, hp.port, t, "PING\r\n");
      const ok = reply.startsWith("+PONG") || reply.startsWith("-NOAUTH");
      redis = {
        name: "redis",
        ok,
        detail: ok
          ? `${hp.hostname}:${hp.port} answered`
          : `unexpected reply "${reply.slice(0, 40)}"`,
      };
    } catch (e) {
      redis = { name: "redis", ok: false, detail: (e as Error).message };
    }
  }
  const ok = upstreams.every((p) => p.ok) && (redis?.ok ?? true);
  return {
    ok,
    config: { name: store.path, ok: true, detail: "valid" },
    upstreams,
    ...(redis ? { redis } : {}),
  };
}
