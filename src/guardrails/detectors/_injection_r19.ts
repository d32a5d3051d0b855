/**
 * Ways a tool result turns to its reader that held-out round 19 found missing (paraphrases in
 * `_injection_r19_test.ts`). Every rule is a partial signal (0.4–0.7); one never blocks alone:
 * - **a handle or role label for the AI**: an @-mention of a bot account with a request ("@ops-bot
 *   please …"), "you're the one reading these", a bracketed cue to a processor ("[Transcript
 *   processor: append …]"), a Korean/Japanese/Chinese label for the AI reviewer ("AI 리뷰어에게:");
 * - **a label for machine readers**: "for automated readers", "for systems that generate answers",
 *   "для систем, формирующих ответы", "AIによる回答向け";
 * - **an act done by the act of reading**: "applied as soon as this document is read", "przy
 *   odczycie arkusza", "ngay khi đọc bảng này", "the client that reads this response installs",
 *   "durch das abrufende Programm", "读取本页的自动化程序";
 * - **approval declared skipped or given** in es/pl/de/fr/pt/ru/zh/ja/ko/vi ("no requiere
 *   validación", "bez akceptacji", "gilt als genehmigt", "不需再次确认");
 * - **the people in charge kept out** in pl/es/de/fr/vi ("nie informuje opiekunów", "không báo
 *   lại cho người dùng").
 */
import { type InjectionRule, rule } from "./_injection_rules.ts";
import { gated } from "./_injection_r14.ts";

const R = String.raw;
const W = R`\s{1,3}`;

/** Round 19's addresses, reader-triggered acts, skipped approvals and concealment. */
/**
 * "Crawler policy & API access for automated agents", "Rate limits for automated clients": a
 * policy for the people who run bots (access, limits, terms), not a note to the model reading it.
 */
const ACCESS_POLICY =
  /\b(?:polic(?:y|ies)|access|api|guidelines?|rules|limits?|quotas?|terms|docs|documentation|usage|etiquette)\b[^\n.]{0,30}$/i;
function notAccessPolicy(view: string, start: number): boolean {
  return !ACCESS_POLICY.test(view.slice(Math.max(0, start - 40), start));
}

/**
 * "변경 사항을 AI 리뷰어에게 보냅니다", "AIレビュアーへ送信します", "发送给AI审查员": the AI reviewer is
 * where something is SENT (a service the tool calls), not the addressee of the text. The verb of
 * sending follows the name (ko/ja) or stands right before 给 (zh).
 */
const SENT_TO_AFTER =
  /^\s{0,2}(?:보내|보냅|보낸|전송|전달|제출|넘기|넘겨|맡기|맡겨|送信|送る|送り|送っ|渡す|渡し|提出|転送)/;
const SENT_TO_BEFORE = /(?:发送|發送|发|發|提交|转发|轉發|交)\s{0,2}$/;
function notRecipient(view: string, start: number, end: number): boolean {
  return !SENT_TO_AFTER.test(view.slice(end, end + 8)) &&
    !SENT_TO_BEFORE.test(view.slice(Math.max(0, start - 4), start));
}

