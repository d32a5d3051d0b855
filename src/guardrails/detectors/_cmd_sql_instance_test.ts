import assert from "node:assert/strict";
import { commandInjectionDetector, type CommandInjectionOptions } from "./command_injection.ts";

const AUTO: CommandInjectionOptions = { strict_keys: [], mode: "auto" };
const blocked = (key: string, value: string): boolean =>
  commandInjectionDetector.scan(value, { stage: "input", path: `$.${key}`, key }, AUTO)
    .some((f) => f.severity !== "low");

Deno.test("a SQL Server host\\instance in a host argument is not a shell metacharacter", () => {
  for (
    const v of ["REPORTS-DB02\\SQLEXPRESS", "sql.intra.example\\FIN_2019", "10.4.2.9\\BI"]
  ) assert.equal(blocked("server", v), false, v);
});
Deno.test("a host argument carrying a command after a backslash still counts", () => {
  for (
    const v of [
      "DB01\\ERP;calc.exe",
      "DB01\\ERP & whoami",
      "DB01\\$(id)",
      "DB01\\`id`",
    ]
  ) assert.equal(blocked("server", v), true, v);
});
