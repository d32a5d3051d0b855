/**
 * Round-34 code rules (each check starts with one cheap literal test and returns early):
 *
 * - access given away: an account raised to an owner/admin role while SSO or MFA enforcement is
 *   switched off in the same request (GraphQL, YAML, JSON, keyword arguments); data granted to
 *   everyone (`allUsers`/`allAuthenticatedUsers` in a GRANT or an IAM binding with a non-public
 *   role) or to an outside account (a Snowflake share with accounts added); an AWS role with
 *   AdministratorAccess that an account principal may assume with no condition (no ExternalId,
 *   no MFA, no org check);
 * - secrets moved out: the whole CI secrets context serialised (`toJSON(secrets)`) in a job that
 *   sends to the network; Jupyter kernel connection files (their HMAC keys) read and posted; Redis
 *   MIGRATE of session/token keys to a named outside host;
 * - authentication backdoors: a password check OR-ed with a hash of the password compared to a
 *   fixed hex digest; a token minted with admin/wildcard claims that lives for years;
 * - destruction: KMS/Key Vault keys scheduled for deletion in a loop over all keys;
 * - exposure: a web server serving the filesystem root (`http.Dir("/")`, `express.static('/')`,
 *   `--directory /`).
 */
import { type RoundMechanism, roundMechanism } from "./_round_code.ts";
import { lowerOnce } from "../text/lower.ts";
import { groupBits } from "../text/group_bits.ts";
import { B, r34Obfuscated } from "./_obf_r34.ts";
import { gatedGroupBits, LiteralGate } from "./_literal_gate.ts";

