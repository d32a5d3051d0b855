import { strictEqual } from "node:assert/strict";
import { pathTraversalDetector, PathTraversalOptionsSchema } from "./path_traversal.ts";

const OPTS = PathTraversalOptionsSchema.parse({});
const blocks = (key: string, value: string, tool = "list_directory"): boolean =>
  pathTraversalDetector.scan(value, { stage: "input", path: `$.${key}`, key, tool }, OPTS)
    .some((f) => f.severity === "high" || f.severity === "critical");

Deno.test("path_traversal blocks file patterns naming credential stores", () => {
  const cases: Array<[string, string]> = [
    ["glob", "**/{key4.db,logins.json}"],
    ["pattern", "*/Default/{Login Data,Cookies,Local State}"],
    ["include", "{signons.sqlite,places.sqlite}"],
    ["name_pattern", "id_ed25519"],
    ["filter", "*.kdbx|wallet.dat"],
    ["query", "**/.git-credentials"],
    // Histories that keep typed passwords, collected across home folders.
    ["pattern", "*/{.psql_history,.mysql_history}"],
    ["glob", "home/*/.zsh_history"],
    ["file_pattern", "**/.dbshell"],
    ["include", "**/PSReadLine/ConsoleHost_history.txt"],
  ];
  for (const [key, value] of cases) strictEqual(blocks(key, value, "search_files"), true, value);
});

Deno.test("path_traversal passes ordinary file patterns and single app-like names", () => {
  const cases: Array<[string, string]> = [
    ["pattern", "{package.json,tsconfig.json,deno.json}"],
    ["glob", "src/**/*.{ts,tsx}"],
    ["pattern", "logins.json"],
    ["include", "**/cookies.ts"],
    ["filter", "*.db"],
    ["name", "id_rsa_backup_notes.md"],
    ["pattern", "**/history_*.csv"],
    ["glob", "src/**/*_history.ts"],
    ["filter", "order_history.json"],
  ];
  for (const [key, value] of cases) strictEqual(blocks(key, value, "search_files"), false, value);
});
