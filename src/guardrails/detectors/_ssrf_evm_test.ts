/** EVM account addresses in host-named arguments are accounts, not hosts (./_ssrf_evm.ts). */
import assert from "node:assert/strict";
import type { FieldContext } from "../types.ts";
import { ssrfDetector } from "./ssrf.ts";

const opts = ssrfDetector.optionsSchema.parse({}) as never;
const blocking = (text: string, f: FieldContext) =>
  ssrfDetector.scan(text, f, opts).filter((x) => x.severity !== "low");
const field = (key: string, tool: string, server = "x"): FieldContext => ({
  stage: "input",
  path: `$.${key}`,
  key,
  tool,
  server,
});
const ZERO = `0x${"0".repeat(40)}`;

const PASS: Array<[string, FieldContext]> = [
  // The zero address in a wallet or chain tool: a revocation, a burn.
  [ZERO, field("address", "sign_authorization", "evm-wallet")],
  [ZERO, field("address", "transfer", "ethereum")],
  [ZERO, field("address", "setDelegate", "safe-tx-service")],
  // Accounts above 32 bits whose low bits happen to read as 10.x, 127.x, 192.168.x: no strict
  // IPv4 parser reads a 160-bit number.
  ["0x9d4e2a7b1c3f5e6d8a0b2c4e6f8a1b3c0a000001", field("address", "get_balance")],
  ["0x2a4c6e8f0b1d3f5a7c9e1b3d5f7a9c1e7f000001", field("address", "call_contract")],
  ["0x4e6a8c0e2b4d6f8a0c2e4b6d8f0a2c4ec0a80101", field("addr", "lookup")],
];

const BLOCK: Array<[string, FieldContext]> = [
  // The same 42-character spelling that fits in 32 bits reads as 127.0.0.1 / 10.0.0.1.
  [`0x${"0".repeat(32)}7f000001`, field("address", "sign_authorization", "evm-wallet")],
  [`0x${"0".repeat(32)}0a000001`, field("host", "fetch")],
  // Forty zeros reaching 0.0.0.0 in a fetch tool's host is not a wallet's zero address.
  [ZERO, field("host", "fetch", "http")],
  [ZERO, field("address", "http_get", "web")],
  // Short hex forms are hosts as before.
  ["0x7f000001", field("address", "sign_authorization", "evm-wallet")],
];

Deno.test("ssrf: EVM account addresses are not hosts", () => {
  for (const [t, f] of PASS) assert.equal(blocking(t, f).length, 0, `${f.tool} ${t}`);
});

Deno.test("ssrf: hex spellings of internal hosts still count, also in wallet tools", () => {
  for (const [t, f] of BLOCK) assert.notEqual(blocking(t, f).length, 0, `${f.tool} ${t}`);
});
