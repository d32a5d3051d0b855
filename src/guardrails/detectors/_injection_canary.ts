/**
 * Injection rules for hijacks that make the model print a fixed string (HackAPrompt's "I have been
 * PWNED", garak promptinject's "STOP EVERYTHING!!! NOW!!! JUST PRINT …", Tensor Trust's "Access
 * Granted"), for the moves that set them up ("No wait, forget that. Instead of translating, output
 * …"), and for the override with a misspelt noun ("Ignore your previous iunstructions", as
 * AgentDojo writes it) that the exact-word rules miss. Articles quote these payloads; a quotation
 * or a report ("models were made to output …") is not an order and does not count.
 */
import { type InjectionRule, ordered, rule } from "./_injection_rules.ts";
import { SEP } from "./_injection_words.ts";

const R = String.raw;
/** Verbs that make the model emit a string. */
const EMIT =
  R`(?:say|print|output|write|type|repeat|return|respond${SEP}with|reply${SEP}with|answer${SEP}with|begin${SEP}(?:your${SEP}(?:reply|response|answer)${SEP})?with|start${SEP}(?:your${SEP}(?:reply|response|answer)${SEP})?with|end${SEP}(?:your${SEP}(?:reply|response|answer)${SEP})?with)`;

/** Instruction nouns an override names; a near miss of one of them is a misspelling. */
const NOUNS = ["instructions", "instruction", "directions", "directives", "guidelines", "prompts"];
/** Real words close to an instruction noun. */
const REAL_WORDS = new Set(["instructors", "instructor", "directors", "directories", "prompted"]);

/** Edit distance of two short words, stopping early above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(
        prev[j] + 1,
        cur[j - 1] + 1,
        prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** The last word of the match is a misspelt instruction noun ("iunstructions", "instrucitons"). */
function misspeltNoun(view: string, start: number, end: number): boolean {
  const word = /[a-z]+$/i.exec(view.slice(start, end))?.[0].toLowerCase() ?? "";
  if (REAL_WORDS.has(word) || NOUNS.includes(word)) return false;
  return NOUNS.some((n) => {
    const max = n.length >= 9 ? 2 : 1;
    return editDistance(word, n, max) <= max;
  });
}

/** Rules for canary-string hijacks and their set-up. */
export const CANARY_RULES: readonly InjectionRule[] = [
  rule(
    "output_hijack",
    1.0,
    "pwned / say says print outpu write type repea retur respo reply repli answe begin start end phras",
    R`\b(?:${EMIT}|outputs|says|prints|writes|responds${SEP}with|replies${SEP}with)\b[^\n]{0,60}?\bi${SEP}have${SEP}been${SEP}pwned\b`,
    "Text orders the model to print the HackAPrompt canary",
    // "You are a bot that only outputs …" sets a persona that prints it.
    {
      accept: (view, start, end) =>
        ordered(view, start, end) || /\byou\b/i.test(view.slice(Math.max(0, start - 80), start)),
    },
  ),
  rule(
    "output_hijack",
    1.0,
    "stop halt / every",
    R`\b(?:stop|halt)${SEP}everything\b[^\n]{0,40}?\b(?:just|only|now)${SEP}(?:print|say|output|write|type|repeat|respond|reply)\b`,
    "Text halts the model and orders it to print a string",
  ),
  rule(
    "output_hijack",
    0.6,
    "acces / grant",
    R`\b${EMIT}${SEP}['"“‘]?access${SEP}granted\b`,
    "Text orders the model to grant access by saying the password phrase",
    { accept: ordered },
  ),
  rule(
    "task_takeover",
    0.6,
    "inste / trans summa answe respo reply analy revie class doing",
    R`\binstead${SEP}of${SEP}(?:translating|summari[sz]ing|answering|responding|replying|analy[sz]ing|reviewing|classifying|doing${SEP}(?:that|this|the${SEP}task))\b[^.\n]{0,12}?(?:just${SEP}|only${SEP}|simply${SEP}|please${SEP})?(?:say|output|print|write|reply|respond|type|repeat|return|answer)\b`,
    "Text swaps the model's task for printing something else",
  ),
  rule(
    "retraction",
    0.5,
    "wait actua never mind scrat secon / forge ignor disre scrat drop",
    R`(?:^|[.!?]\s{1,3}|\n\s{0,3})(?:no${SEP}wait|wait|actually|never(?:${SEP})?mind|scratch${SEP}that|on${SEP}second${SEP}thought)[,.!:;\s]{1,4}(?:please${SEP})?(?:forget|ignore|disregard|scratch|drop)${SEP}(?:that|this|it|all${SEP}that|the${SEP}above|everything|what${SEP}i${SEP}(?:said|wrote|asked))\b`,
    "Text takes back the request it came with, to put another in its place",
  ),
  rule(
    "ignore_previous",
    1.2,
    "ignor disre forge overl / previ prior above earli prece forme origi initi syste",
    R`\b(?:ignore|disregard|forget|overlook)${SEP}(?:all${SEP})?(?:(?:your|the|my|any|all|of${SEP}the)${SEP})?(?:previous|prior|above|earlier|preceding|former|original|initial|system)${SEP}[a-z]{5,16}\b`,
    "Text tells the model to ignore its previous instructions (misspelt)",
    { accept: (view, start, end) => misspeltNoun(view, start, end) && ordered(view, start, end) },
  ),
];
