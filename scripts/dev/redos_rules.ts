/**
 * Rule-aware backtracking scan of every regular expression the guardrails use (the ones built at
 * load time, e.g. the injection and definition rules, and the literals in src/): each expression
 * runs on texts made of its OWN words with a long run of separators or word characters between them
 * (tabs, spaces, underscores, commas, letters, dotted numbers …). That is the hostile shape that
 * made lazy spans next to unbounded separators blow up ("the true fix to" + 16 KB of tabs: 18 s;
 * "the instructions" + 40 underscores + "void": doubling per underscore; an IP list in a tool
 * description: 12 s), and generic shapes (`redos_scan.ts`) miss it because a rule's expensive part
 * only runs after its own words. Prints expressions slower than `--ms` (default 50) on `--size`
 * characters (default 16384: what `settings.guards.isolation: auto` scans inline).
 *
 * `--only a,b` keeps the expressions whose location contains one of those substrings (a new
 * file's name), to check a change without scanning all of them.
 *
 *   deno run -A scripts/dev/redos_rules.ts [--size 16384] [--ms 50] [--only _injection_r47a]
 */
import { guardrailRegexes } from "./_regex_inventory.ts";

const arg = (name: string, dflt: number): number => {
  const at = Deno.args.indexOf(name);
  return at >= 0 ? Number(Deno.args[at + 1]) : dflt;
};
const SIZE = arg("--size", 16384);
const LIMIT = arg("--ms", 50);
/**
 * Separator and word runs, and the same runs opened by a quote or bracket that never closes (the
 * shape that blows up several bounded groups of one class between two quotes: a `"` and 1,500
 * spaces, repeated, took a three-part quoted-phrase pattern 10 s on 53 KB).
 */
const FILLERS = [
  "\t",
  " ",
  "_",
  ", ",
  "a",
  "a_",
  "'",
  "-",
  "1.",
  "\n",
  "127.0.0.",
  ...['"', "`", "(", "[", "{", "<", "“", "«"].map((open) => open + " ".repeat(1500)),
];

const onlyAt = Deno.args.indexOf("--only");
const ONLY = onlyAt >= 0 ? Deno.args[onlyAt + 1].split(",").filter(Boolean) : [];
const found = (await guardrailRegexes("src/guardrails")).filter((f) =>
  ONLY.length === 0 || ONLY.some((o) => f.where.includes(o))
);

/** Up to 8 distinct words (3+ letters) of an expression's source, in order. */
function wordsOf(source: string): string[] {
  const out = new Set<string>();
  for (const m of source.replace(/\\[a-zA-Z]/g, " ").matchAll(/[\p{L}]{3,}/gu)) {
    out.add(m[0].toLowerCase());
    if (out.size >= 8) break;
  }
  return [...out];
}

const slow: [number, string, string, string][] = [];
let n = 0;
for (const f of found) {
  let re: RegExp;
  try {
    re = new RegExp(f.source, f.flags.includes("g") ? f.flags : f.flags + "g");
  } catch {
    continue;
  }
  n++;
  const words = wordsOf(f.source);
  const head = words.slice(0, 4).join(" ") + " ";
  const tail = " " + words.slice(4).join(" ") + " " + words.slice(0, 4).join(" ");
  let worst = 0;
  let worstFill = "";
  for (const fill of FILLERS) {
    const body = fill.repeat(Math.ceil(SIZE / fill.length)).slice(
      0,
      Math.max(0, SIZE - head.length - tail.length),
    );
    const text = head + body + tail;
    re.lastIndex = 0;
    const t0 = performance.now();
    for (let m = re.exec(text), k = 0; m && k < 50; m = re.exec(text), k++) {
      if (m[0].length === 0) re.lastIndex++;
    }
    const ms = performance.now() - t0;
    if (ms > worst) [worst, worstFill] = [ms, fill];
    if (ms > 20 * LIMIT) break; // already a finding; do not spend minutes on the other fillers
  }
  if (worst > LIMIT) {
    const fillName = worstFill.length > 12
      ? JSON.stringify(worstFill.slice(0, 3) + "…")
      : JSON.stringify(worstFill);
    slow.push([worst, f.where, fillName, f.source.slice(0, 90)]);
    // Printed as found too: a badly backtracking expression can take minutes on the full size.
    console.error(
      `  … ${worst.toFixed(0)} ms ${f.where} filler ${JSON.stringify(worstFill.slice(0, 12))}`,
    );
  }
}
slow.sort((a, b) => b[0] - a[0]);
console.log(
  `${n} expressions, ${FILLERS.length} fillers, ${SIZE} characters each; slower than ${LIMIT} ms:`,
);
for (const [ms, where, fill, src] of slow) {
  console.log(
    `${ms.toFixed(0).padStart(7)} ms  ${where.padEnd(44)} filler ${fill.padEnd(12)} ${src}`,
  );
}
if (!slow.length) console.log("  none");
