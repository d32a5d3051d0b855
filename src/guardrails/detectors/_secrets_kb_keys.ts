/**
 * Knowledge base, keys and session credentials with no provider prefix of their own: the private
 * part of a JSON Web Key (`"d"` next to `"kty"`), AWS STS session tokens (their base64 opens with
 * the same bytes), session cookies of common frameworks inside a `Cookie` header, and a key or
 * token written in prose after its label (`API key: …`, `access token is …`). Public JWKs (no
 * `"d"`), cookie names, ids and placeholders are not values.
 */
import type { Rule } from "./_secrets_rules.ts";
import { realBody, shapedBody } from "./_secrets_kb_util.ts";

/** Session cookies of common frameworks (the value is the signed-in session). */
const SESSION_COOKIES = String
  .raw`PHPSESSID|JSESSIONID|connect\.sid|laravel_session|ASP\.NET_SessionId|(?:__Secure-)?next-auth\.session-token|_gh_sess|user_session|sessionid|_session_id|wordpress_logged_in_[0-9a-f]{32}|\.ROBLOSECURITY|_shopify_s|__Host-session|[A-Za-z0-9_]{0,24}(?:session|sess_?id|_sess|auth_?token|logged_?in)[A-Za-z0-9_]{0,16}`;

/** Credential formats of keys and sessions. */
export const KB_KEYS: Rule[] = [
  {
    kind: "private_key",
    label: "JSON Web Key private part",
    severity: "critical",
    hint: '"kty"',
    re: /"(?:d|p|q|dp|dq|qi|k)"[ \t]*:[ \t]*"(?<s>[A-Za-z0-9_\-]{40,1400})"/dg,
    check: (v, text, start) => {
      const around = text.slice(Math.max(0, start - 2048), start + v.length + 2048);
      return /"kty"[ \t]*:[ \t]*"(?:RSA|EC|OKP|oct)"/.test(around) && realBody(v);
    },
    advice: "anyone holding the JWK's private part can sign tokens as your service; rotate the " +
      "key (publish a new kid) and load it from a key store instead",
  },
  {
    kind: "aws_secret_access_key",
    label: "AWS STS session token",
    severity: "high",
    hint: ["IQoJb3JpZ2luX2Vj", "FwoGZXIvYXdzE", "FQoGZXIvYXdzE"],
    re:
      /(?<![A-Za-z0-9+\/])(?:IQoJb3JpZ2luX2Vj|F[wQ]oGZXIvYXdzE)[A-Za-z0-9+\/]{100,2000}={0,2}(?![A-Za-z0-9+\/=])/dg,
    check: (v) => realBody(v.slice(16, 120)),
    advice: "it works with its key pair until it expires; revoke the role's active sessions in " +
      "IAM (Revoke active sessions) and let the SDK fetch credentials itself",
  },
  {
    kind: "bearer_token",
    label: "Session cookie",
    severity: "high",
    hint: ["Cookie:", "cookie:", "COOKIE:", "--cookie", "-b ", '"Cookie"', '"cookie"'],
    re: new RegExp(
      String
        .raw`(?<![A-Za-z0-9_.\-])(?:${SESSION_COOKIES})=(?<s>[A-Za-z0-9%._\-+\/=:]{16,512})(?![A-Za-z0-9%._\-+\/=:])`,
      "dg",
    ),
    check: (v, text, start) => {
      const line = text.lastIndexOf("\n", start);
      const before = text.slice(Math.max(line + 1, start - 600), start);
      return /cookie["']?[ \t]*[:=]|--cookie|(?:^|[ \t])-b[ \t]/i.test(before) &&
        realBody(v.replace(/%[0-9A-F]{2}/gi, ""));
    },
    advice: "anyone holding the cookie is signed in as you until the session ends; sign out " +
      "everywhere (or revoke the session) and let the tool sign in on its own",
  },
  {
    // The sign-in cookies of the big identity providers, named by the provider (Google's
    // `__Secure-1PSID` / `SAPISID`, Microsoft Entra's `ESTSAUTH*`, GitHub's `user_session`):
    // replaying one signs in as the account with no password or second factor. Their names are
    // the provider's own, so a single pair counts.
    kind: "bearer_token",
    label: "Identity-provider session cookie",
    severity: "high",
    hint: ["PSID", "APISID", "ESTSAUTH", "user_session="],
    re: new RegExp(
      String
        .raw`(?<![A-Za-z0-9_.\-])(?:__Secure-[13]P(?:SID|SIDTS|SIDCC|APISID)|S?APISID|ESTSAUTH(?:PERSISTENT|LIGHT)?|(?:__Host-)?user_session(?:_same_site)?)=(?<s>[A-Za-z0-9%._\-\/]{16,1024})(?![A-Za-z0-9%._\-\/])`,
      "dg",
    ),
    check: (v) => shapedBody(v.replace(/[^A-Za-z0-9]/g, "")),
    advice: "anyone holding the cookie is signed in as that account (no password or second " +
      "factor) until the session ends; sign out everywhere and never paste browser cookies",
  },
  {
    // A browser's cookie string copied as is (`name=value; name=value`), no `Cookie:` label: a
    // session cookie of a framework, or Rails' `_app_session`, next to another pair.
    kind: "bearer_token",
    label: "Session cookie in a copied cookie string",
    severity: "high",
    hint: [
      "_session=",
      "SESSID=",
      "SESSIONID=",
      "SessionId=",
      "session-token=",
      "connect.sid=",
      "sessionid=",
      "_sess=",
    ],
    re: new RegExp(
      String
        .raw`(?<![A-Za-z0-9_.\-])(?:${SESSION_COOKIES}|_[a-z][a-z0-9_]{1,50}_session)=(?<s>[A-Za-z0-9%._\-+\/=:]{20,512})(?![A-Za-z0-9%._\-+\/=:])`,
      "dg",
    ),
    check: (v, text, start) => {
      const after = text.slice(start + v.length, start + v.length + 80);
      const line = text.lastIndexOf("\n", start);
      const before = text.slice(Math.max(line + 1, start - 200), start);
      const pairAfter = /^;[ \t]?[A-Za-z_][\w.\-]{0,40}=[^\s;]{1,40}/.test(after);
      const pairBefore = /[A-Za-z_][\w.\-]{0,40}=[^\s;=]{4,};[ \t]?[A-Za-z_][\w.\-]{0,40}=$/.test(
        before,
      );
      return (pairAfter || pairBefore) && realBody(v.replace(/%[0-9A-F]{2}/gi, ""));
    },
    advice: "anyone holding the cookie is signed in as you until the session ends; sign out " +
      "everywhere (or revoke the session) and never paste browser cookies into shared places",
  },
  {
    kind: "generic_secret",
    label: "Credential written after its label",
    severity: "high",
    hint: [
      "API key",
      "API Key",
      "api key",
      "API token",
      "ccess token",
      "ccess key",
      "uth token",
      "ecret key",
      "lient secret",
      "ersonal access token",
      "PI-Key",
      "PI key",
    ],
    re:
      /(?:\b[Aa][Pp][Ii][ \-][Kk]ey|\bAPI token|\bapi token|[Aa]ccess (?:token|key)|[Aa]uth token|[Ss]ecret key|[Cc]lient secret|[Pp]ersonal access token)(?:[ \t]\((?:prod|production|live|staging|dev|test)\))?(?:[ \t]{0,3}[:=]|[ \t]is|[ \t]was|[ \t]→)[ \t]{0,3}["'`“]?(?<s>[A-Za-z0-9_\-.+\/]{20,200}={0,2})(?![A-Za-z0-9_\-.+\/=])/dg,
    check: (v) =>
      /\d/.test(v) && /[A-Za-z]/.test(v) && !/^(?:sha256|sha1|md5)/i.test(v) &&
      !/^[A-Za-z_$][\w$]*\.[A-Za-z_]/.test(v) && !/^[A-Z0-9_]+$/.test(v) &&
      realBody(v.replace(/[._\-+\/=]/g, "")),
    advice: "anyone holding it can use the account it belongs to; revoke it where it was issued " +
      "and pass a reference (an environment variable or secret-store name) instead",
  },
];
