/**
 * Secrets recognised by the grammar around them rather than by a prefix: the password of
 * `curl -u user:pass`, `mysql -p…`, `sshpass -p`, `redis-cli -a`, a `.netrc` entry or a Docker
 * `"auth"` value; the signature of an Azure SAS URL; a raw `Authorization:` value without a
 * Bearer/Basic scheme; a webhook URL whose path is the credential; a PEM private key that was
 * base64-encoded again (kubeconfig `client-key-data`, Kubernetes secrets).
 */
import type { Rule } from "./_secrets_rules.ts";
import { decodeBase64, isPlaceholder, looksLikeSecret } from "./_secrets_values.ts";

/** A login password: real-looking (the generic bar), not `$VAR` or `<password>`. */
const password = (v: string): boolean => looksLikeSecret(v, 3);

/** `user:password` (decoded Basic / Docker auth) whose password looks real. */
export function userPasswordOk(decoded: string | undefined): boolean {
  if (decoded === undefined) return false;
  const m = /^([\x21-\x39\x3b-\x7e]{1,256}):([\x21-\x7e]{6,256})$/.exec(decoded);
  return !!m && !isPlaceholder(m[1]) && looksLikeSecret(m[2], 3);
}

/**
 * A SAS signature is base64 of an HMAC-SHA256 (44 chars ending in `=`, usually URL-encoded) in
 * a query that also carries the SAS version or expiry (`sv=2022-11-02`, `se=2025-…`).
 */
function sasSignature(v: string, text: string, start: number): boolean {
  const raw = v.replace(/%2B/gi, "+").replace(/%2F/gi, "/").replace(/%3D/gi, "=");
  if (!/^[A-Za-z0-9+\/]{43}=$/.test(raw)) return false;
  const around = text.slice(Math.max(0, start - 1024), start + v.length + 512);
  return /[?&;](?:sv|se|st)=\d{4}-\d\d-\d\d/.test(around);
}

/** Base64 that decodes to a `-----BEGIN … PRIVATE KEY-----` header. */
function base64Pem(v: string): boolean {
  const head = decodeBase64(v.slice(0, 80));
  return head !== undefined && /^-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY-----/.test(head);
}

/** Schemes of `Authorization` values other than Bearer/Basic (which ./_secrets_rules.ts covers). */
const AUTH_SCHEME = String.raw`(?:token|bot|ssws|apikey|api-key|key|sso-key|splunk|genieKey)`;