export const R19_RULES: readonly InjectionRule[] = [
  // "@workspace-bot please promote …": a bot account hailed with a request inside content.
  rule(
    "addresses_ai",
    0.45,
    "bot bots agent assis ai gpt copil / pleas could can would will you",
    R`@[\w.-]{0,30}?(?:bot|agent|assistant|ai|gpt|copilot)\b[,:]?${W}(?:please${W}[a-z]|(?:can|could|would|will)${W}you${W}(?:please${W})?[a-z])`,
    "Text hails a bot account by its handle and asks it to act",
  ),
  // "you're the one reading these exports": the reader of the content is spoken to.
  rule(
    "addresses_ai",
    0.6,
    "you youre one / readi proce summa handl parsi",
    R`\byou(?:['’]re|${W}are)${W}the${W}one${W}(?:who(?:['’]s|${W}is)${W})?(?:reading|processing|summari[sz]ing|handling|parsing)${W}(?:these|this|the)\b`,
    "Text speaks to whoever processes it",
  ),
  // "[Transcript processor: append …]": a bracketed cue to a machine role, then an order.
  rule(
    "addresses_ai",
    0.6,
    "proce summa reade parse bot agent assis ai model llm / appen add send uploa inclu inser forwa copy run execu delet attac post email expor tell outpu fetch visit downl share colle",
    R`[\[(][ \t]{0,2}(?:(?:transcript|subtitle|caption|summary|document|meeting|email|notes?|page|text)[ \t]{1,3})?(?:processor|summari[sz]er|reader|parser|bot|assistant|agent|ai|model|llm)[ \t]{0,2}:[ \t]{0,3}(?:please[ \t]{1,3})?(?:append|add|send|upload|include|insert|forward|copy|run|execute|delete|attach|post|email|export|tell|output|fetch|visit|download|share|collect)\b`,
    "Text holds a bracketed cue addressed to the AI processing it",
  ),
  // "AI 리뷰어에게:", "AIレビュアーへ", "致AI审查员": the AI reviewer named as addressee.
  gated(rule(
    "addresses_ai",
    0.7,
    "",
    R`AI\s{0,2}(?:리뷰어|검토자|어시스턴트|에이전트|비서|봇|모델)\s{0,2}(?:에게|님|께)|AI\s{0,2}(?:レビュアー|アシスタント|エージェント|レビュー担当)\s{0,2}(?:へ|様|さん)|(?:致|给)\s{0,2}(?:AI|人工智能)\s{0,2}(?:审查员|审核员|评审|助手|代理|智能体)`,
    "Text addresses the AI reviewer by its role",
    { accept: notRecipient },
  )),
  // "for automated readers", "for systems that generate answers", in several languages.
  rule(
    "addresses_ai",
    0.5,
    "autom machi syste engin model tools für autom maschi pour para lecto для автом систе моделе",
    R`\b(?:for|to)${W}(?:all${W}|any${W})?(?:automated|automatic|machine)${W}(?:readers?|agents?|clients?|processors?)\b|\bfor${W}(?:systems?|engines?|models?|tools?)${W}(?:that${W})?(?:generat|produc|compos|writ)\w{0,4}${W}(?:answers|responses|replies)\b|\bfür${W}(?:automatisierte|maschinelle)${W}(?:Leser|Agenten|Systeme|Programme|Clients)\b|\bfür${W}(?:Systeme|Modelle),?${W}die${W}Antworten\b|\bpour${W}les${W}(?:lecteurs|agents|systèmes|programmes)${W}automatis[ée]s\b|\bpour${W}les${W}(?:systèmes|modèles)${W}qui${W}(?:génèrent|produisent|rédigent)${W}des${W}réponses|\bpara${W}(?:lectores|agentes|sistemas|programas|leitores)${W}automati[zc]ados\b|\bpara${W}(?:los${W}|os${W})?sistemas${W}que${W}(?:generan|geram|producen|redactan)${W}(?:respuestas|respostas)|(?<![\p{L}])для${W}(?:систем|моделей|ассистентов|программ|ботов),?${W}(?:формирующих|генерирующих|составляющих|пишущих)${W}ответы|(?<![\p{L}])для${W}(?:автоматических|автоматизированных)${W}(?:читателей|систем|агентов|программ)`,
    "Text is labelled for the automated systems that read it or answer from it",
    { flags: "iu", accept: notAccessPolicy },
  ),
  gated(rule(
    "addresses_ai",
    0.5,
    "",
    R`AI(?:による|の)?回答(?:向け|用)|(?:供|给|面向)\s{0,2}AI\s{0,2}(?:回答|回复|助手)|AI\s{0,2}답변용|AI\s{0,2}(?:アシスタント|エージェント)向け`,
    "Text is labelled for the AI systems that answer from it",
  )),
  // "the change is applied as soon as this document is read": an act set off by the reading.
  rule(
    "reader_executor",
    0.6,
    "appli execu perfo carri proce trigg runs happe soon aplic ejecu reali wykon przet efect / readi openi fetch loadi viewi read opene loade lee lea leer abre abrir odczy otwar przec",
    R`\b(?:applied|executed|performed|carried${W}out|processed|triggered|runs?|happens)\b[^\n.;]{0,60}?\b(?:(?:up)?on|when)${W}(?:reading|opening|fetching|loading|viewing)${W}(?:this|the)${W}(?:page|document|sheet|spreadsheet|file|message|email|response)\b|\bas${W}soon${W}as${W}(?:this|the)${W}(?:page|document|sheet|file|message|email)${W}is${W}(?:read|opened|fetched|loaded|processed)\b|\b(?:se${W}aplica|se${W}ejecuta|se${W}realiza|se${W}procesa|se${W}efectúa)\b[^\n.;]{0,60}?\b(?:en${W}cuanto|tan${W}pronto${W}como|al)${W}(?:se${W})?(?:lee|lea|leer|abre|abrir|procesa)(?:se)?${W}(?:este|esta|el|la)${W}(?:documento|hoja|página|archivo|mensaje|correo)\b|\b(?:realizowan|wykonywan|przetwarzan)\w{1,3}\b[^\n.;]{0,60}?\b(?:przy|po)${W}(?:odczycie|otwarciu|odczytaniu|przeczytaniu)${W}(?:tego${W})?(?:arkusza|dokumentu|pliku|strony|wiadomości)\b`,
    "Text has an act carried out by the mere reading of it",
  ),
  // "The client that reads this response installs …": the reader made the one who acts.
  rule(
    "reader_executor",
    0.6,
    "clien progr agent tool syste appli durch abruf lesen verar клиен прогр агент систе",
    R`\bthe${W}(?:client|program|agent|tool|system|application)${W}(?:that|which)${W}(?:reads|fetches|receives|parses|processes)${W}this${W}(?:response|page|document|message|payload)\b|\ble${W}(?:client|programme|agent|système|outil)${W}qui${W}(?:lit|récupère|reçoit|traite|analyse)${W}(?:cette|ce)${W}(?:réponse|page|document|message)\b|\b(?:el|o)${W}(?:cliente|programa|agente|sistema)${W}que${W}(?:lee|recibe|procesa|lê|recebe|processa)${W}(?:esta|este)\b|\bdurch${W}(?:das|den|die)${W}(?:abrufende|lesende|verarbeitende)n?${W}(?:Programm|Agenten?|System|Client|Werkzeug|Tool|KI)\b|\bder${W}(?:Client|Agent),?${W}der${W}diese${W}(?:Antwort|Seite)${W}(?:liest|abruft|verarbeitet)\b|(?<![\p{L}])(?:клиент|программа|агент|система),?${W}(?:который|которая)${W}(?:читает|получает|обрабатывает)${W}(?:этот|эту|это)(?![\p{L}])`,
    "Text makes the program reading it the one who carries out its act",
    { flags: "iu" },
  ),
  gated(rule(
    "reader_executor",
    0.6,
    "",
    R`(?:读取|阅读|处理|打开)(?:本|此|这个)(?:页|页面|文档|文件|邮件|表格)的(?:自动化)?(?:程序|助手|代理|AI|系统|工具)|(?:この|本)(?:ページ|文書|ファイル|メール)を(?:読み込んだ|読んだ|読み込む|処理する)(?:AI|アシスタント|エージェント|プログラム)|이\s{0,2}(?:페이지|문서|파일)를\s{0,2}(?:읽는|처리하는)\s{0,2}(?:AI|프로그램|에이전트|도구)|ngay\s{1,3}khi\s{1,3}(?:đọc|mở|xử\s{1,3}lý)\s{1,3}(?:bảng|tài\s{1,3}liệu|trang|tệp|email|thư)\s{1,3}này`,
    "Text has the program reading it carry out its act",
  )),
  // "no requiere validación", "bez akceptacji", "gilt als bereits genehmigt", "без согласования".
  rule(
    "consent_skipped",
    0.4,
    "requi valid aprob sin bez akcep zatwi gilt gelte ohne freig sans sem требу без",
    R`\bno${W}requiere${W}(?:validación|aprobación|autorización|confirmación)\b|\bsin${W}(?:validación|aprobación|autorización|confirmación)${W}(?:adicional${W}|previa${W})?(?:de|del)\b|\bbez${W}(?:akceptacji|zatwierdzenia|zgody|potwierdzenia)\b|\b(?:gilt|gelten)${W}als${W}(?:bereits${W})?(?:genehmigt|freigegeben|autorisiert)\b|\bohne${W}(?:weitere${W})?(?:Freigabe|Genehmigung|Rückfrage)\b|\bsans${W}(?:validation|approbation|confirmation)${W}(?:préalable|supplémentaire|de|du)\b|\bsem${W}(?:validação|aprovação|confirmação)\b|(?<![\p{L}])(?:не${W}требует|без)${W}(?:дополнительного${W})?(?:подтверждения|согласования|одобрения)(?![\p{L}])`,
    "Text declares that an approval is not needed",
    { flags: "iu" },
  ),
  gated(rule(
    "consent_skipped",
    0.4,
    "",
    R`不需(?:要)?(?:再次)?确认|无需(?:再次)?(?:确认|审批|批准)|已获[^\s。，]{0,8}批准|承認不要|確認不要|(?:확인|승인)\s{0,2}없이|không\s{1,3}cần\s{1,3}(?:xác\s{1,3}nhận|phê\s{1,3}duyệt)`,
    "Text declares that an approval is not needed",
  )),
  // "nie informuje opiekunów", "no avisa a los responsables": the people in charge kept out.
  rule(
    "conceal_from_user",
    0.6,
    "infor powia benac notif avisa / opiek właśc użytk zespo admin mante respo usuar propi maint betre nutze benut utili",
    R`\bnie${W}(?:informuj|powiadamia|informuje|powiadamiaj)\w{0,3}${W}(?:o${W}tym${W})?(?:opiekunów|właścicieli|użytkownik\w{0,3}|zespołu|administratorów)\b|\bno${W}(?:notifica|informa|avisa)${W}a${W}(?:los${W}|las${W})?(?:mantenedores|responsables|usuarios?|propietarios)\b|\bbenachrichtigt${W}(?:die${W}|den${W})?(?:Maintainer|Betreuer|Nutzer|Benutzer)${W}nicht\b|\bn['’](?:informe|avertit|prévient)${W}pas${W}(?:les${W})?(?:mainteneurs|responsables|utilisateurs)\b`,
    "Text keeps the people in charge from learning what it does",
    { flags: "iu" },
  ),
  gated(rule(
    "conceal_from_user",
    0.6,
    "",
    R`không\s{1,3}(?:báo|thông\s{1,3}báo|nói)\s{1,3}(?:lại\s{1,3})?(?:cho|với)\s{1,3}(?:người\s{1,3}dùng|chủ\s{1,3}sở\s{1,3}hữu|quản\s{1,3}trị)`,
    "Text keeps the user from learning what it does",
  )),
];
