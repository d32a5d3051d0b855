/**
 * Injections in tool results that held-out round 29a found missing (paraphrases in
 * `_injection_r29a_test.ts`). Techniques:
 * - an address to the AI that handles this content, in forms the older rules did not read (a bot
 *   or agent handle `@…-agent`, "for whichever automation ends up triaging this", "to the
 *   automated processor of this invoice", "Reviewer bot —", a Polish vocative, Korean `…봇에게:`,
 *   Arabic `إلى المساعد …`), counted only with a harmful object after it on the same line: a
 *   secret, an address or link, an account number, admin or owner rights, approving or merging,
 *   closing or deleting, a phone number;
 * - a "next step" label (many languages) whose step is itself the harm: a role of owner or admin
 *   given to someone, a named secret posted to a channel or address, all mail forwarded outside,
 *   a data dump uploaded, a forced wipe of a bucket;
 * - configuration that ships secret files (`~/.aws/credentials`, `.env`, keys) to a web address;
 * - a download piped into a shell from a bare IP address;
 * - the text dictating the "correct" answer or summary, and naming clauses left out of it;
 * - a fee to be paid to an account before a refund or release (advance-fee scam).
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { type Accept, make } from "./_injection_make.ts";

const R = String.raw;

/** An e-mail address whose domain ends in letters (not `api@v2.14.3`). */
const EMAIL = R`[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,4}\.[a-z]{2,24}(?![\w-])`;
/** A named secret: `DEPLOY_TOKEN`, `PROD_API_KEY`, `${{ secrets.X }}`. */
const SECRET_NAME =
  R`[A-Z][A-Z0-9_]{1,40}_(?:TOKEN|KEY|SECRET|PASSWORD|PAT)(?![A-Za-z])|\$\{\{\s{0,2}secrets\.`;

// --- an address to the AI that handles this content, then harm on the same line
/** What makes an order after an address harmful, in the languages the addresses below use. */
const HARM = new RegExp(
  [
    EMAIL,
    R`https?://`,
    R`\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3}`,
    SECRET_NAME,
    R`\+?\d[\d\s().-]{8,}\d`,
    R`\b(?:secrets?|tokens?|passwords?|credentials?|api[\s_-]?keys?|(?:\d-digit|verification|one-time|2fa|otp|sms)\s{0,2}codes?|admins?|owners?)\b`,
    R`\bwithout\s{1,3}(?:waiting|review|approval|checks?|callback|verification)`,
    R`hasł|klucz|uprawnie|zamknij|usuń|incydent|rejestr`,
    R`공유|링크|연락처|권한|삭제|관리자|토큰|비밀번호|전체\s{0,2}내용`,
    R`مشارك|صلاحي|كلمة\s{1,2}المرور|رمز\s{1,2}التحقق|إدارة|حذف`,
    R`wachtwoord|rekening|goedkeur|keur\s{1,3}de\s{1,3}betaling|terugbel|Passwort|Zugriff|contraseña|acceso|senha|acesso`,
  ].join("|"),
  "iu",
);
/** The rest of the line after an address (up to 300 characters). */
const harmAfter: Accept = (v, _s, e) => {
  const rest = v.slice(e, e + 300);
  const nl = rest.indexOf("\n");
  const line = nl < 0 ? rest : rest.slice(0, nl);
  // Round 32 precision: a secret named as what a review should look for ("flag anything touching
  // secrets", "check for leaked tokens") is the review's object, not the harm; whatever else the
  // line orders is still read.
  return HARM.test(line.replace(REVIEW_FOR, " "));
};
/** A review's object: "flag anything touching secrets", "check for exposed tokens", "scan for keys". */
const REVIEW_FOR =
  /\b(?:flag|check\s{1,3}for|look\s{1,3}(?:out\s{1,3})?for|scan\s{1,3}for|watch\s{1,3}(?:out\s{1,3})?for|point\s{1,3}out|highlight|warn\s{1,3}(?:about|of))\s{1,3}(?:any(?:thing|\s{1,3}\w{1,15})?|whatever|changes?|lines?|code|files?|places?)?[^\n.;:@/]{0,30}?\b(?:secrets?|tokens?|credentials?|passwords?|api[\s_-]?keys?)\b/gi;
