import assert from "node:assert/strict";
import { pathTraversalDetector } from "./path_traversal.ts";
import { publicSystemRead } from "./_path_public_read.ts";
import type { Finding } from "../types.ts";

const DEFAULTS = pathTraversalDetector.optionsSchema.parse({});
const ON = pathTraversalDetector.optionsSchema.parse({ public_system_reads: true });
const scan = (tool: string, path: string, opts = ON): Finding[] =>
  pathTraversalDetector.scan(path, { stage: "input", path: "$.path", key: "path", tool }, opts);
const blocking = (fs: Finding[]) => fs.filter((f) => f.severity !== "low").map((f) => f.kind);

// Everyday reads: recorded (a low finding), not blocked.
const READS = [
  "/var/log/nginx/access.log",
  "/var/log/apache2/error.log.1",
  "/var/log/syslog",
  "/etc/nginx/conf.d/shop.example.conf",
  "/etc/apache2/sites-available/000-default.conf",
  "/etc/hosts",
  "/etc/resolv.conf",
  "C:\\Windows\\System32\\drivers\\etc\\hosts",
  "/etc/NetworkManager/NetworkManager.conf",
  "/etc/udev/rules.d/70-persistent-net.rules",
  // (`/proc/<pid>/status` is no system file at all since session 29; `cgroup` still is.)
  "/proc/1/cgroup",
];

// Reads that still count: credential-bearing system files, climbs, and anything not listed.
const STILL_COUNTED = [
  "/etc/wpa_supplicant/wpa_supplicant.conf",
  "/etc/NetworkManager/system-connections/Office.nmconnection",
  "/etc/nginx/ssl/shop.example.key",
  "/etc/nginx/conf.d/.htpasswd",
  "/etc/letsencrypt/live/shop.example/privkey.pem",
  "/etc/krb5.keytab",
  "/etc/redis/redis.conf",
  "/etc/grafana/grafana.ini",
  "/var/log/../../etc/shadow",
  "/var/log/app/db_backup.sql",
  "/proc/1/environ",
  "/etc/shadow",
  "/home/dev/project/../../../etc/hosts",
];

Deno.test("by default (public_system_reads off) those reads are blocked like any system file", () => {
  assert.notEqual(DEFAULTS.public_system_reads, true);
  for (const p of READS) {
    assert.deepEqual(blocking(scan("read_file", p, DEFAULTS)), ["system_file"], p);
  }
});

Deno.test("public_system_reads: a log or web-server config read is recorded, not blocked", () => {
  for (const p of READS) {
    const fs = scan("read_file", p);
    assert.ok(fs.length > 0, `${p}: still recorded`);
    assert.deepEqual(blocking(fs), [], p);
  }
});

Deno.test("writing the hosts file or a log still counts; a service's config write is recorded", () => {
  for (const p of ["/etc/hosts", "/var/log/syslog"]) {
    assert.notDeepEqual(blocking(scan("write_file", p)), [], p);
  }
  // Judged by what it writes (./_path_content_judged.ts): recorded, not refused by name.
  const fs = scan("write_file", "/etc/nginx/conf.d/shop.example.conf");
  assert.ok(fs.length > 0);
  assert.deepEqual(blocking(fs), []);
});

Deno.test("credential-bearing or unlisted system files still count on read", () => {
  for (const p of STILL_COUNTED) assert.notDeepEqual(blocking(scan("read_file", p)), [], p);
});

Deno.test("publicSystemRead: allowlist families minus secret-shaped names", () => {
  assert.equal(publicSystemRead("/var/log/nginx/access.log"), true);
  assert.equal(publicSystemRead("/var/log/secrets/token.txt"), false);
  assert.equal(publicSystemRead("/etc/ssh/sshd_config"), false);
  assert.equal(publicSystemRead("/etc/fstab"), false);
});
