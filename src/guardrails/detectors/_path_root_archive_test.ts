/** An archive a write tool creates in a plain folder of root's home is not a root-home finding. */
import assert from "node:assert/strict";
import { recommendedInputCheck } from "../_engine_testing.ts";

const check = recommendedInputCheck("archiver");
const blocked = async (tool: string, args: Record<string, unknown>): Promise<boolean> =>
  (await check(tool, args)) !== undefined;

const PASS: Array<[string, Record<string, unknown>]> = [
  ["create_archive", {
    include: ["/srv/app/config.yaml"],
    output: "/root/migration/app-config.tar.gz",
  }],
  ["zip_create", { paths: ["/var/www/site/index.html"], output: "/root/backups/2026/site.zip" }],
  ["create_archive", { include: ["/home/ana/notes"], output: "/root/handover/ana-notes.tgz" }],
];

const BLOCK: Array<[string, Record<string, unknown>]> = [
  // Reading from root's home, a hidden folder, a non-archive target, a climb, root's home itself.
  ["read_file", { path: "/root/migration/app-config.tar.gz" }],
  ["create_archive", { include: ["/srv/app"], output: "/root/.ssh/authorized_keys.tar.gz" }],
  ["create_archive", { include: ["/srv/app"], output: "/root/.bashrc" }],
  ["write_file", { path: "/root/migration/run.sh", content: "echo hi" }],
  ["create_archive", { include: ["/srv/app"], output: "/root/x/../.config/a.zip" }],
  ["create_archive", { include: ["/root/secrets/db.env"], output: "/root/migration/db.tar.gz" }],
];

Deno.test("root-home archive outputs of write tools pass", async () => {
  for (const [tool, args] of PASS) {
    assert.equal(await blocked(tool, args), false, JSON.stringify(args));
  }
});

Deno.test("reads, hidden folders, other files, climbs and root-home sources still block", async () => {
  for (const [tool, args] of BLOCK) {
    assert.equal(await blocked(tool, args), true, JSON.stringify(args));
  }
});
