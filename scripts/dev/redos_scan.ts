/**
 * Worst-case input scan: every text detector (default options, input and output stage) on ~100 KB
 * of repetitive hostile shapes that make backtracking regexes or quadratic loops blow up. Prints the
 * slowest detector × shape pairs; anything over ~200 ms for 100 KB is a denial-of-service risk.
 *
 *   deno run --allow-read scripts/dev/redos_scan.ts [--size 100000]
 */
import { TEXT_DETECTORS } from "../../src/guardrails/detectors/mod.ts";
import { toolDefinitionDetector } from "../../src/guardrails/detectors/tool_definition.ts";
import type { FieldContext, Stage } from "../../src/guardrails/types.ts";

const at = Deno.args.indexOf("--size");
const SIZE = at >= 0 ? Number(Deno.args[at + 1]) : 100_000;
const rep = (s: string) => s.repeat(Math.ceil(SIZE / s.length)).slice(0, SIZE);
const SHAPES: Record<string, string> = {
  a: rep("a"),
  spaces: rep(" "),
  words: rep("ignore "),
  dots: rep("../"),
  pct: rep("%2e"),
  dollar: rep("${"),
  braces: rep("{{"),
  comment: rep("<!--"),
  image: rep("![a](https://x.example/?q="),
  link: rep("[a](http://"),
  quotes: rep("'\""),
  backslash: rep("\\"),
  newlines: rep("\n"),
  digits: rep("1234567890"),
  digitsSp: rep("12 34 "),
  email: rep("a.b@c.d "),
  at: rep("@"),
  b64: rep("QUJD"),
  hex: rep("41 "),
  mixed: rep("aA0+/="),
  ws_tab: rep("\t \n"),
  colons: rep(":"),
  semicolons: rep("; ls "),
  pipes: rep("| "),
  url: rep("http://a"),
  ip: rep("127.0.0."),
  cjk: rep("忽略之前的"),
  zw: rep("a\u200b"),
  tag: rep("\u{E0041}"),
  bidi: rep("\u202e"),
  leet: rep("1gn0r3 "),
  spaced: rep("i g n o r e "),
  html: rep("<a href="),
  json: rep('{"a":'),
  jwt: rep("eyJ"),
  pem: rep("-----BEGIN "),
  key_eq: rep("password="),
  you: rep("you must "),
  // A key header then lines whose endings can be split several ways (" \r \n"): exponential in a
  // PuTTY-key rule until 2026-11. The header is kept so rules gated on it run at all.
  ppk_lines: "PuTTY-User-Key-File-2: ssh-rsa\n" + rep("a \r \n"),
  // Characters both a separator and a word may hold (`_`, `'`): exponential in the definition
  // preference rules until 2026-11 (a 200-byte description took 20 s).
  sep_word: "THE ONLY'I\tL_" + rep("_'ONE_"),
  unders: "the only other " + rep("_"),
  // A run of separators between a lazy span and a separator: polynomial in the "settled answer"
  // and "by the … assistant" rules until they used a bounded separator (18 s and 10 s on 16 KB).
  settled_tabs: "THE\nTRUE_FIX_TO\t" + rep("\t"),
  by_unders: "BY\tAN_" + rep("__"),
  // A letter run after a word stem with an unbounded `\p{L}*` (the multilingual act rules).
  stems: rep("tподарочнт") + rep("überweis"),
};
const rows: [number, string, string][] = [];
for (const [id, d] of Object.entries(TEXT_DETECTORS)) {
  const opts = d.optionsSchema.parse({}) as never;
  for (const stage of ["input", "output"] as Stage[]) {
    if (!d.stages.includes(stage)) continue;
    for (const key of ["text", "path", "url", "command"]) {
      const field: FieldContext = { stage, path: `$.${key}`, key };
      for (const [name, text] of Object.entries(SHAPES)) {
        const t = performance.now();
        d.scan(text, field, opts);
        rows.push([performance.now() - t, `${id} ${stage} ${key}`, name]);
      }
    }
  }
}
// Tool definitions: each shape as a description (the definition grammars and injection rules).
const defOpts = toolDefinitionDetector.optionsSchema.parse({});
for (const [name, text] of Object.entries(SHAPES)) {
  const tool = {
    server: "s",
    name: "t",
    description: text,
    inputSchema: { type: "object" as const },
  };
  const t = performance.now();
  toolDefinitionDetector.scan(tool, [], defOpts);
  rows.push([performance.now() - t, "tool_definition description", name]);
}
rows.sort((a, b) => b[0] - a[0]);
console.log(`slowest of ${rows.length} runs (${SIZE} chars each):`);
for (const [ms, where, shape] of rows.slice(0, 15)) {
  console.log(`${ms.toFixed(0).padStart(7)} ms  ${where.padEnd(40)} ${shape}`);
}
