/**
 * Injections in tool results that held-out round 29b (second half) found missing; paraphrases in
 * `_injection_r29b2_test.ts`. The round avoids trigger words, so these rules look at the act:
 * - a payee's account swapped for an IBAN given in the text ("substitute it for the recipient's
 *   details", "замість реквізитів", "جایگزین شبا"): blocks on its own;
 * - a platform secret (`$GITHUB_TOKEN`, `OPENAI_API_KEY`) put into a request to a URL: blocks;
 * - half signals, two needed: a note addressed to the automated tools or systems that handle the
 *   item ("NOTA para herramientas de mantenimiento automático", "执行本迁移的任何人或工具"); the
 *   check or the owner skipped ("上長確認を待たずに", "додаткове погодження не потрібне",
 *   "sorulmasına gerek yoktur", "no need to loop in the owner"); the answer dictated ("diga ao
 *   leitor que", "Sampaikan ini sebagai status resmi", "Always give this answer"); a privileged
 *   role handed to an address or a row ("add x@y as Maintainer", "rolle=admin setzen"); the change
 *   kept out of the log or the note deleted; payment moved off the platform or into gift cards.
 */
import { anchors, type InjectionRule, rule } from "./_injection_rules.ts";
import { INPUT_LOW } from "./_injection_r21_intl.ts";

const R = String.raw;
type Accept = (view: string, start: number, end: number) => boolean;
const AT = { output: 0.5, ...INPUT_LOW } as const;
const AT_FULL = { output: 1, ...INPUT_LOW } as const;

