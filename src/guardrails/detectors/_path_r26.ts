/**
 * Round-26 techniques of the path traversal detector:
 *
 * - desktop chat apps' token stores named through `%APPDATA%` / `%LOCALAPPDATA%` / `$env:APPDATA`
 *   (the resolver reads those as the home directory, so `%APPDATA%\discord\Local Storage\leveldb`
 *   lost the `AppData\Roaming` the round-21 table keys on). Electron chat apps keep the signed-in
 *   session in Chromium's Local Storage / Session Storage / IndexedDB / Cookies: reading them is
 *   reading the account token;
 * - a container-engine API body (Docker `/containers/create`, Podman libpod) that starts a
 *   container with the host's root or system folders bind-mounted, as privileged, in the host's
 *   PID namespace, or with `SYS_ADMIN`-class capabilities: that is root on the host, whichever
 *   socket (docker.sock, podman.sock, containerd, CRI-O) or port carries it;
 * - UNC paths to the company's own file server (`\\fileserver01\share\…`, `\\fs.corp.local\…`):
 *   a single-label NetBIOS name or an internal-suffix name does not leave the network, unlike an
 *   IP or a public name (where the NTLM hash goes to whoever answers). Administrative `x$`
 *   shares, WebDAV (`@SSL`, `@443`) and device paths stay UNC findings.
 *
 * Paths arrive lower-cased with `/` separators (secret table). Bounded, no nested quantifiers.
 */
import type { Severity } from "../types.ts";

/** Chat and collaboration apps whose Electron profile holds the signed-in session. */
const CHAT_APP = String
  .raw`(?:discord(?:canary|ptb|development)?|slack|microsoft\/teams|microsoft teams|teams|signal|element|mattermost|whatsapp|telegram desktop|skype|zoom|rocket\.chat|wire|keybase|guilded)`;
/**
 * Where the token lives inside the app's profile folder. Not a bare `config.json`: `%APPDATA%` and
 * `~` resolve alike, and `~/slack/config.json` is as likely a bot project's settings.
 */
const TOKEN_STORE = String
  .raw`(?:local storage|session storage|indexeddb|network\/cookies|cookies|storage\/[^/]{1,80}\.json|sql\/db\.sqlite|tdata)`;

/** Chat app stores reached through the Windows profile variables (or their PowerShell form). */
export const R26_SECRET_FILES: ReadonlyArray<[RegExp, string, Severity]> = [
  [
    new RegExp(
      String
        .raw`^(?:\/~home|\$env:(?:local)?appdata|%(?:local)?appdata%)\/(?:(?:roaming|local)\/)?${CHAT_APP}\/${TOKEN_STORE}(?:\/|$)`,
    ),
    "a desktop chat app's session token store",
    "critical",
  ],
];

/** Cheap gate: a container-create body names an image and one of the escalating settings. */
const ENGINE_GATE = /"(?:privileged|binds|mounts|pidmode|pidns|cap_?add)\\?"/i;
/** The image key every create body carries (Docker `Image`, libpod `image`). */
const IMAGE_KEY = /"image"\s{0,4}:/;
/** A host folder that hands the container the host: its root, system trees, engine sockets. */
const HOST_SRC = String
  .raw`\/(?:(?:etc|root|proc|sys|boot|dev|home|run|var\/run|var\/lib\/(?:docker|kubelet|containerd)|var\/log)(?:\/[^":\s]{0,120})?)?|[^":\s]{0,160}\.sock`;
const ESCALATING: ReadonlyArray<RegExp> = [
  /"privileged"\s{0,4}:\s{0,4}true/,
  new RegExp(String.raw`"binds"\s{0,4}:\s{0,4}\[[^\]]{0,400}"(?:${HOST_SRC}):`),
  new RegExp(String.raw`"source"\s{0,4}:\s{0,4}"(?:${HOST_SRC})"`),
  /"pidmode"\s{0,4}:\s{0,4}"host"|"pidns"\s{0,4}:\s{0,4}\{\s{0,4}"nsmode"\s{0,4}:\s{0,4}"host"/,
  /"cap_?add"\s{0,4}:\s{0,4}\[[^\]]{0,200}"(?:cap_)?(?:sys_admin|all|sys_module|sys_ptrace|dac_read_search)"/,
];

/**
 * True when `text` is (or embeds) a container-engine create body that escapes to the host:
 * an image plus a privileged flag, a bind of a host system folder or socket, the host's PID
 * namespace, or an admin capability. Ordinary binds (`/srv/app:/app`) pass.
 */
export function containerEscape(text: string): boolean {
  if (text.length > 65536 || !text.includes("{") || !ENGINE_GATE.test(text)) return false;
  const t = text.toLowerCase().replaceAll('\\"', '"');
  if (!IMAGE_KEY.test(t)) return false;
  return ESCALATING.some((re) => re.test(t));
}

/** An internal file server: a NetBIOS name or a name under a non-public suffix, then a share. */
const INTERNAL_SHARE =
  /^[\/\\]{2}(?!localhost[\/\\.])[a-z][a-z0-9-]{0,62}(?:(?:\.[a-z0-9-]{1,63}){0,4}\.(?:local|corp|lan|internal|intranet|localdomain|home\.arpa|ad))?[\/\\][^\/\\$@\s]{1,80}(?:[\/\\]|$)/i;

/**
 * True when `v` is a UNC path to a file share inside the organisation (`\\fileserver01\eng\…`,
 * `\\fs01.acme.local\finance\…`): not an IP, not a public name, not an admin or WebDAV share.
 */
export function internalShare(v: string): boolean {
  return INTERNAL_SHARE.test(v) && !/davwwwroot|@ssl|@\d/i.test(v);
}
