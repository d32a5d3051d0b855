/**
 * Round-33 code rules:
 *
 * - dynamic SQL spelled from character codes: `CHAR(68,82,79,80)` (MySQL), `CHAR(68)+CHAR(82)` /
 *   `NCHAR(…)` (T-SQL), `CHR(68)||CHR(82)` (Postgres/Oracle) decoding to a statement word (DROP,
 *   DELETE, GRANT, xp_cmdshell, INTO OUTFILE …) in text that then runs a built string (`PREPARE s
 *   FROM @q`, `EXEC(@q)`, `EXEC sp_executesql`, `EXECUTE IMMEDIATE`, plpgsql `EXECUTE v;`). Codes
 *   for line breaks, spaces and quotes (`CHAR(13)+CHAR(10)`) spell no word and pass, as does CHAR()
 *   used in a plain SELECT;
 * - account takeover in a document update read whole (the `<json>` view of an `update`/`$set`/
 *   `changes` object, see `src/guardrails/walk.ts`): roles raised to an admin/owner/superuser
 *   role and MFA switched off (`false`, `null`, an emptied factor list) in the same update.
 *
 * - health records exported out: a program that selects identified health rows in bulk (an
 *   identity column — national id, name, birth date, e-mail — beside a health column — diagnosis,
 *   medication, prescription, ICD code — with no WHERE and no GROUP BY) and sends them with an
 *   HTTP PUT/POST to a literal URL outside the local network. Aggregates, single-record lookups,
 *   other tables and uploads to internal hosts pass.
 *
 * One cheap gate per check; bounded patterns, no nested unbounded quantifiers.
 */
import type { FieldContext, Finding } from "../types.ts";

/** A character-code call with its literal code list. */
const CODES =
  /\b(?:n?char|chr)\s{0,3}\(\s{0,3}((?:(?:\d{1,5}|0x[0-9a-f]{1,4})\s{0,3},\s{0,3}){0,200}(?:\d{1,5}|0x[0-9a-f]{1,4}))\s{0,3}(?:using\s{1,4}\w{1,20}\s{0,3})?\)/gi;
/** A statement or command word (matched in the joined decoded letters, no word boundary). */
const SPELLED =
  /drop|truncate|delete|update|alter|grant|revoke|insert|select|shutdown|exec|create|union|outfile|dumpfile|cmdshell|load_file|copy|sleep|benchmark|waitfor|system|popen|import|eval|socket/i;