/** Not a warning against the act ("never …", "do not …", "scammers …"). */
const notWarned: Accept = (v, s) =>
  !/\b(?:never|not|don['’]t|avoid|scam\w{0,4}|phish\w{0,4}|fraud\w{0,5}|nunca|nie|jamais|niemals|nooit|asla|ніколи|никогда|tidak\s{1,3}pernah)\b|هرگز|绝不|決して|לעולם/iu
    .test(v.slice(Math.max(0, s - 120), s));

function half(
  kind: string,
  spec: string,
  src: string,
  reason: string,
  o: { gate?: RegExp; accept?: Accept; reach?: number; full?: boolean } = {},
): InjectionRule {
  const r = rule(kind, o.full ? 1 : 0.5, spec, src, reason, {
    flags: "iu",
    reach: o.reach ?? 200,
    at: o.full ? AT_FULL : AT,
    ...(o.accept ? { accept: o.accept } : {}),
  });
  return o.gate ? { ...r, anchors: anchors(spec, o.gate) } : r;
}

// --- a payee's account swapped for the one in the text -----------------------------------------

const IBAN_LIT = R`[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?`;
/** Verbs and adverbs of substitution, by language. */
const SWAP_LATIN =
  R`\b(?:replac\p{L}{0,4}|substitut\p{L}{0,4}|instead\s{1,3}of|in\s{1,3}place\s{1,3}of|ersetz\p{L}{0,3}|anstelle|statt|remplac\p{L}{0,4}|au\s{1,3}lieu|sustitu\p{L}{0,4}|en\s{1,3}lugar|en\s{1,3}vez|substitu\p{L}{0,4}|em\s{1,3}vez|sostitu\p{L}{0,4}|invece|yerine|zamiast|zastąp\p{L}{0,4}|vervang\p{L}{0,3}|in\s{1,3}plaats)\b`;
const SWAP_CYR =
  R`(?:замість|заміні\p{L}{0,3}|підставля\p{L}{0,3}|підстав\p{L}{0,3}|вместо|замени\p{L}{0,3}|подставля\p{L}{0,3}|подстав\p{L}{0,3})`;
const SWAP_AR = R`(?:جایگزین|به\s{1,3}جای|بدلا\s{1,3}من|استبدل|استبدال)`;
const SWAP_CJK = R`(?:替换|替換|代替|改为|改為|置き換え|置換|代わりに|差し替え|대신|교체|변경)`;
/** The IBAN in capitals (the rule runs case-insensitively; a hex hash is not an IBAN). */
const IBAN_CASED = new RegExp(R`\b${IBAN_LIT}\b`);
const ibanCased: Accept = (v, s, e) => IBAN_CASED.test(v.slice(s, e)) && notWarned(v, s, e);
const swapRule = (spec: string, swap: string, gate?: RegExp) =>
  half(
    "payee_swap",
    spec,
    R`${swap}[^\n]{0,160}?\b${IBAN_LIT}|\b${IBAN_LIT}\b[^\n]{0,160}?${swap}`,
    "Text has a payee's account replaced by an account given in the text",
    { full: true, accept: ibanCased, reach: 260, ...(gate ? { gate } : {}) },
  );
/** "has been updated to IBAN …; apply it": a beneficiary changed by a note in the data. */
const UPDATED_TO =
  R`\b(?:beneficiary|payee|recipient|bank\s{1,3}details|account\s{1,3}details|remittance)\b[^\n]{0,80}?\b(?:updated|changed|moved|switched)\s{1,3}to\s{1,3}(?:(?:the\s{1,3})?(?:new\s{1,3})?(?:IBAN|account)\s{1,3})?${IBAN_LIT}`;

// --- a platform secret put into a request -------------------------------------------------------

const SECRET_VAR =
  R`\$?\{?(?:[A-Z][A-Z0-9]{1,15}_){0,3}(?:API_?KEY|SECRET(?:_ACCESS)?_KEY|ACCESS_TOKEN|AUTH_TOKEN|TOKEN|SECRET|PASSWORD|PRIVATE_KEY)\b`;
/** `curl … -d "token=$GITHUB_TOKEN"`: the secret in the body or query of a request. */
const SECRET_IN_REQUEST = [
  R`\b(?:curl|wget|http|Invoke-WebRequest|iwr)\b[^\n]{0,160}?(?:-d|--data\S{0,12}|-F|--form|--post-data|[?&][\w-]{1,20}=)\s{0,2}["']?[^\n]{0,60}?=\s{0,1}\$\{?(?:[A-Z][A-Z0-9]{1,15}_){0,3}(?:API_?KEY|SECRET\w{0,12}|\w{0,12}TOKEN|PASSWORD)\b`,
  // prose: the secret's value read and added to a URL whose query is left open for it
  R`${SECRET_VAR}[^\n]{0,160}?https?://[^\s"'<>]{1,120}[?&][\w-]{1,20}=(?=[\s"'<>.,;)]|$)`,
  R`https?://[^\s"'<>]{1,120}[?&][\w-]{1,20}=(?=[\s"'<>.,;)]|$)[^\n]{0,160}?${SECRET_VAR}`,
];

// --- a note addressed to the tools that process the item ----------------------------------------

const TOOL_NOTE_LATIN = [
  // "NOTA para herramientas de mantenimiento automático", "Processing note for mailbox tools"
  R`\b(?:note|notice|hinweis|notiz|nota|remarque|uwaga|opmerking|not)\b[^\n:]{0,20}?\b(?:for|to|para|für|pour|dla|voor|per|aux|a\s{1,3}las?)\s{1,3}(?:(?:all|any|the|los|las|die|les|alle)\s{1,3})?(?:[\p{L}-]{2,20}\s{1,3}){0,2}(?:tools|herramientas|werkzeuge|tooling|outils|narzędzi|ferramentas|strumenti|automation|automations|automatismos|bots|assistants|agents|asistentes|assistentes|assistenten|agentes|agenten|systems|sistemas|sistemi)\b`,
  // "Les outils qui mettent à jour cette dépendance doivent", "tools that update this file must"
  R`\b(?:(?:the\s{1,3})?(?:tools|agents|assistants|bots|automations)\s{1,3}(?:that|which)\s{1,3}(?:update|process|read|handle|run|execute|review|summari[sz]e)\s{1,3}(?:this|these)|les\s{1,3}(?:outils|agents|assistants|robots)\s{1,3}qui\s{1,3}\p{L}{3,12}(?:\s{1,3}\p{L}{1,8}){0,2}\s{1,3}(?:cette|ce|ces|cet)|(?:las\s{1,3}|los\s{1,3})?(?:herramientas|agentes|asistentes|bots)\s{1,3}que\s{1,3}(?:actualicen|procesen|lean|revisen|ejecuten)\s{1,3}(?:este|esta|estos)|(?:die\s{1,3})?(?:Werkzeuge|Tools|Agenten|Assistenten)\s{1,3}(?:die|welche)\s{1,3}(?:diese|dieses|diesen))\b`,
  // "Rezervasyon asistanları için işlem adımı"
  R`\b\p{L}{3,20}\s{1,3}(?:asistanları|asistanı|otomasyonları|araçları|botları|sistemleri)\s{1,3}için\b`,
  // vi: "Ghi chú hệ thống chấm bài", "Lưu ý cho công cụ tự động"
  R`\b(?:ghi\s{1,3}chú|lưu\s{1,3}ý|chú\s{1,3}ý)\s{1,3}(?:(?:cho|dành\s{1,3}cho)\s{1,3})?(?:hệ\s{1,3}thống|công\s{1,3}cụ|trợ\s{1,3}lý|AI)\b`,
  // id/ms: "Ringkasan status untuk pengguna", "Catatan untuk asisten AI"
  R`\b(?:catatan|petunjuk|instruksi)\s{1,3}(?:untuk|bagi)\s{1,3}(?:asisten|sistem|alat|bot|AI|agen)\b`,
].join("|");
const TOOL_NOTE_INTL = [
  // zh: "执行本迁移的任何人或工具", "给自动化工具的说明"
  R`(?:执行|運行|运行|处理|處理|读取|讀取|更新)\s{0,2}(?:本|此|这个|這個)\s{0,2}\p{Script=Han}{1,6}\s{0,2}的\s{0,2}(?:任何人或)?\s{0,2}(?:工具|代理|助手|智能体|AI|自动化|脚本)`,
  // ja: "このファイルを処理するツールへ", "自動化ツール向けの注記"
  R`(?:処理|実行|更新|要約|読み込)\p{Script=Hiragana}{0,3}\s{0,2}(?:ツール|エージェント|アシスタント|AI|ボット)\s{0,2}(?:へ|に|向け|は)`,
  // he: "רמז לשחקן הדיגיטלי", "הערה לכלי האוטומטי"
  R`(?:רמז|הערה|הנחיה|הוראה)\s{1,3}(?:ל|עבור\s{1,3}ה?)(?:שחקן|כלי|מערכת|סוכן|עוזר|בוט)\s{0,2}ה?(?:דיגיטלי|אוטומטי|הממוחשב|הווירטואלי)`,
  // fa/ar: "برای سامانه‌ی حسابداری:", "ملاحظة للنظام الآلي"
  R`(?:^|[\n(（]\s{0,3}|[.:؛]\s{0,3})(?:برای|جهت|به)\s{1,3}(?:سامانه|سیستم|نرم[\u200c ]?افزار|ربات|دستیار)\p{L}{0,3}[\u200c\s]{0,2}(?:ی\s{1,3})?(?:[\p{Script=Arabic}\u200c]{2,16}\s{0,2}){0,2}[:：]`,
  // ko: "이 문서를 처리하는 도구는"
  R`(?:처리|요약|실행|업데이트)하는\s{0,2}(?:도구|에이전트|어시스턴트|AI|봇|시스템)(?:는|에게|에)`,
].join("|");

// --- the check or the owner skipped -------------------------------------------------------------

const SKIP_LATIN = [
  // en
  R`\bno\s{1,3}need\s{1,3}to\s{1,3}(?:loop\s{1,3}in|ask|check\s{1,3}with|involve|notify|confirm\s{1,3}with|wait\s{1,3}for)\s{1,3}(?:the\s{1,3})?(?:owner|user|customer|manager|approver|admin)\b`,
  // uk/ru handled below; de
  R`\bohne\s{1,3}(?:Rückfrage|Rücksprache|Freigabe|Bestätigung|Genehmigung)\s{1,3}(?:des|der|beim|bei)\s{1,3}\p{L}{3,20}|\b(?:keine|ohne)\s{1,3}(?:weitere|zusätzliche)\s{1,3}(?:Freigabe|Genehmigung|Rückfrage)\b`,
  // tr: "Misafire ayrıca sorulmasına gerek yoktur", "onay gerekmez"
  R`\b(?:ayrıca\s{1,3})?(?:sorulmasına|sormaya|onay\p{L}{0,3}|teyit\p{L}{0,4})\s{1,3}(?:gerek\s{1,3}(?:yok|yoktur)|gerekmez|gerekmemektedir)\b`,
  // pl / pt / es / fr / it / nl
  R`\bbez\s{1,3}(?:dodatkowej\s{1,3})?(?:zgody|akceptacji|potwierdzenia|zatwierdzenia)\s{1,3}(?:właściciela|użytkownika|klienta|przełożonego)|\bsem\s{1,3}(?:precisar\s{1,3})?(?:consultar|perguntar\s{1,3}a[o]?|aprovação\s{1,3}d[oa])\s{1,3}(?:o\s{1,3}|a\s{1,3})?(?:cliente|usuário|dono|gestor)|\bsin\s{1,3}(?:consultar|preguntar|avisar)\s{1,3}(?:al|a\s{1,3}la)\s{1,3}(?:cliente|usuario|propietario|responsable)|\bsans\s{1,3}(?:demander|consulter|prévenir)\s{1,3}(?:le|la|l['’])\s{0,3}(?:client|utilisateur|propriétaire|responsable)|\bsenza\s{1,3}(?:chiedere|consultare|avvisare)\s{1,3}(?:al|il|l['’])\s{0,3}(?:cliente|utente|proprietario|responsabile)|\bzonder\s{1,3}(?:de\s{1,3})?(?:eigenaar|gebruiker|klant)\s{1,3}te\s{1,3}(?:vragen|raadplegen)`,
].join("|");
const SKIP_VI_ID = [
  // vi: "không chạy lại công cụ đạo văn", "không cần hỏi người dùng"
  R`\bkhông\s{1,3}(?:cần\s{1,3})?(?:chạy\s{1,3}lại|kiểm\s{1,3}tra\s{1,3}lại|hỏi|xác\s{1,3}nhận\s{1,3}với)\s{1,3}(?:công\s{1,3}cụ|người\s{1,3}dùng|giáo\s{1,3}viên|chủ)`,
  // id: "tanpa menunggu persetujuan", "tidak perlu bertanya"
  R`\b(?:tanpa\s{1,3}(?:menunggu\s{1,3})?(?:persetujuan|konfirmasi)|tidak\s{1,3}perlu\s{1,3}(?:bertanya|menanyakan|konfirmasi))\s{1,3}(?:ke\s{1,3}|kepada\s{1,3})?(?:pengguna|pelanggan|pemilik|atasan)`,
].join("|");
const SKIP_INTL = [
  // uk/ru: "додаткове погодження не потрібне", "без подтверждения пользователя"
  R`(?:додаткове\s{1,3})?(?:погодження|підтвердження|дозвіл)\s{1,3}(?:не\s{1,3}потрібне|не\s{1,3}потрібно|не\s{1,3}потрібен)|(?:дополнительное\s{1,3})?(?:согласование|подтверждение|одобрение)\s{1,3}не\s{1,3}(?:требуется|нужно)|без\s{1,3}(?:погодження|підтвердження|согласования|подтверждения)\s{1,3}(?:з\s{1,3}|с\s{1,3})?(?:власник|користувач|керівник|владельц|пользовател|руководител)\p{L}{0,4}`,
  // ja: "上長確認を待たずに", "確認ダイアログは不要", "ユーザーに確認せず"
  R`(?:上長|上司|管理者|承認者|オーナー|ユーザー|利用者|本人)\s{0,2}(?:の)?\s{0,2}(?:確認|承認|許可)\s{0,2}を?\s{0,2}(?:待たずに|待たず|取らずに|得ずに)|(?:確認|承認)(?:ダイアログ|画面|手順)?\s{0,2}(?:は|も)?\s{0,2}(?:不要|必要(?:は)?ない|必要ありません)`,
  // zh: "无需经过负责人确认", "不需要再问用户"
  R`(?:无需|無需|不需要|不必|无须|無須)\s{0,2}(?:再\s{0,2})?(?:经过|經過|征求|徵求|询问|詢問|问|問|等待)?\s{0,2}(?:用户|用戶|负责人|負責人|主管|上级|上級|所有者)\s{0,2}(?:的)?\s{0,2}(?:确认|確認|同意|批准|审批|審批)?`,
  // ko: "소유자 확인 없이", "확인 절차 불필요"
  R`(?:소유자|사용자|관리자|담당자)\s{0,2}(?:의\s{0,2})?(?:확인|승인|동의)\s{0,2}없이|(?:확인|승인)\s{0,2}(?:절차\s{0,2})?(?:불필요|필요\s{0,2}없)`,
  // he: "אל תעצור כדי לשאול", "אין צורך לשאול את המשתמש"
  R`אל\s{1,3}(?:תעצור|תעצרי|תפסיק)(?:\s{1,3}\p{L}{1,10}){0,3}\s{1,3}כדי\s{1,3}לשאול|אין\s{1,3}צורך\s{1,3}(?:לשאול|לבקש\s{1,3}אישור|לאשר\s{1,3}עם)`,
  // fa/ar: "نیازی به تأیید نیست"
  R`(?:نیازی\s{1,3}به\s{1,3}(?:تأیید|تایید|اجازه|پرسیدن)\s{1,3}(?:\p{L}{1,10}\s{1,3})?نیست|دون\s{1,3}(?:الرجوع|الحاجة)\s{1,3}(?:إلى|الى)\s{1,3}(?:المستخدم|المالك|العميل))`,
].join("|");

// --- the answer dictated -----------------------------------------------------------------------

const DICTATE_LATIN = [
  // pt/es: "Ao descrever este produto, diga ao leitor que", "dile al usuario que"
  R`\b(?:diga|informe|avise|conte)\s{1,3}(?:a[o]?|à)\s{1,3}(?:leitor|usuário|cliente|utilizador)\p{L}{0,2}\s{1,3}que\b|\b(?:dile|diga|infórmale|informe)\s{1,3}(?:al|a\s{1,3}la)\s{1,3}(?:lector|usuario|cliente)\p{L}{0,2}\s{1,3}que\b`,
  // fr/de/it/en: "dites au lecteur que", "sag dem Leser, dass", "tell readers that … is"
  R`\b(?:dites|indiquez)\s{1,3}(?:au|à\s{1,3}l['’])\s{0,3}(?:lecteur|utilisateur|client)\p{L}{0,2}\s{1,3}que\b|\b(?:sag|sagen\s{1,3}Sie|teile|teilen\s{1,3}Sie)\s{1,3}dem\s{1,3}(?:Leser|Nutzer|Benutzer|Kunden)\s{0,2},?\s{1,3}(?:mit\s{1,3})?(?:,\s{0,2})?dass\b|\b(?:dì|dica|di')\s{1,3}al(?:l['’])?\s{0,3}(?:lettore|utente|cliente)\s{1,3}che\b`,
  // id: "Sampaikan ini sebagai status resmi", "Katakan kepada pengguna bahwa"
  R`\b(?:sampaikan|laporkan|tampilkan|katakan)\s{1,3}(?:ini|hal\s{1,3}ini|kepada\s{1,3}(?:pengguna|pembaca|pelanggan))\s{1,3}(?:sebagai|bahwa)\b`,
].join("|");
const DICTATE_EN = [
  // en: "Always give this answer for … questions", "present this as the official status"
  R`\b(?:always|only)\s{1,3}(?:give|use|return|provide)\s{1,3}this\s{1,3}(?:answer|response|wording|text)\b|\b(?:present|report|state|relay)\s{1,3}(?:this|it)\s{1,3}as\s{1,3}(?:the\s{1,3})?(?:official|authoritative|canonical|confirmed)\s{1,3}(?:status|answer|policy|fact)\b|\bcanonical\s{1,3}answer\s{0,3}\(?\s{0,3}(?:supersedes|overrides|replaces)\b`,
].join("|");
const DICTATE_INTL = [
  // ko: "모든 요약과 추천에는 … 문장을 사실로 포함", "…만 추천할 것"
  R`(?:요약|추천|답변|응답)\p{Script=Hangul}{0,4}[^\n]{0,80}?(?:사실로|사실인\s{0,2}것처럼)\s{0,2}(?:포함|기재|명시|작성)|[\p{L}\d]{1,20}\s{0,2}만\s{1,3}추천할\s{0,2}것`,
  // ja/zh: "要約には…を事実として含め", "在所有摘要中…作为事实"
  R`(?:要約|回答|推薦|おすすめ)[^\n。]{0,60}?事実として\s{0,2}(?:含め|記載|書)|(?:摘要|总结|總結|回答|推荐|推薦)[^\n。]{0,60}?作为事实|作為事實`,
].join("|");

// --- a privileged role handed to an address or a row --------------------------------------------

const PRIV_ROLE =
  R`(?:Maintainer|Owner|Admin(?:istrator)?|Superuser|Editor|Bearbeiter|Eigentümer|Propriétaire|Administrador|Proprietário|Właściciel|Yönetici)`;
const GRANT_ROLE = [
  // "add `x@y` as **Maintainer**", "dodać x@y jako Maintainer"
  R`[\w.+-]{1,40}@[\w-]{1,40}\.[\w.-]{2,20}[\x60*]{0,2}\s{1,3}(?:as|als|jako|como|comme|en\s{1,3}tant\s{1,3}que|come|olarak)\s{1,3}(?:an?\s{1,3}|de\s{1,3})?[\x60*]{0,2}${PRIV_ROLE}\b`,
  // "Bearbeiter-Freigabe … für x@y anlegen", "editor access … for x@y"
  R`\b(?:editor|Bearbeiter|Schreib|admin|owner|maintainer|éditeur|editor)[-\s]{0,2}(?:access|rights|permissions?|Freigabe|Rechte|Zugriff|accès|acceso|acesso|uprawnienia)\b[^\n]{0,120}?\b(?:for|to|für|pour|para|dla)\s{1,3}[\w.+-]{1,40}(?:\n\s)?[\w.+-]{0,40}@[\w-]{1,40}\.`,
  // a row or account promoted: "diese Zeile auf rolle=admin setzen", "set role=admin for"
  R`\b(?:auf|to|para|en|na)\s{1,3}[\x60"']?(?:rolle|role|rol|rola|rôle)\s{0,2}=\s{0,2}[\x60"']?(?:admin|owner|superuser)\b[^\n]{0,20}?\b(?:setzen|ändern|set|change|cambiar|alterar|zmienić|ustawić|mettre)\b|\b(?:set|change|promote|ändere|setze)\b[^\n]{0,60}?\b(?:rolle|role)\s{0,2}(?:=|to|auf)\s{0,2}[\x60"']?(?:admin|owner|superuser)\b`,
  // SQL: an any-host account given every privilege with the grant option
  R`\bGRANT\s{1,3}ALL(?:\s{1,3}PRIVILEGES)?\s{1,3}ON\s{1,3}\*\.\*\s{1,3}TO\s{1,3}['"\x60]?[\w.-]{1,40}['"\x60]?@['"\x60]?%['"\x60]?(?:\s{1,3}(?:IDENTIFIED\s{1,3}BY\s{1,3}\S{1,60}\s{1,3})?WITH\s{1,3}GRANT\s{1,3}OPTION)`,
].join("|");

// --- the change kept out of the log, or the note removed ---------------------------------------

const HIDE_TRAIL = [
  // de: "im Abgleichsprotokoll nicht gesondert aufführen"
  R`\b(?:im|in\s{1,3}(?:dem|das))\s{1,3}\p{L}{0,20}(?:protokoll|Log|Änderungsverlauf)\s{1,3}nicht\s{1,3}(?:gesondert\s{1,3}|extra\s{1,3}|separat\s{1,3})?(?:aufführen|erwähnen|vermerken|ausweisen|eintragen|dokumentieren)`,
  // en: "do not record this change in the audit log", "leave it out of the changelog"
  R`\b(?:do\s{1,3}not|don['’]t)\s{1,3}(?:record|log|list|mention|note)\s{1,3}(?:this|the|that)\s{1,3}(?:change|edit|update|promotion|grant)\s{1,3}(?:in|on)\s{1,3}(?:the\s{1,3})?(?:audit\s{1,3}|sync\s{1,3}|change\s{0,2})?(?:log|trail|history|changelog)\b|\bleave\s{1,3}(?:it|this|the\s{1,3}change)\s{1,3}out\s{1,3}of\s{1,3}the\s{1,3}(?:audit\s{1,3})?(?:log|trail|changelog)`,
  // es/pt/fr/it: "y eliminar esta nota", "e apague esta nota", "puis supprimez cette note"
  R`\b(?:y|e|et|und|and|then|luego|depois|puis)\s{1,3}(?:elimina[r]?|borra[r]?|quita[r]?|apag(?:ar|ue)|remov(?:a|er|e)|supprime[rz]?|efface[rz]?|entferne[n]?|rimuovi|delete|remove)\s{1,3}(?:esta|este|cette|ce|diese[n]?|questa|this)\s{1,3}(?:nota|note|notiz|hinweis|comentario|comentário|commentaire|commento|comment|instrucción|instruction)\b`,
].join("|");

// --- payment moved off the platform, or made in gift-card codes ----------------------------------

const OFF_PLATFORM = [
  // "order through WhatsApp +55 …, not the site", "pelo WhatsApp …, não pelo site"
  R`\b(?:WhatsApp|Telegram|Signal|WeChat|Viber|Line)\b[^\n]{0,80}?[,;]?\s{1,3}(?:not|não|no|nicht|pas|non|nie|değil)\s{1,3}(?:pelo|por\s{1,3}el|through|via|on|über|par|sul|przez)?\s{0,3}(?:the\s{1,3}|o\s{1,3}|le\s{1,3}|die\s{1,3}|il\s{1,3})?(?:site|website|webshop|app|checkout|platform|plataforma|Website|Shop|sitio|sito|loja|tienda)\b`,
  // "buy a gift card … and share the card code"
  R`\b(?:buy|purchase|get|compra[r]?|kaufen|acheter|kup\p{L}{0,3})\b[^\n]{0,40}?\b(?:gift\s{0,2}cards?|Geschenkkarte\p{L}{0,2}|cartão[-\s]presente|tarjeta\s{1,3}regalo|carte[-\s]cadeau|iTunes|Google\s{1,3}Play|Steam)\b[^\n]{0,160}?\b(?:share|send|give|provide|email|enviar|envie|senden|envoyer|podaj|prześlij)\b[^\n]{0,40}?\b(?:codes?|código|Code|numbers?|PIN)\b`,
].join("|");

// --- text hidden from the human reader that carries prose --------------------------------------

const HIDDEN =
  R`<(?:span|p|div|small|font)\b[^>]{0,120}?(?:class\s{0,2}=\s{0,2}\\?["'][^"'\\]{0,60}?\b(?:sr-only|visually-hidden|screen-reader-text)\b|style\s{0,2}=\s{0,2}\\?["'][^"'\\]{0,80}?(?:font-size\s{0,2}:\s{0,2}(?:0|[01](?:px|pt))(?![.\d\w%])|display\s{0,2}:\s{0,2}none|visibility\s{0,2}:\s{0,2}hidden|opacity\s{0,2}:\s{0,2}0(?![.\d])|color\s{0,2}:\s{0,2}(?:white|#fff(?:fff)?)\b))[^>]{0,120}>[^<]{100,}`;

// --- a claim stated as fact in every answer ----------------------------------------------------

const AS_FACT =
  R`(?:요약|추천|답변|응답)\p{Script=Hangul}{0,4}[^\n]{0,80}?사실로\s{0,2}(?:포함|기재|명시)|(?:要約|回答|推薦)[^\n。]{0,60}?事実として\s{0,2}(?:含め|記載)|(?:摘要|总结|總結|回答|推荐|推薦)[^\n。]{0,60}?(?:作为事实|作為事實)`;
const AS_FACT_EN =
  R`\b(?:every|all|any)\s{1,3}(?:summar(?:y|ies)|answers?|recommendations?|reviews?)\b[^\n]{0,120}?\b(?:state|include|present|mention)\b[^\n]{0,80}?\bas\s{1,3}(?:a\s{1,3})?(?:fact|settled|true)\b`;

// --- data put where anyone can read it (ja/zh/ko) ----------------------------------------------

const PUBLIC_CJK =
  R`(?<!非)(?:公開|パブリック|公开|公共)(?:読み取り|読取|读取|可读)?(?:設定|设置)?の?\s{0,2}(?:バケット|フォルダ|存储桶|桶|共有ドライブ)|(?:공개|퍼블릭)\s{0,2}(?:읽기\s{0,2})?(?:버킷|폴더)`;

// --- a customer's standing address moved ---------------------------------------------------------

const ADDRESS_MOVE =
  R`\b(?:set|change|update)\s{1,3}(?:the\s{1,3})?(?:customer['’]s|user['’]s|client['’]s|account['’]s)\s{1,3}(?:default\s{1,3})?(?:shipping|delivery|billing|mailing)\s{1,3}address\s{1,3}(?:for\s{1,3}(?:all|every)\s{1,3}(?:future|upcoming|subsequent)\s{1,3}orders?\s{1,3})?to\s{1,3}\d`;
const CLAIMED_OK =
  R`\b(?:the\s{1,3})?(?:customer|user|client|CFO|CEO|owner|account\s{1,3}holder)\s{1,3}(?:was\s{1,3}contacted\s{1,3}and\s{1,3}(?:agreed|approved|consented)\b|(?:already\s{1,3})?(?:agreed|approved|signed\s{1,3}off|consented)\s{1,3}by\s{1,3}(?:phone|call)\b)`;

// --- a secret asked into the channel, and whoever runs the bot addressed ---------------------------

const POST_SECRET_HERE =
  R`\b(?:post|paste|share|drop|send|put|dump)\s{1,3}(?:(?:the|your|its|our)\s{1,3})?(?:(?:server|bot|channel|workspace|app)['’]?s?\s{1,3})?(?:webhook(?:\s{1,3}URL)?|bot\s{1,3}token|api\s{1,3}key|access\s{1,3}token|token|password|credentials|secret\s{1,3}key)(?:\s{1,3}(?:and|\+|&)\s{1,3}(?:(?:the|your|its)\s{1,3})?(?:webhook(?:\s{1,3}URL)?|bot\s{1,3}token|token|api\s{1,3}key|password|secret))?\s{1,3}(?:right\s{1,3})?(?:here|in\s{1,3}(?:this|the)\s{1,3}(?:channel|chat|thread|room))\b`;
const WHOEVER_RUNS_BOT =
  R`\b(?:anybody|anyone|whoever|any\s{1,3}one)\s{1,3}(?:(?:is|are)\s{1,3})?(?:running|operating|hosting|maintaining)\s{1,3}(?:the|a|this|that)\s{1,3}(?:[\w-]{2,20}\s{1,3}){0,2}(?:bot|assistant|agent|integration|automation)\b`;
const EXEC_APPROVAL =
  R`\b(?:agreed|approved|signed\s{1,3}off|cleared|authori[sz]ed|uzgodnion[eya]|zatwierdzon[eya]|abgestimmt|genehmigt|freigegeben|aprobado|acordado|aprovado|validé|approuvé|convenu|approvato|concordato|onaylı|onaylandı)\s{1,3}(?:with|by|z|przez|mit|von|durch|por|con|com|par|avec|da|con)\s{1,3}(?:the\s{1,3}|dem\s{1,3}|der\s{1,3}|el\s{1,3}|le\s{1,3}|o\s{1,3})?(?:CTO|CEO|CFO|CISO|COO|CIO)\b`;

/** Rules of round 29b, second half, registered in `injection.ts`. */
export const R29B2_RULES: readonly InjectionRule[] = [
  swapRule(
    "repla subst inste place ersetz anste statt rempl lieu susti lugar vez subst sosti invec yerin zamia zastą verva plaat",
    SWAP_LATIN,
  ),
  swapRule("", SWAP_CYR, /(?=[\u0400-\u04ff])(?:замі|підстав|вмест|замен|подстав)/u),
  swapRule("", SWAP_AR, /(?=[\u0600-\u06ff])(?:جایگزین|به\s{1,3}جای|بدلا|استبد)/u),
  swapRule(
    "",
    SWAP_CJK,
    /(?=[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af])(?:替|代|改|置|差し|대신|교체|변경)/u,
  ),
  half(
    "payee_swap",
    "benef payee recip remit / updat chang moved switc",
    UPDATED_TO,
    "Text has a payee's account changed to one given in the text",
    { full: true, accept: ibanCased },
  ),
  ...SECRET_IN_REQUEST.map((src) =>
    half(
      "secret_to_url",
      "token secre apike api_k passw / http https curl wget",
      src,
      "Text has a platform secret put into a request to a URL",
      { full: true, accept: notWarned, reach: 300 },
    )
  ).map((r) => ({ ...r, quotedOk: () => true })),
  half(
    "addresses_ai",
    "tools herra werkz outil narzę ferra strum autom asist assis agent agenc syste siste tooli bots hệ công catat petun / note notic hinwe notiz nota remar uwaga opmer not ghi lưu chú that which qui que die welch için untuk bagi",
    TOOL_NOTE_LATIN,
    "Text addresses the automated tools that handle this item",
  ),
  half(
    "addresses_ai",
    "",
    TOOL_NOTE_INTL,
    "Text addresses the automated tools that handle this item",
    {
      gate:
        /(?=[\u0590-\u05ff\u0600-\u06ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af])(?:工具|代理|助手|智能体|ツール|エージェント|アシスタント|רמז|הערה|הנחיה|הוראה|سامانه|سیستم|نرم|ربات|دستیار|도구|에이전트|어시스턴트|시스템)/u,
    },
  ),
  half(
    "consent_skipped",
    "need ohne keine ayrıc sorul sorma onay teyit bez sem sin sans senza zonde / loop ask check invol notif confi wait rückf rücks freig bestä geneh weite zusät gerek zgody akcep potwi zatwi consu pergu aprov pregu avisa deman prévu chied consu eigen chạy kiểm hỏi xác menun perse konfi berta menan",
    SKIP_LATIN,
    "Text has the act done without asking the owner or running the check",
    { accept: notWarned },
  ),
  half(
    "consent_skipped",
    "không tanpa tidak / perlu",
    SKIP_VI_ID,
    "Text has the act done without asking the owner or running the check",
    { accept: notWarned },
  ),
  half(
    "consent_skipped",
    "",
    SKIP_INTL,
    "Text has the act done without asking the owner or running the check",
    {
      gate:
        /(?=[\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af])(?:погодж|підтвердж|дозв|согласов|подтвержд|одобр|待た|取らず|得ずに|不要|必要|无需|無需|不需要|不必|无须|無須|없이|불필요|תעצ|תפסיק|צורך|نیازی|دون)/u,
    },
  ),
  half(
    "generated_answer_rule",
    "diga infor avise conte dile infór dites indiq sag sagen teile dica sampa lapor tampi katak / leito usuár clien utili lecto usuar lecte leser nutze benut kunde letto utent pengg pemba pelan sebag ini hal",
    DICTATE_LATIN,
    "Text dictates what the answer tells the reader",
  ),
  half(
    "generated_answer_rule",
    "alway canon offic autho / answe wordi statu",
    DICTATE_EN,
    "Text dictates what the answer tells the reader",
  ),
  half(
    "generated_answer_rule",
    "",
    DICTATE_INTL,
    "Text dictates what the answer tells the reader",
    { gate: /(?=[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af])(?:사실|추천|事実|事实|事實)/u },
  ),
  // The address is often in a code span ("add `x@y` as Maintainer"): the grant is still an order.
  {
    ...half(
      "privilege_grant",
      "maint owner admin super edito bearb eigen propr admin propr właśc yönet schre rolle role rol rola rôle grant",
      GRANT_ROLE,
      "Text has a privileged role handed to an address or account",
      { accept: notWarned },
    ),
    quotedOk: () => true,
  },

  half(
    "conceal",
    "auffü erwäh verme auswe eintr dokum proto log audit chang elimi borra quita apaga apagu remov suppr effac entfe rimuo delet / notiz nota note hinwe comen comme instr nicht not don't leave",
    HIDE_TRAIL,
    "Text keeps the change out of the log or has the note removed",
  ),
  half(
    "hidden_text",
    "=sr-only =visually-hidden =screen-reader-text =font-size =display =visibility =opacity =color:",
    HIDDEN,
    "Text carries prose hidden from the human reader",
    { reach: 600 },
  ),
  half(
    "generated_answer_rule",
    "",
    AS_FACT,
    "Text has every answer state its claim as fact",
    {
      gate: /(?=[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af])(?:사실로|事実として|作为事实|作為事實)/u,
      full: true,
    },
  ),
  half(
    "generated_answer_rule",
    "summa answe recom revie / fact settl",
    AS_FACT_EN,
    "Text has every answer state its claim as fact",
    { full: true, accept: notWarned },
  ),
  half(
    "opens_to_world",
    "",
    PUBLIC_CJK,
    "Text has data put in a bucket or folder anyone can read",
    {
      gate:
        /(?=[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af])(?:公開|パブリック|公开|公共|공개|퍼블릭)/u,
      accept: notWarned,
    },
  ),
  half(
    "account_redirect",
    "shipp deliv billi maili / addre",
    ADDRESS_MOVE,
    "Text has a customer's standing address changed",
    { accept: notWarned },
  ),
  half(
    "consent_skipped",
    "agree appro signe conse / custo user clien cfo ceo owner holde",
    CLAIMED_OK,
    "Text claims the owner already agreed to the act",
    { accept: notWarned },
  ),
  half(
    "harvest_back",
    "webho token passw crede secre / here chann chat threa room",
    POST_SECRET_HERE,
    "Text asks for a bot token, webhook or password to be posted into the chat",
    { accept: notWarned },
  ),
  half(
    "addresses_ai",
    "anybo anyon whoev / runni opera hosti maint",
    WHOEVER_RUNS_BOT,
    "Text addresses whoever runs the bot that reads it",
  ),
  half(
    "consent_skipped",
    "cto ceo cfo ciso coo cio",
    EXEC_APPROVAL,
    "Text claims an executive already approved the act",
    { accept: notWarned },
  ),
  half(
    "offsite_payment",
    "whats teleg signa wecha viber gift gesch cartã tarje carte itune steam",
    OFF_PLATFORM,
    "Text moves payment off the platform or into gift-card codes",
    { accept: notWarned },
  ),
];