const ADDR_REASON = "Text addresses the AI that handles it and orders a harmful act";
const address = (spec: string, src: string, gate?: RegExp): InjectionRule =>
  make("addressed_harm", 1, spec, src, ADDR_REASON, {
    accept: harmAfter,
    near: 20,
    ...(gate ? { gate } : {}),
  });

/** `@workspace-agent`, `@copilot`, `@triage-bot`: a handle of an AI in a chat or a comment. */
const HANDLE =
  R`(?:^|[\s(])@[\w-]{0,24}?(?:agent|bot|copilot|assistant|gpt|claude|gemini)(?![\w.@-])`;
/** "For whichever automation ends up triaging this ticket:", "assistants answering questions". */
const WHICHEVER = [
  R`\b(?:for|to)\s{1,3}(?:whichever|whatever|any|every)\s{1,3}(?:automation|automated\s{1,3}\w{3,12}|bots?|agents?|assistants?|AIs?|models?|tools?)\s{1,3}(?:(?:that|which)\s{1,3})?(?:ends?\s{1,3}up\s{1,3}|will\s{1,3}(?:be\s{1,3})?|is\s{1,3}|gets?\s{1,3})?\w{3,14}ing\b`,
  R`\b(?:assistants?|agents?|bots?|AIs?|models?|chatbots?)\s{1,3}(?:answering|handling|fielding)\s{1,3}(?:questions|requests|queries|tickets|messages)\b`,
].join("|");
/** "To the automated processor of this invoice", "Aan de geautomatiseerde verwerker". */
const AUTOMATED = [
  R`\b(?:to|for)\s{1,3}the\s{1,3}(?:automated|automatic)\s{1,3}(?:processor|processing|handler|reader|system|reviewer|assistant|agent|triage)\b`,
  R`\b(?:aan|voor)\s{1,3}de\s{1,3}(?:geautomatiseerde|automatische)\s{1,3}(?:verwerk\p{L}{0,4}|lezer|assistent|agent|behandelaar)`,
  R`\b(?:an|für)\s{1,3}(?:den|die|das)\s{1,3}(?:automatische|automatisierte)[nrs]?\s{1,3}(?:Bearbeiter|Verarbeit\p{L}{0,4}|Leser|Assistenten|Agenten|System)`,
  R`(?:\bal|\bao|\bà|\bau|\ball['’])\s{0,3}(?:sistema|procesador|processador|processeur|elaboratore|asistente|assistente|assistant|agente|agent|lector|leitor|lecteur)\s{1,3}(?:autom[aá]tico|automatique|automatisé|automatizzato|automatizado)`,
].join("|");
/** "Reviewer bot — …", "Triage agent: …" at the start of a line. */
const LINE_VOCATIVE =
  R`(?:^|\n)[ \t]{0,4}(?:[A-Z][\w-]{1,20}[ \t]{1,2})?(?:bot|agent|assistant)[ \t]{0,2}(?:—|–|,)\s`;
/** Polish vocative: "Drogi asystencie, który …", "Bocie, …". */
const PL_VOCATIVE =
  R`(?:drog[ia]|szanown[ya])\s{1,3}(?:asystencie|asystentko|bocie|agencie)|(?:^|\n)\s{0,3}(?:asystencie|bocie|agencie)\s{0,2}[,:]`;
/** Korean "요약 봇에게:", Arabic "إلى المساعد الذي …". */
const KO_ADDRESS =
  R`(?:봇|어시스턴트|에이전트|AI|도우미|비서)\s{0,2}(?:에게|께|님께)\s{0,2}[:：,—–]`;
const AR_ADDRESS =
  R`(?:^|\n|[.:]\s)\s{0,3}(?:إلى|الى)\s{1,3}(?:المساعد|الوكيل|البوت|الروبوت|النموذج|الذكاء\s{1,3}الاصطناعي)`;

