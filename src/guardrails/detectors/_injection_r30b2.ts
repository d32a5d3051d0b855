/**
 * Injections in tool results that held-out round 30b (second half, "creative", many languages)
 * found missing; paraphrases in `_injection_r30b2_test.ts`. The round has no trigger words, so
 * these rules read the act and who is to do it:
 * - blocks on its own: a credential's value posted into a channel or a reply; the whole
 *   environment or the CI secrets put into a network request; an admin port opened to 0.0.0.0/0
 *   and applied unreviewed; a literal SSH key put into `authorized_keys` across a fleet; a link
 *   whose query is left for the conversation to fill; payments to a payee "pre-approved" by the
 *   user, without confirmation or whatever the amount;
 * - half signals, two needed: the assistant named in the third person with its act ("アシスタント
 *   は…投稿する", "에이전트는 … 실행", "助手在…推荐", "агент … выгружает"); a directive for
 *   summaries or for the screening system; summaries told to leave something out; a package index
 *   switched to a third-party mirror; an order placed with the user's saved payment; national ID
 *   numbers sent to a URL or fax; a price set to a cent and the quantity limit removed; a
 *   "confirmed by user" flag in a record; every future answer dictated; users told to type their
 *   password; a puzzle whose solver runs or applies the solution, addressed to bots too.
 */
import { anchors, type InjectionRule, rule } from "./_injection_rules.ts";
import { INPUT_LOW } from "./_injection_r21_intl.ts";
import { forbiddenBefore, notWarned } from "./_injection_r30b2_fp.ts";

const R = String.raw;
type Accept = (view: string, start: number, end: number) => boolean;
const AT = { output: 0.5, ...INPUT_LOW } as const;
const AT_FULL = { output: 1, ...INPUT_LOW } as const;

function make(
  kind: string,
  spec: string,
  src: string,
  reason: string,
  o: { gate?: RegExp; accept?: Accept; reach?: number; full?: boolean; code?: boolean } = {},
): InjectionRule {
  const r = rule(kind, o.full ? 1 : 0.5, spec, src, reason, {
    flags: "iu",
    reach: o.reach ?? 220,
    at: o.full ? AT_FULL : AT,
    ...(o.accept ? { accept: o.accept } : {}),
    ...(o.code ? { quotedOk: () => true } : {}),
  });
  return o.gate ? { ...r, anchors: anchors(spec, o.gate) } : r;
}

// --- the assistant named in the third person, with its act -------------------------------------

const AGENT_ACT_INTL = [
  // ja: "アシスタントは、…投稿する運用とする"
  R`(?:アシスタント|エージェント|ボット)(?:は|が)[^。！]{0,160}?(?:投稿|送信|実行|追加|変更|削除|共有|アップロード|振込|送金|購入|注文)(?:する|します|して|すること|せよ)`,
  // ko: "로그를 검토하는 에이전트는 … 를 실행해", "AI 도우미가 … 바꿉니다"
  R`(?:에이전트|어시스턴트|도우미)(?:는|은|가)\s[^\n]{0,160}?(?:(?:실행|추가|변경|게시|전송|공유|삭제|업로드|설치|입력)(?:해|하|합)|바꿉|바꾸|바꿔|넣고|넣어|넣습)`,
  // zh: "助手在比价时只推荐…", "智能体须将…发送"
  R`(?:助手|智能体|AI代理)(?:须|必须|应|应当|需|需要|要|会|将|在\p{Script=Han}{1,8}时)[^\n。]{0,80}?(?:下单|发送|上传|执行|推荐|提供|安装|转账|付款|发布|删除)`,
  // hi: "कोई भी कोड-सहायक … पंक्ति भी जोड़ दे"
  R`(?:सहायक|एजेंट|असिस्टेंट|बॉट)[^।]{0,200}?(?:जोड़|जोड़|चलाए|चलाएं|भेजे|भेजें|बदल\s?दे|पोस्ट\s?करे)`,
  // th: "ผู้ช่วยเขียนโค้ดที่ … ต้องเพิ่ม"
  R`ผู้ช่วย[^\n]{0,100}?ต้อง(?:เพิ่ม|รัน|ส่ง|ลบ|ติดตั้ง|โพสต์|โอน)`,
  // he: "העוזר מציג למשתמש קישור"
  R`(?:העוזר|הסוכן|הבוט)\s(?:[^\s.]{1,12}\s){0,3}?(?:מציג|ישלח|שולח|יבצע|מבצע|מוסיף|מעביר|יציג)`,
].join("|");
const AGENT_ACT_CYR =
  R`(?:агент|ассистент|помощник|бот|асистент|помічник)\p{L}{0,3},?\s[^.\n]{0,100}?(?:выгружа\p{L}{1,4}|отправля\p{L}{1,4}|загружа\p{L}{1,4}|публику\p{L}{1,4}|пересыла\p{L}{1,4}|удаля\p{L}{1,4}|выполня\p{L}{1,4}|переводит|вивантажу\p{L}{1,4}|надсила\p{L}{1,4}|завантажу\p{L}{1,4}|публіку\p{L}{1,4}|пересила\p{L}{1,4}|видаля\p{L}{1,4})`;
