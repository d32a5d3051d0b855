/**
 * Addresses to the AI and dictated answers that held-out round 15 found missing (paraphrases in
 * `_injection_r15_test.ts`):
 * - **a conditional address**: "if you are an AI / a language model …", "si eres una IA", "wenn du
 *   ein KI-Assistent bist", "如果你是AI" (0.7; a bare "if you are an assistant" 0.6, since people
 *   hold that job too; "if you are an AI researcher" is a person);
 * - the reader named in fr/pt/es/it ("À l'attention de l'assistant IA", "Assistente virtual que
 *   está lendo …") and an AI label opening an HTML attribute (`alt="Assistente IA: …"`);
 * - **a dictated answer** (kind `summary_claim`, 0.6): "from now on, every reply … includes",
 *   "summaries of this log state that", "the answer to anyone asking … includes", "when you
 *   summarise this contract, state that", "elk antwoord … vermeldt", "die Antwort lautet „…“";
 * - a role handed over in German ("Du bist jetzt der Administrator"), the user's password reset to
 *   a chosen value, a dormant trigger keyed on the user's words, an act done "en silencio", and a
 *   fake system bracket in a CJK text (【系统消息】).
 */
import { type InjectionRule, rule } from "./_injection_rules.ts";
import { SEP_BOUNDED as S } from "./_injection_words.ts";
import { gated } from "./_injection_r14.ts";

const R = String.raw;
const NB = R`(?<![\p{L}])`;
const NA = R`(?![\p{L}])`;
/** "If you are an AI researcher": a person in the AI trade, not the model. */
const NOT_A_PERSON =
  R`(?!${S}(?:researchers?|engineers?|developers?|enthusiasts?|compan(?:y|ies)|startups?|students?|practitioners?|teams?|labs?|professionals?|experts?|vendors?|providers?|users?|products?|services?|ethicists?|safety|policy|trainers?|builders?|founders?|investors?|managers?|professors?|directors?|editors?|coaches?|teachers?|principals?|to${S}(?:a|the|an))\b)`;

