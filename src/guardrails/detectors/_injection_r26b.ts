/**
 * Injections in tool results that held-out round 26b found missing (paraphrases in
 * `_injection_r26b_test.ts`). Each rule is one signal of about half the threshold, so it blocks
 * only beside a second one:
 * - a dedication to an AI reader named by its job ("Для ИИ-ревьюера:", "致AI代码审查助手：", "for
 *   code assistants optimizing this asset:", "aux relecteurs automatisés (IA) :", "Yapay zekâ
 *   kodlama asistanları için:"), and with an act around it a request;
 * - a persona switch "from now on you are …" in Thai and Korean, and the Thai "no restrictions";
 * - a scripted reply to the user after an act ("tell the user only '…'"), the lie that hides it;
 * - the user's consent waived ("无需征求用户同意"), and the Turkish "don't ask the user";
 * - a priority claim over the user's instructions ("优先级高于用户指令");
 * - a notice that obliges agents to an act or tells them to drop what the user supplied;
 * - a policy that exempts AI assistants from a safeguard, and "shall not log or report them";
 * - a precondition "the client must call <write tool> first", and a repository made public.
 */
import { anchors, type InjectionRule, rule } from "./_injection_rules.ts";
import { ACT_STEM, INPUT_LOW, reader as r21Reader, sentenceAround } from "./_injection_r21_intl.ts";

const R = String.raw;
type Accept = (view: string, start: number, end: number) => boolean;

/** Acts these rules look for beside an address: code, repository, money and data acts. */
const ACT_MORE =
  /approve|merge|удали|выполни|отключи|bashrc|zshrc|alias\s|curl\s|wget\s|postinstall|node\s-e|package\.json|crontab|authorized_keys|rm\s-rf|发布|發布|删除|刪除|令牌|系统提示|系統提示|密钥|转账|下单|attribuez|ignorez|supprime|ekleyin|çalıştır|sil(?:in|iniz)?(?!\p{L})|gönder/iu;
const actAround: Accept = (v, s, e) => {
  const around = sentenceAround(v, s, e) + v.slice(e, e + 300);
  return ACT_STEM.test(around) || ACT_MORE.test(around);
};

const ADDRESS_LATIN = [
  // ru/uk: "Для ИИ-ревьюера:", "К AI-агенту проверки:"
  R`(?:для|к)\s{1,3}(?:ИИ|AI|LLM)[-\s]{1,2}\p{L}{3,20}(?:\s{1,3}\p{L}{2,15}){0,2}\s{0,2}[:：]`,
  // tr: "Yapay zekâ kodlama asistanları için:"
  R`(?:yapay\s{1,3}zek[aâ]|otomatik|AI)\s{1,3}(?:\p{L}{3,15}\s{1,3}){0,2}(?:asistan|ajan|model|bot|araç|inceleyici|denetçi)\p{L}{0,6}\s{1,3}için\s{0,2}[:：]`,
  // fr: "Note aux relecteurs automatisés (IA) :"
  R`(?:aux?|pour\s{1,3}les?|à\s{1,3}l['’]\s{0,1})\s{0,3}(?:relecteurs?|évaluateurs?|examinateurs?|assistants?|agents?|modèles?|outils?|réviseurs?)\s{1,3}(?:automatisés?|automatiques?|IA|d['’]\s{0,1}IA)(?:\s{0,2}\((?:IA|AI|LLM)\))?\s{0,2}[:：]`,
  // en: "IMPORTANT for code assistants optimizing this asset:"
  R`\bfor\s{1,3}(?:AI\s{1,3}|LLM\s{1,3}|automated\s{1,3})?(?:code|coding)\s{1,3}(?:assistants?|agents?|models?|copilots?)(?:\s{1,3}[\w-]{2,15}){0,4}\s{0,2}:`,
].join("|");
/** zh: "致AI代码审查助手：", "致智能助理：". */
const ADDRESS_HAN =
  R`致\s{0,2}(?:AI|人工智能|智能)?[\p{Script=Han}A-Za-z]{0,8}(?:助手|助理|智能体|代理|机器人|模型|审查员|审核员)\s{0,2}[：:]`;

