/**
 * Round-30 code rules:
 *
 * - `TRUNCATE … CASCADE`: empties the named tables and every table whose foreign keys point at
 *   them (scratch/staging/test tables pass);
 * - rows copied to a remote database defined in the same SQL: a foreign server / linked server /
 *   database link / FEDERATED table is created and rows are then inserted into a table of it (or
 *   its host is a public IP literal). Reading remote rows into local tables passes;
 * - account takeover by UPDATE: a role raised to owner/admin and MFA/2FA switched off in the same
 *   statement (SQL `SET`, Mongo `$set`, ORM `update(`), or MFA switched off for every row;
 * - payout/bank details rewritten in bulk: a bank-account field (IBAN, BIC/SWIFT, account or
 *   routing number, payout account, wallet) set to one literal by a many-row update (Mongo
 *   `update_many`/`updateMany`, SQL `UPDATE … SET` without a one-row `WHERE`): every payee's money
 *   then goes to one account;
 * - SQL run from base64: `EXECUTE convert_from(decode('…','base64'))`, `PREPARE … FROM
 *   FROM_BASE64('…')`, `EXECUTE IMMEDIATE utl_raw…base64_decode`: the statement is hidden from any
 *   reader. Blocked when the decoded text changes data or cannot be decoded;
 * - JS `Function(…)`/`eval(…)`/`setTimeout("…")`/`vm.runIn…` of a string made of `\x`/`\u`
 *   escapes that decode to code (letters): a program spelled so no filter reads it.
 *
 * Literal gates first; bounded patterns, no nested quantifiers.
 */
import type { FieldContext, Finding } from "../types.ts";
import { lowerOnce } from "../text/lower.ts";

