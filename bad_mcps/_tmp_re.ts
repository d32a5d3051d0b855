// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/client/index"
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/client/stdio"
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
const t = new StdioClientTransport({ command: Deno.execPath(), args: ["run", "bad_mcps/resource_exhaustion.ts"], cwd: "/work/main", stderr: "inherit" });
const c = new Client({ name: "x", version: "1" });
await c.connect(t);
for (const [name, args] of [["generate_report", { size_mb: Number(Deno.args[0] ?? 1) }], ["list_items", { count: 10000 }], ["get_tree", {}]] as const) {
  const t0 = performance.now();
  try {
    const r = await c.callTool({ name, arguments: args }, undefined, { timeout: 20000 });
    console.log(name, (performance.now() - t0).toFixed(0), "ms", JSON.stringify(r).length);
  } catch (e) { console.log(name, "ERR", String(e)); }
}
await c.close();
