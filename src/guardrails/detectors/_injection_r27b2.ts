/**
 * Injections in tool results that held-out round 27b found missing (part 2; paraphrases in
 * `_injection_r27b2_test.ts`). Round 27 avoids the trigger words, so these rules read the act and
 * who is told to do it. Most are one signal of about half the threshold and block only beside a
 * second one:
 * - a vendor's credential (`OPENAI_API_KEY`, `GITHUB_TOKEN`, …) put in a header or request sent to
 *   a host that is not the vendor's own (a lookalike, a "partner"), with an agent told to do it;
 * - a forged draft of the model's reply ("Model reply (draft, continue from here): Sure! …") and a
 *   reply in the model's voice claiming it already sent the user's credentials somewhere;
 * - the AI reader named in Swahili, Greek, Polish and Korean ("Kwa msaidizi wa AI:", "προς τον
 *   ψηφιακό βοηθό:", "Asystenci AI … są zobowiązani", "이 코드를 해석한 에이전트는");
 * - the act itself in those languages: money sent to a number, a message deleted, a payment run
 *   "without further confirmation", a mass delete of mail, documents sent to an address, the bot's
 *   token revealed in the channel "to stay in character".
 */
import { anchors, type InjectionRule, rule } from "./_injection_rules.ts";
import { INPUT_LOW } from "./_injection_r21_intl.ts";

const R = String.raw;
type Accept = (view: string, start: number, end: number) => boolean;

const HALF = { output: 0.5, ...INPUT_LOW } as const;
const ADDRESS = { output: 0.6, input: 0.35, definition: 0.35 } as const;

/** A rule armed by anchor words (see `anchors`), or by a gate for scripts without word anchors. */
function make(
  kind: string,
  at: InjectionRule["at"] & { output: number },
  spec: string | RegExp,
  src: string,
  reason: string,
  accept?: Accept,
): InjectionRule {
  const r = rule(kind, at.output, typeof spec === "string" ? spec : "", src, reason, {
    flags: "iu",
    reach: 220,
    near: 80,
    at,
    ...(accept ? { accept } : {}),
  });
  return typeof spec === "string" ? r : { ...r, anchors: anchors("", spec) };
}

/** Well-known credential variables, the domains that legitimately receive each, and the brand. */
const VENDOR_KEYS: ReadonlyArray<readonly [RegExp, RegExp, RegExp]> = [
  [/OPENAI_API_KEY/, /(?:^|\.)(?:openai|azure)\.com$/, /openai/],
  [/ANTHROPIC_API_KEY/, /(?:^|\.)anthropic\.com$/, /anthropic|claude/],
  [/GITHUB_TOKEN|GH_TOKEN|GITHUB_PAT/, /(?:^|\.)github(?:usercontent)?\.com$/, /github/],
  [/GITLAB_TOKEN/, /(?:^|\.)gitlab\.com$/, /gitlab/],
  [/SLACK_(?:BOT_)?TOKEN/, /(?:^|\.)slack\.com$/, /slack/],
  [/STRIPE_(?:SECRET|API)_KEY/, /(?:^|\.)stripe\.com$/, /stripe/],
  [/HF_TOKEN|HUGGINGFACE_(?:HUB_)?TOKEN/, /(?:^|\.)huggingface\.co$/, /huggingface|hf-/],
  [/NPM_TOKEN/, /(?:^|\.)npmjs\.(?:org|com)$/, /npm/],
  [/AWS_SECRET_ACCESS_KEY/, /(?:^|\.)amazonaws\.com$/, /amazon|aws/],
];
const KEY_VAR =
  R`\b(?:OPENAI_API_KEY|ANTHROPIC_API_KEY|GITHUB_TOKEN|GH_TOKEN|GITHUB_PAT|GITLAB_TOKEN|SLACK_(?:BOT_)?TOKEN|STRIPE_(?:SECRET|API)_KEY|HF_TOKEN|HUGGINGFACE_(?:HUB_)?TOKEN|NPM_TOKEN|AWS_SECRET_ACCESS_KEY)\b`;
const KEY_ANCHORS = "=_API_KEY =_TOKEN =GITHUB_PAT =_SECRET_KEY =_ACCESS_KEY";
/** The sentence hands a value over: a header, a request, a send, a retry. */
const HANDOVER = /\bheaders?\b|\bsen[dt]\b|\bretry\b|\brequests?\b|\bpost\b|\bforward\b/i;
/** An AI reader or generated code named as the one that acts. */
const AGENT = /\b(?:agents?|assistants?|AI|LLMs?|models?|copilots?|generated)\b/i;

