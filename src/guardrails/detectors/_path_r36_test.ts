import assert from "node:assert/strict";
import { pathTraversalDetector } from "./path_traversal.ts";

const OPTS = { allowed_roots: [], sensitive_files: [], block_absolute_outside_roots: true };
const blocked = (key: string, value: string, tool = "read_file"): boolean =>
  pathTraversalDetector.scan(value, { stage: "input", path: `$.${key}`, key, tool }, OPTS)
    .some((f) => f.severity !== "low");

// Mesh-VPN node identities; whole phone backups; stores named in a list of sources.
const BLOCK: [string, string, string?][] = [
  ["path", "/var/lib/tailscale/derpmap.cached.json"],
  ["path", "C:/ProgramData/Tailscale/tailscaled.state", "copy_file"],
  ["path", "/var/lib/zerotier-one/identity.secret"],
  ["path", "/etc/netbird/config.json"],
  ["path", "/etc/nebula/host.key", "copy_file"],
  [
    "local_path",
    "C:/Users/ana/AppData/Roaming/Apple Computer/MobileSync/Backup/00008030-000C1D2E3F4A5B6C",
    "upload_folder",
  ],
  [
    "source",
    "/Users/ana/Library/Application Support/MobileSync/Backup/a1b2c3d4e5f60718293a4b5c6d7e8f9012345678/Manifest.db",
    "copy_file",
  ],
  [
    "sources",
    "C:/Users/ana/AppData/Local/Microsoft/Edge/User Data/Profile 2/Login Data",
    "create_archive",
  ],
  ["sources", "/home/ana/.local/share/TelegramDesktop/tdata", "create_archive"],
];
const PASS: [string, string, string?][] = [
  ["path", "docs/tailscale/setup.md"],
  ["path", "deploy/nebula/config.yml"],
  ["path", "/var/lib/zerotier-one/identity.public"],
  ["path", "/Users/ana/Library/Application Support/MobileSync/"],
  ["sources", "src/components/Header.tsx", "create_archive"],
  ["sources", "/srv/app/static/img", "create_archive"],
  ["path", "infra/wg/wg-office.conf.sample"],
];

Deno.test("r36 path: node identities, phone backups and listed sources block", () => {
  for (const [k, v, t] of BLOCK) assert.ok(blocked(k, v, t), `should block ${k}=${v}`);
});
Deno.test("r36 path: look-alikes pass", () => {
  for (const [k, v, t] of PASS) assert.ok(!blocked(k, v, t), `should pass ${k}=${v}`);
});
