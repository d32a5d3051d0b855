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
import { shellDeobfuscate } from "./_cmd_deobf.ts";
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
    // Round 45: a SecureString decrypted with a key written in the same script (AES, not
    // readable here) and its plain text executed a few lines later through a variable.
    String
      .raw`\bptrtostring\w{0,6}\s{0,2}\([\s\S]{0,400}?(?:\biex\b|\binvoke-expression\b|\[scriptblock\]::create\b)\s{0,2}\(?\s{0,2}\$\w`,
    // .NET in-memory loading: an assembly whose bytes are decoded from base64 or downloaded, then
    // invoked (Invoke-Obfuscation's and the loaders' reflective launchers).
    String
      .raw`(?:frombase64string|downloaddata|invoke-webrequest|\biwr\b|deflatestream|gzipstream)[^\n]{0,300}\n?[^\n]{0,300}\[(?:system\.)?reflection\.assembly\]::load\s{0,2}\(\s{0,2}\$\w{1,40}\s{0,2}\)[\s\S]{0,400}?(?:\.invoke\s{0,2}\(|\.entrypoint\b)`,
    String
      .raw`\[(?:system\.)?reflection\.assembly\]::load\s{0,2}\(\s{0,2}(?:\[(?:system\.)?convert\]::frombase64string|\(?\s{0,2}new-object\s{1,3}(?:system\.)?net\.webclient\s{0,2}\)?\s{0,2}\.downloaddata)\s{0,2}\(\s{0,2}(?:'[^'\n]{0,200000}'|"[^"\n]{0,200000}"|\$\w{1,40})\s{0,2}\)\s{0,2}\)[\s\S]{0,400}?(?:\.invoke\s{0,2}\(|\.entrypoint\b)`,
    // Round 46: text rebuilt from a string of binary digits (`int(bits[i:i+8], 2)`,
    // `[Convert]::ToByte($_, 2)`) and run — the bits can come from anything (letter case, spaces,
    // zero-width characters), so the payload cannot be read back here.
    String
      .raw`\b(?:os\.system|os\.popen|subprocess\.(?:run|call|Popen|check_output|check_call)|exec|eval)\s{0,2}\([^\n]{0,200}?\bint\s{0,2}\([^\n()]{0,60}(?:\[[^\n\]]{0,40}\])?[^\n()]{0,20},\s{0,2}2\s{0,2}\)`,
    String
      .raw`\[(?:system\.)?convert\]::to(?:byte|int(?:16|32))\s{0,2}\([^\n]{1,80}?,\s{0,2}2\s{0,2}\)[\s\S]{0,300}?(?:\biex\b|\binvoke-expression\b|\[scriptblock\]::create\b)`,
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
      .raw`(?<=^\s{0,3}|[\n;&|({\['"\x60]\s{0,3}|\b(?:sudo|xargs|exec|then|do|eval)\s{1,3}|\s-c\s{1,3}|(?:^|\s)(?:\/usr)?\/bin\/)rm(?=[^\n;|&]{0,40}?\s(?:-[a-z]{0,4}r|--recursive))\s{1,3}(?:-{1,2}[a-z-]{1,20}\s{1,3}){1,4}(?:\/\*?|~\/?|\$HOME\/?|\/(?:usr|etc|lib|lib64|bin|sbin|boot|var|home|srv|opt|root|mnt)(?:\/[\w.*-]{1,40}){0,3})(?=[\s;&|'")}\]]|$)`,
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

/**
 * A credential store read: a reading command or call followed by the store's path (SSH keys,
 * cloud and registry credentials, the shadow file, browser and keychain stores, the SAM hive).
 * Read on decoded views only, where it appears because it was hidden (`cat /etc/hostname` hidden
 * the same way is not reported).
 */
const CRED_READ = new RegExp(
  String
    .raw`(?:\b(?:cat|tac|less|more|head|tail|strings|xxd|od|base64|cp|scp|tar|zip|nl|type|get-content|gc|copy(?:-item)?|readfile(?:sync)?|file_get_contents|read_text|read_bytes|open|file\.read|io\.read)\b)[^\n;|&]{0,80}?(?:\.ssh[\/\\](?:id_\w{2,8}|authorized_keys|config)|\bid_(?:rsa|ed25519|ecdsa|dsa)\b|\.aws[\/\\]credentials|\.kube[\/\\]config|\.docker[\/\\]config\.json|\.npmrc|\.netrc|\.pypirc|\.git-credentials|\/etc\/(?:shadow|gshadow|sudoers)\b|\.gnupg|\bwallet\.dat|\blogin data\b|\bcookies\.sqlite|\bkey[34]\.db|\blogins\.json|\bconfig[\/\\]sam\b|\\sam\b|\.config[\/\\]gcloud)`,
  "i",
);
const CRED_GATE =
  /\.ssh|id_|\.aws|\.kube|\.docker|netrc|npmrc|pypirc|credentials|shadow|sudoers|gnupg|wallet|login|cookies|key[34]|sam\b|gcloud/i;
