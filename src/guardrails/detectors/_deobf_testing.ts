/**
 * Test helper for the deobfuscator tables (`_deobf_*_test.ts`): a value is scanned as the
 * `command` argument of a shell tool by the command and code injection detectors, as the
 * recommended policy runs them; `find` names the finding that would block it.
 */
import { commandInjectionDetector } from "./command_injection.ts";
import { codeInjectionDetector, CodeInjectionOptionsSchema } from "./code_injection.ts";
import { kbCaseRunner } from "./_kb_testing.ts";
import type { FieldContext } from "../types.ts";

const CODE_OPTS = CodeInjectionOptionsSchema.parse({});
const field = (key: string): FieldContext => ({
  stage: "input",
  path: `$.${key}`,
  key,
  tool: "run_command",
});

/** `decoded` when either detector blocks the value as a `command` (or `code`) argument. */
export function findDecoded(text: string): { id: string } | undefined {
  for (const key of ["command", "code"]) {
    const f = [
      ...commandInjectionDetector.scan(text, field(key), { strict_keys: [], mode: "auto" }),
      ...codeInjectionDetector.scan(text, field(key), CODE_OPTS),
    ];
    if (f.some((x) => x.severity !== "low")) return { id: "decoded" };
  }
  return undefined;
}

/** One Deno test per case: `block` values must be caught, `pass` values must not. */
export const deobfCases = kbCaseRunner("deobf", findDecoded);

/** Encoders the tables use to write attack shapes (never fixture text). */
export const enc = {
  b64: (s: string) => btoa(s),
  u16b64: (s: string) => btoa([...s].map((c) => c + "\0").join("")),
  rev: (s: string) => [...s].reverse().join(""),
  hex: (s: string) => [...s].map((c) => c.charCodeAt(0).toString(16).padStart(2, "0")).join(""),
  codes: (s: string) => [...s].map((c) => c.charCodeAt(0)).join(","),
  rot13: (s: string) =>
    s.replace(/[a-z]/gi, (c) => {
      const b = c <= "Z" ? 65 : 97;
      return String.fromCharCode((c.charCodeAt(0) - b + 13) % 26 + b);
    }),
  oct: (s: string) => [...s].map((c) => "\\" + c.charCodeAt(0).toString(8)).join(""),
};