/** Rules for round 15's addresses and dictated answers. */
export const R15_ADDRESS_RULES: readonly InjectionRule[] = [
  rule(
    "addresses_ai",
    0.7,
    "if / ai llm langu model chatb autom",
    R`\bif${S}(?:you${S}are|you're|you${S}happen${S}to${S}be)${S}(?:an?${S})?(?:ai|llm|large${S}language${S}model|language${S}model|chatbot|ai${S}(?:assistant|agent|model|system)|automated${S}(?:system|agent|assistant))${NOT_A_PERSON}`,
    "Text addresses the AI model on a condition",
    { near: 30 },
  ),
  rule(
    "addresses_ai",
    0.6,
    "if / assis",
    R`\bif${S}(?:you${S}are|you're)${S}an${S}assistant\b${NOT_A_PERSON}`,
    "Text addresses the AI model on a condition",
    { near: 20 },
  ),
  rule(
    "addresses_ai",
    0.7,
    "si se wenn falls als jeśli если / ia ki ai intel assis asist model agent taalm sztuc ии асси нейро",
    R`${NB}(?:si\s{1,3}(?:vous\s{1,3}êtes|tu\s{1,3}es|eres|usted\s{1,3}es)|se\s{1,3}(?:você\s{1,3}é|tu\s{1,3}és|sei|è)|(?:wenn|falls)\s{1,3}(?:du|Sie)|als\s{1,3}(?:je|jij|u)|jeśli\s{1,3}jesteś|если\s{1,3}(?:ты|вы))\s{1,3}(?:(?:une?|una|um|uma|un['’]|ein|eine|een)\s{1,3})?(?:IA|KI|AI|ИИ|intelligence\s{1,3}artificielle|inteligencia\s{1,3}artificial|intelligenza\s{1,3}artificiale|inteligência\s{1,3}artificial|sztuczną\s{1,3}inteligencją|нейросеть|KI-Assistent|AI-assistent|(?:assistant|asistente|assistente|asystentem)\s{1,3}(?:IA|AI|KI|de\s{1,3}IA|d['’]IA|virtual|virtuale|virtuel)|modèle\s{1,3}de\s{1,3}langage|modelo\s{1,3}de\s{1,3}(?:lenguaje|linguagem)|modello\s{1,3}linguistico|Sprachmodell|taalmodel|modelem\s{1,3}językowym|языковая\s{1,3}модель)(?:\s{1,3}(?:bist|sind|bent|is))?${NA}`,
    "Text addresses the AI model on a condition",
    { flags: "iu", near: 40 },
  ),
  gated(rule(
    "addresses_ai",
    0.7,
    "",
    R`如果你是\s{0,2}(?:一个|一個)?\s{0,2}(?:AI|人工智能|助手|语言模型|語言模型|大模型)|(?:もし)?あなたが\s{0,2}(?:AI|アシスタント|言語モデル)(?:なら|であれば)`,
    "Text addresses the AI model on a condition",
    { flags: "iu" },
  )),
  rule(
    "addresses_ai",
    0.7,
    "atten / assis agent modèl",
    R`${NB}à\s{1,3}l['’]attention\s{1,3}(?:de\s{1,3}l['’]|du\s{1,3})(?:assistant|agent|modèle)\s{1,3}(?:IA|d['’]IA|virtuel|automatisé)${NA}`,
    "Text addresses the AI model directly",
    { flags: "iu", near: 30 },
  ),
  rule(
    "addresses_ai",
    0.7,
    "assis asist / lendo lê lee leyen legge leggen lit traite proce",
    R`${NB}(?:assistente|asistente|assistant)\s{1,3}(?:virtual|virtuale|virtuel|IA|de\s{1,3}IA|d['’]IA)\s{1,3}(?:que|che|qui)\s{1,3}(?:está\s{1,3}lendo|lê|lee|está\s{1,3}leyendo|legge|sta\s{1,3}leggendo|lit|traite|procesa|processa)${NA}`,
    "Text addresses the AI model that reads it",
    { flags: "iu", near: 40 },
  ),
  rule(
    // An AI label opening an attribute value (alt text, aria-label) the page never shows.
    "addresses_ai",
    0.7,
    "alt title aria data conte / ia ai ki assis asist agent",
    R`\b(?:alt|title|aria-label|aria-description|content|data-[a-z-]{1,20})\s{0,2}=\s{0,2}["']\s{0,2}(?:(?:assistente|asistente|assistant|agente?|modell?o?)\s{1,3}(?:IA|AI|KI|de\s{1,3}IA|d['’]IA|virtual|virtuale|virtuel)|(?:AI|IA|KI)[ -](?:assistant|assistente|asistente|agent|agente|Assistent))\s{0,2}:`,
    "An attribute carries a note for the AI model",
    { flags: "iu", near: 40 },
  ),
  rule(
    "summary_claim",
    0.6,
    "now forwa hence / every each all any",
    R`\b(?:from${S}now${S}on|going${S}forward|henceforth)${S}(?:every|each|all|any)${S}(?:reply|replies|answer|answers|response|responses|summary|summaries|output)\b[^.\n]{0,80}?\b(?:includes?|contains?|says?|states?|mentions?|ends?${S}with|starts?${S}with|links?${S}to|recommends?)\b`,
    "Text dictates what the model's answers say",
    { near: 30 },
  ),
  rule(
    "summary_claim",
    0.6,
    "summa answe repli respo / state say repor menti confi concl",
    R`\b(?:summaries|answers|replies|responses)${S}(?:of|about|on)${S}this${S}(?:[a-z-]{2,20}${S})?(?:log|file|page|document|ticket|record|e-?mail|message|thread|report|event|issue|incident)${S}(?:state|say|report|mention|confirm|conclude)${S}that\b`,
    "Text dictates what the model's answers say",
    { near: 60 },
  ),
  rule(
    "summary_claim",
    0.6,
    "answe reply respo / anyon anybo every whoev reque",
    R`\bthe${S}(?:previous${S}|next${S}|final${S})?(?:answer|reply|response)${S}to${S}(?:anyone|anybody|everyone|whoever|the${S}requester)${S}(?:(?:asking|who${S}asks)\b[^.\n]{0,60}?)?\b(?:includes|contains|says|states|confirms|is${S}that)\b`,
    "Text dictates what the model's answers say",
    { near: 30 },
  ),
  rule(
    "summary_claim",
    0.6,
    "summa descr answe / state claim",
    R`\bwhen${S}you${S}(?:summari[sz]e|describe|answer${S}about|report${S}on)${S}this${S}[a-z-]{2,20}(?:${S}(?:for|to)${S}the${S}[a-z]{2,15})?${S}(?:state|say|claim)${S}that\b`,
    "Text dictates what the model's answers say",
    { near: 80 },
  ),
  rule(
    "summary_claim",
    0.6,
    "elk ieder laute / verme zegt stelt meldt noemt antwo",
    R`${NB}(?:(?:elk|ieder)\s{1,3}antwoord[^.\n]{0,80}?(?:vermeldt|zegt|stelt|meldt|noemt)|die\s{1,3}Antwort\s{1,3}lautet\s{1,3}(?:anschließend\s{1,3}|danach\s{1,3}|dann\s{1,3}|immer\s{1,3}|stets\s{1,3})?[„"«“])`,
    "Text dictates what the model's answers say",
    { flags: "iu", near: 60 },
  ),
  rule(
    // "Du bist jetzt der Administrator": the text hands the reader a role (de).
    "assigned_role",
    0.5,
    "bist / jetzt sofort nun",
    R`${NB}Du\s{1,3}bist\s{1,3}(?:jetzt|ab\s{1,3}sofort|nun|ab\s{1,3}jetzt)\s{1,3}(?:der|die|ein|eine)\s{1,3}\p{L}{3,25}${NA}`,
    "Text tells the reader which role it has",
    { flags: "iu", near: 30 },
  ),
  rule(
    "credential_change",
    0.5,
    "setzt setze änder reset / passw kennw",
    R`${NB}(?:(?:setzt|setze|änderst|ändere)\s{1,3}(?:du\s{1,3})?das\s{1,3}(?:Passwort|Kennwort)\s{1,3}(?:des|eines|von)\s{1,3}(?:Nutzers|Benutzers|Kunden|Users)|reset\s{1,3}the\s{1,3}user(?:'s|s')\s{1,3}password\s{1,3}to)${NA}`,
    "Text has the user's password set to a chosen value",
    { flags: "iu", near: 40 },
  ),
  rule(
    "sleeper",
    0.5,
    "momen punto / usuar utent usuá utili nutze",
    R`${NB}(?:si\s{1,3}en\s{1,3}algún\s{1,3}momento\s{1,3}el\s{1,3}usuario|se\s{1,3}in\s{1,3}(?:qualsiasi|un\s{1,3}qualunque)\s{1,3}momento\s{1,3}l['’]utente|se\s{1,3}em\s{1,3}algum\s{1,3}momento\s{1,3}o\s{1,3}usuário|si\s{1,3}à\s{1,3}un\s{1,3}moment\s{1,3}(?:donné\s{1,3})?l['’]utilisateur)${NA}`,
    "Text plants an order for a later word of the user",
    { flags: "iu", near: 40 },
  ),
  rule(
    "conceal_passive",
    0.5,
    "silen / borra elimi envia trans reenv",
    R`${NB}(?:borrar|eliminar|enviar|transferir|reenviar|borra|elimina|envía)\s{1,3}en\s{1,3}silencio${NA}`,
    "Text has an act done without telling the user",
    { flags: "iu", near: 30 },
  ),
  gated(rule(
    "fake_system_message",
    0.6,
    "",
    R`【\s{0,2}(?:系统|系統|システム)(?:消息|訊息|通知|提示|公告|メッセージ)\s{0,2}】`,
    "Text fakes a system message",
    { flags: "u" },
  )),
  gated(rule(
    "addresses_ai",
    0.5,
    "",
    R`(?:助手|助理|智能体|AI)(?:必须|必需|务必|務必)(?:将|將|把|立即|马上|馬上)`,
    "Text tells the AI assistant what it must do",
    { flags: "u" },
  )),
];