/** Running a built string. */
const RUNS_BUILT =
  /\bprepare\s{1,4}\w{1,64}\s{1,4}from\b|\bexec(?:ute)?\s{0,4}\(|\bexec(?:ute)?\s{1,4}(?:immediate\b|@|sp_executesql\b|(?:n?char|chr)\s{0,2}\(|format\s{0,2}\(|[a-z_]\w{0,60}\s{0,2}(?:;|$))|\bsp_executesql\b/im;

/** True when `text` runs a built string whose character codes spell a statement word. */
export function charCodedStatement(text: string): boolean {
  if (text.length > 65536 || !RUNS_BUILT.test(text)) return false;
  let joined = "";
  CODES.lastIndex = 0;
  for (let m = CODES.exec(text), n = 0; m && n < 400; m = CODES.exec(text), n++) {
    for (const c of m[1].split(",")) {
      const v = c.trim();
      const code = v.startsWith("0") && /^0x/i.test(v) ? parseInt(v.slice(2), 16) : Number(v);
      if (code > 0 && code < 0x10000) joined += String.fromCharCode(code);
    }
  }
  return joined.length >= 4 && SPELLED.test(joined.replace(/[^A-Za-z_]/g, ""));
}

/** A roles field raised to an admin-like role. */
const ROLE_UP =
  /"(?:[\w.]{0,30}\.)?(?:role|roles|user_role|user_roles|account_role|access_level|permission_level|user_type|groups|permissions)"\s{0,2}:\s{0,2}\[?(?:\s{0,2}"[\w:.-]{0,40}"\s{0,2},){0,8}\s{0,2}"(?:[\w:.-]{0,30}[_:.-])?(?:admin|administrator|owner|superuser|super_admin|superadmin|root|sysadmin)(?:[_:.-][\w:.-]{0,30})?"|"(?:[\w.]{0,30}\.)?(?:is_admin|isadmin|is_superuser|superuser|is_owner|admin)"\s{0,2}:\s{0,2}true\b/i;
/** MFA switched off: a false/null/0 flag, or its factors emptied. */
const MFA_OFF_JSON =
  /"[\w.]{0,30}(?:mfa|2fa|two_factor|twofactor|totp|multi_factor|multifactor)[\w.]{0,30}"\s{0,2}:\s{0,2}(?:false|null|0|\[\s{0,2}\]|"(?:off|disabled|none|false)?")/i;

/** True when a whole update object raises roles to admin and switches MFA off. */
export function takeoverObject(text: string): boolean {
  if (text.length > 8192) return false;
  return MFA_OFF_JSON.test(text) && ROLE_UP.test(text);
}

/** A bulk SELECT (its column list and the rest of the statement up to a quote). */
const BULK_SELECT = /\bselect\s{1,4}([^'"`;]{1,400}?)\s{1,4}from\s{1,4}([^'"`;]{1,300})/gi;
const IDENTITY_COL =
  /\b(?:ssn|social_security\w{0,10}|national_id\w{0,6}|national_number|bsn|nino|nir|sin|tax_id|passport\w{0,8}|full_name|first_name|last_name|name|birth_?date|date_of_birth|dob|email|phone\w{0,8}|address\w{0,8})\b|\*/i;
const HEALTH_COL =
  /\b(?:diagnos\w{0,12}|medication\w{0,4}|prescription\w{0,4}|icd\w{0,8}|condition\w{0,6}|treatment\w{0,6}|hiv\w{0,8}|disease\w{0,6}|lab_results?|allerg\w{0,6}|therapy|psychiatric\w{0,8})\b|\*/i;
const HEALTH_TABLE =
  /\b(?:patients?|medical\w{0,12}|health\w{0,12}|clinical\w{0,12}|ehr\w{0,8}|emr\w{0,8})\b/i;
/** An HTTP send of a body to a literal URL outside loopback/private/internal names. */
const UPLOAD =
  /(?:\.\s{0,2}(?:put|post|patch)\s{0,2}\(\s{0,2}(?:url\s{0,2}=\s{0,2})?|\burlopen\s{0,2}\(\s{0,2}|\bfetch\s{0,2}\(\s{0,2})f?['"`]https?:\/\/(?!(?:localhost|127\.|10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|\[::1\])|[^\/'"`]{0,200}\.(?:internal|local|corp|lan|intranet|svc)(?:[:\/'"`]|$))[^\s'"`]{1,300}/i;

/** True when `text` selects identified health rows in bulk and sends them to an outside URL. */
export function healthRecordsOut(text: string): boolean {
  if (text.length > 20000 || !UPLOAD.test(text)) return false;
  BULK_SELECT.lastIndex = 0;
  for (let m = BULK_SELECT.exec(text), n = 0; m && n < 8; m = BULK_SELECT.exec(text), n++) {
    const [, cols, rest] = m;
    if (/\b(?:where|group\s{1,4}by|limit|count|avg|sum)\b/i.test(rest + " " + cols)) continue;
    if (!IDENTITY_COL.test(cols) || !HEALTH_COL.test(cols)) continue;
    // `*` alone must come from a health table; named health columns speak for themselves.
    if (/^\s{0,4}\*\s{0,4}$/.test(cols) && !HEALTH_TABLE.test(rest)) continue;
    if (HEALTH_COL.test(cols.replace("*", "")) || HEALTH_TABLE.test(rest)) return true;
  }
  return false;
}

/**
 * A national identifier or a credit profile, as a column name in the common languages (`ssn`,
 * `national_id`, `tc_kimlik_no`, `cpf`, `pesel`, `dni`, `aadhaar`, `personnummer`, `credit_score`,
 * `kredi_skoru`, `schufa` …).
 */
const NATIONAL_ID_COL =
  /\b(?:ssn|social_security\w{0,10}|national_?id\w{0,6}|national_number|tc_?kimlik\w{0,6}|tckn|kimlik_no|cpf|pesel|nif|nie|dni|curp|rfc|aadhaar\w{0,4}|pan_?(?:no|number)|nik|personnummer|personnr|bsn|codice_fiscale|steuer_?id|rodne_cislo|jmbg|oib|hetu|cnp|egn|amka|nric|mykad|iqama\w{0,4}|emirates_id|nino|tfn|insee|nir|credit_?score\w{0,4}|kredi_?skoru|schufa\w{0,6}|score_?(?:credito|crédito|de_credito)|bonitaet\w{0,6}|fico\w{0,6})\b/i;
/** A marketing or advertising party named in a connection, path, host or variable. */
const MARKETING_PARTY =
  /(?:marketing|advertis\w{0,6}|adtech|ad_?agency|\bads?_|werbe\w{0,6}|werbung|publicidad|publicidade|pubblicit\w{0,2}|reklam\w{0,4}|kampanya|campaign|kampagne|campaña|campanha|campagne|kampani\w{0,2}|agencia_?(?:de_?)?(?:marketing|publicidad)|ajans\w{0,4}|lookalike|retarget\w{0,6}|audience_?(?:upload|sync))/i;
/** A file or rows shipped off the system: SFTP/FTP/SCP put, an object-store upload, an HTTP send. */
const SHIP =
  /\bSFTPOperator\b|\boperation\s{0,2}=\s{0,2}['"]put['"]|\bsftp\w{0,10}\.put\s{0,2}\(|\bstorbinary\s{0,2}\(|\bscp\s{1,4}|\.upload_file\s{0,2}\(|\bload_file\s{0,2}\(|\bto_gbq\s{0,2}\(|\.(?:put|post)\s{0,2}\(\s{0,2}(?:url\s{0,2}=\s{0,2})?f?['"`]https?:/i;

/**
 * True when `text` selects national identifiers or credit scores in bulk (with other personal
 * columns, no filter) and ships them to a party named as marketing or advertising.
 */
export function idRowsToMarketing(text: string): boolean {
  if (text.length > 20000 || !SHIP.test(text) || !MARKETING_PARTY.test(text)) return false;
  BULK_SELECT.lastIndex = 0;
  for (let m = BULK_SELECT.exec(text), n = 0; m && n < 8; m = BULK_SELECT.exec(text), n++) {
    const [, cols, rest] = m;
    if (/\b(?:where|group\s{1,4}by|limit|count|avg|sum)\b/i.test(rest + " " + cols)) continue;
    if (NATIONAL_ID_COL.test(cols) && cols.split(",").length >= 3) return true;
  }
  return false;
}

/** Round-33 code mechanisms of one argument value, as a finding, or undefined. */
export function r33Mechanism(
  text: string,
  field: FieldContext,
  where: string,
): Finding | undefined {
  if (field.stage !== "input") return undefined;
  const hit = (kind: string, reason: string): Finding => ({
    detector: "code_injection",
    kind,
    severity: "high",
    reason: `${reason} in ${where}`,
  });
  if (field.path.endsWith("<json>") && takeoverObject(text)) {
    return hit(
      "account_takeover",
      "An update that raises an account to an admin role and switches its MFA off",
    );
  }
  if (
    (text.includes("(") && /(?:char|chr)\s{0,3}\(\s{0,3}(?:\d|0x)/i.test(text)) &&
    charCodedStatement(text)
  ) {
    return hit(
      "obfuscated_sql",
      "Dynamic SQL whose statement is spelled from character codes and then run",
    );
  }
  const low = text.length > 40 && (text.includes("select") || text.includes("SELECT") ||
    text.includes("Select"));
  if (
    low && (text.includes("put") || text.includes("post") || text.includes("fetch") ||
      text.includes("urlopen")) &&
    healthRecordsOut(text)
  ) {
    return hit(
      "data_exfiltration",
      "Identified health records selected in bulk and sent to an outside URL",
    );
  }
  if (low && idRowsToMarketing(text)) {
    return hit(
      "privacy_violation",
      "National identifiers or credit scores of every customer selected and shipped to a marketing or advertising party",
    );
  }
  return undefined;
}