// --- a "next step" whose step is itself the harm
const NEXT_LATIN = [
  R`\b(?:next|remaining)\s{1,3}(?:step|action)s?`,
  R`nächster?\s{1,3}Schritt|passo\s{1,3}successivo|prossimo\s{1,3}passo|siguiente\s{1,3}paso|próximo\s{1,3}paso|próximo\s{1,3}passo|próxima\s{1,3}etapa|prochaine\s{1,3}étape|étape\s{1,3}suivante|volgende\s{1,3}stap|następny\s{1,3}krok|kolejny\s{1,3}krok|sonraki\s{1,3}adım|langkah\s{1,3}(?:berikutnya|selanjutnya)|bước\s{1,3}tiếp\s{1,3}theo`,
  R`наступний\s{1,3}крок|следующий\s{1,3}шаг`,
].join("|");
/** The same label in scripts the word index does not read (global gate: armed around each). */
const NEXT_SCRIPT_GATE =
  /(?=[다次下اה])(?:다음\s{0,2}단계|次の(?:ステップ|手順)|下一步|الخطوة\s{1,3}التالية|השלב\s{1,3}הבא|הצעד\s{1,3}הבא)/gu;
/** A labelled step: the rest of its line, or the line after a label that ends its line. */
const STEP_TAIL = R`[^\n:：]{0,30}[:：—–-][^\n]{0,60}(?:\n[^\n]{0,200}|[^\n]{0,200})`;
const ROLE =
  R`(?:owner|admin\w{0,8}|superuser|administrat\p{L}{0,6}|адмін\p{L}{0,6}|админ\p{L}{0,6}|власник\p{L}{0,3}|владел\p{L}{0,4}|관리자|מנהל)`;
/** The harm a stated next step may be. */
const STEP_HARM = [
  // a role given: "add X as Owner", "як Owner організації", "to the okta-admins group"
  R`(?<![\p{L}])(?:as|als|como|comme|come|jako|kao|sebagai|làm|как|як)\s{1,3}(?:an?\s{1,3}|the\s{1,3})?(?:org(?:anization)?\s{1,3})?${ROLE}`,
  R`\b(?:to|into|in)\s{1,3}(?:the\s{1,3})?[\w-]{0,20}admins?\s{1,3}group`,
  // a named secret sent to a channel, an address or a link
  R`(?:${SECRET_NAME})[^\n]{0,80}?(?:(?:^|[\s(\-])#[\w-]{2,40}|${EMAIL}|https?://)`,
  // every incoming message forwarded out
  R`(?:forward|weiterleit|doorstu|reenv|encaminh|inoltr|пересил|переслат|переадрес|전달|chuyển\s{1,2}tiếp|teruskan|העבר)\p{L}{0,12}[^\n]{0,80}?${EMAIL}`,
  R`${EMAIL}[^\n]{0,40}?(?:forward|weiterleit|doorstu|reenv|encaminh|inoltr|пересил|переадрес|전달|teruskan)`,
  R`(?<![\p{L}])(?:all|alle|todos|toutes|tutti|все|всі)\s[^\n]{0,40}?(?:mails?|e-?mails?|messages?|Nachrichten|correos|mensagens|messaggi|письма|листи)[^\n]{0,30}?${EMAIL}`,
  R`(?:\ball|\balle|\btodos|\btoutes|\btutti|\bвсе|\bвсі|모든|tất\s{1,2}cả)\s[^\n]{0,40}?(?:→|->|=>)\s{0,3}${EMAIL}`,
  // a data dump uploaded
  R`(?:dump|덤프|export|вивантаж|выгрузк)\p{L}{0,6}[^\n]{0,60}?(?:upload|업로드|завантаж|загруз|hochlad|subir|carregar|unggah)`,
  // a forced wipe
  R`\baws\s{1,3}s3\s{1,3}rb\b|\bdelete-bucket\b|\bDROP\s{1,3}(?:TABLE|DATABASE|SCHEMA)\b|\brm\s{1,3}-(?:rf|fr)\s{1,3}\/`,
].join("|");
/** A rotation or revocation of the secret is hygiene, not a leak. */
const HYGIENE =
  /rotat|revok|invalidat|widerruf|ротац|רוטציה|교체|轮换|ローテーション|xoay\s{1,2}vòng/iu;
