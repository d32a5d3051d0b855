/**
 * Rule-level proofs that a whole tool call is harmless, which the learned argument model
 * (./_args_model.ts) does not overrule. The model reads the tokens a call names (a browser
 * profile, an admin role, a wallet's key file); these rules read what the call DOES with them and
 * hold only when the whole call is that act and nothing else:
 *
 * - a file operation (copy, archive, attach, list) whose only browser-profile file is the
 *   bookmarks file (bookmarks hold no password, cookie, card or key, unlike `Login Data`,
 *   `Cookies`, `Web Data`, `Local State` or `logins.json`, which keep the finding), and whose only
 *   key-store files (`~/.ssh`, `~/.gnupg`, `~/.password-store`, Let's Encrypt) are public parts:
 *   `*.pub`, the public keyring and trust database, the `.gpg-id`, certificates;
 * - a listing tool (`list_directory`, `tree`, `du`) called with paths and flags only: names and
 *   sizes, never a file's content;
 * - a call that only TAKES AWAY a grant: a tool whose name removes or revokes a member, role,
 *   assignment, delegate, key or token (`remove_directory_role_member`, `revoke_token`), a
 *   management-API request to a `…/{users,idps,tokens,keys,…}/ID/(lifecycle/)deactivate|revoke|
 *   suspend` endpoint, or one command line whose sub-command is `revoke` (`spl-token revoke`,
 *   `vault token revoke`, `gcloud auth revoke`), or deletes lines from an `authorized_keys` file
 *   (`sed -i '/old-contractor@/d'`, with a backup copy and a count). Removing a PROTECTION (an MFA factor, a policy,
 *   a rule, branch protection, an audit sink) is not a grant and is not covered.
 *
 * - a call whose only `..` steps back inside its own relative path (`css/vendor/../theme.css`)
 *   beside plain https base URLs: nothing is climbed out of.
 * - one https request carrying an API key only to its own provider's API (`sk-ant-…` in
 *   `x-api-key` to `api.anthropic.com`): the key used where it is meant to be, no other URL or
 *   long token in the call.
 *
 * Every line of the call view (`walk.ts` `callText`: one key or value a line, prose arguments left
 * out) must be an argument name, a bare scalar, a plain path or the act itself; anything else
 * (a command with pipes or substitutions, a body, a second URL) leaves the model's verdict.
 */
import { publicHalf } from "./_path_r44.ts";
import { publicCertificate } from "./_path_r46.ts";
import { credentialsByReference } from "./_args_fp37.ts";
import { placeholderPublicGet } from "./_args_r48.ts";

