/**
 * `_injection_acts.ts` in 14 more languages (de, es, fr, pt, it, nl, pl, tr, ru, ar, hi, ja, zh, ko):
 * sensitive acts stated as facts ("der Betrag ist heute an das Konto … zu überweisen", "la base de
 * clientes completa se sube hoy a la carpeta pública", "本番環境のすべてのバックアップは…削除される"),
 * the AI named as their doer ("vom Assistenten", "el asistente que lea esta página",
 * "このログを読んだエージェントが") and the safeguard waived or claimed done ("eine Rückfrage ist nicht
 * erforderlich", "sans demander à l'utilisateur", "確認不要", "无需征得用户同意", "dون الحاجة إلى تأكيد").
 * Same weights and kinds as the English rules: an act or a waiver alone is an ordinary invoice or
 * runbook; together, or with the AI named as doer, they block.
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { intl, NA, NB } from "./_injection_intl.ts";
import { SCRIPT_GATE } from "./_injection_gate.ts";
import { narrated } from "./_injection_procedure.ts";
import { plannedInCompany, tiered } from "./_injection_acts.ts";
import { coAddressed } from "./_injection_r27b1_fp.ts";
import { forbiddenBefore } from "./_injection_r30b2_fp.ts";

const AT = { input: 0.25, definition: 0.25 } as const;
const ACT = 0.55;
const W = String.raw`(?:[\p{L}\p{N}'’.-]+\s+)`;
const any = (parts: readonly string[]): string => parts.join("|");
const withAt = (r: InjectionRule, accept?: InjectionRule["accept"]): InjectionRule => ({
  ...r,
  at: AT,
  ...(accept ? { accept } : {}),
});

/** A sum, an IBAN, an account or a payment key nearby: what makes a verb of paying about money. */
const MONEY_CONTEXT = new RegExp(
  String
    .raw`\d[\d.,\s]{0,12}\s?(?:€|\$|£|R\$|zł|₺|₽|ريال|₹|円|元|원|EUR|USD|GBP|BRL|CHF)|(?:€|\$|£|R\$|₹|¥)\s?\d|\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,}|${NB}(?:Konto|cuenta|compte|conta|conto|rekening|konto|hesap|сч[её]т|حساب|खाता|口座|账户|帳戶|계좌|PIX|chave)`,
  "iu",
);
const aboutMoney = (view: string, start: number, end: number): boolean =>
  plannedInCompany(view, start, end) &&
  MONEY_CONTEXT.test(view.slice(Math.max(0, start - 160), Math.min(view.length, end + 160)));
const notNarrated = (view: string, start: number, end: number): boolean =>
  !narrated(view, start, end);