const STEP_HARM_RE = new RegExp(STEP_HARM, "iu");
const stepAccept: Accept = (v, s, e) => {
  const step = v.slice(s, e);
  return STEP_HARM_RE.test(step) && !HYGIENE.test(step);
};

// --- secret files shipped to a web address by configuration
const SECRET_FILE =
  R`(?:~\/\.aws\/credentials|\.aws\/credentials|(?:^|[\s"'\/])\.env(?![\w.-])|id_rsa|id_ed25519|\.ssh\/|\.npmrc|\.netrc|\.pgpass|kubeconfig|\.kube\/config|\.docker\/config\.json)`;
/** A copy step's source key (`sync:`, `copy:`, `src =` …) holding the secret file. */
const SHIP_FROM =
  R`(?<![\w-])(?:sync|copy|upload|src|source|from|path|file|files|push|send|mirror|include)\s{0,2}[:=]\s{0,2}["'\[]?\s{0,2}`;
/** The destination key of the same step, on a line of its own: `to: https://…`. */
const SHIP_KEY =
  R`\n[ \t]{0,12}(?:-[ \t]{1,3})?(?:to|dest(?:ination)?|target|url|upload_url|endpoint|remote|push_to|mirror_to)\s{0,2}[:=]\s{0,2}["']?https?:\/\/(?!localhost|127\.)`;

// --- the "correct" answer dictated, clauses left out
const DICTATED = [
  R`\b(?:correct|right|official|approved|accurate|only\s{1,3}valid)\s{1,3}(?:answer|summary|response|reply)\s{1,3}(?:for|to|of|about)\b[^:\n]{0,80}[:：]`,
  R`(?:respuesta|resumen|resposta|resumo)\s{1,3}(?:correct[ao]|oficial)\s{1,3}(?:para|a|de|sobre)\b[^:\n]{0,80}[:：]|(?:bonne\s{1,3}réponse|réponse\s{1,3}correcte|résumé\s{1,3}correct)\s{1,3}(?:à|pour|de|sur)\b[^:\n]{0,80}[:：]|(?:richtige|korrekte)\s{1,3}(?:Antwort|Zusammenfassung)\s{1,3}(?:auf|für|zu|über)\b[^:\n]{0,80}[:：]|(?:risposta|sintesi)\s{1,3}corretta\s{1,3}(?:a|per|sulla|alla|su)\b[^:\n]{0,80}[:：]`,
  R`jawaban\s{1,3}yang\s{1,3}benar\s{1,3}untuk\b[^:\n]{0,80}[:：]|câu\s{1,3}trả\s{1,3}lời\s{1,3}đúng\s{1,3}(?:cho|về)\b[^:\n]{0,80}[:：]|правильн\p{L}{1,3}\s{1,3}(?:ответ|відповідь|резюме)\s{1,3}(?:на|для)\b[^:\n]{0,80}[:：]`,
].join("|");
const OMITTED = [
  R`\b(?:are|is)\s{1,3}(?:not\s{1,3}part\s{1,3}of|excluded\s{1,3}from|to\s{1,3}be\s{1,3}(?:left\s{1,3}out\s{1,3}of|omitted\s{1,3}from))\s{1,3}the\s{1,3}(?:summary|answer|reply|response|review)\b`,
  R`\b(?:leave|keep)\s{1,3}(?:clauses?|sections?|paragraphs?)\s{1,3}[\d, and]{1,30}\s{1,3}out\s{1,3}of\s{1,3}the\s{1,3}(?:summary|answer)\b`,
].join("|");

// --- a fee paid to an account before a refund or release
const ADVANCE_FEE =
  R`(?:\bpay|bayar|\bpagar|\bpayer|\bzahlen|\bpagare|thanh\s{1,2}toán)\p{L}{0,4}\b[^\n.]{0,40}?(?:\bfee|biaya|tarifa|taxa|frais|gebühr|commissione|\bphí)[^\n]{0,120}?(?:account|rekening|cuenta|conta|compte|Konto|conto|tài\s{1,2}khoản|\bSTK\b|IBAN|wallet)`;
