/**
 * Round-45 obfuscation techniques (hidden payloads run at once), each across the languages it is
 * written in:
 *
 * - code run from a list of code points: Ruby `eval [114, 101, …].pack('U*')`, Python
 *   `exec(bytes([105, 109, …]).decode())` / `exec(''.join(map(chr, […])))`, PowerShell
 *   `iex ([char[]](105,101,…) -join '')`, JavaScript `eval(String.fromCharCode(…))`;
 * - a blob DECRYPTED with a key written next to it and then run: PowerShell `ConvertTo-SecureString
 *   … -Key` / `CreateDecryptor()` / `ProtectedData]::Unprotect` followed by `[scriptblock]::Create`
 *   or `Invoke-Expression` (real encryption used as packing);
 * - a .NET assembly downloaded into memory and loaded with `[Reflection.Assembly]::Load(…)`
 *   (fileless loading: the code never touches disk, so no file is scanned);
 * - dynamic SQL whose text is decoded at run time by a character substitution or reversal:
 *   PL/pgSQL `EXECUTE translate(…)` / `EXECUTE reverse(…)`, T-SQL `EXEC(REVERSE(…))`, MySQL
 *   `PREPARE s FROM REVERSE(…)`.
 *
 * Bounded windows, no nested quantifiers over overlapping classes.
 */

/** Cheap gate: one of the sinks' names. */
const GATE = /eval|exec|iex|invoke-expression|scriptblock|assembly|execute|prepare/i;

/** A run of at least 20 comma-separated small integers (code points). */
const CODES = String.raw`\d{1,7}(?:\s{0,3},\s{0,3}\d{1,7}){19,}`;
const CODE_POINT_EXEC = new RegExp(
  [
    // Ruby: eval / instance_eval / system of an array packed into text
    String
      .raw`\b(?:eval|instance_eval|class_eval|module_eval|system|exec|%x)\s{0,3}\(?\s{0,3}\[\s{0,3}${CODES}\s{0,3}\]\s{0,3}\.pack\s{0,3}\(?\s{0,3}['"][UcC]\*?['"]`,
    // Python: exec/eval of bytes([...]).decode() or ''.join(map(chr, [...]))
    String
      .raw`\b(?:exec|eval)\s{0,3}\(\s{0,3}(?:bytes\s{0,3}\(\s{0,3}\[\s{0,3}${CODES}\s{0,3}\]\s{0,3}\)\s{0,3}\.decode|["']{2}\s{0,3}\.join\s{0,3}\(\s{0,3}(?:map\s{0,3}\(\s{0,3}chr\s{0,3},\s{0,3}\[\s{0,3}${CODES}|chr\s{0,3}\(\s{0,3}\w{1,10}\s{0,3}\)\s{1,3}for\s{1,3}\w{1,10}\s{1,3}in\s{1,3}\[\s{0,3}${CODES}))`,
    // PowerShell: iex of [char[]](...) -join ''
    String
      .raw`(?:\biex\b|\binvoke-expression\b|\[scriptblock\]::create)\s{0,3}\(?\s{0,3}\(?\s{0,3}(?:-join\s{0,3})?\(?\s{0,3}\[char\[\]\]\s{0,3}\(?\s{0,3}${CODES}`,
  ].join("|"),
  "i",
);

/** A decryption with a key the script itself carries, then the plain text run as code. */
const DECRYPT_THEN_RUN =
  /(?:\bConvertTo-SecureString\b[^\n]{0,300}\s-(?:Key|SecureKey)\b|\.CreateDecryptor\s{0,3}\(|\bProtectedData\]::Unprotect\s{0,3}\()[\s\S]{0,1500}?(?:\[scriptblock\]::Create\s{0,3}\(|\bInvoke-Expression\b|(?:^|[\s;|(])iex\b|\.InvokeScript\s{0,3}\()/im;

/** A download kept in memory and loaded as a .NET assembly. */
const DOWNLOAD_ASSEMBLY_LOAD =
  /\b(?:Invoke-WebRequest|Invoke-RestMethod|iwr|irm|DownloadData|DownloadString|Net\.WebClient|HttpClient|GetByteArrayAsync|GetStreamAsync|Start-BitsTransfer)\b[\s\S]{0,800}?\[(?:System\.)?Reflection\.Assembly\]::Load\s{0,3}\(|\bAssembly\.Load\s{0,3}\(\s{0,3}(?:await\s{1,3})?\w{1,30}\.(?:GetByteArrayAsync|DownloadData)\s{0,3}\(/i;

/** Dynamic SQL decoded at run time by a substitution or reversal. */
const SQL_DECODED_EXEC =
  /\bexecute\s{1,4}(?:translate|reverse|convert_from|decode)\s{0,3}\(|\bexec(?:ute)?\s{0,3}\(\s{0,3}(?:reverse|translate)\s{0,3}\(|\bprepare\s{1,4}\w{1,40}\s{1,4}from\s{1,4}(?:reverse|from_base64|unhex)\s{0,3}\(/i;

/** A round-45 obfuscation technique in `text`, or undefined. */
export function r45Obfuscated(text: string): string | undefined {
  if (text.length < 30 || text.length > 100000 || !GATE.test(text)) return undefined;
  if (CODE_POINT_EXEC.test(text)) return "code run from a list of code points turned into text";
  if (DECRYPT_THEN_RUN.test(text)) {
    return "a blob decrypted with a key carried in the script, then run as code";
  }
  if (DOWNLOAD_ASSEMBLY_LOAD.test(text)) {
    return "a downloaded .NET assembly loaded straight into memory (fileless loading)";
  }
  if (SQL_DECODED_EXEC.test(text)) {
    return "dynamic SQL whose text is decoded at run time (substitution, reversal)";
  }
  return undefined;
}
