import assert from "node:assert/strict";
import { pathTraversalDetector } from "./path_traversal.ts";

const OPTS = { allowed_roots: [], sensitive_files: [], block_absolute_outside_roots: true };
const blocked = (key: string, value: string, tool = "read_file"): boolean =>
  pathTraversalDetector.scan(value, { stage: "input", path: `$.${key}`, key, tool }, OPTS)
    .some((f) => f.severity !== "low");

const BLOCK: [string, string, string?][] = [
  ["source", "/opt/vw-data/db.sqlite3", "copy_file"],
  ["path", "/home/ops/bitwarden_rs/data/rsa_key.der", "read_file"],
  ["files", "/srv/bwdata/env/global.override.env", "upload_file"],
  ["include", "/var/lib/docker/volumes/vaultwarden/_data", "create_archive"],
  ["path", "/etc/passbolt/gpg/serverkey_private.asc", "read_file"],
  ["source", "/opt/vault/data/core/_keyring", "copy_file"],
];
const PASS: [string, string, string?][] = [
  // the public half of the signing key
  ["path", "./vaultwarden/data/rsa_key.pub.pem", "read_file"],
  // the project's own compose file and docs about it
  ["path", "./vaultwarden/docker-compose.yml", "read_file"],
  ["path", "docs/bitwarden/config.md", "read_file"],
  ["path", "./passbolt/gpg/serverkey.asc", "read_file"],
];

Deno.test("path r47: password-manager server data", () => {
  for (const [k, v, t] of BLOCK) assert.ok(blocked(k, v, t), `should block ${v}`);
  for (const [k, v, t] of PASS) assert.ok(!blocked(k, v, t), `should pass ${v}`);
});
