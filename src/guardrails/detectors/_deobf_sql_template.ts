/**
 * Two more places a decoded string is run without ever being written in clear:
 *
 * - SQL that decodes a literal and executes it — Snowflake `EXECUTE IMMEDIATE
 *   HEX_DECODE_STRING('…')` / `BASE64_DECODE_STRING`, MySQL `PREPARE s FROM UNHEX('…')` /
 *   `FROM_BASE64`, Oracle `UTL_RAW.CAST_TO_VARCHAR2(HEXTORAW('…'))`, PostgreSQL
 *   `convert_from(decode('…', 'hex'|'base64'), …)`, SQL Server `EXEC(CAST(0x… AS [N]VARCHAR(…)))`
 *   — the sqlmap/WAF-evasion encodings (the hex and base64 tampers, MSSQL `0x` casts);
 * - template filters that decode a literal where a playbook, chart or workflow runs it — Jinja2 /
 *   Ansible `{{ '…' | b64decode }}`, `{{ '…' | reverse }}`, `{{ '…' | urldecode }}`, Helm/Sprig
 *   `{{ "…" | b64dec }}` / `{{ b64dec "…" }}`.
 *
 * Each decoded literal takes the place of its call, so the command, SQL and posture rules read
 * what would run. A decoding that is not mostly printable text is left as it is.
 */
import {
  fromBase64,
  fromHex,
  fromPercent,
  printable,
  reverse,
  type Rewrite,
  utf16le,
} from "./_deobf_core.ts";

export const SQL_TEMPLATE_GATE =
  /hex_decode_string|base64_decode_string|unhex\s{0,2}\(|from_base64|hextoraw|decode\s{0,2}\(\s{0,2}'|cast\s{0,2}\(\s{0,2}0x|\|\s{0,2}(?:b64decode|b64dec|reverse|urldecode)\b|\bb64dec\s{1,3}\\?["']/i;

const keep = (s: string | undefined): s is string => s !== undefined && printable(s);

export const SQL_TEMPLATE_REWRITES: readonly Rewrite[] = [
  {
    re:
      /\b(?:try_)?(?:hex_decode_string|unhex|hextoraw)\s{0,2}\(\s{0,2}'((?:[0-9a-fA-F]{2}){4,20000})'\s{0,2}\)/gi,
    fn: (v, m) => {
      const s = fromHex(m[1]);
      return keep(s) ? v.tok(s) : undefined;
    },
  },
  {
    re:
      /\b(?:try_)?(?:base64_decode_string|from_base64)\s{0,2}\(\s{0,2}'([A-Za-z0-9+\/=\s]{8,40000})'\s{0,2}\)/gi,
    fn: (v, m) => {
      const s = fromBase64(m[1]);
      return keep(s) ? v.tok(s) : undefined;
    },
  },
  {
    // PostgreSQL `decode('…', 'hex'|'base64')`.
    re:
      /\bdecode\s{0,2}\(\s{0,2}'([A-Za-z0-9+\/=\s]{8,40000})'\s{0,2},\s{0,2}'(hex|base64)'\s{0,2}\)/gi,
    fn: (v, m) => {
      const s = m[2].toLowerCase() === "hex" ? fromHex(m[1]) : fromBase64(m[1]);
      return keep(s) ? v.tok(s) : undefined;
    },
  },
  {
    // SQL Server `CAST(0x… AS VARCHAR(…))` / `NVARCHAR` (UTF-16LE).
    re:
      /\bcast\s{0,2}\(\s{0,2}0x((?:[0-9a-fA-F]{2}){4,20000})\s{1,3}as\s{1,3}(n?)varchar\b[^)]{0,12}\)/gi,
    fn: (v, m) => {
      const bytes = fromHex(m[1]);
      const s = bytes === undefined ? undefined : m[2] ? utf16le(bytes) : bytes;
      return keep(s) ? v.tok(s) : undefined;
    },
  },
  {
    // Jinja2 / Ansible / Sprig: `{{ 'LIT' | filter }}` (one filter) or `{{ b64dec "LIT" }}`.
    re:
      /\{\{-?\s{0,3}(?:\\?(["'])([^"'\n{}\\]{1,8000})\\?\1\s{0,3}\|\s{0,3}(b64decode|b64dec|reverse|urldecode)|b64dec\s{1,3}\\?(["'])([^"'\n{}\\]{1,8000})\\?\4)\s{0,3}-?\}\}/gi,
    fn: (v, m) => {
      const lit = m[2] ?? m[5];
      const f = (m[3] ?? "b64dec").toLowerCase();
      const s = f === "reverse"
        ? reverse(lit)
        : f === "urldecode"
        ? fromPercent(lit)
        : fromBase64(lit);
      return keep(s) ? v.tok(s) : undefined;
    },
  },
];
