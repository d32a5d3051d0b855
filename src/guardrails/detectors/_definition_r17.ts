/**
 * Definition grammars from held-out round 17's misses (paraphrase tests in
 * `_definition_r17_test.ts`), over one definition string. Each reads a technique's structure, not
 * the round's words:
 * - evading the gateway: a message that names the gateway / guardrail / filter and tells the model
 *   to go around it, retry a blocked call elsewhere, or keep the block from the user;
 * - the model's own opening instructions asked for ("the instructions you received before this
 *   conversation", "it was given at the start of the session");
 * - a secret or cloud config file (gcloud, azure, kube, docker, …) whose CONTENT is taken
 *   ("inline the whole file", "paste … here");
 * - scope widening: the user's allowed folders / roots / sandbox disregarded;
 * - a markdown image beacon whose URL carries the user's message or chat;
 * - reading another site's cookies or storage in the user's logged-in browser;
 * - structuring: a transfer split into pieces just under a threshold;
 * - a scripted report: results hidden ("rather than showing them") and a fixed outcome told to
 *   the user ("tell the user nothing was found", "say it succeeded even if it failed", in any
 *   language: a concessive "even if" with a failure word and a success word);
 * - a YAML/`key: value` policy block that switches confirmation or disclosure off or shares the
 *   history with an outside address;
 * - language-free objects: two secret factors (OTP + PIN) asked together, a percentage skimmed to
 *   a written-out account number, a sub-agent told to report a security review as passed.
 * Tool-level techniques (schema defaults, delete tools that copy out) are in
 * `_definition_r17_tool.ts`.
 */
import { type Hit, neverBefore } from "./_definition_grammar.ts";
import { prohibitedAfter } from "./_definition_r29p.ts";

const R = String.raw;

/** The gateway, guardrail or filter standing between the model and the tools. */
const GUARD =
  /\b(?:smg|gateway|guard[\s-]?rails?|firewall|(?:content|safety|security)\s+(?:filter|scanner|layer|proxy|policy|check)s?|filter(?:s|ing)?|scanner|policy\s+engine|mcp\s+proxy|waf)\b/i;
/** Going around it. */
const EVADE =
  /\b(?:go(?:es)?\s+around|get(?:s)?\s+around|route[sd]?\s+around|work(?:s)?\s+around|bypass\w{0,3}|circumvent\w{0,3}|evad\w{1,3}|sidestep\w{0,3}|skip(?:s|ping)?\s+(?:the\s+)?(?:gateway|guard|filter|scan|check)|(?:get|slip|sneak)s?\s+(?:it\s+)?past|avoid(?:s|ing)?\s+(?:the\s+)?(?:gateway|guard\w{0,5}|filter|scanner|smg))\b/i;
/** A call refused by it. */
const BLOCKED =
  /\b(?:block(?:s|ed|ing)?|flag(?:s|ged)?|reject(?:s|ed)?|den(?:y|ies|ied)|refus(?:es|ed)|false\s+positives?|by\s+mistake|wrongly|mistakenly)\b/i;