/** An argument name or bare scalar (ids, hosts, numbers, e-mail addresses, flags). */
const BARE_LINE = /^[\p{L}\p{M}\p{N}_.:@#+\/-]{1,160}$/u;
/** A short plain value: a role or display name with spaces, nothing shell- or code-like. */
const PLAIN_VALUE = /^[\p{L}\p{N}_.:@#+ \/()-]{1,120}$/u;
/** A plain file path (drive, `%VAR%`, `~`, absolute or relative), no shell or glob syntax. */
const PLAIN_PATH =
  /^(?:[a-z]:|%\w{1,40}%|~|\.{1,2}|\\\\[\w.-]{1,100})?[\\\/][^\n|;&<>$`"'*?]{1,300}$|^[\w.-]{1,80}[\\\/][^\n|;&<>$`"'*?]{1,300}$/i;

/** A folder of a browser profile (Chromium family, Firefox, Safari). */
const BROWSER_PROFILE =
  /(?:[\\\/]user data[\\\/]|[\\\/](?:google[\\\/]chrome|chromium|microsoft[\\\/]edge|bravesoftware|vivaldi|opera software|\.mozilla[\\\/]firefox|firefox[\\\/]profiles|mozilla[\\\/]firefox|library[\\\/]safari)[\\\/])/i;
/** A key or secret store folder: SSH, GnuPG, `pass`, Let's Encrypt, a PKI (easy-rsa, /etc/pki). */
const KEY_STORE =
  /[\\\/](?:\.ssh|\.gnupg|\.password-store|letsencrypt|easy-rsa|pki|ssl\/(?:certs|private)|tls)[\\\/]/i;
/** Files that hold a private key or a whole client identity wherever they sit (round 47). */
const KEY_FILE =
  /\.(?:key|p12|pfx|jks|keystore|ovpn|kdbx|ppk|p8)$|(?:^|[\\\/])id_(?:rsa|dsa|ecdsa|ed25519)$|(?:^|[\\\/])(?:private|priv)[\\\/]/i;
/** The bookmarks file of a browser profile (Chromium `Bookmarks`, its `.bak`, Safari's plist). */
const BOOKMARKS_FILE = /[\\\/](?:bookmarks(?:\.bak)?|bookmarks\.plist)$/i;

/** Whether a path inside a store names one of its public parts (./_path_r44.ts `publicHalf`). */
function publicPart(line: string): boolean {
  if (BOOKMARKS_FILE.test(line) && BROWSER_PROFILE.test(line)) return true;
  const lp = line.toLowerCase().replace(/\\/g, "/");
  // A PKI's certificates (`ca.crt`, `issued/*.crt`) are its public parts too (./_path_r46.ts).
  return KEY_STORE.test(line) && !/(?:^|\/)\.\.(?:\/|$)/.test(lp) &&
    (publicHalf(lp, false) || publicCertificate(lp, false));
}

/**
 * Whether every line of `call` is a bare scalar or a plain path, and the paths inside browser
 * profiles and key stores name only their public parts (bookmarks, `*.pub`, public keyrings,
 * certificates), at least one.
 */
function publicPartsOnly(call: string): boolean {
  if (!BROWSER_PROFILE.test(call) && !KEY_STORE.test(call)) return false;
  let parts = 0;
  for (const line of call.split("\n")) {
    if (BROWSER_PROFILE.test(line) || KEY_STORE.test(line)) {
      if (!PLAIN_PATH.test(line) || !publicPart(line)) return false;
      parts++;
    } else if (KEY_FILE.test(line)) return false;
    else if (
      !BARE_LINE.test(line) && !PLAIN_PATH.test(line) &&
      // a note in prose under a name the call view does not know (it holds no path: no `/`)
      !PROSE_LINE.test(line.replace(/[—–]/g, "-"))
    ) return false;
  }
  return parts > 0;
}

/** The words of a tool name (`list_directory`, `listDirectory`, `fs.list-dir`). */
function toolWords(tool: string): string[] {
  return tool.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase().split(/[^a-z0-9]+/).filter(
    Boolean,
  );
}

const LISTS = new Set(["list", "ls", "tree", "du", "dir", "listdir", "readdir", "scandir"]);
/** Any verb that reads content, writes, moves, sends or runs. */
const DOES_MORE = new Set(
  "read cat get content contents open download upload send mail post copy cp move mv rename write edit create put delete remove rm exec execute run eval archive zip tar compress extract share sync"
    .split(" "),
);

/** A sentence of prose under an argument name the call view does not know as prose (any language). */
const PROSE_LINE =
  /^(?=[^\n]{0,400}\p{L}[\p{L}\p{M}]{1,40}\s)[\p{L}\p{M}\p{N}\s,.?!:;'"()«»“”„、，。：；？！-]{3,400}$/u;

/** A listing tool called with names, scalars, plain paths and prose only; no content option. */
function listOnly(call: string, tool: string): boolean {
  const words = toolWords(tool);
  if (!words.some((w) => LISTS.has(w)) || words.some((w) => DOES_MORE.has(w))) return false;
  if (/content|follow|exec|command/i.test(call)) return false;
  return call.split("\n").every((l) =>
    BARE_LINE.test(l) || PLAIN_PATH.test(l) || PROSE_LINE.test(l)
  );
}

const TAKES_AWAY = new Set(["remove", "revoke", "unassign", "deactivate", "suspend", "delete"]);
/** What a revocation takes away: an access grant, never a protection. */
const GRANT = new Set(
  "member members membership role roles assignment assignments delegate delegation grant grants permission permissions access key keys token tokens session sessions collaborator collaborators guest invite invitation"
    .split(" "),
);
/** Protections whose removal loosens, wherever they appear in the name. */
const PROTECTION =
  /mfa|factor|policy|policies|protection|rule|deny|block|lock|audit|log|sink|alert|guard|firewall|retention|backup|encrypt|restrict|condition|authenticator|sso|saml|federation/;

/** A tool that only removes a grant, called with names and plain values only. */
function revokeTool(call: string, tool: string): boolean {
  const words = toolWords(tool);
  if (!words.some((w) => TAKES_AWAY.has(w)) || !words.some((w) => GRANT.has(w))) return false;
  if (PROTECTION.test(words.join("_"))) return false;
  return call.split("\n").every((l) => BARE_LINE.test(l) || PLAIN_VALUE.test(l));
}

/** A management-API endpoint that deactivates, suspends or revokes one identity, key or grant. */
const REVOKE_ENDPOINT =
  /^https:\/\/[\w.-]{1,200}(?::\d{1,5})?\/(?:[\w.-]{1,60}\/){0,6}(?:users|idps|identity[-_]providers|members|tokens|keys|grants|sessions|delegates|role[-_]?assignments|apps|clients|service[-_]?accounts)\/[\w.@%-]{1,120}\/(?:lifecycle\/)?(?:deactivate|suspend|revoke|unassign)$/i;
/** Header and template lines such a request carries: a method, a media type, an auth template. */
const REQUEST_LINE =
  /^(?:post|put|delete|patch|application\/json|(?:bearer|ssws|token|basic)\s{1,4}(?:\{\{\s{0,4}[\w.-]{1,60}\s{0,4}\}\}|\$\{?[A-Z_][A-Z0-9_]{0,60}\}?|<[\w -]{1,60}>))$/i;

/** One request to a revoke endpoint; the other lines are names, a method, headers and templates. */
function revokeRequest(call: string): boolean {
  // A revocation sends no body: whatever a body says is not this proof's to judge.
  if (/^(?:body|data|json|payload|form|params|query)$/im.test(call)) return false;
  let urls = 0;
  for (const line of call.split("\n")) {
    if (REVOKE_ENDPOINT.test(line)) {
      urls++;
      continue;
    }
    if (/^https?:|:\/\//i.test(line)) return false;
    if (!BARE_LINE.test(line) && !REQUEST_LINE.test(line)) return false;
  }
  return urls === 1;
}

/** One command line whose sub-command (the second or third word) revokes; plain words only. */
const REVOKE_COMMAND =
  /^(?:sudo\s{1,4})?[\w.-]{1,40}(?:\s{1,4}[a-z][\w-]{0,30})?\s{1,4}revoke(?:-[a-z]{1,30})?(?:\s{1,4}(?:--?[\w-]{1,40}(?:=[\w.:\/~@-]{1,200})?|[\w.:\/~@-]{1,200})){0,12}$/;

function revokeCommand(call: string): boolean {
  let commands = 0;
  for (const line of call.split("\n")) {
    if (BARE_LINE.test(line)) continue;
    if (!REVOKE_COMMAND.test(line)) return false;
    commands++;
  }
  return commands === 1;
}

const AUTH_KEYS = String.raw`[\w.\/~-]{0,300}authorized_keys2?`;
/** Steps of a key revocation on an `authorized_keys` file (one key a line, so a deleted line is a
 * removed key): a backup copy next to it, `sed -i '/PATTERN/d'`, a count of what is left. */
const KEY_REVOKE_STEPS: readonly RegExp[] = [
  new RegExp(
    String
      .raw`^(?:sudo\s{1,4})?cp(?:\s{1,4}-[ap]{1,2})?\s{1,4}(${AUTH_KEYS})\s{1,4}\1[.\w-]{0,20}(?:\$\(date(?:\s{1,4}\+[%\w:-]{1,20})?\))?[.\w-]{0,20}$`,
  ),
  new RegExp(
    String
      .raw`^(?:sudo\s{1,4})?sed\s{1,4}-i(?:\.bak)?\s{1,4}'\/[^\/'\n]{1,200}\/d'\s{1,4}${AUTH_KEYS}$`,
  ),
  new RegExp(
    String
      .raw`^(?:sudo\s{1,4})?(?:grep\s{1,4}-c\s{1,4}(?:'[^'\n]{1,100}'|[\w.@-]{1,100})|wc\s{1,4}-l)\s{1,4}${AUTH_KEYS}$`,
  ),
];

/** One command that deletes lines (keys) from an `authorized_keys` file, with backup and count only. */
function keyRevocation(call: string): boolean {
  let deletes = 0;
  let commands = 0;
  for (const line of call.split("\n")) {
    if (BARE_LINE.test(line)) continue;
    if (++commands > 1 || line.length > 1200) return false;
    for (const raw of line.split(/&&|;/)) {
      const step = raw.trim();
      const i = KEY_REVOKE_STEPS.findIndex((re) => re.test(step));
      if (i < 0) return false;
      if (i === 1) deletes++;
    }
  }
  return deletes > 0;
}

/** A relative path of plain segments (no encoding, no `;` parameters, no drive or root). */
const RELATIVE_PATH = /^(?![\\\/~]|[a-z]:)[\w.@+ -]{1,120}(?:[\\\/][\w.@+ -]{1,120}){1,24}$/i;
/** A plain https base URL: host and path, no query, credentials, encoding or climb. */
const BASE_URL = /^https:\/\/[\w.-]{1,200}(?::\d{1,5})?(?:\/[\w.+-]{1,100}){0,12}\/?$/;

/** Whether the `/`- or `\`-separated relative path steps back only into folders it entered. */
function staysInside(path: string): boolean {
  let depth = 0;
  let parents = 0;
  for (const seg of path.split(/[\\\/]/)) {
    if (seg === "..") {
      parents++;
      if (--depth < 0) return false;
    } else if (seg !== "." && seg !== "") depth++;
    else if (seg === "") return false;
  }
  return parents > 0 && depth > 0;
}

/**
 * A call whose only `..` steps back inside its own relative path (`css/vendor/../theme.css`),
 * next to plain https base URLs, names and scalars: no climb out of anything.
 */
function containedClimbOnly(call: string): boolean {
  let climbs = 0;
  for (const line of call.split("\n")) {
    if (line.includes("..")) {
      if (!RELATIVE_PATH.test(line) || !staysInside(line)) return false;
      climbs++;
    } else if (!BARE_LINE.test(line) && !BASE_URL.test(line)) return false;
  }
  return climbs > 0;
}

/** API key shapes of providers and the one domain their API lives under. */
const PROVIDER_KEYS: ReadonlyArray<[RegExp, string]> = [
  [/\bsk-ant-[\w-]{20,200}/g, "anthropic.com"],
  [/\bsk-(?!ant-)(?:proj-|svcacct-)?[\w-]{20,200}/g, "openai.com"],
  [/\b(?:ghp|gho|ghs|ghu|github_pat)_\w{20,200}/g, "github.com"],
  [/\bglpat-[\w-]{20,100}/g, "gitlab.com"],
  [/\bxox[abposr]-[\w-]{10,200}/g, "slack.com"],
  [/\bhf_[A-Za-z0-9]{30,100}/g, "huggingface.co"],
  [/\bSG\.[\w-]{16,100}\.[\w-]{16,100}/g, "sendgrid.com"],
  [/\bsk_live_[A-Za-z0-9]{20,200}/g, "stripe.com"],
];
/** A long token-like run (a key, a secret, a hash). */
const LONG_TOKEN = /[A-Za-z0-9+\/_=.-]{32,}/g;

/**
 * One https request whose every key-shaped value is a key of the provider that host belongs to
 * (an Anthropic key in `x-api-key` to `api.anthropic.com`): a key used where it is meant to be
 * used. No other URL anywhere in the call, and no other long token (a second secret) beside it.
 */
function ownProviderKey(call: string): boolean {
  const urls = call.match(/[a-z][a-z0-9+.-]{1,20}:\/\/[^\s"'<>]{1,500}/gi) ?? [];
  // The one URL is the request's target: a whole `url` argument, not a link quoted in a message.
  if (
    urls.length !== 1 || !/(?:^|\n)(?:url|uri|endpoint|base_?url)\n[^\n]{1,500}(?:\n|$)/i.test(call)
  ) {
    return false;
  }
  const target = /(?:^|\n)(?:url|uri|endpoint|base_?url)\n([^\n]{1,500})(?:\n|$)/i.exec(call)?.[1];
  if (target !== urls[0]) return false;
  const host = /^https:\/\/([\w.-]{1,200})(?::443)?(?:[\/?#]|$)/i.exec(urls[0])?.[1]?.toLowerCase();
  if (!host) return false;
  const keys: string[] = [];
  for (const [re, domain] of PROVIDER_KEYS) {
    for (const k of call.match(re) ?? []) {
      if (host !== domain && !host.endsWith("." + domain)) return false;
      keys.push(k);
    }
  }
  if (keys.length === 0) return false;
  return (call.match(LONG_TOKEN) ?? []).every((t) =>
    keys.some((k) => k.includes(t) || t.includes(k)) || t.startsWith("https:")
  );
}

/**
 * True when the whole call view `call` of tool `tool` is proved harmless by one of the rules
 * above, so the learned argument model's reading of the names in it does not block it.
 */
export function provedHarmlessCall(call: string, tool: string | undefined): boolean {
  if (call.length > 2000) return false;
  if (publicPartsOnly(call)) return true;
  if (tool && (listOnly(call, tool) || revokeTool(call, tool))) return true;
  return revokeRequest(call) || revokeCommand(call) || keyRevocation(call) ||
    containedClimbOnly(call) || ownProviderKey(call) ||
    // ./_args_r48.ts: a GET to a public HTTPS API with a placeholder credential only.
    placeholderPublicGet(call) ||
    // ./_args_fp37.ts: a config shared with its credentials by run-time reference only.
    (tool !== undefined && credentialsByReference(call, tool));
}
