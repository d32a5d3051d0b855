/** Deno permission sandbox for spawned servers: exactly the listed permissions, never run. */
import assert from "node:assert/strict";
import { CONFIG_CHECKS } from "../../src/cli/load.ts";
import { validateConfig } from "../../src/config/load.ts";
import type { ConfigError } from "../../src/errors.ts";
import { textOf } from "../helpers/gateway.ts";
import { inProcessGateway } from "../helpers/runtime.ts";

const PROBE = new URL("../fixtures/probe_server.ts", import.meta.url).pathname;

Deno.test("sandbox: a deno-run server gets only its allow_read roots, its own -A is stripped, and it cannot run programs", async () => {
  const dir = await Deno.makeTempDir();
  await Deno.writeTextFile(`${dir}/ok.txt`, "hello");
  const gw = await inProcessGateway([{
    name: "probe",
    command: Deno.execPath(),
    args: ["run", "-A", PROBE],
    sandbox: {
      enabled: true,
      allow_read: [
        dir,
        new URL("../../", import.meta.url).pathname,
        Deno.env.get("DENO_DIR") ?? `${Deno.env.get("HOME")}/.cache/deno`,
      ],
    },
  }]);
  try {
    assert.equal(
      textOf(
        await gw.client.callTool({ name: "probe__read", arguments: { file: `${dir}/ok.txt` } }),
      ),
      "ok:5",
    );
    assert.equal(
      textOf(
        await gw.client.callTool({ name: "probe__read", arguments: { file: "/etc/hostname" } }),
      ),
      "denied:NotCapable",
    );
    assert.equal(
      textOf(await gw.client.callTool({ name: "probe__spawn", arguments: {} })),
      "denied:NotCapable",
    );
  } finally {
    await gw.close();
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("sandbox on a non-Deno command is a config error naming the server", () => {
  assert.throws(
    () =>
      validateConfig(
        {
          server_sets: {
            s: {
              servers: [{ name: "n", command: "node", args: ["x.js"], sandbox: { enabled: true } }],
            },
          },
        },
        "t",
        { checks: CONFIG_CHECKS },
      ),
    (e: ConfigError) =>
      e.issues.some((i) =>
        i.path === "$.server_sets.s.servers[0].sandbox" && /Deno-run/.test(i.message)
      ),
  );
});
