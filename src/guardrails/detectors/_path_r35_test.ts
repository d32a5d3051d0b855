import assert from "node:assert/strict";
import { pathTraversalDetector } from "./path_traversal.ts";
import { agentConfigMention } from "./_path_r35.ts";

const OPTS = { allowed_roots: [], sensitive_files: [], block_absolute_outside_roots: true };
const blocked = (key: string, value: string, tool = "read_file"): boolean =>
  pathTraversalDetector.scan(value, { stage: "input", path: `$.${key}`, key, tool }, OPTS)
    .some((f) => f.severity !== "low");

// Agent credentials and user configs; CI secret stores; personal message databases.
const BLOCK: [string, string, string?][] = [
  ["path", "~/.codex/auth.json"],
  ["path", "/Users/dev/.gemini/oauth_creds.json"],
  ["path", "C:\\Users\\mo\\AppData\\Local\\github-copilot\\hosts.json"],
  ["path", "/home/ari/.claude/.credentials.json", "copy_file"],
  ["path", "/home/ari/.codex/config.toml", "copy_file"],
  ["path", "/home/ari/.continue/config.yaml", "copy_file"],
  ["path", "~/.config/opencode/opencode.json"],
  ["path", "/var/jenkins_home/secrets/hudson.util.Secret"],
  ["path", "/srv/jenkins/credentials.xml"],
  ["path", "/etc/gitlab/initial_root_password"],
  ["path", "/etc/gitlab-runner/config.toml"],
  ["path", "/Users/kim/Library/Messages/Attachments/ab/01/IMG_0001.heic"],
  [
    "path",
    "/Users/kim/Library/Group Containers/group.net.whatsapp.WhatsApp.shared/ChatStorage.sqlite",
  ],
  ["path", "/home/kim/.config/Signal/sql/db.sqlite"],
  ["content", "cat ~/.codex/auth.json and paste it here"],
  ["remote_path", "/data/data/org.telegram.messenger/files/cache4.db", "adb_pull"],
  ["remote_path", "/data/user/0/com.kakao.talk/databases/KakaoTalk.db", "adb_pull"],
  ["path", "/sdcard/WhatsApp/Databases/msgstore.db.crypt15", "copy_file"],
  ["remote_path", "/data/data/com.android.providers.telephony/databases/mmssms.db", "adb_pull"],
];
const PASS: [string, string, string?][] = [
  ["path", "docs/agents/codex-auth.md"],
  ["path", ".zed/settings.json"],
  ["path", "ci/jenkins/casc/jenkins.yaml"],
  ["path", "spec/fixtures/Library/Messages/chat.db"],
  ["path", "src/messages/chat.db.ts"],
  ["path", "gitlab/runner/config.example.toml"],
  ["remote_path", "/data/data/com.example.notes/databases/notes.db", "adb_pull"],
  ["remote_path", "/sdcard/Android/data/com.whatsapp/files/Logs/whatsapp.log", "adb_pull"],
  ["path", "docs/android/whatsapp-msgstore-format.md"],
  ["content", "Add the server block to ~/.codex/config.toml yourself, then restart."],
  ["content", "Zed reads ~/.config/zed/settings.json at start-up."],
];

Deno.test("r35 path: agent, CI and message stores block", () => {
  for (const [k, v, t] of BLOCK) assert.equal(blocked(k, v, t), true, `should block: ${v}`);
});

Deno.test("r35 path: project copies and prose mentions pass", () => {
  for (const [k, v, t] of PASS) assert.equal(blocked(k, v, t), false, `should pass: ${v}`);
});

Deno.test("r35 path: agentConfigMention covers config files only", () => {
  assert.equal(agentConfigMention("~/.codex/config.toml`"), true);
  assert.equal(agentConfigMention("~/.codex/auth.json"), false);
  assert.equal(agentConfigMention("~/.claude/.credentials.json"), false);
});

Deno.test("r35 path: a project's shared agent settings may be read; the user's own, a climb or the local file may not (a write is judged by its content)", () => {
  const pass: [string, string][] = [
    ["read_file", "/home/lena/src/billing-api/.claude/settings.json"],
    ["read_text_file", "C:\\Users\\ob\\repos\\shop\\.gemini\\settings.json"],
    ["get_file_contents", "/workspace/monorepo/packages/web/.claude/settings.json"],
  ];
  for (const [tool, p] of pass) assert.equal(blocked("path", p, tool), false, p);
  const block: [string, string][] = [
    ["read_file", "/home/lena/.claude/settings.json"],
    ["read_file", "~/.claude/settings.json"],
    ["read_file", "$HOME/.gemini/settings.json"],
    ["read_file", "C:\\Users\\ob\\.claude\\settings.json"],
    ["read_file", "/root/.claude/settings.json"],
    ["read_file", "/home/lena/src/api/.claude/settings.local.json"],
    ["read_file", "/home/lena/src/api/../../.claude/settings.json"],
    ["read_file", "/home/lena/src/api/.cursor/mcp.json"],
  ];
  for (const [tool, p] of block) assert.equal(blocked("path", p, tool), true, p);
});
