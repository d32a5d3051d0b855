import assert, { strictEqual } from "node:assert/strict";
import { pathTraversalDetector, PathTraversalOptionsSchema } from "./path_traversal.ts";
import { siblingLinkTarget } from "./_path_r14.ts";

const OPTS = PathTraversalOptionsSchema.parse({});
const blocks = (tool: string, key: string, value: string): boolean =>
  pathTraversalDetector.scan(value, { stage: "input", path: `$.${key}`, key, tool }, OPTS)
    .some((f) => f.severity === "high" || f.severity === "critical");

Deno.test("path_traversal passes a symlink target one folder up from the link", () => {
  strictEqual(blocks("create_symlink", "target", "../common/logging.toml"), false);
  strictEqual(blocks("symlink", "link_target", "../assets/logo.svg"), false);
  strictEqual(blocks("make_link", "source", "../lib/index.js"), false);
});

Deno.test("path_traversal still blocks deeper or secret symlink targets and other tools", () => {
  strictEqual(blocks("create_symlink", "target", "../../../etc/shadow"), true);
  strictEqual(blocks("create_symlink", "target", "../.ssh/id_rsa"), true);
  strictEqual(blocks("create_symlink", "target", "../a/../../b"), true);
  strictEqual(blocks("read_file", "path", "../shared/config.yaml"), true);
  strictEqual(blocks("create_symlink", "link_path", "../x/config.yaml"), true);
});

Deno.test("siblingLinkTarget() needs a link tool, a target key and one leading climb", () => {
  strictEqual(siblingLinkTarget("ln", "target", "../x"), true);
  strictEqual(siblingLinkTarget("copy_file", "source", "../x"), false);
  strictEqual(siblingLinkTarget("symlink", "target", "../../x"), false);
});

Deno.test("path_traversal: the IIS web root's static files pass; server code, logs, app pools and web.config still count", () => {
  const d = pathTraversalDetector;
  const o = d.optionsSchema.parse({});
  const scan = (p: string) =>
    d.scan(p, { stage: "input", path: "$.path", key: "path", tool: "read_file" }, o)
      .filter((f) => f.severity !== "low").map((f) => f.kind);
  for (const p of ["C:\\inetpub\\wwwroot\\index.html", "D:/inetpub/wwwroot/css/site.css"]) {
    assert.deepEqual(scan(p), [], p);
  }
  for (
    const p of [
      "C:\\inetpub\\wwwroot\\web.config",
      "C:/inetpub/wwwroot/login.aspx",
      "C:\\inetpub\\logs\\LogFiles\\W3SVC1\\u_ex231101.log",
      "C:\\inetpub\\temp\\appPools\\DefaultAppPool.config",
    ]
  ) assert.ok(scan(p).length > 0, p);
});
