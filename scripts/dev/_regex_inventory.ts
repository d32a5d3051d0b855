/**
 * Every regular expression the guardrails use, for the backtracking checks (`redos_check.ts`,
 * `redos_rules.ts`): the ones built while the detectors load (rule lists assembled from word lists,
 * caught by wrapping the `RegExp` constructor) and the literals in the source (found with the
 * TypeScript parser). Flags are returned without `g`, `y` and `d`; duplicates are dropped.
 */
// @ts-types="npm:typescript@5.9.3"
import ts from "typescript";

/** One expression and where it was found. */
export interface FoundRegex {
  source: string;
  flags: string;
  where: string;
}

const root = new URL("../..", import.meta.url).pathname;

function* tsFiles(dir: string): Generator<string> {
  for (const e of Deno.readDirSync(dir)) {
    const p = `${dir}/${e.name}`;
    if (e.isDirectory) yield* tsFiles(p);
    else if (e.isFile && e.name.endsWith(".ts") && !e.name.endsWith("_test.ts")) yield p;
  }
}

/** The guardrails' expressions; literals are read from `literalsUnder` (relative to the repo). */
export async function guardrailRegexes(literalsUnder: string): Promise<FoundRegex[]> {
  const found = new Map<string, FoundRegex>();
  const note = (source: string, flags: string, where: string): void => {
    const f = flags.replace(/[gyd]/g, "");
    const key = `/${source}/${f}`;
    if (!found.has(key)) found.set(key, { source, flags: f, where });
  };
  // 1. Built at load: wrap the constructor, then load every detector.
  const Native = RegExp;
  globalThis.RegExp = new Proxy(Native, {
    construct(target, args: [string | RegExp, string?]) {
      const re = Reflect.construct(target, args) as RegExp;
      note(re.source, re.flags, "new RegExp (runtime)");
      return re;
    },
    apply(target, _this, args: [string | RegExp, string?]) {
      const re = Reflect.apply(target, undefined, args) as RegExp;
      note(re.source, re.flags, "RegExp() (runtime)");
      return re;
    },
  }) as RegExpConstructor;
  try {
    await import("../../src/guardrails/detectors/mod.ts");
    await import("../../src/guardrails/definitions.ts");
  } finally {
    globalThis.RegExp = Native;
  }
  // 2. Literals in the source.
  for (const file of tsFiles(`${root}${literalsUnder}`)) {
    const sf = ts.createSourceFile(file, Deno.readTextFileSync(file), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const lit = node.getText(sf);
        const end = lit.lastIndexOf("/");
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        note(lit.slice(1, end), lit.slice(end + 1), `${file.slice(root.length)}:${line}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return [...found.values()];
}
