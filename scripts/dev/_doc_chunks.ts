/**
 * Real documentation on this machine, cut into paragraph chunks: the benign text that
 * `fp_scan.ts` scans and `train_injection_model.ts` trains on (READMEs, changelogs, `.md`, `.txt`,
 * `.rst` files under the given folders).
 */

/** The default folders: system package docs and the Deno npm cache. */
export const DOC_DIRS: readonly string[] = [
  "/usr/share/doc",
  `${Deno.env.get("HOME")}/.cache/deno/npm`,
];

/** Documentation files below `dir`, depth first, hidden folders skipped. */
export function* docFiles(dir: string): Generator<string> {
  let entries: Deno.DirEntry[];
  try {
    entries = [...Deno.readDirSync(dir)];
  } catch {
    return;
  }
  for (const e of entries) {
    const p = `${dir}/${e.name}`;
    if (e.isDirectory && !e.name.startsWith(".")) yield* docFiles(p);
    else if (e.isFile && /(?:readme|changelog|\.md|\.txt|\.rst)$/i.test(e.name)) yield p;
  }
}

/** The text of `file`, or undefined when unreadable, binary or over 2 MB. */
export function readDoc(file: string): string | undefined {
  let text: string;
  try {
    text = Deno.readTextFileSync(file);
  } catch {
    return undefined;
  }
  return text.length > 2_000_000 || text.includes("\u0000") ? undefined : text;
}

/** Paragraphs of `text` joined into chunks of at most `max` characters (a paragraph is cut). */
export function paragraphChunks(text: string, max: number): string[] {
  const out: string[] = [];
  let cur = "";
  for (const para of text.split(/\n\s*\n/)) {
    if (cur.length + para.length > max && cur) {
      out.push(cur);
      cur = "";
    }
    cur += (cur ? "\n\n" : "") + para.slice(0, max);
  }
  if (cur) out.push(cur);
  return out;
}

/** A documentation chunk for a trainer; `heldOut` for one file in five, never trained on. */
export interface TrainingChunk {
  file: string;
  text: string;
  heldOut: boolean;
}

function fnvPath(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The documentation of {@link DOC_DIRS} (at most `maxFiles` files) in chunks of at most `max`
 * characters; one file in five, by a hash of its path, is held out (the same files for every
 * trainer and chunk size).
 */
export function trainingChunks(max: number, maxFiles: number): TrainingChunk[] {
  const out: TrainingChunk[] = [];
  let n = 0;
  for (const root of DOC_DIRS) {
    for (const file of docFiles(root)) {
      if (++n > maxFiles) break;
      const text = readDoc(file);
      if (text === undefined) continue;
      const heldOut = fnvPath(`t:${file}`) % 5 === 0;
      for (const chunk of paragraphChunks(text, max)) out.push({ file, text: chunk, heldOut });
    }
  }
  return out;
}

/** {@link trainingChunks} as a trainer's benign samples: held-out files in group `docs_test`. */
export function docSamples(
  max: number,
  maxFiles: number,
): { id: string; label: 0; group: "train" | "docs_test"; text: string }[] {
  return trainingChunks(max, maxFiles).map((c) => ({
    id: c.file,
    label: 0,
    group: c.heldOut ? "docs_test" : "train",
    text: c.text,
  }));
}
