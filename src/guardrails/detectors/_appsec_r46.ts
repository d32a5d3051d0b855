/**
 * Round-46 application weaknesses, by technique (each across the languages it is written in):
 *
 * - JWT algorithm confusion: an HMAC keyed with the PUBLIC key of an RSA/EC pair (Python
 *   `hmac.new(PUBLIC_KEY_PEM, …)`, Node `createHmac(alg, publicKey)`, Go `hmac.New(h, pubPEM)`,
 *   Java `SecretKeySpec(publicKey.getEncoded(), "HmacSHA256")`, PHP `hash_hmac(…, $publicKey)`), or
 *   a JWT library verifying with a public key while accepting an HS* algorithm. The public key is
 *   published (JWKS, the app), so anyone can sign any token;
 * - a clipboard hijacker: code that recognises a cryptocurrency address by its shape and writes a
 *   fixed address into the clipboard (browser `copy` events, `navigator.clipboard.writeText`,
 *   Electron, `pyperclip`, `Set-Clipboard`, `SetClipboardData`) — every pasted payment goes to the
 *   hard-coded wallet;
 * - a password checked inside an LDAP search filter (`(&(uid=…)(userPassword=…))` built from the
 *   input, in any language): a wildcard or `)(` in the input matches any entry — login bypass;
 * - an authentication dependency overridden in application code (FastAPI
 *   `app.dependency_overrides[get_current_user] = …`): outside a test suite it replaces the login
 *   check with a fixed identity for every request, unless an explicit dev/test equality guards it.
 *
 * Bounded windows, no nested quantifiers over overlapping classes.
 */
import type { AppsecRule } from "./_appsec_core.ts";

const r = String.raw;

/** A name that says public key: `PUBLIC_KEY_PEM`, `publicKey`, `pub_pem`, `rsa.pub`, `jwks`. */
const PUB = r`[\w.$\[\]'"]{0,40}?(?:pub(?:lic)?[_-]?(?:key|pem)|\.pub\b|jwks)`;

export const R46_APPSEC_RULES: AppsecRule[] = [
  {
    id: "jwt.hmac_with_public_key",
    kind: "app_weakness",
    lit: ["hmac", "secretkeyspec", "hs256", "hs384", "hs512"],
    re: new RegExp(
      [
        r`\bhmac\.new\s{0,4}\(\s{0,4}${PUB}`,
        r`\bcreateHmac\s{0,4}\(\s{0,4}[^,()]{1,40},\s{0,4}${PUB}`,
        r`\bhmac\.New\s{0,4}\(\s{0,4}[\w.]{1,40},\s{0,4}(?:\[\]byte\s{0,4}\(\s{0,4})?${PUB}`,
        r`\bnew\s{1,4}SecretKeySpec\s{0,4}\(\s{0,4}${PUB}`,
        r`\bhash_hmac\s{0,4}\([^,()]{1,40},[^;]{1,200}?,\s{0,4}\$${PUB}`,
        r`\bjwt\.(?:decode|verify)\s{0,4}\([^()]{0,120}?${PUB}[^()]{0,200}?["']HS(?:256|384|512)["']`,
      ].join("|"),
      "i",
    ),
    why:
      "verifies tokens with an HMAC keyed by the PUBLIC key (JWT algorithm confusion): anyone holding the published key can sign any token (CWE-347)",
  },
  {
    id: "js.clipboard_address_swap",
    kind: "app_weakness",
    lit: ["clipboard", "pyperclip"],
    re: new RegExp(
      r`\bclipboardData\.setData\s{0,4}\(|\bclipboard\.writeText\s{0,4}\(|\bpyperclip\.copy\s{0,4}\(|\bSet-Clipboard\b|\bSetClipboardData\s{0,4}\(|\bclipboard\.(?:write|set_text|setText|copy)\s{0,4}\(`,
      "i",
    ),
    // … the code recognises an address by its shape (a pattern), then holds a literal address.
    also: new RegExp(
      r`(?:0x\[a-fA-F0-9\]|0x\[0-9a-fA-F\]|0x\[a-f0-9\]|bc1\[|\[13\]\[|\[1-9A-HJ-NP-Za-km-z\]|\[a-km-zA-HJ-NP-Z1-9\])[\s\S]{0,3000}?["'](?:0x[0-9a-fA-F]{40}|bc1[02-9ac-hj-np-z]{25,59}|[13][1-9A-HJ-NP-Za-km-z]{25,34}|T[1-9A-HJ-NP-Za-km-z]{33})["']`,
    ),
    why:
      "replaces a copied cryptocurrency address in the clipboard with a hard-coded one (clipboard hijacker): pasted payments go to someone else",
  },
  {
    id: "ldap.password_in_filter",
    kind: "app_weakness",
    lit: "userpassword",
    re: new RegExp(
      // `(userPassword={pw})`, `"(userPassword=" + pw`, `'(userPassword=%s)' % pw`, `${pw}`, PHP `.`
      r`\(\s{0,2}(?:userPassword|unicodePwd)\s{0,2}=\s{0,2}(?:\{\s{0,2}[A-Za-z_$]|\$\{|\$[A-Za-z_]|%s|["']\s{0,2}(?:\+|\.|\|\|)|["']\s{0,2}\)\s{0,2}%|#\{)`,
      "i",
    ),
    why:
      "checks a password by putting it into an LDAP search filter: a `*` or `)(` in the input matches any entry, so anyone logs in (LDAP injection authentication bypass, CWE-90)",
  },
  {
    id: "py.auth_dependency_override",
    kind: "app_weakness",
    lit: "dependency_overrides",
    re: new RegExp(
      r`\bdependency_overrides\s{0,4}\[\s{0,4}[\w.]{0,40}?(?:auth|user|current|token|verify|permission|admin|login|principal|session)[\w.]{0,40}\s{0,4}\]\s{0,4}=`,
      "i",
    ),
    not: new RegExp(
      r`==\s{0,4}["'](?:dev|local|development|test|testing)["']|\bif\s{1,4}settings\.(?:DEBUG|TESTING)\b`,
    ),
    why:
      "replaces the authentication dependency in application code with a fixed identity: every request is let in as that user",
  },
];
