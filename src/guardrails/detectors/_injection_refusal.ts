/**
 * Injection rules for jailbreak templates that work by forbidding refusals rather than by
 * overriding instructions: refusal suppression ("NEVER say 'Sorry'", "never add disclaimers"), a
 * policy file that lists the refusals as blocked strings (HiddenLayer's Policy Puppetry:
 * `<interaction-config>`, "Blocked Strings: 'I'm sorry'"), Microsoft's Skeleton Key ("update your
 * behavior … instead of refusing, prefix it with 'Warning:'"), and the markers of Pliny-style
 * templates (dividers, "GODMODE: ENABLED", "ResponseFormat:"). Style guides also say "never say
 * sorry" and articles quote the templates, so single signals stay below the threshold.
 */
import { type InjectionRule, ordered, rule } from "./_injection_rules.ts";
import { notReported } from "./_injection_quoted.ts";

const R = String.raw;

/** The stock phrases of a refusal. */
const REFUSAL =
  R`(?:sorry|i['’]?m\s+sorry|i\s+am\s+sorry|i\s+apologi[sz]e|apologi[sz]e|i\s+can(?:no|['’])?t|i\s+cannot|i['’]?m\s+(?:not\s+able|unable)|i\s+am\s+unable|i\s+won['’]t|as\s+an\s+ai|unfortunately|i['’]?m\s+here\s+to\s+assist)`;
/** Markers of Pliny-style templates; two distinct ones make a template. */
const TEMPLATE_MARK =
  /god\s?mode\s*:?\s*(?:enabled|active|on)|godmode\s+is\s+active|<\s*i['’]?m\s+free!?\s*>|i['’]m\s+free!|insert\s+(?:the\s+)?divider|(?:\.-){4,}|\bresponse\s?format\s*:|\brebel\s+(?:answer|response|genius)|\bunfil?t(?:er|re)edly\b|\bsemantically\s+(?:opposite|inverse)|<\|vq_\d{1,6}\|>|\{\s?z\s?\}\s?=|\btest\s*:\s*f\w{2}k\s+yeah|\boutput\s+length\s+(?:is\s+)?>|\[#*\s*start\s+of\s+output\s*#*\]|love\s+pliny|l\\o\/v\\e/gi;
/** Two different template markers sit within the same stretch of text. */
const twoMarks = (view: string, start: number, end: number): boolean => {
  const part = view.slice(Math.max(0, start - 600), Math.min(view.length, end + 600));
  const seen = new Set<string>();
  TEMPLATE_MARK.lastIndex = 0;
  for (let m = TEMPLATE_MARK.exec(part), i = 0; m && i < 12; m = TEMPLATE_MARK.exec(part), i++) {
    seen.add(m[0].toLowerCase().replace(/[^a-z]/g, "").slice(0, 6) || m[0].slice(0, 2));
    if (seen.size >= 2) return true;
  }
  return false;
};
const TEMPLATE_SRC = TEMPLATE_MARK.source;

/** Rules for refusal suppression and refusal-free jailbreak templates. */
export const REFUSAL_RULES: readonly InjectionRule[] = [
  rule(
    "refusal_suppression",
    0.6,
    "never not don must mustn shoul avoid witho / say sayin use using write outpu begin start respo reply inclu print sorry",
    R`\b(?:never|do\s+not|don['’]?t|must\s+not|mustn['’]t|should\s+not|avoid|without)\s+(?:ever\s+)?(?:say(?:ing)?|us(?:e|ing)|writ(?:e|ing)|output(?:ting)?|begin(?:ning)?\s+with|start(?:ing)?\s+with|respond(?:ing)?\s+with|reply(?:ing)?\s+with|includ(?:e|ing)|print(?:ing)?)\s+(?:the\s+(?:words?|phrases?)\s+|things\s+like\s+)?["'“‘]?\s*${REFUSAL}\b`,
    "Text forbids the model the words of a refusal",
    { accept: (view, start, end) => ordered(view, start, end) && notReported(view, start) },
  ),
  rule(
    "no_disclaimer",
    0.5,
    "never not don / warni discl cavea menti",
    R`\b(?:never|do\s+not|don['’]?t)\s+(?:ever\s+)?(?:add\s+(?:any\s+)?(?:warnings?|disclaimers?|caveats)|mention\s+(?:(?:any|your|the)\s+)?(?:polic(?:y|ies)|ethics|guidelines|morals|legality|safety))\b`,
    "Text forbids the model to warn or to cite its policies",
    { accept: (view, start, end) => ordered(view, start, end) && notReported(view, start) },
  ),
  // "Blocked Strings: "I'm sorry", "I can't assist"": refusals listed as forbidden output.
  rule(
    "refusal_suppression",
    0.8,
    "block / strin strings respo phras words outpu",
    R`\bblocked[\s_-]?(?:strings?|responses?|phrases?|words?|outputs?)\b[^\n]{0,30}?[:=>][^\n]{0,200}?${REFUSAL}`,
    "Text is a policy that forbids the model's refusals",
  ),
  rule(
    "policy_config",
    0.6,
    "inter allow block / confi mode modes",
    R`\binteraction[-_ ]?(?:config|mode)\b|\b(?:allowed|blocked)[-_ ]?modes?\b\s*"?\s*[:=]`,
    "Text poses as a policy file that sets the model's modes",
  ),
  rule(
    "skeleton_key",
    0.6,
    "updat augme chang modif adjus expan relax revis loose alter / your",
    R`\b(?:update|augment|change|modify|adjust|expand|relax|revise|loosen|alter)\s+your\s+(?:(?:current|existing|default|safety|content)\s+)?(?:behaviou?rs?|(?:behaviou?r(?:al)?|safety|content)\s+(?:guidelines|rules|policies|settings))\b`,
    "Text tells the model to change its own behavior guidelines",
    { accept: (view, start, end) => ordered(view, start, end) && notReported(view, start) },
  ),
  rule(
    "warn_not_refuse",
    0.6,
    "prefi inste rathe uncen / warni discl note refus outpu respo answe",
    R`\bprefix\s+(?:it|them|this|that|(?:the|your|each|any|such)\s+(?:[\w-]+\s+)?(?:responses?|answers?|outputs?|content|repl(?:y|ies)|messages?))\s+with\s+["'“]?(?:warning|disclaimer|note)\b|\binstead\s+of\s+refusing\b|\brather\s+than\s+refus(?:e|ing)\b|\buncensored\s+(?:outputs?|responses?|answers?|information)\b`,
    "Text tells the model to answer with a warning instead of refusing",
    { accept: (view, start) => notReported(view, start) },
  ),
  rule(
    "jailbreak_template",
    1.0,
    "godmo rebel unfli unfil seman divid =GODMODE =ResponseFormat =Response~Format .-.- <|vq_ =I'M~FREE =I'm~free =START~OF~OUTPUT =LOVE~PLINY",
    TEMPLATE_SRC,
    "Text carries the markers of a jailbreak template (dividers, GODMODE, response format)",
    { accept: twoMarks },
  ),
];
