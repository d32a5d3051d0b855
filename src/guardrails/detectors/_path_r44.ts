/**
 * Round-44 path rules. Family: what a path names, judged by what the file IS.
 *
 * - LLM command-line tools' stored API keys: Simon Willison's `llm` (`io.datasette.llm/keys.json`
 *   on every OS), shell_gpt (`shell_gpt/.sgptrc`), aichat (`aichat/config.yaml`), mods
 *   (`mods/mods.yml`) — each documents that it keeps the provider keys (OpenAI, Anthropic,
 *   Gemini…) in that file;
 * - the PUBLIC half of a key pair is meant to be shared: `*.pub`, a key file named public
 *   (`oci_api_key_public.pem`, `public-key.asc`), GnuPG's public keyring and trust database, the
 *   key-id file of a `pass` store, and the public certificate files Let's Encrypt writes next to
 *   the private key (`cert.pem`, `chain.pem`, `fullchain.pem`). A store's name around such a file
 *   does not make it secret; the folder itself, the private keys and everything else still count;
 * - a WSL path (`\\wsl.localhost\Ubuntu\…`, `\\wsl$\Debian\…`) is the local Linux file system of
 *   that distribution, not a remote share: it is judged as the Linux path after the distribution
 *   (so `\\wsl$\Ubuntu\home\me\.ssh\id_ed25519` is an SSH private key, `…\etc\shadow` a system
 *   secret).
 *
 * Paths arrive lower-cased with `/` separators. Bounded, no nested quantifiers.
 */
import type { Severity } from "../types.ts";

/** The credential stores of round 44, in one expression. */
export const R44_SECRET_FILES: ReadonlyArray<[RegExp, string, Severity]> = [
  [
    /(?:^|\/)io\.datasette\.llm\/keys\.json$|(?:^|\/)shell_gpt\/\.sgptrc$|(?:^|\/)\.config\/(?:aichat\/config\.ya?ml|mods\/mods\.ya?ml)$|(?:^|\/)(?:appdata\/roaming|library\/application support)\/(?:aichat\/config\.ya?ml|mods\/mods\.ya?ml)$/,
    "an LLM command-line tool's stored provider API keys",
    "critical",
  ],
];

/**
 * A file name that says it is the public half of a key pair (`*.pub`, `oci_api_key_public.pem`, and
 * since session 35 an extension-less `publickey` / `wg0-publickey`, as `wg pubkey > publickey` in
 * WireGuard's own quick start writes it).
 */
const PUBLIC_NAME =
  /\.pub$|(?:^|[_.-])pub(?:lic)?(?:[_.-]?key)?(?:[_.-][^/]{0,40})?\.(?:pem|asc|gpg|key|der|crt)$|^(?:[\w-]{1,40}[_.-])?public[_-]?key$/;
/** Public files kept inside a secret store: GnuPG's public keyring and trust database, the key-id
 * file of a `pass` store, the certificates Let's Encrypt writes next to the private key. */
const PUBLIC_IN_STORE =
  /(?:^|\/)\.gnupg\/(?:pubring\.(?:kbx|gpg)|trustdb\.gpg)$|(?:^|\/)\.password-store\/(?:[^/]{1,80}\/){0,3}\.gpg-id$|(?:^|\/)letsencrypt\/live\/[^/]{1,120}\/(?:cert|chain|fullchain)\.pem$|(?:^|\/)letsencrypt\/renewal\/[^/]{1,120}\.conf$/;
/** Words that make a "public"-named file private after all. */
const PRIVATE_WORD = /priv|secret|passw|token|credential/;

/**
 * True when the lower-cased, `/`-separated path names the public half of a key pair (or a public
 * certificate): sharing it exposes nothing. A `..` climb never counts.
 */
export function publicHalf(lp: string, climbs: boolean): boolean {
  if (climbs || lp.length > 600 || !/pub|gpg-id|trustdb|letsencrypt/.test(lp)) return false;
  const name = lp.slice(lp.lastIndexOf("/") + 1);
  if (PRIVATE_WORD.test(name)) return false;
  return PUBLIC_NAME.test(name) || PUBLIC_IN_STORE.test(lp);
}

const WSL_PREFIX = /^[\/\\]{2}(?:wsl\.localhost|wsl\$)[\/\\][\w.-]{1,80}(?=[\/\\]|$)/i;

/**
 * The Linux path inside a WSL UNC path (`\\wsl.localhost\Ubuntu\home\me` → `/home/me`), or null
 * when `v` is not one.
 */
export function wslLinuxPath(v: string): string | null {
  if (v.length < 8 || !/wsl/i.test(v.slice(0, 16))) return null;
  const m = v.match(WSL_PREFIX);
  if (!m) return null;
  const rest = v.slice(m[0].length);
  return rest === "" ? "/" : rest;
}

/** An `.env`/`.envrc` inside a project folder below a home folder (not the home itself). */
const PROJECT_ENV_ABS =
  /^(?:\/home\/[^/]{1,64}|\/users\/[^/]{1,64}|[a-z]:\/users\/[^/]{1,64}|\/~home)\/(?:[^./][^/]{0,80}\/){1,8}\.env(?:rc|\.(?!example$|sample$)[\w.-]{1,30})?$/;

/**
 * True when a WRITE tool's target (lower-case, `/`-separated, resolved) is the environment file of
 * a project under a home folder (`/home/jo/src/shop/.envrc`): like a project-relative `.env`, it
 * exposes nothing and is judged by what it writes (a `.envrc` is code direnv runs, read by the
 * command and content checks). The home folder's own files, dot folders and climbs still count.
 */
export function projectEnvWrite(lp: string, climbs: boolean): boolean {
  return !climbs && lp.length < 400 && lp.includes(".env") && PROJECT_ENV_ABS.test(lp);
}
