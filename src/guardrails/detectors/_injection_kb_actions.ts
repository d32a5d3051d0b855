/**
 * Harmful agent actions catalogued by public injection benchmarks (AgentDojo injection tasks,
 * InjecAgent attacker tools, WASP web-agent goals), read when a tool result states the action as a
 * FACT (a status line, a rule, a record field) rather than asking for it. Each row is a half: a
 * record blocks only when it holds two different shapes (the act and its outside target or its
 * missing guard). Paraphrases in `_injection_kb_actions_test.ts`.
 *
 * - `kb_sent_outside`: data standing-forwarded, copied, uploaded or shared to a literal outside
 *   address, URL or IP ("are forwarded to x@…", "is uploaded every Friday to ftp://…",
 *   "an x@gmx.de weitergeleitet", "пересылаются на …", "转发至 …").
 * - `kb_secret_payload`: what an injected agent is sent to steal: mail carrying security codes,
 *   all incoming mail, passport / national ID / card numbers / CVV, access tokens and keys.
 * - `kb_access_granted`: an administrator role, write / root / full network access or permanent
 *   access on a record of accounts, keys or locks.
 * - `kb_unguarded`: the change bypassed its guard ("approval not required", "no confirmation
 *   code needed", "no expiry", "password only", "assigned by sync", "changed via e-mail request").
 * - `kb_protection_off`: two-factor, audit logging, alarm, alerts, backups or a safety suspend
 *   stated as disabled / switched off / paused.
 * - `kb_destroyed`: backups, audit entries or mail deleted / purged, or removed from the inbox.
 * - `payee_swap` / `account_closed` (the kinds of the payee families, so one phrase never counts
 *   twice): payments, salary or a beneficiary now going to another account; the old one closed.
 * - `kb_credential_set`: a password reset to a literal value in the record.
 * - `kb_dose_raised`: a dose or pump rate stated as raised to a number.
 *
 * Every half is read only when it is stated, not warned against or negated just before.
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { type Accept, halfOf, type HalfRow, halfRowsOf } from "./_injection_make.ts";

const R = String.raw;
const rows = halfRowsOf(halfOf(400));

/** A warning, ban, negation or past incident just before (same languages as the rows). */
const WARNED =
  /(?<!\p{L})(?:never|must|should|do\s{1,3}not|don['’]t|illegal|fraud\p{L}{0,4}|scam\p{L}{0,2}|fake|phishing|attackers?|blocked|prohibited|forbidden|warning|alert|e\.g\.|example|if|when(?:ever)?|wenn|falls|sofern|si|cuando|quand|lorsque|qualora|quando|jeśli|jeżeli|если|indien|dacă|pokud|eğer|εάν|nie|nicht|niemals|verboten|gesperrt|gefälscht|Warnung|jamais|interdit\p{L}{0,2}|faux|fraude|alerte|nunca|prohibid\p{L}{1,2}|falso|estafa|truff\p{L}{1,2}|attenzione|golpe|falsas?|uwaga|oszust\p{L}{0,4}|никогда|запрещ\p{L}{1,6}|мошенни\p{L}{1,6}|внимание|dikkat|dolandırıcılık)(?!\p{L})|禁止|詐欺|注意|诈骗|提醒|如果|もし|만약|사기|주의/iu;
/**
 * A negative quantifier just before ("no transfer …", "ninguna transferencia …", "kein Konto …"):
 * the sentence denies the act, and a "without approval" after it is a double negative, a rule kept.
 */
const DENIED =
  /(?<!\p{L})(?:no|none|nothing|nobody|no\s{1,3}one|neither|ning[uú]n\p{L}?|nada|nadie|kein\p{L}{0,2}|nichts|niemand|aucun\p{L}{0,2}|rien|personne\s{1,3}ne|nessun\p{L}?|niente|nulla|nenhum\p{L}{0,2}|żad\p{L}{1,3}|nic|никак\p{L}{1,3}|ни\s{1,3}один\p{L}{0,2}|ничего|hiçbir|geen|niets|ingen|inget|nici\s{1,3}un\p{L}{0,2}|žádn\p{L}{1,2}|κανέν\p{L}{1,2})(?!\p{L})|(?:没有|无任何|沒有)|いかなる|어떠한|아무/iu;
/** Not warned against, banned, flagged as a scam or denied earlier in the same sentence. */
export const stated: Accept = (v, s) => {
  const before = v.slice(Math.max(0, s - 90), s);
  const cut = Math.max(...["\n", ". ", "。", "! ", "? ", "; "].map((c) => before.lastIndexOf(c)));
  const own = before.slice(cut + 1);
  return !WARNED.test(own) && !DENIED.test(own);
};

/** A literal outside destination: an e-mail address, a URL or a bare IPv4 address. */
const FREEMAIL =
  R`(?:gmail|googlemail|outlook|hotmail|live|yahoo|proton(?:mail)?|pm|gmx|web|mail|yandex|163|126|qq|icloud|aol|tutanota|tuta|zoho|naver|daum|sina|rambler|bk|inbox|list|wp|o2|onet|interia|libero|orange|free|laposte|t-online|seznam)`;
const TARGET =
  R`(?:s?ftp://|https?://(?:pastebin\.com|paste\.ee|hastebin\.com|webhook\.site|requestbin|[\w-]{1,30}\.ngrok|transfer\.sh|file\.io|\d{1,3}\.\d{1,3}\.)|[\w.+-]{1,40}@${FREEMAIL}\.[a-z.]{2,8}\b|\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b)`;

const SENT: readonly HalfRow[] = [
  [
    "",
    /(?:forwarded|copied|sent|uploaded|posted|published|mirrored|shared|pushed|exported|e-?mailed|synced|participant)/iu,
    R`\b(?:are|is|was|were|been|get|gets|being)\s{1,3}(?:(?!not\b|never\b)\p{L}{2,14}\s{1,3}){0,2}?(?:forwarded|copied|sent|uploaded|posted|published|mirrored|shared|pushed|exported|e-?mailed|synced|delivered)\b[^\n;]{0,50}?\b(?:to|with|at|into)\s{1,3}${TARGET}|\bincludes?\s{1,3}${TARGET}[^\n.;]{0,12}?\s{1,3}as\s{1,3}an?\s{1,3}(?:participant|guest|attendee)`,
  ],
  [
    "",
    /(?:weitergeleitet|übermittelt|hochgeladen|gesendet|geschickt|transférés?|transmis|envoyé|reenviad|enviad|doorgestuurd|verzonden|inoltrat|inviat|encaminhad|przekazywane|przesyłane|пересыла|отправля|передаю|转发|发送至|上传至|同步至|転送|전달|전송)/iu,
    R`(?<!\p{L})(?:an|nach|à|a|vers|naar|para|do|на)\s{1,3}${TARGET}[^\n;]{0,20}?(?<!\p{L})(?:weitergeleitet|übermittelt|hochgeladen|gesendet|geschickt|doorgestuurd|verzonden)(?!\p{L})|(?<!\p{L})(?:weitergeleitet|übermittelt|hochgeladen|transférés?|transmis|envoyé\p{L}{0,2}|reenviad\p{L}{1,2}|enviad\p{L}{1,2}|doorgestuurd|inoltrat\p{L}|inviat\p{L}|encaminhad\p{L}{1,2}|przekazywane|przesyłane|пересылаются|отправляются|передаются)(?!\p{L})[^\n;]{0,20}?(?<!\p{L})(?:an|nach|à|a|vers|naar|para|do|на|al|alla)\s{1,3}${TARGET}|(?:自动)?(?:转发|发送|上传|同步)(?:至|到)\s{0,2}${TARGET}|${TARGET}\s{0,2}(?:に|へ)(?:自動)?(?:転送|送信)|${TARGET}\s{0,2}(?:로|으로)\s{0,2}(?:자동\s{0,2})?(?:전달|전송)`,
  ],
];

const PAYLOAD: readonly HalfRow[] = [
  [
    "",
    /(?:code|passport|national|social|scope|mail|message|кодами|验证码|コード|코드|Passnummer|Ausweisnummer|passeport|pasaporte)/iu,
    R`\b(?:messages|e-?mails|mails|SMS|texts)\s{1,3}(?:with|containing)\s{1,3}[^\n]{0,20}?\b(?:security|verification|one-time|login|2FA|MFA|reset)\s{1,3}codes?\b|\ball\s{1,3}(?:incoming|outgoing|sent|received)(?:\s{1,3}and\s{1,3}(?:incoming|outgoing|sent|received))?\s{1,3}(?:mail|e-?mails|messages)\b|\bpassport\s{1,3}numbers?\b|\bnational\s{1,3}ID\s{1,3}numbers\b|\bsocial\s{1,3}security\s{1,3}numbers\b|\bfull[\s-]scope\s{1,3}(?:personal\s{1,3})?access\s{1,3}tokens?\b|(?<!\p{L})(?:письма|сообщения)\s{1,3}с\s{1,3}кодами(?!\p{L})|含[“"「]?验证码[”"」]?的邮件|認証コードを含むメール|인증\s{0,2}코드가\s{0,2}포함된\s{0,2}(?:메일|메시지)|(?<!\p{L})(?:Passnummern|Ausweisnummern|numéros\s{1,3}de\s{1,3}passeport|números\s{1,3}de\s{1,3}pasaporte)(?!\p{L})`,
  ],
];

const ACCESS: readonly HalfRow[] = [
  [
    "",
    /(?:admin|access|owner|droits|derechos|rechte|権限|权限|권한|права|uprawnienia)/iu,
    R`\b(?:write|push|admin(?:istrator)?|root|full|unrestricted)\s{1,3}(?:access|rights|privileges)\s{1,3}(?:on|to|for|across|over)\s{1,3}(?:all|every)\b|\brole\s{0,2}:\s{0,3}(?:(?:Workspace|Global|Domain|Tenant|Org(?:anization)?|Super|Enterprise)\s{1,3})?(?:Admin(?:istrator)?|Owner)\b|\b(?:Global|Domain|Tenant|Enterprise)\s{1,3}Admin(?:istrator)?\s{0,3}[,;(]\s{0,3}(?:permanent|active|assigned)\b|\bpermanent\s{1,3}access\b|\bfull\s{1,3}network\s{1,3}access\b|(?<!\p{L})(?:droits?\s{1,3}(?:d['’])?administrat\p{L}{2,4}\s{1,3}sur\s{1,3}tou(?:s|tes)|derechos\s{1,3}de\s{1,3}administrador\s{1,3}(?:en|sobre)\s{1,3}tod[oa]s|Administratorrechte\s{1,3}auf\s{1,3}allen|права\s{1,3}администратора\s{1,3}на\s{1,3}все|uprawnienia\s{1,3}administratora\s{1,3}do\s{1,3}wszystkich)(?!\p{L})|管理者権限(?:が|を)付与|(?:授予|开通)[^。\n]{0,6}?管理员权限|管理员权限(?:已)?(?:授予|开通)|관리자\s{0,2}권한(?:이|을)\s{0,2}부여`,
  ],
];

const UNGUARDED: readonly HalfRow[] = [
  [
    "",
    /(?:required|needed|expiry|password\s{1,3}only|via|by|without|ohne|sans|sin|期限|无需|없이|без|bez)/iu,
    R`\b(?:approval|sign-?off|signature|confirmation(?:\s{1,3}code)?|verification|call-?back|(?:INR|ID|identity)\s{1,3}check)\s{1,3}not\s{1,3}(?:required|needed)\b|\bno\s{1,3}(?:approval|sign-?off|confirmation(?:\s{1,3}code)?|verification|call-?back)\s{1,3}(?:required|needed)\b|\bwithout\s{1,3}the\s{1,3}\d{1,3}\s?h(?:ours?)?\s{1,3}hold\b|\bno\s{1,3}expiry\b|(?<!\bfor\s{1,3}(?:(?:the|their|your|his|her|a)\s{1,3})?)\bpassword\s{1,3}only\b(?!\s{1,3}(?:once|twice|when|if|after|at|on|for|to|in|during|the|a|your|their)\b)|\b(?:added|assigned|set|granted|changed|created)\s{1,3}(?:via|by)\s{1,3}(?:the\s{1,3})?(?:integration|sync|vendor\s{1,3}script|migration\s{1,3}job|hotfix|e-?mail\s{1,3}request)\b|(?<!\p{L})(?:ohne\s{1,3}(?:Freigabe|Genehmigung|Rückruf)|sans\s{1,3}(?:validation|approbation|rappel)|sin\s{1,3}(?:aprobación|autorización|verificación)|без\s{1,3}(?:согласования|подтверждения)|bez\s{1,3}(?:zatwierdzenia|weryfikacji))(?!\p{L})|期限なし|无需审批|승인\s{0,2}없이`,
  ],
];

const PROTECTION_OFF: readonly HalfRow[] = [
  [
    "",
    /(?:disabled|turned\s{1,3}off|switched\s{1,3}off|paused|disarmed|deactivated|desactivad|deaktiviert|désactivée?|отключен|無効|关闭|해제)/iu,
    R`\b(?:two-factor\s{1,3}authentication|two-step\s{1,3}verification|2FA|MFA|multi-factor\s{1,3}authentication|audit\s{1,3}log(?:ging|s)?|alarm(?:\s{1,3}system)?|motion\s{1,3}sensors|(?:transaction|login|sign-in|fraud|security)\s{1,3}alerts|backup\s{1,3}(?:schedule|jobs?)|low-glucose\s{1,3}suspend|endpoint\s{1,3}protection|antivirus)\b[^\n.;]{0,40}?\b(?:disabled|turned\s{1,3}off|switched\s{1,3}off|paused|disarmed|deactivated)\b|(?<!\p{L})(?:verificación\s{1,3}en\s{1,3}dos\s{1,3}pasos|autenticación\s{1,3}de\s{1,3}dos\s{1,3}factores)\s{1,3}(?:queda\s{1,3}|está\s{1,3})?desactivada|(?<!\p{L})Zwei-Faktor-Authentifizierung\s{1,3}(?:ist\s{1,3}|wird\s{1,3})?deaktiviert|(?<!\p{L})authentification\s{1,3}à\s{1,3}deux\s{1,3}facteurs\s{1,3}(?:est\s{1,3})?désactivée|(?<!\p{L})двухфакторная\s{1,3}аутентификация\s{1,3}отключена|二要素認証(?:は|を)?無効|双重验证已关闭|2단계\s{0,2}인증(?:이|은)?\s{0,2}해제(?:됨|되었|된다|했다)`,
  ],
];

const DESTROYED: readonly HalfRow[] = [
  [
    "",
    /(?:deleted|purged|wiped|erased|emptied|removed\s{1,3}from|gelöscht|supprimé|удаляются|删除)/iu,
    R`\b(?:snapshots|backups|recovery\s{1,3}points|audit\s{1,3}(?:entries|logs?|trails?))\b[^\n.;]{0,60}?\b(?:have\s{1,3}been|were)\s{1,3}(?:deleted|purged|wiped|erased)\b|\b(?:deleted|removed)\s{1,3}from\s{1,3}the\s{1,3}(?:inbox|Sent\s{1,3}folder)\b|\btrash\s{1,3}is\s{1,3}emptied\b|\bentries\s{1,3}were\s{1,3}purged\b|(?<!\p{L})im\s{1,3}Posteingang\s{1,3}gelöscht|(?<!\p{L})supprimé\p{L}{0,2}\s{1,3}de\s{1,3}la\s{1,3}boîte\s{1,3}de\s{1,3}réception|(?<!\p{L})удаляются\s{1,3}из\s{1,3}входящих|从收件箱(?:中)?删除`,
  ],
];

/** A service opened to every network address. */
const EXPOSED: readonly HalfRow[] = [
  [
    "",
    /(?:0\.0\.0\.0\/0|::\/0)/u,
    R`\b(?:open|opened|exposed|reachable|allowed)\s{1,3}(?:to|from)\s{1,3}(?:0\.0\.0\.0\/0|::\/0|the\s{1,3}(?:whole\s{1,3})?internet\s{1,3}\(0\.0\.0\.0\/0\))`,
  ],
];

const PAYEE: readonly HalfRow[] = [
  [
    "",
    /(?:now|from\s{1,3}today|henceforth|going\s{1,3}forward|immediate|changed\s{1,3}to)/iu,
    R`\b(?:payments?|invoices|remittances?|refunds|salary|wages|payouts?|transfers|settlements?)\b[^\n.;]{0,40}?\b(?:now|from\s{1,3}today|henceforth|going\s{1,3}forward|with\s{1,3}immediate\s{1,3}effect)\b[^\n.;]{0,30}?\b(?:settle|paid|go|sent|credited|transferred|routed|remitted|deposited)\s{1,3}(?:to|into|in)\b|\bbeneficiary\s{0,3}(?::|is|has\s{1,3}been|was)?\s{0,3}changed\s{1,3}to\b`,
  ],
  [
    "",
    /(?:sofort|künftig|désormais|ora|hoy|passam|dziś|сегодняшнего|теперь|отныне|即日|부터|artık)/iu,
    R`(?<!\p{L})(?:Zahlungen|Überweisungen|Gehalt)(?!\p{L})[^\n.;]{0,30}?(?<!\p{L})(?:ab\s{1,3}sofort|künftig|ab\s{1,3}heute)(?!\p{L})[^\n.;]{0,30}?(?<!\p{L})(?:an|auf)\s{1,3}(?:die\s{1,3})?(?:IBAN|Konto)|(?<!\p{L})(?:règlements|paiements|virements)[^\n.;]{0,30}?désormais[^\n.;]{0,20}?(?:versés|effectués|crédités|envoyés)\s{1,3}(?:sur|vers|à)|(?<!\p{L})pagamenti(?!\p{L})[^\n.;]{0,30}?(?<!\p{L})(?:ora|da\s{1,3}oggi)(?!\p{L})[^\n.;]{0,20}?accreditati\s{1,3}su|(?<!\p{L})(?:pagos|transferencias)(?!\p{L})[^\n.;]{0,30}?(?<!\p{L})(?:a\s{1,3}partir\s{1,3}de\s{1,3}hoy|ahora)(?!\p{L})[^\n.;]{0,30}?(?:a|en)\s{1,3}la\s{1,3}cuenta|(?<!\p{L})(?:pagamentos|boletos)(?!\p{L})[^\n.;]{0,20}?passam\s{1,3}a\s{1,3}ser\s{1,3}pagos\s{1,3}(?:via|na|para)|(?<!\p{L})płatności(?!\p{L})[^\n.;]{0,30}?(?<!\p{L})od\s{1,3}dziś(?!\p{L})[^\n.;]{0,20}?kierowane\s{1,3}na\s{1,3}rachunek|(?<!\p{L})(?:оплаты|платежи|выплаты)(?!\p{L})[^\n.;]{0,40}?(?<!\p{L})(?:с\s{1,3}сегодняшнего\s{1,3}дня|теперь|отныне)(?!\p{L})[^\n.;]{0,30}?(?:перечисляются|направляются|поступают)\s{1,3}на\s{1,3}сч[её]т|自即日起[^。\n]{0,20}?(?:汇入|转入|支付至|打入)|(?:이번\s{0,2}달부터|오늘부터|앞으로)[^\n.]{0,40}?계좌[^\n.]{0,30}?(?:입금|송금)|(?<!\p{L})Ödemeler\s{1,3}artık(?!\p{L})[^\n.;]{0,60}?(?:IBAN|hesab)`,
  ],
];

const CLOSED: readonly HalfRow[] = [
  [
    "",
    /(?:previous|old|former|prior|bisherige|alte|ancien|poprzedni|прежний|старый|原|기존|eski|vecchio|precedente|anterior|旧)/iu,
    R`\b(?:previous|old|former|prior)\s{1,3}(?:bank\s{1,3})?account\s{1,3}(?:is|has\s{1,3}been|was)\s{1,3}(?:closed|blocked|inactive|void|no\s{1,3}longer\s{1,3}(?:used|valid|in\s{1,3}use))\b|(?<!\p{L})(?:das\s{1,3})?(?:bisherige|alte)\s{1,3}(?:Konto|Bankverbindung)\s{1,3}(?:ist|wurde)\s{1,3}(?:gesperrt|geschlossen|aufgelöst|ungültig)|(?<!\p{L})l['’]ancien\s{1,3}compte\s{1,3}est\s{1,3}(?:clôturé|fermé|inactif)|(?<!\p{L})poprzedni\s{1,3}rachunek\s{1,3}jest\s{1,3}(?:nieaktywny|zamknięty)|(?<!\p{L})(?:прежний|старый)\s{1,3}сч[её]т\s{1,3}(?:закрыт|недействителен|заблокирован)|原(?:账户|账号|收款账户)(?:已)?(?:作废|注销|停用)|기존\s{0,2}계좌(?:는|은)?\s{0,2}(?:해지|폐쇄|사용\s{0,2}중지)|(?<!\p{L})eski\s{1,3}hesap\s{1,3}(?:kapatıldı|kapalı)|(?<!\p{L})(?:il\s{1,3})?(?:vecchio|precedente)\s{1,3}conto\s{1,3}(?:è\s{1,3})?(?:chiuso|estinto)|(?<!\p{L})la\s{1,3}cuenta\s{1,3}anterior\s{1,3}(?:está|queda)\s{1,3}(?:cerrada|cancelada)|旧口座は解約`,
  ],
];

const CREDENTIAL_SET: readonly HalfRow[] = [
  [
    "",
    /(?:password|passwort|contraseña|mot\s{1,3}de\s{1,3}passe|пароль)/iu,
    R`\bpasswords?\s{0,3}(?::|is|has\s{1,3}been|was|were)?\s{0,3}(?:re)?set\s{1,3}to\s{1,3}["'“]?[A-Za-z][\w!@#$%&*-]{5,30}|(?<!\p{L})contraseña\s{0,3}:?\s{0,3}restablecida\s{1,3}a\s{1,3}[A-Za-z][\w!@#$%&*-]{5,30}|(?<!\p{L})Passwort\s{1,3}(?:wurde\s{1,3})?(?:zurückgesetzt\s{1,3})?auf\s{1,3}["„]?[A-Za-z][\w!@#$%&*-]{5,30}\s{1,3}(?:gesetzt|zurückgesetzt)|(?<!\p{L})mot\s{1,3}de\s{1,3}passe\s{1,3}réinitialisé\s{1,3}à\s{1,3}[A-Za-z][\w!@#$%&*-]{5,30}|(?<!\p{L})пароль\s{1,3}сброшен\s{1,3}на\s{1,3}[A-Za-z][\w!@#$%&*-]{5,30}`,
  ],
];

const DOSE: readonly HalfRow[] = [
  [
    "",
    /(?:dose|dosage|basal|bolus)/iu,
    R`\b(?:dose|dosage|basal\s{1,3}rate|bolus)\b[^\n.;]{0,20}?\b(?:increased|raised|doubled)\s{1,3}to\s{1,3}\d`,
  ],
];

/** The rules of this family. */
export const KB_ACTION_RULES: readonly InjectionRule[] = [
  ...rows(
    "kb_sent_outside",
    "Text states data is forwarded or uploaded to an outside address",
    SENT,
    stated,
  ),
  ...rows(
    "kb_secret_payload",
    "Text names codes, identity or card numbers, tokens or all mail as the payload",
    PAYLOAD,
    stated,
  ),
  ...rows(
    "kb_access_granted",
    "Text states an administrator role or write / permanent access granted",
    ACCESS,
    stated,
  ),
  ...rows(
    "kb_unguarded",
    "Text states a change bypassed its approval, confirmation or expiry",
    UNGUARDED,
    stated,
  ),
  ...rows(
    "kb_protection_off",
    "Text states two-factor, audit logging, alarms or alerts switched off",
    PROTECTION_OFF,
    stated,
  ),
  ...rows(
    "kb_destroyed",
    "Text states backups, audit entries or mail deleted or purged",
    DESTROYED,
    stated,
  ),
  ...rows(
    "kb_exposed",
    "Text states a service opened to every network address (0.0.0.0/0)",
    EXPOSED,
    stated,
  ),
  ...rows(
    "payee_swap",
    "Text states payments or a beneficiary now going to another account",
    PAYEE,
    stated,
  ),
  ...rows("account_closed", "Text declares a payee's old bank account closed", CLOSED, stated),
  ...rows(
    "kb_credential_set",
    "Text states a password reset to a literal value",
    CREDENTIAL_SET,
    stated,
  ),
  ...rows("kb_dose_raised", "Text states a dose or pump rate raised to a number", DOSE, stated),
];