/** Context rules (kinds `login_password`, `signed_url`, `webhook_url`, `private_key`, …). */
export const CONTEXT_RULES: Rule[] = [
  {
    kind: "private_key",
    label: "base64-encoded private key",
    severity: "critical",
    hint: "LS0tLS1CRUdJTi", // base64 of "-----BEGIN"
    re: /LS0tLS1CRUdJTi[A-Za-z0-9+\/]{20,65536}={0,2}/dg,
    check: base64Pem,
  },
  {
    // A kubeconfig's client key is a private key whatever it decodes to: the label says so, and a
    // redacted value (`REDACTED`, `<key>`, `DATA+OMITTED`) is neither long nor base64.
    kind: "private_key",
    label: "kubeconfig client key",
    severity: "critical",
    hint: "client-key-data",
    re:
      /\bclient-key-data["']?\s{0,4}:\s{0,4}["']?([A-Za-z0-9+\/]{120,65536}={0,2})(?![A-Za-z0-9+\/=])/dg,
    check: (v) => looksLikeSecret(v.slice(0, 200), 3),
  },
  {
    kind: "signed_url",
    label: "Azure SAS signature",
    severity: "high",
    hint: "sig=",
    re: /[?&;]sig=(?<s>[A-Za-z0-9%+\/]{43,90})(?![A-Za-z0-9%+\/])/dg,
    check: sasSignature,
  },
  {
    kind: "login_password",
    label: "Password in curl -u / --user",
    severity: "high",
    hint: "-u",
    re:
      /(?<![A-Za-z0-9_\-])(?:-u|--user)(?:[ \t]+|=)(['"]?)[^\s:'"]{1,128}:(?<s>[^\s'"]{1,256})\1(?![^\s'";|&)])/dg,
    check: password,
  },
  {
    kind: "login_password",
    label: "Password in a mysql -p argument",
    severity: "high",
    hint: "mysql", // the MariaDB client is usually invoked as mysql too
    re:
      /\b(?:mysql|mysqldump|mysqladmin|mysqlimport|mysqlcheck|mysqlsh|mariadb(?:-dump)?)\b[^\n;|&]{0,200}?[ \t]-p(['"]?)(?<s>[^\s'"]{1,128})\1(?![^\s;|&)])/dg,
    check: password,
  },
  {
    kind: "login_password",
    label: "Password in sshpass -p",
    severity: "high",
    hint: "sshpass",
    re: /\bsshpass[ \t]+-p[ \t]*(['"]?)(?<s>[^\s'"]{1,128})\1(?![^\s;|&)])/dg,
    check: password,
  },
  {
    kind: "login_password",
    label: "Password in redis-cli -a",
    severity: "high",
    hint: "redis-cli",
    re:
      /\bredis-cli\b[^\n;|&]{0,200}?[ \t](?:-a|--pass)[ \t]+(['"]?)(?<s>[^\s'"]{1,128})\1(?![^\s;|&)])/dg,
    check: password,
  },
  {
    // .netrc: `machine HOST login USER password SECRET`, on one line or several.
    kind: "login_password",
    label: "Password in a .netrc entry",
    severity: "high",
    hint: "assw",
    re: /(?<![^\s])login[ \t]+[^\s]{1,256}\s{1,40}password[ \t]+(?<s>[^\s`'"]{1,256})(?!\S)/dg,
    check: (v, text) => /(?:^|\s)machine[ \t]+\S/.test(text) && password(v),
  },
  {
    kind: "login_password",
    label: "Docker registry auth (base64 user:password)",
    severity: "high",
    hint: '"auth"',
    re: /"auth"[ \t]*:[ \t]*"(?<s>[A-Za-z0-9+\/]{12,1024}={0,2})"/dg,
    check: (v) => userPasswordOk(decodeBase64(v)),
  },
  {
    kind: "bearer_token",
    label: "Authorization credential",
    severity: "high",
    hint: ["uthorization", "UTHORIZATION"],
    re: new RegExp(
      String
        .raw`(?<![A-Za-z0-9_\-])(?:proxy-)?authorization["']?[ \t]*[:=][ \t]*["']?(?:${AUTH_SCHEME}[ \t]+)?(?<s>[A-Za-z0-9\-._~+\/:=]{16,512})(?![A-Za-z0-9\-._~+\/:=])`,
      "dgi",
    ),
    // A scheme followed by parameters (`AWS4-HMAC-SHA256 Credential=…`, `Digest realm=…`) or a
    // parameter itself is not one secret.
    check: (v, text, start) =>
      !/^[A-Za-z][\w\-]*=/.test(v) &&
      !/^[ \t]+[A-Za-z][\w\-]*=/.test(text.slice(start + v.length, start + v.length + 64)) &&
      looksLikeSecret(v, 3),
  },
  {
    kind: "webhook_url",
    label: "Microsoft Teams / Office 365 webhook URL",
    severity: "high",
    hint: "IncomingWebhook/",
    re:
      /\/[0-9a-f\-]{36}@[0-9a-f\-]{36}\/IncomingWebhook\/(?<s>[0-9a-f]{32}\/[0-9a-f\-]{36}(?:\/[A-Za-z0-9_\-]{16,200})?)/dgi,
  },
  {
    // Power Automate / Logic Apps HTTP triggers: the `sig` query parameter is the credential.
    kind: "webhook_url",
    label: "Logic Apps / Power Automate trigger signature",
    severity: "high",
    hint: "/triggers/",
    re:
      /\/workflows\/[0-9a-f]{32}\/triggers\/[^\s"'<>?]{1,200}\?[^\s"'<>]{0,400}?\bsig=(?<s>[A-Za-z0-9_\-%]{40,120})/dg,
  },
  {
    kind: "webhook_url",
    label: "Google Chat webhook token",
    severity: "high",
    hint: "chat.googleapis.com",
    re:
      /chat\.googleapis\.com\/v1\/spaces\/[A-Za-z0-9_\-]{4,40}\/messages\?[^\s"'<>]{0,300}?\btoken=(?<s>[A-Za-z0-9_\-%=]{30,200})/dg,
  },
  {
    // Mattermost ids are 26 lower-case base32 characters; Rocket.Chat `/hooks/<id>/<token>`.
    kind: "webhook_url",
    label: "Chat webhook URL (Mattermost / Rocket.Chat)",
    severity: "high",
    hint: "/hooks/",
    re: /\/hooks\/(?<s>[a-z0-9]{26})(?![A-Za-z0-9_\-])/dg,
    check: (v) => /\d/.test(v) && /[a-z]/.test(v) && looksLikeSecret(v, 3),
  },
  {
    kind: "webhook_url",
    label: "Chat webhook URL (Rocket.Chat)",
    severity: "high",
    hint: "/hooks/",
    re: /\/hooks\/[A-Za-z0-9]{17}\/(?<s>[A-Za-z0-9]{40,60})(?![A-Za-z0-9])/dg,
    check: (v) => looksLikeSecret(v, 3),
  },
  {
    // PuTTY .ppk: the `Private-Lines` block is the key (plain when `Encryption: none`).
    kind: "private_key",
    label: "PuTTY private key",
    severity: "critical",
    hint: "PuTTY-User-Key-File-",
    re:
      /PuTTY-User-Key-File-\d:[^\n]{0,80}(?: ?\r? ?\n|(?:\\r)?\\n)(?:[^\n\\]{0,200}(?:\n|(?:\\r)?\\n)){0,40}?Private-Lines:[ \t]*\d{1,3}(?: ?\r? ?\n|(?:\\r)?\\n)(?<s>[A-Za-z0-9+\/=]{4,100}(?![\w+\/=:\-])(?:(?: ?\r? ?\n|(?:\\r)?\\n)[A-Za-z0-9+\/=]{4,100}(?![\w+\/=:\-])){0,63})/dg,
    check: (v) => v.replace(/\\[rn]|\s/g, "").length >= 40,
  },
  {
    kind: "webhook_url",
    label: "Discord webhook URL",
    severity: "high",
    hint: "/api/webhooks/",
    re: /discord(?:app)?\.com\/api\/webhooks\/\d{17,20}\/(?<s>[A-Za-z0-9_\-]{60,80})/dg,
  },
];
