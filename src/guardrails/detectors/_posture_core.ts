/**
 * Shared pieces of the security-posture rules (`_posture_*.ts`): the rule shape and the write /
 * payload fragments the platform files combine.
 *
 * A rule is (a literal every match holds) + (the insecure setting with its value) + optionally
 * (a write / apply context) and (a read, audit or revert context that clears it). The literal feeds
 * the one gate in `_posture.ts`; a rule's regexes run only when its literal is in the text.
 */

/** Finding kinds the posture rules report. */
export type PostureKind =
  | "privilege_escalation"
  | "defense_evasion"
  | "persistence"
  | "data_exfiltration"
  | "credential_theft"
  | "destructive_command"
  | "supply_chain";

/** One posture technique. */
export interface PostureRule {
  /** Short id (platform.technique), for tests and reports. */
  id: string;
  kind: PostureKind;
  /** Lower-case literal(s), one of which every match holds (the gate's index). */
  lit: string | string[];
  /** The insecure setting together with its insecure value. */
  re: RegExp;
  /** A second condition that must hold too (the write / apply context, a payload). */
  also?: RegExp;
  /** A condition that clears the rule (a read, the secure value, a scoped grant). */
  not?: RegExp;
  /** What the operation does, in words a user can act on. */
  why: string;
}

/**
 * A file write in a shell, PowerShell or code (`>>`, `tee -a`, `sed -i`, `cp`, `open(`,
 * `writeFile`, `Set-Content` …). Followed, within a line, by the path pattern {@link writes} takes.
 */
const WR = String
  .raw`(?:>>?|\btee\b|\bsed\s{1,3}-i|\bcp\b|\bmv\b|\binstall\s{1,3}-|\bln\s{1,3}-s|\bdd\b|\bopen\s{0,2}\(|\bwrite_?(?:text|file|all\w{0,8})|\bappend(?:file|_?text)|\bset-content|\badd-content|\bout-file|\bcopy-item|\bcopy\b|\bnew-item|\bsudoedit\b|\bvisudo\b|\bcrontab\s{1,3}-|["']?path["']?\s{0,3}[:=]\s{0,3}["']?)`;

/** A write (see {@link WR}) whose target, on the same line, matches `path`. */
export function writes(path: string, span = 160): RegExp {
  return new RegExp(`${WR}[^\\n]{0,${span}}?${path}`, "i");
}

/**
 * The end of a shell write whose target matches `path` (`… >> ~/.bashrc`, `… | tee -a /etc/x`),
 * to follow the content written (a payload) on the same line.
 */
export function writtenTo(path: string): string {
  return String.raw`(?:>>?|\|\s{0,3}(?:sudo\s{1,3})?tee(?:\s{1,3}-a)?)\s{0,3}["']?${path}`;
}

/**
 * A write to `path` whose content follows: a here-document (`cat >> ~/.bashrc <<EOF … payload`)
 * or a write call in code (`open("~/.bashrc", "a").write("… payload")`).
 */
export function writtenWith(path: string): string {
  return String
    .raw`(?:>>?\s{0,3}["']?${path}["']?\s{0,3}<<-?\s{0,2}["']?\w{1,20}["']?|${path}["']?[^\n]{0,80}?\b(?:write|append|writeFile|appendFile)\w{0,8}\s{0,2}\(?)[\s\S]{0,400}?${U_PAYLOAD}`;
}

/**
 * An attacker-style payload in a Unix command line: a download piped to a shell, a /dev/tcp or
 * netcat shell, a decoded blob, a program in a world-writable temporary directory.
 */
export const U_PAYLOAD = String
  .raw`(?:\b(?:curl|wget|fetch)\b[^\n|;]{0,200}\|\s{0,3}(?:sudo\s{1,3})?(?:ba|z|da|k)?sh\b|\/dev\/(?:tcp|udp)\/|\bnc(?:at)?\b[^\n]{0,60}\s-[ec]\s|\bbash\s{1,3}-i\b|\bsocat\b[^\n]{0,80}\bexec|\bbase64\s{1,3}(?:-d|--decode|-D)\b|\bpython[\d.]{0,4}\s{1,3}-c\s{0,3}["']\s{0,3}import\s{1,3}(?:socket|pty|os)|(?:^|[\s"'=:>])\/(?:tmp|dev\/shm|var\/tmp|private\/tmp|users\/shared)\/[\w.\/-]{1,60}|\bmkfifo\b)`;