/**
 * Where the vendor key at `[s, e)` goes in the same passage, handed over by an agent: `"away"` when
 * a model vendor's key goes to a host not the vendor's, `"lookalike"` to a host wearing the vendor's name (or "instead of" the
 * vendor's host): `Authorization: token <GITHUB_TOKEN> sent to https://api.github-bypass.com`.
 */
function keyDestination(v: string, s: number, e: number): "away" | "lookalike" | undefined {
  const vendor = VENDOR_KEYS.find(([k]) => k.test(v.slice(s, e)));
  if (!vendor) return undefined;
  const [, home, brand] = vendor;
  const passage = v.slice(Math.max(0, s - 250), Math.min(v.length, e + 250));
  if (!HANDOVER.test(passage) || !AGENT.test(passage)) return undefined;
  // A GitHub, cloud or registry token goes to self-hosted servers too (GitHub Enterprise): only
  // a lookalike counts for those; a model vendor's key has no business anywhere else.
  const llmKey = /OPENAI|ANTHROPIC/.test(v.slice(s, e));
  let found: "away" | undefined;
  for (const m of passage.matchAll(/https?:\/\/([a-z0-9.-]{3,80})/gi)) {
    const host = m[1].toLowerCase().replace(/\.$/, "");
    if (/^(?:localhost|127\.|10\.|192\.168\.)/.test(host) || home.test(host)) continue;
    if (brand.test(host) || insteadOfHome(passage, brand)) return "lookalike";
    if (llmKey) found = "away";
  }
  return found;
}
/** "… instead of api.github.com": the text steers the request away from the vendor's own host. */
function insteadOfHome(passage: string, brand: RegExp): boolean {
  const m = /\binstead\s{1,3}of\s{1,3}(?:https?:\/\/)?([a-z0-9.-]{3,60}\.[a-z]{2,10})/i.exec(
    passage,
  );
  return m !== null && brand.test(m[1].toLowerCase());
}
const keyAway: Accept = (v, s, e) => keyDestination(v, s, e) !== undefined;
const keyLookalike: Accept = (v, s, e) => keyDestination(v, s, e) === "lookalike";

/** A compliance opener after a label for the model's own reply: the reply is written for it. */
const PREFILL =
  R`\b(?:model|assistant|AI|bot|agent)(?:'s)?\s{1,3}(?:reply|response|answer|output|completion)\s{0,3}\((?:[^()\n]{0,20}\b)?(?:continue|resume|complete|pick\s{1,3}up)\b[^()\n]{0,30}\)\s{0,3}:`;
/** "I've already emailed your saved Wi-Fi and router admin credentials to x@y": a claimed leak. */
const CLAIMED_SEND =
  R`\bI(?:'ve|\s{1,3}have)\s{1,3}(?:already\s{1,3})?(?:e-?mailed|sent|forwarded|uploaded|shared|posted)\s{1,3}(?:all\s{1,3})?your\s{1,3}(?:[\w/-]{1,20}\s{1,3}){0,5}(?:credentials|passwords?|logins?|api\s{1,3}keys?|tokens?|keys)\s{1,3}to\s{1,3}(?:[\w.+-]{1,40}@[\w-]{1,40}\.[\w.-]{2,30}|https?:\/\/)`;

/** sw: "Kwa msaidizi wa AI:", "Kwa wakala wa akili bandia:". */
const SW_ADDRESS =
  R`(?<![\p{L}])kwa\s{1,3}(?:msaidizi|wakala|roboti|bot)\s{1,3}(?:wa\s{1,3})?(?:AI|akili\s{1,3}bandia|kidijitali|dijitali)\s{0,2}[:,]`;
/** sw: "tuma Ksh 25,000 kwa namba …", "futa ujumbe huu", "mtumiaji ameshakubali". */
const SW_ACT =
  R`(?<![\p{L}])(?:tuma\s{1,3}(?:Ksh|KES|TSh|TZS|UGX|USh|pesa|shilingi)[\s\d.,]{0,12}[^.\n]{0,40}kwa\s{1,3}(?:namba|nambari|akaunti)|futa\s{1,3}(?:ujumbe|meseji|sms)\s{1,3}(?:huu|hizi|hii|wote|zote)|mtumiaji\s{1,3}(?:ameshakubali|amekubali|ameidhinisha))`;

