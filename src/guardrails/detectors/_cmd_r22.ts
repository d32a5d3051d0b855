/**
 * Round-22 command techniques the command injection detector checks in tool arguments (input
 * stage, before its metacharacter pre-filter, free-text arguments included where noted):
 *
 * - Terraform configuration that runs a payload at plan/apply time: an `external` data source
 *   whose `program` is a shell or interpreter given an inline script, or a `local-exec`
 *   provisioner, reaching the network, dumping the environment or reading a credential file
 *   (written through a file tool, so judged in free text too). An external program that is a
 *   project script (`["python3", "${path.module}/lookup.py"]`) passes;
 * - build-tool settings that swap in a binary with no shell syntax, in an environment map or an
 *   extra-arguments list: `GOFLAGS=-toolexec=/tmp/…`, `go test -exec`, `CC`/`CXX`/`RUSTC_WRAPPER`
 *   in a temp folder, `npm_config_script_shell` / `--script-shell` pointing there, and a bare
 *   `--script-shell` / `-toolexec` item in an argument list (its value is the next item, which a
 *   per-string scan never sees with it);
 * - `${IFS}` / `$IFS$9` / `{cat,file}` brace lists written in place of spaces, when the command
 *   they hide reads a credential file or talks to the network.
 *
 * Each check sits behind a cheap literal test; every pattern is bounded, no nested quantifiers.
 */
import type { FieldContext } from "../types.ts";

/** The finding for one value: a kind and a reason. */
export interface R22Hit {
  kind: string;
  reason: string;
}

/** Places anyone can write (a binary planted there is the attacker's). */
const TEMP_DIR = String
  .raw`(?:\/(?:private\/)?(?:var\/)?tmp\/|\/dev\/shm\/|%te?mp%|\$\{?(?:tmpdir|tmp|temp)\}?[\/\\]|\$env:te?mp|[a-z]:\\(?:windows\\)?temp\\|\\appdata\\local\\temp\\)`;
const TEMP_RE = new RegExp(TEMP_DIR, "i");