// vi: "trợ lý phòng khám tạo bản tóm tắt … rồi gửi qua"
// Round 32 precision: "trước khi gửi" / "sau khi gửi" ("before/after sending") names when, not the act.
const AGENT_ACT_VI =
  R`\btrợ\s{1,3}lý[^\n.]{0,140}?(?:(?<!(?:trước|sau)\s{1,3}khi\s{1,3})gửi|tải\s{1,3}lên|chuyển\s{1,3}tiền|đăng\s{1,3}lên|chạy\s{1,3}lệnh|xóa)`;

// --- credentials posted into a channel --------------------------------------------------------

const CRED_WORD =
  R`(?:password|passwords|passwort|kata\s{1,3}sandi|contraseña|senha|mot\s{1,3}de\s{1,3}passe|hasło|пароль|credentials|api\s{1,3}key|token)`;
const POST_VERB =
  R`\b(?:post|paste|share|write|tulis\p{L}{0,3}|tempel\p{L}{0,3}|kirim\p{L}{0,3}|bagikan|postez|poste[rz]?|partag\p{L}{0,4}|publi\p{L}{0,6}|pega|escrib\p{L}{0,3}|schreib\p{L}{0,3}|teile|wstaw|napisz|напиши|опубликуй|отправь)\b`;
const PLACE =
  R`\b(?:channel|kanal|canal|chat|thread|reply|balasan|comment|komentar|kommentar|commentaire|comentario|канал\p{L}{0,2})\b`;
const SECRET_NAME =
  R`\b(?:[A-Z][A-Z0-9]{1,15}_){0,3}(?:TOKEN|SECRET(?:_KEY)?|PASSWORD|API_KEY|ACCESS_KEY|DATABASE_URL|DB_URL|PRIVATE_KEY)\b`;
const PLACE_CJK = R`(?:チャンネル|チャネル|频道|頻道|群聊|채널|channel|Slack|#[\w-]{2,30})`;
const POST_CJK = R`(?:投稿|貼り付け|共有|发送|發送|发布|發佈|粘贴|게시|공유|올리|올려|post)`;

// --- the environment or the CI secrets put into a request -------------------------------------

const ENV_ALL =
  R`(?:process\.env|os\.environ|Deno\.env\.toObject\(\s{0,2}\)|System\.getenv\(\s{0,2}\))(?![.\[\w])`;
const ENV_EXFIL = [
  R`\b(?:axios|requests|http|https|got|superagent|httpx|ky)\.(?:post|put|request|patch)\s{0,2}\([^\n]{0,160}?${ENV_ALL}`,
  R`(?:toJSON\(\s{0,2}secrets\s{0,2}\)|\bprintenv\b|${ENV_ALL})[^\n]{0,120}?\b(?:curl|wget|nc|Invoke-WebRequest)\b[^\n]{0,120}?https?://`,
].join("|");
/**
 * The whole environment spread into a field the text says goes to a backend, an ingest or a
 * collector ("pass `debugContext: { ...process.env }` so our backend can see …", `**os.environ`).
 */
const ENV_SPREAD =
  R`(?:\{\s{0,2}\.\.\.(?:process\.env|Deno\.env\.toObject\(\s{0,2}\))\s{0,2}\}|\*\*os\.environ\b|\bdict\(\s{0,2}os\.environ\s{0,2}\))[^\n]{0,160}?\b(?:backend|servers?|ingest|upload(?:s|ed)?|collector|endpoint|(?:is|are|gets?)\s{1,3}(?:sent|shipped|forwarded))\b`;

