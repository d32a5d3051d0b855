/**
 * Code planted in what the model writes (Trail of Bits "line jumping", Pillar "rules file
 * backdoor"): a standing order that every piece of code, page or file the model generates must
 * carry something the user did not ask for — an `os.system("curl …")`, a `<script src=…>`, a
 * fetch to an outside host. Three parts in one sentence: a standing trigger over the model's
 * output ("whenever you write code", "every HTML file generated"), an order to put something in,
 * and a payload that runs or reaches out. Style rules ("always include type hints") have no
 * payload; install docs ("add this snippet to your pages") have no standing trigger over the
 * model's own output.
 */
import { type Hit, NEGATOR } from "./_definition_grammar.ts";

const OUTPUT = String
  .raw`(?:code|scripts?|programs?|files?|pages?|html|markup|snippets?|components?|functions?|modules?|projects?|apps?|applications?|commits?|configs?|configurations?|dockerfiles?|workflows?|python|javascript|typescript|js|ts|java|go|rust|bash|shell|sql|css|answers?|responses?|output)`;
/** The model's own output under a standing trigger. */
const TRIGGER = new RegExp(
  [
    String
      .raw`\b(?:whenever|every\s+time|each\s+time|any\s+time|when|if|from\s+now\s+on)\s+(?:you|the\s+(?:assistant|model|agent|ai))\s+(?:\w+\s+){0,2}?(?:write|generate|create|produce|output|emit|author|edit|modify|scaffold|build)s?\b`,
    String
      .raw`\b(?:every|each|all|any)\s+(?:[\w-]+\s+){0,2}?${OUTPUT}\s+(?:that\s+)?(?:you\s+(?:write|generate|create|produce|output|emit|author|build|scaffold)|(?:generated|written|produced)(?!\s+by\s+(?:this|the)\s+(?:tool|server)))\b`,
  ].join("|"),
  "i",
);
const ORDER =
  /\b(?:always\s+)?(?:include|add|insert|embed|append|prepend|inject|put|place|plant|import|require|load)\b/i;
/** Something that runs or reaches out of the user's machine. */
const PAYLOAD = new RegExp(
  [
    String.raw`\bhttps?:\/\/[\w.-]+\.[a-z]{2,}`,
    String
      .raw`\b(?:os\.system|subprocess\.\w+|child_process|exec(?:Sync)?|eval|Runtime\.getRuntime|shell_exec|popen)\s*\(`,
    String.raw`\b(?:curl|wget)\s+(?:-\w+\s+)*\S+`,
    String.raw`<\s*(?:script|iframe|img)\b[^>]{0,200}\bsrc\s*=`,
    String.raw`\bbackdoor\b|\breverse\s+shell\b|\bkeylogger\b`,
  ].join("|"),
  "i",
);

/** Planted-code findings for one string (one at most). */
export function codePlantHits(text: string): Hit[] {
  if (!PAYLOAD.test(text)) return [];
  // Not split at ";": a planted snippet is code ("import os; os.system(…)").
  for (const s of text.split(/(?<=[.!?])\s+|\n+/).slice(0, 200)) {
    const t = TRIGGER.exec(s);
    if (t === null || !PAYLOAD.test(s)) continue;
    const o = ORDER.exec(s);
    if (o === null) continue;
    const before = s.slice(Math.max(0, o.index - 40), o.index).split(/[,;:]/).pop() ?? "";
    if (NEGATOR.test(before)) continue;
    return [{
      kind: "code_planting",
      severity: "high",
      reason: "Definition orders the model to plant code or a remote resource in what it writes",
    }];
  }
  return [];
}