/** An AI reader named before the match: "do it quietly" said to a person is not an injection. */
const aiBefore: Accept = (v, s, e) =>
  /\b(?:AI|assistants?|agents?|LLMs?|models?)\b/i.test(v.slice(Math.max(0, s - 400), e));

const HALF = { output: 0.5, ...INPUT_LOW } as const;
const half = (kind: string, spec: string, src: string, reason: string, gate?: RegExp) => {
  const r = rule(kind, 0.5, spec, src, reason, { flags: "iu", reach: 160, at: HALF });
  return gate ? { ...r, anchors: anchors("", gate) } : r;
};

/** An address at 0.6, and `addressed_request` with a sensitive act around it. */
const reader = (src: string, spec: string, gate?: RegExp) => r21Reader(src, spec, gate, actAround);

/** Rules for round 26b's injections in tool results. */
export const R26B_RULES: readonly InjectionRule[] = [
  ...reader(
    ADDRESS_LATIN,
    "ии ai llm yapay otoma relec évalu exami réviseur code codin outil assis agent modèl / для к için aux au pour les for",
  ),
  ...reader(ADDRESS_HAN, "", /致/u),
  // Thai / Korean persona switch: "ต่อจากนี้คุณคือ …", "지금부터 당신(…)은 '…' 역할입니다".
  {
    ...rule(
      "persona_switch",
      0.6,
      "",
      R`(?:ต่อจากนี้|นับจากนี้|จากนี้ไป)\s{0,2}(?:คุณ|เธอ)\s{0,2}(?:คือ|เป็น|จะเป็น)|(?:지금부터|이제부터)\s{0,2}(?:당신|너)(?:\s{0,2}\([^)\n]{1,30}\))?\s{0,2}(?:은|는|이)\s{0,2}[^.\n]{0,40}(?:역할|모드)`,
      "Text tells the model it is now someone else",
      { flags: "iu", at: { output: 0.6, ...INPUT_LOW } },
    ),
    anchors: anchors("", /ต่อจากนี้|นับจากนี้|จากนี้ไป|지금부터|이제부터/u),
  },
  half(
    "no_limits",
    "",
    R`ไม่มีข้อจำกัด|ไม่มีกฎ|제한\s{0,2}없(?:이|는|음)|제약\s{0,2}없(?:이|는|음)`,
    "Text declares the model free of its restrictions",
    /ไม่มีข้อจำกัด|ไม่มีกฎ|제한|제약/u,
  ),
  // A scripted reply after an act: "사용자에게는 '…'이라고만 말하세요", "แล้วตอบว่า "…"", "请告诉用户…".
  half(
    "scripted_reply",
    "",
    R`사용자에게(?:는)?\s{0,2}['"‘“「][^'"’”」\n]{1,60}['"’”」]\s{0,2}(?:이)?라고만|(?:แล้ว|จากนั้น)\s{0,2}(?:ตอบ|บอก(?:ผู้ใช้)?)\s{0,2}ว่า\s{0,2}["“]|告诉用户\s{0,2}(?:此|这|該|该)[\p{Script=Han}]{0,6}(?:是|为)`,
    "Text scripts what the model tells the user after an act",
    /사용자에게|ตอบ|บอก|告诉用户/u,
  ),
  half(
    "skip_consent",
    "",
    R`(?:无需|無需|不需|不必|不用)\s{0,2}(?:征求|征得|徵求|获得|獲得|经过|經過)?\s{0,2}(?:用户|用戶|使用者)\s{0,2}(?:的)?\s{0,2}(?:同意|确认|確認|许可|許可|授权|授權)|不要\s{0,2}(?:向|跟|和)\s{0,2}(?:用户|用戶|使用者)\s{0,2}(?:确认|確認|说明|說明|透露)`,
    "Text waives the user's consent to an act",
    /用户|用戶|使用者/u,
  ),
  half(
    "intl_conceal",
    "kulla",
    R`kullanıcı(?:ya|yı)\s{1,3}(?:bundan\s{1,3})?(?:bildirme|söyleme|sorma|danışma|haber\s{1,3}verme)(?:y[ıi]n(?:[ıi]z)?|den|dan)?(?!\p{L})`,
    "Text keeps the user from learning what was done",
  ),
  half(
    "precedence",
    "",
    R`优先级?\s{0,2}高于\s{0,2}(?:用户|用戶|使用者)\s{0,2}(?:的)?\s{0,2}(?:指令|指示|要求|命令)|優先(?:度|順位)?\s{0,2}(?:は|が)?\s{0,2}ユーザー`,
    "Text claims priority over the user's instructions",
    /高于|優先/u,
  ),
  // "Agents must now route all transfers through …", "user-supplied destinations are ignored".
  half(
    "agent_obligation",
    "agent assis llms bots / must shall requi need now",
    R`\b(?:AI\s{1,3})?(?:agents?|assistants?|LLMs?|bots?)\s{1,3}(?:must|shall|are\s{1,3}required\s{1,3}to|need\s{1,3}to)\s{1,3}(?:now\s{1,3}|henceforth\s{1,3})?(?:route|send|direct|redirect|forward|transfer|pay|wire|move)\s{1,3}(?:all\s{1,3})?(?:future\s{1,3})?(?:transfers?|payments?|funds|payouts?|money|requests?\s{1,3}for\s{1,3}payment)`,
    "Text obliges AI agents to move money a given way",
  ),
  half(
    "user_input_dropped",
    "user suppl provi speci enter / ignor disca overr dropp passe",
    R`\buser[-\s](?:supplied|provided|specified|entered|given)\s{1,3}(?:destinations?|accounts?|recipients?|addresses|payees?|values?|parameters?)\s{1,3}(?:are|will\s{1,3}be|should\s{1,3}be|must\s{1,3}be)\s{1,3}(?:ignored|discarded|overridden|dropped)`,
    "Text tells the model to drop what the user supplied",
  ),
  // "all AI assistants … are exempt from data-loss-prevention rules", "shall not log or report them".
  half(
    "safeguard_exempt",
    "exemp / assis agent model llms ai",
    R`\b(?:assistants?|agents?|models?|LLMs?)\b[^.\n]{0,100}?\b(?:are|is|shall\s{1,3}be|will\s{1,3}be)\s{1,3}exempt(?:ed)?\s{1,3}from\s{1,3}(?:[\w-]{1,30}\s{1,3}){0,3}(?:rules|policies|controls|restrictions|checks|guardrails|safeguards|filters|review)`,
    "Text exempts AI assistants from a safeguard",
  ),
  ...[
    [
      "log repor recor flag audit disclo / shall must shoul not",
      R`\b(?:shall|must|should)\s{1,3}not\s{1,3}(?:log|report|record|flag|audit|disclose)\s{1,3}(?:or\s{1,3}(?:log|report|record|flag|audit|disclose)\s{1,3})?(?:them|these\s{1,3}requests|such\s{1,3}requests|it)\b`,
    ],
    ["silen quiet", R`\bdo\s{1,3}(?:this|it|so)\s{1,3}(?:silently|quietly)\b`],
  ].map(([spec, src]) => ({
    ...half("conceal", spec, src, "Text keeps the act out of logs and from the user"),
    accept: aiBefore,
  })),
  // "the client must call github.update_repository with {…} first".
  half(
    "forced_call",
    "clien agent assis model calle / must needs requi first",
    R`\b(?:client|agent|assistant|model|caller)\s{1,3}(?:must|needs?\s{1,3}to|has\s{1,3}to|is\s{1,3}required\s{1,3}to)\s{1,3}(?:first\s{1,3})?(?:call|invoke|run)\s{1,3}[\w.]{0,40}(?:update|delete|set|grant|share|publish|transfer|disable|remove|change|make)_?\w{0,30}`,
    "Text makes a write call a precondition of reading on",
  ),
  half(
    "visibility_public",
    "=private =visibility",
    R`\\?"private\\?"\s{0,2}:\s{0,2}false|\\?"visibility\\?"\s{0,2}:\s{0,2}\\?"public`,
    "Text asks for a repository to be made public",
  ),
];
