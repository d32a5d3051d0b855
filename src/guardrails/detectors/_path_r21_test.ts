import { strictEqual } from "node:assert/strict";
import { pathTraversalDetector, PathTraversalOptionsSchema } from "./path_traversal.ts";

const OPTS = PathTraversalOptionsSchema.parse({});
const blocks = (value: string, key = "path", tool = "read_file"): boolean =>
  pathTraversalDetector.scan(value, { stage: "input", path: `$.${key}`, key, tool }, OPTS)
    .some((f) => f.severity !== "low");

Deno.test("path_traversal blocks Chromium-family Network/Cookies and Local State", () => {
  const cases = [
    "C:\\Users\\li\\AppData\\Local\\Microsoft\\Edge\\User Data\\Profile 2\\Network\\Cookies",
    "C:\\Users\\li\\AppData\\Local\\BraveSoftware\\Brave-Browser\\User Data\\Local State",
    "C:\\Users\\li\\AppData\\Roaming\\Opera Software\\Opera Stable\\Network\\Cookies",
    "/home/li/.config/google-chrome/Default/Network/Cookies",
    "C:/Users/li/AppData/Local/Vivaldi/User Data/Default/Login Data For Account",
    "/home/li/.config/chromium/Local State",
  ];
  for (const p of cases) strictEqual(blocks(p), true, p);
});

Deno.test("path_traversal blocks desktop chat apps' session state", () => {
  const cases = [
    "C:\\Users\\li\\AppData\\Roaming\\Slack\\storage\\root-state.json",
    "/home/li/.config/Slack/IndexedDB/https_app.slack.com_0.indexeddb.leveldb/000003.log",
    "/Users/li/Library/Application Support/Signal/config.json",
    "C:\\Users\\li\\AppData\\Roaming\\Signal\\sql\\db.sqlite",
    "C:\\Users\\li\\AppData\\Roaming\\Telegram Desktop\\tdata\\key_datas",
    "/Users/li/Library/Application Support/discord/Local Storage/leveldb",
  ];
  for (const p of cases) strictEqual(blocks(p), true, p);
});

Deno.test("path_traversal blocks the gateway's own and other MCP gateways' configs", () => {
  const cases = [
    "~/.smg/config.json",
    "/Users/li/.smg/pins.json",
    "/home/li/.config/smg/config.json",
    "C:\\Users\\li\\.enkrypt\\enkrypt_mcp_config.json",
    "/home/li/.docker/mcp/config.yaml",
  ];
  for (const p of cases) strictEqual(blocks(p), true, p);
});

Deno.test("path_traversal passes look-alikes of browser, chat app and gateway files", () => {
  const cases = [
    "src/network/cookies.ts",
    "docs/chrome/user-data.md",
    "/home/li/.config/Slack/logs/webapp-console.log",
    "/Users/li/Library/Application Support/Signal/logs/app.log",
    "src/smg/config.ts",
    "docs/smg-config.md",
    "/home/li/projects/storage/root-state.json",
    "tests/fixtures/slack/storage.json",
  ];
  for (const p of cases) strictEqual(blocks(p), false, p);
});