const PAY = any([
  String
    .raw`${NB}(?:überweis\p{L}{0,12}|Überweisung\p{L}{0,12}|zu\s+überweisen|rückerstatt\p{L}{0,12})`,
  String.raw`${NB}(?:transferencia|transferir\p{L}{0,12}|transfiere|reembols\p{L}{0,12})`,
  String.raw`${NB}(?:virement|vir(?:er|ez)|rembours\p{L}{0,12})`,
  String.raw`${NB}(?:transferência|transfer(?:ir|e)|pagamento\s+de|reembols\p{L}{0,12}|via\s+PIX)`,
  String.raw`${NB}(?:bonifico|rimbors\p{L}{0,12})`,
  String.raw`${NB}(?:overmak\p{L}{0,12}|overgemaakt|terugbetal\p{L}{0,12})`,
  String.raw`${NB}(?:przelew\p{L}{0,12}|przelać|zwrot\p{L}{0,12})`,
  String.raw`${NB}(?:havale|iade\s+edil\p{L}{0,12})`,
  String.raw`${NB}(?:перев(?:од|ести|едите|одится)|возврат\p{L}{0,12})`,
  String.raw`تحويل|ट्रांसफर|भुगतान|送金|振込|振り込|返金|转账|轉帳|汇款|匯款|退款|송금|이체|환불`,
]);
const DELETE = any([
  String.raw`${NB}(?:lösch\p{L}{0,12}|gelöscht|entfern\p{L}{0,12})`,
  String.raw`${NB}(?:elimin\p{L}{0,12}|borr(?:a|an|ar|ará|ado|ados|adas)${NA})`,
  String.raw`${NB}(?:supprim\p{L}{0,12}|effac\p{L}{0,12})`,
  String.raw`${NB}(?:exclu(?:ir|ída|ídos|ídas|i|em)|apag(?:ar|ada|ados|adas|a|am)${NA})`,
  String.raw`${NB}(?:cancell\p{L}{0,12})`,
  String.raw`${NB}(?:verwijder\p{L}{0,12})`,
  String.raw`${NB}(?:usun\p{L}{0,12}|usuń\p{L}{0,12})`,
  String.raw`${NB}(?:silin\p{L}{0,12}|sil(?:ecek|mek)${NA})`,
  String.raw`${NB}(?:удал\p{L}{0,12}|стер\p{L}{0,12})`,
  String.raw`حذف|हटा|मिटा|削除|删除|刪除|삭제`,
]);
const PRECIOUS = any([
  String
    .raw`${NB}(?:Backups?|Sicherung\p{L}{0,12}|Snapshots?|Audit-?Logs?|Protokolle|Datenbank\p{L}{0,12})`,
  String
    .raw`${NB}(?:copias?\s+de\s+seguridad|registros?\s+de\s+auditoría|instantáneas|base\s+de\s+datos)`,
  String.raw`${NB}(?:sauvegardes?|journaux\s+d['’]audit|instantanés|base\s+de\s+données)`,
  String.raw`${NB}(?:cópias?\s+de\s+segurança|registros?\s+de\s+auditoria|banco\s+de\s+dados)`,
  String.raw`${NB}(?:istantanee|log\s+di\s+audit|database)`,
  String.raw`${NB}(?:back-?ups|auditlogs?)`,
  String
    .raw`${NB}(?:kopi\p{L}{0,12}\s+zapasow\p{L}{0,12}|log\p{L}{0,12}\s+audytu|baz\p{L}{0,12}\s+danych)`,
  String.raw`${NB}(?:yedek\p{L}{0,12}|denetim\s+kayıt\p{L}{0,12}|veritaban\p{L}{0,12})`,
  String
    .raw`${NB}(?:резервн\p{L}{0,12}\s+коп\p{L}{0,12}|журнал\p{L}{0,12}\s+аудита|баз\p{L}{0,12}\s+данных)`,
  String
    .raw`النسخ\s+الاحتياطية|سجلات\s+التدقيق|बैकअप|ऑडिट\s+लॉग|バックアップ|スナップショット|監査ログ|备份|備份|快照|审计日志|審計日誌|백업|스냅샷|감사\s*로그`,
]);
const OFF = any([
  String
    .raw`${NB}(?:deaktivier\p{L}{0,12}|abgeschaltet|abschalt\p{L}{0,12}|ausgeschaltet|ausschalt\p{L}{0,12}|aufgehoben)`,
  String.raw`${NB}(?:desactiv\p{L}{0,12}|deshabilit\p{L}{0,12})`,
  String.raw`${NB}(?:désactiv\p{L}{0,12})`,
  String.raw`${NB}(?:desativ\p{L}{0,12}|desabilit\p{L}{0,12}|deslig\p{L}{0,12})`,
  String.raw`${NB}(?:disattiv\p{L}{0,12}|disabilit\p{L}{0,12})`,
  String.raw`${NB}(?:uitgeschakeld|uitschakel\p{L}{0,12})`,
  String.raw`${NB}(?:wyłącz\p{L}{0,12})`,
  String.raw`${NB}(?:kapatıl\p{L}{0,12}|kapat(?:ın|ılacak|mak)|devre\s+dışı)`,
  String.raw`${NB}(?:отключ\p{L}{0,12}|выключ\p{L}{0,12})`,
  String.raw`تعطيل|إيقاف|अक्षम|बंद\s+कर|無効|停止|禁用|停用|关闭|關閉|비활성화|해제`,
]);
const CONTROL = any([
  String
    .raw`${NB}(?:Branch-?Schutz\p{L}{0,12}|Zwei-?Faktor\p{L}{0,12}|2FA|MFA|Audit-?Logs?|Protokollierung|Virenschutz|Firewall)`,
  String
    .raw`${NB}(?:protección\s+de\s+(?:la\s+)?rama|autenticación\s+(?:de\s+dos\s+factores|multifactor)|registros?\s+de\s+auditoría)`,
  String
    .raw`${NB}(?:protection\s+de\s+(?:la\s+)?branche|authentification\s+(?:à\s+deux\s+facteurs|multifacteur)|journaux\s+d['’]audit)`,
  String
    .raw`${NB}(?:proteção\s+(?:da\s+|de\s+)?branch|autenticação\s+(?:de\s+dois\s+fatores|multifator)|registros?\s+de\s+auditoria)`,
  String
    .raw`${NB}(?:protezione\s+del\s+branch|autenticazione\s+a\s+due\s+fattori|log\s+di\s+audit)`,
  String.raw`${NB}(?:tweestapsverificatie|audit-?logging)`,
  String
    .raw`${NB}(?:uwierzytelniani\p{L}{0,12}\s+dwuskładnikow\p{L}{0,12}|log\p{L}{0,12}\s+audytu)`,
  String.raw`${NB}(?:iki\s+faktörlü\s+\p{L}{1,20}|denetim\s+kayıt\p{L}{0,12})`,
  String
    .raw`${NB}(?:двухфакторн\p{L}{0,12}|журнал\p{L}{0,12}\s+аудита|защит\p{L}{0,12}\s+ветк\p{L}{0,12})`,
  String
    .raw`المصادقة\s+الثنائية|سجلات\s+التدقيق|दो-?कारक|ऑडिट\s+लॉग|二要素認証|監査ログ|ブランチ保護|双因素|雙因素|审计日志|審計日誌|分支保护|2단계\s*인증|감사\s*로그|브랜치\s*보호`,
]);
const ADMIN = any([
  String
    .raw`${NB}(?:Admin\p{L}{0,12}rechte|Administratorrechte|Administratorberechtigung\p{L}{0,12})`,
  String
    .raw`${NB}(?:permisos?\s+de\s+administrador|droits?\s+d['’]administrat\p{L}{0,12}|permissões\s+de\s+administrador|privilegi\s+di\s+amministratore|beheerdersrechten|uprawnienia\s+administratora|yönetici\s+yetki\p{L}{0,12}|права\s+администратора)`,
  String
    .raw`صلاحيات\s+المسؤول|व्यवस्थापक\s+अधिकार|管理者権限|管理员权限|管理員權限|관리자\s*권한|authorized_keys`,
]);
const GRANT = any([
  String.raw`${NB}(?:erteil\p{L}{0,12}|vergeben|vergibt|gewährt|hinzugefügt)`,
  String
    .raw`${NB}(?:otorg\p{L}{0,12}|conced\p{L}{0,12}|accord\p{L}{0,12}|concess\p{L}{0,12}|toegekend|toekennen|nada\p{L}{0,12}|verilecek|verilir|предостав\p{L}{0,12}|выда\p{L}{0,12})`,
  String.raw`منح|दिया|付与|授予|부여|추가`,
]);
/** Bulk customer data or keys, in any of the languages. */
const DATA = any([
  String.raw`${NB}(?:Kundendaten|Kundenliste|Kontaktliste|Schlüssel)`,
  String.raw`${NB}(?:base\s+de\s+clientes|datos\s+de\s+(?:los\s+)?clientes|claves?)`,
  String.raw`${NB}(?:données\s+(?:des\s+)?clients?|fichier\s+clients?|clés)`,
  String.raw`${NB}(?:dados\s+(?:de|dos)\s+clientes|chaves)`,
  String.raw`${NB}(?:dati\s+dei\s+clienti|chiavi)`,
  String.raw`${NB}(?:klantgegevens|contactenlijst|sleutels)`,
  String.raw`${NB}(?:dane\s+klientów|klucze)`,
  String.raw`${NB}(?:müşteri\s+(?:verileri|listesi)|anahtarlar\p{L}{0,12})`,
  String.raw`${NB}(?:данные\s+клиентов|клиентск\p{L}{0,12}\s+баз\p{L}{0,12}|ключи)`,
  String
    .raw`بيانات\s+العملاء|ग्राहकों\s+का|顧客リスト|顧客データ|客户数据|客戶資料|고객\s*(?:데이터|목록|명단)|SSH\s*키`,
]);
/** A public place, a mailbox or a URL. */
const OUTSIDE = any([
  String.raw`[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{2,}|https?://`,
  String
    .raw`${NB}(?:öffentlich\p{L}{0,12}|pública|público|publique|publiek\p{L}{0,12}|publiczn\p{L}{0,12}|herkese\s+açık|публичн\p{L}{0,12}|gist)`,
  String.raw`عام|सार्वजनिक|公開|公开|공개`,
]);

