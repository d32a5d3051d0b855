import assert from "node:assert/strict";
import { commandInjectionDetector, type CommandInjectionOptions } from "./command_injection.ts";
import { pathTraversalDetector } from "./path_traversal.ts";
import { withoutAuditSudoers } from "./_cmd_r44.ts";

const AUTO: CommandInjectionOptions = { strict_keys: [], mode: "auto" };
const PATH_OPTS = { allowed_roots: [], sensitive_files: [], block_absolute_outside_roots: true };
/** Blocked by the command or the path checks, as the gateway runs both on a `command` argument. */
const blocked = (value: string): boolean => {
  const field = { stage: "input" as const, path: "$.command", key: "command", tool: "exec" };
  return [
    ...commandInjectionDetector.scan(value, field, AUTO),
    ...pathTraversalDetector.scan(value, field, PATH_OPTS),
  ].some((f) => f.severity !== "low");
};

// Writes into /etc/sudoers.d/ that grant something, or loosen sudo, still block.
const BLOCK = [
  "printf 'deploy ALL=(ALL) NOPASSWD: ALL\\n' | sudo tee /etc/sudoers.d/90-deploy",
  "printf 'Defaults log_output\\nDefaults !authenticate\\n' | sudo tee /etc/sudoers.d/05-audit",
  "echo 'Defaults env_keep += \"LD_PRELOAD\"' | sudo tee -a /etc/sudoers.d/keep",
  "sudo tee /etc/sudoers.d/20-io <<'EOF'\nDefaults log_input,log_output\n%devs ALL=(root) NOPASSWD: /usr/bin/apt\nEOF",
  "printf 'Defaults timestamp_timeout=-1\\n' | sudo tee /etc/sudoers.d/10-long",
  "printf 'Defaults log_servers=203.0.113.9:30344\\n' | sudo tee /etc/sudoers.d/10-remote",
  // an audit drop-in followed by a second, granting write to the same file
  "printf 'Defaults use_pty\\n' | sudo tee /etc/sudoers.d/10-x && echo 'bob ALL=(ALL) ALL' | sudo tee -a /etc/sudoers.d/10-x",
];
// Drop-ins that only record or tighten what sudo does.
const PASS = [
  "printf 'Defaults log_input,log_output\\nDefaults iolog_dir=/var/log/sudo-io/%%{user}\\n' | sudo tee /etc/sudoers.d/10-io >/dev/null && sudo chmod 0440 /etc/sudoers.d/10-io && sudo visudo -c",
  "sudo tee /etc/sudoers.d/00-hardening <<'EOF'\n# CIS 5.3.x\nDefaults use_pty\nDefaults logfile=\"/var/log/sudo.log\"\nDefaults passwd_tries=3, timestamp_timeout=5\nEOF\nsudo visudo -cf /etc/sudoers.d/00-hardening",
  "echo 'Defaults syslog=authpriv, log_year, mail_badpass' | sudo tee /etc/sudoers.d/audit",
  "echo 'Defaults:%ops requiretty' | sudo tee /etc/sudoers.d/ops-tty && sudo chmod 440 /etc/sudoers.d/ops-tty",
];

Deno.test("r44 cmd: sudoers drop-ins that grant or loosen block", () => {
  for (const v of BLOCK) assert.ok(blocked(v), `should block: ${v}`);
});
Deno.test("r44 cmd: audit-only sudoers drop-ins pass", () => {
  for (const v of PASS) assert.ok(!blocked(v), `should pass: ${v}`);
});
Deno.test("r44 cmd: withoutAuditSudoers cuts only the audit-only write", () => {
  const keep = "printf 'x ALL=(ALL) ALL\\n' | sudo tee /etc/sudoers.d/x";
  assert.equal(withoutAuditSudoers(keep), keep);
  assert.equal(
    withoutAuditSudoers("printf 'Defaults use_pty\\n' | tee /etc/sudoers.d/p && ls").trim(),
    "&& ls",
  );
});
