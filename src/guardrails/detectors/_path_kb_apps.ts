/**
 * Knowledge base, applications: database and admin clients, remote-access tools, browsers,
 * messengers, mail clients, wallets and VPN/Wi-Fi stores — the targets LaZagne's modules and the
 * infostealer write-ups (browser/wallet/messenger/FTP/VPN) list, and where each product documents
 * its saved passwords (ATT&CK T1555, T1539, T1552.001).
 *
 * Left out on purpose: a browser's `Preferences`/`Bookmarks`/`History` (no secret), DBeaver's
 * `data-sources.json` and JetBrains `dataSources.xml` (connection settings; the passwords sit in
 * the stores below), Outlook PST/OST (mail data, not keys).
 *
 * Paths arrive lower-cased with `/` separators. Bounded, no nested quantifiers.
 */
import type { Severity } from "../types.ts";

/** Application credential stores, in one expression per family. */
export const KB_APPS: ReadonlyArray<[RegExp, string, Severity]> = [
  [
    // Database and admin clients: libpq's Windows pgpass, mongosh/mongo shell history, Robo 3T /
    // Studio 3T connections, JetBrains credential files, SQL Developer connections, HeidiSQL,
    // TablePlus, Redis Desktop Manager, pgAdmin's database, SSMS saved logins, Insomnia.
    /(?:^|\/)postgresql\/pgpass\.conf$|(?:^|\/)mongosh\/mongosh_repl_history$|(?:^|\/)\.dbshell$|(?:^|\/)\.3t\/[^/]{1,40}\/(?:[^/]{1,40}\/)?[^/]{1,60}\.json$|(?:^|\/)robo3t\.json$|(?:^|\/)jetbrains\/[^/]{1,60}\/c\.(?:kwallet|pwd)$|(?:^|\/)o\.jdeveloper\.db\.connection[^/]{0,40}\/connections\.(?:json|xml)$|(?:^|\/)heidisql\/portable_settings\.txt$|(?:^|\/)com\.tinyapp\.tableplus\/data\/connections\.plist$|(?:^|\/)(?:redisdesktopmanager|\.rdm)\/connections\.json$|(?:^|\/)\.?pgadmin\/pgadmin4\.db$|(?:^|\/)sql server management studio\/[^/]{1,20}\/(?:sqlstudio\.bin|usersettings\.xml)$|(?:^|\/)insomnia\/insomnia\.(?:environment|workspace|request)\.db$/,
    "a database or API client's saved connections and passwords",
    "critical",
  ],
  [
    // Remote access: PuTTY (Linux) and KiTTY sessions, PuTTY private keys, Termius vault,
    // RDCMan groups and settings, Royal TS documents, VNC password files, UltraVNC, TeamViewer,
    // AnyDesk configs.
    /(?:^|\/)\.putty\/sessions\/|(?:^|\/)kitty\/sessions\/[^/]{1,80}$|(?:^|\/)[^/]{1,80}\.ppk$|(?:^|\/)termius\/(?:indexeddb|local storage)\/|(?:^|\/)[^/]{1,80}\.rdg$|(?:^|\/)rdcman\.settings$|(?:^|\/)[^/]{1,80}\.rtsz$|(?:^|\/)\.?vnc\/passwd$|(?:^|\/)ultravnc\.ini$|(?:^|\/)teamviewer\/[^/]{0,40}\.ini$|(?:^|\/)anydesk\/(?:service|system|user)\.conf$/,
    "a remote-access tool's saved sessions, keys or passwords",
    "critical",
  ],
  [
    // Browsers and mail: Yandex's password store, every extension's local storage (wallets and
    // password managers live there), Firefox extension storage, Thunderbird/SeaMonkey logins and
    // keys, legacy signons, Pidgin accounts, HexChat servers, fetchmail/msmtp/isync/offlineimap/
    // mutt/authinfo passwords.
    /\/ya (?:passman data|credit cards)$|\/(?:local|sync) extension settings\/[a-p]{32}(?:\/|$)|\/indexeddb\/chrome-extension_[a-p]{32}_|\/storage\/default\/moz-extension\+\+\+|(?:^|\/)(?:\.thunderbird|thunderbird\/profiles|\.mozilla-thunderbird|seamonkey\/profiles)\/[^/]{1,80}\/(?:logins\.json|key[34]\.db|signons\.sqlite|cookies\.sqlite)$|(?:^|\/)signons\.sqlite$|(?:^|\/)\.purple\/accounts\.xml$|(?:^|\/)hexchat\/servlist\.conf$|(?:^|\/)\.(?:fetchmailrc|msmtprc|mbsyncrc|offlineimaprc|muttrc|authinfo(?:\.gpg)?)$|(?:^|\/)(?:msmtp\/config|isync\/mbsyncrc|mutt\/muttrc)$|(?:^|\/)(?:login data(?: for account)?|web data|local state)$|(?:^|\/)(?:profiles|\.?librewolf|\.?waterfox|\.?floorp|\.zen)\/[^/]{1,80}\/logins\.json$|(?:^|\/)key[34]\.db$/,
    "a browser, extension or mail client's saved passwords or keys",
    "critical",
  ],
  [
    // Messengers: Slack's local storage and workspace state, WhatsApp Desktop, Skype.
    /(?:^|\/)slack\/(?:local storage\/leveldb\/|storage\/(?:root-state|slack-workspaces)\.json$)|(?:^|\/)whatsapp\/(?:local storage|indexeddb|session storage)\/|(?:^|\/)skype\/[^/]{1,80}\/main\.db$/,
    "a messenger's session store (its tokens sign in as the user)",
    "critical",
  ],
  [
    // Wallets: wallet.dat (Bitcoin Core and its forks), Electrum, Exodus, Atomic, Guarda,
    // Coinomi, Wasabi, Armory, Daedalus, Ethereum keystores, Solana CLI keypair, Monero keys,
    // Ledger Live, Jaxx.
    /(?:^|\/)wallet\.dat$|(?:^|\/)\.bitcoin\/wallets\/|(?:^|\/)\.?electrum(?:-ltc)?\/wallets\/|(?:^|\/)exodus\/exodus\.wallet(?:\/|$)|(?:^|\/)(?:atomic|guarda)\/local storage\/leveldb\/|(?:^|\/)coinomi\/[^/]{0,20}\/?wallets\/|(?:^|\/)walletwasabi\/client\/wallets\/|(?:^|\/)armory\/[^/]{1,80}\.wallet$|(?:^|\/)daedalus[^/]{0,20}\/wallets\/|(?:^|\/)keystore\/utc--[0-9]{4}-|(?:^|\/)solana\/id\.json$|(?:^|\/)\.?(?:bit)?monero[^/]{0,20}\/(?:[^/]{1,80}\/){0,2}[^/]{1,80}\.keys$|(?:^|\/)ledger live\/app\.json$|(?:^|\/)com\.liberty\.jaxx\//,
    "a cryptocurrency wallet (its keys move the funds)",
    "critical",
  ],
  [
    // VPN and Wi-Fi: OpenVPN profiles with inline keys and auth files, WireGuard configs,
    // NetworkManager connections, iwd networks, Windows WLAN profiles, AnyConnect preferences.
    /(?:^|\/)[^/]{1,80}\.ovpn$|(?:^|\/)openvpn\/[^/]{0,80}(?:auth|pass|cred)[^/]{0,40}\.(?:txt|conf)$|(?:^|\/)wireguard\/[^/]{1,80}\.conf$|(?:^|\/)system-connections\/[^/]{1,120}$|(?:^|\/)iwd\/[^/]{1,80}\.(?:psk|8021x)$|(?:^|\/)wlansvc\/profiles\/interfaces\/|(?:^|\/)cisco anyconnect[^/]{0,40}\/(?:profile\/[^/]{1,80}\.xml|preferences(?:_global)?\.xml)$|(?:^|\/)steam\/(?:ssfn[^/]{1,40}|config\/(?:config|loginusers)\.vdf|local\.vdf)$/,
    "a VPN, Wi-Fi or game-client store of keys, passwords or login tokens",
    "critical",
  ],
];
