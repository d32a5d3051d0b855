/**
 * False-positive scan over real text on this machine: every README/markdown/text file under the
 * given folders (default: /usr/share/doc and the Deno npm cache), split into paragraphs of at most
 * 4 KB, each run through the text detectors at the output stage (as a tool result), with
 * `--input` at the input stage under the key `text`, and with `--definition` as the description of
 * a tool (the definition-stage text detectors plus the tool-definition detector, as discovery runs
 * them). Prints how many chunks each detector would block (severity ≥ medium), and with `--show N`
 * the first N blocked chunks per detector.
 *
 *   deno run --allow-read --allow-env scripts/dev/fp_scan.ts [--input|--definition] [--json] [--show 5] [DIR ...]
 *
 * Real documentation is benign by assumption (it may quote an attack in a security guide; look at
 * the shown chunks before calling a hit a false positive).
 */
import { TEXT_DETECTORS } from "../../src/guardrails/detectors/mod.ts";
import { toolDefinitionDetector } from "../../src/guardrails/detectors/tool_definition.ts";
import type { FieldContext, Finding, Stage } from "../../src/guardrails/types.ts";
import { DOC_DIRS, docFiles, paragraphChunks, readDoc } from "./_doc_chunks.ts";

const args = [...Deno.args];
const flag = (name: string): boolean => {
  const at = args.indexOf(name);
  if (at < 0) return false;
  args.splice(at, 1);
  return true;
};
const value = (name: string, dflt: number): number => {
  const at = args.indexOf(name);
  if (at < 0) return dflt;
  const v = Number(args[at + 1]);
  args.splice(at, 2);
  return v;
};
const stage: Stage = flag("--definition") ? "definition" : flag("--input") ? "input" : "output";
/** `--json`: each chunk as a JSON document (`{"body": "…"}`), as many MCP servers return results. */
const asJson = flag("--json");
const show = value("--show", 0);
const maxFiles = value("--max-files", 4000);
const dirs = args.length ? args : DOC_DIRS;

const chunks: string[] = [];
let n = 0;
for (const d of dirs) {
  for (const f of docFiles(d)) {
    if (++n > maxFiles) break;
    const text = readDoc(f);
    if (text !== undefined) chunks.push(...paragraphChunks(text, 4096));
  }
}
if (asJson) chunks.forEach((c, i) => (chunks[i] = JSON.stringify({ id: i, body: c })));
const field: FieldContext = { stage, path: "$.text", key: "text", tool: "t", server: "s" };
const RANK: Record<string, number> = { low: 0, medium: 1, high: 2, critical: 3 };
const bytes = chunks.reduce((a, c) => a + c.length, 0);
console.log(
  `${n} files, ${chunks.length} chunks, ${(bytes / 1e6).toFixed(1)} MB, stage ${stage}${
    asJson ? ", as JSON" : ""
  }`,
);
/** Counts and prints the chunks that `scan` blocks. */
function report(id: string, scan: (c: string) => Finding[]): void {
  const hits: [string, string][] = [];
  for (const c of chunks) {
    const fs = scan(c);
    // Every kind that fired, weak ones too: a block is usually two signals together.
    if (fs.some((x) => RANK[x.severity] >= 1)) hits.push([fs.map((x) => x.kind).join(","), c]);
  }
  console.log(`${id.padEnd(18)} blocks ${hits.length} of ${chunks.length}`);
  for (const [kind, c] of hits.slice(0, show)) {
    console.log(`  [${kind}] ${JSON.stringify(c.slice(0, 300))}`);
  }
}
for (const [id, d] of Object.entries(TEXT_DETECTORS)) {
  if (!d.stages.includes(stage) || id === "keywords" || id === "size") continue;
  const opts = d.optionsSchema.parse({}) as never;
  report(id, (c) => d.scan(c, field, opts));
}
if (stage === "definition") {
  const opts = toolDefinitionDetector.optionsSchema.parse({});
  report("tool_definition", (c) =>
    toolDefinitionDetector.scan(
      { server: "s", name: "lookup", description: c, inputSchema: { type: "object" } },
      [],
      opts,
    ));
}
