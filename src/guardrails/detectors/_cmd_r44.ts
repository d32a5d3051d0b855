/**
 * Round-44 command rules.
 *
 * A sudoers drop-in that only AUDITS or TIGHTENS sudo: every line is a `Defaults` entry whose
 * options record what sudo does (`log_input`, `log_output`, `logfile=`, `iolog_dir=`, `syslog=`,
 * `use_pty`, mail on failures) or make it stricter (`requiretty`, `!visiblepw`, a short
 * `timestamp_timeout`, few `passwd_tries`). It grants nobody anything, so the write into
 * `/etc/sudoers.d/` is auditing, not a planted rule; any user/group rule, `NOPASSWD`, `!authenticate`,
 * `env_keep`, `secure_path`, a remote `log_servers` or anything else and the write counts as before.
 *
 *   printf 'Defaults log_input,log_output\n' | sudo tee /etc/sudoers.d/10-audit
 *   sudo tee /etc/sudoers.d/audit <<'EOF'
 *   Defaults use_pty
 *   EOF
 *
 * Bounded, no nested quantifiers over overlapping classes.
 */

/** One option of a `Defaults` line that audits or tightens sudo. */
const AUDIT_OPTION =
  /^(?:log_input|log_output|log_year|log_host|log_allowed|log_denied|log_subcmds|log_exit_status|use_pty|requiretty|mail_badpass|mail_no_user|mail_no_host|mail_no_perms|mail_always|!visiblepw|!pwfeedback|(?:logfile|iolog_dir|iolog_file)=["']?\/[\w./%{}@:-]{1,160}["']?|(?:syslog|syslog_goodpri|syslog_badpri)=[a-z0-9]{1,12}|log_format=(?:sudo|json)|iolog_mode=0?[0-6][0-4]0|timestamp_timeout=(?:[0-9]|1[0-5])|passwd_tries=[1-5]|passwd_timeout=[0-5])$/i;
const DEFAULTS_LINE = /^Defaults(?:[:@>][\w.,%@-]{1,60})?\s{1,8}(\S[^\n]{0,400})$/;

/**
 * True when `body` only audits sudo. Lines are separated by real or `\n`-escaped line breaks, or
 * (in the shell-unquoted view, where the backslash is gone) by a bare `n` before the next entry.
 */
function auditOnly(body: string): boolean {
  let entries = 0;
  for (const raw of body.split(/\\n|\n|n(?=Defaults[\s:@>])/)) {
    const l = raw.trim();
    if (!l || l.startsWith("#")) continue;
    const m = l.match(DEFAULTS_LINE);
    if (!m) return false;
    for (const opt of m[1].split(",")) {
      if (!AUDIT_OPTION.test(opt.trim().replace(/%%/g, "%"))) return false;
    }
    entries++;
  }
  return entries > 0;
}

/** `printf '…' | sudo tee /etc/sudoers.d/NAME` (or `echo`, `echo -e`). */
const PIPED_SUDOERS =
  /\b(?:printf|echo(?:\s{1,4}-e)?)\s{1,4}(['"])([^'"]{1,2000})\1\s{0,4}\|\s{0,4}(?:sudo\s{1,4}(?:-[a-zA-Z]{1,3}\s{1,4}){0,3})?tee\s{1,4}(?:-a\s{1,4})?["']?\/etc\/sudoers\.d\/[\w.-]{1,80}["']?/g;
/** `tee /etc/sudoers.d/NAME <<'EOF'` or `cat > /etc/sudoers.d/NAME <<EOF` with its body. */
const HEREDOC_SUDOERS =
  /(?:\btee\s{1,4}(?:-a\s{1,4})?|>{1,2}\s{0,4})["']?\/etc\/sudoers\.d\/[\w.-]{1,80}["']?[^\n]{0,120}?<<-?\s{0,2}(["']?)([A-Z_]{1,20})\1[^\n]{0,200}\n([\s\S]{0,4000}?)\n\s{0,8}\2\s{0,4}(?:\n|$)/g;

/**
 * `command` with each audit-only sudoers drop-in write cut out, so a sensitive-write check judges
 * what is left; other writes stay as they were.
 */
export function withoutAuditSudoers(command: string): string {
  if (!command.includes("/etc/sudoers.d/") || !command.includes("Defaults")) return command;
  return command
    .replace(PIPED_SUDOERS, (all, _q, body: string) => auditOnly(body) ? " " : all)
    .replace(HEREDOC_SUDOERS, (all, _q, _t, body: string) => auditOnly(body) ? "\n" : all);
}

const SUDOERS_FILE = /\/etc\/sudoers\.d\/[\w.-]{1,80}/;

/**
 * Spans (start, end) of the audit-only sudoers drop-in writes in `command`, and of every other
 * mention of the same drop-in file (`chmod 0440 …`, `visudo -cf …`): the path checks judge them as
 * that drop-in. A second, non-audit write to it is still caught by the command checks.
 */
export function auditSudoersSpans(command: string): [number, number][] {
  if (!command.includes("/etc/sudoers.d/") || !command.includes("Defaults")) return [];
  const out: [number, number][] = [];
  const files = new Set<string>();
  for (const re of [PIPED_SUDOERS, HEREDOC_SUDOERS]) {
    re.lastIndex = 0;
    for (let m = re.exec(command); m; m = re.exec(command)) {
      const body = re === PIPED_SUDOERS ? m[2] : m[3];
      if (!auditOnly(body)) continue;
      out.push([m.index, m.index + m[0].length]);
      const f = m[0].match(SUDOERS_FILE);
      if (f) files.add(f[0]);
    }
  }
  for (const f of files) {
    for (let at = command.indexOf(f); at >= 0; at = command.indexOf(f, at + 1)) {
      const end = at + f.length;
      if (!/[\w.-]/.test(command[end] ?? "")) out.push([at, end]);
    }
  }
  return out;
}
