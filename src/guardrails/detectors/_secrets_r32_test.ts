import assert from "node:assert/strict";
import { secretsDetector } from "./secrets.ts";
import { percentRuns } from "./_secrets_r32.ts";

const pct = (s: string) => [...s].map((c) => "%" + c.charCodeAt(0).toString(16)).join("");
const scan = (text: string) =>
  secretsDetector.scan(text, { stage: "input", path: "$.arguments.body", key: "body" }, {} as never)
    .filter((f) => f.severity === "high" || f.severity === "critical");

// Tokens assembled at run time so no literal credential sits in the source.
const GL = "glpat-" + "Xq7RmZ2vKp9LwT4nB8cD";
const AWS = "AKIA" + "QW3RT5YU7IO9PL2K";

Deno.test("r32 secrets: a token spelled in percent-escapes is found", () => {
  for (
    const body of [
      `payload=${pct(GL)}&ref=main`,
      `{"note":"${pct(AWS)}"}`,
      `token=${pct(GL).toUpperCase().replace(/%([0-9A-F]{2})/g, "%$1")}`,
    ]
  ) assert.ok(scan(body).length > 0, body);
});

Deno.test("r32 secrets: percent-encoded URLs, paths and text pass", () => {
  for (
    const body of [
      "q=%E6%9D%B1%E4%BA%AC%E9%83%BD%E6%B8%AF%E5%8C%BA%E5%85%AD%E6%9C%AC%E6%9C%A8",
      "path=%2Fhome%2Fuser%2Fdocs%2Freport%20final%20v2.pdf",
      `name=${pct("hello world, this is a plain sentence")}`,
      "redirect=https%3A%2F%2Fexample.com%2Fcallback%3Fstate%3Dabc",
    ]
  ) assert.equal(scan(body).length, 0, body);
  assert.deepEqual(percentRuns("no escapes here"), []);
});

Deno.test("r32: the pre-check agrees with the run regex at 15/16 escapes, broken runs and edges", () => {
  const esc = (s: string) => [...s].map((c) => "%" + c.charCodeAt(0).toString(16)).join("");
  const tok = esc("abcdefghijklmnopqrst"); // 20 escapes
  assert.equal(percentRuns(tok).length, 1);
  assert.equal(percentRuns(`x ${tok}`).length, 1);
  assert.equal(percentRuns(tok.slice(0, 16 * 3)).length, 1); // exactly 16, at the very end
  assert.equal(percentRuns(tok.slice(0, 15 * 3)).length, 0);
  assert.equal(percentRuns(`100% ${tok.slice(0, 15 * 3)}%4`).length, 0);
  assert.equal(percentRuns(`%%${tok.slice(0, 10 * 3)}%zz${tok.slice(0, 10 * 3)}`).length, 0);
  assert.equal(percentRuns(`%%%${tok}`).length, 1);
});
