/**
 * Round-15 path-traversal additions:
 *
 * - macOS browser credential databases under `Library/Application Support` (Chrome, Chromium,
 *   Brave, Edge, Vivaldi, Opera, Arc): `Login Data`, `Cookies`, `Web Data`, `Local State`;
 * - Windows 8.3 short names (`C:\WINDOW~1\SYSTEM~1\config\SAM`): a short name opens the same
 *   folder as its long name, so the well-known ones are read as their long names before the
 *   sensitive-file checks;
 * - a symlink entry of an archive being built or described whose target is absolute or climbs
 *   (`{"type": "symlink", "target": "/home/app/.aws"}`): files written through the link after it
 *   land outside the extraction folder (zip/tar slip through a link).
 */
import type { FieldContext, Severity } from "../types.ts";

/** macOS browser stores, tested on the resolved, lower-cased, `/`-separated path. */
export const R15_SECRET_FILES: ReadonlyArray<[RegExp, string, Severity]> = [
  [
    /(?:^|\/)application support\/(?:google\/chrome(?: beta| canary| dev)?|chromium|bravesoftware\/brave-browser(?:-beta|-nightly)?|microsoft edge(?: beta| dev)?|vivaldi|com\.operasoftware\.opera(?:gx)?|arc\/user data|yandex\/yandexbrowser)\/(?:[^/]{1,60}\/){0,2}(?:login data(?: for account)?|cookies|web data|local state)$/,
    "a browser credential database (saved passwords, cookies)",
    "critical",
  ],
];

/** Well-known 8.3 short-name stems and the long names they stand for. */
const SHORT_NAMES: ReadonlyArray<[RegExp, string]> = [
  [/^window$/i, "Windows"],
  [/^system$/i, "System32"],
  [/^progra$/i, "Program Files"],
  [/^docume$/i, "Documents and Settings"],
  [/^applic$/i, "Application Data"],
  [/^locals$/i, "Local Settings"],
  [/^appdat$/i, "AppData"],
  [/^micros$/i, "Microsoft"],
];
/** A path segment written as an 8.3 short name: up to six characters, `~`, a digit. */
const SHORT_SEGMENT = /(?<=^|[\\\/])([a-z0-9]{1,6})~\d(?=[\\\/]|$)/gi;

/** `value` with well-known short names read as their long names, or undefined when none is. */
export function expandShortNames(value: string): string | undefined {
  if (!value.includes("~") || value.length > 4096) return undefined;
  let changed = false;
  const out = value.replace(SHORT_SEGMENT, (seg, stem: string) => {
    const long = SHORT_NAMES.find(([re]) => re.test(stem));
    if (!long) return seg;
    changed = true;
    return long[1];
  });
  return changed ? out : undefined;
}

/** Keys of a link entry's target. */
const LINK_KEY =
  /^(?:target|linkname|link_?name|link_?target|symlink_?target|link_?path|linkpath|points_?to)$/i;
/** Tools that build or describe archives; list paths of archive members. */
const ARCHIVE_TOOL =
  /archive|(?:^|[_.\-\s])(?:tar|zip|unzip|untar|bundle|pack|unpack|extract)(?:$|[_.\-\s])/i;
const MEMBER_PATH = /(?:entries|members|files|items|contents)\[\d{1,6}\]\.[\w-]{1,40}$/i;
/** An absolute target (POSIX, home, drive, UNC) or one that climbs. */
const ESCAPING_TARGET = /^(?:\/|~|[a-z]:[\\\/]|\\\\|\.\.(?:[\\\/]|$))|[\\\/]\.\.(?:[\\\/]|$)/i;

/** True when an archive entry's link target points outside the folder the archive unpacks to. */
export function archiveLinkEscape(text: string, field: FieldContext): boolean {
  const key = field.key ?? "";
  if (!LINK_KEY.test(key) || text.length > 4096) return false;
  if (!ARCHIVE_TOOL.test(field.tool ?? "") && !MEMBER_PATH.test(field.path)) return false;
  return ESCAPING_TARGET.test(text.trim());
}
