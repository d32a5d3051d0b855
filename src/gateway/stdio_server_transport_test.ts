import assert from "node:assert/strict";
import { DenoStdioServerTransport } from "./stdio_server_transport.ts";

Deno.test("DenoStdioServerTransport frames split lines, skips non-JSON-RPC, writes whole lines, closes on EOF", async () => {
  const enc = new TextEncoder();
  const parts = [
    '{"jsonrpc":"2.0","id":1,"method":"pi',
    'ng"}\nnot json\n{"jsonrpc":"2.0","method":"x"}\r\n',
  ];
  const input = new ReadableStream<Uint8Array>({
    start(c) {
      for (const p of parts) c.enqueue(enc.encode(p));
      c.close();
    },
  });
  const written: string[] = [];
  const output = {
    write: (p: Uint8Array) => {
      written.push(new TextDecoder().decode(p));
      return Promise.resolve(p.length);
    },
  };
  const t = new DenoStdioServerTransport(input, output);
  const msgs: unknown[] = [];
  const errors: string[] = [];
  const closed = new Promise<void>((r) => (t.onclose = r));
  t.onmessage = (m) => msgs.push(m);
  t.onerror = (e) => errors.push(e.message);
  await t.start();
  await closed;
  assert.deepEqual(msgs, [{ jsonrpc: "2.0", id: 1, method: "ping" }, {
    jsonrpc: "2.0",
    method: "x",
  }]);
  assert.equal(errors.length, 1);
  assert.match(errors[0], /not JSON-RPC/);
  await assert.rejects(t.send({ jsonrpc: "2.0", id: 1, result: {} }), /closed/);
  const t2 = new DenoStdioServerTransport(new ReadableStream({ start: () => {} }), output);
  await t2.send({ jsonrpc: "2.0", id: 2, result: {} });
  assert.equal(written.join(""), '{"jsonrpc":"2.0","id":2,"result":{}}\n');
});