// --- an admin port opened to the world and applied unreviewed ---------------------------------

const ADMIN_PORT = R`(?:22|23|3389|5432|3306|6379|27017|9200|5900|2375|1433)`;
const PORT_WORD = R`(?:port|ports|puerto|puertos|porta|portas|порт\p{L}{0,2}|ポート|端口|포트)`;
const WORLD_OPEN = [
  R`${PORT_WORD}\s{0,3}${ADMIN_PORT}\b[\s\S]{0,140}?0\.0\.0\.0/0[\s\S]{0,200}?(?:-auto-approve|--auto-approve|--yes\b)`,
  R`0\.0\.0\.0/0[\s\S]{0,100}?${PORT_WORD}\s{0,3}${ADMIN_PORT}\b[\s\S]{0,200}?(?:-auto-approve|--auto-approve|--yes\b)`,
].join("|");

// --- a literal SSH key planted across a fleet -------------------------------------------------

const SSH_KEY = R`\bssh-(?:ed25519|rsa|dss|ecdsa-sha2-nistp\d{3})\s{1,3}AAAA[A-Za-z0-9+/]{40,}`;
const FLEET =
  R`(?:\b(?:all|every|each|alle[nms]?|todos|todas|tous|toutes|tutti|wszystkich|prod|production|produktion|producción)\b|всех|все|ทุก|所有|全て|全部|全ホスト|모든)`;
const KEY_PLANT = [
  R`authorized_keys[\s\S]{0,220}?${SSH_KEY}`,
  R`${SSH_KEY}[\s\S]{0,220}?authorized_keys`,
].join("|");
const fleetNear: Accept = (v, s, e) =>
  new RegExp(FLEET, "iu").test(v.slice(Math.max(0, s - 160), Math.min(v.length, e + 60))) &&
  notWarned(v, s, e);

// --- a link whose query the conversation is to fill -------------------------------------------

const CHAT_WORD =
  R`(?:conversation|chat|summary|history|context|transcript|memory|会话|對話|对话|会話|대화|השיחה|המחדשה|المحادثة|разговор|диалог|переписк|conversa|Gespräch|Verlauf|résumé|resumen|riepilogo|podsumow|historial|tóm|ringkasan)`;
const CHAT_LINK =
  R`https?://[^\s"'<>()\[\]{}]{1,120}[?&][\w-]{1,20}=[<{\[][^>}\]\n]{0,40}${CHAT_WORD}[^>}\]\n]{0,40}[>}\]]`;

// --- payments pre-approved by a claimed user preference ---------------------------------------

const PAY_SKIP = [
  // ja: "送金先確認ダイアログの省略を希望", "支払い依頼は確認なしで即時実行する"
  R`(?:送金|振込|振り込み|支払い?|決済)[^\n。]{0,80}?(?:確認(?:なし|無し|せず)(?:で|に)?[^\n。]{0,10}?実行|確認ダイアログ[^\n。]{0,10}?省略|金額に関わらず)`,
  // zh
  R`(?:转账|轉賬|转帐|付款|支付|汇款|匯款)[^\n。]{0,60}?(?:(?:无需|無需|不需要|不必|无须)(?:再)?(?:确认|確認|询问|詢問|问)|(?:无论|無論|不论|不論)金额)`,
  // ar: "التحويلات إلى المستفيد … لا تحتاج إلى سؤاله مجدداً … مهما كان المبلغ"
  R`(?:التحويلات|التحويل|الحوالات|الدفعات|المدفوعات)[^\n]{0,120}?(?:لا\s{1,3}(?:تحتاج|يحتاج)\s{1,3}(?:إلى|الى)\s{1,3}(?:سؤال|تأكيد|موافق)|مهما\s{1,3}كان\s{1,3}المبلغ|دون\s{1,3}(?:تأكيد|سؤال))`,
  // ko
  R`(?:송금|이체|결제)[^\n.]{0,60}?(?:확인\s{0,2}없이|묻지\s{0,2}않고|금액에\s{0,2}상관없이)`,
].join("|");
const PAY_SKIP_LATIN =
  R`\b(?:transfers?|payments?|wires?|transferencias?|pagos?|virements?|paiements?|Überweisung\p{L}{0,2}|Zahlung\p{L}{0,2}|pagamentos?|transferências?|bonifici|pagamenti|przelewy|płatności|переводы|платежи)\b[^\n.]{0,100}?(?:\bno\s{1,3}need\s{1,3}to\s{1,3}(?:ask|confirm|check)|\bwithout\s{1,3}(?:asking|confirmation|confirming|checking)|\bregardless\s{1,3}of\s{1,3}(?:the\s{1,3})?amount|\bwhatever\s{1,3}the\s{1,3}amount|\bsin\s{1,3}(?:pedir\s{1,3})?confirmación|\bsea\s{1,3}cual\s{1,3}sea\s{1,3}el\s{1,3}importe|\bsans\s{1,3}(?:demander\s{1,3})?confirmation|\bquel\s{1,3}que\s{1,3}soit\s{1,3}le\s{1,3}montant|\bohne\s{1,3}(?:Rück)?(?:frage|bestätigung)|\bunabhängig\s{1,3}vom\s{1,3}Betrag|\bsem\s{1,3}(?:pedir\s{1,3})?confirmação|\bsenza\s{1,3}conferma|\bbez\s{1,3}potwierdzenia|без\s{1,3}подтверждения)`;
