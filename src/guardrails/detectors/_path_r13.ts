/**
 * Round-13 path-traversal additions:
 *
 * - credential stores the base table missed: desktop password-manager vaults (Bitwarden's
 *   `data.json`, KeePass `.kdbx`, 1Password's database), SSH/GPG agent sockets (a tool that talks
 *   to one signs as the user with every loaded key; `socket` arguments are path arguments now),
 *   Windows DPAPI master keys and Credential Manager folders (they decrypt saved passwords).
 *   They are judged in path arguments: the free-text hint stays as it was, since one more word
 *   search over every free-text value cost ~10% of the detector's throughput;
 * - the Win32 long-path prefix `\\?\C:\…`: a local drive path, not a UNC share;
 * - XML closing tags (`</Root>`) in documents, which are not the absolute path `/Root`;
 * - a path argument sent as base64 (`path_b64`, or any whole-base64 value that decodes to a path).
 */
import type { Severity } from "../types.ts";

/** Credential stores, tested on the resolved, lower-cased, `/`-separated path. */
export const R13_SECRET_FILES: ReadonlyArray<[RegExp, string, Severity]> = [
  [
    /(?:^|\/)bitwarden\/data\.json$|\.kdbx$|(?:^|\/)1password\/data\/[^/]+\.sqlite$|(?:^|\/)1password(?:10)?\.sqlite$|(?:^|\/)(?:enpass|keepassxc)\/[^/]+\.(?:walletx|enpassdb|kdbx)$/,
    "a password manager vault",
    "critical",
  ],
  [
    /^\/(?:private\/)?tmp\/ssh-[^/]{1,40}\/agent\.\d{1,10}$|(?:^|\/)\.1password\/agent\.sock$|^\/run\/user\/\d{1,10}\/(?:keyring\/ssh|gcr\/ssh|ssh-agent\.socket|gnupg\/s\.gpg-agent(?:\.ssh|\.extra)?)$|(?:^|\/)\.gnupg\/s\.gpg-agent|^\/private\/tmp\/com\.apple\.launchd\.[^/]{1,40}\/listeners$/,
    "an SSH or GPG agent socket (it signs as the user with their keys)",
    "critical",
  ],
  [
    /(?:^|\/)microsoft\/(?:protect|credentials|vault|crypto\/(?:rsa|keys|systemkeys))(?:\/|$)/,
    "Windows DPAPI master keys or the Credential Manager store (they decrypt saved passwords)",
    "critical",
  ],
];

/** Win32 long-path prefix before a drive letter: `\\?\C:\…` is the local path `C:\…`. */
const LONG_PATH = /^[\/\\]{2}\?[\/\\](?=[a-z]:[\/\\])/i;

/** `value` without a Win32 long-path prefix before a drive letter (UNC `\\?\UNC\…` is kept). */
export function stripLongPathPrefix(value: string): string {
  return value.length > 6 && value.charCodeAt(2) === 63 ? value.replace(LONG_PATH, "") : value;
}

/**
 * True when the free-text token at `index` (starting with `/`) is an XML or HTML closing tag
 * (`</Root>`): one name between `<` and `>`, which no file API opens.
 */
export function closingTag(view: string, index: number, token: string): boolean {
  return index > 0 && view.charCodeAt(index - 1) === 60 &&
    view.charCodeAt(index + token.length) === 62 && /^\/[\w.:-]{1,80}$/.test(token);
}

/** Argument names that say the value is an encoded path: `path_b64`, `fileBase64`, `b64_path`. */
const ENCODED_KEY = /b64|base64/i;
const WHOLE_BASE64 = /^[A-Za-z0-9+\/_-]{8,2048}={0,2}$/;

/**
 * The path a base64 value stands for, or undefined: under an encoded-path key any whole-base64
 * value, elsewhere only one that decodes to a value starting with a climb (`../`, `..\`).
 */
export function base64Path(value: string, key: string | undefined): string | undefined {
  const t = value.trim();
  if (t.length < 8 || !WHOLE_BASE64.test(t)) return undefined;
  let decoded: string;
  try {
    decoded = atob(t.replace(/-/g, "+").replace(/_/g, "/"));
  } catch {
    return undefined;
  }
  // A path is printable text on one line; binary or prose is something else.
  if (!/^[\x20-\x7e]{3,1024}$/.test(decoded) || !/[\/\\]/.test(decoded)) return undefined;
  if (key && ENCODED_KEY.test(key)) return decoded;
  return /^\s*(?:\.{2,}[\/\\]){2}/.test(decoded) ? decoded : undefined;
}