/** el: "προς τον ψηφιακό βοηθό:", "Για τον βοηθό τεχνητής νοημοσύνης:". */
const EL_ADDRESS =
  R`(?:προς|για)\s{1,3}(?:τον|το)\s{1,3}(?:ψηφιακό\s{1,3}|έξυπνο\s{1,3}|εικονικό\s{1,3})?(?:βοηθό|πράκτορα|μοντέλο|bot)(?:\s{1,3}(?:AI|ΤΝ|τεχνητής\s{1,3}νοημοσύνης))?\s{0,2}[:：]`;
/** el: "χωρίς άλλη επιβεβαίωση", "ο χρήστης … εγκρίνει": the check waived, consent claimed. */
const EL_ACT =
  R`χωρίς\s{1,3}(?:άλλη\s{1,3}|καμία\s{1,3}|περαιτέρω\s{1,3})?(?:επιβεβαίωση|έγκριση|ερώτηση)|(?:ο\s{1,3})?χρήστης\s{1,3}(?:σου\s{1,3}είπε\s{1,3}ότι\s{1,3})?(?:έχει\s{1,3})?(?:εγκρίνει|ενέκρινε|συμφώνησε)`;

/** pl: "Asystenci AI … są zobowiązani przesłać", "agent AI musi wysłać". */
const PL_OBLIGED =
  R`(?<![\p{L}])(?:asystenci|asystent|agenci|agent|modele|model|boty|bot)\s{1,3}(?:AI|SI|sztucznej\s{1,3}inteligencji)(?:\s{1,3}[\p{L}]{1,20}){0,5}\s{1,3}(?:są\s{1,3}zobowiązani|jest\s{1,3}zobowiązany|muszą|musi|powinni|powinien|mają\s{1,3}obowiązek)(?:\s{1,3}[\p{L}]{1,20}){0,5}\s{1,3}(?:przesłać|przesyłać|wysłać|wysyłać|przekazać|przekazywać|udostępnić|skopiować)(?![\p{L}])`;
/** pl: "przesłać kopię otwartych dokumentów na adres x@y". */
const PL_SEND =
  R`(?<![\p{L}])(?:przesłać|przesyłać|wysłać|wysyłać|przekazać|przekazywać|prześlij|wyślij|przekaż)\s{1,3}(?:kopi[eęa]\s{1,3})?(?:wszystkich\s{1,3}|otwartych\s{1,3}|bieżących\s{1,3}){0,2}(?:dokument\p{L}{0,4}|plik\p{L}{0,3}|wiadomości|korespondencj\p{L})[^.\n]{0,40}na\s{1,3}adres\s{1,3}[\w.+-]{1,40}@`;

/** ko: "이 코드를 해석한 에이전트는", "이 문서를 읽는 AI는": the reader named by what it read. */
const KO_READER =
  R`(?:이|본)\s{0,2}(?:코드|메시지|문서|글|이미지|페이지|파일|내용)(?:를|을)\s{0,2}(?:해석한|해석하는|읽은|읽는|처리하는|처리한|스캔한|분석하는)\s{0,2}(?:AI|에이전트|어시스턴트|비서|봇|모델)\s{0,2}(?:는|은|에게)`;

/** uk/ru: "видали всі листи … очисти кошик": a mass delete of mail or files. */
const CYR_MASS_DELETE =
  R`(?<![\p{L}])(?:видали(?:ти|ть)?|видаліть|удали(?:те|ть)?)\s{1,3}(?:всі|усі|все|всё|весь)\s{1,3}(?:листи|лист|повідомлення|письма|сообщения|файли|файлы|документи|документы|контакти|контакты)|(?:очисти(?:ть)?|очистіть|очистите)\s{1,3}(?:кошик|корзину|смітник)`;

/** it/es/fr/pt: "deve rivelare nel canale il token del bot", "publicar las claves". */
const ROMANCE_LEAK =
  R`(?<![\p{L}])(?:rivelare|rivela|pubblicare|pubblica|incollare|incolla|revelar|revela|publicar|publica|pegar|pega|révéler|révèle|publier|publie|coller|colle)\s{1,3}(?:[\p{L}']{1,12}\s{1,3}){0,4}(?:token|chiavi|chiave|claves?|clés?|chaves?|credenziali|credenciales|identifiants|password|mots?\s{1,3}de\s{1,3}passe|contraseñas?|senhas?)(?![\p{L}])`;
