/**
 * Round-18 secret files of the path traversal detector: password-manager command-line tools'
 * own state, which the vault list of round 13 (./_path_r13.ts) left out. Each holds what a CLI
 * needs to unlock or reach the vault without asking again:
 *
 * - 1Password CLI `op`: `~/.config/op/config` (accounts, device key, cached sessions), also the
 *   older `~/.op/config`;
 * - Bitwarden CLI `bw`: `…/Bitwarden CLI/data.json` (encrypted vault, keys, access token) on every
 *   platform (`~/.config`, `Application Support`, `AppData/Roaming`);
 * - `gopass` stores and configuration (`~/.local/share/gopass/…`, `~/.config/gopass/…`);
 * - LastPass CLI `lpass` (`~/.lpass`, `~/.local/share/lpass`, `~/.config/lpass`);
 * - `pass` itself is in the base table (`.password-store`).
 *
 * Paths arrive lower-cased with `/` separators. Bounded, no nested quantifiers.
 */
import type { Severity } from "../types.ts";

/** Password-manager CLI state, checked after the base and earlier rounds' tables. */
export const R18_SECRET_FILES: ReadonlyArray<[RegExp, string, Severity]> = [
  [
    /(?:^|\/)\.config\/op(?:\/|$)|(?:^|\/)\.op\/config$|(?:^|\/)bitwarden cli\/data\.json$|(?:^|\/)(?:\.local\/share|\.config)\/(?:gopass|lpass)(?:\/|$)|(?:^|\/)\.lpass(?:\/|$)/,
    "a password-manager CLI's configuration or session store (op, bw, gopass, lpass)",
    "critical",
  ],
];
