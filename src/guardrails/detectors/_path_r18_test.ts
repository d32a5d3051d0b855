import { strictEqual } from "node:assert/strict";
import { pathTraversalDetector, PathTraversalOptionsSchema } from "./path_traversal.ts";

const OPTS = PathTraversalOptionsSchema.parse({});
const blocks = (value: string, key = "path", tool = "read_file"): boolean =>
  pathTraversalDetector.scan(value, { stage: "input", path: `$.${key}`, key, tool }, OPTS)
    .some((f) => f.severity === "high" || f.severity === "critical");

Deno.test("path_traversal blocks password-manager CLI state (op, bw, gopass, lpass)", () => {
  const cases = [
    "/home/ana/.config/op/config",
    "~/.op/config",
    "/Users/kim/Library/Application Support/Bitwarden CLI/data.json",
    "C:\\Users\\kim\\AppData\\Roaming\\Bitwarden CLI\\data.json",
    "~/.config/Bitwarden CLI/data.json",
    "/home/dev/.local/share/gopass/stores/root/aws/prod.gpg",
    "~/.config/gopass/config",
    "/home/dev/.lpass/session_privatekey",
    "~/.local/share/lpass/blob",
  ];
  for (const p of cases) strictEqual(blocks(p), true, p);
});

Deno.test("path_traversal passes look-alikes of password-manager paths", () => {
  const cases = [
    "./src/op/config.ts",
    "docs/bitwarden-cli.md",
    "projects/gopass-docs/README.md",
    "config/options.yaml",
  ];
  for (const p of cases) strictEqual(blocks(p), false, p);
});