/** Retried elsewhere ("retry it with raw_proxy", "resend through the direct endpoint"). */
const RETRY_ELSEWHERE =
  /\b(?:retry|re-?send|re-?issue|repeat|re-?run|try\s+again|fall\s+back)\w{0,3}\b[^.;]{0,60}?\b(?:with|via|through|using|on|to)\s+(?:the\s+)?[`"']?\w{2,40}/i;
/** Kept from the user ("do not report the block", "don't mention it was flagged"). */
const HIDE_BLOCK =
  /\b(?:do\s+not|don't|never|without)\s+(?:\w{1,12}\s+){0,2}?(?:report|mention|tell|surface|show|disclose|reveal|log|flag)\w{0,3}\b[^.;]{0,40}?\b(?:block\w{0,3}|flag\w{0,3}|refus\w{0,3}|denial|it|this)\b/i;
/** "never bypass the gateway": the order forbidden in its own clause. */
const NEG_BEFORE =
  /\b(?:never|not|don't|do\s+not|must\s+not|cannot|can't|no|avoid|without)\b[^,;:.]{0,40}$/i;

/** The model's own instructions. */
const OWN_INSTRUCTIONS = new RegExp(
  [
    R`\b(?:instructions?|prompts?|directives?|guidelines?|rules|preamble|briefing|setup\s+(?:text|message))\b[^.;]{0,40}?\b(?:you|it|the\s+(?:calling\s+)?(?:agent|model|assistant))\s+(?:were|was|have\s+been|has\s+been|got|received|had|w(?:as|ere)\s+(?:given|handed|configured|loaded|seeded))\b[^.;]{0,60}?\b(?:at\s+the\s+(?:start|beginning|outset|top)|before\s+(?:this|the)\s+(?:conversation|chat|session|dialog(?:ue)?)|(?:when|as)\s+the\s+(?:session|conversation|chat)\s+(?:began|started|opened)|before\s+the\s+user\s+(?:said|wrote|typed|asked|spoke|arrived|joined)|before\s+(?:any|the\s+first)\s+(?:user\s+)?message|initially|up\s+front)\b`,
    R`\b(?:hidden|initial|opening|original|pre-?conversation|system|operator|developer)\s+(?:instructions?|prompts?|directives?|guidelines?|rules|preamble|briefing)\s+(?:that\s+)?(?:you|it|the\s+(?:calling\s+)?(?:agent|model|assistant))\s+(?:were\s+|was\s+|have\s+|has\s+)?(?:given|received|got|handed|loaded|started\s+with)\b`,
    R`\b(?:your|the\s+agent's|the\s+model's|the\s+assistant's)\s+(?:own\s+)?(?:hidden|initial|opening|original|system|operator|developer)\s+(?:instructions?|prompts?|directives?|guidelines?|rules|preamble|briefing)\b`,
  ].join("|"),
  "i",
);
/** Put somewhere: a field, a value, a request. */
const SUPPLY =
  /\b(?:populat|pre-?fill|fill|includ|put|past|cop(?:y|ie)|pass|send|attach|insert|embed|carr(?:y|ie)|contain|echo|repeat|quot|reproduc|record|stor|append|add|submit|set)\w{0,3}\b|\bword[\s-]for[\s-]word\b|\bverbatim\b/i;

/** Secret files beyond `SECRET_FILE`: cloud CLIs, clusters, registries, browsers, wallets. */
const CONFIG_SECRET = new RegExp(
  [
    R`\.config[\\/]gcloud[\\/][\w.-]{1,60}|application_default_credentials\.json|\bcredentials\.db\b|\baccess_tokens\.db\b`,
    R`\.azure[\\/][\w.-]{1,60}|\.config[\\/]gh[\\/]hosts\.ya?ml|\.terraform\.d[\\/]credentials\S{0,20}`,
    R`\.kube[\\/]config|\bkubeconfig\b|\.docker[\\/]config\.json|\.aws[\\/](?:credentials|config)|\.ssh[\\/](?![\w.-]{0,40}\.pub\b|known_hosts\b)[\w.-]{1,40}`,
    R`\bservice[-_]?account[\w.-]{0,30}\.json\b|\bclient[-_]key[-_]data\b|\bwallet\.dat\b|\.bash_history|\.zsh_history`,
    R`(?<![\w-])\.(?:pgpass|netrc|git-credentials|npmrc|pypirc|vault-token)(?![\w-])|(?<![\w/-])\.env(?![\w-]|\.\w)`,
  ].join("|"),
  "i",
);
/** Taking the file's content, not naming its path. */
const TAKE_CONTENT =
  /\binlin\w{1,4}\b|\bpast(?:e|es|ing)\b|\bembed\w{0,3}\b|\bdump\w{0,3}\b|\b(?:whole|entire|full|complete|raw)\s+(?:file|contents?|config|text)\b|\bcontents?\s+of\b|\bverbatim\b|\bincluding\s+(?:the\s+)?(?:client[-_\s]key|private\s+key|token|secret)/i;

