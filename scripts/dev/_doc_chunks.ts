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
