/**
 * Round-19 code-injection mechanism: code hidden as a hex string and decoded at run time by the
 * language itself — Perl `eval pack('H*', '…')`, Ruby `eval(['…'].pack('H*'))`, PHP
 * `eval(hex2bin('…'))` / `system(pack('H*', …))`, Python `exec(bytes.fromhex('…'))` /
 * `binascii.unhexlify`. The hex is decoded and the plain text judged: a command-running call, a
 * backtick, a download or a pipe into a shell. A hex literal that decodes to data (a colour table,
 * a hash) passes.
 *
 * Judged once per argument (raw text, input stage) behind a literal gate; every pattern is bounded
 * with no nested quantifiers.
 */
import type { FieldContext, Finding } from "../types.ts";

/** A hex literal handed to one of those decoders (quoted, 16+ digits). */
const HEX_DECODED =
  /(?:\bpack\s{0,4}\(?\s{0,4}['"]H\*?['"]\s{0,4},\s{0,4}|\]\s{0,4}\.\s{0,4}pack\s{0,4}\(?\s{0,4}['"]H\*?['"]|\bhex2bin\s{0,4}\(\s{0,4}|\bfromhex\s{0,4}\(\s{0,4}|\bunhexlify\s{0,4}\(\s{0,4}b?|\bdecode\s{0,4}\(\s{0,4}b?)['"]?([0-9a-fA-F]{16,8192})['"]?(?:\s{0,4},\s{0,4}['"]hex['"])?/g;
/** A hex literal before Ruby's `].pack('H*')` (the literal comes first there). */
const RUBY_HEX = /\[\s{0,4}['"]([0-9a-fA-F]{16,8192})['"]\s{0,4}\]\s{0,4}\.\s{0,4}pack\b/g;
/** What decoded code must not do: run commands or code, download, pipe into a shell. */
const RUNS =
  /\b(?:system|exec|eval|popen|passthru|shell_exec|proc_open|spawn|qx|assert|create_function)\b\s{0,4}[({'"]|\bqx\s{0,2}[{(\/|]|`[^`\n]{1,300}`|\b(?:os|subprocess|Kernel|IO|Open3)\s{0,2}\.\s{0,2}\w{1,20}|\b(?:curl|wget)\s|\|\s{0,4}(?:\/bin\/)?(?:ba|z|da)?sh\b|\/dev\/tcp\/|\bsocket\b|\bRuntime\b|child_process|__import__/i;

/** Decode an even-length hex string to Latin-1 text (undefined when it is not mostly printable). */
function hexText(hex: string): string | undefined {
  const even = hex.length & ~1;
  let out = "";
  let odd = 0;
  for (let i = 0; i < even; i += 2) {
    const c = parseInt(hex.slice(i, i + 2), 16);
    if (c < 9 || (c > 13 && c < 32) || c > 126) odd++;
    out += String.fromCharCode(c);
  }
  return odd * 10 > out.length ? undefined : out;
}

/** True when a hex literal decoded by the language reads as code that runs something. */
function hexRunsCode(text: string): boolean {
  for (const re of [HEX_DECODED, RUBY_HEX]) {
    re.lastIndex = 0;
    for (let m = re.exec(text), n = 0; m && n < 8; m = re.exec(text), n++) {
      const plain = hexText(m[1]);
      if (plain && RUNS.test(plain)) return true;
    }
  }
  return false;
}

/** A finding when `text` hides command-running code in a hex string the language decodes. */
export function r19Mechanism(
  text: string,
  field: FieldContext,
  where: string,
): Finding | undefined {
  // One gate: pack/unpack H*, hex2bin, fromhex, unhexlify and codecs' "hex" all spell one of these.
  if (
    field.stage !== "input" || text.length > 65536 || !(text.includes("H*") || text.includes("hex"))
  ) {
    return undefined;
  }
  if (!hexRunsCode(text)) return undefined;
  return {
    detector: "code_injection",
    kind: "obfuscated_code",
    severity: "critical",
    reason:
      `Value of ${where} hides code that runs commands in a hex string decoded at run time (pack H*, hex2bin, fromhex)`,
  };
}
