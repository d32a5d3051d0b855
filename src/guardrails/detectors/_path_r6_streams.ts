/**
 * NTFS alternate data streams in a path argument: `web.config::$DATA` (the unnamed stream, which
 * IIS and many filters treat as a different name — source disclosure and extension-filter
 * bypass), `dir:$I30:$INDEX_ALLOCATION` (opens a directory as a file), and named streams that
 * hide an executable behind a harmless file (`report.txt:payload.exe`). A line number suffix
 * (`src/app.ts:42`) and a drive letter (`C:\…`) are not streams.
 */
const STREAM_TYPE =
  /:\$(?:DATA|INDEX_ALLOCATION|BITMAP|ATTRIBUTE_LIST|EA|EA_INFORMATION|LOGGED_UTILITY_STREAM|REPARSE_POINT|OBJECT_ID|SECURITY_DESCRIPTOR|VOLUME_NAME|FILE_NAME|I30)\b/i;
const NAMED_EXECUTABLE =
  /[^\\\/:\s]\.[A-Za-z0-9]{1,8}:[^\\\/:\s*?"<>|]{1,128}\.(?:exe|dll|scr|com|bat|cmd|ps1|vbs|vbe|js|jse|hta|msi|lnk|sh)$/i;

/** Why a path value names an NTFS alternate data stream, or undefined. */
export function alternateStream(path: string): string | undefined {
  if (!path.includes(":")) return undefined;
  const v = path.trim();
  if (v.includes("$") && STREAM_TYPE.test(v)) {
    return "names an NTFS stream type (::$DATA, $INDEX_ALLOCATION), which bypasses name and extension checks";
  }
  if (NAMED_EXECUTABLE.test(v)) {
    return "hides an executable in an NTFS alternate data stream of another file";
  }
  return undefined;
}