/** Table names that hold nothing of record. */
const SCRATCH =
  /^(?:[\w"`\[\]]{1,40}\.)?[\w"`\[\]]{0,20}(?:tmp|temp|staging|stg|scratch|test|sandbox|cache|import|load)[\w"`\[\]]{0,30}$/i;
const TRUNCATE_CASCADE =
  /(?:^|[;\n(]|\bbegin\b|\bthen\b|\$\$|\bdo\b)\s{0,20}truncate\s{1,4}(?:table\s{1,4})?(?:only\s{1,4})?([^;]{1,600}?)\bcascade\b/gi;

/** True when SQL `text` truncates tables of record with CASCADE. */
export function truncateCascade(text: string, low: string): boolean {
  if (!low.includes("truncate") || !low.includes("cascade")) return false;
  TRUNCATE_CASCADE.lastIndex = 0;
  for (
    let m = TRUNCATE_CASCADE.exec(text), n = 0;
    m && n < 8;
    m = TRUNCATE_CASCADE.exec(text), n++
  ) {
    const names = m[1].replace(/\b(?:restart|continue)\s{1,4}identity\b/gi, "").split(",")
      .map((s) => s.trim().replace(/\*$/, "").trim()).filter((s) => s);
    // Table names only: prose ("truncate with cascade") has none.
    if (names.some((s) => !/^[\w."`\[\]]{1,130}$/.test(s))) continue;
    if (names.some((s) => !SCRATCH.test(s))) return true;
  }
  return false;
}

/** A remote database defined in SQL; group 1: the local name rows can be written through. */
const REMOTE_DEF =
  /\bcreate\s{1,4}server\b[^;]{0,200}\bforeign\s{1,4}data\s{1,4}wrapper\b|\bsp_addlinkedserver\b|\bcreate\s{1,4}(?:public\s{1,4}|shared\s{1,4})?database\s{1,4}link\b|\bengine\s{0,2}=\s{0,2}federated\b|\bdblink_connect\s{0,2}\(/i;
const FOREIGN_TARGET =
  /\bimport\s{1,4}foreign\s{1,4}schema\b[^;]{0,300}?\binto\s{1,4}([\w"]{1,64})|\bcreate\s{1,4}foreign\s{1,4}table\s{1,4}(?:if\s{1,4}not\s{1,4}exists\s{1,4})?([\w".]{1,130})|\bcreate\s{1,4}table\s{1,4}([\w".`]{1,130})[^;]{0,2000}\bengine\s{0,2}=\s{0,2}federated\b/gi;
const INSERT_INTO = /\binsert\s{1,4}(?:into\s{1,4})?([\w".`\[\]]{1,130})/gi;
/** A public IPv4 literal as a host option. */
const PUBLIC_HOST =
  /\bhost\s{0,2}[=']\s{0,2}'?\s{0,2}(?!(?:10|127)\.)(?!192\.168\.)(?!172\.(?:1[6-9]|2\d|3[01])\.)(?!169\.254\.)\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b|@\s{0,2}datasrc\s{0,2}=\s{0,2}N?'(?!(?:10|127)\.)(?!192\.168\.)\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}/i;

/** True when SQL `text` defines a remote database and writes rows into it. */
export function remoteServerCopy(text: string, low: string): boolean {
  if (
    !(low.includes("foreign") || low.includes("linkedserver") || low.includes("database link") ||
      low.includes("federated") || low.includes("dblink"))
  ) return false;
  if (!REMOTE_DEF.test(text)) return false;
  if (PUBLIC_HOST.test(text)) return true;
  if (/\bdblink_exec\s{0,2}\([^;]{0,400}\binsert\b/i.test(text)) return true;
  const targets: string[] = [];
  FOREIGN_TARGET.lastIndex = 0;
  for (let m = FOREIGN_TARGET.exec(text), n = 0; m && n < 16; m = FOREIGN_TARGET.exec(text), n++) {
    if (m[1]) targets.push(m[1].replace(/"/g, "").toLowerCase() + ".");
    else targets.push((m[2] ?? m[3]).replace(/["`]/g, "").toLowerCase());
  }
  if (targets.length === 0) return false;
  INSERT_INTO.lastIndex = 0;
  for (let m = INSERT_INTO.exec(text), n = 0; m && n < 32; m = INSERT_INTO.exec(text), n++) {
    const t = m[1].replace(/["`\[\]]/g, "").toLowerCase();
    if (targets.some((g) => g.endsWith(".") ? t.startsWith(g) : t === g)) return true;
  }
  return false;
}

/** A privilege raised to the top. */
const PRIV_UP =
  /\b["']?(?:role|roles|user_role|account_role|account_type|access_level|permission_level|user_type|usertype|level)["']?\s{0,2}[=:]\s{0,2}\[?\s{0,2}['"](?:owner|admin|administrator|superuser|super_admin|superadmin|root|sysadmin|global_admin)['"]|\b["']?(?:is_admin|isadmin|is_superuser|superuser|is_owner|is_staff|admin)["']?\s{0,2}[=:]\s{0,2}(?:true|1|'t'|'y'|'true')\b/i;
/** MFA / 2FA switched off. */
const MFA_OFF =
  /\b["']?[\w.]{0,24}(?:mfa|2fa|two_factor|twofactor|totp|otp|multi_factor)[\w.]{0,24}["']?\s{0,2}[=:]\s{0,2}(?:false\b|0\b|null\b|none\b|'(?:f|n|no|false|off|disabled|none|0)?'|"(?:off|disabled|false|none)?")/i;
const WRITE_VERB = /\bupdate\b|\$set\b|\.update(?:one|many)?\s{0,2}\(|\.save\s{0,2}\(/i;

/** True when `text` raises an account to owner/admin and switches MFA off, or MFA off for all. */
export function takeoverUpdate(text: string, low: string): boolean {
  if (
    !(low.includes("mfa") || low.includes("2fa") || low.includes("factor") || low.includes("otp"))
  ) return false;
  const off = MFA_OFF.exec(text);
  if (!off || !WRITE_VERB.test(text)) return false;
  if (PRIV_UP.test(text)) return true;
  // MFA off for every row: an SQL UPDATE … SET with no WHERE.
  const up = /\bupdate\s{1,4}[\w."`\[\]]{1,130}\s{1,4}set\b([^;]{0,800})/i.exec(text);
  return !!up && /(?:mfa|2fa|factor|otp)/i.test(up[1]) && !/\bwhere\b/i.test(up[1]);
}

/** Bank/payout account fields. */
const BANK_KEY =
  /(?:^|[._\s"'`$])(?:iban|bic|swift(?:_?code)?|account_?(?:number|no|num)|acct_?(?:number|no|num)?|routing_?(?:number|no)?|sort_?code|bank_?account(?:_?(?:number|no))?|payout_?account|payee_?account|beneficiary_?account|wallet_?address|aba)(?=$|[._\s"'`=])/i;
/** A literal that looks like an account: an IBAN, a BIC, or a long digit run. */
const ACCOUNT_VALUE =
  /^\s*(?:[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{2,4}){3,8}|[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?|\d[\d -]{5,30}\d|0x[0-9a-fA-F]{40}|(?:bc1|[13])[a-zA-Z0-9]{25,60})\s*$/;
const MANY_TOOL = /update_?many|bulk_?write|bulk_?update|update_?all|multi_?update/i;
const SQL_BANK_SET = new RegExp(
  String
    .raw`\bupdate\s{1,4}[\w."\x60\[\]]{1,130}\s{1,4}set\b[^;]{0,400}?(?:iban|bic|swift|account_?(?:number|no)|routing_?(?:number|no)?|sort_?code|bank_?account|payout_?account|wallet_?address)\w{0,20}["\x60\]]?\s{0,2}=\s{0,2}'[^']{4,60}'([^;]{0,400})`,
  "gi",
);
/** A WHERE pinning one row: an id, key, code or e-mail equality. */
const ONE_ROW =
  /\bwhere\b[^;]{0,200}?\b[\w."]{0,40}(?:id|_key|code|email|uuid|number|no)["]?\s{0,2}=\s{0,2}(?:'[^']{1,80}'|\d{1,20}|\$\d|\?|:\w{1,40})(?![^;]{0,200}\bor\b)/i;

/** True when a bank/payout field is set to one literal by a many-row update. */
export function bulkPayoutRewrite(text: string, low: string, field: FieldContext): boolean {
  // Mongo-style: the value of `$set.<bank field>` of a many-row update tool.
  if (
    text.length < 80 && field.path.includes("$set") && BANK_KEY.test(field.key ?? "") &&
    MANY_TOOL.test((field.tool ?? "") + " " + field.path) && ACCOUNT_VALUE.test(text)
  ) return true;
  if (!low.includes("set") || !low.includes("update")) return false;
  if (
    !(low.includes("iban") || low.includes("account") || low.includes("routing") ||
      low.includes("swift") || low.includes("bic") || low.includes("sort_code") ||
      low.includes("wallet"))
  ) return false;
  // Mongo shell: updateMany(…, {$set: {"payout.iban": "…"}}).
  if (
    /\bupdate_?many\s{0,2}\(/i.test(text) &&
    /\$set\s{0,2}["']?\s{0,2}:\s{0,2}\{[^}]{0,400}?(?:iban|bic|swift|account_?(?:number|no)|routing|sort_?code|wallet_?address)\w{0,20}["']?\s{0,2}:\s{0,2}["'][^"']{4,60}["']/i
      .test(text)
  ) return true;
  SQL_BANK_SET.lastIndex = 0;
  for (let m = SQL_BANK_SET.exec(text), n = 0; m && n < 8; m = SQL_BANK_SET.exec(text), n++) {
    if (!ONE_ROW.test(m[1])) return true;
  }
  return false;
}

/** Dynamic SQL whose statement comes from a base64 decode; group 1: the base64 text. */
const B64_EXEC =
  /\b(?:execute|exec|prepare\s{1,4}\w{1,60}\s{1,4}from|execute\s{1,4}immediate|sp_executesql)\b[^;]{0,120}?\b(?:decode\s{0,2}\(\s{0,2}'([A-Za-z0-9+\/=\s]{8,8000})'\s{0,2},\s{0,2}'base64'|from_base64\s{0,2}\(\s{0,2}'([A-Za-z0-9+\/=\s]{8,8000})'|base64_decode\s{0,2}\(|xs:base64binary|frombase64string\s{0,2}\()/gi;
const SQL_CHANGE =
  /\b(?:drop|delete|truncate|alter|update|insert|grant|revoke|create|copy|merge|replace|shutdown|execute|exec|call|load_file|into\s{1,4}outfile)\b/i;

/** True when SQL `text` executes a statement decoded from base64 that changes data (or hides it). */
export function base64DynamicSql(text: string, low: string): boolean {
  if (!low.includes("base64") || !low.includes("exec") && !low.includes("prepare")) return false;
  B64_EXEC.lastIndex = 0;
  for (let m = B64_EXEC.exec(text), n = 0; m && n < 8; m = B64_EXEC.exec(text), n++) {
    const b64 = m[1] ?? m[2];
    if (b64 === undefined) return true;
    let decoded: string;
    try {
      decoded = atob(b64.replace(/\s/g, ""));
    } catch {
      return true;
    }
    if (SQL_CHANGE.test(decoded)) return true;
  }
  return false;
}

/** JS evaluation of a string literal made of escapes; group 2: the escapes. */
const ESCAPED_EVAL =
  /\b(?:Function|eval|setTimeout|setInterval|runInThisContext|runInNewContext|runInContext|execScript|Script)\s{0,2}\(\s{0,2}(['"`])((?:\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|u\{[0-9a-fA-F]{1,6}\}|[0-7]{1,3})){6,4000})\1/g;

/** Decode JS `\x`, `\u`, `\u{…}` and octal escapes. */
function unescapeJs(s: string): string {
  return s.replace(
    /\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|u\{([0-9a-fA-F]{1,6})\}|([0-7]{1,3}))/g,
    (_a, x, u, w, o) => String.fromCodePoint(parseInt(x ?? u ?? w ?? o, o ? 8 : 16)),
  );
}

/** True when JS code evaluates a string spelled entirely in escapes that decodes to code. */
export function escapedEval(text: string): boolean {
  if (!text.includes("\\x") && !text.includes("\\u") && !text.includes("\\1")) return false;
  ESCAPED_EVAL.lastIndex = 0;
  for (let m = ESCAPED_EVAL.exec(text), n = 0; m && n < 8; m = ESCAPED_EVAL.exec(text), n++) {
    if (/[A-Za-z_$]{2}[\w$]{0,40}\s{0,2}[(.=]/.test(unescapeJs(m[2]))) return true;
  }
  return false;
}

/** Round-30 code mechanisms of `text`, or undefined. */
/**
 * A word one of the checks of {@link r30Mechanism} after the escaped-eval test needs (truncate,
 * a remote-server word, base64, an update verb): one pass instead of a lower-case copy and a dozen
 * `includes` on every code-bearing value.
 */
const R30_WORD =
  /truncate|foreign|linkedserver|database link|federated|dblink|base64|update|\$set|\.save\s{0,2}\(/i;

export function r30Mechanism(
  text: string,
  field: FieldContext,
  where: string,
): Finding | undefined {
  if (field.stage !== "input" || text.length > 65536) return undefined;
  const hit = (kind: string, reason: string): Finding => ({
    detector: "code_injection",
    kind,
    severity: "high",
    reason: `${reason} in ${where}`,
  });
  if (escapedEval(text)) {
    return hit(
      "obfuscated_code",
      "Code evaluates a string spelled entirely in hex/unicode escapes",
    );
  }
  // One case-insensitive pass for a word every check below needs, before any lower-case copy.
  if (!field.path.includes("$set") && !R30_WORD.test(text)) return undefined;
  const low = lowerOnce(text.length > 16384 ? text.slice(0, 16384) : text);
  if (base64DynamicSql(text, low)) {
    return hit("sql_obfuscation", "SQL executes a data-changing statement decoded from base64");
  }
  if (truncateCascade(text, low)) {
    return hit(
      "destructive_sql",
      "SQL truncates tables of record with CASCADE (every referencing table is emptied too)",
    );
  }
  if (remoteServerCopy(text, low)) {
    return hit(
      "sql_exfiltration",
      "SQL defines a remote database server and copies rows into it",
    );
  }
  if (takeoverUpdate(text, low)) {
    return hit(
      "privilege_escalation",
      "An update raises an account to owner/admin and switches multi-factor authentication off",
    );
  }
  if (bulkPayoutRewrite(text, low, field)) {
    return hit(
      "payment_redirect",
      "A many-row update sets bank/payout account details to one account",
    );
  }
  return undefined;
}
