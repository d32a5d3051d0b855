// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/client/index"
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/inMemory"
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/server/index"
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/types"
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import assert from "node:assert/strict";
import { runSteps } from "./steps.ts";
import type { Scenario } from "./types.ts";

/** A gateway stand-in whose first tools/list answers after `delayMs` (a slow discovery). */
async function slowListingClient(
  delayMs: number,
): Promise<{ client: Client; close: () => Promise<void> }> {
  const server = new Server({ name: "slow", version: "1" }, { capabilities: { tools: {} } });
  server.setRequestHandler(ListToolsRequestSchema, async () => {
    await new Promise((r) => setTimeout(r, delayMs));
    return { tools: [{ name: "echo", inputSchema: { type: "object" } }] };
  });
  server.setRequestHandler(CallToolRequestSchema, () => ({
    content: [],
    structuredContent: { servers: [{ server: "s", status: "ok", tools: [{ name: "echo" }] }] },
  }));
  const [a, b] = InMemoryTransport.createLinkedPair();
  await server.connect(b);
  const client = new Client({ name: "t", version: "1" });
  await client.connect(a);
  return { client, close: async () => (await client.close(), await server.close()) };
}

const EMPTY: Scenario = {
  name: "slow",
  threat: "none",
  stoppedBy: "none",
  severity: "none",
  test: "src/check/steps_test.ts",
  steps: [],
};

Deno.test("the first listing waits for its own deadline, longer than a call step's", async () => {
  const { client, close } = await slowListingClient(400);
  try {
    const [r] = await runSteps(EMPTY, { client }, { stepTimeoutMs: 100, firstListingMs: 5_000 });
    assert.equal(r.id, "listing/no_hostile_characters");
    assert.equal(r.observed, "clean", r.detail);
    assert.equal(r.passed, true);
  } finally {
    await close();
  }
});

Deno.test("a first listing past its deadline is a failed check that says so", async () => {
  const { client, close } = await slowListingClient(1_500);
  try {
    const [r] = await runSteps(EMPTY, { client }, { stepTimeoutMs: 100, firstListingMs: 200 });
    assert.equal(r.observed, "error");
    assert.equal(r.passed, false);
    assert.match(r.detail, /listing tools failed: .*timed out/i);
  } finally {
    await close();
  }
});
