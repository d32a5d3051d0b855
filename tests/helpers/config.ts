/** Build test configs with real keys (valid, disabled, expired) in a temp dir. */
import { generateKey } from "../../src/auth/keys.ts";
import type { ConfigInput } from "../../src/config/schema.ts";

/** A server entry as written in config. */
export type ServerEntry = Record<string, unknown> & { name: string };

/** Paths to test fixtures. */
export const RECORDER = new URL("../fixtures/recorder_server.ts", import.meta.url).pathname;
export const BAD_MCPS_DIR = new URL("../../bad_mcps/", import.meta.url).pathname;

/** A stdio entry running the recorder fixture with no permissions but writing to `recordFile`. */
export function recorderServer(
  name: string,
  recordFile: string,
  extra: Record<string, unknown> = {},
): ServerEntry {
  return {
    name,
    command: Deno.execPath(),
    args: ["run", `--allow-write=${recordFile}`, "--allow-env", RECORDER],
    env: { RECORD_FILE: recordFile, LABEL: name },
    ...extra,
  };
}

/** A stdio entry running a bundled bad MCP through `smg` (self command). */
export function badServer(
  name: string,
  bad: string,
  extra: Record<string, unknown> = {},
): ServerEntry {
  return { name, command: "smg", args: ["bad-mcp", "run", bad], ...extra };
}

/** The keys a test config holds. */
export interface TestKeys {
  valid: string;
  disabled: string;
  expired: string;
  other: string;
}

/**
 * `settings.guards` forced by SMG_TEST_GUARDS_ISOLATION (`inline` or `worker`), so the same guard
 * tests run in both isolation modes: `SMG_TEST_GUARDS_ISOLATION=inline deno test -A tests/guards`.
 */
export function testGuardSettings(): Record<string, unknown> {
  const mode = Deno.env.get("SMG_TEST_GUARDS_ISOLATION");
  if (mode !== "inline" && mode !== "worker") return {};
  return { guards: { isolation: mode } };
}

/** Write a config with one project over `servers`, returning the path and plaintext keys. */
export async function writeTestConfig(
  dir: string,
  servers: ServerEntry[],
  opts: {
    exposure?: "direct" | "meta" | "both";
    settings?: Record<string, unknown>;
    secondProject?: ServerEntry[];
  } = {},
): Promise<{ path: string; keys: TestKeys; config: ConfigInput }> {
  const k = {
    valid: generateKey(),
    disabled: generateKey(),
    expired: generateKey(),
    other: generateKey(),
  };
  const key = (
    g: ReturnType<typeof generateKey>,
    extra: Record<string, unknown> = {},
    project = "p1",
  ) => ({
    hash: g.hash,
    prefix: g.prefix,
    project,
    user: "u1",
    ...extra,
  });
  const config: ConfigInput = {
    version: 1,
    settings: {
      log_level: "warn",
      ...testGuardSettings(),
      ...(opts.settings ?? {}),
    } as ConfigInput["settings"],
    server_sets: {
      s1: { servers: servers as never },
      s2: { servers: (opts.secondProject ?? []) as never },
    },
    projects: {
      p1: {
        name: "Project one",
        server_set: "s1",
        exposure: opts.exposure ?? "both",
        users: ["u1"],
      },
      p2: { name: "Project two", server_set: "s2", exposure: "direct", users: ["u1"] },
    },
    users: { u1: { email: "tester@example.com" } },
    keys: {
      valid: key(k.valid),
      disabled: key(k.disabled, { disabled: true }),
      expired: key(k.expired, { expires_at: "2020-01-01T00:00:00Z" }),
      other: key(k.other, {}, "p2"),
    },
  };
  const path = `${dir}/config.json`;
  await Deno.writeTextFile(path, JSON.stringify(config, null, 2));
  return {
    path,
    config,
    keys: {
      valid: k.valid.key,
      disabled: k.disabled.key,
      expired: k.expired.key,
      other: k.other.key,
    },
  };
}

/** Lines recorded by recorder upstreams. */
export async function recorded(
  file: string,
): Promise<{ tool: string; args?: Record<string, unknown> }[]> {
  const text = await Deno.readTextFile(file).catch(() => "");
  return text.split("\n").filter(Boolean).map((l) => JSON.parse(l));
}
