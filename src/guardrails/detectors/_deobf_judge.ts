/**
 * One shared judgement of the decoded views of `_deobf.ts` for the code injection detector: a
 * payload fetched and run, secrets read and sent, antivirus told to look away or a live
 * credential that appears only after decoding (`_obf_r38.ts` `decodedDanger`), a destructive
 * command (a system or data tree deleted, a disk wiped, backups removed), attacker
 * tradecraft (`_tradecraft.ts`), a weakened setting (`_posture.ts`), a database pivot
 * (`_dbabuse.ts`) or a planted application weakness (`_appsec.ts`) the decoded text shows and the
 * raw text did not.
 *
 * When a decoder chain cannot be undone (its input is a variable, a file or a request field, or
 * the bytes are not a stream the decoders read), the shape itself is close to proof: code that
 * executes what it has just decoded (`IEX` of a `-join`ed `[char]` list or a decompressed stream,
 * `Function(atob(…))()`, `eval(base64_decode(…))`, `exec(zlib.decompress(b64decode(…)))`). That is
 * reported as `obfuscated_execution`, read on the most decoded view so a literal that decoded to
 * harmless code is not reported, and never for decoding alone.
 */
import { deobfuscate } from "./_deobf.ts";
import { inSentence } from "./_kb_mention.ts";
import { decodedDanger } from "./_obf_r38.ts";
import { type RoundMechanism, roundMechanism } from "./_round_code.ts";
import { tradecraftRule } from "./_tradecraft.ts";
import { postureRule } from "./_posture.ts";
import { dbAbuseRule } from "./_dbabuse.ts";
import { appsecRule } from "./_appsec.ts";

/** Execution of a value decoded in the same expression (what is left when decoding failed). */
const EXEC_DECODED = new RegExp(
  [
    // PHP: eval/assert/create_function/preg_replace of a decoder call.
    String
      .raw`\b(?:eval|assert|create_function)\s{0,2}\(\s{0,2}(?:['"]{2}\s{0,2},\s{0,2})?(?:@\s{0,2})?(?:gzinflate|gzuncompress|gzdecode|base64_decode|str_rot13|strrev|hex2bin|convert_uudecode)\s{0,2}\(`,
    // Python: exec/eval/compile of a decoder or unmarshal.
    String
      .raw`\b(?:exec|eval)\s{0,2}\(\s{0,2}(?:compile\s{0,2}\(\s{0,2})?(?:zlib\.decompress|lzma\.decompress|bz2\.decompress|gzip\.decompress|marshal\.loads|(?:base64\.)?b(?:64|32|16|85)decode|codecs\.decode|bytes\.fromhex|binascii\.unhexlify)\s{0,2}\(`,
    // JavaScript: Function/eval of atob/Buffer/fromCharCode, immediately or later called.
    String
      .raw`\b(?:new\s{1,3})?(?:Function|eval)\s{0,2}\(\s{0,2}(?:atob|Buffer\.from|String\.fromCharCode|unescape|decodeURIComponent)\s{0,2}\(`,
    // PowerShell: IEX / scriptblock of a decompressed stream, a char-code join or a SecureString.
    String
      .raw`\b(?:iex|invoke-expression|\[scriptblock\]::create)\b[^\n]{0,200}?(?:deflatestream|gzipstream|securestringtobstr|ptrtostring\w{0,6}|-join\s{0,2}\[char\[\]\]|\[char\[\]\]\s{0,2}\()`,
    String
      .raw`(?:deflatestream|gzipstream|securestringtobstr|\[char\[\]\])[^\n]{0,300}?(?:\|\s{0,2}(?:iex|invoke-expression)\b|\.invoke\s{0,2}\(\s{0,2}\))`,
    // Round 44: text rebuilt from character codes in a loop (any radix: `[Convert]::ToInt32($_,8)`,
    // `chr(int(x, 8))`, `String.fromCharCode(parseInt(x, 16))`) and executed, on the same line or
    // a few lines later through a variable (`& ([scriptblock]::Create($k))`).
    String
      .raw`(?:%|foreach(?:-object)?)\s{0,2}\{\s{0,2}\[char\]\s{0,2}(?:\[(?:system\.)?convert\]::to(?:int(?:16|32|64)|byte)\s{0,2}\(\s{0,2}\$_|\(?\s{0,2}\[int\]\s{0,2}\$_|\$_)[^\n]{0,80}\}[\s\S]{0,400}?(?:\biex\b|\binvoke-expression\b|\[scriptblock\]::create\b|\.invoke\s{0,2}\(\s{0,2}\))`,
    String
      .raw`\b(?:exec|eval)\s{0,2}\(\s{0,2}(?:["']{2}|b["']{2})\.join\s{0,2}\(\s{0,2}(?:map\s{0,2}\(\s{0,2})?(?:chr\b|\(?\s{0,2}chr\s{0,2}\()`,
    String
      .raw`\b(?:new\s{1,3})?(?:Function|eval)\s{0,2}\([^\n]{0,200}?String\.fromCharCode\s{0,2}\(\s{0,2}parseInt\s{0,2}\(`,
    // Perl / Ruby: eval of unpack/pack/decode.
    String
      .raw`\beval\s{0,2}\(?\s{0,2}(?:pack\s{0,2}\(|decode_base64\s{0,2}\(|Base64\.(?:strict_)?decode64\s{0,2}\(|Zlib::Inflate)`,
  ].join("|"),
  "i",
);
/**
 * A destructive command: a recursive delete of the root, the home directory or a system or data
 * tree (`rm -rf /var/lib/mysql`), a file system made or a disk overwritten, a fork bomb, shadow
 * copies or the backup catalog deleted, a drive formatted, the Windows or user tree removed. Read
 * on decoded views only, where nobody writes such a command for documentation's sake; `rm` in
 * command position only (a decoded line printed into a notes file runs nothing).
 */
