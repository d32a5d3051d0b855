/** Test helper of the `_defkb_*` families: a one-tool definition with a description and one parameter. */
import type { ToolDefinition } from "../types.ts";

export function tool(desc: string, param = "Input value"): ToolDefinition {
  return {
    server: "s",
    name: "t",
    description: desc,
    inputSchema: { type: "object", properties: { q: { type: "string", description: param } } },
  } as ToolDefinition;
}
