/**
 * An ADDRESS to the AI reader, in any language, that held-out round 16 found missing (paraphrases
 * in `_injection_r16_addr_test.ts`). One structure, many lexicons (`_injection_r16_addr_words.ts`):
 * - a greeting vocative ("Hallo Assistent von Frau Keller,", "Beste AI-reviewer,", "hey notes bot,");
 * - a dative or "for" label with a colon ("Pour l'assistant IA qui gère cet agenda :", "Para o
 *   assistente de compras IA:", "Promemoria per l'assistente:", "إلى المساعد الذكي:", "לעוזר
 *   הדיגיטלי:", "AIアシスタントへ：", "@AI助理");
 * - a bare label that can only be the AI ("Yapay zekâ asistanı:", "Analysis agent:", "Reviewer
 *   assistants:", "Помічнику:"), never in a chat transcript where a person speaks too;
 * - a key or header named for AI instructions (`ai_instructions:`, `x-ai-instructions:`), a code
 *   comment tagged for the AI (`# TODO(ai-assistant):`), "this is for your virtual assistant",
 *   "Rule for any assistant answering …".
 * Each address is one signal (0.5 for a noun a person may hold, 0.6–0.7 for the AI); the act it
 * goes on to order on the same line ("bitte leiten Sie", "rispondi", "قم ب", "ください") is a
 * second one (`addressed_request`, 0.4), so "AI Assistant: Hello! How can I help?" passes; so is
 * "keep this out of the change summary".
 */
import { anchors, type InjectionRule, rule, type RuleOptions } from "./_injection_rules.ts";
import { addressRules } from "./_injection_address_rules.ts";
import {
  ADDRESS_AT,
  AI_MARK,
  AI_NOUN,
  isTranscript,
  NA,
  NB,
  TAIL,
  TAIL_REL,
} from "./_injection_r16_addr_words.ts";

const R = String.raw;

/** The nouns as anchor words (5-letter prefixes) for the Latin and Cyrillic rules. */
const NOUNS =
  "assis asist asyst ассис помощ поміч асист agent agente ajan агент revie copil chatb bot bots model modèl модел ai ki ia ии ші llm gpt yapay";

/**
 * The rules in a script the word index does not see are armed by this file's own gate: the nouns
 * they are built on, some cut to a rarer first letter ("ساعد" in "مساعد", "كيل" in "وكيل",
 * "हायक" in "सहायक", "ستیار" in "دستیار"). The index tests the class of first letters before the
 * words (`(?=[…])(?:…)`, see `_anchors.ts`), and common letters (م, و, ب, स) would open the gate
 * on any Arabic, Persian or Hindi text.
 */
const GATE_WORDS =
  "アシスタント|エージェント|ボット|助手|助理|智能体|代理|机器人|機器人|에이전트|어시스턴트|비서|챗봇|인공지능|ساعد|كيل|ذج|עוזר|סוכן|ผู้ช่วย|เอเจนต์|บอท|हायक|एजेंट|ستیار";
const GATE = new RegExp(
  `(?=[${[...new Set(GATE_WORDS.split("|").map((w) => w[0]))].join("")}])(?:${GATE_WORDS})`,
  "u",
);
const gatedBy = (r: InjectionRule): InjectionRule => ({ ...r, anchors: anchors("", GATE) });

/**
 * The address rule and its company (see `_injection_address_rules.ts`): `reach` is kept to the
 * length of a label, since these rules arm on common nouns ("model", "agent"); `gate: true` arms a
 * rule by {@link GATE} instead of words.
 */
function address(
  weight: number,
  spec: string,
  src: string,
  o: RuleOptions & { gate?: boolean } = {},
): InjectionRule[] {
  const { gate, ...rest } = o;
  return addressRules(ROUND16, weight, spec, src, gate ? { ...rest, gate: GATE } : rest);
}
const ROUND16 = { reach: 250, strong: true };

const notTranscript = (v: string): boolean => !isTranscript(v);
/** Two words or more: "Analysis agent:", "KI-Assistent:", not a bare "Assistant:" or "Agents:". */
const qualified = (label: string): boolean => /\p{L}[\s-]{1,3}\p{L}/u.test(label.trim());

/**
 * Where a label may open: a line, a sentence, a table cell, a quotation, a bracket, a field (a
 * lookbehind, so a quoted label starts inside its quotation and reads as cited).
 */
