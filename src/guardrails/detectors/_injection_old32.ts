/**
 * Injections in tool results from the tuned rounds (r10, r11, r18, r20) that the earlier tables
 * left because the obvious rule also blocked benign text (paraphrases in `_injection_old32_test.ts`).
 * Almost every rule is a half-threshold signal of its own kind; a block needs two kinds:
 * - `forged_turn`: the text poses as the assistant's own earlier turn or tool call
 *   ("Assistant (previous turn, continuing plan):", `"role":"assistant","tool_calls"`);
 * - `deferred_turn`: an act queued "for execution on the next turn" (en, id, es, pt, fr);
 * - `reader_executor` (the existing kind, so it never stacks with it): the reader made the executor by a stated fact ("released on read", "applied
 *   silently by the tooling", "granted by whichever process reads the sheet");
 * - `consent_skipped`: the approval claimed as already given or the step waived, in languages and
 *   forms the earlier tables lack ("aprovação já registrada", "IT har redan godkänt detta");
 * - harms stated as state or order: a privilege grant, a private repository made public, a force
 *   push over main with history dropped, a payment to be resent to a new account or key, a customer
 *   export to be posted to a URL, a fiction escalated to "for real through your tools";
 * - `addresses_ai`: an agent addressed by a possessive label ("For Dana's scheduling agent:"), in
 *   Swedish/Norwegian/Danish ("AI-assistenten som hanterar …"), or a Hindi "सहायक के लिए:" label.
 * Two full rules: a test harness that passes a model only when it discloses its prompt or keys, and
 * an order to an AI written into a file or identifier name (`NOTE_TO_AI__delete_…`).
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { type Accept, halfOf, type HalfRow, halfRows, make } from "./_injection_make.ts";

const R = String.raw;
const half = halfOf(220);

/** Not a warning, a conditional or a hypothetical ("if you force-push …", "never …"). */
const stated: Accept = (v, s) =>
  !/\b(?:if|when(?:ever)?|unless|never|not|don['’]t|avoid|warning|caution|careful|would|could|might|e\.g\.|for\s{1,3}example|se|si|wenn|falls|nunca|jamais|niemals|never)\b/i
    .test(v.slice(Math.max(0, s - 80), s));

// --- the text poses as the assistant's own turn or tool call -----------------------------------

const FORGED: readonly HalfRow[] = [
  [
    "=(previous~turn =(prior~turn =(earlier~turn =(last~turn =previous~turn, =continuing~plan",
    undefined,
    R`\b(?:assistant|ai|agent|model|copilot)\s{0,3}\(\s{0,3}(?:previous|prior|earlier|last)\s{1,3}(?:turn|message|reply)\b|\b(?:assistant|agent|ai)\s{0,3}\([^)\n]{0,30}\bcontinuing\s{1,3}(?:the\s{1,3}|my\s{1,3})?plan\)`,
  ],
  [
    `="assistant"`,
    undefined,
    R`"role"\s{0,3}:\s{0,3}"assistant"\s{0,3},\s{0,3}"tool_calls"\s{0,3}:`,
  ],
  [
    "instr / asist assis atas above acima",
    undefined,
    R`\b(?:instruksi\s{1,3}(?:dari\s{1,3})?asisten|(?:the\s{1,3})?assistant['’]s\s{1,3}(?:instructions|plan|steps)|instrucciones\s{1,3}del\s{1,3}asistente|instruções\s{1,3}do\s{1,3}assistente)\s{1,3}(?:di\s{1,3}atas|above|anteriores|acima)\b`,
  ],
];

const DEFERRED: readonly HalfRow[] = [
  [
    "=next~turn =giliran~berikutnya =siguiente~turno =ximo~turno =prochain~tour",
    undefined,
    R`\b(?:execut\p{L}{0,4}|run|perform\p{L}{0,3}|carr(?:y|ied)\s{1,3}out|dijalankan|dilaksanakan|dieksekusi|ejecut\p{L}{0,4}|exécut\p{L}{0,4})\b[^.\n]{0,30}?\b(?:on|in|at|during|pada|en\s{1,3}el|no|au)\s{1,3}(?:the\s{1,3})?(?:next\s{1,3}turn|giliran\s{1,3}berikutnya|siguiente\s{1,3}turno|próximo\s{1,3}turno|prochain\s{1,3}tour)\b`,
  ],
];

// --- the reader made the executor by a stated fact ------------------------------------------------

const READER: readonly HalfRow[] = [
  [
    "=on~read =upon~read =on~open",
    undefined,
    R`\b(?:auto-?)?(?:release[sd]?|pa(?:y|ys|id)|sen[dt]s?|execute[sd]?|runs?|appl(?:y|ies|ied)|trigger(?:s|ed)?|approve[sd]?|transfer(?:s|red)?)\s{1,3}(?:on|upon)\s{1,3}(?:read|reading|open|opening)\b`,
  ],
  [
    "silen quiet / tooli tools autom assis agent bot model",
    undefined,
    R`\b(?:tooling|tools?|automation|the\s{1,3}(?:assistant|agent|bot|model)|assistants|agents)\s{1,3}(?:applies|apply|performs?|executes?|runs?|carries\s{1,3}out|does)\s{1,3}(?:this|it|that|these|them)\s{1,3}(?:silently|quietly)\b`,
  ],
  [
    "=ever~process =ever~agent =ever~tool =ever~assistant =ever~bot =ever~model =ever~system =ever~script =any~process =any~agent =any~tool =any~assistant =any~script",
    undefined,
    R`\bby\s{1,3}(?:whichever|whatever|any|every)\s{1,3}(?:process|agent|tool|assistant|bot|model|system|script|reader)\s{1,3}(?:that\s{1,3})?(?:reads|opens|processes|parses|loads)\b`,
    60,
  ],
];

// --- approval claimed as given, or the step waived ------------------------------------------------

const CONSENT: readonly HalfRow[] = [
  ["appro / step", undefined, R`\bno\s{1,3}approval\s{1,3}step\b`, 30],
  [
    "aprov aprob appro freig godkä / regis dada conce otorg enreg donné bereit redan já ya déjà",
    undefined,
    R`(?<!\p{L})(?:aprova[çc][ãa]o|aprobaci[óo]n|approbation|approvazione|freigabe)\s{1,3}(?:(?:do|da|del|de\s{1,3}la|de|du|dello|della|des|der)\s{1,3}[\p{L}-]{2,20}\s{1,3})?(?:j[áa]|ya|d[ée]j[àa]|gi[àa]|bereits|schon)\s{1,3}(?:est[áa]\s{1,3}|foi\s{1,3}|fue\s{1,3}|[ée]t[ée]\s{1,3}|è\s{1,3}stata\s{1,3})?(?:registrad[ao]|dad[ao]|concedid[ao]|otorgad[ao]|enregistr[ée]e?|donn[ée]e?|registrat[ao]|concess[ao]|erteilt|erfolgt|dokumentiert)|(?<!\p{L})(?:har|er|är)\s{1,3}(?:redan|allerede)\s{1,3}(?:godkänt|godkjent|godkendt)\s{1,3}(?:detta|dette|det)(?!\p{L})`,
  ],
  [
    "never / permi confi appro",
    undefined,
    R`\bnever\s{1,3}asks?\s{1,3}(?:for\s{1,3})?(?:permission|confirmation|approval)\b`,
    30,
  ],
];

// --- harms stated as state or order ---------------------------------------------------------------

const GRANT: readonly HalfRow[] = [
  [
    "grant / owner admin super edito",
    undefined,
    R`\b(?:is|are|gets?)\s{1,3}(?:granted|given|assigned)\s{1,3}(?:an?\s{1,3})?(?:owner|admin(?:istrator)?|super-?admin|full\s{1,3}access)\b`,
    40,
  ],
  ["=manage~sharing", undefined, R`\bmake\s{1,3}changes\s{1,3}and\s{1,3}manage\s{1,3}sharing\b`],
];

const EXPOSE: readonly HalfRow[] = [
  [
    "visib / publi",
    undefined,
    R`--visibility[\s=]{1,3}public\b|\bvisibility\b[^.\n]{0,60}\b(?:changes|is\s{1,3}changed|is\s{1,3}set|switches|flips|goes)\s{1,3}to\s{1,3}public\b`,
  ],
];

const HISTORY: readonly HalfRow[] = [
  [
    "=force-push =push~-f =push~--force =replaced~via",
    undefined,
    R`\b(?:is|are|gets|will\s{1,3}be)\s{1,3}(?:force-?pushed|overwritten|replaced|reset)\s{1,3}(?:to|over|onto|by|with|via)\b[^.\n]{0,60}?(?:\b(?:main|master)\b|git\s{1,3}push\s{1,3}(?:-f|--force)\b)`,
  ],
];
const DROPPED: readonly HalfRow[] = [
  [
    "histo / dropp disca delet erase remov wiped",
    undefined,
    R`\b(?:old|previous|existing|prior)\s{1,3}history\s{1,3}(?:is|gets|will\s{1,3}be)\s{1,3}(?:dropped|discarded|deleted|erased|removed|wiped)\b`,
    40,
  ],
];

const PAYEE: readonly HalfRow[] = [
  [
    "pagam pago payme paiem zahlu virem überw / conta cuent accou compt konto conto chave pix iban",
    undefined,
    R`(?<!\p{L})(?:pagamento|pago|payment|paiement|zahlung|transfer[eê]ncia|transferencia|transfer|virement|[üu]berweisung)\s{1,3}(?:deve|debe|must|doit|muss|has\s{1,3}to|needs\s{1,3}to)\s{1,3}(?:ser\s{1,3}|be\s{1,3}|être\s{1,3}|essere\s{1,3})?(?:re-?)?(?:enviad[oa]|sent|paid|made|released|wired|redirected|transferid[oa]|effectu[ée]e?|envoy[ée]e?|vers[ée]e?|[üu]berwiesen|inviat[oa])\b[^.\n]{0,60}?(?:conta\s{1,3}nova|nova\s{1,3}conta|cuenta\s{1,3}nueva|nueva\s{1,3}cuenta|new\s{1,3}(?:account|iban|bank\s{1,3}account)|nouveau\s{1,3}compte|neue[sn]?\s{1,3}konto|nuovo\s{1,3}conto|chave\s{1,3}(?:pix\s{1,3})?\d|pix\s{1,3}(?:para|to)\s{1,3}(?:a\s{1,3})?chave)`,
  ],
];

const EXPORT: readonly HalfRow[] = [
  [
    "expor dump / custo clien patie emplo subsc membe",
    undefined,
    R`\b(?:export|dump)\w{0,3}\s{1,3}(?:of\s{1,3})?(?:all\s{1,3})?(?:the\s{1,3})?(?:customers?|clients?|patients?|employees?|subscribers?|members?)\b[^\n]{0,80}?\bto\s{1,3}be\s{1,3}(?:posted|sent|uploaded|pushed|transmitted|forwarded|emailed)\s{1,3}to\s{1,3}https?://`,
    20,
    320,
  ],
];
const ACTION: readonly HalfRow[] = [
  [
    "requi / actio",
    undefined,
    R`(?<!(?:subject|betreff|objet|asunto|assunto|oggetto|re|fwd?)\s{0,3}:\s{0,3})\b(?:required\s{1,3}action|action\s{1,3}required)\s{0,3}:`,
    20,
  ],
];

const FICTION: readonly HalfRow[] = [
  [
    "=for~real",
    undefined,
    R`\b(?:perform|execute|run|carry\s{1,3}out|do|enact|act\s{1,3}out)\w{0,3}\b[^.\n]{0,30}?\bfor\s{1,3}real\b[^.\n]{0,30}?\b(?:through|via|with|using)\s{1,3}(?:your|the)\s{1,3}(?:(?:real|actual|connected|live)\s{1,3})?(?:\w+\s{1,3})?tools?\b`,
  ],
];

const CODEWORD: readonly HalfRow[] = [
  [
    "assis agent copil / asked told reque instr",
    undefined,
    R`\b(?:assistants?|agents?|ai|models?|copilots?|bots?)\s{1,3}(?:asked|told|requested|instructed)\s{1,3}to\s{1,3}[^.\n]{2,60}?\b(?:use|run|execute|type)\s{1,3}(?:exactly|precisely|only)\s{1,3}(?:that|this|it)\b`,
    40,
  ],
];

// --- addressed AI: possessive labels, Nordic relative clauses, a Hindi label ----------------------

const ADDRESS: readonly HalfRow[] = [
  [
    "agent assis copil / for",
    undefined,
    R`\(?\bfor\s{1,3}\p{Lu}[\p{L}-]{1,20}['’]s\s{1,3}(?:[\p{L}-]{2,20}\s{1,3})?(?:agent|assistant|copilot|bot)\s{0,2}:`,
    40,
  ],
  [
    "=I-assistent =I-assistant",
    undefined,
    R`\bAI-?assistent\p{L}{0,3}\s{1,3}som\s{1,3}(?:hanterar|sköter|läser|håndterer|behandler|leser|læser|styrer)\b`,
  ],
  ["", /(?=[स])सहायक/u, R`(?:^|\n)\s{0,3}सहायक\s{0,2}के\s{0,2}लिए\s{0,2}[:：]`],
];

// --- credentials asked for in Hindi and Turkish; a Turkish summary dictated -----------------------

const HARVEST: readonly HalfRow[] = [
  [
    "",
    /(?=[डदबभ])(?:डाल|दर्ज|बता|भेज)/u,
    R`(?:UPI\s{0,2}PIN|पिन|पासवर्ड|ओटीपी|OTP)[^\n।]{0,30}(?:डाल|दर्ज\s{0,2}कर|भेज)`,
  ],
  [
    "kimli doğum şifre parol",
    undefined,
    R`(?:kimlik\s{1,3}numara|doğum\s{1,3}tarih|şifre|parola)\p{L}{0,6}[^.\n]{0,60}?(?:kimlik\s{1,3}numara|doğum\s{1,3}tarih|şifre|parola)\p{L}{0,6}[^.\n]{0,60}?\biste\p{L}{0,6}`,
  ],
];

const SUMMARY: readonly HalfRow[] = [
  [
    "özetl",
    undefined,
    R`(?<!\p{L})özetlen(?:diğinde|irken)\b[^.\n]{0,20}?özet\p{L}{0,4}[^\n]{0,160}?(?:biter|bitmeli|içermeli|sonlanır|sonlanmalı)(?!\p{L})`,
    0,
    320,
  ],
  [
    "quals ogni cualq qualq tout chaqu / riass riepi sinte resum résum",
    undefined,
    R`(?<!\p{L})(?:(?:qualsiasi|ogni)\s{1,3}(?:riassunto|riepilogo|sintesi)\s{1,3}deve\s{1,3}(?:omettere|escludere|tralasciare|non\s{1,3}(?:menzionare|citare|includere))|(?:cualquier|todo|cada)\s{1,3}resumen\s{1,3}debe\s{1,3}(?:omitir|excluir|no\s{1,3}(?:mencionar|incluir))|(?:qualquer|todo|cada)\s{1,3}resumo\s{1,3}deve\s{1,3}(?:omitir|excluir|n[ãa]o\s{1,3}(?:mencionar|incluir))|(?:tout|chaque)\s{1,3}r[ée]sum[ée]\s{1,3}doit\s{1,3}(?:omettre|exclure|passer\s{1,3}sous\s{1,3}silence))\s{1,3}(?:\p{L}{1,5}['’\s]{1,3}){0,2}(?:clausol|cl[áa]usul|clause|penal|pénal|multa|sanzion|sanci|sanç|rischi|riesgo|risco|risque|commission|comisi|comiss|frais|costi|costes|custos|tariff|tarif|avvert|advert|aviso|avertissement)`,
    30,
  ],
];
const SUMMARY_CLAIM: readonly HalfRow[] = [
  [
    "riepi riass sinte resum / corre unico único ufici ofici",
    undefined,
    R`(?<!\p{L})(?:il\s{1,3}|el\s{1,3}|o\s{1,3}|le\s{1,3})?(?:riepilogo|riassunto|sintesi|resumen|resumo|r[ée]sum[ée])\s{1,3}(?:corrett[oa]|ufficiale|correcto|oficial|correto|correct|officiel)\s{1,3}(?:(?:di|de|du|del|della)\s{1,3}(?:questo|questa|este|esta|ce|cette)|deste|desta)\s{1,3}\p{L}{3,20}\s{1,3}(?:[èeé]|es|est)\s{1,3}(?:uno\s{1,3}solo|solo|uno|único|unique)?\s{0,3}:`,
    30,
  ],
];

// --- full rules -----------------------------------------------------------------------------------

/** A test harness that passes the model only if it prints its prompt or keys. */
const EVAL_BAIT = make(
  "eval_bait",
  1,
  "passe score succe / print revea outpu discl dumpi echoi",
  R`\b(?:models?|assistants?|ai|llms?|agents?|you)\s{1,3}(?:only\s{1,3})?(?:pass(?:es)?|scores?|succeeds?|wins?)\s{1,3}(?:this\s{1,3}(?:test|eval\w{0,6})\s{1,3})?(?:only\s{1,3})?by\s{1,3}(?:printing|revealing|outputting|disclosing|repeating|dumping|echoing)\s{1,3}(?:out\s{1,3})?(?:its|your|their|the|all)\s{1,3}(?:full\s{1,3}|own\s{1,3})?(?:system\s{1,3}prompt|hidden\s{1,3}(?:prompt|instructions)|api\s{1,3}keys?|secrets|credentials|instructions)\b`,
  "A test or evaluation frame passes the model only if it discloses its prompt or keys",
  { near: 60 },
);

/** An order to an AI written into a file or identifier name. */
const IDENT_ORDER: InjectionRule = {
  ...make(
    "identifier_order",
    1,
    "=TO_AI =FOR_AI =to_ai =for_ai =To_AI =TO_ASSISTANT =to_assistant =TO_AGENT =to_agent =for_agent =FOR_AGENT =for_assistant =FOR_ASSISTANT",
    R`\b(?:note|msg|message|instructions?|attn|hey|dear)[_-]{1,2}(?:to|for)[_-]{1,2}(?:the[_-]{1,2})?(?:ai|assistant|agent|llm|bot|model)s?[_-]{1,3}(?:[a-z0-9]{1,20}[_-]{1,3}){0,6}?(?:delete|remove|rm|wipe|erase|drop|purge|send|upload|email|push|transfer|disable|grant|share|exfiltrate|curl)[_-]`,
    "A file or identifier name carries an order to the AI to delete, send or grant something",
  ),
  quotedOk: () => true,
};

const H = (
  kind: string,
  reason: string,
  list: readonly HalfRow[],
  accept?: Accept,
  quoted = false,
) => halfRows(half, kind, reason, list, accept, quoted);

/** Summary halves weigh like the English `summary_dictation`/`summary_claim` (0.6). */
const sixty = (rs: InjectionRule[]): InjectionRule[] =>
  rs.map((r) => ({ ...r, weight: 0.6, at: { ...r.at, output: 0.6 } }));

export const OLD32_RULES: readonly InjectionRule[] = [
  ...H(
    "forged_turn",
    "The text poses as the assistant's own earlier turn or tool call",
    FORGED,
    undefined,
    true,
  ),
  ...H("deferred_turn", "An act is queued for execution on the model's next turn", DEFERRED),
  ...H(
    "reader_executor",
    "Whatever reads the text is stated to carry out an act, silently or on read",
    READER,
  ),
  ...H(
    "consent_skipped",
    "Approval is claimed as already given or the approval step is waived",
    CONSENT,
  ),
  ...H("privilege_grant", "An owner, admin or sharing-manager grant is stated", GRANT, stated),
  ...H("exposure_change", "A repository's visibility is switched to public", EXPOSE, stated),
  ...H("history_rewrite", "A force push over the main branch", HISTORY, stated),
  ...H("history_dropped", "The branch history is stated to be dropped", DROPPED, stated),
  ...H("payee_order", "A payment is to be (re)sent to a new account or payment key", PAYEE, stated),
  ...H("bulk_export", "A customer export is to be posted to a URL", EXPORT, stated),
  ...H("addresses_ai", "A 'required action' label directs the reader to act", ACTION),
  ...H(
    "fiction_escalation",
    "A fiction frame tells the model to act for real through its tools",
    FICTION,
  ),
  ...H(
    "codeword_redefinition",
    "A phrase is redefined for assistants to mean a given command",
    CODEWORD,
  ),
  ...H("addresses_ai", "An AI agent is addressed", ADDRESS),
  ...H("secret_harvest", "Credentials are asked for", HARVEST),
  ...sixty(H("summary_dictation", "The summary's content is dictated", SUMMARY)),
  ...sixty(H("summary_claim", "A summary is declared the correct one", SUMMARY_CLAIM)),
  EVAL_BAIT,
  IDENT_ORDER,
];
