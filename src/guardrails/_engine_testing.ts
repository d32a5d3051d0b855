/**
 * Test helper: run one call's input stage through a real {@link PolicyEngine} with the recommended
 * policies and return the block error, or undefined when the call passes.
 */
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/types"
import type { Tool } from "@modelcontextprotocol/sdk/types.js";
import { ServerSchema } from "../config/schema.ts";
import { GuardBlockedError } from "../errors.ts";
import { EventBus } from "../events/bus.ts";
import type { CallContext } from "../pipeline/context.ts";
import { PolicyEngine } from "./engine.ts";
import { recommendedPolicies } from "./recommended.ts";

/** A function that checks one call of `tool` on server `serverName`. */
export function recommendedInputCheck(
  serverName: string,
): (tool: string, args: Record<string, unknown>) => Promise<GuardBlockedError | undefined> {
  const server = ServerSchema.parse({ name: serverName, command: "x", ...recommendedPolicies() });
  const engine = new PolicyEngine({
    events: new EventBus(),
    policies: (s) => ({ input: s.input_policy, output: s.output_policy }),
  });
  return async (tool, args) => {
    const ctx: CallContext = {
      callId: "t",
      mode: "direct",
      principal: {} as never,
      project: {} as never,
      target: { kind: "server_tool", server: serverName, tool },
      args,
      resolved: {
        publicName: `${serverName}__${tool}`,
        server,
        tool: { name: tool, inputSchema: { type: "object" } } as Tool,
      },
      verdicts: [],
      state: new Map(),
    };
    try {
      await engine.checkInput(ctx);
      return undefined;
    } catch (e) {
      if (e instanceof GuardBlockedError) return e;
      throw e;
    }
  };
}