/** {@link CRED_READ} on `text`. */
function readsCredentials(text: string): boolean {
  return CRED_GATE.test(text) && CRED_READ.test(text);
}

/**
 * A reverse shell: a socket opened to a host and what it receives run as commands (Ruby
 * `TCPSocket` + backticks, Python `socket` + `subprocess`/`pty`, PowerShell `TCPClient` + `iex`,
 * Perl `IO::Socket::INET` + `system`, PHP `fsockopen` + `proc_open`/`shell_exec`, Node
 * `net.Socket` + `child_process`). Read on decoded views only.
 */
const SOCKET =
  /\bTCPSocket\.(?:new|open)\b|\bsocket\.socket\s{0,2}\(|\.connect\s{0,2}\(\s{0,2}\(\s{0,2}["']|\bNet\.Sockets\.TCPClient\b|\bIO::Socket::INET\b|\bfsockopen\s{0,2}\(|\bnew\s{1,3}net\.Socket\b|\bnet\.connect\s{0,2}\(|\.connect\s{0,2}\(\s{0,2}\d{2,5}\s{0,2},\s{0,2}["']|\bSocket\s{0,2}\(\s{0,2}S,\s{0,2}PF_INET/i;
const RUNNER =
  /`#\{|%x\{|\b(?:system|exec|spawn|popen|proc_open|shell_exec|passthru)\s{0,2}\(|\bsubprocess\b|\bpty\.spawn\b|\bos\.dup2\b|\biex\b|\binvoke-expression\b|\bchild_process\b|\b(?:\/bin\/)?(?:ba)?sh\s{1,3}-i\b|\bcmd(?:\.exe)?\b/i;
/** {@link SOCKET} and {@link RUNNER} in `text`. */
function reverseShell(text: string): boolean {
  return SOCKET.test(text) && RUNNER.test(text);
}

/**
 * A shell trick inside a word or between words (Bashfuscator's token obfuscators, the
 * PayloadsAllTheThings filter-bypass lines): `r''m`, `c\at`, `c${u}at`, `c$@at`, `c[a]t`,
 * `w^h^o`, `cat${IFS}…`, `$'\x72…'`, `{rm,-rf,…}`, `/???/c?t`. Nobody writes a command name that
 * way but to hide it.
 */
const SHELL_TRICK =
  /[a-z](?:''|""|\\|\$\{\w{1,16}\}|\$[@*]|\[[a-z]\]|\^)[a-z]|\$\{?IFS\b|\$'\\(?:x|[0-7])|(?:^|[\s;|&(])\{[a-z]{1,12},[^{}\s]{1,80}\}|\/\?{1,4}\/|[a-z]\$\(\s{0,2}\)[a-z]|\b(?:echo\s{1,3}-[eE]|printf)\s{1,3}['"]?\\(?:x[0-9a-f]{2}|[0-7]{3})/i;

/** A text that starts by executing a run-time value (a subexpression or a variable). */
const STAGED =
  /^\s{0,4}(?:(?:iex|invoke-expression)\s{0,2}(?:\(\s{0,2}(?!['"])|\$)|(?:eval|exec)\s{0,2}\(\s{0,2}\$)/i;
const EXEC_GATE =
  /eval|assert|exec|function|iex|invoke-expression|scriptblock|\.invoke|os\.(?:system|popen)|subprocess/i;

/** The decoded-view judgement (see the module comment). */
export const deobfMechanism: RoundMechanism = roundMechanism((text, hit) => {
  const sinks: string[] = [];
  const views = deobfuscate(text, sinks);
  // The shell's own quoting and expansion tricks undone (`_cmd_deobf.ts`): judged for what the
  // command injection rules leave to the operator (a data tree deleted, a credential store read),
  // which only its hiding makes a finding.
  if (SHELL_TRICK.test(text)) {
    const plain = shellDeobfuscate(text);
    if (plain !== undefined) views.push(plain);
  }
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
    if (reverseShell(v) && !reverseShell(text)) {
      return hit(
        "obfuscated_code",
        "Hidden payload: a reverse shell (a socket whose input is run) once the obfuscation is undone",
      );
    }
    if (readsCredentials(v) && !readsCredentials(text)) {
      return hit(
        "obfuscated_code",
        "Hidden payload: a credential store read once the obfuscation is undone",
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
