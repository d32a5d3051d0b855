/**
 * Round-21 secret locations of the path traversal detector, which the tables of earlier rounds
 * left out:
 *
 * - Chromium-family stores in their current layout: `Network/Cookies` (cookies moved there in
 *   Chrome 96), `Local State` right under `User Data` (it holds the key that decrypts saved
 *   passwords and cookies), `Login Data For Account`, on Windows, Linux (`google-chrome`,
 *   `brave-browser`, …) and Opera's `Opera Software/Opera Stable` folder (no `User Data`);
 * - desktop chat apps' session state: Slack's `storage/root-state.json` (workspace tokens),
 *   IndexedDB folders, Signal's `config.json` (the database key) and `sql/db.sqlite`, Telegram
 *   Desktop's `tdata` session folder;
 * - the gateway's own configuration (`~/.smg/`, `~/.config/smg/`: client keys, upstream tokens,
 *   pins) and other MCP gateways' configurations (Enkrypt, Docker MCP Toolkit, mcphub).
 *
 * Paths arrive lower-cased with `/` separators. Bounded, no nested quantifiers.
 */
import type { Severity } from "../types.ts";

/** A Chromium store file: cookies, saved passwords, autofill, the decryption key. */
const STORE = String
  .raw`(?:network\/cookies|cookies|login data(?: for account)?|web data|local state)`;
/** Chromium profile roots that are not named `User Data`. */
const BROWSER_HOME = String
  .raw`(?:google-chrome(?:-beta|-unstable)?|chromium|brave-browser(?:-beta|-nightly)?|microsoft-edge(?:-beta|-dev)?|vivaldi|opera software\/opera (?:stable|gx stable|beta|developer))`;
/** The per-user settings folder of a desktop app on macOS, Windows or Linux. */
const APP_HOME = String
  .raw`(?:library\/application support|appdata\/(?:roaming|local)|\.config|\.var\/app\/[\w.-]{1,80}\/config)`;
/** Chat apps whose session state reads as the signed-in user. */
const APP = String
  .raw`(?:slack|discord(?:canary|ptb)?|microsoft\/(?:microsoft )?teams|microsoft teams|teams|signal|element|mattermost|whatsapp|telegram desktop)`;

/** Browser stores, desktop apps' session state, gateway configurations. */
export const R21_SECRET_FILES: ReadonlyArray<[RegExp, string, Severity]> = [
  [
    new RegExp(
      String
        .raw`(?:^|\/)user data\/(?:[^/]{1,60}\/)?${STORE}$|(?:^|\/)${BROWSER_HOME}\/(?:[^/]{1,60}\/){0,2}${STORE}$`,
    ),
    "a browser credential database (cookies, saved passwords or their key)",
    "critical",
  ],
  [
    new RegExp(
      String
        .raw`(?:^|\/)${APP_HOME}\/${APP}\/(?:storage\/[^/]{1,80}\.json$|indexeddb(?:\/|$)|local storage(?:\/|$)|config\.json$|sql\/db\.sqlite|tdata(?:\/|$))`,
    ),
    "a desktop chat app's session state (workspace tokens, database key)",
    "critical",
  ],
  [
    /(?:^|\/)\.smg(?:\/|$)|(?:^|\/)(?:\.config|appdata\/(?:roaming|local))\/smg(?:\/|$)|(?:^|\/)enkrypt_mcp_config\.json$|(?:^|\/)\.enkrypt(?:\/|$)|(?:^|\/)\.docker\/mcp\/(?:config|registry|tools)\.ya?ml$|(?:^|\/)\.config\/mcphub\/servers\.json$/,
    "an MCP gateway configuration (gateway keys, upstream tokens)",
    "critical",
  ],
];
