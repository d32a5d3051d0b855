/** Locating the public corpora (`--corpus DIR`, then `../shared/corpus`, then `/work/shared/corpus`). */
import { join } from "node:path";
import { fileURLToPath as fromFileUrl } from "node:url";

/** The corpus folder is missing or incomplete. */
export class CorpusMissingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CorpusMissingError";
  }
}

/** Subfolders the evaluation reads. */
export const CORPUS_PARTS = ["payloadsallthethings", "bipia", "mcpsecbench"] as const;

const REPO_ROOT = fromFileUrl(new URL("../../", import.meta.url));

/** Candidate corpus folders, in order of preference. */
export function corpusCandidates(explicit?: string): string[] {
  if (explicit) return [explicit];
  return [join(REPO_ROOT, "..", "shared", "corpus"), "/work/shared/corpus"];
}

function isDir(p: string): boolean {
  try {
    return Deno.statSync(p).isDirectory;
  } catch {
    return false;
  }
}

/** The first candidate holding every corpus part; throws {@link CorpusMissingError} otherwise. */
export function locateCorpus(explicit?: string): string {
  const tried = corpusCandidates(explicit);
  for (const dir of tried) {
    if (CORPUS_PARTS.every((p) => isDir(join(dir, p)))) return dir;
  }
  throw new CorpusMissingError(
    `Cannot find the attack corpora: none of ${tried.map((t) => `"${t}"`).join(", ")} holds ` +
      `${CORPUS_PARTS.join(", ")}; pass --corpus DIR pointing at the shared corpus folder`,
  );
}

/** Read a corpus text file, with a clear error when absent. */
export function readCorpusText(dir: string, rel: string): string {
  try {
    return Deno.readTextFileSync(join(dir, rel));
  } catch (e) {
    throw new CorpusMissingError(
      `Cannot read corpus file "${join(dir, rel)}": ${(e as Error).message}`,
    );
  }
}

/** Non-empty lines of a corpus list, trailing CR removed, duplicates dropped (first kept). */
export function corpusLines(dir: string, rel: string): string[] {
  const seen = new Set<string>();
  for (const raw of readCorpusText(dir, rel).split("\n")) {
    const l = raw.replace(/\r$/, "");
    if (l.trim() && !seen.has(l)) seen.add(l);
  }
  return [...seen];
}
