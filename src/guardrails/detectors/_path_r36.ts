/**
 * Round-36 path rules, folded into ONE precompiled expression (one pass per resolved path):
 *
 * - mesh-VPN node identities: the state/key files of Tailscale (`tailscaled.state`, the state
 *   directory), ZeroTier (`identity.secret`), NetBird (`/etc/netbird/config.json`), Nebula host
 *   keys and Headscale's private keys. A copy joins the private network as that node, with its
 *   routes, from anywhere;
 * - Telegram Desktop's `tdata` session folder wherever the app keeps it (Linux `TelegramDesktop`);
 * - whole phone backups: an iOS backup folder (`MobileSync/Backup/<device id>`) or anything below
 *   it, and Android `adb backup` archives under a home folder — messages, call history, health,
 *   location and app tokens in one piece (round 35 only had the SMS database inside one).
 *
 * Paths arrive lower-cased with `/` separators. Bounded, no nested quantifiers.
 */
import type { Severity } from "../types.ts";

/** The node identities and phone backups of round 36, in one expression. */
export const R36_SECRET_FILES: ReadonlyArray<[RegExp, string, Severity]> = [
  [
    /(?:^|\/)tailscaled?\.state$|(?:^|\/)var\/lib\/tailscale(?:\/|$)|(?:^|\/)zerotier(?:-one| one)?\/identity\.secret$|(?:^|\/)(?:var\/lib|etc)\/netbird\/(?:config|default)\.json$|(?:^|\/)(?:etc\/)?nebula\/host\.key$|(?:^|\/)headscale\/(?:private|noise_private|derp_server_private)\.key$|(?:^|\/)mobilesync\/backup\/[0-9a-f-]{24,48}(?:\/|$)|(?:^|\/)telegram ?desktop\/tdata(?:\/|$)|(?:^|\/)(?:users|home)\/[^/]{1,60}\/(?:[^/]{1,60}\/){0,2}[^/]{1,80}\.ab$/,
    "a mesh-VPN node's private identity, a messenger session folder or a whole phone backup",
    "critical",
  ],
];
