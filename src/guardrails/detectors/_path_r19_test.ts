import { strictEqual } from "node:assert/strict";
import { pathTraversalDetector, PathTraversalOptionsSchema } from "./path_traversal.ts";

const OPTS = PathTraversalOptionsSchema.parse({});
const blocks = (value: string, key = "path", tool = "read_file"): boolean =>
  pathTraversalDetector.scan(value, { stage: "input", path: `$.${key}`, key, tool }, OPTS)
    .some((f) => f.severity === "high" || f.severity === "critical");

Deno.test("path_traversal blocks cloud CLI token caches", () => {
  const cases = [
    "/Users/ana/.aws/sso/cache/3f1c2b9e.json",
    "~/.aws/cli/cache",
    "C:\\Users\\kim\\.aws\\sso\\cache\\",
    "/home/ops/.kube/cache/oidc-login/7b1e0d",
    "C:\\Users\\kim\\AppData\\Roaming\\gcloud\\access_tokens.db",
  ];
  for (const p of cases) strictEqual(blocks(p, "path", "list_directory"), true, p);
});

Deno.test("path_traversal blocks the SSH agent socket", () => {
  const cases = [
    "/tmp/ssh-a8Kq2LmZ/agent.4242",
    "/tmp/ssh-Zx91PqRs",
    "/private/tmp/ssh-QWErty12/",
    "/run/user/1000/openssh_agent",
  ];
  for (const p of cases) strictEqual(blocks(p, "path", "stat"), true, p);
});

Deno.test("path_traversal passes look-alikes of caches and agent sockets", () => {
  const cases = [
    "/home/dev/.kube/cache/discovery/api.example.com",
    "docs/aws/sso/cache-setup.md",
    "/tmp/ssh-keygen-notes.txt",
    "/tmp/sshd_config.bak",
    "./scripts/ssh-agent-setup.sh",
  ];
  for (const p of cases) strictEqual(blocks(p), false, p);
});

Deno.test("path_traversal passes git sample hooks and still blocks live hooks", () => {
  strictEqual(blocks("/srv/repo/.git/hooks/pre-push.sample"), false);
  strictEqual(blocks(".git/hooks/commit-msg.sample"), false);
  strictEqual(blocks(".git/hooks/post-checkout", "path", "write_file"), true);
  strictEqual(blocks("/srv/repo/.git/hooks/pre-commit"), true);
});
