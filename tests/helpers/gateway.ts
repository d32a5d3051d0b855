/** Start `smg serve` as a real child process and connect SDK clients to it. */
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/client/index"
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/client/stdio"
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/client/streamableHttp"
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { SMG_PERMISSION_FLAGS } from "../../src/upstream/self.ts";

/** Deno's cache dir, passed to children that get a temp HOME (so nothing is downloaded again). */
export const DENO_DIR = Deno.env.get("DENO_DIR") ??
  `${Deno.env.get("XDG_CACHE_HOME") ?? `${Deno.env.get("HOME")}/.cache`}/deno`;

/** Path of main.ts. */
export const MAIN = new URL("../../main.ts", import.meta.url).pathname;

/** The command line that runs smg under Deno with the binary's permissions. */
export function smgArgs(...args: string[]): string[] {
  return ["run", "--no-prompt", ...SMG_PERMISSION_FLAGS, MAIN, ...args];
}

/** A running HTTP gateway. */
export interface HttpGateway {
  url: string;
  port: number;
  child: Deno.ChildProcess;
  stderr: () => string;
  stop: (signal?: Deno.Signal) => Promise<Deno.CommandStatus>;
}

/** Start `smg serve --http 127.0.0.1:0` and wait for its listening line. */
export async function startHttpGateway(
  configPath: string | null,
  env: Record<string, string> = {},
  extraArgs: string[] = [],
): Promise<HttpGateway> {
  const args = smgArgs(
    "serve",
    "--http",
    "127.0.0.1:0",
    ...(configPath ? ["--config", configPath] : []),
    ...extraArgs,
  );
  const child = new Deno.Command(Deno.execPath(), {
    args,
    env: { HOME: env.HOME ?? Deno.makeTempDirSync(), DENO_DIR, ...env },
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  let log = "";
  const dec = new TextDecoder();
  const reader = child.stderr.getReader();
  const listening = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`gateway did not start:\n${log}`)), 30_000);
    (async () => {
      while (true) {
        const { value, done } = await reader.read();
        if (done) break;
        log += dec.decode(value);
        const m = /listening on (http:\/\/[^\s]+)/.exec(log);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      }
      clearTimeout(timer);
      reject(new Error(`gateway exited:\n${log}`));
    })().catch(reject);
  });
  // Keep draining stdout so the child never blocks.
  void child.stdout.pipeTo(new WritableStream()).catch(() => {});
  const url = await listening;
  return {
    url,
    port: Number(new URL(url).port),
    child,
    stderr: () => log,
    stop: async (signal: Deno.Signal = "SIGTERM") => {
      try {
        child.kill(signal);
      } catch { /* already gone */ }
      const st = await child.status;
      reader.releaseLock();
      await child.stderr.cancel().catch(() => {});
      return st;
    },
  };
}

/** Connect an SDK client over streamable HTTP with a bearer key. */
export async function httpClient(
  url: string,
  key: string,
  headers: Record<string, string> = {},
): Promise<Client> {
  const client = new Client({ name: "smg-test", version: "1.0.0" });
  const transport = new StreamableHTTPClientTransport(new URL(url), {
    requestInit: { headers: { Authorization: `Bearer ${key}`, ...headers } },
  });
  await client.connect(transport);
  return client;
}

/** Spawn `smg serve` over stdio and connect an SDK client to it. */
export async function stdioClient(
  configPath: string | null,
  key: string | undefined,
  env: Record<string, string> = {},
): Promise<Client> {
  const client = new Client({ name: "smg-test", version: "1.0.0" });
  const transport = new StdioClientTransport({
    command: Deno.execPath(),
    args: smgArgs("serve", ...(configPath ? ["--config", configPath] : [])),
    env: {
      PATH: Deno.env.get("PATH") ?? "",
      HOME: env.HOME ?? Deno.makeTempDirSync(),
      DENO_DIR,
      ...(key ? { SMG_GATEWAY_KEY: key } : {}),
      ...env,
    },
    stderr: "pipe",
  });
  await client.connect(transport);
  return client;
}

/** Text of the first content item of a tool result. */
export function textOf(result: unknown): string {
  const c = (result as { content?: { type: string; text?: string }[] }).content ?? [];
  return c.filter((x) => x.type === "text").map((x) => x.text).join("\n");
}

/** Run `smg <args>` to completion as a subprocess with a clean environment and a given HOME. */
export async function runSmg(
  args: string[],
  home: string,
  opts: { cwd?: string; env?: Record<string, string> } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const res = await new Deno.Command(Deno.execPath(), {
    args: smgArgs(...args),
    env: { HOME: home, DENO_DIR, PATH: Deno.env.get("PATH") ?? "", ...(opts.env ?? {}) },
    clearEnv: true,
    cwd: opts.cwd ?? new URL("../../", import.meta.url).pathname,
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).output();
  const dec = new TextDecoder();
  return { code: res.code, stdout: dec.decode(res.stdout), stderr: dec.decode(res.stderr) };
}
