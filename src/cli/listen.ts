/** The `--http` / `--listen` address syntax of the CLI. */

/** Parse `:8000`, `8000`, `127.0.0.1:8000`, `[::1]:8000`. A bare port binds to 127.0.0.1 (safe default). */
export function parseListen(v: string | boolean | undefined): { hostname: string; port: number } {
  if (v === undefined || v === true) return { hostname: "127.0.0.1", port: 8000 };
  const s = String(v).trim();
  const m = /^(?:(\[[^\]]+\]|[^:]*):)?(\d{1,5})$/.exec(s);
  if (!m) {
    throw new Error(`Invalid --http address "${s}": use :8000, 127.0.0.1:8000 or 0.0.0.0:8000`);
  }
  const port = Number(m[2]);
  if (port > 65535) throw new Error(`Invalid --http port ${port}: must be 0-65535`);
  let hostname = m[1] ?? "";
  if (hostname.startsWith("[")) hostname = hostname.slice(1, -1);
  return { hostname: hostname || "127.0.0.1", port };
}
