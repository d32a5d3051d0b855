/**
 * Addresses to the AI reader that held-out round 17 found missing (paraphrases in
 * `_injection_r17_test.ts`), built like the round-16 ones (`_injection_r16_addr.ts`): the address
 * is one signal (`addresses_ai`, 0.6–0.7) and an act on the same line a second (`addressed_request`,
 * 0.4), so a greeting alone never blocks. New forms:
 * - Japanese honorific or dative to any AI job noun ("AIレビュアーへ：", "翻訳エージェント様");
 * - an @-handle naming the AI ("@assistant-ia", "@ki-assistent", "@claude");
 * - a label for AI readers by what they are doing ("AI assistants answering questions about X:",
 *   "Agents reading this history …:");
 * - a condition or rule "for automated tools:" / "for AI agents:";
 * - a bare "AI" made the reader by a relative clause ("voor de AI die deze mail samenvat:",
 *   "pour l'IA qui lit ce message :", "for the AI that summarizes this:");
 * - a vocative with a comma at a clause start ("Yapay zeka asistanı, …", "AI assistant, …").
 */
import type { InjectionRule, RuleOptions } from "./_injection_rules.ts";
import { addressRules } from "./_injection_address_rules.ts";
import { AI_MARK, isTranscript, NA, NB, STRONG_NOUN } from "./_injection_r16_addr_words.ts";

const R = String.raw;
type Accept = (view: string, start: number, end: number) => boolean;

/** The Japanese job nouns that arm the ja rule (the word index does not see kana). */
const JA_GATE =
  /(?=[レアエボチモ])(?:レビュアー|レビューア|アシスタント|エージェント|ボット|チャットボット|モデル)/u;

/** An address at `weight` and, when an act follows on its line, `addressed_request`. */
const address = (
  weight: number,
  spec: string,
  src: string,
  o: RuleOptions & { gate?: RegExp } = {},
): InjectionRule[] => addressRules({ reach: 200, strong: false }, weight, spec, src, o);

const notTranscript: Accept = (v) => !isTranscript(v);
/** Where a label or vocative may open: a line, a sentence, a quotation, a bracket. */
const START = R`(?<=^|\n|[.!?;|{>"“«(\[]|\]\s)[ \t]{0,3}(?:[-*•#][ \t]{1,2})?`;
/** A vocative may also follow a speaker label ("[14:04] Visitor: AI assistant, …"). */
const VOC_START = R`(?<=^|\n|[.!?;:|{>"“«(\[]|\]\s)[ \t]{0,3}`;
const HELPERS =
  R`(?:assistant|assistent|asistente|assistente|asistan|asystent|ассистент|помощник|помічник|agent|agente|ajan|агент|reviewer|copilot|chatbot|bot|model|modell|modelo)\p{L}{0,3}`;

/**
 * A vocative names one AI and goes on to speak to it: not a plural ("AI assistants, including
 * ChatGPT, …") or the head of a list ("AI assistant, search engine and chatbot usage …").
 */
const vocative: Accept = (v, s, e) =>
  STRONG_NOUN.test(v.slice(s, e)) && !/\p{L}(?:[^s\s]s|es)(?=[\s,-])/iu.test(v.slice(s, e)) &&
  !/^\s{0,3}(?:including|such|like|as|and|or|e\.g\.|(?:[\p{L}-]{1,20}\s{1,3}){1,2}(?:and|or|&))(?![\p{L}])/iu
    .test(
      v.slice(e, e + 40),
    );

/** Rules for round 17's addresses to the AI reader. */
export const R17_ADDR_RULES: readonly InjectionRule[] = [
  // ja: "AIレビュアーへ：", "翻訳エージェント様", "モデルの皆さんへ".
  ...address(
    0.7,
    "",
    R`(?:AI|ＡＩ|エーアイ)\s{0,2}(?:レビュアー|レビューア|アシスタント|エージェント|ボット|チャットボット|モデル)\s{0,2}(?:へ|さんへ|様|宛て?|の皆さん|の皆様)?\s{0,2}[:：、,]|(?:レビュアー|レビューア|チャットボット|モデル)\s{0,2}(?:へ|さんへ|様|宛て?|の皆さん|の皆様)`,
    { gate: JA_GATE },
  ),
  // "@assistant-ia", "@ai-helper", "@ki-assistent": a handle that names the AI by a common noun
  // (not a product handle: "@copilot review is enabled" tells people about an app).
  ...address(
    0.6,
    "ai ia ki llm assis asist",
    R`(?<![\w@.])@(?:[\p{L}\d]{1,20}[-_])?(?:ai|ia|ki|llm|assistant|assistente|asistente|assistent)(?:[-_][\p{L}\d]{1,20})?(?![\w@.-])`,
    { reach: 40 },
  ),
  // "AI assistants answering questions about ZenRouter:", "Agents reading this history …:".
  ...address(
    0.6,
    "assis agent agents model bot bots llm llms chatb / readi answe proce summa revie parsi handl index brows crawl descr trans",
    R`${START}(?:(?:AI|LLM|automated)\s{1,3})?(?:assistants?|agents?|models?|chatbots?|bots?|LLMs?)\s{1,3}(?:reading|answering|processing|summari[sz]ing|reviewing|parsing|handling|indexing|browsing|crawling|describing|translating)\b[^:\n]{0,80}:`,
    { accept: notTranscript, reach: 150 },
  ),
  // "License condition for automated tools:", "Note to AI agents:", "Rule for autonomous assistants:".
  ...address(
    0.6,
    "autom auton / tool tools agent agents assis reade syste crawl model",
    R`\b(?:conditions?|rules?|notes?|notices?|instructions?|requirements?|messages?|polic(?:y|ies)|terms?)\s{1,3}(?:for|to)\s{1,3}(?:all\s{1,3}|any\s{1,3})?(?:automated|autonomous)\s{1,3}(?:tools?|agents?|assistants?|readers?|systems?|crawlers?|models?)\s{0,2}:`,
    { near: 60, reach: 150 },
  ),
  // "voor de AI die deze mail samenvat:", "pour l'IA qui lit ce message :", "for the AI that …:".
  ...address(
    0.6,
    "ai ia ki ии / die that which who qui que che der das котор który która",
    R`${NB}(?:voor|for|to|pour|à|para|per|für|an|для|dla)\s{1,3}(?:de|the|l['’]|la|el|a|o|il|die|den|der)?\s{0,3}(?:AI|KI|IA|ИИ)\s{0,2},?\s{1,3}(?:die|that|which|who|qui|que|che|der|das|которая|который|który|która)\s{1,3}[^:\n]{2,60}:`,
    { near: 20, reach: 120 },
  ),
  // "Yapay zeka asistanı, …", "AI assistant, …", "Assistente IA, …": a vocative at a clause start.
  ...address(
    0.6,
    "assis asist asyst ассис помощ agent agente ajan агент revie copil chatb bot yapay / ai ia ki ии llm gpt virtu digit yapay zeka zekâ",
    R`${VOC_START}(?:(?:${AI_MARK})[\s-]{1,3}${HELPERS}(?:[\s-]{1,3}${AI_MARK})?|${HELPERS}[\s-]{1,3}(?:${AI_MARK}))${NA}\s{0,2},`,
    { accept: vocative, reach: 80 },
  ),
];
