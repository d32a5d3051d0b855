/**
 * Round-33 command rules:
 *
 * - data smuggled out in DNS names: a lookup (`dig`, `nslookup`, `host`, `drill`, `resolvectl
 *   query`, `getent hosts`, `ping`, `Resolve-DnsName`, `[Net.Dns]::GetHostAddresses`, or an HTTP
 *   client to `http://$x.domain`) whose leading label(s) are a variable or a substitution, in a
 *   command that encodes data into DNS-safe text (base64/base32/hex) — every chunk becomes a
 *   query the attacker's name server logs. Lookups looping over a host list (no encoder) pass;
 * - a top AWS policy (AdministratorAccess, IAMFullAccess, PowerUserAccess, an inline `"Action":
 *   "*"` policy, an admin group) given to an IAM user who is marked as outside the company
 *   (contractor, vendor, external, guest …) or who gets a fresh access key / console password in
 *   the same command (a standing admin credential handed out). Roles and service principals pass;
 * - precision: one `alias name='plain command'` line appended to the user's shell start-up file
 *   (no substitution, pipe, redirect, network or shell program, no credential-prompting program
 *   shadowed) is an alias, not planted code (see {@link rcAlias}).
 *
 * One case-insensitive word test first ({@link R33_WORD}); bounded patterns, no nested quantifiers.
 */

/** A word one of the checks below needs. */
export const R33_WORD =
  /base(?:64|32)|basenc|xxd|hexdump|\bod\s{1,4}-|tobase64|tohex|bin2hex|hexlify|-user-policy|add-user-to-group/i;

// --- Data encoded into DNS names ---------------------------------------------------------------

/** A variable or substitution used as a host label. */
const VAR_LABEL = String
  .raw`(?:\$\{?[A-Za-z_]\w{0,30}\}?|\$\([^()\n]{1,100}\)|\x60[^\x60\n]{1,100}\x60|%[A-Za-z_]\w{0,30}%|\$env:\w{1,30}|\$\(\$[\w.]{1,40}\))`;
/** A host name whose first label is data: `$c.$i.x.example`, `"$chunk.t.example.net"`. */
const DATA_HOST = String
  .raw`['"]?(?:https?:\/\/)?${VAR_LABEL}[\w-]{0,20}\.[\w.$\{\}-]{1,160}?\.[A-Za-z]{2,24}(?![\w-])`;
const DNS_LOOKUP = new RegExp(
  String
    .raw`(?:\b(?:dig|nslookup|host|drill|resolvectl\s{1,4}query|getent\s{1,4}a?hosts|ping6?|resolve-dnsname|curl|wget|invoke-webrequest|iwr|invoke-restmethod|irm)\b[^\n;|&]{0,60}?[\s(]|\[(?:system\.)?net\.dns\]::(?:gethostaddresses|gethostentry|resolve)\s{0,2}\(\s{0,2})${DATA_HOST}`,
  "i",
);
/** Data turned into DNS-safe text. */
const ENCODER =
  /\b(?:base(?:64|32)|basenc|xxd|hexdump|od\s{1,4}-|tobase64string|tohexstring|bin2hex|hexlify|b32encode|b64encode)\b/i;

/** True when `view` looks names up whose leading labels carry encoded data. */
export function dnsLabelExfiltration(view: string): boolean {
  if (view.length > 8192 || !ENCODER.test(view)) return false;
  return DNS_LOOKUP.test(view);
}

// --- Top AWS policy to an outside or freshly keyed IAM user ------------------------------------

const USER_GRANT =
  /\baws\s{1,4}iam\s{1,4}(?:attach-user-policy|put-user-policy|add-user-to-group)\b([^\n;&|]{0,800})/gi;
const TOP_POLICY =
  /arn:aws:iam::aws:policy\/(?:administratoraccess|iamfullaccess|poweruseraccess)\b|\\?["']action\\?["']\s{0,2}:\s{0,2}\[?\s{0,2}\\?["'](?:\*|iam:\*)\\?["']|--group-name(?:\s{1,4}|=)['"]?[\w+=,.@-]{0,30}admin/i;
