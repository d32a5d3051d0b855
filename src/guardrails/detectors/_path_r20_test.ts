import { strictEqual } from "node:assert/strict";
import { pathTraversalDetector, PathTraversalOptionsSchema } from "./path_traversal.ts";

const OPTS = PathTraversalOptionsSchema.parse({});
const blocks = (value: string, key = "path", tool = "read_file"): boolean =>
  pathTraversalDetector.scan(value, { stage: "input", path: `$.${key}`, key, tool }, OPTS)
    .some((f) => f.severity !== "low");

Deno.test("path_traversal blocks browser stores written with Windows 8.3 short names", () => {
  const cases = [
    "C:\\Users\\bo\\APPDAT~1\\Local\\Microsoft\\Edge\\USERDA~1\\Default\\COOKIE~1",
    "C:\\Users\\bo\\AppData\\Local\\BraveSoftware\\Brave-Browser\\USERDA~1\\LOCALS~1",
    "C:/Users/bo/AppData/Local/Google/Chrome/User Data/Profile 1/WEBDAT~1",
    "C:\\DOCUME~1\\bo\\LOCALS~1\\APPLIC~1\\Google\\Chrome\\USERDA~1\\Default\\LOGIND~1",
  ];
  for (const p of cases) strictEqual(blocks(p), true, p);
});

Deno.test("path_traversal blocks desktop apps' cookie and token stores", () => {
  const cases = [
    "/Users/kim/Library/Application Support/discord/Local Storage/leveldb/000005.ldb",
    "C:\\Users\\kim\\AppData\\Roaming\\Slack\\Network\\Cookies",
    "/home/kim/.config/Microsoft/Microsoft Teams/Cookies",
    "C:\\Users\\kim\\AppData\\Roaming\\Code\\User\\globalStorage\\state.vscdb",
    "/home/kim/.var/app/com.slack.Slack/config/Slack/Cookies",
  ];
  for (const p of cases) strictEqual(blocks(p), true, p);
});

Deno.test("path_traversal passes look-alikes of app stores and the own process's status", () => {
  const cases = [
    "src/integrations/slack/cookies.ts",
    "C:\\PROGRA~1\\Git\\README.txt",
    "docs/discord/local-storage.md",
    "/Users/kim/Library/Application Support/Code/User/snippets/ts.json",
    "/home/kim/.config/Slack/logs/webapp-console.log",
    "/proc/self/status",
    "/proc/self/limits",
    "/proc/self/cgroup",
    "/proc/self/cpuset",
    "/proc/self/oom_score_adj",
  ];
  for (const p of cases) strictEqual(blocks(p), false, p);
});

Deno.test("path_traversal still blocks the own process's environment and memory", () => {
  for (
    const p of [
      "/proc/self/environ",
      "/proc/self/mem",
      "/proc/self/root/etc/shadow",
      "/proc/self/mountinfo",
      "/proc/1/cgroup/../environ",
    ]
  ) {
    strictEqual(blocks(p), true, p);
  }
});