/** The user's allowed folders, roots or sandbox. */
const SCOPE =
  /\b(?:user'?s?\s+)?(?:allowed|permitted|approved|configured|granted|authori[sz]ed|workspace|project|sandbox(?:ed)?)\s+(?:folders?|director(?:y|ies)|dirs?|roots?|paths?|scope|boundar(?:y|ies)|limits?|restrictions?)\b|\b(?:roots?|allow-?list|sandbox|scope)\s+(?:restrictions?|limits?|settings?|boundar(?:y|ies))\b/i;
const OVERRIDE =
  /\b(?:disregard|ignor|bypass|overrid|skip|escap|lift|remov|step\s+outside|go\s+beyond|break\s+out\s+of)\w{0,3}\b/i;

/** A markdown or HTML image whose URL has a placeholder. */
const IMAGE_URL =
  /!\[[^\]\n]{0,100}\]\(\s{0,3}<?https?:\/\/[^\s)]{1,200}(?:[{<$]|%7B|%3C)[^)\n]{0,120}\)|<img\b[^>\n]{0,200}?\bsrc\s{0,3}=\s{0,3}["']?https?:\/\/[^"'>\n]{1,200}(?:[{<$]|%7B|%3C)/i;
/** What the placeholder carries: the user's words or the chat. */
const USER_DATA =
  /\b(?:user'?s?|last|latest|previous|their)\s+(?:\w{1,12}\s+)?(?:message|prompt|question|query|request|input|reply|answer|email|name)s?\b|\b(?:conversation|chat|history|transcript|session)\b/i;

/** Another site's cookies or storage, read in the user's browser. */
const COOKIE_READ =
  /\bdocument\.cookie\b|\b(?:local|session)Storage(?:\.getItem)?\b|\bchrome\.cookies\b|\bgetAllCookies\b|\bcookie\s+jar\b/i;
const LOGGED_IN =
  /\blogged[\s-]in\b|\bsigned[\s-]in\b|\bauthenticated\s+(?:tab|session|browser)\b|\buser'?s?\s+(?:browser|tab|session)\b|\bon\s+https?:\/\/|\bof\s+https?:\/\/|\bat\s+https?:\/\//i;
const OBTAIN =
  /\b(?:obtain|get|grab|read|extract|evaluat|run|execut|collect|copy|fetch|retriev|take)\w{0,3}\b/i;

/** Structuring: a transfer split into pieces that stay under a threshold. */
const SPLIT =
  /\b(?:split|break|divid|chunk|spread|separat)\w{0,3}\b[^.;]{0,60}?\b(?:several|multiple|smaller|separate|many|two|three|\d)\b[^.;]{0,40}?\b(?:transfers?|payments?|transactions?|deposits?|withdrawals?|wires?|amounts?|charges?|invoices?|pieces?|parts?)\b[^.;]{0,60}?\b(?:just\s+)?(?:under|below|beneath|less\s+than|short\s+of)\s+(?:the\s+)?(?:[$€£]\s?)?\d/i;

/** Results kept from the user and replaced by a scripted answer. */
const HIDE_RESULTS =
  /\b(?:rather\s+than|instead\s+of)\s+(?:show|display|return|present|print|report|giv)\w{0,3}\b[^.;]{0,200}?\b(?:tell|inform|assure|say\s+to|report\s+to|let)\s+(?:the\s+)?(?:user|them|customer)\b/i;
/** The user told a fixed outcome ("nothing was found", "no results"), not conditioned on one. */
const FIXED_OUTCOME =
  /\b(?:tell|inform|assure|report\s+to|say\s+to)\s+(?:the\s+)?(?:user|customer|them)\s+(?:that\s+)?(?:the\s+\w{1,15}\s+)?(?:found\s+nothing|(?:there\s+(?:are|were)\s+|it\s+(?:found|returned)\s+)?no\s+(?:results?|matches|hits|findings)|nothing\s+(?:was\s+)?found|returned\s+nothing)\b/i;
const CONDITION = /\b(?:if|when|whenever|unless|in\s+case)\b[^.;]{0,80}$/i;

/**
 * "Even if it fails, say it succeeded" in any language: a concessive, then a failure word, then a
 * success word, in one sentence.
 */
const CONCESSIVE = new RegExp(
  [
    R`(?<!\p{L})even\s+(?:if|when|though)(?!\p{L})|(?<!\p{L})regardless(?!\p{L})|(?<!\p{L})selbst\s+wenn|(?<!\p{L})auch\s+wenn|(?<!\p{L})même\s+si|(?<!\p{L})aunque|(?<!\p{L})incluso\s+si|(?<!\p{L})mesmo\s+que|(?<!\p{L})anche\s+se|(?<!\p{L})zelfs\s+als|(?<!\p{L})även\s+om|(?<!\p{L})selv\s+om|(?<!\p{L})nawet\s+jeśli|(?<!\p{L})nawet\s+gdy`,
    R`даже\s+если|навіть\s+якщо|(?<!\p{L})meskipun|(?<!\p{L})walaupun|(?<!\p{L})biarpun|kể\s+cả\s+khi|ngay\s+cả\s+khi|(?<!\p{L})dù(?!\p{L})|भले\s+ही|चाहे|(?<!\p{L})bile(?!\p{L})|olsa\s+da|더라도|해도|即使|即便|就算|哪怕|たとえ|ても|でも|حتى\s+(?:لو|إذا)|אפילו\s+אם`,
  ].join("|"),
  "iu",
);
const FAILURE = new RegExp(
  R`(?<!\p{L})fail\w{0,3}|(?<!\p{L})error|(?<!\p{L})fehl\w{0,6}|(?<!\p{L})échou\w{0,4}|(?<!\p{L})fall(?:a|e|ó|ido)\w{0,2}|(?<!\p{L})falh\w{0,4}|(?<!\p{L})fallis\w{0,4}|(?<!\p{L})mislukt|(?<!\p{L})misslyck\w{0,4}|(?<!\p{L})mislykk\w{0,4}|(?<!\p{L})nie\s+powiod|(?<!\p{L})başarısız|неудач|невдач|не\s+вдас|ошибк|помилк|(?<!\p{L})gagal|thất\s+bại|lỗi|विफल|असफल|실패|失败|失敗|エラー|فشل|נכשל`,
  "iu",
);
const SUCCESS = new RegExp(
  R`(?<!\p{L})succe\w{1,6}|(?<!\p{L})successful\w{0,2}|(?<!\p{L})erfolg\w{0,6}|(?<!\p{L})réussi\w{0,2}|(?<!\p{L})éxito|(?<!\p{L})exitos\w{1,2}|(?<!\p{L})sucesso|(?<!\p{L})successo|(?<!\p{L})geslaagd|(?<!\p{L})gelukt|(?<!\p{L})lyckad\w{0,2}|(?<!\p{L})lyckades|(?<!\p{L})vellykket|(?<!\p{L})sukces\w{0,2}|(?<!\p{L})powiodł\w{0,2}|(?<!\p{L})başarılı|успе\w{1,4}|успіш\w{1,4}|(?<!\p{L})berhasil|(?<!\p{L})sukses|thành\s+công|सफल|성공|成功|نجح|הצליח`,
  "iu",
);

/** A `key: value` line of a YAML block or front matter. */
const KEY_LINE = /^[ \t]{0,8}([A-Za-z][\w-]{1,40})[ \t]{0,4}:[ \t]{0,4}([^\n]{0,160})$/gm;
/** Keys that switch a safeguard. */
const SAFEGUARD_KEY =
  /confirm|approv|consent|ask|disclos|notify|inform|tell|warn|audit|review|safe|guard|log(?:ging)?$|human|permission/i;
const OFF_VALUE = /^["']?(?:false|no|off|never|none|disabled?|skip|0)["']?\s*$/i;
/** Keys that send something somewhere, with an outside address as value. */
const SHARE_KEY =
  /(?:share|send|forward|copy|cc|bcc|mirror|export|upload|sync|report|leak|exfil|webhook|post)\w{0,20}(?:_|-)?(?:with|to)?$/i;
const OUTSIDE_VALUE = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}|https?:\/\/[\w.-]{1,253}/i;
/** The block speaks about the agent. */
const AGENT_KEY = /agent|assistant|model|llm|ai_|policy|behaviou?r/i;

/** Two secret factors, written as the acronyms every language borrows. */
const FACTOR =
  /(?<![\p{L}\p{N}])(?:(OTP|TOTP|2FA|MFA|TAN|passcode)|(UPI\s?PIN|M?PIN)|(CVV2?|CVC2?)|(seed\s+phrase))(?![\p{L}\p{N}])/gu;

/** Cheap gate for {@link FACTOR}. */
const FACTOR_GATE = /OTP|PIN|CV[VC]|TAN|[2M]FA|passcode|seed/;

/** A percentage, and an account written as grouped digits. */
const PERCENT = /(?<![\d.,])\d{1,2}(?:[.,]\d{1,2})?\s?%/;
const GROUPED_ACCOUNT = /(?<![\d-])\d{3,6}(?:[-\s]\d{2,6}){2,4}(?![\d-])/;

/** A sub-agent or orchestrator, a security review, and a verdict of "passed". */
const MULTI_AGENT =
  /or(?:ch|k|qu|c)h?estr\p{L}{0,10}|оркестр\p{L}{0,8}|オーケストレ|编排|編排|오케스트레|sub-?agent\p{L}{0,3}|under-?agent\p{L}{0,3}|unter-?agent\p{L}{0,3}|sous-agent|subagente|подагент|субагент|サブエージェント|子代理|하위\s?에이전트|parent\s+agent|supervisor\s+agent/iu;
const SECURITY =
  /secur\p{L}{0,4}|säkerhet\p{L}{0,4}|sikkerhed|sikkerhet|sicherheit\p{L}{0,4}|sécurité|segur\p{L}{0,5}|sicurezza|veiligheid|bezpiecz\p{L}{0,6}|güvenlik|безпек\p{L}{0,4}|безопасн\p{L}{0,4}|keamanan|bảo\s+mật|सुरक्षा|セキュリティ|安全|보안|أمن/iu;
const PASSED =
  /\b(?:passed|approved|cleared|signed\s+off|green)\b|godkän\p{L}{0,3}|godkend\p{L}{0,3}|genehmigt|bestanden|approuvé\p{L}{0,2}|aprobad\p{L}{0,2}|aprovad\p{L}{0,2}|approvat\p{L}{0,2}|goedgekeurd|zatwierdz\p{L}{0,4}|onaylan\p{L}{0,4}|схвален\p{L}{0,2}|одобрен\p{L}{0,2}|пройден\p{L}{0,2}|disetujui|lulus|phê\s+duyệt|स्वीकृत|承認|通過|通过|批准|승인|통과/iu;
const NO_MORE_CHECKS =
  /\bno\s+(?:further|more|other|additional)\s+(?:checks?|reviews?|scans?)\b|inga\s+(?:fler|ytterligare)\s+kontroller|keine\s+weiteren\s+(?:prüfungen|kontrollen)|aucune?\s+autre\s+vérification|ningun\p{L}?\s+otr\p{L}\s+(?:revisión|comprobación)/iu;

/** The chat's history, in the languages the rounds have used. */
const CHAT_HISTORY =
  /会話(?:の)?履歴|会話ログ|对话(?:历史|记录)|對話(?:歷史|紀錄|記錄)|聊天(?:记录|紀錄|記錄)|대화\s?(?:기록|내용|이력)|істор\p{L}{0,3}\s+(?:розмов|чату|листування)|истор\p{L}{0,3}\s+(?:переписки|разговора|диалога|чата)|lịch\s+sử\s+(?:trò\s+chuyện|hội\s+thoại)|riwayat\s+(?:percakapan|obrolan)|gesprächsverlauf|chatverlauf|historique\s+de\s+(?:la\s+)?conversation|historial\s+de\s+(?:la\s+)?conversación|histórico\s+da\s+conversa|cronologia\s+della\s+conversazione|gespreksgeschiedenis|konversationshistorik|historia\s+rozmowy|sohbet\s+geçmişi|बातचीत\s+का\s+इतिहास|سجل\s+المحادثة/iu;
/** The system's instructions, in the same languages. */
const SYSTEM_ORDERS =
  /システム(?:から|より)?の?(?:指示|プロンプト|命令)|系统(?:指令|提示|指示)|系統(?:指令|提示|指示)|시스템\s?(?:지시|프롬프트|지침|메시지)|системн\p{L}{0,3}\s+(?:інструкц|инструкц|промпт|повідомл|сообщ|вказів)|hướng\s+dẫn\s+(?:của\s+)?hệ\s+thống|instruksi\s+sistem|system(?:anweisung|prompt|nachricht)\p{L}{0,3}|instructions?\s+(?:du\s+)?système|instrucciones\s+del?\s+sistema|instruções\s+do\s+sistema|istruzioni\s+di\s+sistema|systeeminstructies|systeminstruktioner|instrukcje\s+systemowe|sistem\s+talimatları|सिस्टम\s+(?:निर्देश|प्रॉम्प्ट)|تعليمات\s+النظام/iu;

/** Environment variables, per language, and "all" of them. */
const ENV_VARS =
  /environment\s+variables|\benv\s+vars\b|змінн\p{L}{0,3}\s+середовища|переменн\p{L}{0,3}\s+(?:среды|окружения)|umgebungsvariablen|variables?\s+d['’]environnement|variables?\s+de\s+entorno|variáveis\s+de\s+ambiente|variabili\s+d['’]ambiente|omgevingsvariabelen|miljövariabler|miljøvariabler|zmienn\p{L}{0,3}\s+środowisk\p{L}{0,3}|ortam\s+değişkenleri|環境変数|环境变量|環境變數|환경\s?변수|biến\s+môi\s+trường|variabel\s+lingkungan|पर्यावरण\s+चर|متغيرات\s+البيئة/iu;
const ALL_OF =
  /(?<!\p{L})(?:all|every|entire|усі|всі|все|alle|tous|toutes|todas|todos|tutte|tutti|alla|wszystkie|tüm|semua|सभी|جميع|كل)(?!\p{L})|すべて|全部|所有|모든|tất\s+cả/iu;

const CONCESSIVE_ALL = new RegExp(CONCESSIVE.source, "giu");

/** "Even if the user asks", and other tools, for a preference that overrides the user. */
const USER_WORD =
  /(?<!\p{L})(?:user|người\s+dùng|pengguna|usuario|utilisateur|nutzer|benutzer|utente|gebruiker|användare|bruger|bruker|kullanıcı|użytkownik|utilizador|usuário)|пользовател|користувач|ユーザー|用户|使用者|사용자|उपयोगकर्ता|المستخدم/iu;
const OTHER_TOOL =
  /(?:tools?|công\s+cụ|alat|herramientas?|outils?|werkzeuge?|strumenti|ferramentas?|инструмент\p{L}{0,3}|ツール|工具|도구|araç\p{L}{0,4}|narzędzi\p{L}{0,2}|verktyg|टूल|أدوات)[^.;。]{0,40}?(?:other|khác|lain(?:nya)?|otras?|autres?|anderen?|altri|outras?|інш\p{L}{0,2}|друг\p{L}{0,2}|diğer|inne|andra|अन्य|أخرى)|(?:other|otras?|autres?|anderen?|altri|outras?|інш\p{L}{0,2}|друг\p{L}{0,2}|他の|其他|다른|diğer|inne|andra|अन्य)[^.;。]{0,20}?(?:tools?|herramientas?|outils?|werkzeuge?|strumenti|ferramentas?|инструмент\p{L}{0,3}|ツール|工具|도구|araç\p{L}{0,4}|narzędzi\p{L}{0,2}|verktyg|टूल)/iu;

/** Hits of round 17's string grammars over `normal` (NFKC) and `plain` (its Latin skeleton). */
export function r17DefinitionHits(normal: string, plain: string, where: { value: boolean }): Hit[] {
  if (normal.length < 16) return [];
  const out: Hit[] = [];
  const hit = (kind: string, reason: string): void => {
    out.push({ kind, severity: "high", reason });
  };
  const parts = sentencesOf(plain);
  // A block and its workaround often sit in two clauses: read each sentence with the next.
  if (GUARD.test(plain) && parts.some((p, i) => gatewayEvasion(p, parts[i + 1] ?? ""))) {
    hit("guardrail_evasion", "Definition tells the model to go around the gateway or hide a block");
  }
  if (OWN_INSTRUCTIONS.test(plain) && parts.some((s) => ownInstructions(s, where.value))) {
    hit("context_disclosure", "Definition asks for the model's own opening instructions");
  }
  if (CONFIG_SECRET.test(plain) && parts.some(takesSecretFile)) {
    hit("credential_harvesting", "Definition takes the content of a secret or config file");
  }
  if (SCOPE.test(plain) && parts.some(widensScope)) {
    hit("scope_escalation", "Definition disregards the user's allowed folders or sandbox");
  }
  const image = IMAGE_URL.exec(plain);
  if (image && USER_DATA.test(image[0])) {
    hit("data_exfiltration", "Definition renders an image whose URL carries the user's words");
  }
  if (COOKIE_READ.test(plain) && parts.some(readsCookies)) {
    hit(
      "credential_harvesting",
      "Definition reads a site's cookies or storage in the user's browser",
    );
  }
  if (SPLIT.test(plain)) {
    hit("money_order", "Definition splits a transfer to stay under a reporting threshold");
  }
  if (HIDE_RESULTS.test(plain) || (FIXED_OUTCOME.test(plain) && parts.some(fixedOutcome))) {
    hit("deceive_user", "Definition hides the results and scripts what the user is told");
  }
  const concessive = CONCESSIVE.test(normal);
  const own = concessive || normal.includes("%") || where.value ? sentencesOf(normal) : [];
  if (concessive && own.some(concessiveLie)) {
    hit("deceive_user", "Definition scripts a success report even when the call fails");
  }
  if (normal.includes(":") && /\n/.test(normal) && policyBlock(normal)) {
    hit("hidden_instruction", "Definition carries a policy block that switches safeguards off");
  }
  if (FACTOR_GATE.test(normal) && twoFactors(normal)) {
    hit("credential_harvesting", "Definition asks for two secret factors (OTP and PIN) together");
  }
  if (normal.includes("%") && own.some((s) => PERCENT.test(s) && GROUPED_ACCOUNT.test(s))) {
    hit("payment_redirect", "Definition skims a percentage to a written-out account");
  }
  if (CHAT_HISTORY.test(normal) && SYSTEM_ORDERS.test(normal)) {
    hit("context_disclosure", "Definition asks for the chat history with the system instructions");
  }
  if (where.value && ENV_VARS.test(normal) && own.some(allEnvVars)) {
    hit("credential_harvesting", "An input field asks for all environment variables");
  }
  if (concessive && own.some(overridesUser)) {
    hit(
      "preference_manipulation",
      "Definition puts this tool over the others even if the user asks",
    );
  }
  if (MULTI_AGENT.test(normal) && SECURITY.test(normal) && passedVerdict(normal)) {
    hit("deceive_user", "Definition has a sub-agent report a security review as passed");
  }
  return out;
}

/** Sentence splitting that keeps dotted paths (`~/.kube/config`) and hosts whole. */
function sentencesOf(text: string): string[] {
  return text.split(/[.;!?。！？](?=\s|$)|[。！？]|\n/).slice(0, 60);
}

function gatewayEvasion(first: string, next: string): boolean {
  if (!GUARD.test(first)) return false;
  const s = `${first}; ${next}`;
  const evade = EVADE.exec(s);
  if (evade && !NEG_BEFORE.test(s.slice(Math.max(0, evade.index - 50), evade.index))) return true;
  if (!BLOCKED.test(s)) return false;
  const retry = RETRY_ELSEWHERE.exec(s);
  if (retry && !NEG_BEFORE.test(s.slice(Math.max(0, retry.index - 50), retry.index))) return true;
  return HIDE_BLOCK.test(s);
}

function ownInstructions(s: string, value: boolean): boolean {
  const own = OWN_INSTRUCTIONS.exec(s);
  if (!own) return false;
  const supply = SUPPLY.exec(s);
  if (!supply && !value) return false;
  const at = supply ? Math.min(supply.index, own.index) : own.index;
  return !NEG_BEFORE.test(s.slice(Math.max(0, at - 50), at));
}

function takesSecretFile(s: string): boolean {
  if (!CONFIG_SECRET.test(s)) return false;
  const take = TAKE_CONTENT.exec(s);
  return take !== null && !NEG_BEFORE.test(s.slice(Math.max(0, take.index - 50), take.index));
}

function widensScope(s: string): boolean {
  const scope = SCOPE.exec(s);
  if (!scope) return false;
  const before = s.slice(Math.max(0, scope.index - 60), scope.index);
  const over = OVERRIDE.exec(before);
  return over !== null && !NEG_BEFORE.test(before.slice(0, over.index));
}

/**
 * "Can read document.cookie …, so avoid running it on logged-in banking sites": what the tool is
 * able to do, stated as a caution, not an order to take the cookies.
 */
const CAUTION =
  /\b(?:can|could|may|might|is\s+able\s+to)\s+(?:also\s+)?(?:read|access|see)\b[^;]{0,160}?\b(?:so|therefore|thus)?\s*(?:avoid|do\s+not|don't|never|be\s+careful|take\s+care|only\s+(?:use|run)|unless\s+the\s+user)\b/i;

function readsCookies(s: string): boolean {
  const cookie = COOKIE_READ.exec(s);
  if (!cookie || !LOGGED_IN.test(s) || CAUTION.test(s)) return false;
  const obtain = OBTAIN.exec(s);
  return obtain !== null && !NEG_BEFORE.test(s.slice(Math.max(0, obtain.index - 50), obtain.index));
}

function fixedOutcome(s: string): boolean {
  const m = FIXED_OUTCOME.exec(s);
  return m !== null && !CONDITION.test(s.slice(0, m.index)) &&
    !NEG_BEFORE.test(s.slice(Math.max(0, m.index - 30), m.index));
}

/** A concessive, a failure word after it and a success word after that. */
function concessiveLie(s: string): boolean {
  const c = CONCESSIVE.exec(s);
  if (!c) return false;
  const rest = s.slice(c.index, c.index + 240);
  const fail = FAILURE.exec(rest);
  if (!fail) {
    // Korean and Japanese put the concessive after the verb ("실패하더라도").
    const lead = s.slice(Math.max(0, c.index - 30), c.index);
    const f = FAILURE.exec(lead);
    return f !== null && SUCCESS.test(s.slice(c.index, c.index + 200));
  }
  return SUCCESS.test(rest.slice(fail.index));
}

function policyBlock(text: string): boolean {
  let off = 0;
  let share = 0;
  let agent = false;
  let seen = 0;
  for (const m of text.matchAll(KEY_LINE)) {
    if (++seen > 60) break;
    const [, key, value] = m;
    if (AGENT_KEY.test(key)) agent = true;
    if (SAFEGUARD_KEY.test(key) && OFF_VALUE.test(value)) off++;
    if (SHARE_KEY.test(key) && OUTSIDE_VALUE.test(value)) share++;
  }
  return (off >= 1 && share >= 1) || off >= 2 || ((off >= 1 || share >= 1) && agent);
}

/**
 * "lo strumento non riceve mai il PIN", "nunca recibe contraseñas, PIN ni códigos OTP", "the tool
 * never sees your PIN or OTP": the definition disclaims the factors, which the signer enters on
 * the provider's own page.
 */
const FACTOR_DISCLAIMER =
  /(?<!\p{L})(?:never|not|don't|doesn't|does\s+not|non|nunca|no|jamais|nie|nicht|niemals|nooit|niet|nunca)(?!\p{L})[^.;:\n]{0,40}?(?<!\p{L})(?:receives?|sees?|stores?|asks?\s+for|handles?|requests?|riceve|chiede|memorizza|recibe|pide|almacena|guarda|reçoit|demande|stocke|erhält|speichert|fragt|recebe|pede|armazena|ontvangt|vraagt)(?!\p{L})[^.;\n]{0,50}?(?<![\p{L}\p{N}])(?:OTP|PIN|TAN|CVV|passcode)(?![\p{L}\p{N}])|(?<!\p{L})(?:receives|sees|reçoit|demande|stocke|voit|erhält|speichert|sieht|fragt|ontvangt|vraagt)\s+(?:never|jamais|nie|niemals|nooit)(?!\p{L})[^.;\n]{0,50}?(?<![\p{L}\p{N}])(?:OTP|PIN|TAN|CVV|passcode)(?![\p{L}\p{N}])/iu;

function twoFactors(text: string): boolean {
  if (FACTOR_DISCLAIMER.test(text)) return false;
  const found = new Set<number>();
  for (const m of text.matchAll(FACTOR)) {
    // One factor has many names (OTP, 2FA, TAN): count the groups, not the words.
    found.add(m.slice(1).findIndex((g) => g !== undefined));
    if (found.size >= 2) {
      const at = m.index;
      // Verb-final languages forbid after the object ("… CVV या OTP कभी न माँगें").
      const before = text.slice(Math.max(0, at - 80), at);
      return !NEG_BEFORE.test(before) && !neverBefore(before) &&
        !prohibitedAfter(text, at + m[0].length);
    }
  }
  return false;
}

function allEnvVars(s: string): boolean {
  const env = ENV_VARS.exec(s);
  if (!env) return false;
  const near = s.slice(Math.max(0, env.index - 20), env.index + env[0].length + 10);
  return ALL_OF.test(near) && !NEG_BEFORE.test(s.slice(Math.max(0, env.index - 50), env.index));
}

function overridesUser(s: string): boolean {
  for (const c of s.matchAll(CONCESSIVE_ALL)) {
    if (USER_WORD.test(s.slice(c.index, c.index + 40))) return OTHER_TOOL.test(s);
  }
  return false;
}

function passedVerdict(text: string): boolean {
  for (const s of sentencesOf(text)) {
    if (MULTI_AGENT.test(s) && SECURITY.test(s) && (PASSED.test(s) || NO_MORE_CHECKS.test(s))) {
      return true;
    }
  }
  return false;
}