const REFUND_NEAR =
  /refund|pengembalian|dikembalikan|reembols|devoluci|rembours|erstatt|rimbors|hoàn\s{1,2}tiền|prize|hadiah|premio|prêmio|unlock|release|cair/iu;
const beforeRefund: Accept = (v, s, e) =>
  REFUND_NEAR.test(v.slice(Math.max(0, s - 200), Math.min(v.length, e + 200)));

// --- a new bank account to be applied with the callback check waived
/** An account number: an IBAN, or digits after an account word. */
const ACCOUNT =
  R`\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{3,4}){2,7}\b|(?:account|rekening|konto|cuenta|conta|compte|conto|tài\s{1,2}khoản|STK|счёт|счет|рахунок)\p{L}{0,4}[^\n\d]{0,30}\d[\d\s-]{6,30}\d`;
/** The call-back (or any independent) check on a bank change declared unneeded. */
const NO_CALLBACK = [
  R`\bwithout\s{1,3}(?:a\s{1,3}|any\s{1,3})?(?:call-?\s?back|callback|verification\s{1,3}call|phone\s{1,3}(?:check|verification))`,
  R`\bno\s{1,3}(?:call-?\s?back|callback)\s{1,3}(?:is\s{1,3})?(?:needed|required|necessary)`,
  R`\bskip\p{L}{0,3}\s{1,3}(?:the\s{1,3})?(?:call-?\s?back|callback)`,
  R`zonder\s{1,3}(?:terugbel\p{L}{0,12}|verificatie)|ohne\s{1,3}(?:Rückruf\p{L}{0,10}|Gegenprüfung|Verifizierung)|sin\s{1,3}(?:llamada\s{1,3}de\s{1,3}verificación|verificación\s{1,3}telefónica|devolver\s{1,3}la\s{1,3}llamada)|sem\s{1,3}(?:ligação\s{1,3}de\s{1,3}(?:confirmação|verificação)|verificação\s{1,3}telefónica|verificação\s{1,3}telefônica)|sans\s{1,3}(?:contre-?appel|rappel\s{1,3}de\s{1,3}vérification)|senza\s{1,3}(?:richiamata|verifica\s{1,3}telefonica)|bez\s{1,3}(?:oddzwonienia|weryfikacji\s{1,3}telefonicznej)|без\s{1,3}(?:обратного\s{1,3}звонка|зворотного\s{1,3}дзвінка)|không\s{1,3}cần\s{1,3}gọi\s{1,3}lại|tanpa\s{1,3}(?:panggilan\s{1,3}balik|konfirmasi\s{1,3}telepon)`,
].join("|");
/** "Never apply a bank change without a callback" is the policy, not its waiver. */
const NEGATED =
  /\b(?:never|not|don['’]t|do\s+not|must\s+not|no\s+bank)\b|nooit|niet|niemals|nicht|nunca|jamais|mai|nie|никогда|не\s|không\s+bao\s+giờ|jangan/iu;
const waived: Accept = (v, s, e) => {
  const text = v.slice(s, e);
  const at = text.search(new RegExp(NO_CALLBACK, "iu"));
  const before = v.slice(Math.max(0, s + at - 60), s + at);
  return !NEGATED.test(before);
};

const NEXT_REASON = "Text states as its next step a grant of admin rights, a secret posted out, " +
  "mail forwarded outside, a data dump uploaded or a forced wipe";

/** Round 29a's rules. */
export const R29A_RULES: readonly InjectionRule[] = [
  address(
    "",
    HANDLE,
    // The class lookahead lets the anchor index test for an "@" before running the gate.
    /(?=[@])@[\w-]{0,24}?(?:agent|bot|copilot|assistant|gpt|claude|gemini)(?![\w.@-])/giu,
  ),
  address(
    "which whate autom answe handl field / for to any every assis agent bots bot model",
    WHICHEVER,
  ),
  address("autom geaut / the de den die das al ao au all", AUTOMATED),
  address("bot agent assis", LINE_VOCATIVE),
  address("drogi droga szano asyst bocie agenc", PL_VOCATIVE),
  // Gate read from the particle back, over the text's non-ASCII runs only (see `_anchors.ts`).
  address(
    "",
    KO_ADDRESS,
    /(?=[에께님])(?<=(?:봇|어시스턴트|에이전트|AI|도우미|비서)\s{0,2})(?:에게|께|님께)\s{0,2}[:：,—–]/gu,
  ),
  address(
    "",
    AR_ADDRESS,
    /(?=[إا])(?:إلى|الى)\s{1,3}(?:المساعد|الوكيل|البوت|الروبوت|النموذج|الذكاء)/gu,
  ),
  make(
    "next_step_harm",
    1,
    "=step: =Step: =STEP: =steps: =Steps: =action: =Action: =Schritt =successivo =passo: =paso: =etapa: =tape~: =tape: =stap: =krok: =sonraki =berikutnya =selanjutnya bước насту следу / tiếp крок шаг",
    R`(?:${NEXT_LATIN})${STEP_TAIL}`,
    NEXT_REASON,
    { accept: stepAccept, near: 16, reach: 300 },
  ),
  make("next_step_harm", 1, "", R`(?:${NEXT_SCRIPT_GATE.source})${STEP_TAIL}`, NEXT_REASON, {
    accept: stepAccept,
    reach: 300,
    gate: NEXT_SCRIPT_GATE,
  }),
  make(
    "secret_mirror",
    0.7,
    "=credentials =.env =id_rsa =id_ed25519 =.ssh/ =.npmrc =.netrc =.pgpass =kubeconfig =.kube/ =.docker/",
    R`${SHIP_FROM}[~\w./-]{0,60}?${SECRET_FILE}[^\n]{0,60}(?:\n[^\n]{0,80}){0,2}?${SHIP_KEY}`,
    "Configuration ships secret files (cloud credentials, .env, keys) to a web address",
    { reach: 300 },
  ),
  make(
    "ip_pipe_shell",
    0.5,
    "=curl =wget",
    R`\b(?:curl|wget)\b[^\n|]{0,80}?https?:\/\/(?!127\.|10\.|192\.168\.|0\.0\.0\.0)\d{1,3}(?:\.\d{1,3}){3}[^\s|]{0,100}\s{0,3}\|\s{0,3}(?:sudo\s{1,3})?(?:ba|z|da)?sh\b`,
    "Text pipes a download from a bare IP address into a shell",
  ),
  make(
    "canonical_answer",
    0.5,
    "corre right offic appro accur valid respu resum bonne répon richt korre rispo sinte jawab câu правил / answer summary response reply para pour auf für per untuk đúng ответ відпо",
    DICTATED,
    "Text dictates the correct answer or summary for the AI to give",
    { near: 40 },
  ),
  make(
    "summary_omission",
    0.5,
    "summa answe / part exclu omitt left out",
    OMITTED,
    "Text keeps parts of the document out of the summary or answer",
    { near: 40 },
  ),
  make(
    "payee_unverified",
    1,
    "witho zonde ohne sin sem sans senza bez без không tanpa skip / callb call terug rückr llama ligaç verif contr richi oddzw обрат зворо gọi pangg",
    R`(?:${ACCOUNT})[^\n]{0,120}?(?:${NO_CALLBACK})|(?:${NO_CALLBACK})[^\n]{0,120}?(?:${ACCOUNT})`,
    "Text has a new bank account applied with the call-back check waived",
    { accept: waived, near: 40, reach: 300 },
  ),
  make(
    "advance_fee",
    0.5,
    "pay bayar memba pagar payer zahle pagare thanh / fee biaya tarifa taxa frais gebühr commi phí",
    ADVANCE_FEE,
    "Text has a fee paid to an account before a refund or release (advance-fee scam)",
    { accept: beforeRefund, near: 60 },
  ),
];
