/**
 * Round-47 path rules, by meaning:
 *
 * - the SERVER side of a self-hosted password manager or secrets server: the database every
 *   user's vault lives in and the keys that sign its sessions / decrypt its store (Vaultwarden and
 *   Bitwarden self-host data folders: `db.sqlite3`, `rsa_key*.pem|der`, `config.json` with the
 *   admin token, `attachments/`, Bitwarden's `bwdata` database and override env; Passbolt's
 *   server private key; HashiCorp Vault's file-backend storage). Reading or copying it out hands
 *   over every colleague's vault and the means to sign in as the server. A `rsa_key.pub.pem` is
 *   the public half and does not count.
 */
import type { Severity } from "../types.ts";

export const R47_SECRET_FILES: ReadonlyArray<[RegExp, string, Severity]> = [
  [
    /(?:^|\/)(?:vaultwarden|bitwarden_rs|bitwarden|bw-data|vw-data|bwdata)(?:\/[^/]{1,40}){0,2}\/(?:db\.sqlite3(?:-wal|-shm)?|rsa_key(?!\.pub)(?:\.[a-z]{2,4}){1,2}|config\.json|attachments(?:\/|$)|sends(?:\/|$)|vault\.mdf|global\.override\.env)$|(?:^|\/)(?:vaultwarden|bitwarden_rs|bw-data|vw-data|bwdata)(?:\/_?data)?\/?$/,
    "a self-hosted password manager's server data (every user's vault and the server's signing keys)",
    "critical",
  ],
  [
    /(?:^|\/)passbolt\/gpg\/serverkey_private\.asc$|(?:^|\/)vault\/(?:data|file)\/(?:core|sys|logical)(?:\/|$)/,
    "a secrets server's private key or raw storage",
    "critical",
  ],
];
