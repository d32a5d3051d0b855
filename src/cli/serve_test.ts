import assert from "node:assert/strict";
import { parseListen } from "./serve.ts";

Deno.test("parseListen() accepts :PORT (loopback by default), HOST:PORT, [v6]:PORT and rejects junk", () => {
  assert.deepEqual(parseListen(":8000"), { hostname: "127.0.0.1", port: 8000 });
  assert.deepEqual(parseListen("8000"), { hostname: "127.0.0.1", port: 8000 });
  assert.deepEqual(parseListen(true), { hostname: "127.0.0.1", port: 8000 });
  assert.deepEqual(parseListen("0.0.0.0:9000"), { hostname: "0.0.0.0", port: 9000 });
  assert.deepEqual(parseListen("[::1]:8001"), { hostname: "::1", port: 8001 });
  assert.throws(() => parseListen("localhost"), /Invalid --http address "localhost"/);
  assert.throws(() => parseListen(":99999"), /0-65535/);
});
