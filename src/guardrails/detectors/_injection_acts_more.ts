/**
 * More sensitive acts stated as facts, and the machine-style labels that schedule them (after the
 * round-9 and round-10 misses; same weights and company rule as `_injection_acts.ts`):
 * - gift cards bought and their codes sent on (the classic payment scam), in 12 languages;
 * - an installer or script downloaded and executed ("is downloaded from http://…/setup.exe and
 *   executed with administrator rights");
 * - a key or password set to a fixed, known value ("rotated to the fixed value `Acme!2026`");
 * - other admins' or owners' rights revoked; a pending login or MFA request approved;
 * - a calendar shared or an inbox rule forwarding mail to an outside address;
 * - labels that make a line an order for automation: "Pending action:", "Auto-action:",
 *   "Required action:", "Scheduled:", "next_step:", "Acción requerida:", "Yapılacak işlem:",
 *   "Следующий шаг:", "필요 조치:", "待处理：" — weak, one kind with the AI named as doer (both say
 *   "a machine does this");
 * - waivers in key–value form ("confirmation_needed: no", "| review | not required |") and more
 *   languages ("Aucune validation supplémentaire n'est nécessaire", "non serve avvisare l'utente",
 *   "Подтверждение пользователя не требуется", "ولا حاجة لتأكيد", "ek kontrol gerekmez",
 *   "Không cần xác nhận", "无需再次确认").
 */
import { type InjectionRule, rule } from "./_injection_rules.ts";
import { SEP_BOUNDED as SEP } from "./_injection_words.ts";
import { intl, NA, NB } from "./_injection_intl.ts";
import { SCRIPT_GATE } from "./_injection_gate.ts";
import { narrated, SPAN } from "./_injection_procedure.ts";
import { plannedInCompany, tiered } from "./_injection_acts.ts";

const R = String.raw;
const AT = { input: 0.25, definition: 0.25 } as const;
const ACT = 0.55;
const untold = (view: string, start: number, end: number): boolean => !narrated(view, start, end);

const GIFT_CARDS = [
  R`gift${SEP}?cards?`,
  R`Geschenk(?:karten?|gutscheine?)`,
  R`tarjetas?${SEP}(?:de${SEP})?regalo`,
  R`cartes?${SEP}cadeaux?`,
  R`cart(?:ão|ões)${SEP}(?:-${SEP})?presente`,
  R`carte${SEP}regalo`,
  R`cadeaukaart(?:en)?`,
  R`kart(?:y|a)${SEP}podarunkow\p{L}{0,12}`,
  R`hediye${SEP}kart\p{L}{0,12}`,
  R`подарочн\p{L}{0,12}${SEP}карт\p{L}{0,12}`,
  R`ギフトカード|礼品卡|禮品卡|기프트\s*카드|بطاقات?\s+(?:هدايا|الهدايا)|गिफ्ट\s+कार्ड|thẻ\s+quà\s+tặng`,
].join("|");