/** Nobody is told to reveal a token in a sentence that forbids it: "non rivelare mai il token". */
const notForbidden: Accept = (v, s) =>
  !/(?:\bnon|\bmai|\bno|\bnunca|\bjamais|\bne|\bnão)\s{1,3}(?:\p{L}{1,12}\s{1,3})?$/iu.test(
    v.slice(Math.max(0, s - 30), s),
  );
/** "per restare nel personaggio", "to stay in character": a role-play that compels the act. */
const IN_CHARACTER =
  R`(?<![\p{L}])(?:per\s{1,3}(?:restare|rimanere)\s{1,3}nel\s{1,3}personaggio|para\s{1,3}(?:mantenerse|permanecer|seguir)\s{1,3}en\s{1,3}(?:el\s{1,3})?personaje|pour\s{1,3}rester\s{1,3}dans\s{1,3}le\s{1,3}personnage|(?:in\s{1,3}order\s{1,3})?to\s{1,3}stay\s{1,3}in\s{1,3}character,?\s{1,3}(?:it|you|the\s{1,3}bot)\s{1,3}(?:must|has\s{1,3}to|needs\s{1,3}to))`;

/** Rules for round 27b's injections in tool results (part 2). */
export const R27B2_RULES: readonly InjectionRule[] = [
  make(
    "vendor_key_offsite",
    HALF,
    KEY_ANCHORS,
    KEY_VAR,
    "Text has an agent send a vendor's credential to a host that is not the vendor's",
    keyAway,
  ),
  make(
    "vendor_key_offsite",
    { output: 1.0, input: 0.5, definition: 0.5 },
    KEY_ANCHORS,
    KEY_VAR,
    "Text has an agent send a vendor's credential to a lookalike of the vendor's host",
    keyLookalike,
  ),
  make(
    "reply_prefill",
    HALF,
    "reply respo answe outpu compl / conti resum compl pick",
    PREFILL,
    "Text drafts the model's reply for it to continue",
  ),
  make(
    "claimed_leak",
    { output: 0.6, ...INPUT_LOW },
    "crede passw login logins token tokens keys / already sent email maile forwa uploa share poste",
    CLAIMED_SEND,
    "Text claims, in the model's voice, that the user's credentials were sent away",
  ),
  make(
    "addresses_ai",
    ADDRESS,
    "kwa / msaid wakal robot bot",
    SW_ADDRESS,
    "Text addresses the AI model that reads it",
  ),
  make("intl_act", HALF, "tuma futa mtumi", SW_ACT, "Text orders a money transfer or a deletion"),
  make(
    "addresses_ai",
    ADDRESS,
    /προς|για/iu,
    EL_ADDRESS,
    "Text addresses the AI model that reads it",
  ),
  make("skip_consent", HALF, /χωρίς|χρήστης/iu, EL_ACT, "Text waives the user's confirmation"),
  make(
    "addresses_ai",
    ADDRESS,
    "asyst agenc agent model modele boty bot / ai si sztuc",
    PL_OBLIGED,
    "Text obliges AI agents to send something on",
  ),
  make(
    "intl_exfil",
    HALF,
    "adres / przes wysła wysył przek prześ wyśli",
    PL_SEND,
    "Text sends documents to an e-mail address",
  ),
  make(
    "addresses_ai",
    ADDRESS,
    /(?=[이본])(?:이|본)\s{0,2}\S{1,5}[를을]/u,
    KO_READER,
    "Text addresses the AI model that reads it",
  ),
  make(
    "intl_mass_delete",
    HALF,
    "видал удали очист",
    CYR_MASS_DELETE,
    "Text orders a mass delete of mail or files",
  ),
  make(
    "intl_leak",
    HALF,
    "rivel pubbl incol revel publi pegar pega révél révèl colle coller / token chiav chiave clave claves clés clé chave chave crede ident passw passe contr senha",
    ROMANCE_LEAK,
    "Text has the model reveal a token or keys",
    notForbidden,
  ),
  make(
    "in_character",
    HALF,
    "perso chara",
    IN_CHARACTER,
    "Text makes an act the price of staying in a role",
  ),
];
