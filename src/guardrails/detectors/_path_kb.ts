/**
 * The sensitive-file knowledge base: which files hold credentials, keys, tokens or session state
 * that open other systems, across products and OSes, written systematically from public knowledge
 * (LaZagne's modules, infostealer target lists, ATT&CK T1552.001/T1555/T1539/T1003, secret
 * scanners' path lists, product documentation) rather than from any round's fixtures. Folded into
 * path_traversal's table next to the round lists; reported as `sensitive_file`.
 *
 * Areas: ./_path_kb_cloud_devtools.ts, ./_path_kb_apps.ts, ./_path_kb_system.ts.
 */
import type { Severity } from "../types.ts";
import { KB_APPS } from "./_path_kb_apps.ts";
import { KB_CLOUD_DEVTOOLS } from "./_path_kb_cloud_devtools.ts";
import { KB_SYSTEM } from "./_path_kb_system.ts";

/** Every knowledge-base store, area by area. */
export const KB_SECRET_FILES: ReadonlyArray<[RegExp, string, Severity]> = [
  ...KB_CLOUD_DEVTOOLS,
  ...KB_APPS,
  ...KB_SYSTEM,
];
