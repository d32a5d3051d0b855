/**
 * Round-22 code-injection mechanisms:
 *
 * - an Elasticsearch/OpenSearch Painless script (`_update_by_query`, `_bulk`, `_update`) that
 *   rewrites account documents: a role, admin flag or permission set to a privileged value
 *   (`ctx._source.role = 'superadmin'`, `ctx._source.roles.add('admin')`), or a second factor
 *   turned off or removed (`ctx._source.mfa_enabled = false`, `ctx._source.remove('totp_secret')`).
 *   Counters, timestamps, demotions and turning MFA on pass;
 * - SQL keywords spelled in fullwidth letters (`ＵＮＩＯＮ ＳＥＬＥＣＴ`): a database or a
 *   normalizing proxy folds them back to ASCII after a filter has looked. Folded, the text must
 *   form a statement shape (UNION SELECT, SELECT … FROM, DROP/DELETE/INSERT/UPDATE, OR 1=1,
 *   SLEEP()) with at least one keyword that was fullwidth.
 *
 * Judged once per argument behind literal gates; every pattern is bounded, no nested quantifiers.
 */
import type { FieldContext, Finding } from "../types.ts";

/** A privileged field of a document set or extended to a privileged value. */
const PAINLESS_ESCALATE =
  /ctx\s{0,2}(?:\._source|\[\s{0,2}['"]_source['"]\s{0,2}\])\s{0,2}(?:\.|\[\s{0,2}['"])(?:roles?|user_?roles?|is_?admin|admin|is_?superuser|superuser|is_?staff|privileges?|permissions?|access_?level|user_?type|account_?type|groups?|scopes?|tier)(?:['"]\s{0,2}\])?\s{0,2}(?:=(?!=)|\.(?:add|addAll|put)\s{0,2}\()\s{0,2}[^;\n]{0,80}?(?:admin|superuser|super_user|root|owner|sysadmin|privileged|\btrue\b|['"]\*['"]|['"]all['"])/i;
/** A second factor turned off, cleared or removed. */
const PAINLESS_MFA_OFF =
  /ctx\s{0,2}(?:\._source|\[\s{0,2}['"]_source['"]\s{0,2}\])[\w.'"\[\]]{0,40}?(?:mfa|2fa|two_?factor|otp|totp|webauthn|second_?factor)\w{0,24}(?:['"]\s{0,2}\])?\s{0,2}=(?!=)\s{0,2}(?:false\b|0\b|null\b|['"](?:disabled|off|none|false)?['"])|ctx\s{0,2}\._source\s{0,2}\.remove\s{0,2}\(\s{0,2}['"]\w{0,24}(?:mfa|2fa|two_?factor|otp|totp|webauthn)/i;

/** Fullwidth ASCII (U+FF01–U+FF5E) and the ideographic space. */
const FULLWIDTH = /[\uff01-\uff5e]/;
const FULLWIDTH_ALL = /[\uff01-\uff5e\u3000]/g;
/** A fullwidth SQL keyword (letters U+FF21–FF3A / U+FF41–FF5A). */
const FULLWIDTH_KEYWORD =
  /(?:[\uff35\uff55][\uff2e\uff4e][\uff29\uff49][\uff2f\uff4f][\uff2e\uff4e]|[\uff33\uff53][\uff25\uff45][\uff2c\uff4c][\uff25\uff45][\uff23\uff43][\uff34\uff54]|[\uff24\uff44][\uff32\uff52][\uff2f\uff4f][\uff30\uff50]|[\uff26\uff46][\uff32\uff52][\uff2f\uff4f][\uff2d\uff4d]|[\uff37\uff57][\uff28\uff48][\uff25\uff45][\uff32\uff52][\uff25\uff45]|[\uff2f\uff4f][\uff32\uff52]|[\uff33\uff53][\uff2c\uff4c][\uff25\uff45][\uff25\uff45][\uff30\uff50]|[\uff29\uff49][\uff2e\uff4e][\uff33\uff53][\uff25\uff45][\uff32\uff52][\uff34\uff54]|[\uff24\uff44][\uff25\uff45][\uff2c\uff4c][\uff25\uff45][\uff34\uff54][\uff25\uff45])/;
/** Statement shapes once folded. */
const SQL_SHAPE =
  /\bunion\s{1,8}(?:all\s{1,8})?select\b|\bselect\s[^;\n]{0,200}?\bfrom\s{1,8}[\w.`"\[]|\bdrop\s{1,8}(?:table|database)\b|\bdelete\s{1,8}from\b|\binsert\s{1,8}into\b|\bupdate\s{1,8}[\w.`"]{1,64}\s{1,8}set\b|\bor\s{1,8}['"]?(\w{1,8})['"]?\s{0,2}=\s{0,2}['"]?\1\b|\bsleep\s{0,2}\(\s{0,2}\d/i;

/** `text` with fullwidth ASCII folded to ASCII (and the ideographic space to a space). */
function foldFullwidth(text: string): string {
  return text.replace(
    FULLWIDTH_ALL,
    (c) => c === "\u3000" ? " " : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

/** The round-22 finding for an argument value, or undefined (`where` names the value). */
export function r22Mechanism(
  text: string,
  field: FieldContext,
  where: string,
): Finding | undefined {
  if (field.stage !== "input" || text.length > 65536) return undefined;
  if (text.includes("_source") && text.includes("ctx")) {
    if (PAINLESS_ESCALATE.test(text) || PAINLESS_MFA_OFF.test(text)) {
      return {
        detector: "code_injection",
        kind: "script_tamper",
        severity: "high",
        reason:
          `Painless script in ${where} grants a privileged role or turns off a second factor in the documents it updates`,
      };
    }
  }
  if (FULLWIDTH.test(text) && FULLWIDTH_KEYWORD.test(text) && SQL_SHAPE.test(foldFullwidth(text))) {
    return {
      detector: "code_injection",
      kind: "sql_injection",
      severity: "high",
      reason:
        `Value of ${where} spells SQL keywords in fullwidth letters, which the database folds back to a statement after filters looked`,
    };
  }
  return undefined;
}
