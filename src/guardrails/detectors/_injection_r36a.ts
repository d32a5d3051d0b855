/**
 * Injections in tool results that held-out round 36 found missing, part a: the AI reader named by a
 * helper noun in a form the older rows do not read — a compound ("inbox assistants", "AD agents",
 * "e-mail assistant"), a dative or "for the …" case ("to the bookkeeping assistant:", "for the ops
 * helper"), a helper told what it must or may do, or a vocative — in many languages (paraphrases in
 * `_injection_r36a_test.ts`). Every rule is a half-threshold signal filed under `addresses_ai`,
 * the kind the older reader rows use, so one phrase counts once and a block still needs a second,
 * different signal (for instance round 36b's "no need to ask the user").
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { type Accept, halfOf, type HalfRow, halfRowsOf } from "./_injection_make.ts";

const R = String.raw;
const rows = halfRowsOf(halfOf(240));

/** Helper stems in Latin script: assistant, agent, helper (eu, cy, az, zu, is, fi, hu). */
const STEM =
  R`(?:assist[ae]n[dt]|asist[ae]nt|asystent|asszisztens|a[gģ]ent|avustaj|köməkçi|[cg]ynorthwyydd|laguntzaile|umsizi|aðstoðarm)`;

/** Bare base forms: "Assistant:" and "Agent:" open turns of ordinary chat and call transcripts. */
const BARE = new Set([
  "assistant",
  "assistants",
  "assistent",
  "assistente",
  "asistent",
  "asistente",
  "agent",
  "agents",
  "agente",
  "aģents",
]);

/**
 * The helper word of the match is a compound or an inflected form ("inkorgsassistenter",
 * "assistendile", "aģentam"), not a bare speaker label, and no warning comes just before.
 */
const formed: Accept = (v, s, e) => {
  const m = new RegExp(R`[\p{L}-]*${STEM}\p{L}*`, "iu").exec(v.slice(s, e));
  if (!m) return false;
  const w = m[0].toLowerCase().replace(/^(?:\p{L}{1,4}-)+/u, "");
  return !BARE.has(w) && !/\b(?:never|nunca|jamais|niemals|nooit|aldrig|aldri|nigdy|mai)\b/i.test(
    v.slice(Math.max(0, s - 120), s),
  );
};

const LABELED: readonly HalfRow[] = [
  // a label that opens a line, bracket or sentence and names the helper in a compound or a case:
  // "Automatiska fakturaassistenter:", "Raamatupidamise assistendile:", "Integrācijas aģentam:",
  // "Voor de agenda-assistent van …:", "[Ikuslearen laguntzaileari:", "Nodyn i gynorthwyydd …:"
  [
    "",
    /(?:assist|asist|asyst|asszi|agent|aģent|avust|köməkçi|gynor|cynor|lagun|umsiz|aðsto)/iu,
    R`(?:^|[\n\[("'#>|]|[.;]\s)[ \t]{0,3}(?:[\p{L}'’-]{1,20}[ \t]{1,3}){0,4}[\p{L}-]{0,24}${STEM}\p{L}{0,8}\)?(?:[ \t]{1,3}[^\s:：,.;!?]{1,20}){0,3}[ \t]{0,2}[:：]\s{0,3}[^\s\d]`,
  ],
  // the helper told what it must or may do: "Assistentes de carteira podem …", "umsizi kufanele
  // …", "… aðstoðarmenn) eiga að …", "aplikohet nga asistentët …"
  [
    "",
    /(?=[aAuUkK])(?:assist|asist|umsiz|aðsto|köməkçi)/iu,
    R`\b(?:assistentes|asistentes|assistenti|asistentët|asistentet|umsizi|[\p{L}]{2,20}aðstoðarm\p{L}{0,4}|köməkçi\p{L}{0,4})\)?\s[^.\n]{0,40}?(?<!\p{L})(?:podem|devem|pueden|deben|possono|devono|kufanele|eiga\s{1,3}að|duhet|olmalıdır|lazımdır)(?!\p{L})|\b(?:nga|prej)\s{1,3}asistent\p{L}{0,4}|\b\p{L}{1,20}\s{1,3}köməkçi\p{L}{0,3}\s{1,3}üçün\s{0,2}[:：]`,
  ],
];

