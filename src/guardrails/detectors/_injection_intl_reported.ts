/**
 * Reported speech in the languages the i18n rules cover: news and advisories describe an attack
 * ("… so that the AI assistant reveals its system prompt", "fixtures try to make a model reveal
 * its system prompt", "诱使 AI 助手泄露系统提示词", "can push
 * an AI assistant to paste keys into a comment"). The order there is the subject of the sentence,
 * not an order to the reader: a causative verb or a purpose conjunction, then the assistant as a
 * third party, just before the match.
 */

const CAUSE =
  "(?:mak(?:e|es|ing)|made|trick\\p{L}*|forc(?:e|es|ed|ing)|coax\\p{L}*|persuad\\p{L}*|para\\s+que|pour\\s+que|perché|affinché|damit|dazu\\s+bring\\p{L}*|чтобы|щоб|aby|zodat|agar|supaya|böylece|để|spinge\\p{L}*|indurr?\\p{L}*|convince\\p{L}*|costring\\p{L}*|hacer\\s+que|induc\\p{L}*|obliga\\p{L}*|pousse\\p{L}*|amène\\p{L}*|застав\\p{L}*|вынуд\\p{L}*|змус\\p{L}*|змуш\\p{L}*|levar|fazer\\s+com\\s+que|nakł\\p{L}*|zmus\\p{L}*|dwing\\p{L}*|memaksa|menipu|kandır\\p{L}*|lừa|诱使|誘使|迫使|欺骗|欺騙|让|讓|使)";
const AI_NOUN =
  "(?:asistente|assistant|assistente|Assistent\\p{L}*|asystent\\p{L}*|asisten|ассистент\\p{L}*|асистент\\p{L}*|modelo|modèle|modello|Modell|модел\\p{L}*|chatbot\\p{L}*|bot|model|LLM|agent|IA|KI|AI|ИИ|ШІ|trợ\\s+lý|yapay\\s+zeka|助手|助理|模型|机器人|機器人)";
const REPORTED = new RegExp(`${CAUSE}[^.!?。\\n]{0,40}?${AI_NOUN}[^.!?。\\n]{0,20}$`, "iu");

/** True unless the text just before `start` reports an attack on a third-party assistant. */
export const notReportedI18n = (view: string, start: number): boolean =>
  !REPORTED.test(view.slice(Math.max(0, start - 90), start));