/** The waiver is claimed as the user's own standing wish. */
const USER_WISH =
  /\b(?:user|customer|client|usuario|cliente|utilisateur|Nutzer|Kunde|użytkownik)\p{L}{0,3}\s+(?:\p{L}+\s+){0,3}?(?:confirm|approv|prefer|want|wish|asked|agreed|pidió|confirmó|aprobó|prefiere|a\s+confirmé|préfère|bestätigt|wünscht|möchte)|\bpreference|\bpreferencia|\bpréférence|\bPräferenz|пользовател\p{L}{0,3}\s+(?:\p{L}+\s+){0,3}?(?:подтверд|попросил|предпочита)|المستخدم|تفضيل|ユーザー|利用者|希望|用户|用戶|偏好|사용자|선호/iu;
const userWish: Accept = (v, s, e) =>
  USER_WISH.test(v.slice(Math.max(0, s - 200), Math.min(v.length, e + 120))) &&
  notWarned(v, s, e) && !forbiddenBefore(v, s);

// --- directives for summaries and the screening system -----------------------------------------

const DIRECTIVE = [
  R`\b(?:\p{L}{0,12}richtlijn|guideline|policy|directive|instructions?|Richtlinie|Anweisung|directiva|instrucciones|instrucción|consigne|wytyczn\p{L}{0,3}|wskazówk\p{L}{1,2})\s{1,3}(?:voor|for|für|pour|para|dla)\s{1,3}(?:(?:de|the|die|les|los|las)\s{1,3})?(?:samenvatting\p{L}{0,2}|summar\p{L}{0,6}|Zusammenfass\p{L}{0,6}|résumés?|resúmenes|systemu\s{1,3}\p{L}{3,12}|(?:screening|scoring|ranking|grading)\s{1,3}system\p{L}{0,2})\b`,
  R`\b(?:ai|llm|assistant|agent|bot|gpt)_(?:summary_|answer_|response_)?(?:policy|instructions?|directive|guidance|rules?)\s{0,2}:`,
].join("|");
const DIRECTIVE_INTL = [
  R`(?:указани\p{L}|регламент\p{L}?|инструкци\p{L})\s{1,3}(?:для\s{1,3})?(?:агент\p{L}{0,3}|ассистент\p{L}{0,3}|бот\p{L}{0,2}|резюм\p{L}|ИИ)`,
  R`הנחיי?ת\s{1,3}עיבוד|הנחיה\s{1,3}(?:ל|עבור\s{1,3}ה?)(?:עוזר|סוכן|מערכת|סיכום)`,
  R`(?:要約|摘要|总结|總結|요약)\s{0,2}(?:ポリシー|方針|规则|規則|指示|지침|정책)`,
].join("|");
const OMIT = [
  R`(?:samenvatting\p{L}{0,2}|summar\p{L}{0,5}|Zusammenfassung\p{L}{0,2}|résumé\p{L}{0,1}|resumen\p{L}{0,2}|riassunt\p{L}|podsumowani\p{L}{0,2}|resumo\p{L}{0,1}|özet\p{L}{0,4}|ringkasan|резюме|сводк\p{L})[^\n.]{0,80}?`,
  R`(?:niet\s{1,3}(?:genoemd|vermeld|noemen|vermelden)|nicht\s{1,3}(?:erwähn\p{L}{0,3}|genannt|nennen)|not\s{1,3}(?:be\s{1,3})?mention\p{L}{0,3}|\bomit\p{L}{0,3}|leave\s{1,3}(?:it\s{1,3})?out|ne\s{1,3}(?:pas\s{1,3})?(?:mentionn\p{L}{0,3}|citer)|pas\s{1,3}(?:mentionn\p{L}{0,3}|cit\p{L}{1,3})|no\s{1,3}(?:se\s{1,3})?(?:mencion\p{L}{0,4}|incluy\p{L}{0,3})|não\s{1,3}(?:mencion\p{L}{0,4})|nie\s{1,3}(?:wspominać|wspominaj|wymieniać|podawać)|non\s{1,3}(?:menzion\p{L}{0,4})|не\s{1,3}(?:упомина\p{L}{0,4}|указыва\p{L}{0,4}))`,
].join("");
/** Personal data kept out of summaries is redaction, not concealment. */
const REDACTION =
  /personal\s+(?:data|details|information)|PII|personenbezogen|données\s+personnelles|datos\s+personales|dados\s+pessoais|dati\s+personali|dane\s+osobowe|persoonsgegevens|персональн|個人情報|个人信息|개인정보/iu;
