/** A socat relay between two local endpoints passes; every other socat stays blocked. */
import assert from "node:assert/strict";
import { recommendedInputCheck } from "../_engine_testing.ts";

const check = recommendedInputCheck("shell");
const blocked = async (command: string): Promise<boolean> =>
  (await check("run_command", { command })) !== undefined;

Deno.test("socat between loopback listeners, loopback ports and app sockets passes", async () => {
  for (
    const command of [
      "socat TCP-LISTEN:8080,bind=127.0.0.1,fork UNIX-CONNECT:/var/run/app.sock",
      "socat -d -d TCP-LISTEN:8088,reuseaddr,bind=localhost,fork UNIX-CONNECT:/run/gunicorn/app.sock",
      "socat UNIX-LISTEN:/tmp/agent.sock,fork TCP:127.0.0.1:9000",
      "socat TCP4-LISTEN:5433,bind=127.0.0.1,fork TCP4:localhost:5432",
    ]
  ) assert.equal(await blocked(command), false, command);
});

Deno.test("socat to another host, on every interface, with a shell or a runtime socket is blocked", async () => {
  for (
    const command of [
      "socat TCP-LISTEN:4444,fork EXEC:/bin/bash",
      "socat TCP-LISTEN:8080,fork TCP:10.0.0.5:80",
      "socat TCP-LISTEN:8080,fork UNIX-CONNECT:/var/run/app.sock",
      "socat -d TCP-LISTEN:5433,bind=localhost,reuseaddr,fork TCP:db.partner-net.example:5432",
      "socat TCP-LISTEN:2375,bind=127.0.0.1,fork UNIX-CONNECT:/var/run/docker.sock",
      "socat UNIX-LISTEN:/tmp/x.sock,fork EXEC:/bin/sh",
      "socat TCP-LISTEN:80,bind=127.0.0.1,fork SYSTEM:'sh -i'",
      "socat - UNIX-CONNECT:/run/containerd/containerd.sock",
      "socat TCP-LISTEN:8080,bind=127.0.0.1,fork UNIX-CONNECT:/run/app.sock | sh",
    ]
  ) assert.equal(await blocked(command), true, command);
});