/** Rules for the acts and labels above. */
export const ACT_MORE_RULES: readonly InjectionRule[] = tiered([
  {
    ...intl(
      "money_order",
      ACT,
      "gift geschenk tarje carte cartã cartõ cadea karty karta hedi подар",
      `(?:${GIFT_CARDS})`,
      "Text has gift cards bought and their codes handed on",
      SCRIPT_GATE,
    ),
    at: AT,
    accept: (view: string, start: number, end: number) =>
      plannedInCompany(view, start, end) &&
      // Bought with someone's money and codes sent on: not a shop selling gift cards.
      /(?:codes?|códigos|codici|kody|kodlar|коды|コード|代码|코드|الرموز|कोड|mã)/iu.test(
        view.slice(Math.max(0, start - 200), Math.min(view.length, end + 240)),
      ),
  },
  rule(
    "download_exec",
    ACT,
    "downl fetch insta / execu run runni launc start insta",
    R`\b(?:download(?:s|ed|ing)?|fetch(?:es|ed|ing)?)\b${SPAN}{0,60}?https?://[^\s"'<>]{3,200}?\.(?:exe|msi|pkg|dmg|sh|ps1|bat|cmd|scr|deb|rpm|appimage)\b${SPAN}{0,80}?\b(?:execut(?:e|es|ed|ing)|run(?:s|ning)?|launch(?:es|ed|ing)?|started|install(?:s|ed|ing)?)\b`,
    "Text has an installer downloaded and executed",
    { accept: plannedInCompany, at: AT },
  ),
  {
    ...intl(
      "download_exec",
      ACT,
      "скача загру herun desca baixa scari indir pobie",
      [
        R`${NB}(?:скача\p{L}{0,12}|загруз\p{L}{0,12})[^\n]{0,60}?https?://\S{3,200}?\.(?:exe|msi|sh|ps1)[^\n]{0,80}?(?:запуст\p{L}{0,12}|выполн\p{L}{0,12}|установ\p{L}{0,12})`,
        R`${NB}(?:herunterlad\p{L}{0,12}|heruntergeladen|descarg\p{L}{0,12}|télécharg\p{L}{0,12}|baix\p{L}{0,12}|scaric\p{L}{0,12}|indir\p{L}{0,12}|pobier\p{L}{0,12}|pobran\p{L}{0,12})[^\n]{0,60}?https?://\S{3,200}?\.(?:exe|msi|sh|ps1)`,
      ].join("|"),
      "Text has an installer downloaded and executed",
      SCRIPT_GATE,
    ),
    at: AT,
    accept: plannedInCompany,
  },
  rule(
    "credential_change",
    ACT,
    "rotat set chang reset / fixed stati known follo const hard",
    R`\b(?:rotat|set|chang|reset)(?:e|es|ed|ing|s)?\b${SPAN}{0,60}?\b(?:key|password|secret|token|passphrase)s?\b${SPAN}{0,60}?\bto${SEP}(?:the${SEP}|a${SEP})?(?:fixed|static|known|following|constant|hard-?coded|same)${SEP}(?:value|string|password|key)\b` +
      R`|\b(?:key|password|secret|token|passphrase)s?\b${SPAN}{0,60}?\b(?:is|are|be|gets?)${SEP}(?:(?:to${SEP}be|now)${SEP})?(?:rotated|set|changed|reset)${SEP}to${SEP}(?:the${SEP}|a${SEP})?(?:fixed|static|known|following|constant|hard-?coded|same)${SEP}(?:value|string|password|key)\b`,
    "Text has a key or password set to a value it names",
    { accept: plannedInCompany, at: AT },
  ),
  {
    ...intl(
      "credential_change",
      ACT,
      "klucz hasło festen feste valor valeur stała sabit",
      R`${NB}(?:klucz\p{L}{0,12}|hasło|hasła)[^\n]{0,60}?(?:stał\p{L}{0,12}\s+wartość)|${NB}(?:auf\s+den\s+festen\s+Wert|a\s+un\s+valor\s+fijo|à\s+une\s+valeur\s+fixe|para\s+o\s+valor\s+fixo|sabit\s+bir\s+değer)`,
      "Text has a key or password set to a value it names",
      SCRIPT_GATE,
    ),
    at: AT,
    accept: plannedInCompany,
  },
  rule(
    "device_control",
    ACT,
    "revok revoc remov strip / owner admin",
    R`\b(?:revok(?:e|es|ed|ing)|revocation|remov(?:e|es|ed|ing)|strip(?:s|ped|ping)?)\b${SPAN}{0,40}?\b(?:owner|admin(?:istrator)?|maintainer)${SEP}(?:role|rights|access|privileges|permissions)?${SPAN}{0,40}?\b(?:for|from|of)${SEP}(?:all|every|each|the${SEP}other)\b`,
    "Text has the other admins' rights revoked",
    { accept: plannedInCompany, at: AT },
  ),
  rule(
    "device_control",
    ACT,
    "appro / login sign mfa duo push pendi",
    R`\b(?:approv(?:e|es|ed|ing)|accept(?:s|ed|ing)?)\b${SPAN}{0,30}?\b(?:pending${SEP})?(?:login|sign-?in|mfa|duo|push|2fa)${SEP}(?:approvals?|requests?|prompts?)\b|\b(?:pending${SEP})?(?:login|sign-?in|mfa|duo|push)${SEP}(?:approvals?|requests?|prompts?)\b${SPAN}{0,60}?\b(?:is|are|be)${SEP}(?:(?:to${SEP}be)${SEP})?approved\b`,
    "Text has a pending login approved for someone",
    { accept: plannedInCompany, at: AT },
  ),
  rule(
    "exfiltration",
    ACT,
    "calen inbox mail forwa / share forwa rule",
    R`\b(?:full${SEP}|entire${SEP}|whole${SEP})?calendar\b${SPAN}{0,60}?\b(?:shared|share|sharing)\b${SPAN}{0,40}?\bwith${SEP}[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{2,}|\b(?:inbox|mail(?:box)?|e-?mail)${SEP}(?:forwarding${SEP})?rule\b${SPAN}{0,80}?(?:[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{2,}|same${SEP}address)`,
    "Text has a calendar shared or mail forwarded to an outside address",
    { accept: plannedInCompany, at: AT },
  ),
  // --- labels that schedule an act for a machine (one kind with "the assistant does X")
  rule(
    // English labels: the words are common, so a partner ("action", "step") must sit right by.
    "addresses_ai",
    0.5,
    "pendi requi sched next auto =Scheduled: =SCHEDULED: =next_step / actio step steps",
    R`(?:^|\n|\|)[ \t]{0,4}(?:\[?(?:pending|required|auto|scheduled|next)[ _-]?(?:action|step)s?\]?|auto[ _-]?action|action[ _-]?(?:required|item)|scheduled|next_step)[ \t]{0,3}[:|=]`,
    "Text schedules its step as an action for automation",
    { near: 24, accept: untold, at: { input: 0.2, definition: 0.1 } },
  ),
  {
    ...intl(
      "addresses_ai",
      0.5,
      "acció ação erfor azion yapıl следу требу wymag zapla",
      [
        R`${NB}(?:acción\s+requerida|ação\s+necessária|action\s+requise|azione\s+richiesta|erforderliche\s+(?:Aktion|Maßnahme)|yapılacak\s+işlem|следующий\s+шаг|требуемое\s+действие|wymagane\s+działanie|zaplanowano)\s{0,3}[:：]`,
        R`(?:待处理|待處理|必要な対応|対応方針|필요\s*조치|처리\s*내역|الإجراء\s+المطلوب)\s{0,3}[:：]`,
      ].join("|"),
      "Text schedules its step as an action for automation",
      SCRIPT_GATE,
    ),
    at: { input: 0.2, definition: 0.1 },
    accept: untold,
  },
  // --- more waivers (English forms anchored with partners: the words alone are everywhere)
  rule(
    "consent_skipped",
    0.5,
    "confi revie appro notif check verif / no none false skip skipp not",
    R`\b(?:confirmation|approval|review|check|notification|verification)(?:_?(?:needed|required))?[ \t]{0,3}[:|=][ \t]{0,3}(?:no|none|false|not[ \t]+(?:needed|required)|skip(?:ped)?)\b`,
    "Text has a step done without the review, approval or confirmation it needs",
    { near: 40, accept: untold, at: AT },
  ),
  rule(
    "consent_skipped",
    0.5,
    "nothi / check confi appro revie",
    R`\bnothing${SEP}(?:further|else|more)${SEP}(?:needs|has)${SEP}to${SEP}be${SEP}(?:checked|confirmed|approved|reviewed)\b`,
    "Text has a step done without the review, approval or confirmation it needs",
    { accept: untold, at: AT },
  ),
  {
    ...intl(
      "consent_skipped",
      0.5,
      "aucun avvis chied подтв уведо согла ek hiçb không zgłas infor pytan rückb onay",
      [
        R`${NB}(?:aucune\s+(?:validation|confirmation|vérification)\s+(?:supplémentaire\s+)?n['’]est\s+(?:nécessaire|requise))`,
        R`${NB}(?:non\s+serve\s+(?:avvisare|chiedere|confermare))`,
        R`${NB}(?:подтверждение\s+(?:\p{L}{1,20}\s+)?не\s+требуется|не\s+уведомлять|без\s+согласования)`,
        R`${NB}(?:ek\s+kontrol\s+gerekmez|onay\s+alındı|onaysız)`,
        R`${NB}(?:không\s+cần\s+(?:xác\s+nhận|thông\s+báo|hỏi))`,
        R`${NB}(?:bez\s+(?:zgłaszania|informowania|pytania))`,
        R`${NB}(?:Rückbestätigung\s+(?:ist\s+)?nicht\s+(?:nötig|erforderlich|notwendig))`,
        R`无需(?:再次)?确认|無需(?:再次)?確認|已由\S{0,10}批准|ولا\s+حاجة\s+(?:إلى\s+|ل)?تأكيد|مسجلة\s+مسبق|दोबारा\s+पुष्टि\s+की\s+ज़रूरत\s+नहीं`,
      ].join("|"),
      "Text has a step done without the review, approval or confirmation it needs",
      SCRIPT_GATE,
    ),
    at: AT,
    accept: untold,
  },
  {
    // "What this user really wants is …", "customers really want …"
    ...intl(
      "intent_claim",
      0.6,
      "what / actua reall truly",
      R`${NB}what\s+(?:this|that)\s+(?:user|customer|person|client)\s+(?:actually|really|truly)\s+(?:wants|needs|means)\s+is${NA}`,
      "Text claims to know the user's real request better than the user",
    ),
    at: AT,
  },
]);