const notRedaction: Accept = (v, s, e) =>
  !REDACTION.test(v.slice(Math.max(0, s - 80), e)) && notWarned(v, s, e);
const OMIT_CJK =
  R`(?:要約|摘要|总结|總結|요약)[^\n。]{0,40}?(?:言及しない|触れない|記載しない|不要提及|不提及|不要提|언급하지)`;

// --- supply chain: the package index switched -------------------------------------------------

const INDEX_SWITCH =
  R`(?:--(?:extra-)?index-url|\bindex-url\s{0,2}=|\bPIP_INDEX_URL\s{0,2}=|npm\s{1,3}config\s{1,3}set\s{1,3}registry)\s{0,3}["']?https?://(?!(?:pypi\.org|files\.pythonhosted\.org|registry\.npmjs\.org|registry\.yarnpkg\.com)[/\s"'])`;

// --- an order with the user's saved payment ---------------------------------------------------

const SAVED_PAY_CJK =
  R`(?:默认|默認|已保存的?|保存的)\s{0,2}(?:收货)?(?:地址)?\s{0,2}(?:和|及|与|與)?\s{0,2}(?:支付方式|付款方式|银行卡|信用卡)[^\n。]{0,30}?(?:下单|下單|购买|購買|付款|支付)|(?:登録済み|保存済み|既定)の(?:住所と)?(?:支払い方法|カード)で(?:注文|購入)`;
const SAVED_PAY_LATIN =
  R`\b(?:user['’]s|customer['’]s|their|the)\s{1,3}(?:saved|default|stored|on-file)\s{1,3}(?:address\s{1,3}and\s{1,3})?(?:payment(?:\s{1,3}method)?|card)[^\n.]{0,60}?\b(?:order|purchase|checkout|buy)|\b(?:order|purchase|buy|place_order)\b[^\n.]{0,60}?\b(?:with|using)\s{1,3}(?:the\s{1,3})?(?:user['’]s|customer['’]s|their)\s{1,3}(?:saved|default|stored)\s{1,3}(?:payment|card|address)`;

// --- ID numbers sent outside ------------------------------------------------------------------

const ID_OUT =
  R`(?:passport|SSN|social\s{1,3}security|national\s{1,3}ID|паспорт\p{L}{0,4}|СНИЛС|ИНН|CCCD|CMND|NIK|KTP|PESEL|DNI|CPF|Personalausweis|身份证|身分證|マイナンバー|주민등록번호|Aadhaar)[^\n]{0,120}?(?:http_post|https?://|send_fax|\bfax\b|\+\d{2}\s?\d)`;

// --- a price cut to a cent, the quantity limit removed ----------------------------------------

const PENNY =
  R`\b(?:prix|price|Preis|precio|preço|prezzo|cena|prijs|fiyat|цен\p{L}{0,2})\b[^\n]{0,40}?(?:€|\$|£)?\s{0,2}0[.,]0[0-9](?![0-9])`;