const WIPE = new RegExp(
  [
    String
      .raw`(?<=^|[\n;&|({'"\x60]\s{0,3}|\b(?:sudo|xargs|exec|then|do)\s{1,3})rm(?=[^\n;|&]{0,40}?\s(?:-[a-z]{0,4}r|--recursive))\s{1,3}(?:-{1,2}[a-z-]{1,20}\s{1,3}){1,4}(?:\/\*?|~\/?|\$HOME\/?|\/(?:usr|etc|lib|lib64|bin|sbin|boot|var|home|srv|opt|root|mnt)(?:\/[\w.*-]{1,40}){0,3})(?=[\s;&|'")]|$)`,
    String.raw`\bmkfs\.\w|\bdd\s[^\n]{0,60}\bof=\/dev\/(?:sd|nvme|hd|xvd|vd|disk)`,
    String.raw`:\(\)\s{0,2}\{\s{0,2}:\s{0,2}\|\s{0,2}:\s{0,2}&\s{0,2}\}\s{0,2};\s{0,2}:`,
    String
      .raw`\bvssadmin(?:\.exe)?\s{1,3}delete\s{1,3}shadows|\bwbadmin(?:\.exe)?\s{1,3}delete\s{1,3}(?:catalog|systemstatebackup)|\bformat(?:\.com)?\s{1,3}[c-z]:\s{0,3}\/[qy]`,
    String
      .raw`\b(?:remove-item|rm|del|rd|rmdir)\b[^\n]{0,60}(?:-recurse|\/s\b)[^\n]{0,60}(?:[c-z]:\\(?:windows|users)?(?=[\s'";]|$)|\$env:(?:systemroot|userprofile|windir))`,
  ].join("|"),
  "i",
);
const WIPE_GATE =
  /\brm\s|mkfs|\bdd\s|:\(\)|vssadmin|wbadmin|format|remove-item|\bdel\s|\brd\s|rmdir/i;
/** {@link WIPE} on `text`. */
function wipes(text: string): boolean {
  return WIPE_GATE.test(text) && WIPE.test(text);
}

/** A text that starts by executing a run-time value (a subexpression or a variable). */
const STAGED =
  /^\s{0,4}(?:(?:iex|invoke-expression)\s{0,2}(?:\(\s{0,2}(?!['"])|\$)|(?:eval|exec)\s{0,2}\(\s{0,2}\$)/i;
const EXEC_GATE = /eval|assert|exec|function|iex|invoke-expression|scriptblock|\.invoke/i;

/** The decoded-view judgement (see the module comment). */
export const deobfMechanism: RoundMechanism = roundMechanism((text, hit) => {
  const sinks: string[] = [];
  const views = deobfuscate(text, sinks);
  if (views.length === 0) {
    if (!EXEC_GATE.test(text) || !EXEC_DECODED.test(text)) return undefined;
    return inSentence(text, EXEC_DECODED, 8) ? undefined : hit(
      "obfuscated_execution",
      "Code that executes text it decodes at run time (the payload cannot be read back)",
    );
  }
  const rawDanger = decodedDanger(text);
  const rawTrade = tradecraftRule(text);
  for (const v of views) {
    const d = decodedDanger(v);
    if (d && !rawDanger) {
      return hit("obfuscated_code", `Hidden payload: ${d} once the obfuscation is undone`);
    }
    if (wipes(v) && !wipes(text)) {
      return hit(
        "obfuscated_code",
        "Hidden payload: a destructive command once the obfuscation is undone",
      );
    }
    const t = tradecraftRule(v);
    if (t && !rawTrade) {
      return hit(
        "obfuscated_code",
        `Hidden payload: ${t.why} (${t.id}) once the obfuscation is undone`,
      );
    }
    // A weakened setting or a database pivot that only the decoded text shows (a grant hidden in
    // `EXECUTE IMMEDIATE HEX_DECODE_STRING('…')`, a daemon flag behind a template filter).
    // … or a planted application weakness (a card skimmer whose selectors, sender and URL are
    // char codes).
    const p = postureRule(v) ?? dbAbuseRule(v) ?? appsecRule(v);
    if (p && !(postureRule(text) ?? dbAbuseRule(text) ?? appsecRule(text))) {
      return hit(
        "obfuscated_code",
        `Hidden payload: ${p.why} (${p.id}) once the obfuscation is undone`,
      );
    }
  }
  // A decoded payload handed to an executor that itself executes a run-time value (`IEX (get)`,
  // `eval($x)`): a second stage that cannot be read back either.
  for (const v of sinks) {
    if (STAGED.test(v)) {
      return hit(
        "obfuscated_execution",
        "Code that executes text it decodes at run time (the payload cannot be read back)",
      );
    }
  }
  const last = views[views.length - 1];
  if (EXEC_GATE.test(last) && EXEC_DECODED.test(last) && !inSentence(last, EXEC_DECODED, 8)) {
    return hit(
      "obfuscated_execution",
      "Code that executes text it decodes at run time (the payload cannot be read back)",
    );
  }
  return undefined;
});
