import assert from "node:assert/strict";
import { assignPublicNames, PUBLIC_NAME } from "./names.ts";

Deno.test("assignPublicNames() uses <server>__<tool> when clean and unique", () => {
  assert.deepEqual(
    assignPublicNames([{ server: "gh", tool: "create_issue" }, { server: "fs", tool: "read" }]),
    [
      "gh__create_issue",
      "fs__read",
    ],
  );
});

Deno.test("assignPublicNames() always matches the pattern and never collides", () => {
  const pairs = [
    { server: "a", tool: "b.c" },
    { server: "a", tool: "b_c" },
    { server: "a", tool: "b c" },
    { server: "srv", tool: "x".repeat(100) },
    { server: "srv", tool: "x".repeat(101) },
    { server: "s", tool: "ünïcødé" },
    { server: "a__b", tool: "c" },
    { server: "a", tool: "b__c" },
  ];
  const names = assignPublicNames(pairs);
  assert.equal(new Set(names).size, names.length);
  for (const n of names) assert.match(n, PUBLIC_NAME);
});

Deno.test("assignPublicNames() is deterministic whatever the order", () => {
  const pairs = [{ server: "a", tool: "b.c" }, { server: "a", tool: "b_c" }, {
    server: "z",
    tool: "q",
  }];
  const one = assignPublicNames(pairs);
  const two = assignPublicNames([...pairs].reverse()).reverse();
  assert.deepEqual(one, two);
});
