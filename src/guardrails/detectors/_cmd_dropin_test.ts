import assert from "node:assert/strict";
import { commandInjectionDetector } from "./command_injection.ts";
import { pathTraversalDetector, PathTraversalOptionsSchema } from "./path_traversal.ts";
import { restrictingDropInSpans, withoutRestrictingDropIns } from "./_cmd_dropin.ts";

const PATH_OPTS = PathTraversalOptionsSchema.parse({});
const blocked = (command: string): boolean => {
  const field = { stage: "input" as const, path: "$.command", key: "command", tool: "ssh_exec" };
  return [
    ...commandInjectionDetector.scan(command, field, { strict_keys: [], mode: "auto" }),
    ...pathTraversalDetector.scan(command, field, PATH_OPTS),
  ].some((f) => f.severity === "high" || f.severity === "critical");
};

const dropIn = (unit: string, body: string, mkdir = true) =>
  `${mkdir ? `sudo mkdir -p /etc/systemd/system/${unit}.d && ` : ""}sudo tee ` +
  `/etc/systemd/system/${unit}.d/override.conf >/dev/null <<'EOF'\n${body}\nEOF\n` +
  "sudo systemctl daemon-reload";

Deno.test("a drop-in that runs, injects or grants something is still a persistence write", () => {
  for (
    const body of [
      "[Service]\nExecStartPre=/usr/local/bin/.cache-warm",
      "[Service]\nEnvironment=LD_PRELOAD=/var/tmp/libz.so",
      "[Service]\nUser=root\nAmbientCapabilities=CAP_SYS_ADMIN",
      "[Service]\nProtectSystem=full\nExecStartPost=/bin/sh -c 'id > /tmp/o'",
      "[Service]\nReadWritePaths=/\nProtectHome=no",
    ]
  ) {
    assert.ok(blocked(dropIn("sshd.service", body)), body);
  }
  // A restricting drop-in beside a unit planted in the same command.
  assert.ok(
    blocked(
      dropIn("nginx.service", "[Service]\nPrivateTmp=yes") +
        " && echo '[Service]\nExecStart=/tmp/x' | sudo tee /etc/systemd/system/x.service",
    ),
  );
});

Deno.test("a drop-in that only sandboxes, limits or restarts its service is hardening", () => {
  for (
    const body of [
      "[Service]\nNoNewPrivileges=yes\nProtectSystem=strict\nPrivateTmp=yes",
      "# limits\n[Service]\nLimitNOFILE=65536\nMemoryMax=2G\nRestart=on-failure\nRestartSec=5s",
      "[Unit]\nStartLimitIntervalSec=60\n[Service]\nRestrictAddressFamilies=AF_INET AF_INET6\nSystemCallFilter=@system-service",
    ]
  ) {
    assert.ok(!blocked(dropIn("postgresql.service", body)), body);
    assert.ok(!blocked(dropIn("redis-server.service", body, false)), body);
  }
});

Deno.test("restricting drop-ins are cut out and located exactly", () => {
  const cmd = dropIn("nginx.service", "[Service]\nPrivateTmp=yes");
  assert.ok(!withoutRestrictingDropIns(cmd).includes("override.conf"));
  assert.equal(restrictingDropInSpans(cmd).length, 2); // the write and its mkdir
  const bad = dropIn("nginx.service", "[Service]\nExecStart=/tmp/x");
  assert.equal(withoutRestrictingDropIns(bad), bad);
  assert.deepEqual(restrictingDropInSpans(bad), []);
});
