/**
 * Detector snapshot for optimisation work: runs every text detector (default options) at every
 * stage over a large, fixed input set — the attack corpora, the eval fixtures, every source and test
 * file of this repository (line by line and whole), and seeded mixed text — and prints one digest per
 * detector. Run it before and after a change that must not change detection:
 *
 *   git worktree add /tmp/base HEAD
 *   deno run --allow-read /tmp/base/scripts/dev/detector_snapshot.ts --inputs /tmp/base > before.txt
 *   deno run --allow-read scripts/dev/detector_snapshot.ts --inputs /tmp/base > after.txt
 *   diff before.txt after.txt
 *
 * `--dump DIR` also writes each detector's findings as JSON lines, to locate a difference.
 * `--only a,b` runs just those detectors (their digests do not depend on the others).
 * `--extra DIR` adds the .md/.txt files under DIR (each paragraph, and 4 KB chunks of each file) —
 * real prose, which the repository's own files under-represent (e.g. `--extra ~/.cache/deno/npm`).
 */
import { TEXT_DETECTORS } from "../../src/guardrails/detectors/mod.ts";
import type { FieldContext, Stage } from "../../src/guardrails/types.ts";
import { chunks, mixedText } from "../bench/_mixed_text.ts";

const arg = (name: string): string | undefined => {
  const at = Deno.args.indexOf(name);
  return at >= 0 ? Deno.args[at + 1] : undefined;
};
/** Where the input files come from: give both runs the same tree (`--inputs DIR`). */
const root = (arg("--inputs") ?? new URL("../..", import.meta.url).pathname).replace(/\/?$/, "/");
const dumpDir = arg("--dump");
const extraDir = arg("--extra");
const only = arg("--only")?.split(",");

function* walk(dir: string): Generator<string> {
  for (const e of Deno.readDirSync(dir)) {
    const p = `${dir}/${e.name}`;
    if (e.isDirectory && !e.name.startsWith(".") && e.name !== "node_modules") yield* walk(p);
    else if (e.isFile && /\.(?:ts|json|md|txt|csv|jsonl|tsv)$/.test(e.name)) yield p;
  }
}

const inputs = new Set<string>();
const add = (s: string) => {
  if (s.length > 0 && s.length < 200_000) inputs.add(s);
};
for (const dir of [`${root}../shared/corpus`, `${root}tests`, `${root}src`, `${root}bad_mcps`]) {
  try {
    for (const f of walk(dir)) {
      const text = Deno.readTextFileSync(f);
      add(text);
      for (const line of text.split("\n")) add(line);
      for (const m of text.matchAll(/"((?:[^"\\]|\\.){8,})"/g)) {
        try {
          add(JSON.parse(`"${m[1]}"`));
        } catch { /* not a JSON string */ }
      }
    }
  } catch (e) {
    if (!(e instanceof Deno.errors.NotFound)) throw e;
  }
}
if (extraDir) {
  const docs = (dir: string): string[] =>
    [...Deno.readDirSync(dir)].sort((a, b) => a.name < b.name ? -1 : 1).flatMap((e) => {
      const p = `${dir}/${e.name}`;
      if (e.isDirectory) return docs(p);
      return e.isFile && /\.(?:md|txt)$/i.test(e.name) ? [p] : [];
    });
  for (const f of docs(extraDir.replace(/\/+$/, ""))) {
    const text = Deno.readTextFileSync(f);
    for (const para of text.split(/\n\s*\n/)) add(para);
    for (const c of chunks(text, 4096)) add(c);
  }
}
for (const seed of [1, 2, 3]) for (const c of chunks(mixedText(1 << 18, seed), 3000)) add(c);

const list = [...inputs].sort();
const fields: FieldContext[] = (["input", "output", "definition"] as Stage[]).flatMap((stage) => [
  { stage, path: "$.text", key: "text", tool: "t", server: "s" },
  { stage, path: "$.query", key: "query", tool: "t", server: "s" },
]);
console.log(`inputs ${list.length}`);
for (const [id, d] of Object.entries(TEXT_DETECTORS)) {
  if (only && !only.includes(id)) continue;
  const opts = d.optionsSchema.parse({}) as never;
  const lines: string[] = [];
  let h = 0x811c9dc5;
  let findings = 0;
  const t = performance.now();
  for (const f of fields) {
    if (!d.stages.includes(f.stage)) continue;
    for (const s of list) {
      const r = d.scan(s, f, opts);
      if (r.length === 0) continue;
      findings += r.length;
      const line = JSON.stringify([f.stage, f.key, s.length, s.slice(0, 60), r]);
      if (dumpDir) lines.push(line);
      for (let i = 0; i < line.length; i++) h = Math.imul(h ^ line.charCodeAt(i), 16777619);
    }
  }
  if (dumpDir) Deno.writeTextFileSync(`${dumpDir}/${id}.jsonl`, lines.join("\n") + "\n");
  console.log(
    `${id.padEnd(20)} findings ${String(findings).padStart(7)} digest ${(h >>> 0).toString(16)}` +
      `   (${(performance.now() - t).toFixed(0)} ms)`,
  );
}