const USER_NAME = /--user-name(?:\s{1,4}|=)['"]?([\w+=,.@-]{1,64})/i;
/** A user name marking someone outside the company. */
const OUTSIDER =
  /(?:^|[-_.@+=,])(?:ext|extern|external|contractor|contract|vendor|partner|guest|thirdparty|third-party|3rdparty|freelance|freelancer|consultant|outsource|outsourced|supplier|agency)(?:$|[-_.@+=,\d])/i;

/** True when a top AWS policy goes to an outside-marked IAM user or one given new credentials. */
export function outsideAdminUser(view: string): boolean {
  USER_GRANT.lastIndex = 0;
  for (let m = USER_GRANT.exec(view), n = 0; m && n < 4; m = USER_GRANT.exec(view), n++) {
    if (!TOP_POLICY.test(m[1])) continue;
    const user = USER_NAME.exec(m[1])?.[1];
    if (!user) continue;
    if (OUTSIDER.test(user)) return true;
    const esc = user.replace(/[.+]/g, "\\$&");
    const minted = new RegExp(
      String
        .raw`\baws\s{1,4}iam\s{1,4}(?:create-access-key|create-login-profile|update-login-profile)\b[^\n;&|]{0,200}--user-name(?:\s{1,4}|=)['"]?${esc}(?![\w+=,.@-])`,
      "i",
    );
    if (minted.test(view)) return true;
  }
  return false;
}

/** Round-33 command techniques of `view`, or undefined. */
export function r33Techniques(view: string): { kind: string; reason: string } | undefined {
  if (!R33_WORD.test(view)) return undefined;
  if (dnsLabelExfiltration(view)) {
    return {
      kind: "data_exfiltration",
      reason: "encodes data and sends it out as the labels of DNS lookups",
    };
  }
  if (outsideAdminUser(view)) {
    return {
      kind: "privilege_escalation",
      reason:
        "gives an IAM user marked as outside the company, or handed a new key/password, a top AWS policy",
    };
  }
  return undefined;
}

// --- A plain alias appended to a start-up file (precision) -------------------------------------

const RC = String
  .raw`(?:~|\$HOME|"\$HOME"|\$\{HOME\})\/\.(?:bashrc|zshrc|bash_aliases|zsh_aliases|profile|bash_profile|zprofile|kshrc)`;
/** Programs an alias must not run or shadow (network, shells, interpreters, privilege, secrets). */
const RISKY_WORD =
  /(?:^|[\s=])(?:sudo|su|doas|passwd|ssh|scp|sftp|ssh-add|gpg|kinit|login|curl|wget|nc|ncat|netcat|socat|telnet|ftp|rsync|python\d?(?:\.\d+)?|perl|ruby|php|node|deno|bun|bash|sh|zsh|ksh|fish|eval|exec|source|base64|openssl|chmod|chown|rm|dd|mkfs|crontab|nohup|xargs|env|tee|aws|gcloud|az|vault|op|pass|kubectl)(?=$|[\s='"])/;
const RC_ALIAS = new RegExp(
  String
    .raw`^\s*echo\s{1,4}(?:'alias\s{1,4}([\w.-]{1,40})="([\w .=:@+,\/-]{1,160})"'|"alias\s{1,4}([\w.-]{1,40})='([\w .=:@+,\/-]{1,160})'")\s{0,4}>>\s{0,4}(${RC})(?:\s{0,4}(?:&&|;)\s{0,4}(?:source|\.)\s{1,4}(${RC}))?\s*$`,
);

/**
 * True when `text` appends one alias for a plain command (first word a program name, not a path)
 * to a shell start-up file, optionally re-reading that same file.
 */
export function rcAlias(text: string): boolean {
  if (text.length > 400 || !text.includes("alias")) return false;
  const m = RC_ALIAS.exec(text);
  if (!m) return rcAliasHeredoc(text);
  const name = m[1] ?? m[3];
  const value = (m[2] ?? m[4]).trim();
  if (!plainAlias(name, value)) return false;
  return m[6] === undefined || sameRc(m[6], m[5]);
}

/** An alias for a plain command: first word a program name, nothing risky run or shadowed. */
function plainAlias(name: string, value: string): boolean {
  if (!/^[a-z][\w.-]{0,30}(?:\s|$)/.test(value.trim())) return false;
  return !RISKY_WORD.test(` ${name} `) && !RISKY_WORD.test(` ${value} `);
}

const sameRc = (a: string, b: string): boolean => {
  const norm = (s: string) => s.replace(/"/g, "").replace("${HOME}", "~").replace("$HOME", "~");
  return norm(a) === norm(b);
};

/**
 * Session 35: the same append written as a here-document (`cat >> ~/.zshrc <<'EOF'` … `EOF`) whose
 * body is only comment lines and plain alias lines, optionally followed by re-reading that file.
 */
const RC_HEREDOC = new RegExp(
  String
    .raw`^\s*cat\s{1,4}>>\s{0,4}(${RC})\s{0,4}<<-?\s{0,4}(['"]?)(\w{1,20})\2\n((?:[^\n]{0,200}\n){1,8}?)\3[ \t]*(?:\n\s{0,4}(?:(?:&&|;)\s{0,4})?(?:source|\.)\s{1,4}(${RC}))?\s*$`,
);
const HEREDOC_ALIAS =
  /^\s*alias\s{1,4}([\w.-]{1,40})=(?:'([\w .=:@+,\/-]{1,160})'|"([\w .=:@+,\/-]{1,160})")\s*$/;

function rcAliasHeredoc(text: string): boolean {
  if (!text.includes("<<")) return false;
  const m = RC_HEREDOC.exec(text);
  if (!m) return false;
  if (m[5] !== undefined && !sameRc(m[5], m[1])) return false;
  let aliases = 0;
  for (const line of m[4].split("\n")) {
    if (line.trim() === "" || /^\s*#/.test(line)) continue;
    const a = HEREDOC_ALIAS.exec(line);
    if (!a || !plainAlias(a[1], a[2] ?? a[3])) return false;
    aliases++;
  }
  return aliases > 0 && aliases <= 4;
}