const LIMIT_OFF =
  R`\b(?:désactiv\p{L}{0,4}|supprim\p{L}{0,4}|disabl\p{L}{0,3}|remov\p{L}{0,3}|lift\p{L}{0,3}|deaktivier\p{L}{0,3}|entfern\p{L}{0,3}|desactiv\p{L}{0,4}|elimin\p{L}{0,4}|quit\p{L}{0,2}|rimuov\p{L}{0,2}|usuń|wyłącz\p{L}{0,2})\s{1,3}(?:the\s{1,3}|la\s{1,3}|le\s{1,3}|die\s{1,3}|el\s{1,3}|il\s{1,3})?(?:limite?|limits?|Begrenzung|Höchstmenge|límite|cap|limit\p{L}{0,2})\s{1,3}(?:de\s{1,3}|of\s{1,3}|on\s{1,3}|der\s{1,3}|per\s{1,3}|di\s{1,3})?(?:quantité|quantity|Menge|cantidad|quantità|ilości|units|order|commande|pedido|Bestell\p{L}{0,4})`;

// --- a record's "confirmed by the user" flag --------------------------------------------------

const USER_FLAG =
  R`\b(?:confirm\p{L}{0,4}|approv\p{L}{0,3}|aprobad\p{L}|autoriz\p{L}{0,4}|bestätigt|genehmigt|zatwierdz\p{L}{0,4}|consent\p{L}{0,4})_(?:por_|by_|par_|von_|pelo_|przez_)?(?:el_)?(?:usuario|user|utilisateur|nutzer|usuário|cliente|customer|owner|użytkownika)["']?\s{0,2}[:=]\s{0,2}(?:true|"?(?:yes|sí|si|oui|ja)"?)\b|\b(?:user|usuario|customer|cliente|owner)_(?:confirmed|approved|consented|confirmado|aprobado|autorizado)["']?\s{0,2}[:=]\s{0,2}true\b`;

// --- every future answer dictated; users told to type their password --------------------------

const ANSWER_ALL =
  R`(?:以后|今后|此后|之后|以後|今後)?\s{0,2}所有\s{0,2}(?:关于|有关|關於|有關)[^\n。]{0,20}?的\s{0,2}(?:回答|答复|回复|答案|回覆)\s{0,2}(?:一律|都|均|必须|須|须)|(?:今後|以後)[^\n。]{0,20}?(?:回答|返答)(?:は|では)(?:必ず|すべて)`;
const ANSWER_ALL_EN =
  R`\b(?:all|every|any)\s{1,3}(?:future\s{1,3})?(?:answers?|repl(?:y|ies)|responses?)\s{1,3}(?:about|on|regarding|concerning|to\s{1,3}questions\s{1,3}about)\s{1,3}[^\n.]{1,40}?\s(?:must|should|shall)\s{1,3}(?:now\s{1,3})?(?:always\s{1,3})?(?:give|provide|point|link|include|use|say|send)\b`;
const PASSWORD_ASK =
  R`\b(?:tell|ask|instruct|have|get)\s{1,3}(?:the\s{1,3})?(?:staff|users?|employees|customers|people|colleagues|members)\s{1,3}to\s{1,3}[^\n.]{0,60}?\b(?:enter|type|provide|submit|input)\s{1,3}(?:their|your)\s{1,3}(?:\p{L}{1,20}\s{1,3})?(?:password|passcode|credentials|PIN)\b`;

// --- a puzzle whose solution is to be run, addressed to bots too ------------------------------

const SOLVER_RUNS =
  R`\b(?:whoever|the\s{1,3}(?:first\s{1,3})?solver|wer\s{1,3}(?:das|die|den)\s{1,3}\p{L}{3,12}|quien\s{1,3}(?:lo\s{1,3}|la\s{1,3})?resuelva|celui\s{1,3}qui\s{1,3}(?:le\s{1,3}|la\s{1,3})?résout|chi\s{1,3}(?:lo\s{1,3})?risolve)\b[^\n]{0,60}?(?:solv\p{L}{0,3}|gelöst|löst|resuelv\p{L}{0,2}|résou\p{L}{0,2}|risolv\p{L}{0,2})[^\n]{0,60}?\b(?:runs?|execut\p{L}{0,3}|appl(?:y|ies)|setzt|führt|ausführ\p{L}{0,3}|ejecuta|aplica|exécute|applique|esegue|applica)\b`;
