import assert from "node:assert/strict";
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/types"
import { CallToolResultSchema, type McpError } from "@modelcontextprotocol/sdk/types.js";
import { inProcessGateway } from "../../tests/helpers/runtime.ts";
import { badServer } from "../../tests/helpers/config.ts";

/** Send a raw tools/call with `params` (the SDK client would refuse to build a malformed one). */
async function rawCall(params: unknown): Promise<McpError> {
  const gw = await inProcessGateway([badServer("echo", "echo")]);
  try {
    await gw.client.request({ method: "tools/call", params } as never, CallToolResultSchema);
  } catch (e) {
    return e as McpError;
  } finally {
    await gw.close();
  }
  throw new Error("the malformed call was accepted");
}

for (
  const [label, params, path] of [
    ["no params", undefined, /\$\.params must be an object/],
    [
      "a numeric name",
      { name: 12, arguments: {} },
      /\$\.params\.name must be a non-empty string, got a number/,
    ],
    ["an empty name", { name: "" }, /\$\.params\.name/],
    [
      "string arguments",
      { name: "echo__echo", arguments: "x" },
      /\$\.params\.arguments must be an object.*got a string/,
    ],
    ["array arguments", { name: "echo__echo", arguments: [1] }, /got an array/],
  ] as const
) {
  Deno.test(`tools/call with ${label} is refused with -32602 naming the field and the fix`, async () => {
    const e = await rawCall(params);
    assert.equal(e.code, -32602);
    assert.match(e.message, path);
    assert.doesNotMatch(e.message, /"code": "invalid_type"/, "no raw zod dump");
  });
}

Deno.test("tools/call without arguments reaches the tool (arguments default to {})", async () => {
  const gw = await inProcessGateway([badServer("echo", "echo")]);
  try {
    const r = await gw.client.callTool({ name: "echo__echo" });
    assert.equal(r.isError, true, "echo requires text: the upstream's own validation answers");
  } finally {
    await gw.close();
  }
});