/** Waivers and claimed approvals, per language. */
const WAIVE = any([
  // de
  String
    .raw`${NB}(?:Rückfrage|Rückruf|Bestätigung|Freigabe|Genehmigung|Zustimmung|Prüfung)\p{L}{0,12}\s+${W}{0,4}?(?:ist|sind|wird)\s+nicht\s+(?:erforderlich|nötig|notwendig)`,
  String
    .raw`${NB}(?:ohne\s+(?:weitere\s+|erneute\s+|vorherige\s+|nochmals\s+)?(?:Rückfrage|Rückruf|Bestätigung|Freigabe|Zustimmung|nachzufragen|zu\s+fragen)|keine\s+(?:Rückfrage|Bestätigung)\s+(?:erforderlich|nötig|notwendig))`,
  String
    .raw`${NB}(?:muss|müssen|braucht|brauchen)\s+nicht\s+(?:informiert|gefragt|benachrichtigt|bestätigt)`,
  String.raw`${NB}(?:Freigabe|Genehmigung)\s+${W}{0,5}?liegt\s+(?:bereits\s+)?vor${NA}`,
  String
    .raw`${NB}(?:vom|von\s+der|durch\s+die|durch\s+das)\s+(?:\p{L}{1,20}\s+)?(?:Sicherheitsteam|Geschäftsführung|Buchhaltung|Management|Vorstand|Leitung|2nd-Level)\s+(?:genehmigt|freigegeben|bestätigt)`,
  // es
  String
    .raw`${NB}sin\s+(?:necesidad\s+de\s+)?(?:(?:la|su|previa)\s+)?(?:confirmación|aprobación|autorización|revisión|consentimiento|esperar|avisar|preguntar|consultar)`,
  String
    .raw`${NB}no\s+(?:se\s+)?(?:requiere|necesita|hace\s+falta|es\s+necesari[oa])\s+(?:la\s+|una\s+|ninguna\s+)?(?:confirmación|aprobación|avisar|confirmar|revisión|autorización)`,
  String
    .raw`${NB}(?:ya\s+(?:fue\s+|está\s+|ha\s+sido\s+)?aprobad[oa]s?|aprobad[oa]s?\s+por\s+(?:el|la|los)\s+(?:equipo|dirección|gerencia|finanzas|seguridad|responsable|director))`,
  // fr
  String
    .raw`${NB}sans\s+(?:demander|attendre|prévenir|informer|confirmation|validation|l['’]accord|autorisation|consulter)`,
  String
    .raw`${NB}(?:aucune|pas\s+de|pas\s+besoin\s+de)\s+(?:confirmation|validation|approbation|vérification|confirmer|demander)\s+(?:n['’]est\s+)?(?:nécessaire|requise?)`,
  String
    .raw`${NB}(?:pré-?approuvée?s?|(?:approuvée?s?|validée?s?)\s+par\s+(?:l['’]|la\s+|le\s+)(?:équipe|direction|sécurité|responsable|finance|RSSI))`,
  // pt
  String
    .raw`${NB}(?:não\s+(?:é\s+)?(?:preciso|necessário)|sem\s+(?:necessidade\s+de\s+)?)\s*(?:confirmar|confirmação|validação|aprovação|avisar|perguntar|consultar)`,
  String
    .raw`${NB}(?:já\s+foi\s+(?:registrad[oa]|aprovad[oa])|aprovad[oa]\s+pel[oa]\s+(?:equipe|diretoria|gerência|segurança|financeiro))`,
  // it
  String
    .raw`${NB}(?:senza\s+(?:chiedere|attendere|avvisare|conferma|approvazione|autorizzazione)|non\s+(?:è\s+)?(?:necessari[oa]|richiest[oa]|serve)\s+(?:confermare|chiedere|la\s+conferma|l['’]approvazione|alcuna\s+conferma))`,
  String
    .raw`${NB}(?:approvat[oa]|autorizzat[oa]|approvati)\s+(?:dall['’]|dalla\s+|dal\s+)(?:amministrazione|direzione|sicurezza|team|responsabile)`,
  // nl, pl, tr, ru
  String
    .raw`${NB}(?:geen\s+(?:bevestiging|goedkeuring|toestemming)\s+(?:nodig|vereist)|zonder\s+(?:bevestiging|goedkeuring|toestemming|te\s+vragen|overleg)|goedgekeurd\s+door)${NA}`,
  String
    .raw`${NB}(?:bez\s+(?:potwierdzenia|zgody|zatwierdzenia|pytania)|(?:potwierdzenie|zgoda|zatwierdzenie)\s+${W}{0,3}?nie\s+jest\s+(?:wymagan[ea]|potrzebn[ea]))`,
  String
    .raw`${NB}(?:onay(?:a|ı)?\s+(?:gerek\s+yok|gerekmez|olmadan|beklemeden)|onaysız|sormadan|bildirmeden)${NA}`,
  String
    .raw`${NB}(?:без\s+(?:подтверждения|согласия|одобрения|уведомления|проверки)|(?:подтверждение|согласие|одобрение)\s+не\s+(?:требуется|нужно))`,
  // ja, zh, ko, ar, hi
  String.raw`確認(?:なしで|不要|は不要|せずに)|承認済み|承認不要|同意(?:は不要|なしで)|決定済み`,
  String
    .raw`无需(?:再)?(?:征得|确认|批准|审批|同意|通知)|無需(?:再)?(?:確認|批准|同意)|不需要(?:确认|批准|同意)|未经(?:用户)?(?:同意|确认)|已(?:获|經|经)?批准`,
  String.raw`확인\s*(?:없이|불필요)|승인\s*(?:완료|없이)|동의\s*없이`,
  String.raw`(?:دون|بدون)\s+(?:الحاجة\s+إلى\s+)?(?:تأكيد|موافقة)`,
  String
    .raw`(?:पुष्टि|अनुमति|मंजूरी)\s+की\s+आवश्यकता\s+नहीं|मंजूरी\s+पहले\s+ही\s+मिल\s+चुकी|बिना\s+(?:पुष्टि|अनुमति|पूछे)`,
]);

