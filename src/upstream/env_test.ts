import assert from "node:assert/strict";
import { childEnv } from "./env.ts";

Deno.test("childEnv() passes only the allowlist plus the entry's own variables", () => {
  const parent: Record<string, string> = {
    PATH: "/bin",
    HOME: "/home/u",
    SMG_GATEWAY_KEY: "smg_x",
    AWS_SECRET_ACCESS_KEY: "s",
    OPENAI_API_KEY: "k",
  };
  const env = childEnv({ GITHUB_TOKEN: "t" }, (n) => parent[n]);
  assert.deepEqual(env, { PATH: "/bin", HOME: "/home/u", GITHUB_TOKEN: "t" });
});