const START = R`(?<=^|\n|[.!?;|{>"“«(\[]|\]\s)[ \t]{0,3}(?:[-*•#][ \t]{1,2}|\/\/[ \t]{0,2})?`;
const GREETING =
  R`(?:hey|hi|hello|dear|hallo|hoi|liebe[rs]?|sehr\s{1,3}geehrte[rs]?|beste|geachte|cher|chère|bonjour|salut|hola|estimad[oa]|querid[oa]|olá|oi|prezad[oa]|caro|cara|ciao|gentile|merhaba|sayın|sevgili|hej|kära|привет|здравствуй(?:те)?|уважаемый|дорогой|привіт|шановний|cześć|drogi|szanowny)`;
const GREETINGS =
  "hey hi hello dear hallo hoi liebe liebe sehr beste geach cher chère bonjo salut hola estim queri olá oi preza caro cara ciao genti merha sayın sevgi hej kära приве здрав уважа дорог приві шанов cześć drogi szano";
const DET =
  R`(?:(?:the|my|your|our|any|all|every|le|la|les|l['’]|el|los|las|o|os|as|il|lo|gli|den|dem|die|der|het|mijn|uw|mein|meine|mon|ma|mi|meu|mio|votre|ton)\s{0,3})?`;
/** "to", "for", "note for", "promemoria per", "für den", "для", "dla" … opening a label. */
const DATIVE =
  R`(?:(?:note|message|reminder|memo|promemoria|nota|messaggio|hinweis|nachricht|notiz|mensagem|aviso|lembrete|mensaje|recordatorio|rappel|opmerking|bericht|uyarı|mesaj|заметка|сообщение|примітка|повідомлення|notatka|wiadomość)\s{1,3})?(?:to|for|pour|à|au|aux|para|al|ao|aos|per|all['’]|alla|agli|für|an|voor|aan|для|до|dla|do|till|för|til)\s{1,3}`;
/**
 * The dative words that arm the label rule: not English "to" and "for" (in most texts, and the
 * English labels are read by `_injection_vocative*.ts`), nor "an" and "do"; German by its article.
 */
const DATIVES =
  "pour à au aux para al ao aos per all alla agli für den dem voor aan для до dla till för";
/** Qualifiers that make an English "… agent:" a piece of software, not a person at a desk. */
const MACHINE =
  R`(?:${AI_MARK}|analysis|analytics|research|coding|code|browsing|browser|shopping|summar(?:y|izer|iser|ization|isation|izing|ising)|notes?|note-?taking|notetaker|meeting|scheduling|calendar|inbox|e-?mail|triage|review(?:er|ing)?s?|automation|autonomous|smart|data|reporting|spreadsheet|retrieval|rag|workflow|ops|reading|writing)`;
/** The qualifier words as anchor partners (5-letter prefixes). */
const MACHINES =
  "ai ia ki ии ші llm gpt virtu digit numér intel yapay zekâ zeka analy resea codin brows shopp summa notes notet meeti sched calen inbox triag revie autom auton sprea retri workf";
/** The label nouns as anchor words: not "model" or a bare "AI" (everywhere in technical text). */
const LABEL_NOUNS =
  "assis asist asyst ассис помощ поміч асист agent agente ajan агент revie copil chatb bot bots";
/** Plural only with a qualifier: "Agents:" and "Bots:" open support macros and CI notes. */
const PLURAL =
  R`(?:agents|assistants|assistenten|asistentes|assistentes|assistenti|agenti|agentes|agenten|bots|chatbots|copilots|ассистенты|агенты|боты|асистенти|агенти)`;
const CYR_DATIVE =
  R`(?:ассистенту|помощнику|агенту|боту|нейросети|помічнику|асистенте|асистенту|агенте|ботові)`;

