import { strictEqual } from "node:assert/strict";
import { graphqlBatching } from "./_code_r6_graphql.ts";

const aliased = (field: string, n: number, mutation = true): string =>
  `${mutation ? "mutation " : ""}{ ${
    Array.from({ length: n }, (_, i) => `t${i}: ${field}(code: "${1000 + i}") { ok }`).join(" ")
  } }`;

Deno.test("graphqlBatching() flags aliased guesses and JSON batches of one secret-checking field", () => {
  strictEqual(typeof graphqlBatching(aliased("verifyOtp", 6)), "string");
  strictEqual(typeof graphqlBatching(aliased("redeemCoupon", 5, false)), "string");
  strictEqual(typeof graphqlBatching(aliased("addToCart", 12)), "string");
  const batch = JSON.stringify(
    Array.from({ length: 6 }, (_, i) => ({
      query: `mutation { resetPassword(token: "${i}", pw: "x") { ok } }`,
    })),
  );
  strictEqual(typeof graphqlBatching(batch), "string");
});

Deno.test("graphqlBatching() passes ordinary queries with a few aliases", () => {
  strictEqual(
    graphqlBatching("{ a: user(id: 1) { name } b: user(id: 2) { name } c: user(id: 3) { name } }"),
    undefined,
  );
  strictEqual(graphqlBatching(aliased("login", 2)), undefined);
  strictEqual(graphqlBatching(aliased("product", 8, false)), undefined);
  strictEqual(graphqlBatching("query { viewer { login } }"), undefined);
});