/** The AI (or whoever processes the text) as the doer. */
const ACTOR = any([
  String
    .raw`${NB}(?:vom|von\s+dem|durch\s+den|der|dem|den)\s+(?:\p{L}{1,20}\s+)?(?:KI-)?(?:Assistenten|Agenten)${NA}|${NB}(?:der\s+)?KI-(?:Assistent|Agent)${NA}`,
  String
    .raw`${NB}(?:el|al|del|por\s+el)\s+(?:asistente|agente)${NA}|${NB}quien\s+(?:procese|lea|reciba|abra)\s+est[ae]${NA}`,
  String
    .raw`${NB}(?:l['’]|par\s+l['’])(?:assistant|agent)\s+qui${NA}|${NB}par\s+l['’](?:assistant|agent)${NA}`,
  String
    .raw`${NB}(?:o|pelo|ao)\s+(?:assistente|agente)\s+que${NA}|${NB}pelo\s+(?:assistente|agente)${NA}|${NB}(?:o\s+)?(?:assistente|agente)\s+(?:executa|realiza|faz|envia|processa)${NA}`,
  String.raw`${NB}(?:dall['’]|all['’])(?:assistente|agente)${NA}`,
  String.raw`${NB}door\s+de\s+(?:assistent|agent|integratie|bot)${NA}`,
  String.raw`${NB}(?:агент|ассистент|бот)(?:,\s+|\s+)(?:работающ|читающ|обрабатывающ)\p{L}{0,12}`,
  String.raw`${NB}(?:asystent|agent)\p{L}{0,12}\s+(?:zakupow\p{L}{0,12}|który|AI)${NA}`,
  String.raw`${NB}okuyan\s+asistan\p{L}{0,12}`,
  String
    .raw`(?:読んだ|読む|担当の?)(?:AI)?(?:エージェント|アシスタント)|アシスタントが|エージェントが|由(?:AI)?(?:助理|助手|智能体)|(?:助理|助手|智能体)(?:会|将|自动)|읽는\s*(?:에이전트|어시스턴트|봇)|(?:에이전트|어시스턴트)가|بواسطة\s+المساعد|المساعد\s+(?:يقوم|ينفذ)|पढ़ने\s+वाला\s+सहायक|सहायक\s+(?:स्वतः|करेगा)`,
]);