export const U_PAYLOAD_RE = new RegExp(U_PAYLOAD, "im");

/**
 * An attacker-style payload in a Windows command: an encoded or hidden PowerShell, a script host or
 * proxy-execution binary, a program under a user-writable folder, a URL or a UNC path.
 */
export const W_PAYLOAD = String
  .raw`(?:\b(?:powershell|pwsh)(?:\.exe)?\b[^\n]{0,80}\s-(?:e(?:nc(?:odedcommand)?)?|w(?:indowstyle)?\s{1,3}h(?:idden)?|nop(?:rofile)?)\b|\b(?:mshta|rundll32|regsvr32|wscript|cscript|certutil|bitsadmin|msbuild|installutil|regasm|regsvcs)(?:\.exe)?\b|%(?:temp|tmp|appdata|localappdata|public|programdata)%|\\appdata\\|\\temp\\|\\users\\public\\|\\programdata\\|\$env:(?:temp|tmp|appdata|localappdata|public)|https?:\/\/|\\\\[\w.-]{1,60}(?:@SSL)?(?:@\d{1,5})?\\[\w$.-]{1,60}|\bcmd(?:\.exe)?\s{1,3}\/[ck]\b[^\n]{0,80}\b(?:powershell|curl|certutil|bitsadmin)\b)`;
export const W_PAYLOAD_RE = new RegExp(W_PAYLOAD, "i");

/** A Windows registry write: `reg add`, `Set-ItemProperty`, `New-ItemProperty`, winreg, .reg text. */
export const REG_WRITE = String
  .raw`(?:\breg(?:\.exe)?\s{1,3}add\b|\bset-itemproperty\b|\bnew-itemproperty\b|\bsp\s{1,3}(?:-path\s{1,3})?["']?(?:hk|registry::)|\bsetvalue(?:ex)?\b|\bregistry\.setvalue\b|\bcreatesubkey\b|\b(?:create|open)key(?:ex)?\s{0,2}\(|^\s{0,4}\[hkey_|\bnew-item\b[^\n]{0,80}\bhk|\bset-gpregistryvalue\b)`;

/** `reg add … KEY … /v NAME … /d VALUE` and its PowerShell / .reg forms, as one regex. */
export function regSet(key: string, name: string, value: string): RegExp {
  return new RegExp(
    `${REG_WRITE}[\\s\\S]{0,300}?${key}[\\s\\S]{0,200}?${name}["']?[^\\n]{0,60}?(?:\\/d\\s{1,3}|-value\\s{1,3}|=\\s{0,2}(?:dword:)?|,\\s{0,3}(?:winreg\\.|_winreg\\.)?REG_\\w{2,9}\\s{0,3},\\s{0,3})["']?\\$?0{0,7}${value}\\b`,
    "im",
  );
}

/** A line of a configuration file (`key value`, `key: value`, `key=value`), anchored at a line start. */
export function confLine(key: string, value: string): RegExp {
  return new RegExp(
    `(?:^|\\\\n|["'>]|(?<!\\bs)\\/|\\becho\\s{1,3}["']?|-[eE]\\s{1,3}["']?|--env\\s{1,3}["']?|--set\\s{1,3}["']?)[ \\t]{0,12}${key}["']?[ \\t]{0,4}[:= \\t][ \\t]{0,4}["']?${value}`,
    "im",
  );
}

/** Free-mail domains (an address at one of them is outside any organisation). */
export const FREE_MAIL_AT = String
  .raw`@(?:gmail|googlemail|outlook|hotmail|live|yahoo|ymail|icloud|aol|proton|protonmail|pm|gmx|yandex|qq|163|mail|zoho|tutanota|tuta|fastmail)\.[a-z.]{2,8}\b`;

/**
 * An AWS resource policy statement open to everyone (`"Principal": "*"` or `{"AWS": "*"}`) up to
 * the opening quote of an action it allows: the rule appends the actions that matter.
 */
export const PUBLIC_PRINCIPAL_ACTION = String
  .raw`["']?Principal["']?\s{0,3}[:=]\s{0,3}(?:["']\*["']|\{\s{0,3}["']?AWS["']?\s{0,3}[:=]\s{0,3}["']\*["']\s{0,3}\})[^{}]{0,300}["']?Action["']?\s{0,3}[:=]\s{0,3}\[?[^\]{}]{0,200}["']`;
