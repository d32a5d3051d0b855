import assert from "node:assert/strict";
import type { FieldContext } from "../types.ts";
import { secretsDetector, SecretsOptionsSchema } from "./secrets.ts";

let seed = 5;
/** Deterministic pseudo-random string (fake values assembled at runtime). */
function rnd(n: number): string {
  const a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  let s = "";
  for (let i = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    s += a[(seed >> 8) % a.length];
  }
  return s;
}
const opts = SecretsOptionsSchema.parse({});
const field: FieldContext = { stage: "output", path: "$.content[0].text" };
const spans = (text: string): string[] =>
  secretsDetector.scan(text, field, opts).map((x) => text.slice(x.start, x.end));

const A = rnd(32);
const B = rnd(24);

Deno.test("secretsDetector.scan() finds cells of a CSV column named like a secret", () => {
  const csv = `id,name,api_key,created\n1,billing,${A},2026-01-02\n2,search,${B},2026-02-03\n`;
  assert.deepEqual(spans(csv), [A, B]);
});

Deno.test("secretsDetector.scan() finds cells of a TSV and a semicolon export", () => {
  assert.deepEqual(spans(`user\tpassword\tteam\nana\t${B}\tops\n`), [B]);
  assert.deepEqual(spans(`client;client_secret;scope\nweb;"${A}";read\n`), [A]);
});

Deno.test("secretsDetector.scan() finds cells of a Markdown table column 'Access token'", () => {
  const md = `| Service | Access token |\n|---|---|\n| CI | ${A} |\n`;
  assert.deepEqual(spans(md), [A]);
});

Deno.test("secretsDetector.scan() leaves tables without secret-looking cells alone", () => {
  assert.deepEqual(spans("name,token_count,secret_ref\nrun1,4096,vault:kv/app\n"), []);
  assert.deepEqual(spans("key,value\nregion,eu-west-1\nreplicas,3\n"), []);
  assert.deepEqual(spans("id,password_policy\n1,min12-upper-digit\n"), []);
  // Prose split at commas is not a header.
  const prose = "keys with structure, keys that are ordinary passwords, or keys like\n" +
    "&ldquo;secret:1&rdquo;, &ldquo;secret:2&rdquo;, and so on\n";
  assert.deepEqual(spans(prose), []);
});