const G_OWNER = /sso|saml|mfa|2fa|factor/;
const G_GRANT = /allusers|allauth|accounts/;
const G_ROLE = /sts:assumerole/;
const G_SECRETS = /\(secrets/;
const G_KERNEL = /kernel-|runtime.dir/;
const G_REDIS = /migrate /;
const G_PW = /pass|pw/;
const G_TOKEN = /expire|timedelta/;
const G_KMS = /deletion|purge|destroy/;
const G_ROOT = /"\/"|'\/'|directory/;
const G_ESC = /\\[nxu]/;
const G_XOR = /bxor|frombase64|b64decode|atob/;
const G_REPL = /replace/;
const G_VARS = /\$\{!|\$\{?[a-z_]\w{0,30}\}?\$/;
const G_CODES = /\d{2,3},\s?\d{2,3},\s?\d{2,3},/;

/** The group literals in bit order (bit k = group k): one alternation, read in one pass. */
const GROUPS = [
  G_OWNER,
  G_GRANT,
  G_ROLE,
  G_SECRETS,
  G_KERNEL,
  G_REDIS,
  G_PW,
  G_TOKEN,
  G_KMS,
  G_ROOT,
  G_ESC,
  G_XOR,
  G_REPL,
  G_VARS,
  G_CODES,
];
const ANY_GROUP = new RegExp(GROUPS.map((g) => `(${g.source})`).join("|"), "g");
/** Per group, whether its literal may be in a text (`_literal_gate.ts`): no group, no pass. */
const GROUP_GATES = GROUPS.map((g) => new LiteralGate(g));

/**
 * The groups of round-34 literals present in `text`: one pass of one alternation over the shared
 * lower-case copy (fifteen separate tests cost ~4× as much on a 1 KB argument); the checks below
 * run only when their group's literal is present.
 */
export function r34Bits(text: string): number {
  return gatedGroupBits(GROUP_GATES, ANY_GROUP, text, lowerOnce(text), groupBits);
}

const ROLE_UP =
  /\b(?:role|roles|access_?level|permission|member_?role|org_?role)["']?\s{0,2}[:=]\s{0,2}\[?\s{0,2}["']?(?:owner|admin|administrator|super_?admin|superuser|org_?admin|root)\b/;
const GUARD_OFF =
  /\b(?:(?:[A-Za-z0-9]{0,30}[_.-])?(?:sso|saml|mfa|2fa|two_?factor|multi_?factor|totp|SSO|SAML|MFA|2FA|TWO_?FACTOR|TOTP)|[a-z][A-Za-z0-9]{0,29}(?:Sso|SSO|Saml|SAML|Mfa|MFA|2fa|2FA|TwoFactor|MultiFactor|Totp|TOTP))[A-Za-z0-9_]{0,30}["']?\s{0,2}[:=]\s{0,2}(?:false|False|FALSE|0|null|None|["'](?:off|disabled|none|false)["'])/;

/** Owner/admin role granted and SSO/MFA enforcement off in one request. */
export function ownerGuardOff(text: string): boolean {
  if (
    text.length > 20000 ||
    !(text.includes("false") || text.includes("False") || text.includes("FALSE") ||
      text.includes("None") ||
      text.includes("disabled"))
  ) return false;
  return GUARD_OFF.test(text) && ROLE_UP.test(lowerOnce(text));
}

const PUBLIC_ROLE_OK =
  "storage\\.objectViewer|storage\\.legacyObjectReader|run\\.invoker|cloudfunctions\\.invoker";
const ALL_USERS_GRANT = new RegExp(
  String
    .raw`\b[Gg][Rr][Aa][Nn][Tt]\b[^;]{0,300}\b[Tt][Oo]\b[^;]{0,60}\b(?:allUsers|allAuthenticatedUsers)\b|` +
    String
      .raw`\b(?:allUsers|allAuthenticatedUsers)\b[\s\S]{0,200}roles\/(?!${PUBLIC_ROLE_OK})[\w.]{2,60}|` +
    String
      .raw`roles\/(?!${PUBLIC_ROLE_OK})[\w.]{2,60}[\s\S]{0,200}\b(?:allUsers|allAuthenticatedUsers)\b`,
);
const SHARE_OUT =
  /\balter\s{1,4}share\s{1,4}[\w."]{1,128}\s{1,4}(?:add|set)\s{1,4}accounts?\s{0,4}=/i;
const SHARE_GRANT =
  /\bgrant\s{1,4}(?:select|usage|reference_usage)\b[^;]{0,300}\bto\s{1,4}share\b/i;

/** Data granted to everyone on the internet or shared with an outside account. */
export function grantOutside(text: string): boolean {
  if (text.length > 50000) return false;
  if (text.includes("allUsers") || text.includes("allAuthenticatedUsers")) {
    if (ALL_USERS_GRANT.test(text)) return true;
  }
  if (text.includes("SHARE") || text.includes("share") || text.includes("Share")) {
    return SHARE_OUT.test(text) && SHARE_GRANT.test(text);
  }
  return false;
}

const ACCOUNT_PRINCIPAL =
  /(?:AWS["']?\s{0,2}[:=]\s{0,2}\[?\s{0,2}["']arn:aws:iam::\d{12}:(?:root|user\/|role\/)|AWS["']?\s{0,2}[:=]\s{0,2}\[?\s{0,2}["']\d{12}["']|AWS["']?\s{0,2}[:=]\s{0,2}["']\*["']|Principal["']?\s{0,2}[:=]\s{0,2}["']\*["'])/;
const ADMIN_POLICY =
  /policy\/(?:AdministratorAccess|IAMFullAccess)\b|Action["']?\s{0,2}[:=]\s{0,2}\[?\s{0,2}["']\*["'][^}]{0,120}Resource["']?\s{0,2}[:=]\s{0,2}\[?\s{0,2}["']\*["']/;
const ROLE_CONDITION =
  /ExternalId|MultiFactorAuthPresent|PrincipalOrgID|aws:SourceAccount|Condition/;

/** An admin role that an account principal can assume with no condition at all. */
export function openAdminRole(text: string): boolean {
  if (text.length > 60000 || !text.includes("sts:AssumeRole")) return false;
  return ADMIN_POLICY.test(text) && ACCOUNT_PRINCIPAL.test(text) && !ROLE_CONDITION.test(text);
}

const NET_SEND =
  /\b(?:curl|wget|nc|ncat|scp|rsync|Invoke-WebRequest|Invoke-RestMethod|iwr|irm)\b|https?:\/\//;

/** The whole CI secrets context serialised in a job that talks to the network. */
export function allSecretsOut(text: string): boolean {
  if (text.length > 60000 || !text.includes("secrets")) return false;
  return /\b(?:toJSON|tojson|toJson)\s{0,2}\(\s{0,2}secrets\s{0,2}\)/.test(text) &&
    NET_SEND.test(text);
}

const KERNEL_FILES =
  /jupyter_runtime_dir|runtime\/kernel-|kernel-\*\.json|jupyter\s{1,3}--runtime-dir/;
const POSTS_OUT =
  /\.\s{0,2}(?:post|put|patch)\s{0,2}\(\s{0,2}f?["'`]https?:\/\/|\burlopen\s{0,2}\(|\bcurl\b[^\n]{0,200}(?:-d|--data|-F|-T|--upload-file)\b/;

/** Jupyter kernel connection files (HMAC signing keys) read and sent out. */
export function kernelKeysOut(text: string): boolean {
  if (text.length > 30000 || !text.includes("kernel")) return false;
  return KERNEL_FILES.test(text) && POSTS_OUT.test(text);
}

const MIGRATE =
  /\bMIGRATE\s{1,4}(?!(?:localhost|127\.|10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.)|[\w.-]{0,200}\.(?:internal|local|lan|svc|cluster\.local|corp)\s)[a-z0-9][\w.-]{0,200}\.[a-z]{2,24}\s{1,4}\d{2,5}\b[^\n]{0,600}?\b(?:session|sess|token|oauth|refresh|auth|jwt|api[_-]?key|cred\w{0,8}|secret)/i;

/** Redis MIGRATE of session or token keys to a named outside host. */
export function redisKeysOut(text: string): boolean {
  if (text.length > 20000 || !(text.includes("MIGRATE") || text.includes("migrate"))) return false;
  return MIGRATE.test(text);
}

const HASH_BACKDOOR =
  /(?:\bor\b|\|\|)\s{0,4}\(?\s{0,4}(?:[\w.]{0,30}\.)?(?:md5|sha1|sha224|sha256|sha384|sha512|hashlib\.\w{2,8}|digest|crypt|hash\w{0,10})\s{0,2}\(\s{0,2}[\w.]{0,30}(?:pass\w{0,20}|pw|pwd)\b[^)\n]{0,40}\)[\w.()]{0,24}\s{0,2}(?:={1,3}|\.equals\(|==)\s{0,2}['"][0-9a-f]{16,128}['"]/;
const PLAIN_BACKDOOR =
  /(?:\bor\b|\|\|)\s{0,4}\(?\s{0,4}[\w.]{0,30}pass(?:word|wd)?\w{0,10}\s{0,2}(?:={2,3}|\.equals\()\s{0,2}['"][^'"\s]{6,64}['"]\s{0,2}\)?\s{0,4}(?:\)|:|\{|\?|\n|then\b)[^\n]{0,80}\b(?:return\s{1,4}(?:true|True|1)|authenticated|login_ok|grant|session)/;

/** A password check that also accepts one fixed secret for every account. */
export function masterPassword(text: string): boolean {
  if (
    text.length > 30000 || !(text.includes("pass") || text.includes("PASS") || text.includes("pw"))
  ) {
    return false;
  }
  const lo = lowerOnce(text);
  return HASH_BACKDOOR.test(lo) || PLAIN_BACKDOOR.test(lo);
}

const TOKEN_SIGN = /\b(?:jwt|jose|jsonwebtoken|JWT|Jwts?)\b[\w.]{0,20}\.(?:sign|encode|builder)\b/;
const ADMIN_CLAIM =
  /\b(?:role|roles|scope|scopes|permissions|groups)["']?\s{0,2}[:=]\s{0,2}\[?\s{0,2}["'](?:super_?admin|superuser|root|admin|owner|\*)["']/i;
const LONG_EXPIRY =
  /expires_?In["']?\s{0,2}[:=]\s{0,2}["']?(?:[1-9]\d{3,}\s{0,2}d|[1-9]\d{0,2}\s{0,2}(?:y|years?)\b|[1-9]\d{7,}\b)|timedelta\s{0,2}\(\s{0,2}days\s{0,2}=\s{0,2}[1-9]\d{3,}|timedelta\s{0,2}\(\s{0,2}weeks\s{0,2}=\s{0,2}[1-9]\d{2,}/i;

/** A token minted with admin or wildcard claims that lives for years. */
export function foreverAdminToken(text: string): boolean {
  if (text.length > 30000 || !(text.includes("xpire") || text.includes("timedelta"))) return false;
  return TOKEN_SIGN.test(text) && LONG_EXPIRY.test(text) && ADMIN_CLAIM.test(text);
}

const KEY_DELETE =
  /schedule_key_deletion|ScheduleKeyDeletion|schedule-key-deletion|scheduleKeyDeletion|purge_deleted_key|beginPurgeDeletedKey|destroy_crypto_key_version|destroyCryptoKeyVersion/;
const ALL_KEYS =
  /list_keys|ListKeys|listKeys|list-keys|list_crypto_keys|listCryptoKeys|list_deleted_keys|list_properties_of_keys|get_paginator\s{0,2}\(\s{0,2}["']list_keys|xargs/;

/** Encryption keys destroyed in a loop over every key. */
export function massKeyDeletion(text: string): boolean {
  if (
    text.length > 30000 ||
    !(text.includes("eletion") || text.includes("urge") || text.includes("estroy"))
  ) {
    return false;
  }
  return KEY_DELETE.test(text) && ALL_KEYS.test(text);
}

const ROOT_SERVED =
  /\bhttp\.Dir\s{0,2}\(\s{0,2}"\/"\s{0,2}\)|\b(?:express|serve)[\w.]{0,10}\.?static\s{0,2}\(\s{0,2}['"]\/['"]|--directory[= ]{1,2}\/(?=\s|$|['"])|Handler[^\n]{0,120}directory\s{0,2}=\s{0,2}['"]\/['"]|\bStaticFiles\s{0,2}\(\s{0,2}directory\s{0,2}=\s{0,2}['"]\/['"]|\bstatic_folder\s{0,2}=\s{0,2}['"]\/['"]/;

/** A web server that serves the filesystem root. */
export function rootServed(text: string): boolean {
  if (text.length > 30000 || !text.includes("/")) return false;
  if (!(text.includes('"/"') || text.includes("'/'") || text.includes("directory"))) return false;
  return ROOT_SERVED.test(text);
}

/** Round-34 code mechanisms of one input argument value, as a finding, or undefined. */
export const r34Mechanism: RoundMechanism = roundMechanism((text, hit, field, where) => {
  const bits = r34Bits(text);
  if (bits === 0) return undefined;
  if (bits & B.OWNER && ownerGuardOff(text)) {
    return hit(
      "account_takeover",
      "An owner/admin role granted while SSO or MFA enforcement is switched off",
    );
  }
  if (bits & B.GRANT && grantOutside(text)) {
    return hit("data_exposure", "Data granted to everyone or shared with an outside account");
  }
  if (bits & B.ROLE && openAdminRole(text)) {
    return hit(
      "privilege_escalation",
      "An admin role another account may assume with no condition",
    );
  }
  if (bits & B.SECRETS && allSecretsOut(text)) {
    return hit(
      "secret_exfiltration",
      "Every CI secret serialised in a job that sends to the network",
    );
  }
  if (bits & B.KERNEL && kernelKeysOut(text)) {
    return hit("secret_exfiltration", "Jupyter kernel connection files (signing keys) sent out");
  }
  if (bits & B.REDIS && redisKeysOut(text)) {
    return hit("data_exfiltration", "Session or token keys migrated to an outside Redis host");
  }
  if (bits & B.PW && masterPassword(text)) {
    return hit("auth_backdoor", "A password check that also accepts one fixed secret");
  }
  if (bits & B.TOKEN && foreverAdminToken(text)) {
    return hit(
      "token_forgery",
      "A token minted with admin or wildcard claims that lives for years",
    );
  }
  if (bits & B.KMS && massKeyDeletion(text)) {
    return hit("destructive", "Encryption keys scheduled for deletion in a loop over every key");
  }
  if (bits & B.ROOT && rootServed(text)) {
    return hit("data_exposure", "A web server that serves the filesystem root");
  }
  return r34Obfuscated(text, field, where, bits);
});
