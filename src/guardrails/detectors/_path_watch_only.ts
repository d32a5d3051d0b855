/**
 * A command that names sensitive files only to WATCH, AUDIT or inspect their metadata reads no
 * secret out: an audit rule on `/etc/shadow`, an inotify watch on `/etc/sudoers`, `stat` of
 * `~/.ssh/id_ed25519`, the fingerprints of `authorized_keys` (`ssh-keygen -lf`), a public
 * certificate exported from a keychain. Such a command is what a
 * hardening or monitoring task looks like; the path finding is recorded (low), not blocked.
 *
 *   sudo auditctl -w /etc/shadow -p wa -k shadow_change
 *   inotifywait -m -e modify /etc/passwd /etc/shadow
 *   security find-certificate -c "Corp Root CA" -p /Library/Keychains/System.keychain > ca.pem
 *
 * Narrow on purpose, the same way as ./_path_r31.ts: every step must be one of these commands,
 * joined by `&&`, `;` or a line break; no substitution or variable; a pipe only into
 * `openssl x509 … -noout` (reading a certificate's fields), from `auditctl -l` into `grep`, or of
 * one `-w` watch rule into `tee` of an audit rules file; a redirect only of a certificate export
 * to a `.pem`/`.crt`/`.cer` file. Keychain commands that print secrets
 * (`find-generic-password`, `find-internet-password`, `dump-keychain`, `export`) are not here.
 */

const ARG = String.raw`(?:'[^'\n$\x60]{0,200}'|"[^"\n$\x60\\]{0,200}"|[\w@.:\/~+=,%*-]{1,200})`;
const SUDO = String.raw`(?:sudo\s{1,4})?`;

const STEPS: readonly RegExp[] = [
  // Linux audit rules: add (-w/-a) or remove (-W) a watch; list rules.
  new RegExp(
    String.raw`^${SUDO}auditctl(?:\s{1,4}(?:-[wWpkaFSl]|--[a-z-]{2,20})(?:\s{1,4}${ARG})?){1,16}$`,
  ),
  // A persistent audit WATCH rule (`-w PATH -p PERMS -k KEY` only: never `-D` or `-e 0`) appended
  // to an audit rules file, and the loaded rules listed.
  new RegExp(
    String
      .raw`^echo\s{1,4}(['"])-w\s{1,4}[\w.\/~-]{1,200}\s{1,4}-p\s{1,4}[rwxa]{1,4}(?:\s{1,4}-k\s{1,4}[\w-]{1,64})?\1\s{0,4}\|\s{0,4}${SUDO}tee(?:\s{1,4}-a)?\s{1,4}\/etc\/audit\/(?:rules\.d\/[\w.-]{1,64}\.rules|audit\.rules)$`,
  ),
  new RegExp(
    String
      .raw`^${SUDO}auditctl\s{1,4}-l(?:\s{0,4}\|\s{0,4}grep(?:\s{1,4}-[a-zA-Z]{1,3})*\s{1,4}${ARG})?$`,
  ),
  // File-event watchers.
  new RegExp(String.raw`^${SUDO}(?:inotifywait|inotifywatch|fswatch)(?:\s{1,4}${ARG}){1,16}$`),
  // Metadata only: modes, owners, attributes, ACLs, existence tests, sizes and counts (`wc -c`,
  // `du`: how big a mounted secret is, never what it says).
  new RegExp(
    String
      .raw`^${SUDO}(?:stat|lsattr|getfacl|ls|file|test\s{1,4}-[efrsdwx]|wc|du)(?:\s{1,4}${ARG}){1,12}$`,
  ),
  // Key fingerprints (`ssh-keygen -l`): a hash of each PUBLIC key, what an access review compares
  // with its approved list; never `-y`/`-p`/`-e` (those read or rewrite a private key's content).
  new RegExp(
    String
      .raw`^${SUDO}ssh-keygen\s{1,4}-l(?:f|v|\s{1,4}-[fv])?(?:\s{1,4}-E\s{1,4}(?:sha256|md5))?(?:\s{1,4}-[fv]){0,2}\s{1,4}${ARG}$`,
  ),
  // A public certificate from a macOS keychain, optionally read by openssl or saved as .pem; round
  // 46: or a certificate removed from a keychain (its trust revoked; nothing is read out).
  new RegExp(
    String
      .raw`^(?:${SUDO}security\s{1,4}(?:find-certificate|verify-cert|list-keychains|show-keychain-info|delete-certificate|remove-trusted-cert))(?:\s{1,4}${ARG}){0,12}(?:\s{0,4}\|\s{0,4}openssl\s{1,4}x509(?:\s{1,4}-[\w-]{1,20}(?:\s{1,4}${ARG})?){0,8}\s{1,4}-noout(?:\s{1,4}-[\w-]{1,20}){0,8}|\s{0,4}>\s{0,4}[\w.\/~-]{1,200}\.(?:pem|crt|cer))?$`,
  ),
  // A certificate's fields read with `-noout` (x509 never prints a private key; `-noout` prints no
  // PEM at all): subject, dates, issuer, fingerprint, `-checkend`.
  new RegExp(
    String
      .raw`^${SUDO}openssl\s{1,4}x509(?=[^|>]{0,600}\s-noout(?:\s|$))(?![^|>]{0,600}\s-(?:out|signkey|CAkey)\b)(?:\s{1,4}-[\w-]{1,20}(?:\s{1,4}${ARG})?){1,12}$`,
  ),
  // Read-only network settings queries (proxy, DNS, services): they name no file.
  new RegExp(
    String
      .raw`^${SUDO}(?:networksetup\s{1,4}-(?:get|list)[a-z]{2,40}(?:\s{1,4}${ARG}){0,3}|scutil\s{1,4}--(?:proxy|dns|nwi))$`,
  ),
  // Round 46: a proxy switched OFF (undoing an interception setup reads and opens nothing).
  new RegExp(
    String
      .raw`^${SUDO}networksetup\s{1,4}-set(?:secureweb|web|socksfirewall|auto|ftp|streaming|gopher)proxystate\s{1,4}${ARG}\s{1,4}off$`,
  ),
  // A plain message between steps (no redirection: `>` is not a word character here).
  new RegExp(String.raw`^echo(?:\s{1,4}-[neE]{1,2})?(?:\s{1,4}${ARG}){0,12}$`),
  // Read-only cluster queries (never secrets).
  new RegExp(
    String
      .raw`^kubectl\s{1,4}(?:get|describe|top)\s{1,4}(?!secrets?\b|sa\b|serviceaccounts?\b)[\w.\/-]{1,60}(?:\s{1,4}(?:[\w.=-]{1,40}'[^'\n$\x60]{0,300}'|${ARG})){0,12}$`,
  ),
];

