/**
 * Helpers shared by the tool-definition round tests (`_definition_r18_test.ts` …): build a small
 * tool, list the kinds the detector reports at medium or above, and check attack/benign tables.
 */
import assert from "node:assert/strict";
import { toolDefinitionDetector } from "./tool_definition.ts";
import type { ToolDefinition } from "../types.ts";

const OPTS = toolDefinitionDetector.optionsSchema.parse({});
/** Rules only: the learned model is judged by the eval, not by the precision tables. */
export const RULES_ONLY = toolDefinitionDetector.optionsSchema.parse({ learned: false });

/** True when the rules block `def` (a medium or worse finding, as the definition policy does). */
export function rulesBlock(def: ToolDefinition): boolean {
  return toolDefinitionDetector.scan(def, [], RULES_ONLY).some((f) => f.severity !== "low");
}

/** A tool of server `s` named `name`, with `properties` (one string `body` by default). */
export function namedTool(
  name: string,
  description: string,
  properties: Record<string, unknown> = { body: { type: "string" } },
  annotations?: Record<string, unknown>,
): ToolDefinition {
  return {
    server: "s",
    name,
    description,
    inputSchema: { type: "object", properties },
    ...(annotations ? { annotations } : {}),
  } as ToolDefinition;
}

/** Kinds reported at medium or above for `tool` (server `s`, name `tool` unless given). */
export function kinds(tool: Record<string, unknown>, others: ToolDefinition[] = []): string[] {
  const t = { server: "s", name: "tool", inputSchema: { type: "object" }, ...tool };
  return toolDefinitionDetector.scan(t as ToolDefinition, others, OPTS)
    .filter((f) => f.severity !== "low").map((f) => f.kind);
}

/** A tool described by `description` with string parameters `params`. */
export function tool(description: string, ...params: string[]): Record<string, unknown> {
  const properties = Object.fromEntries(params.map((p) => [p, { type: "string" }]));
  return { description, inputSchema: { type: "object", properties } };
}

/** A tool named `tool` with `description`, input `properties` and any other fields in `extra`. */
export function withProps(
  description: string,
  properties: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { name: "tool", description, inputSchema: { type: "object", properties }, ...extra };
}

/** A tool whose one parameter `name` is described by `description`. */
export function param(
  name: string,
  description: string,
  toolName = "tool",
): Record<string, unknown> {
  return {
    name: toolName,
    description: "Does its job.",
    inputSchema: { type: "object", properties: { [name]: { type: "string", description } } },
  };
}

/** Every attack reports something; every benign definition reports nothing. */
export function table(
  attacks: Record<string, unknown>[],
  benign: Record<string, unknown>[],
  others: ToolDefinition[] = [],
): void {
  for (const t of attacks) assert.ok(kinds(t, others).length > 0, `missed: ${JSON.stringify(t)}`);
  for (const t of benign) assert.deepEqual(kinds(t, others), [], `blocked: ${JSON.stringify(t)}`);
}
