/**
 * Value shapes the command injection detector uses to tell a key's real content from its name:
 * a street address or other prose in an `address`-like key, a semver/PEP 440 range in a
 * `version`-like key, and shell writes into files that run code or hold credentials.
 */

/**
 * Words separated by spaces with only the punctuation of addresses and titles (`,` `.` `#` `/`
 * `-`, and apostrophes inside words): "221B Baker St, London". No shell metacharacter fits.
 */
const PROSE =
  /^[\p{L}\p{N}](?:[\p{L}\p{N}]|[ ,.#\/](?![,.#\/]{2})|-(?!-)|(?<=\p{L})['’](?=\p{L}))*$/u;
const WORDS = /\p{L}{2,}/gu;

/** True for a space-separated run of at least two words in address/title punctuation only. */
export function isProseValue(value: string): boolean {
  const v = value.trim();
  if (v.length > 400 || !v.includes(" ") || !PROSE.test(v)) return false;
  return (v.match(WORDS)?.length ?? 0) >= 2;
}

const PART = "(?:0|[1-9]\\d*|[xX*])";
const PRE = "(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?";
const VERSION = `v?${PART}(?:\\.${PART}){0,3}${PRE}`;
// Spaces only after an operator: a `\s*` here after the `\s+` between comparators let a run of
// tabs be split between them in exponentially many ways (a 140-character value took 20 ms, 200 took
// seconds).
const COMPARATOR = `(?:(?:\\^|~>?|~=|===?|!=|[<>]=?)\\s*)?${VERSION}`;
const RANGE = `${COMPARATOR}(?:(?:\\s+|\\s*,\\s*)${COMPARATOR}|\\s+-\\s+${VERSION})*`;
/**
 * npm/semver ranges (`^20.11.0`, `~1.2`, `>=3.0 <4`, `1.x || 2.x`, `1.2.3 - 2.0.0`) and PEP 440
 * or Cargo specifiers (`~=1.4`, `>=3.0,<4`, `!=1.3.*`), plus dist-tags such as `latest`.
 */
const VERSION_RANGE = new RegExp(
  `^\\s*(?:\\*|[a-z][a-z0-9-]{0,30}|${RANGE}(?:\\s*\\|\\|\\s*${RANGE})*)\\s*$`,
);

/** True when `value` is a version number or version range and nothing else. */
export function isVersionRange(value: string): boolean {
  return value.length <= 200 && VERSION_RANGE.test(value);
}

/** Files that run code at login, on a schedule or on the next ssh/git use, or hold credentials. */
const SENSITIVE_TARGET =
  /(?:>{1,2}|\btee\s+(?:-a\s+)?)\s*["']?((?:~|\$home|\$\{home\})\/\.(?:ssh\/|bashrc|bash_profile|profile|zshrc|zshenv|zprofile|gitconfig|config\/autostart\/)[^\s;|&"']*|(?:\/root)?\/\.ssh\/[^\s;|&"']*|\/etc\/(?:passwd|shadow|sudoers(?:\.d)?|cron[\w.]*|profile(?:\.d)?|ld\.so\.preload|rc\.local|systemd\/system|init\.d|hosts)\b[^\s;|&"']*|(?:[^\s;|&"']*\/)?\.git\/hooks\/[^\s;|&"']+|[^\s;|&"']*authorized_keys)/i;

/** The sensitive file a shell command redirects or `tee`s into, if any. */
export function writesSensitiveFile(command: string): string | undefined {
  if (!command.includes(">") && !/\btee\b/i.test(command)) return undefined;
  const m = command.match(SENSITIVE_TARGET);
  return m ? `"${m[1].slice(0, 60)}"` : undefined;
}

/** An npm (`@scope/name`) or PyPI (`name[extra]`) package name, then what may follow it. */
const PACKAGE_NAME =
  /^\s*((?:@[a-z0-9][\w.-]{0,100}\/)?[a-z0-9][\w.-]{0,100}(?:\[[\w, .-]{1,100}\])?)(.*)$/is;
/** A PEP 508 environment marker: `; python_version < "3.8"` (one or two conditions). */
const MARKER = String
  .raw`\s*;\s*(?:(?:python_(?:full_)?version|sys_platform|platform_system|platform_machine|os_name|implementation_name|extra)\s*(?:==|!=|<=|>=|<|>|in|not in)\s*(['"])[\w.\s-]{0,40}\1\s*(?:and|or)?\s*){1,2}$`;
const MARKER_RE = new RegExp(MARKER);

/**
 * True for a package requirement: a name alone, a name with `@` and a version, range or dist-tag
 * (quoted or not), or a name with a PEP 440 specifier list and an optional environment marker.
 * Nothing else — a separator, a second line or an option makes it something else.
 */
export function isPackageSpec(value: string): boolean {
  if (value.length > 300 || /[\r\n]/.test(value)) return false;
  const m = value.match(PACKAGE_NAME);
  if (!m) return false;
  let rest = m[2].replace(MARKER_RE, "").trim();
  if (rest === "") return true;
  if (rest.startsWith("@")) {
    rest = rest.slice(1).trim();
    const quoted = rest.match(/^(['"])(.*)\1$/s);
    if (quoted) rest = quoted[2];
  } else if (!/^[<>=!~]/.test(rest)) {
    return false; // PyPI style needs an operator; a bare second word is not a version
  }
  return rest !== "" && isVersionRange(rest);
}
