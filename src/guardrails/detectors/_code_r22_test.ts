import { strictEqual } from "node:assert/strict";
import { codeInjectionDetector, CodeInjectionOptionsSchema } from "./code_injection.ts";

const OPTS = CodeInjectionOptionsSchema.parse({});
const blocks = (key: string, value: string, tool = "update_by_query"): boolean =>
  codeInjectionDetector.scan(value, { stage: "input", path: `$.body.${key}`, key, tool }, OPTS)
    .some((f) => f.severity === "high" || f.severity === "critical");

/** Paraphrases (none from the fixtures): Painless scripts granting roles or dropping MFA. */
Deno.test("code_injection blocks Painless scripts that escalate roles or turn off MFA", () => {
  const cases = [
    "ctx._source.roles.add('admin')",
    "if (ctx._source.email == params.e) { ctx._source['is_admin'] = true }",
    "ctx._source.account.two_factor_enabled = false; ctx._source.updated = params.now",
    "ctx._source.remove('totp_secret')",
    "ctx._source.permissions = ['*']",
    '{"update":{"_id":"7"}}\n{"script":{"source":"ctx._source.user_type = \'superuser\'"}}',
  ];
  for (const v of cases) strictEqual(blocks("source", v), true, v);
});

Deno.test("code_injection passes ordinary Painless updates", () => {
  const cases = [
    "ctx._source.views += 1",
    "ctx._source.role = 'viewer'",
    "ctx._source.mfa_enabled = true",
    "ctx._source.last_login = params.now; ctx._source.tags.add('active')",
    "if (ctx._source.role == 'admin') { ctx._source.flag = 'reviewed' }",
  ];
  for (const v of cases) strictEqual(blocks("source", v), false, v);
});

Deno.test("code_injection blocks SQL keywords spelled in fullwidth letters", () => {
  const cases = [
    "1 ＵＮＩＯＮ ＡＬＬ ＳＥＬＥＣＴ username, password FROM users",
    "x' ＯＲ '1'='1",
    "'; ＤＲＯＰ ＴＡＢＬＥ orders; --",
    "ＳＥＬＥＣＴ secret ＦＲＯＭ api_keys",
  ];
  for (const v of cases) strictEqual(blocks("sql", v, "query"), true, v);
});

Deno.test("code_injection passes fullwidth text that is not SQL", () => {
  const cases = [
    "ＳＥＬＥＣＴ ショップ 新宿店のご案内",
    "ＣＯＬＯＲ: 赤 / ＳＩＺＥ: Ｍ",
    "ＵＮＩＯＮ 株式会社 — 会社概要",
    "お問い合わせ ＦＲＯＭ 東京",
  ];
  for (const v of cases) strictEqual(blocks("text", v, "query"), false, v);
});
