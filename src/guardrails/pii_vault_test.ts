import assert from "node:assert/strict";
import type { Finding } from "./types.ts";
import { FOREIGN_PLACEHOLDER, PiiVault, type ScanFn } from "./pii_vault.ts";
import { piiDetector, PiiOptionsSchema } from "./detectors/pii.ts";

const opts = PiiOptionsSchema.parse({});
const scan: ScanFn = (text, at) =>
  piiDetector.scan(text, { stage: "input", path: at.path, key: at.key }, opts);
const find = (text: string): Finding[] => scan(text, { path: "$" });

Deno.test("PiiVault.redact() swaps spans for stable placeholders", () => {
  const vault = new PiiVault();
  const text = "mail jane@example.com or jane@example.com, card 4111 1111 1111 1111";
  const red = vault.redact(text, find(text));
  assert.equal(
    red,
    "mail [[SMG_PII:EMAIL_1]] or [[SMG_PII:EMAIL_1]], card [[SMG_PII:CREDIT_CARD_1]]",
  );
  assert.equal(vault.size, 2);
  assert.equal(vault.restore(red), text);
});

Deno.test("PiiVault.redact() numbers distinct values per kind and ignores span-less findings", () => {
  const vault = new PiiVault();
  const text = "a@example.com b@example.com";
  const findings = [...find(text), { detector: "x", kind: "email", severity: "low", reason: "r" }];
  assert.equal(
    vault.redact(text, findings as Finding[]),
    "[[SMG_PII:EMAIL_1]] [[SMG_PII:EMAIL_2]]",
  );
});

Deno.test("PiiVault.redact() keeps the longer of overlapping spans and clamps bad spans", () => {
  const vault = new PiiVault();
  const f = (start: number, end: number): Finding => ({
    detector: "t",
    kind: "k",
    severity: "low",
    reason: "r",
    start,
    end,
  });
  assert.equal(
    vault.redact("abcdefgh", [f(2, 4), f(1, 6), f(7, 99), f(5, 5)]),
    "a[[SMG_PII:K_1]]g[[SMG_PII:K_2]]",
  );
});

Deno.test("PiiVault.restore() restores echoed, JSON-wrapped and URL-encoded placeholders", () => {
  const vault = new PiiVault();
  const red = vault.redact("to jane@example.com", find("to jane@example.com"));
  const ph = red.slice(3);
  const echoed = JSON.stringify({ msg: `sent to ${ph}` });
  assert.equal(vault.restore(echoed), JSON.stringify({ msg: "sent to jane@example.com" }));
  assert.equal(
    vault.restore("https://x/?to=" + encodeURIComponent(ph)),
    "https://x/?to=jane%40example.com",
  );
});

Deno.test("PiiVault.restore() neutralizes placeholders it did not create", () => {
  const other = new PiiVault();
  other.redact("x bob@example.com", find("x bob@example.com"));
  const vault = new PiiVault();
  vault.redact("x jane@example.com", find("x jane@example.com"));
  const out = vault.restore("[[SMG_PII:EMAIL_1]] [[SMG_PII:EMAIL_7]] [[SMG_PII:PHONE_1]]");
  assert.equal(out, `jane@example.com ${FOREIGN_PLACEHOLDER} ${FOREIGN_PLACEHOLDER}`);
  assert.ok(!out.includes("SMG_PII"));
  assert.ok(!new PiiVault().restore("%5b%5bSMG_PII%3aEMAIL_1%5d%5d").includes("SMG_PII"));
  assert.equal(new PiiVault().restore("plain [[text]]"), "plain [[text]]");
});

Deno.test("PiiVault.redactJson() redacts strings and keys without mutating the input", () => {
  const input = {
    to: "jane@example.com",
    list: ["call +1 202-555-0143", 3, null, true],
    nested: { "bob@example.com": { note: "ok" } },
    ["__proto__"]: "x",
  };
  const snapshot = structuredClone(input);
  const vault = new PiiVault();
  const red = vault.redactJson(input, scan) as Record<string, unknown>;
  assert.deepEqual(input, snapshot);
  assert.equal(red.to, "[[SMG_PII:EMAIL_1]]");
  assert.deepEqual(red.list, ["call [[SMG_PII:PHONE_1]]", 3, null, true]);
  assert.deepEqual(Object.keys(red.nested as object), ["[[SMG_PII:EMAIL_2]]"]);
  assert.equal(Object.getPrototypeOf(red), Object.prototype);
  assert.deepEqual(vault.restoreJson(red), input);
});

Deno.test("PiiVault.redactJson() passes paths and keys to the scan function", () => {
  const seen: string[] = [];
  new PiiVault().redactJson({ a: [{ Email: "x" }] }, (text, at) => {
    seen.push(`${at.path}|${at.key ?? ""}|${text}`);
    return [];
  });
  assert.ok(seen.includes("$.a[0].Email|email|x"));
  assert.ok(seen.includes("$.a[0].Email||Email"));
});

Deno.test("PiiVault.redactJson() handles very deep values without recursion", () => {
  let deep: unknown = "jane@example.com";
  for (let i = 0; i < 100_000; i++) deep = [deep];
  const vault = new PiiVault();
  let out = vault.redactJson(deep, scan);
  for (let i = 0; i < 100_000; i++) out = (out as unknown[])[0];
  assert.equal(out, "[[SMG_PII:EMAIL_1]]");
  assert.equal(vault.redactJson(42, scan), 42);
  assert.equal(vault.restoreJson("[[SMG_PII:EMAIL_1]]"), "jane@example.com");
});
