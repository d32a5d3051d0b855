import assert from "node:assert/strict";
import { ProviderError } from "../types.ts";
import { joinUrl, MAX_RESPONSE_BYTES, originOf, postJson, resolveSecret } from "./_http.ts";

async function serve(
  handler: (r: Request) => Response,
): Promise<{ url: string; close(): Promise<void> }> {
  return await new Promise((resolve) => {
    const server = Deno.serve({
      hostname: "127.0.0.1",
      port: 0,
      onListen: ({ port }) =>
        resolve({ url: `http://127.0.0.1:${port}`, close: () => server.shutdown() }),
    }, handler);
  });
}

const base = { provider: "t", service: "Test", headers: {}, body: {}, timeoutMs: 500 };

Deno.test("postJson rejects oversized answers and redirects with ProviderError", async () => {
  const s = await serve((r) =>
    new URL(r.url).pathname === "/big"
      ? new Response("x".repeat(MAX_RESPONSE_BYTES + 10))
      : Response.redirect("http://127.0.0.1:1/elsewhere", 302)
  );
  try {
    await assert.rejects(
      postJson(`${s.url}/big`, base),
      (e: unknown) => e instanceof ProviderError && /larger than/.test(e.message),
    );
    await assert.rejects(
      postJson(`${s.url}/redirect`, base),
      (e: unknown) => e instanceof ProviderError && /Cannot reach/.test(e.message),
    );
  } finally {
    await s.close();
  }
});

Deno.test("originOf keeps only the origin and joinUrl joins cleanly", () => {
  assert.equal(
    originOf("https://user:pw@hooks.example.com/t/SECRET?token=abc"),
    "https://hooks.example.com",
  );
  assert.equal(originOf("not a url"), "(invalid URL)");
  assert.equal(joinUrl("https://api.example.com/", "/v1/x"), "https://api.example.com/v1/x");
  assert.equal(
    joinUrl("https://api.example.com/base", "/v1/x"),
    "https://api.example.com/base/v1/x",
  );
});

Deno.test("resolveSecret rejects empty literals", () => {
  assert.throws(() => resolveSecret("t", "", "the key"), /the key: it is empty/);
  assert.equal(resolveSecret("t", "abc", "the key"), "abc");
});
