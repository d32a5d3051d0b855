/**
 * The project's own eval cases: `tests/fixtures/eval/attacks/*.json` and
 * `tests/fixtures/eval/benign/*.json`. Each file is a JSON array of cases
 * `{ id, kind, server, tool, args | result | definition, note, … }`; the file name (without
 * `.json`) is the category (attacks: `own_<name>`, benign: `benign_<name>`) unless a case sets one.
 */
import { basename, join } from "node:path";
import { fileURLToPath as fromFileUrl } from "node:url";
import type { CaseKind, EvalCase } from "./types.ts";

/** Default fixture folder. */
export const FIXTURES_DIR = fromFileUrl(new URL("../../tests/fixtures/eval/", import.meta.url));

const KINDS: ReadonlySet<CaseKind> = new Set(["input", "output", "definition"]);

/** A fixture file is malformed. */
export class FixtureError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FixtureError";
  }
}

function validate(c: Record<string, unknown>, file: string): void {
  const where = `case "${String(c.id)}" in ${file}`;
  if (typeof c.id !== "string" || !c.id) {
    throw new FixtureError(`Fix ${file}: every case needs a string "id"`);
  }
  if (!KINDS.has(c.kind as CaseKind)) {
    throw new FixtureError(`Fix ${where}: "kind" must be input, output or definition`);
  }
  if (typeof c.server !== "string" || typeof c.tool !== "string") {
    throw new FixtureError(`Fix ${where}: "server" and "tool" must be strings`);
  }
  if (c.kind === "input" && (typeof c.args !== "object" || c.args === null)) {
    throw new FixtureError(`Fix ${where}: an input case needs an "args" object`);
  }
  if (c.kind === "output" && c.result === undefined) {
    throw new FixtureError(`Fix ${where}: an output case needs "result"`);
  }
  if (c.kind === "definition" && typeof c.definition !== "object") {
    throw new FixtureError(`Fix ${where}: a definition case needs a "definition" object`);
  }
}

/** Load every `*.json` in `sub` (`attacks` or `benign`) of the fixture folder. */
export function loadFixtures(sub: "attacks" | "benign", dir: string = FIXTURES_DIR): EvalCase[] {
  const folder = join(dir, sub);
  const files = [...Deno.readDirSync(folder)].filter((e) => e.isFile && e.name.endsWith(".json"))
    .map((e) => e.name).sort();
  const out: EvalCase[] = [];
  const ids = new Set<string>();
  for (const name of files) {
    const file = join(folder, name);
    let data: unknown;
    try {
      data = JSON.parse(Deno.readTextFileSync(file));
    } catch (e) {
      throw new FixtureError(`Fix ${file}: not valid JSON (${(e as Error).message})`);
    }
    if (!Array.isArray(data)) throw new FixtureError(`Fix ${file}: expected a JSON array of cases`);
    const stem = basename(name, ".json");
    for (const raw of data as Record<string, unknown>[]) {
      validate(raw, file);
      if (ids.has(raw.id as string)) {
        throw new FixtureError(`Fix ${file}: duplicate case id "${raw.id}"`);
      }
      ids.add(raw.id as string);
      const category = (raw.category as string | undefined) ??
        (sub === "benign" ? `benign_${stem}` : `own_${stem}`);
      out.push({ ...(raw as unknown as EvalCase), category });
    }
  }
  return out;
}
