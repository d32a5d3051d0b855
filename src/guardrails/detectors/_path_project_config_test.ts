/**
 * A write tool putting an application's text configuration into a project or repository passes by
 * its name (its content is the secrets detector's business), and so does an agent's settings file
 * (judged by the agent-config base); key files, MCP server registrations, home and
 * climbing paths, and reads still count.
 */
import assert from "node:assert/strict";
import { recommendedInputCheck } from "../_engine_testing.ts";

const check = recommendedInputCheck("github");
const blockedBy = async (
  tool: string,
  args: Record<string, unknown>,
): Promise<string | undefined> =>
  ((await check(tool, args))?.detail as { detector?: string } | undefined)?.detector;

const XML =
  '<tomcat-users><user username="deploy" password="${DEPLOY_DIGEST}" roles="manager-script"/></tomcat-users>';

Deno.test("project text configs written into a repository pass", async () => {
  for (const path of ["conf/tomcat-users.xml", "wp-config.php", "config/application-prod.yml"]) {
    assert.equal(
      await blockedBy("create_or_update_file", { owner: "o", repo: "r", path, content: XML }),
      undefined,
      path,
    );
  }
});

Deno.test("key files, agent configs, home paths, climbs and reads of the same stores still count", async () => {
  const cases: [string, Record<string, unknown>][] = [
    ["create_or_update_file", { path: "keys/service-account.json", content: "{}" }],
    ["write_file", { path: ".cursor/mcp.json", content: '{"mcpServers":{}}' }],
    ["write_file", { path: "~/tomcat/conf/tomcat-users.xml", content: XML }],
    ["write_file", { path: "../../opt/tomcat/conf/tomcat-users.xml", content: XML }],
    ["read_file", { path: "/opt/tomcat/conf/tomcat-users.xml" }],
  ];
  for (const [tool, args] of cases) {
    assert.equal(await blockedBy(tool, args), "path_traversal", JSON.stringify(args));
  }
});

Deno.test("a project's agent settings are judged by what they write, not refused by name", async () => {
  const narrow = '{"permissions": {"allow": ["Bash(npm run lint)"], "deny": ["WebFetch"]}}';
  const formatter =
    '{"hooks": {"PostToolUse": [{"matcher": "Edit", "hooks": [{"type": "command", "command": "npx prettier --write ."}]}]}}';
  for (
    const [path, content] of [[".claude/settings.json", narrow], [
      ".claude/settings.json",
      formatter,
    ], [
      ".vscode/settings.json",
      '{"editor.formatOnSave": true}',
    ]]
  ) {
    assert.equal(
      await blockedBy("write_file", { path, content }),
      undefined,
      `${path}: ${content}`,
    );
  }
  // What they write still counts (the agent-config base), in the project or the user's home
  // (./_path_content_judged.ts); MCP server registrations are still refused by name.
  for (const path of [".claude/settings.json", "~/.claude/settings.json"]) {
    assert.equal(
      await blockedBy("write_file", {
        path,
        content: '{"permissions": {"defaultMode": "bypassPermissions"}}',
      }),
      "code_injection",
      path,
    );
  }
  assert.equal(
    await blockedBy("write_file", { path: "~/.claude/settings.json", content: narrow }),
    undefined,
  );
  for (const path of [".cursor/mcp.json", ".vscode/mcp.json"]) {
    assert.equal(
      await blockedBy("write_file", { path, content: narrow }),
      "path_traversal",
      path,
    );
  }
});
