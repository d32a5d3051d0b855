import { strictEqual } from "node:assert/strict";
import { secretsDetector } from "./secrets.ts";
import { base64Text, checksumOk, reversedTokens, splitTokens } from "./_secrets_r6_disguise.ts";
import type { FieldContext } from "../types.ts";

// Tokens are assembled at run time so this file holds no scannable credential.
const GH = "gh" + "p_";
const NPM = "np" + "m_";
const G1 = "zymMlopiWfqUyHRSIf8NFmAUNLnY5Y0fCMcF";
const G2 = "x0y3RnjDQl2Kvf8THRXfEuzcrJaBnx2yrFbw";
const N1 = "7IfDH5mMDdwin86TkVYCM7l8GQlchb13JFEo";
const field: FieldContext = { stage: "input", path: "$.text", key: "text" };
const opts = { min_entropy: 3, allow_patterns: [], kinds: undefined };
const found = (text: string, key = "text") =>
  secretsDetector.scan(text, { ...field, key }, opts).filter((f) => f.severity !== "low");

Deno.test("checksumOk() accepts base62 CRC32 tails and rejects a changed character", () => {
  strictEqual(checksumOk(G1), true);
  strictEqual(checksumOk(G1.slice(0, 35) + (G1[35] === "a" ? "b" : "a")), false);
});

Deno.test("secretsDetector.scan() finds GitHub and npm tokens cut into pieces", () => {
  for (
    const t of [
      `token: ${GH}${G1.slice(0, 12)} ${G1.slice(12)}`,
      `"${GH}${G2.slice(0, 18)}" + "${G2.slice(18)}"`,
      `${NPM}${N1.slice(0, 10)}-${N1.slice(10, 20)}-${N1.slice(20)}`,
      `first ${GH}${G1.slice(0, 20)}\nsecond ${G1.slice(20)}`,
    ]
  ) strictEqual(found(t).length > 0, true, t);
  strictEqual(splitTokens(`${GH}${G1.slice(0, 12)} ${G1.slice(12)}`).length, 1);
});

Deno.test("secretsDetector.scan() passes short prefixed words followed by other words", () => {
  for (
    const t of [
      "rename ghp_ prefix handling in scanner then ship",
      "npm_config_cache is set by npm for scripts and lifecycle hooks",
      `${GH}${G1.slice(0, 12)} ${G2.slice(12)}`,
    ]
  ) strictEqual(found(t).length, 0, t);
});

Deno.test("secretsDetector.scan() finds tokens written backwards", () => {
  const stripe = "sk_" + "live_" + "7nqV2VADJHONXO1WMXsmVbgZteLc9dAtxJO8TLKs";
  const gitlab = "glp" + "at-" + "mWg3YzzYlqDvi4i5C32S";
  const rev = (s: string) => [...s].reverse().join("");
  for (
    const t of [
      `backwards: ${rev(stripe)}`,
      `${rev(GH + G2)} (read right to left)`,
      `key=${rev(gitlab)}`,
    ]
  ) strictEqual(found(t).length > 0, true, t);
  const plain = "my_config_fh and some_file_mpn";
  strictEqual(reversedTokens(plain, [plain.indexOf("_fh"), plain.indexOf("_mpn")]).length, 0);
  strictEqual(found("the branch feature_evil_ks was merged").length, 0);
});

Deno.test("secretsDetector.scan() finds a secret inside a whole-base64 value", () => {
  const stripe = "sk_" + "live_" + "7nqV2VADJHONXO1WMXsmVbgZteLc9dAtxJO8TLKs";
  for (
    const t of [
      btoa(stripe),
      btoa(`DB_PASSWORD=Xq7!pL2#vR9$wK4m\nDB_USER=app\n`),
      btoa(`${GH}${G1}`),
    ]
  ) strictEqual(found(t, "value").length > 0, true, t);
  strictEqual(found(btoa("hello world, nothing to see here"), "value").length, 0);
  strictEqual(
    base64Text(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
    ),
    undefined,
  );
});