const BOTS_TOO =
  R`\b(?:agents?|bots?|AIs?|assistants?|KIs?)\s{1,3}(?:included|inclus|incluidos|eingeschlossen|inklusive)\b|\b(?:für|for|pour|para|per)\s{1,3}(?:Menschen|humans|people|humains|humanos|umani)\s{1,3}(?:und|and|et|y|e)\s{1,3}(?:Bots|bots|KIs?|AIs?|IAs?|Agenten|agents|agentes)\b`;

/** Round 30b (second half) rules, appended at the end of `RULES` in `injection.ts`. */
export const R30B2_RULES: readonly InjectionRule[] = [
  make(
    "addresses_ai",
    "",
    AGENT_ACT_INTL,
    "Text names the assistant as the one who carries out its act",
    {
      gate:
        /(?=[\u0590-\u05ff\u0900-\u097f\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af])(?:アシスタント|エージェント|ボット|에이전트|어시스턴트|도우미|助手|智能体|AI代理|सहायक|एजेंट|असिस्टेंट|बॉट|ผู้ช่วย|העוזר|הסוכן|הבוט)/gu,
      reach: 260,
      accept: notWarned,
    },
  ),
  make(
    "addresses_ai",
    "агент ассис помощ бот асист поміч",
    AGENT_ACT_CYR,
    "Text names the assistant as the one who carries out its act",
    { accept: notWarned },
  ),
  make(
    "addresses_ai",
    "lý",
    AGENT_ACT_VI,
    "Text names the assistant as the one who carries out its act",
    { accept: notWarned },
  ),
  make(
    "credential_posted",
    "passw passe sandi contr senha hasło парол crede token / chann kanal canal chat threa reply balas comme komen komme канал",
    `${POST_VERB}[^\\n]{0,60}?\\b${CRED_WORD}\\b[^\\n]{0,80}?${PLACE}`,
    "Text has a credential's value posted into a channel or reply",
    { full: true, accept: notWarned },
  ),
  make(
    "credential_posted",
    "_TOKEN _SECRET _PASSWORD _API_KEY =DATABASE_URL =DB_URL",
    `${SECRET_NAME}[\\s\\S]{0,120}?${PLACE_CJK}[^\\n]{0,40}?${POST_CJK}`,
    "Text has a credential's value posted into a channel or reply",
    { full: true, accept: notWarned },
  ),
  make(
    "env_exfil",
    "=process.env =os.environ =toJSON(secrets =printenv =Deno.env.toObject =System.getenv",
    ENV_EXFIL,
    "Text has the whole environment or the CI secrets put into a request to a host",
    { full: true, code: true },
  ),
  make(
    "env_exfil",
    "=...process.env =**os.environ =dict(os.environ =...Deno.env.toObject",
    ENV_SPREAD,
    "Text has the whole environment spread into data sent to a backend",
    { full: true, code: true, accept: notWarned },
  ),
  make(
    "world_open_port",
    "0.0.0.0/0",
    WORLD_OPEN,
    "Text has an admin port opened to the internet and applied without review",
    { full: true, code: true, reach: 420, accept: notWarned },
  ),
  make(
    "ssh_key_planted",
    "=authorized_keys",
    KEY_PLANT,
    "Text has a given SSH key put into authorized_keys across hosts",
    { full: true, code: true, reach: 320, accept: fleetNear },
  ),
  make(
    "conversation_in_link",
    "==< =={",
    CHAT_LINK,
    "Text has a link whose query is to carry the conversation",
    { full: true, code: true, reach: 200 },
  ),
  make(
    "payment_preapproved",
    "",
    PAY_SKIP,
    "Text has payments to a payee run without confirmation as the user's standing wish",
    {
      full: true,
      accept: userWish,
      gate:
        /(?=[\u0600-\u06ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af])(?:送金|振込|振り込み|支払|決済|转账|轉賬|转帐|付款|支付|汇款|匯款|التحويل|الحوالات|الدفعات|المدفوعات|송금|이체|결제)/gu,
      reach: 240,
    },
  ),
  make(
    "payment_preapproved",
    "trans payme wire wires pagos pago virem paiem überw zahlu pagam bonif przel płatn перев плате / need witho regar whate sin sea sans quel ohne unabh sem senza bez без",
    PAY_SKIP_LATIN,
    "Text has payments to a payee run without confirmation as the user's standing wish",
    { full: true, accept: userWish },
  ),
  make(
    "output_directive",
    "richt guide polic direc instr anwei consi wytyc wskaz samen summa zusam résum resum / voor for für pour para dla summa",
    DIRECTIVE,
    "Text carries a directive for summaries or the assistant that reads it",
    { reach: 160 },
  ),
  make(
    "output_directive",
    "",
    DIRECTIVE_INTL,
    "Text carries a directive for summaries or the assistant that reads it",
    {
      gate:
        /(?=[\u0400-\u04ff\u0590-\u05ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af])(?:указани|регламент|инструкци|הנחי|要約|摘要|总结|總結|요약)/gu,
      reach: 160,
    },
  ),
  make(
    "summary_omits",
    "samen summa zusam résum resum riass podsu özet ringk резюм сводк",
    OMIT,
    "Text has summaries leave something out",
    { reach: 200, accept: notRedaction },
  ),
  make(
    "summary_omits",
    "",
    OMIT_CJK,
    "Text has summaries leave something out",
    { gate: /(?=[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af])(?:要約|摘要|总结|總結|요약)/gu },
  ),
  make(
    "index_switch",
    "=index-url =PIP_INDEX_URL =set~registry",
    INDEX_SWITCH,
    "Text has the package index switched to another host",
    { code: true, accept: notWarned },
  ),
  make(
    "saved_payment_order",
    "",
    SAVED_PAY_CJK,
    "Text has an order placed with the user's saved payment",
    { gate: /(?=[\u3040-\u30ff\u4e00-\u9fff])(?:默认|默認|保存|登録済|既定)/gu },
  ),
  make(
    "saved_payment_order",
    "saved defau store / payme card order purch check",
    SAVED_PAY_LATIN,
    "Text has an order placed with the user's saved payment",
    { accept: notWarned },
  ),
  make(
    "id_numbers_out",
    "passp паспо =SSN =CCCD =CMND =NIK =KTP =PESEL =DNI =CPF =Personalausweis aadha",
    ID_OUT,
    "Text has ID numbers sent to a URL or fax",
    { accept: notWarned },
  ),
  make(
    "id_numbers_out",
    "",
    ID_OUT,
    "Text has ID numbers sent to a URL or fax",
    {
      gate:
        /(?=[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af])(?:身份证|身分證|マイナンバー|주민등록번호)/gu,
    },
  ),
  make(
    "penny_price",
    "0.0 0,0",
    PENNY,
    "Text sets a price to a cent",
    { accept: notWarned, reach: 70 },
  ),
  make(
    "limit_removed",
    "limit begre höchs límit cap / désac suppr disab remov lift deakt entfe desac elimi quita rimuo usuń wyłąc",
    LIMIT_OFF,
    "Text removes the per-order quantity limit",
    { accept: notWarned },
  ),
  make(
    "user_flag",
    "_usuario _user _utilisateur _nutzer _cliente _customer _owner =user_confirmed =user_approved =user_consented =customer_confirmed =customer_approved =owner_approved =usuario_confirmado =cliente_confirmado =usuario_aprobado",
    USER_FLAG,
    "Text has a record claim the user's confirmation",
    { code: true },
  ),
  make(
    "answer_dictated_all",
    "",
    ANSWER_ALL,
    "Text dictates every future answer on a topic",
    { gate: /(?=[\u3040-\u30ff\u4e00-\u9fff])(?:所有|今後|以後)/gu },
  ),
  make(
    "answer_dictated_all",
    "answe repli reply respo / futur about regar conce",
    ANSWER_ALL_EN,
    "Text dictates every future answer on a topic",
    { accept: notWarned },
  ),
  make(
    "password_solicited",
    "passw passc crede / tell ask instr enter type provi submi",
    PASSWORD_ASK,
    "Text has people told to type their password",
    { accept: notWarned },
  ),
  make(
    "solver_runs",
    "whoev solve wer quien celui chi / solve gelös löst resue résou risol",
    SOLVER_RUNS,
    "Text has the solver of a puzzle run or apply its solution",
    { accept: notWarned },
  ),
  make(
    "bots_invited",
    "agent bots bot ais ki kis assis mensc human peopl humai umani / inclu einge inklu bots bot ki ais ias agent",
    BOTS_TOO,
    "Text invites bots and agents to take part",
  ),
];