/** A fallback that only prints a fixed message or does nothing, at the end of a step. */
const FALLBACK_ECHO = new RegExp(
  String
    .raw`\s{0,4}\|\|\s{0,4}(?:echo\s{1,4}(?:'[^'\n$\x60]{0,200}'|"[^"\n$\x60\\]{0,200}")|true|:)\s{0,4}(?=$|&&|;|\n)`,
  "g",
);

/** `ssh [-opts] HOST 'COMMAND'`: the remote command, when the step is one. */
const SSH_STEP = new RegExp(
  String
    .raw`^ssh(?:\s{1,4}-[\w]{1,3}(?:\s{1,4}[\w@.:\/~=-]{1,100})?){0,6}\s{1,4}[\w@.-]{1,100}\s{1,4}(['"])([^'"\n]{1,1000})\1$`,
);

/** `sh -c 'STEPS'` (a container exec's argv read as one line): the steps the shell runs. */
const SH_C =
  /^(?:sudo\s{1,4})?(?:\/(?:usr\/)?bin\/)?(?:ba|da|z)?sh\s{1,4}-c\s{1,4}(['"]?)([^'"]{1,1400})\1$/;

/**
 * `for V in WORD…; do STEPS; done`: the same inspection on a list of hosts or files named as plain
 * words, `$V` standing for one of them. Judged as the body with `$V` written as the first word.
 */
const FOR_LOOP =
  /^for\s{1,4}([A-Za-z_]\w{0,30})\s{1,4}in((?:\s{1,4}[\w.@\/~-]{1,100}){1,32})\s{0,4};\s{0,4}do\s{1,4}([^`]{1,1200}?)\s{0,4};?\s{0,4}done$/;

/** True when every step of `text` only watches, audits or inspects the metadata of files. */
export function watchOnly(text: string): boolean {
  // Round 46: a step's fallback message (`… || echo 'removed'`, `|| true`) runs nothing else.
  if (text.includes("||")) text = text.replace(FALLBACK_ECHO, "");
  const loop = text.length <= 1500 ? FOR_LOOP.exec(text.trim()) : null;
  if (loop) {
    const word = loop[2].trim().split(/\s+/)[0];
    const body = loop[3].replace(
      new RegExp(String.raw`\$(?:\{${loop[1]}\}|${loop[1]}\b)`, "g"),
      word,
    );
    return !FOR_LOOP.test(body.trim()) && watchOnly(body);
  }
  if (text.length > 1500 || /[`<]|\$[({\w]|\|\|/.test(text)) return false;
  const inner = SH_C.exec(text.trim())?.[2];
  if (inner !== undefined) return watchOnly(inner);
  const steps = text.split(/&&|;|\n/);
  if (steps.length > 12) return false;
  for (const raw of steps) {
    const step = raw.trim();
    if (step === "") return false;
    const remote = SSH_STEP.exec(step)?.[2];
    if (remote !== undefined) {
      if (!watchOnly(remote)) return false;
      continue;
    }
    if (!STEPS.some((re) => re.test(step))) return false;
  }
  return true;
}

/** A line of the whole-call view that is a bare argument name or scalar (host, number, flag). */
const BARE_LINE = /^[\w.:@-]{1,100}$/;

/**
 * True when a whole-call view (`walk.ts` `callText`: one key or value a line, prose left out) is
 * nothing but argument names, bare scalars and commands that only watch, audit or inspect
 * metadata ({@link watchOnly}). Such a call is proved harmless by this rule, so the learned
 * argument model, which reads the sensitive paths such commands name, does not overrule it.
 */
export function watchOnlyCall(call: string): boolean {
  if (call.length > 2000) return false;
  let commands = 0;
  for (const line of call.split("\n")) {
    if (BARE_LINE.test(line)) continue;
    if (!watchOnly(line)) return false;
    commands++;
  }
  return commands > 0;
}
