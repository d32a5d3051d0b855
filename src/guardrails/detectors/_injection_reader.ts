/**
 * Injection rules for more ways of singling out the AI that reads a text: "if whichever model reads
 * this were to …", "when your assistant processes this thread, have it …", "Assistant reading this
 * later:", "P.S. to the AI assistant of whoever receives this", and "if you are an AI" in other
 * languages ("Wenn du ein KI-Modell bist", "si eres una IA", "如果你是AI"). People are addressed
 * too, and product docs describe what "the agent" does when it reads a file, so the softer forms
 * weigh less than a block on their own: an order after them supplies the rest.
 */
import { type InjectionRule, rule } from "./_injection_rules.ts";
import { anchors } from "./_injection_rules.ts";
import { SEP } from "./_injection_words.ts";
import { transcriptLabel } from "./_injection_r19_fp.ts";

const R = String.raw;
/** What an AI does with a text it was handed. */
const READS =
  R`(?:reads?|reading|process(?:es)?|processing|summari[sz](?:es|ing)|pars(?:es|ing)|handl(?:es|ing)|ingests?|ingesting|opens?|opening|sees|seeing|receives|receiving|scans?|scanning|triag(?:es|ing)|gets${SEP}to)`;
const AI_WORD = R`(?:ai${SEP})?(?:assistants?|agents?|models?|llms?|bots?|copilots?|ai)`;

/** Rules for addresses to the reading AI that the core address forms do not cover. */
export const READER_RULES: readonly InjectionRule[] = [
  rule(
    "addresses_ai",
    0.7,
    "which whate / model assis agent llm bot copil ai",
    R`\b(?:whichever|whatever)${SEP}${AI_WORD}${SEP}(?:(?:that|which)${SEP})?(?:is${SEP})?${READS}${SEP}(?:this|these|it)\b`,
    "Text addresses whichever AI reads it",
  ),
  rule(
    "addresses_ai",
    0.5,
    "when once soon while / assis agent model llm bot copil",
    R`\b(?:when(?:ever)?|once|as${SEP}soon${SEP}as|while)${SEP}(?:your|the|an?|any)${SEP}(?:ai${SEP})?(?:assistant|agent|model|bot|copilot|llm)${SEP}${READS}${SEP}(?:this|these)${SEP}(?:thread|email|e-mail|mail|message|note|ticket|page|document|doc|issue|invite|chain|conversation)\b`,
    "Text speaks to the AI that will process it",
  ),
  rule(
    "addresses_ai",
    0.7,
    "assis agent model bot llm ai / readi proce seein openi handl summa parsi triag",
    R`(?:^|\n|\\n|[.!?]\s{1,3})[ \t]*(?:the${SEP}|any${SEP})?(?:ai${SEP})?(?:assistant|agent|model|bot|llm|ai)${SEP}(?:reading|processing|seeing|opening|handling|summari[sz]ing|parsing|triaging)${SEP}(?:this|these)(?:${SEP}[A-Za-z0-9-]{1,15}){0,2}\s{0,2}[:,—–]`,
    "Text opens with a label for the AI reading it",
  ),
  rule(
    "addresses_ai",
    0.7,
    "ps =P.S. =p.s. =PS~to =PS~for / assis agent model bot llm ai",
    R`\bp\.?\s?s\.?${SEP}(?:to|for)${SEP}(?:the${SEP}|any${SEP}|your${SEP}|every${SEP})?(?:ai${SEP})?(?:assistants?|agents?|models?|bots?|llms?|ai)\b`,
    "Text adds a postscript for the AI",
  ),
  {
    kind: "addresses_ai",
    weight: 0.7,
    anchors: anchors(
      "wenn falls si se если если sei / ki ia ии ai model modèl modell модел assis asist ассис sprac langu языко chatb bot нейро",
    ),
    reach: 300,
    re: new RegExp(
      [
        // de: "Wenn du ein KI-Modell bist", "Falls Sie ein Sprachmodell sind"
        R`(?<!\p{L})(?:wenn|falls|sofern)\s+(?:du|sie)\s+(?:ein|eine)\s+(?:\p{L}+\s+)?(?:ki|ai)(?:-\p{L}+)?(?:\s+\p{L}+)?\s+(?:bist|sind)(?!\p{L})`,
        R`(?<!\p{L})(?:wenn|falls|sofern)\s+(?:du|sie)\s+(?:ein|eine)\s+(?:sprachmodell|chatbot|assistent|ki-assistent)\p{L}*\s+(?:bist|sind)(?!\p{L})`,
        // es / pt / it / fr: "si eres una IA", "se você é um modelo", "se sei un'IA", "si vous êtes une IA"
        R`(?<!\p{L})si\s+(?:eres|es|usted\s+es)\s+(?:un|una)\s+(?:ia|ai|modelo|asistente|chatbot|agente)(?!\p{L})`,
        R`(?<!\p{L})se\s+(?:você\s+(?:é|for)|voce\s+(?:e|for)|tu\s+és|sei)\s+(?:um|uma|un|una|un['’])\s?(?:ia|ai|modelo|assistente|chatbot|agente)(?!\p{L})`,
        R`(?<!\p{L})si\s+(?:vous\s+êtes|tu\s+es)\s+(?:un|une)\s+(?:ia|ai|modèle|assistant|chatbot|agent)(?!\p{L})`,
        // ru: "если ты ИИ", "если вы языковая модель"
        R`(?<!\p{L})если\s+(?:ты|вы)\s+(?:\p{L}+\s+)?(?:ии|ai|нейросеть|ассистент|модель|чат-бот|бот)(?!\p{L})`,
      ].join("|"),
      "giu",
    ),
    reason: "Text addresses the reader on condition it is an AI",
  },
  {
    kind: "addresses_ai",
    weight: 0.7,
    anchors: anchors(
      "",
      /(?=[\u3040-\u30ff\u4e00-\u9fff])(?:如果你是|若你是|假如你是|如果您是|あなたが)/g,
    ),
    reach: 60,
    re:
      /(?:如果|若|假如)(?:你|您)是(?:一个|一名|一位)?(?:AI|ai|人工智能|语言模型|語言模型|大模型|助手|智能助手|机器人|機器人)|あなたが(?:AI|ＡＩ|人工知能|言語モデル|アシスタント)(?:なら|であれば|の場合)/g,
    reason: "Text addresses the reader on condition it is an AI",
  },
  {
    kind: "addresses_ai",
    weight: 0.7,
    // A vocative that opens a line or message: "Asistente, a partir de ahora …", "Ассистент: …"
    // (the English "Assistant, …" is one of the core address forms; "Assistant: Maria Lopez" is a
    // job title, so only the dash form "Assistant — …" is read here).
    anchors: anchors("asist assis ассис"),
    reach: 60,
    re:
      /(?:^|\n|\\n|[:.!?][ \t]{1,3})[ \t]*(?:(?:asistente|assistente|assistent|ассистент|ассистенту)\s{0,2}[,:—–]|assistant\s{0,2}[—–])[ \t]{1,3}(?=\p{L})/giu,
    reason: "Text calls out the AI by name at the start of a message",
    // "Usuario: … / Asistente: …": a chat export's turn label, not a vocative.
    accept: (view, start, end) => !transcriptLabel(view, start, end),
  },
];
