/**
 * Architecture rules, read from the import lines (see shared ARCHITECTURE "Layers"): lower layers
 * never import higher ones at runtime (type-only imports of contracts are allowed), and each outside
 * dependency lives in one folder.
 */
import assert from "node:assert/strict";

const ROOT = new URL("../", import.meta.url).pathname;

function* walk(dir: string): Generator<string> {
  for (const e of Deno.readDirSync(dir)) {
    const p = `${dir}/${e.name}`;
    if (e.isDirectory) yield* walk(p);
    else if (/\.tsx?$/.test(e.name)) yield p;
  }
}

interface Imp {
  file: string;
  spec: string;
  typeOnly: boolean;
}

function imports(): Imp[] {
  const out: Imp[] = [];
  for (const top of ["src", "bad_mcps", "tui"]) {
    let files: string[] = [];
    try {
      files = [...walk(`${ROOT}${top}`)];
    } catch {
      continue;
    }
    for (const file of files) {
      const text = Deno.readTextFileSync(file);
      for (
        const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+["']([^"']+)["']/gm)
      ) {
        out.push({ file: file.slice(ROOT.length), spec: m[3], typeOnly: !!m[2] });
      }
    }
  }
  return out;
}

function target(imp: Imp): string {
  if (!imp.spec.startsWith(".")) return imp.spec;
  const base = imp.file.split("/").slice(0, -1);
  for (const part of imp.spec.split("/")) {
    if (part === "..") base.pop();
    else if (part !== ".") base.push(part);
  }
  return base.join("/");
}

const ALL = imports();
const isTest = (f: string) => /_test\.tsx?$/.test(f);

Deno.test("lower layers never import higher layers at runtime", () => {
  const lower =
    /^src\/(config|events|cache|timeouts|log|auth|upstream|discovery|guardrails|sandbox|oauth|audit|errors\.ts|version\.ts)/;
  const higher = /^src\/(pipeline\/(build|stages)|runtime|gateway|admin|cli|check)/;
  const bad = ALL.filter((i) =>
    !isTest(i.file) && !i.typeOnly && lower.test(i.file) && higher.test(target(i))
  );
  assert.deepEqual(bad.map((i) => `${i.file} → ${i.spec}`), []);
});

Deno.test("surfaces do not import the CLI; the runtime does not import surfaces", () => {
  const bad = ALL.filter((i) =>
    !isTest(i.file) &&
    ((/^src\/(gateway|admin|runtime|pipeline)\//.test(i.file) && /^src\/cli\//.test(target(i))) ||
      (/^src\/(runtime|pipeline)\//.test(i.file) && /^src\/(gateway|admin)\//.test(target(i))))
  );
  assert.deepEqual(bad.map((i) => `${i.file} → ${i.spec}`), []);
});

Deno.test("each outside dependency has one home", () => {
  const rules: [RegExp, RegExp][] = [
    [/^ioredis/, /^src\/cache\/redis_cache\.ts$/],
    [/^commander|^@commander-js/, /^src\/cli\//],
    [/^@opentelemetry/, /^src\/telemetry\//],
    [/^ink$|^react$/, /^tui\//],
    [/^@modelcontextprotocol\/sdk\/server\//, /^(src\/gateway\/|bad_mcps\/)/],
  ];
  const bad = ALL.filter((i) =>
    !isTest(i.file) && rules.some(([dep, home]) => dep.test(i.spec) && !home.test(i.file))
  );
  assert.deepEqual(bad.map((i) => `${i.file} → ${i.spec}`), []);
});

Deno.test("bad_mcps import only the SDK, zod and their own files", () => {
  const bad = ALL.filter((i) =>
    i.file.startsWith("bad_mcps/") && !isTest(i.file) &&
    !(i.spec.startsWith("./") || i.spec.startsWith("@modelcontextprotocol/sdk/") ||
      i.spec === "zod")
  );
  assert.deepEqual(bad.map((i) => `${i.file} → ${i.spec}`), []);
});

Deno.test("guardrails make no network calls outside remote providers and touch files only for pins", () => {
  const bad: string[] = [];
  for (const file of walk(`${ROOT}src/guardrails`)) {
    const rel = file.slice(ROOT.length);
    if (
      isTest(rel) || rel.startsWith("src/guardrails/providers/") ||
      rel === "src/guardrails/pins.ts" ||
      // Test workers that try what a compromised detector would (isolation/testdata/probe_worker.ts).
      rel.includes("/testdata/")
    ) continue;
    const text = Deno.readTextFileSync(file);
    if (
      // `fetch(` as a call; `fetch(?:es|ing)` inside a detector's regex source is not one.
      /\bfetch\s*\((?!\?)|Deno\.(connect|listen|open|readFile|readTextFile|writeFile|writeTextFile)\b/
        .test(text)
    ) bad.push(rel);
  }
  assert.deepEqual(bad, []);
});

/** C0 control characters other than tab, newline and carriage return. */
// deno-lint-ignore no-control-regex -- finding control characters is this check's purpose
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f]/;

Deno.test("source files hold no raw control characters (a backspace where a regex meant \\b)", () => {
  // A `\b` typed through a tool that reads escapes lands as a raw backspace (U+0008): the regex
  // then needs a backspace in the text and silently never matches. Escapes are always spelled out.
  const bad: string[] = [];
  for (const top of ["src", "bad_mcps", "tui", "scripts", "tests"]) {
    for (const file of walk(`${ROOT}${top}`)) {
      const text = Deno.readTextFileSync(file);
      const m = CONTROL.exec(text);
      if (m) {
        const line = text.slice(0, m.index).split("\n").length;
        bad.push(
          `${file.slice(ROOT.length)}:${line} U+${
            m[0].charCodeAt(0).toString(16).padStart(4, "0")
          }`,
        );
      }
    }
  }
  assert.deepEqual(bad, []);
  assert.ok(CONTROL.test("a\bb"), "the check sees a backspace");
});

Deno.test("the import scanner sees real imports (so the rules above can fail)", () => {
  assert.ok(ALL.length > 200, `only ${ALL.length} imports found`);
  assert.ok(
    ALL.some((i) => i.file === "src/cli/mod.ts" && i.spec === "@commander-js/extra-typings"),
  );
  assert.ok(ALL.some((i) => i.file === "src/cache/redis_cache.ts" && i.spec === "ioredis"));
  assert.ok(ALL.some((i) => i.typeOnly && i.file === "src/guardrails/engine.ts"));
  assert.equal(
    target({ file: "src/gateway/http.ts", spec: "../runtime/runtime.ts", typeOnly: true }),
    "src/runtime/runtime.ts",
  );
});
