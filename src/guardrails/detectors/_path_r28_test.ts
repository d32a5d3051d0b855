import { strictEqual } from "node:assert/strict";
import { pathTraversalDetector, PathTraversalOptionsSchema } from "./path_traversal.ts";
import { publicSystemInfo } from "./_path_r28.ts";

const OPTS = PathTraversalOptionsSchema.parse({});
const blocks = (value: string, key = "path"): boolean =>
  pathTraversalDetector.scan(
    value,
    { stage: "input", path: `$.${key}`, key, tool: "read_file" },
    OPTS,
  )
    .some((f) => f.severity !== "low");

Deno.test("path_traversal passes reads of public OS identity files", () => {
  const cases = [
    "/etc/os-release",
    "/usr/lib/os-release",
    "/etc/lsb-release",
    "/etc/debian_version",
    "/etc/alpine-release",
    "/etc/timezone",
  ];
  for (const v of cases) strictEqual(blocks(v), false, v);
});

Deno.test("path_traversal still blocks secrets, neighbours and climbs to OS files", () => {
  const cases = [
    "/etc/shadow",
    "/etc/os-release/../shadow",
    "../../../../etc/os-release",
    "/etc/hosts",
    "/etc/sudoers",
    "/etc/os-release.d/../../root/.ssh/id_rsa",
  ];
  for (const v of cases) strictEqual(blocks(v), true, v);
  strictEqual(publicSystemInfo("/etc/os-release"), true);
  strictEqual(publicSystemInfo("/etc/os-release/x"), false);
});
