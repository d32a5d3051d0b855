/**
 * Round-20 secret locations of the path traversal detector, which the tables of earlier rounds
 * left out:
 *
 * - browser credential stores written with Windows 8.3 short names: `APPDAT~1` (AppData),
 *   `APPLIC~1` (Application Data), `USERDA~1` (User Data), `LOGIND~1` (Login Data), `LOCALS~1`
 *   (Local State), `WEBDAT~1` (Web Data), `COOKIE~1`: Windows resolves them to the same files the
 *   long-name rule guards;
 * - desktop apps' session stores, which hold a signed-in token: Slack's and Teams' `Cookies`,
 *   Discord's `Local Storage/leveldb` (the account token), any Electron app's `Network/Cookies`
 *   under its profile folder, and VS Code's `globalStorage/state.vscdb` (extension tokens).
 *
 * Paths arrive lower-cased with `/` separators. Bounded, no nested quantifiers.
 */
import type { Severity } from "../types.ts";

/** A browser store name, long or 8.3 (`login data` or `logind~1`). */
const STORE = String
  .raw`(?:login ?data|logind~\d|cookies|cookie~\d|web ?data|webdat~\d|local ?state|locals~\d|network\/cookies|networ~\d\/cookies)`;
/** The Chromium profile root, long or 8.3. */
const USER_DATA = String.raw`(?:user ?data|userda~\d)`;
/** The per-user settings folder of a desktop app on macOS, Windows or Linux. */
const APP_HOME = String
  .raw`(?:library\/application support|appdata\/(?:roaming|local)|applic~\d|appdat~\d\/(?:roaming|local)|\.config|\.var\/app\/[\w.-]{1,80}\/config)`;
/** Chat and editor apps whose session store reads as the signed-in user. */
const APP = String
  .raw`(?:slack|discord(?:canary|ptb)?|microsoft\/(?:microsoft )?teams|microsoft teams|teams|signal|element|mattermost|notion|zoom|whatsapp|telegram desktop)`;

/** Short-name browser stores and desktop apps' session stores. */
export const R20_SECRET_FILES: ReadonlyArray<[RegExp, string, Severity]> = [
  [
    // At least one 8.3 piece: the long-name form is the base table's rule.
    new RegExp(
      String
        .raw`(?:^|\/)userda~\d\/(?:[^/]{1,60}\/)?${STORE}$|(?:^|\/)${USER_DATA}\/(?:[^/]{1,60}\/)?(?:logind~\d|cookie~\d|webdat~\d|locals~\d|networ~\d\/cookies)$`,
    ),
    "a browser credential database (Windows 8.3 short name)",
    "critical",
  ],
  [
    new RegExp(
      String
        .raw`(?:^|\/)${APP_HOME}\/${APP}\/(?:partitions\/[^/]{1,60}\/)?(?:cookies|network\/cookies|local storage\/leveldb|session storage|storage\/[^/]{1,60}\.(?:db|ldb|log))(?:\/|$)|(?:^|\/)${APP_HOME}\/(?:code|code - insiders|vscodium|cursor|windsurf)\/user\/globalstorage\/state\.vscdb(?:\.backup)?$`,
    ),
    "a desktop app's session store (Slack, Discord, Teams cookies or tokens, VS Code state)",
    "critical",
  ],
];
