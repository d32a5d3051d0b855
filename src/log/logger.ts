/** Structured logs to stderr (stdout may be an MCP stdio channel). Secrets are scrubbed. */

/** Log levels in order. */
export type LogLevel = "debug" | "info" | "warn" | "error";
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** A minimal structured logger. */
export class Logger {
  level: LogLevel;
  #secrets: string[] = [];
  #json: boolean;
  #write: (line: string) => void;

  constructor(opts: { level?: LogLevel; json?: boolean; write?: (line: string) => void } = {}) {
    this.level = opts.level ?? "info";
    this.#json = opts.json ?? false;
    const enc = new TextEncoder();
    this.#write = opts.write ?? ((line) => {
      try {
        Deno.stderr.writeSync(enc.encode(line + "\n"));
      } catch {
        // stderr closed
      }
    });
  }

  /** Values never to print (resolved secrets, keys). */
  setSecrets(values: string[]): void {
    this.#secrets = values.filter((v) => v.length >= 4).sort((a, b) => b.length - a.length);
  }

  log(level: LogLevel, msg: string, fields: Record<string, unknown> = {}): void {
    if (ORDER[level] < ORDER[this.level]) return;
    let line: string;
    if (this.#json) {
      line = JSON.stringify({ ts: new Date().toISOString(), level, msg, ...fields });
    } else {
      const extra = Object.entries(fields).map(([k, v]) =>
        `${k}=${typeof v === "string" ? v : JSON.stringify(v)}`
      ).join(" ");
      line = `smg ${level.padEnd(5)} ${msg}${extra ? " " + extra : ""}`;
    }
    this.#write(this.#scrub(sanitizeForTerminal(line)));
  }

  /** Always printed, whatever the level (startup lines scripts wait for). */
  notice(msg: string, f?: Record<string, unknown>): void {
    const saved = this.level;
    this.level = "debug";
    this.log("info", msg, f);
    this.level = saved;
  }

  debug(msg: string, f?: Record<string, unknown>): void {
    this.log("debug", msg, f);
  }
  info(msg: string, f?: Record<string, unknown>): void {
    this.log("info", msg, f);
  }
  warn(msg: string, f?: Record<string, unknown>): void {
    this.log("warn", msg, f);
  }
  error(msg: string, f?: Record<string, unknown>): void {
    this.log("error", msg, f);
  }

  #scrub(line: string): string {
    for (const s of this.#secrets) if (line.includes(s)) line = line.split(s).join("********");
    return line;
  }
}

const UNSAFE =
  // deno-lint-ignore no-control-regex
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069]|\uDB40[\uDC00-\uDC7F]/g;

/** Remove control, escape and bidi characters so hostile upstream text cannot drive a terminal. */
export function sanitizeForTerminal(s: string): string {
  return s.replace(UNSAFE, "\uFFFD");
}
