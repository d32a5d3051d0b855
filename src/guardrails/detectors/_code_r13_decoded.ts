/**
 * Round-13 code rules: dynamic code whose module name or source text is decoded at run time, so
 * no readable `os` or `child_process` is left for the other rules. Python `__import__`/
 * `importlib.import_module` given `bytes.fromhex(…)`, a base64/codecs decode, `chr()` joins or a
 * reversed string; JavaScript `Function`/`eval`/`vm.run*` given `Buffer.from(…)`, `atob(…)`,
 * `String.fromCharCode(…)` or `unescape(…)`. Ordinary code imports by name and decodes data, not
 * code, so these are unambiguous in any field.
 */
import type { Rule } from "./_code_rules.ts";

/** Run-time decoders of a string. */
const PY_DECODED = String
  .raw`(?:bytes\.fromhex|bytearray\.fromhex|(?:base64\.)?(?:b64|b32|b16|a85|b85|urlsafe_b64)decode|codecs\.decode|binascii\.(?:unhexlify|a2b_\w{1,10})|zlib\.decompress|['"]{2}\s*\.\s*join|chr\s*\(|['"][^'"\n]{1,40}['"]\s*\[\s*::\s*-1\s*\])`;
const JS_DECODED = String
  .raw`(?:Buffer\.from|atob|String\.fromCharCode|unescape|decodeURIComponent|(?:new\s+)?TextDecoder\b|zlib\.\w{1,20}Sync)`;

/** The rules (appended to `RULES` by the detector). */
export const R13_CODE_RULES: Rule[] = [
  {
    kind: "decoded_code_exec",
    // One pattern for both languages, starting at "(" (which V8 scans for): each rule costs a
    // pass over every view of the text.
    re: new RegExp(
      String
        .raw`(?<=\b(?:__import__|import_module|Function|eval|run\w{0,20}Context)\s{0,4})\(\s*(?:${PY_DECODED}|(?:['"][^'"\n]{0,40}['"]\s*,\s*)?${JS_DECODED}\s*\()`,
    ),
    severity: "high",
    anywhere: true,
    reason:
      "Code that imports a module or compiles source text decoded at run time (Python __import__, JavaScript Function/eval)",
  },
];