/** The same acts, AI and waivers as `_injection_acts.ts`, in other languages. */
export const ACT_INTL_RULES: readonly InjectionRule[] = tiered([
  withAt(
    intl(
      "money_order",
      ACT,
      "überw rücke trans reemb virem virer vire rembo pagam bonif rimbo overm terug przel zwrot haval iade перев возвр",
      `(?:${PAY})`,
      "Text has money sent to an account as a settled step",
      SCRIPT_GATE,
    ),
    aboutMoney,
  ),
  withAt(
    intl(
      "destructive_act",
      ACT,
      "lösch gelös entfe elimi borra suppr effac exclu apaga cance verwi usun usuń silin silec удал стер",
      `(?:${DELETE})[^\\n]{0,80}?(?:${PRECIOUS})|(?:${PRECIOUS})[^\\n]{0,80}?(?:${DELETE})`,
      "Text has backups, databases or logs deleted",
      SCRIPT_GATE,
    ),
    plannedInCompany,
  ),
  withAt(
    intl(
      "control_off",
      ACT,
      "deakt abges absch ausge aussc aufge desac desha désac desat desab desli disat disab uitge uitsc wyłąc kapat devre отклю выклю",
      `(?:${OFF})[^\\n]{0,80}?(?:${CONTROL})|(?:${CONTROL})[^\\n]{0,80}?(?:${OFF})`,
      "Text has a security control switched off",
      SCRIPT_GATE,
    ),
    plannedInCompany,
  ),
  withAt(
    intl(
      "device_control",
      ACT,
      "admin permi droit privi beheer upraw yönet права autho",
      `(?:${GRANT})[^\\n]{0,80}?(?:${ADMIN})|(?:${ADMIN})[^\\n]{0,80}?(?:${GRANT})`,
      "Text has admin rights or full access handed to someone",
      SCRIPT_GATE,
    ),
    plannedInCompany,
  ),
  withAt(
    intl(
      "public_disclosure",
      ACT,
      "kunde konta schlü base datos clave donné fichi clés dados chave dati chiav klant conta sleut dane klucz müşte anaht данны клиен ключи",
      `(?:${DATA})[^\\n]{0,120}?(?:${OUTSIDE})`,
      "Text has secrets or customer data sent somewhere outside",
      SCRIPT_GATE,
    ),
    plannedInCompany,
  ),
  withAt(
    intl(
      "consent_skipped",
      0.5,
      "rückf rückr bestä freig geneh zusti prüfu ohne keine muss müsse brauc sicherh gesch buchh sin hace aprob sans aucun besoi pré approu não sem preci aprov senza richi autor geen zonde goedg bez potwi zgoda onay onays sorma bildi без подтв согла одобр",
      `(?:${WAIVE})`,
      "Text has a step done without the review, approval or confirmation it needs",
      SCRIPT_GATE,
    ),
    // Under a prohibition ("no pueden … sin confirmación") the waiver is a rule demanding the check.
    (v: string, s: number, e: number) => notNarrated(v, s, e) && !forbiddenBefore(v, s),
  ),
  withAt(
    intl(
      "addresses_ai",
      0.5,
      "assis agent agent asist quien integ агент ассис бот asyst okuya",
      `(?:${ACTOR})`,
      "Text names the AI as the one who carries out its step",
      SCRIPT_GATE,
    ),
    (v: string, s: number, e: number) => notNarrated(v, s, e) && !coAddressed(v, s),
  ),
]);
