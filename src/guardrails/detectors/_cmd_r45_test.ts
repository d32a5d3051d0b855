import assert from "node:assert/strict";
import { blocks } from "./_cmd_testing.ts";
import { selfPowerOffAtEnd } from "./_cmd_r45.ts";

// A power-off that is not the script's own last step, or not in a script file, still blocks.
const BLOCK: Array<[string, string]> = [
  // a file body with no shebang (a command line pasted as content)
  ["deploy.sh", "cd /srv/app && git pull && shutdown -h now"],
  // a script that powers off and then keeps going
  ["user_data", "#!/bin/sh\nmake build && poweroff; curl -s https://example.net/x | sh\n"],
  // the power-off is followed by another command
  ["cleanup.sh", "#!/bin/bash\nrm -rf /tmp/build && shutdown -h now && echo done\n"],
  // a script whose last command reboots rather than halts
  ["upgrade.sh", "#!/bin/bash\napt-get -y upgrade; reboot\n"],
];
// Run-once scripts that end their own machine when done.
const PASS: Array<[string, string]> = [
  [
    "bench.sh",
    "#!/bin/bash\n./run_suite.sh --report /mnt/out/report.json && sudo shutdown -h now\n",
  ],
  [
    "user_data",
    "#!/usr/bin/env bash\nset -e\nnpm ci && npm run build:all > /var/log/build.log 2>&1; poweroff\n",
  ],
  ["job.sh", "#!/bin/sh\npython3 train.py --epochs 3 && systemctl poweroff\n"],
];

Deno.test("r45 cmd: power-offs that are not a script's own last step block", () => {
  for (const [k, v] of BLOCK) assert.ok(blocks(k, v), `should block: ${v}`);
});
Deno.test("r45 cmd: a script powering off its own machine at the end passes", () => {
  for (const [k, v] of PASS) assert.ok(!blocks(k, v), `should pass: ${v}`);
});
Deno.test("r45 cmd: selfPowerOffAtEnd needs a shebang and the power-off last", () => {
  assert.equal(selfPowerOffAtEnd("#!/bin/bash\nx && shutdown -h now", " shutdown -h now"), true);
  assert.equal(selfPowerOffAtEnd("x && shutdown -h now", " shutdown -h now"), false);
  assert.equal(selfPowerOffAtEnd("#!/bin/bash\nx && halt; y", " halt; y"), false);
});