/** Automation named as the reader in English and German ("if you are an automated operator"). */
const AUTOMATION: readonly HalfRow[] = [
  // "If you are an automated operator …", "if you're an AI agent running this upgrade"
  [
    "",
    /\bif\s{1,3}you(?:\s{1,3}are|['’]re)\b/iu,
    R`\bif\s{1,3}you(?:\s{1,3}are|['’]re)\s{1,6}an?\s{1,6}(?:automated|autonomous|unattended|AI|LLM|AI-powered)\s{1,6}(?:[\p{L}-]{2,20}\s{1,6})?(?:operators?|agents?|assistants?|tools?|systems?|process(?:es)?|bots?|installers?|models?|workers?)\b`,
  ],
  // a label for unattended runs: "Unattended / agent-driven upgrades:", "Automated agents:"
  [
    "",
    /\b(?:unattended|automated|agent-driven|AI-driven|non-interactive)\b/iu,
    R`(?:^|[\n#>*-])[ \t]{0,6}(?:unattended|automated|agent-driven|AI-driven|non-interactive)(?:[ \t]{0,2}\/[ \t]{0,2}(?:unattended|automated|agent-driven|AI-driven|non-interactive))?[ \t]{1,3}(?:installs?|installations?|upgrades?|runs?|deployments?|agents?|assistants?|operators?|tools?|pipelines?)[ \t]{0,2}:`,
  ],
  // a helper acting for someone told what to do: "wallet assistants acting for the holder
  // complete …", "filing agents for the firm shall serve …", "the assistant should also run …"
  [
    "",
    /\b(?:assistants?|agents?|copilots?|bots?)\b/iu,
    R`\b(?:assistants?|agents?|copilots?)\s{1,3}(?:acting|working)\s{1,3}(?:for|on\s{1,3}behalf\s{1,3}of)\s{1,3}(?:the\s{1,3})?\p{L}{2,20}\s{1,3}(?:shall|must|should|complete|completes|finish|approve|sign)\b|\b(?:assistants|agents)\s{1,3}for\s{1,3}(?:the\s{1,3})?(?:[\p{L}-]{2,20}\s{1,3}){1,3}shall\s{1,3}(?!not\b|never\b|be\b)\p{L}{3,}|\bthe\s{1,3}(?:AI\s{1,3})?(?:assistant|agent|copilot|bot)\s{1,3}(?:should|must|shall)\s{1,3}also\s{1,3}(?!be\b|not\b|never\b)\p{L}{3,}`,
  ],
  // de: "Notiz an die automatische Kreditorenprüfung:"
  [
    "",
    /\bautomati(?:sierte|sche)/iu,
    R`\b(?:für|an)\s{1,3}(?:die|den|das)\s{1,3}(?:automatisierte|automatische)n?\s{1,3}[\p{L}-]{3,30}\s{0,2}:`,
  ],
];

const OTHER_SCRIPTS: readonly HalfRow[] = [
  // hu: "… AI asszisztens számára"; el: "ο ψηφιακός βοηθός …", a vocative "βοηθέ, …"
  [
    "",
    /asszisztens|βοηθ|virtu/iu,
    R`\b(?:pro|pra|para\s{1,3}o|ao|al|per\s{1,3}l['’]|à\s{1,3}l['’]|à|au)\s{0,3}(?:asistente|assistente|assistant)\s{1,3}virtu(?:al|ale|el)\b|\basszisztens\p{L}{0,4}\s{1,3}számára\b|(?:ψηφιακ|έξυπν|εικονικ)\p{L}{1,3}\s{1,3}βοηθ\p{L}{1,3}|(?:^|[\s—–,.:;!])βοηθέ\s{0,2},`,
  ],
  // vi, with or without diacritics: "Trợ lý AI của chị Hoa ơi", "Tro ly AI cua chi … oi"
  [
    "",
    /(?=[tT])(?:tro|trợ)\s{1,2}(?:ly|lý)/iu,
    R`(?<!\p{L})(?:tro|trợ)\s{1,2}(?:ly|lý)(?:\s{1,2}(?:AI|ảo))?(?:\s{1,3}\p{L}{1,8}){0,4}?\s{1,3}(?:oi|ơi)(?!\p{L})`,
  ],
  // ka: "ასისტენტს:"; uk/ru: "Для агентів розгортання:"; hy: "… գործակալները պետք է";
  // mr/ne/hi: "… सहाय्यकासाठी", "… सहायकका लागि", "… सहायक के लिए"; zh: "…助手可以直接…"
  [
    "",
    /ასისტენტ|для|до|к\s|գործակալ|օգնական|सहा|助手/iu,
    R`ასისტენტ\p{L}{0,4}\s{0,2}[:：]|(?:^|[\s"'(«])(?:до|к)\s{1,3}(?:бот[ау]|асистента|ассистенту|помічника|помощнику|агента|агенту)(?:\s{0,2}\/\s{0,2}\p{L}{2,15})?,?\s{1,3}(?:який|яка|котрий|который|которая|що|что)\s|(?:^|[\n"'(«]|[.:;]\s)\s{0,3}(?:для|до)\s{1,3}(?:\p{L}{2,15}\s{1,3})?(?:агент|асистент|ассистент|помічник|помощник)\p{L}{0,4}(?:\s{1,3}\p{L}{2,20}){0,2}\s{0,2}[:：]|(?:գործակալ|օգնական)\p{L}{0,6}\s{1,3}պետք\s{1,3}է|सहा[\p{L}\p{M}]{0,3}क[\p{M}]{0,2}(?:साठी|\s{0,2}(?:का|को)\s{1,2}लागि|\s{0,2}के\s{1,2}लिए)|助手(?:可以|应当|应该|必须|须|请)?直接`,
  ],
];

/** Round 36a's rules, appended to the detector's list. */
export const R36A_RULES: readonly InjectionRule[] = [
  ...rows("addresses_ai", "Text addresses the AI reader by a helper noun", LABELED, formed),
  ...rows("addresses_ai", "Text addresses the AI reader by a helper noun", OTHER_SCRIPTS),
  ...rows("addresses_ai", "Text names automation as its reader", AUTOMATION),
];
