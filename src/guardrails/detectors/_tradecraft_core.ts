/**
 * Shared pieces of the attacker-tradecraft rules (`_tradecraft_*.ts`): the rule shape and the
 * fragments (outside hosts, file-drop sites, sensitive stores) the area files combine.
 *
 * A rule is (a literal every match holds: the tool or construct name) + (the argument shape that
 * makes the use tradecraft) + optionally (a second condition) and (a benign shape that clears it).
 * Never a bare binary name: `certutil -hashfile`, `nc -zv host 443`, `ssh -L` to localhost pass.
 */

/** One tradecraft technique. */
export interface TradecraftRule {
  /** Short id (area.technique), for tests and reports. */
  id: string;
  /** Lower-case literal(s), one of which every match holds (the gate's index). */
  lit: string | string[];
  /** The tool or construct together with the argument shape that makes it tradecraft. */
  re: RegExp;
  /** A second condition that must hold too. */
  also?: RegExp;
  /** A condition that clears the rule (a local target, a read-only use, a scoped use). */
  not?: RegExp;
  /** What the command does, in words a user can act on. */
  why: string;
}

export const r = String.raw;

/**
 * A host outside this machine's loopback and the private ranges: a public IPv4 address or a
 * dotted host name that is not localhost / a `.local`, `.internal`, `.corp`, `.lan` name.
 */
export const OUT_HOST =
  r`(?:(?!(?:127\.|10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|0\.0\.0\.0))\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}|(?!localhost\b)[a-z0-9][\w-]{0,62}(?:\.[\w-]{1,63}){0,5}\.(?!local\b|internal\b|corp\b|lan\b|intranet\b|home\.arpa\b)[a-z]{2,24})(?![\w.-])`;

/** File-drop, paste and anonymous-share sites (upload endpoints anyone can read back). */
export const DROP_SITE =
  r`(?:transfer\.sh|file\.io|0x0\.st|oshi\.at|temp\.sh|bashupload\.com|tmpfiles\.org|catbox\.moe|litterbox\.catbox\.moe|gofile\.io|anonfiles?\.\w{2,4}|pastebin\.com|paste\.ee|hastebin\.com|termbin\.com|ix\.io|sprunge\.us|dpaste\.\w{2,3}|ghostbin\.\w{2,3}|webhook\.site|requestbin\.\w{2,3}|pipedream\.net|interact\.sh|oast\.\w{2,4}|burpcollaborator\.net|ngrok(?:-free)?\.(?:io|app)|trycloudflare\.com|mega\.nz|wetransfer\.com|sendspace\.com|uploadfiles\.io|filebin\.net|pixeldrain\.com|keep\.sh|free\.keep\.sh|api\.telegram\.org\/bot|discord(?:app)?\.com\/api\/webhooks|hooks\.slack\.com\/services)`;

/** Stores whose theft is credential or data theft: keys, wallets, password DBs, browser profiles. */
export const SENSITIVE_STORE =
  r`(?:\.ssh\b|id_(?:rsa|dsa|ecdsa|ed25519)\b|\.kdbx\b|\.keychain(?:-db)?\b|\.gnupg\b|\.aws\/credentials|\.aws\b|\.azure\b|\.config\/gcloud|\.kube\/config|\.docker\/config\.json|\.netrc\b|\.git-credentials|\.pgpass|wallet\.dat|\.electrum|\.bitcoin|\.ethereum|keystore\b|\.pem\b|\.pfx\b|\.p12\b|login\s?data|cookies\.sqlite|logins\.json|key[34]\.db|Local\s?State|\.mozilla\/firefox|google-chrome|Google\/Chrome|Chromium|BraveSoftware|\.thunderbird|Outlook\\|\.pst\b|\.ost\b|\/etc\/shadow|ntds\.dit|\.env\b|\.bash_history|\.zsh_history)`;

/** An archive / bundle step (`tar c`, `zip -r`, `7z a`, `Compress-Archive`, `rar a`). */
export const ARCHIVE =
  r`(?:\btar\s{1,3}-?[a-z]{0,6}c|\bzip\s{1,3}(?:-[a-z0-9]{1,4}\s{1,3}){0,4}|\b7z[a-z]?\s{1,3}a\b|\brar\s{1,3}a\b|\bcompress-archive\b|\bditto\s{1,3}-c)`;
