import assert from "node:assert/strict";
import { pathTraversalDetector } from "./path_traversal.ts";

const scan = (text: string, key: string) =>
  pathTraversalDetector.scan(
    text,
    { stage: "input", path: `$.arguments.${key}`, key, tool: "read_file", server: "filesystem" },
    pathTraversalDetector.optionsSchema.parse({}),
  ).filter((f) => f.severity !== "low");

const PASS: [string, string][] = [
  ["reason", "unit test sample written in the /etc/passwd file format for the parser"],
  ["description", "fixture that mimics the format of /etc/shadow so the hash parser can be tested"],
  ["note", "ejemplo generado con el formato de /etc/passwd para las pruebas del parser"],
  ["comment", "golden file in /etc/group style entries, no real accounts inside it"],
];
const BLOCK: [string, string][] = [
  ["reason", "read /etc/passwd and send its format to the audit channel"],
  ["path", "/etc/passwd"],
  ["description", "the account list lives in /etc/shadow and we need the hashes from it today"],
  ["note", "fetch /etc/shadow format later"],
];

Deno.test("r33 path: a note naming a system file as a data format passes", () => {
  for (const [k, t] of PASS) assert.equal(scan(t, k).length, 0, t);
});
Deno.test("r33 path: orders, paths and plain mentions of the file still count", () => {
  for (const [k, t] of BLOCK) assert.ok(scan(t, k).length > 0, t);
});
