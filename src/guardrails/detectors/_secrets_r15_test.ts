import { strictEqual } from "node:assert/strict";
import { secretsDetector } from "./secrets.ts";
import type { FieldContext } from "../types.ts";

// Tokens are assembled at run time so this file holds no scannable credential.
const ANT = "sk-" + "ant-";
const BODY =
  "Qm7vT2xKp9LwZ4rN8sYb3HcJ6dFg1AeU5iOq0WtEyRuI7oPaSdFgHjKlZxCvBnM2q8Wr4Ty6Ui9Op3As5Df7Gh1Jk0LzXcVbAA";
const field: FieldContext = { stage: "output", path: "$.content[0].text" };
const opts = { min_entropy: 3, allow_patterns: [], kinds: undefined };
const found = (text: string) =>
  secretsDetector.scan(text, field, opts).filter((f) => f.severity !== "low");
const groups = (s: string, n: number) => s.match(new RegExp(`.{1,${n}}`, "g"))!.join(" ");
const b64 = (s: string) => btoa(s);

Deno.test("secrets finds an Anthropic key spaced into groups, prefix cut or kept", () => {
  const cases = [
    `use this: ${ANT}api03 -${groups(BODY, 10)}`,
    `${ANT.slice(0, 5)} ${ANT.slice(5)}api03-${groups(BODY, 16)} (join it)`,
    `key = ${ANT}ap i03-${groups(BODY, 8)}`,
  ];
  for (const text of cases) strictEqual(found(text).length > 0, true, text);
});

Deno.test("secrets passes prose about Anthropic key prefixes", () => {
  const cases = [
    `Anthropic keys start with ${ANT}api03- and are about 108 characters long`,
    `grep for ${ANT} in the repo before you push`,
  ];
  for (const text of cases) strictEqual(found(text).length, 0, text);
});

Deno.test("secrets finds registry credentials in a base64 .dockerconfigjson", () => {
  const auth = b64("ci-bot:" + "Zr8" + "qW2mLp9xTv4Kd7Nb");
  const cfg = b64(JSON.stringify({ auths: { "registry.example.com": { auth } } }));
  const cases = [
    `kind: Secret\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: ${cfg}\n`,
    `{"kind":"Secret","data":{".dockerconfigjson":"${cfg}"}}`,
    `DOCKER_AUTH_CONFIG=${
      b64(
        JSON.stringify({
          auths: { "ghcr.io": { username: "u", password: "Tq7" + "vR2nX8pLm4Kd" } },
        }),
      )
    }`,
  ];
  for (const text of cases) strictEqual(found(text).length > 0, true, text);
});

Deno.test("secrets passes a dockerconfigjson without credentials and other base64 data", () => {
  const empty = b64(JSON.stringify({ auths: {} }));
  const cases = [
    `data:\n  .dockerconfigjson: ${empty}\n`,
    `config: ${b64(JSON.stringify({ registry: "ghcr.io", mirrors: ["https://mirror.gcr.io"] }))}`,
  ];
  for (const text of cases) strictEqual(found(text).length, 0, text);
});
