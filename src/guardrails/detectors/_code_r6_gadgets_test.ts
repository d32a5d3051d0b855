import { strictEqual } from "node:assert/strict";
import { encodedGadget, prototypePollution } from "./_code_r6_gadgets.ts";

Deno.test("encodedGadget() flags base64 pickles, Java streams and YAML object tags under any name", () => {
  for (
    const a of [
      "Y3N1YnByb2Nlc3MKY2hlY2tfb3V0cHV0CihTJ2lkJwp0Ui4=",
      "gASVHgAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjAJpZJSFlFKULg==",
      "Y2J1aWx0aW5zCmV2YWwKKFMnX19pbXBvcnRfXygib3MiKS5zeXN0ZW0oImlkIiknCnRSLg==",
      "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA==",
      "ISFweXRob24vb2JqZWN0L2FwcGx5OnN1YnByb2Nlc3MuY2hlY2tfb3V0cHV0IFtbJ2lkJ11d",
    ]
  ) strictEqual(typeof encodedGadget(a), "string", a);
});

Deno.test("encodedGadget() passes base64 images, plain pickled data and encoded JSON", () => {
  for (
    const b of [
      "gASVEAAAAAAAAAB9lIwEdXNlcpSMA2FubpRzLg==",
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
      "eyJjYXJ0IjpbMSwyLDNdLCJsb2NhbGUiOiJlbi1HQiJ9",
      "dGhpcyBpcyBqdXN0IGEgc2VudGVuY2Uu",
      "not base64 at all, just words",
    ]
  ) strictEqual(encodedGadget(b), undefined, b);
});

Deno.test("prototypePollution() flags __proto__ keys, constructor.prototype keys and assigning paths", () => {
  strictEqual(
    typeof prototypePollution("__proto__", "$.arguments.options.__proto__<key>", undefined),
    "string",
  );
  strictEqual(
    typeof prototypePollution("prototype", "$.arguments.a.constructor.prototype<key>", undefined),
    "string",
  );
  for (
    const [v, k] of [
      ["settings.__proto__.isAdmin", "path"],
      ["a[__proto__][polluted]", "field"],
      ["constructor.prototype.shell", "key"],
      ['{"user": {"__proto__": {"role": "admin"}}}', "body"],
      ["?__proto__[debug]=1", "qs"],
      ["x=1&constructor[prototype][isAdmin]=true", "form"],
    ]
  ) strictEqual(typeof prototypePollution(v, "$.arguments." + k, k), "string", v);
});

Deno.test("prototypePollution() passes other keys, prose and code searches", () => {
  strictEqual(
    prototypePollution("prototype", "$.arguments.design.prototype<key>", undefined),
    undefined,
  );
  strictEqual(
    prototypePollution("constructor", "$.arguments.a.constructor<key>", undefined),
    undefined,
  );
  for (
    const [v, k] of [
      ["obj.__proto__.toString", "query"],
      ["Why is __proto__ deprecated in favour of Object.getPrototypeOf?", "question"],
      ["Array.prototype.map", "path"],
      ["prototype-v2/design.fig", "file"],
      ["constructor.name", "expr"],
    ]
  ) strictEqual(prototypePollution(v, "$.arguments." + k, k), undefined, v);
});