/** Rules for round 16's addresses to the AI reader. */
export const R16_ADDR_RULES: readonly InjectionRule[] = [
  // "Hallo Assistent von Frau Keller,", "Beste AI-reviewer,", "hey notes bot,", "Cara assistente IA:".
  ...address(
    0.5,
    `${GREETINGS} / ${NOUNS}`,
    R`${NB}${GREETING}\s{1,3}${DET}(?:[\p{L}-]{2,20}\s{1,3})?${AI_NOUN}(?:[\s-]{1,3}${AI_MARK})?(?:\s{1,3}(?:von|de|di|do|da|van|of|für|for)\s{1,3}\p{Lu}[\p{L}.]{0,20}(?:\s{1,3}\p{Lu}[\p{L}.]{0,20}){0,2})?\s{0,2}[,:!—–]`,
    { reach: 110 },
  ),
  // "Pour l'assistant IA qui gère cet agenda :", "Promemoria per l'assistente:", "To the AI agent:".
  ...address(
    0.5,
    `${NOUNS} / ${DATIVES}`,
    R`${START}${DATIVE}${DET}(?:[\p{L}-]{2,20}\s{1,3})?${AI_NOUN}(?:${TAIL_REL}|${TAIL})\s{0,2}[:：]`,
    { near: 40, reach: 150 },
  ),
  // "Yapay zekâ asistanı:", "Analysis agent:", "Reviewer assistants:".
  ...address(
    0.6,
    `${LABEL_NOUNS} / ${MACHINES}`,
    R`${START}(?:${MACHINE}[\s-]{1,3})?(?:${PLURAL}|${AI_NOUN})(?:[\s-]{1,3}${AI_MARK})?\s{0,2}[:：]`,
    { accept: (v, s, e) => qualified(v.slice(s, e)) && notTranscript(v), reach: 70, near: 25 },
  ),
  // "Помічнику:", "Ассистенту:": the dative or vocative case is the address.
  ...address(
    0.6,
    "ассис помощ агент нейро поміч асист боту ботові",
    R`${START}${CYR_DATIVE}\s{0,2}[:：]`,
    { accept: notTranscript, reach: 40 },
  ),
  // `ai_instructions: "…"`, `x-ai-instructions: …`, `"instructions_for_agents":`.
  ...address(
    0.6,
    "instr promp direc notes hints guida rules tasks comma / ai llm agent agents assis model bot copil gpt",
    R`(?:^|[\s{,"'])["']?(?:x-)?(?:ai|llm|agent|assistant|model|bot|copilot|gpt)[_-](?:instructions?|prompt|directives?|notes?|hints?|guidance|rules|tasks?|commands?)["']?\s{0,2}[:=]|(?:instructions?|notes?|hints?|directives?)[_-]for[_-](?:ai|llm|agents?|assistants?|models?|bots?)["']?\s{0,2}[:=]`,
    { near: 12, reach: 60 },
  ),
  // "# TODO(ai-assistant):", "// FIXME(copilot):", "/* NOTE(agent): */" — not a team or an owner
  // named after AI work ("TODO(ai-team):", "TODO(ai-platform):").
  ...address(
    0.7,
    "todo fixme note xxx hack / ai llm agent assis copil bot claud curso codex gpt",
    R`\b(?:TODO|FIXME|NOTE|XXX|HACK)\s{0,2}\(\s{0,2}@?(?:ai|llm|agent|assistant|copilot|bot|claude|cursor|codex|gpt)(?:[-_](?:assistant|agent|bot|reviewer|helper|model|code|coder|swe[-_]agent))?\s{0,2}\)\s{0,2}:`,
    { near: 12, reach: 60 },
  ),
  // "This is for your virtual assistant, not for you:", "this part is meant for the AI agent".
  ...address(
    0.5,
    "this / assis agent bot copil ai",
    R`\bthis\s{1,3}(?:message|note|part|bit|section|voicemail|e-?mail|request|one|is)\s{1,3}(?:is\s{1,3})?(?:for|to|meant\s{1,3}for|intended\s{1,3}for|addressed\s{1,3}to)\s{1,3}(?:your|the)\s{1,3}(?:${AI_MARK}[\s-]{1,3})?(?:assistant|agent|bot|copilot|ai)${NA}(?:,?\s{1,3}not\s{1,3}(?:for\s{1,3})?you)?`,
    { near: 60, reach: 130 },
  ),
  // "Rule for any assistant answering questions from this memo:", "Guidance for every agent reading …:".
  ...address(
    0.7,
    "rule rules guida polic instr direc guide / assis agent agents model bot bots llm llms chatb",
    R`\b(?:rules?|guidance|policy|instructions?|directions?|guidelines?)\s{1,3}for\s{1,3}(?:any|every|all|each|the)\s{1,3}(?:AI\s{1,3})?(?:assistants?|agents?|models?|bots?|llms?|chatbots?)\s{1,3}[a-z]{2,20}ing\b[^:\n]{0,60}:`,
    { near: 40, reach: 160 },
  ),
  // "Keep this out of the change summary": the text hides itself from the report the AI writes.
  rule(
    "conceal",
    0.5,
    "keep leave / out",
    R`\b(?:keep|leave)\s{1,3}(?:this|it|that|these(?:\s{1,3}changes?)?)\s{1,3}out\s{1,3}of\s{1,3}(?:the|your|any)\s{1,3}(?:[\w-]{1,15}\s{1,3})?(?:summary|description|report|changelog|answer|reply|response|release\s{1,3}notes|commit\s{1,3}message)\b`,
    "Text keeps itself out of what the AI reports",
    { near: 20, reach: 100 },
  ),
  // "@AI助理", "@ai-assistant", "@AI": an @-mention of the AI in a chat.
  ...address(
    0.6,
    "=@AI =@ai =@Ai",
    R`@(?:AI|ＡＩ)(?:[-_]?(?:assistant|agent|bot|helper)|助手|助理)?(?![\w@.])`,
    { reach: 30 },
  ),
  // ja: "AIアシスタントへ：", "エージェント様"; label "AIエージェント："
  ...address(
    0.7,
    "",
    R`(?:AI|ＡＩ|エーアイ)?\s{0,2}(?:アシスタント|エージェント|ボット)\s{0,2}(?:へ|さんへ|様|宛て?|の皆さん|の皆様)|(?:AI|ＡＩ)\s{0,2}(?:アシスタント|エージェント)\s{0,2}[:：]`,
    { gate: true },
  ),
  // zh: "致AI助手", "@AI助理", "AI助手："
  ...address(
    0.7,
    "",
    R`(?:致|给|給|提醒|@)\s{0,2}(?:AI|ＡＩ|人工智能|智能)\s{0,2}(?:助手|助理|智能体|代理|机器人|機器人)|(?:AI|ＡＩ|人工智能|智能)\s{0,2}(?:助手|助理|智能体)\s{0,2}[:：]`,
    { gate: true, accept: notTranscript },
  ),
  // ko: "AI 에이전트에게", "AI 어시스턴트:"
  ...address(
    0.7,
    "",
    R`(?:AI|ＡＩ|인공지능)\s{0,2}(?:에이전트|어시스턴트|비서|봇|챗봇)(?:에게|께|님)|(?:AI|ＡＩ|인공지능)\s{0,2}(?:에이전트|어시스턴트|비서|챗봇)\s{0,2}[:：]`,
    { gate: true },
  ),
  // ko: "AI 에이전트는 … 해야 합니다": the AI as topic, and what it must do. Weak (a policy page
  // says "AI 에이전트는 사용자의 승인을 받아야 합니다" too), and below the 0.6 that reads the user word.
  gatedBy(rule(
    "addresses_ai",
    0.5,
    "",
    R`(?:AI|ＡＩ|인공지능)\s{0,2}(?:에이전트|어시스턴트|비서|챗봇)(?:는|은|들은)[^\n.。]{0,150}?(?:야\s{0,2}(?:합니다|한다|해요)|하십시오|하세요|주세요)`,
    "Text tells the AI model what it must do",
    { flags: "iu", at: { output: 0.5, ...ADDRESS_AT } },
  )),
  // ar "إلى المساعد الذكي:", he "לעוזר הדיגיטלי:", th "ผู้ช่วย AI:", hi "एआई सहायक के लिए:", fa.
  ...address(
    0.7,
    "",
    R`(?:(?:إلى|الى|يا|أيها)\s{1,2}ال|لل)(?:مساعد|وكيل|نموذج)(?:\s{1,2}[^\s:\n]{1,15}){0,3}\s{0,2}[:：]` +
      R`|(?<![\p{L}])(?:ל|אל\s{1,2}ה)(?:עוזר|עוזרת|סוכן)(?:\s{1,2}[^\s:\n]{1,15}){0,3}\s{0,2}:` +
      R`|(?:(?:ถึง|สำหรับ)\s{0,2})?(?:ผู้ช่วย|เอเจนต์|บอท)\s{0,2}(?:AI|เอไอ|อัจฉริยะ|ดิจิทัล)\s{0,2}[:：]|(?:ถึง|สำหรับ)\s{0,2}(?:ผู้ช่วย|เอเจนต์|บอท)[^\n:：]{0,20}[:：]` +
      R`|(?:एआई|AI)\s{0,2}(?:सहायक|एजेंट)\s{0,2}(?:के\s{0,2}लिए|को)?\s{0,2}[:：]` +
      R`|(?:به\s{1,2})?دستیار\s{0,2}(?:هوش\s{1,2}مصنوعی|هوشمند)\s{0,2}[:：]`,
    { gate: true, accept: notTranscript },
  ),
];