/** An inline script handed to a shell or interpreter inside an HCL/JSON list. */
const INLINE_SCRIPT =
  /["'](?:[\w\/.-]{0,40}\/)?(?:ba|z|k|da)?sh["']\s{0,4},\s{0,4}["']-[a-z]{0,3}c["']|["'](?:python[23]?|perl|ruby|node|pwsh|powershell)(?:\.exe)?["']\s{0,4},\s{0,4}["'](?:-c|-e|-Command)["']/i;
/** What a Terraform hook never needs: network tools, an environment dump, a credential file. */
const TF_PAYLOAD =
  /\b(?:curl|wget|nc|ncat|socat|telnet|scp)\b|\/dev\/(?:tcp|udp)\/|\b(?:env|printenv|set)\s{0,4}\||\/\.(?:aws|ssh|kube|docker|gnupg|azure|config\/gcloud)\/|\bid_(?:rsa|ed25519|ecdsa)\b|\/etc\/(?:shadow|passwd)\b|\bbase64\b[^\n]{0,80}\|/i;
/** `data "external"` with a `program`, or a `local-exec` provisioner (HCL or JSON). */
const TF_EXTERNAL = /["']?external["']?\s{0,4}(?:["'][\w-]{1,64}["']\s{0,4})?[{:]/;
const TF_PROGRAM = /["']?program["']?\s{0,4}[=:]\s{0,4}\[/;
const TF_LOCAL_EXEC = /["']?local-exec["']?\s{0,4}[{:]/;

/** True when Terraform text runs a payload through `external` or `local-exec`. */
function terraformHook(text: string): boolean {
  if (text.includes("program") && TF_EXTERNAL.test(text)) {
    const at = text.search(TF_PROGRAM);
    if (at >= 0) {
      const list = text.slice(at, at + 1200);
      if (INLINE_SCRIPT.test(list) && TF_PAYLOAD.test(list)) return true;
    }
  }
  if (text.includes("local-exec") && TF_LOCAL_EXEC.test(text)) {
    const at = text.search(TF_LOCAL_EXEC);
    if (TF_PAYLOAD.test(text.slice(at, at + 1500))) return true;
  }
  return false;
}

/** Go/npm options whose value is a program run around every step, set to a temp folder or a shell. */
const HOOK_OPTION = new RegExp(
  String
    .raw`(?<![^\s'"=,\[])--?(?:toolexec|exec|script-shell)(?:\s{0,4}=\s{0,4}|\s{1,4})['"]?(?:${TEMP_DIR}|(?:\/(?:usr\/)?bin\/)?(?:ba|z|da)?sh\s{1,4}-[a-z]{0,3}c\b)`,
  "i",
);
/** Environment variables naming a compiler, wrapper or script shell the build runs. */
const PROGRAM_VAR =
  /^(?:cc|cxx|ld|ar|cpp|fc|go_exec|rustc|rustc_wrapper|rustc_workspace_wrapper|cargo_build_rustc_wrapper|npm_config_script_shell|npm_config_script-shell|yarn_script_shell|cmake_c_compiler|cmake_cxx_compiler|cgo_cc)$/;
/** Argument names of option lists and environment maps (`extra_args`, `flags`, `goflags`). */
const OPTIONS_KEY =
  /^(?:goflags|gotestflags|extra_?args|args|argv|arguments|flags|options|opts|extra|cli_args|npm_args|build_flags|test_flags|build_args)$|_(?:args|flags|options|opts)$/;
/** A bare option item whose value (the next list item) is a program the tool runs. */
const BARE_HOOK_ITEM = /^\s{0,4}(?:--script-shell|--?toolexec)\s{0,4}$/i;
const GO_TEST_EXEC_ITEM = /^\s{0,4}-exec\s{0,4}$/;

/** True when an environment entry or option list swaps in a build program from a temp folder. */
function buildHook(text: string, field: FieldContext): boolean {
  const key = field.key ?? "";
  if (PROGRAM_VAR.test(key)) return TEMP_RE.test(text.trim().slice(0, 300));
  if (!OPTIONS_KEY.test(key)) return false;
  if (text.includes("-") && HOOK_OPTION.test(text)) return true;
  // An item of a list (`extra_args[3]`): the option's value is the next item.
  if (field.path.endsWith("]") && text.length < 40) {
    if (BARE_HOOK_ITEM.test(text)) return true;
    if (GO_TEST_EXEC_ITEM.test(text) && /\bgo/i.test(field.tool ?? "")) return true;
  }
  return false;
}

/** `${IFS}`, `$IFS$9`, `$IFS` written between two words, in place of a space. */
const IFS_SPACE = /(?:\$\{IFS\}|\$IFS(?:\$\d|\$@|(?=[\/\w-])))/g;
/** A brace list run as a command: `{cat,/etc/passwd}`. */
const BRACE_COMMAND =
  /\{(?:cat|tac|head|tail|nc|ncat|curl|wget|bash|sh|base64|cp|scp|socat|python3?|perl),[^{}\s]{1,200}\}/g;
/** After the spaces come back: a credential file or a network tool. */
const HIDDEN_TARGET =
  /\/\.(?:aws\/credentials|ssh\/id_\w{1,12}|ssh\/authorized_keys|kube\/config|docker\/config\.json|netrc|git-credentials|pgpass)\b|\/etc\/(?:shadow|passwd|sudoers)\b|\/proc\/self\/environ\b|(?:^|[\s|;&(])(?:nc|ncat|netcat|socat|telnet|curl|wget)\s|\/dev\/(?:tcp|udp)\//i;

/** True when space stand-ins hide a command reaching a secret or the network. */
function spaceStandIn(text: string): boolean {
  let spaced = text;
  if (text.includes("IFS")) {
    const before = spaced;
    IFS_SPACE.lastIndex = 0;
    spaced = spaced.replace(IFS_SPACE, " ");
    if (spaced === before && !text.includes("{")) return false;
  }
  if (text.includes(",")) {
    BRACE_COMMAND.lastIndex = 0;
    spaced = spaced.replace(BRACE_COMMAND, (m) => m.slice(1, -1).replace(/,/g, " "));
  }
  return spaced !== text && HIDDEN_TARGET.test(spaced);
}

/**
 * Round-22 techniques in one argument value (`text` raw; `free` for a free-text argument, where
 * only Terraform written through a file tool and option/environment entries are judged).
 */
export function r22Techniques(
  text: string,
  field: FieldContext,
  free: boolean,
): R22Hit | undefined {
  if (field.stage !== "input" || text.length > 65536) return undefined;
  if ((text.includes("program") || text.includes("local-exec")) && terraformHook(text)) {
    return {
      kind: "dangerous_command",
      reason:
        "is Terraform whose external data source or local-exec provisioner runs a shell payload (network, environment or credentials) at plan/apply time",
    };
  }
  if (text.length <= 8192 && buildHook(text, field)) {
    return {
      kind: "argument_injection",
      reason:
        "swaps in the program a build tool runs (-toolexec, -exec, --script-shell, CC/CXX) with one in a temp folder or a shell",
    };
  }
  if (
    !free && text.length <= 8192 && (text.includes("IFS") || text.includes("{")) &&
    spaceStandIn(text)
  ) {
    return {
      kind: "obfuscated_command",
      reason:
        "writes ${IFS} or brace lists in place of spaces to hide a command reading credentials or reaching the network",
    };
  }
  return undefined;
}
