/** Run `smg` as a subprocess against a temp HOME (test helper). */
import { init } from "../../src/cli/init.ts";
import { DENO_DIR, smgArgs } from "../helpers/gateway.ts";

/** What a CLI run produced. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A temp HOME with a fresh `smg init` config (written in-process). */
export async function tempHome(): Promise<{ home: string; config: string; key: string }> {
  const home = await Deno.makeTempDir({ prefix: "smg_admin_" });
  const config = `${home}/.smg/config.json`;
  const r = await init({ config });
  return { home, config, key: r.key };
}

/** Run smg with `args` (HOME = `home`, no terminal on stdin unless `stdin` text is given). */
export async function smg(
  home: string,
  args: string[],
  opts: { stdin?: string; env?: Record<string, string> } = {},
): Promise<CliResult> {
  const child = new Deno.Command(Deno.execPath(), {
    args: smgArgs(...args),
    env: {
      HOME: home,
      DENO_DIR,
      XDG_CONFIG_HOME: `${home}/.config`,
      SMG_CONFIG: "",
      ...(opts.env ?? {}),
    },
    stdin: opts.stdin === undefined ? "null" : "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  if (opts.stdin !== undefined) {
    const w = child.stdin.getWriter();
    await w.write(new TextEncoder().encode(opts.stdin));
    await w.close();
  }
  const r = await child.output();
  const dec = new TextDecoder();
  return { code: r.code, stdout: dec.decode(r.stdout), stderr: dec.decode(r.stderr) };
}
