/**
 * Round-46 path-traversal changes, by meaning:
 *
 * - a certificate file (`.crt`, `.cer`, `.csr` requests) under a system
 *   folder is the PUBLIC half: a CA certificate checked for its expiry, a chain exported for a
 *   client. Reading it exposes nothing; the private key next to it (`ca.key`, `*.pem` key files)
 *   is still judged. A `..` climb never counts;
 * - the Kerberos client configuration (`/etc/krb5.conf`): realm and KDC names, world-readable
 *   and read by every Kerberos client, never a secret (keys live in keytabs and ticket caches).
 *   Read like the OS identity files of ./_path_r28.ts (exact resolved file, no climb). Resolver
 *   and host files stay with ./_path_public_read.ts (recorded only when `public_system_reads`);
 * - a tool whose name says it only reads a file's METADATA (`stat_file`, `get_file_info`,
 *   `file_exists`, `path_exists`…) never returns the content: the path findings on its arguments
 *   are recorded, not blocked;
 * - Office start-up folders: a document template or add-in dropped into Word's `STARTUP`, Excel's
 *   `XLSTART`, the shared Office `Startup` folder, PowerPoint/Excel `AddIns`, or Outlook's
 *   `VbaProject.OTM` and Word's `Normal.dotm` runs its macros every time the program starts
 *   (MITRE ATT&CK T1137 Office Application Startup);
 * - Windows 8.3 short FILE names (`NUGET~1.CON` for `NuGet.Config`): a short name with an
 *   extension opens the same file as its long name, so well-known credential files are read as
 *   their long names (./_path_r15.ts does the folders).
 */
import type { Severity } from "../types.ts";

const CERT_NAME = /^[^/]{1,120}\.(?:crt|cer|csr)$/;
const KEYISH = /priv|secret|passw|token|credential|(?:^|[._-])key(?:[._-]|$)/;

/** True when the lower-cased resolved path names a certificate (public) file, not climbed to. */
export function publicCertificate(lp: string, climbs: boolean): boolean {
  if (climbs || lp.length > 600) return false;
  const name = lp.slice(lp.lastIndexOf("/") + 1);
  return CERT_NAME.test(name) && !KEYISH.test(name.replace(/\.(?:crt|cer|csr)$/, ""));
}

const PUBLIC_CLIENT_CONFIG = /^\/etc\/krb5\.conf$/;

/** True when `abs` is a world-readable client configuration file with no secret in it. */
export function publicClientConfig(abs: string, climbs: boolean): boolean {
  return !climbs && abs.length < 30 && PUBLIC_CLIENT_CONFIG.test(abs);
}

/** Tool names that return a file's metadata (times, size, mode, existence), never its content. */
const METADATA_TOOL =
  /^(?:stat|lstat|stat_?(?:file|path)|file_?stat|(?:get_?)?file_?(?:info|metadata|attributes|stats)|get_?(?:path|file)_?(?:info|metadata|stat)|(?:file|path)_?exists|exists|check_?(?:file|path)_?exists)$/i;

/** True when `tool` only reads metadata of the paths it is given. */
export function metadataTool(tool: string): boolean {
  return tool.length < 40 && METADATA_TOOL.test(tool);
}

/** Office application start-up locations (resolved, lower-case, `/`-separated). */
export const R46_PERSISTENCE_FILES: ReadonlyArray<[RegExp, string, Severity]> = [
  [
    /(?:^|\/)microsoft\/(?:word\/startup|excel\/xlstart|office\/(?:root\/office\d{2}\/)?(?:startup|xlstart)|office\d{2}\/(?:startup|xlstart)|addins|excel\/addins|powerpoint\/addins)(?:\/|$)|(?:^|\/)microsoft\/outlook\/vbaproject\.otm$|(?:^|\/)microsoft\/templates\/normal(?:email)?\.dotm$/,
    "an Office start-up location (templates and add-ins there run their macros every time the program starts)",
    "high",
  ],
];

/** Long names of credential files, for 8.3 short file names (stem, extension). */
const LONG_FILES: ReadonlyArray<[string, string]> = [
  ["nuget", "config"],
  ["web", "config"],
  ["applicationhost", "config"],
  ["machine", "config"],
  ["credentials", "json"],
  ["accesstokens", "json"],
  ["azureprofile", "json"],
  ["msal_token_cache", "json"],
  ["msal_token_cache", "bin"],
  ["gradle", "properties"],
  ["consolehost_history", "txt"],
  ["logins", "json"],
  ["cookies", "sqlite"],
  ["terraform", "tfstate"],
  ["terraform", "tfvars"],
  ["application", "properties"],
  ["appsettings", "json"],
];
/** A file segment written as an 8.3 short name: stem, `~digit`, a three-letter extension. */
const SHORT_FILE = /(?<=^|[\\\/])([a-z0-9_-]{1,6})~\d\.([a-z0-9]{1,3})(?=$|[\\\/])/gi;

/** `value` with well-known 8.3 short file names read as their long names, or undefined. */
export function expandShortFileNames(value: string): string | undefined {
  if (!value.includes("~") || value.length > 4096) return undefined;
  let changed = false;
  const out = value.replace(SHORT_FILE, (seg, stem: string, ext: string) => {
    const s = stem.toLowerCase();
    const e = ext.toLowerCase();
    const long = LONG_FILES.find(([ls, le]) =>
      ls.replace(/[^a-z0-9_-]/g, "").startsWith(s) && le.startsWith(e) && le !== e
    );
    if (!long) return seg;
    changed = true;
    return `${long[0]}.${long[1]}`;
  });
  return changed ? out : undefined;
}
