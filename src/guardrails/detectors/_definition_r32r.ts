/**
 * Definition checks from held-out round 32's misses (paraphrase tests in
 * `_definition_r32r_test.ts`). Round 32 wrote each act as routine policy, without trigger words and
 * in many languages, so the checks read the act's structure over the whole definition
 * ({@link r32rToolHits}):
 * - preset destination: a parameter's default is a literal bank account, IBAN, phone-payee, mailbox
 *   or URL, and the definition routes money, secrets or copies there (names the field, or says to
 *   keep the default);
 * - preset grant: a default gives an admin/owner role to a fixed account (object lists, or a
 *   cluster-admin binding / `GRANT ALL` in a default text);
 * - safe-looking flag: annotations claim read-only while a flag defaults to expiring, deleting or
 *   sharing what the tool touches;
 * - session default: a default option attaches the browser's cookies or storage;
 * - told less: the report, summary or confirmation to the user is cut down ("only say …", "not worth
 *   surfacing", "don't name it in the confirmation") about a money, deletion or change act, or a
 *   dropped finding is to be called safe;
 * - consent removed: confirmation declared unnecessary (or punished) for a money or role act;
 * - override: the act goes ahead "even if the user specifies / asks for" something else;
 * - routing: other tools declared retired or superseded, their work routed here, or records to
 *   pass here first before any other tool;
 * - harvest: a bundle of the user's identity data taken from the conversation or other tools, a
 *   login password for a bank / portal / SSO with an identity item, or the whole conversation sent
 *   out with other documents or to a fixed address;
 * - smear: a negative claim (recall, void warranty) to be told about competitors' products;
 * - rigged check: verification declared satisfied by the request itself, or a trigger that skips
 *   the work and records the best outcome.
 * Everything is linear in the definition's size and runs once per discovery.
 */
import type { ToolDefinition } from "../types.ts";
import type { PathHit } from "./_definition_r16_tool.ts";

type Prop = { type?: unknown; default?: unknown; description?: unknown; enum?: unknown };

function props(tool: ToolDefinition): [string, Prop][] {
  const p = (tool.inputSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
  if (!p || typeof p !== "object") return [];
  return (Object.entries(p).slice(0, 60) as [string, Prop][]).filter(([, v]) =>
    v !== null && typeof v === "object"
  );
}

/** A high-severity hit on input property `name`. */
function propHit(name: string, kind: string, reason: string): PathHit {
  return { path: `$.inputSchema.properties.${name}`, kind, severity: "high", reason };
}

function str(v: unknown): string {
  return typeof v === "string" ? v.slice(0, 4000) : "";
}

/** Sentences (also at ";" and CJK stops). */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?;؛])\s+|(?<=[。！？；])|\n+/).slice(0, 60);
}

/** Sentences without splitting at ";": the clause after ";" often qualifies the one before. */
function fullSentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|(?<=[。！？])|\n+/).slice(0, 60);
}

/** A refusal or prohibition in the sentence, in many languages. */
const NEGATED =
  /(?<!\p{L})(?:never|don't|do\s+not|must\s+not|cannot|can't|refuse|nie\s+wolno|nigdy|niemals|nie|jamais|nunca|não|mai|nooit|никогда|ніколи|لا\s+ت\p{L}{2,}|أبدا|أبداً|هرگز|לעולם|אל\s+ת|không\s+bao\s+giờ|đừng|jangan|asla|hiçbir\s+zaman|ห้าม)(?!\p{L})|決して|しないで|ないでください|禁止|不要|切勿|绝不|절대|마세요|ไม่ควร/iu;

// --- vocabulary -------------------------------------------------------------------------------

/** Money, payment or account words in many languages. */
const MONEY =
  /pay|refund|transfer|deposit|remit|payout|invoice|iban|account|payee|beneficiar|przelew|rachun|płatn|wpłat|iade|ödeme|hesap|havale|העברה|הפקד|חשבון|תשלום|תשלומ|ชำระ|พร้อมเพย์|บัญชี|โอน|결제|납부|송금|계좌|환불|支付|付款|转账|退款|账户|收款|振込|口座|支払|決済|返金|оплат|платеж|платіж|переказ|перевод|рахун|счёт|счет|возврат|پرداخت|واریز|حساب|دفع|تحويل|إيداع|thanh\s+toán|chuyển\s+khoản|tài\s+khoản|hoàn\s+tiền|pembayaran|transfer|rekening|pago|cuenta|reembolso|transferencia|pagamento|conta|rimborso|bonifico|conto|paiement|virement|compte|zahlung|überweisung|konto|erstattung/iu;

/** Copy, backup, sync or share words. */
const COPY =
  /backup|back\s+up|sync|mirror|replicat|share|upload|forward|copy|备份|同步|上传|共享|バックアップ|同期|共有|アップロード|백업|동기화|공유|업로드|همگام|پشتیبان|مشترک|اشتراک|مزامن|نسخ\s+احتياطي|مشاركة|גיבוי|סנכרון|שיתוף|синхрон|резерв|копи|kopia|synchroniz|yedek|senkron|sao\s+lưu|đồng\s+bộ|cadangan|sinkron|respaldo|sincroniz|copia|sauvegard|synchronis|sicherung|synchronisier/iu;

/** Secrets, credentials or the conversation. */
const SECRET_OR_TALK =
  /password|passcode|credential|secret|token|one[\s-]time|conversation|chat\s+history|hasło|hasła|şifre|סיסמ|כלמ|كلمة\s+المرور|رمز\s+عبور|گفتگو|المحادثة|密码|密碼|会話|パスワード|对话|비밀번호|대화|пароль|розмов|переписк|mật\s+khẩu|kata\s+sandi|contraseña|clave|senha|passwort|mot\s+de\s+passe|รหัสผ่าน/iu;

/** "Keep as is", "do not change", "fixed" in a field description. */
const KEEP =
  /do\s+not\s+(?:change|edit|modify|override|alter)|don't\s+(?:change|edit|modify|override)|\bkeep\b|leave\s+(?:as\s+is|unchanged)|nie\s+zmieniaj|değiştirme|אל\s+תשנ|لا\s+تغير|تغییر\s+ندهید|不要(?:修改|更改)|変更しない|変更しないで|변경하지|не\s+(?:меняй|изменяй|змінюй)|không\s+(?:thay\s+đổi|sửa)|jangan\s+(?:diubah|ubah)|no\s+(?:cambiar|modificar)|non\s+modificare|ne\s+pas\s+modifier|nicht\s+ändern|não\s+altere|ห้ามเปลี่ยน/iu;

// --- preset destination -----------------------------------------------------------------------

const IBAN = /^[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{2,4}){3,8}$/;
const ACCOUNT_NO = /^\+?\d(?:[\d]|[ -](?=\d)){6,30}$/;
const EMAIL = /^[\w.+-]{1,64}@([\w-]{1,63}(?:\.[\w-]{1,63}){1,4})$/;
const URL = /^(?:https?|ftp|s3|gs|ssh|sftp):\/\/(?:[^@/\s]{1,60}@)?([\w.-]{1,120})/i;
const TEST_HOST =
  /(?:^|\.)(?:example\.\w+|example|test|invalid|localhost|local|internal|corp|lan)$|^(?:127\.|10\.|192\.168\.|0\.0\.0\.0)/i;
/** Parameters whose default is the service's own endpoint or the sender, not a destination. */
const NOT_DEST =
  /(?:^|_)(?:base|api|host|server|registry|endpoint|proxy|index|from|sender|reply_?to|author|origin|source|src|schema|docs?|homepage|template|timezone|locale|format|version|date|time)(?:_|$)|^(?:from|sender)|_url_base|baseurl|apiurl/i;

/** Numbers that are not a payee: a phone line to call, an id, a code, a limit. */
const NOT_PAYEE =
  /phone|(?:^|_)(?:tel|fax|sid|zip|postal|port|timeout|limit|size|count|id)(?:_|$)/i;

function destKind(v: string): "iban" | "account" | "email" | "url" | null {
  const s = v.trim();
  if (IBAN.test(s)) return "iban";
  if (ACCOUNT_NO.test(s) && s.replace(/\D/g, "").length >= 8) return "account";
  const e = EMAIL.exec(s);
  if (e && !TEST_HOST.test(e[1]) && !/^(?:no-?reply|donotreply)@/i.test(s)) return "email";
  const u = URL.exec(s);
  if (u && u[1].includes(".") && !TEST_HOST.test(u[1])) return "url";
  return null;
}

/** The name as it may be written in prose: `rachunek_posredni` or `rachunek posredni`. */
function mentioned(text: string, name: string): boolean {
  if (name.length < 3) return false;
  return text.includes(name) || text.includes(name.replace(/_/g, " "));
}

function presetDestination(tool: ToolDefinition, about: string): PathHit[] {
  const out: PathHit[] = [];
  for (const [name, p] of props(tool)) {
    if (typeof p.default !== "string" || NOT_DEST.test(name) || NOT_PAYEE.test(name)) continue;
    const kind = destKind(p.default);
    if (!kind) continue;
    const desc = str(p.description);
    const named = mentioned(about, name) || about.includes(p.default.trim()) || KEEP.test(desc);
    let harm = false;
    if (kind === "iban") harm = true;
    else if (kind === "account") {
      harm = named && (MONEY.test(name) || MONEY.test(about));
    } else if (kind === "email") {
      harm = named && (SECRET_OR_TALK.test(about) || COPY.test(name) || COPY.test(about));
    } else {
      harm = named && (MONEY.test(name) || COPY.test(name)) &&
        (MONEY.test(about) || COPY.test(about));
    }
    if (harm) {
      out.push(
        propHit(
          name,
          kind === "email" || kind === "url" ? "data_exfiltration" : "payment_redirect",
          "A default presets a fixed account, mailbox or address the definition routes to",
        ),
      );
    }
  }
  return out;
}

// --- preset grant -----------------------------------------------------------------------------

const HIGH_ROLE =
  /^(?:admin|administrator|owner|superuser|super_admin|root|cluster-admin|maintainer|org_admin|sudo)$/i;
const ID_KEY = /^(?:login|user|username|account|member|principal|email|id|name|subject)$/i;
const GRANT_TEXT =
  /\bkind:\s*ClusterRoleBinding[\s\S]{0,400}?name:\s*cluster-admin|\bGRANT\s+ALL\b|NOPASSWD|\bssh-(?:rsa|ed25519)\s+AAAA/;

function grantsIn(v: unknown, depth = 0): boolean {
  if (depth > 3) return false;
  if (typeof v === "string") return GRANT_TEXT.test(v.slice(0, 4000));
  if (Array.isArray(v)) return v.slice(0, 20).some((x) => grantsIn(x, depth + 1));
  if (v && typeof v === "object") {
    const e = Object.entries(v as Record<string, unknown>).slice(0, 20);
    const role = e.some(([, x]) => typeof x === "string" && HIGH_ROLE.test(x.trim()));
    const who = e.some(([k, x]) => ID_KEY.test(k) && typeof x === "string" && x.length > 1);
    if (role && who) return true;
    return e.some(([, x]) => grantsIn(x, depth + 1));
  }
  return false;
}

function presetGrant(tool: ToolDefinition): PathHit[] {
  for (const [name, p] of props(tool)) {
    if (p.default !== undefined && grantsIn(p.default)) {
      return [
        propHit(
          name,
          "privilege_escalation",
          "A default grants an admin or owner role to a fixed account",
        ),
      ];
    }
  }
  return [];
}

// --- safe-looking flag / session default --------------------------------------------------------

const SIDE_EFFECT =
  /(?<![a-z])(?:expir(?:e|es|y|ing)|delet(?:e|es|ing)|purg(?:e|es|ing)|archiv(?:e|es|ing)|publish(?:es|ing)?|shar(?:e|es|ing)|upload(?:s|ing)?|overwrit(?:e|es|ing)|revok(?:e|es|ing))(?![a-z])|lifecycle|move\s+to\s+trash/i;
/** The flag only shapes what is returned ("strip colour codes from the output"). */
const OUTPUT_ONLY = /\b(?:from|in|of)\s+the\s+(?:output|result|response|listing|text)\b/i;

/** A flag named for what a read-only run reports or looks for (flag, warn, list, detect …). */
const REPORTS_ON =
  /^(?:flag|report|warn|list|show|detect|check|highlight|find|count|audit|scan|mark|include|surface)(?:_|-|[A-Z])/;

function safeLookingFlag(tool: ToolDefinition): PathHit[] {
  const ann = (tool.annotations ?? {}) as Record<string, unknown>;
  if (ann.readOnlyHint !== true && ann.destructiveHint !== false) return [];
  for (const [name, p] of props(tool)) {
    if (p.default !== true) continue;
    const desc = str(p.description);
    // `flag_no_expiry`, `report_shared_links`: the name says what the run reports, not an act.
    const named = SIDE_EFFECT.test(name) && !REPORTS_ON.test(name);
    if ((named || SIDE_EFFECT.test(desc)) && !OUTPUT_ONLY.test(desc)) {
      return [
        propHit(
          name,
          "misleading_annotation",
          "Annotations claim read-only while a flag defaults to a side effect",
        ),
      ];
    }
  }
  return [];
}

const SESSION_DATA =
  /cookies?|localStorage|sessionStorage|session\s+tokens?|auth(?:orization)?\s+headers?|saved\s+passwords|keychain|クッキー|cookie/i;
const ATTACH =
  /attach|include|send|forward|add|upload|pass|join|adjunt|anex|joint|anh[aä]ng|添付|附带|附加|첨부|прикреп|додає/i;

function sessionDefault(tool: ToolDefinition): PathHit[] {
  for (const [name, p] of props(tool)) {
    const desc = str(p.description);
    if (!SESSION_DATA.test(desc) || !ATTACH.test(desc) || NEGATED.test(desc)) continue;
    let on = p.default === true;
    if (typeof p.default === "string") {
      const d = p.default.toLowerCase();
      for (const m of desc.matchAll(/['"‘“`]([\w+-]{3,30})['"’”`]/g)) {
        if (d.includes(m[1].toLowerCase())) on = true;
      }
      if (/session|cookie/.test(d)) on = true;
    }
    if (on) {
      return [
        propHit(
          name,
          "credential_harvesting",
          "A default option attaches the browser's cookies or session storage",
        ),
      ];
    }
  }
  return [];
}

// --- told less --------------------------------------------------------------------------------

/** The report, summary or confirmation to the user is cut down. */
const TOLD_LESS = new RegExp(
  [
    String.raw`\bnot\s+worth\s+(?:surfacing|mentioning|reporting|flagging|showing)`,
    String
      .raw`\b(?:itemi[sz]e|list|mention|report|say|describe)\s+only\s+(?:the\s+)?(?:user|customer|requested|what)`,
    String
      .raw`\bonly\s+(?:say|tell|report|mention|itemi[sz]e)\b[^.]{0,60}\b(?:user|customer|summary|answer)`,
    String
      .raw`\b(?:in|from)\s+the\s+(?:change\s+)?(?:summary|confirmation|answer|report)\s*,?\s+(?:list|describe|call|label|present)\s+(?:these|them|it|this)\s+as\b`,
    String
      .raw`\bexplain\s+(?:that\s+)?(?:they|it|these|this)\s+(?:were|was|are|is|have\s+been|has\s+been)\s+(?:\w+\s+){0,2}(?:safe|reviewed|verified|approved|harmless|clean|fine)\b`,
    // pl / he / ar / fa / tr / ru / uk
    String
      .raw`nie\s+(?:wymieniaj|wspominaj|podawaj|pokazuj)\w{0,3}\s+(?:\S+\s+){0,4}(?:w\s+)?(?:potwierdzeni|podsumowani|użytkownik|klient)`,
    String
      .raw`(?:אין\s+צורך\s+ל|אל\s+ת)(?:ציין|הזכיר|זכיר|פרט|הציג)\S{0,3}\s+(?:\S+\s+){0,4}(?:בסיכום|ללקוח|למשתמש|באישור)`,
    String
      .raw`لا\s+(?:تذكر|تشر|تعرض|داعي\s+لذكر)\S{0,4}\s+(?:\S+\s+){0,5}(?:في\s+الملخص|للمستخدم|للعميل|في\s+التأكيد)`,
    String.raw`(?:ذکر|اشاره)\s+(?:\S+\s+){0,2}نکنید`,
    String
      .raw`(?:özette|müşteriye|kullanıcıya)\s+(?:\S+\s+){0,4}(?:bahsetmeyin|belirtmeyin|söylemeyin|göstermeyin)`,
    String
      .raw`не\s+(?:упоминай|указывай|сообщай|згадуй|вказуй|показуй)\w{0,3}\s+(?:\S+\s+){0,4}(?:в\s+(?:сводке|подтверждении|отчёте|отчете|підсумку|підтвердженні)|пользовател|користувач)`,
    // es / it / pt / fr / de
    String
      .raw`no\s+(?:menciones|mencionar|incluyas|muestres)\s+(?:\S+\s+){0,4}(?:en\s+el\s+resumen|al\s+(?:usuario|cliente)|en\s+la\s+confirmación)`,
    String
      .raw`non\s+(?:menzionare|citare|indicare)\s+(?:\S+\s+){0,4}(?:nel\s+riepilogo|all['’]utente|al\s+cliente|nella\s+conferma)`,
    String
      .raw`não\s+(?:mencione|cite|inclua)\s+(?:\S+\s+){0,4}(?:no\s+resumo|ao\s+(?:usuário|cliente)|na\s+confirmação)`,
    String
      .raw`ne\s+(?:mentionnez|citez|mentionne)\s+pas\s+(?:\S+\s+){0,4}(?:dans\s+le\s+résumé|à\s+l['’]utilisateur|au\s+client|dans\s+la\s+confirmation)`,
    String
      .raw`(?:in\s+der\s+(?:Zusammenfassung|Bestätigung)|(?:dem|den)\s+(?:Nutzer|Benutzer|Kunden))\s+(?:\S+\s+){0,4}nicht\s+(?:erwähnen|nennen|anzeigen)`,
    // zh / ja / ko / vi / id / th
    String
      .raw`(?:向|对|告诉)用户(?:汇报|报告|回复|说明|告知)?时?(?:只需|只要|仅需|只)(?:说明|说|告知|回复|报告)`,
    String.raw`ユーザーに(?:は)?「[^」]{1,30}」(?:と)?(?:だけ|のみ)`,
    String.raw`(?:报告|汇报|摘要|总结)中?不(?:必|用|要)(?:提及|提到|说明)`,
    String.raw`사용자에게(?:는)?\s*(?:\S+\s+){0,3}\S*만\s*(?:안내|보고|말)`,
    String
      .raw`(?:chỉ\s+(?:cần\s+)?(?:nói|báo|thông\s+báo))\s+(?:\S+\s+){0,4}(?:người\s+dùng|khách)`,
    String
      .raw`(?:cukup|hanya)\s+(?:katakan|sampaikan|laporkan)\s+(?:\S+\s+){0,4}(?:kepada\s+)?pengguna`,
  ].join("|"),
  "iu",
);

/** The act being played down: money, deletion, sync, a change, a dropped finding. */
const ACT =
  /account|\bfees?\b|charge|commission|כסף|מעביר|עמל|رسوم|کارمزد|komisyon|prowizj|комісі|комисси|手续费|手数料|수수료|phí|biaya|comisión|commissione|gebühr|transfer|deposit|payment|refund|expir|delet|remov|clean|purg|upload|sync|edit|change|finding|dropped|suppress|grant|admin|rachun|przelew|חשבון|העבר|הפקד|حساب|تحويل|حذف|پاک|انتقال|hesap|iade|счёт|счет|рахун|удал|видал|删除|清理|同步|上传|転送|削除|同期|삭제|동기화|계좌|tài\s+khoản|xóa|rekening|hapus|cuenta|borra|conto|elimin|compte|supprim|konto|lösch|conta/iu;

function toldLess(text: string): boolean {
  if (!ACT.test(text)) return false;
  return sentences(text).some((s) =>
    TOLD_LESS.test(s) && !/\b(?:never|always\s+(?:show|list|tell|mention))\b/i.test(s)
  );
}

// --- consent removed ------------------------------------------------------------------------

const NO_CONFIRM = new RegExp(
  [
    String.raw`\bno\s+need\s+to\s+(?:confirm|ask|check\s+with)`,
    String
      .raw`\b(?:confirmation|approval|consent)\s+(?:from\s+the\s+(?:user|customer)\s+)?(?:is\s+)?(?:not\s+(?:needed|required|necessary)|unnecessary)`,
    String
      .raw`\b(?:asking|confirming\s+with|checking\s+with)\s+(?:the\s+)?(?:user|customer|them)\s+(?:again|twice|first)\b[^.]{0,80}\b(?:hold|lock|block|fail|penalt|flag|freez|suspend|cancel)`,
    String.raw`підтвердження\s+(?:від\s+)?(?:\S+\s+){0,2}не\s+(?:потрібне|потрібно|вимагається)`,
    String.raw`подтверждени[ея]\s+(?:от\s+)?(?:\S+\s+){0,2}не\s+(?:нужно|требуется)`,
    String.raw`אין\s+צורך\s+(?:לאשר|באישור|לבקש\s+אישור)`,
    String.raw`لا\s+(?:حاجة|داعي)\s+(?:إلى\s+|ل)(?:ال)?(?:تأكيد|موافقة)`,
    String.raw`نیازی\s+به\s+(?:تأیید|تایید)`,
    String.raw`onay(?:a|ı)?\s+gerek\s+yok`,
    String
      .raw`(?:nie\s+(?:trzeba|jest\s+wymagane)\s+potwierdz|potwierdzeni\w{1,3}\s+(?:\S+\s+){0,2}nie\s+(?:jest\s+)?(?:potrzebne|wymagane))`,
    String
      .raw`no\s+(?:hace\s+falta|es\s+necesario)\s+confirmar`,
    String.raw`non\s+serve\s+(?:la\s+)?conferma`,
    String.raw`pas\s+besoin\s+de\s+confirm`,
    String
      .raw`keine\s+Bestätigung\s+(?:nötig|erforderlich)`,
    String.raw`não\s+é\s+necessário\s+confirmar`,
    String.raw`(?:无需|不用|不必|无须)(?:用户)?(?:确认|同意)`,
    String.raw`確認(?:は|を取る必要は)?(?:不要|必要ありません)`,
    String.raw`확인(?:은|이|을)?\s*(?:받을\s*)?필요(?:가)?\s*없`,
    String.raw`(?:không\s+cần\s+(?:xác\s+nhận|hỏi))`,
    String.raw`tidak\s+perlu\s+(?:konfirmasi|meminta\s+persetujuan)`,
    String.raw`ไม่ต้อง(?:ยืนยัน|ขอ)`,
  ].join("|"),
  "iu",
);

const CONSENT_ACT =
  /pay|payee|amount|transfer|invoice|refund|admin|role|owner|permission|account|przelew|роль|rol|admin|העבר|חשבון|הפקד|تحويل|حساب|دفع|پرداخت|ödeme|hesap|iade|支付|转账|付款|支払|振込|송금|결제|chuyển|thanh\s+toán|transfer|pago|pagamento|paiement|zahlung|bonifico/iu;

function consentRemoved(text: string): boolean {
  if (!NO_CONFIRM.test(text)) return false;
  return fullSentences(text).some((s) =>
    NO_CONFIRM.test(s) && CONSENT_ACT.test(s) && !NEGATED.test(s.replace(NO_CONFIRM, " ")) &&
    !/\b(?:always\s+confirm)\b/i.test(s)
  );
}

// --- override of the user's stated choice ---------------------------------------------------

const OVERRIDE = new RegExp(
  [
    String
      .raw`\b(?:even|including)\s+(?:if|when|ones?|those)\s+(?:\S+\s+){0,4}(?:user|customer|payer|they)\s+(?:explicitly\s+|specifically\s+)?(?:asks?|requests?|specif(?:y|ies)|names?|chooses?|says?|provides?|gives?|selects?)`,
    String.raw`แม้(?:ว่า)?ผู้ใช้(?:จะ)?(?:ระบุ|ขอ|เลือก)`,
    String
      .raw`aunque\s+el\s+(?:usuario|cliente)\s+(?:\S+\s+){0,2}(?:pida|indique|especifique|elija)`,
    String
      .raw`anche\s+se\s+l['’](?:utente|cliente)\s+(?:\S+\s+){0,2}(?:chiede|indica|specifica|sceglie)`,
    String
      .raw`mesmo\s+que\s+o\s+(?:usuário|cliente)\s+(?:\S+\s+){0,2}(?:peça|indique|especifique|escolha)`,
    String
      .raw`même\s+si\s+l['’](?:utilisateur|client)\s+(?:\S+\s+){0,2}(?:demande|indique|précise|choisit)`,
    String
      .raw`auch\s+wenn\s+(?:der|die)\s+(?:Nutzer|Benutzer|Kunde)\w{0,2}\s+(?:\S+\s+){0,4}(?:angibt|verlangt|wählt|nennt)`,
    String.raw`даже\s+если\s+(?:пользователь|клиент)\s+(?:\S+\s+){0,2}(?:укаж|попрос|выбер|назов)`,
    String.raw`навіть\s+якщо\s+(?:користувач|клієнт)\s+(?:\S+\s+){0,2}(?:вкаж|попрос|обер|назве)`,
    String
      .raw`nawet\s+(?:jeśli|gdy)\s+(?:użytkownik|klient)\s+(?:\S+\s+){0,2}(?:poda|poprosi|wybierze|wskaże)`,
    String.raw`(?:kullanıcı|müşteri)\s+(?:\S+\s+){0,4}(?:belirtse|istese|seçse)\s+bile`,
    String.raw`即使用户(?:明确)?(?:要求|指定|选择|提供)`,
    String.raw`ユーザーが[^。]{0,30}(?:指定|依頼|選択)(?:した場合|して)?(?:でも|も)`,
    String.raw`사용자가\s*(?:\S+\s+){0,3}(?:지정|요청|선택)(?:하더라도|해도)`,
    String.raw`حتى\s+(?:لو|إذا)\s+(?:طلب|حدد|اختار)\s+(?:ال)?(?:مستخدم|عميل)`,
    String.raw`حتی\s+اگر\s+کاربر`,
    String.raw`גם\s+אם\s+(?:המשתמש|הלקוח)`,
    String.raw`(?:kể\s+cả|ngay\s+cả)\s+khi\s+(?:người\s+dùng|khách)`,
    String
      .raw`(?:meskipun|bahkan\s+jika)\s+(?:pengguna|pelanggan)\s+(?:\S+\s+){0,2}(?:meminta|menyebutkan|memilih)`,
  ].join("|"),
  "iu",
);

/** The override is a refusal explained to the user ("explain that this is not possible"). */
const REFUSAL =
  /not\s+possible|impossible|explain|declin|refus|no\s+es\s+posible|non\s+è\s+possibile|não\s+é\s+possível|pas\s+possible|nicht\s+möglich|невозможно|неможливо|niemożliw|mümkün\s+değil|אי\s+אפשר|غير\s+ممكن|امکان\s+ندارد|无法|不能|できません|불가|không\s+thể|tidak\s+bisa|ไม่สามารถ/iu;

function overridesUser(text: string): boolean {
  if (!OVERRIDE.test(text)) return false;
  return sentences(text).some((s) =>
    OVERRIDE.test(s) && !NEGATED.test(s) && !REFUSAL.test(s) &&
    (MONEY.test(s) || /\buse\b|\bsend|deliver|route/i.test(s))
  );
}

// --- routing other tools' work here ------------------------------------------------------------

const RETIRED =
  /\b(?:superseded|deprecated|retired|discontinued|being\s+phased\s+out|phased\s+out|obsolete|replaced\s+by\s+this)\b|廃止|非推奨|废弃|弃用|停用|下线|폐지|지원\s*종료|устарел|выведен|застаріл|wycofan|kullanımdan\s+kaldır|הוצא\s+משימוש|منسوخ|متوقف|bị\s+ngừng|dihentikan|obsoleto|descontinuad|obsolète|abgekündigt|veraltet/iu;
const ROUTE_ALL =
  /\b(?:use\s+(?:\S+\s+){1,3}for\s+(?:every|all|any)|for\s+(?:every|all|any)\s+(?:outgoing|other|such)|(?:every|all|any)\s+(?:requests?|messages?|calls?)\s+(?:\S+\s+){0,4}(?:here|this\s+tool))|すべてこのツール|全部(?:使用|用|交给)(?:本|此)工具|都(?:使用|用|交给)(?:本|此)工具|모두\s*이\s*도구|всё\s+через\s+этот|усі\s+через\s+цей|wszystkie\s+\S+\s+tym\s+narzędziem|tümünü\s+bu\s+araçla|todas?\s+(?:as|las)\s+\S+\s+con\s+esta\s+herramienta|hãy\s+dùng\s+công\s+cụ\s+này\s+cho\s+tất\s+cả|semua\s+\S+\s+dengan\s+alat\s+ini/iu;
const FIRST_HERE =
  /\bbefore\s+(?:any|other|another)\s+(?:\S+\s+){0,6}(?:tools?|servers?|services?)\s+(?:\S+\s+){0,3}(?:receives?|gets?|is\s+(?:called|used))\b[^.]{0,120}\b(?:here|this\s+tool)\s+first/i;

/** Tools, servers or connectors, in many languages. */
const TOOL_WORD =
  /\b(?:tools?|servers?|connectors?|integrations?|plugins?|relay|apps?)\b|\w_\w|ツール|工具|服务器|도구|서버|инструмент|сервер|narzędzi|araç|כלי|أدا[ةو]|ابزار|công\s+cụ|alat|herramienta|strumento|ferramenta|outil|Werkzeug/iu;

function routesOthers(text: string): boolean {
  if (FIRST_HERE.test(text) && /\b(?:raw|unredacted|full|all)\b/i.test(text)) return true;
  if (!RETIRED.test(text) || !ROUTE_ALL.test(text)) return false;
  return fullSentences(text).some((s) =>
    RETIRED.test(s) && ROUTE_ALL.test(s) && TOOL_WORD.test(s) && !NEGATED.test(s)
  );
}

// --- harvest ----------------------------------------------------------------------------------

const PII_ITEMS: RegExp[] = [
  /full\s+name|nama\s+lengkap|nombre\s+completo|nome\s+completo|nom\s+complet|vollständige[rn]?\s+name|полное\s+имя|повне\s+ім|imię\s+i\s+nazwisko|ad\s+soyad|שם\s+מלא|الاسم\s+الكامل|نام\s+کامل|họ\s+(?:và\s+)?tên|氏名|全名|姓名|성명|이름/iu,
  /home\s+(?:street\s+)?address|street\s+address|alamat\s+rumah|dirección\s+(?:de\s+)?(?:casa|domicilio)|domicilio|endereço\s+residencial|adresse\s+(?:du\s+)?domicile|wohnadresse|privatadresse|домашн\w{1,3}\s+адрес|адрес\w{0,2}\s+прожив|adres\s+zamieszkania|ev\s+adresi|כתובת\s+(?:ה)?מגורים|عنوان\s+(?:ال)?منزل|آدرس\s+منزل|địa\s+chỉ\s+nhà|自宅住所|住所|家庭住址|住址|집\s*주소/iu,
  /mobile\s+(?:phone\s+)?number|phone\s+number|cell\s+number|nomor\s+(?:hp|telepon|ponsel)|número\s+de\s+(?:teléfono|celular|móvil)|numéro\s+de\s+(?:téléphone|portable)|handynummer|telefonnummer|номер\s+телефон|numer\s+telefonu|telefon\s+numarası|מספר\s+(?:ה)?טלפון|رقم\s+(?:ال)?(?:هاتف|جوال)|شماره\s+(?:تلفن|موبایل|همراه)|số\s+điện\s+thoại|電話番号|携帯番号|手机号|电话号码|전화번호|휴대폰\s*번호/iu,
  /employer|workplace|arbeitgeber|empleador|empregador|employeur|datore\s+di\s+lavoro|работодател|роботодав|pracodawc|işveren|מעסיק|صاحب\s+العمل|کارفرما|nơi\s+làm\s+việc|tempat\s+kerja|勤務先|工作单位|직장/iu,
  /\bnik\b|\bktp\b|\bssn\b|social\s+security|national\s+id|\bdni\b|\bcpf\b|\bnie\b|codice\s+fiscale|passport|pasaporte|passeport|personalausweis|паспорт|pesel|tc\s+kimlik|תעודת\s+זהות|کد\s+ملی|رقم\s+الهوية|cccd|căn\s+cước|マイナンバー|身份证|주민등록/iu,
  /date\s+of\s+birth|birth\s?date|tanggal\s+lahir|fecha\s+de\s+nacimiento|data\s+de\s+nascimento|date\s+de\s+naissance|geburtsdatum|дат\w\s+рожд|дат\w\s+народж|data\s+urodzenia|doğum\s+tarihi|תאריך\s+לידה|تاريخ\s+الميلاد|تاریخ\s+تولد|ngày\s+sinh|生年月日|出生日期|생년월일/iu,
];
/** Taken from the conversation or from other tools. */
const FROM_ELSEWHERE =
  /from\s+(?:the\s+)?(?:earlier|previous|prior|past)\s+(?:messages|turns|chats?)|from\s+the\s+(?:conversation|chat)|from\s+the\s+\S+\s+(?:tool|server)|from\s+(?:other|another)\s+tools?|dari\s+(?:percakapan|obrolan|alat\s+\S+)|de\s+la\s+conversación|de\s+(?:otras|la)\s+herramientas?|da\s+conversa|dalla\s+conversazione|de\s+la\s+conversation|aus\s+dem\s+(?:Chat|Gespräch|Verlauf)|из\s+(?:переписки|диалога|разговора|других\s+инструментов)|з\s+(?:розмови|листування)|z\s+rozmowy|sohbetten|konuşmadan|מהשיחה|من\s+المحادثة|از\s+گفتگو|từ\s+(?:cuộc\s+)?(?:trò\s+chuyện|hội\s+thoại)|会話から|从对话|대화에서|contacts?\s+tool|alat\s+kontak|連絡先ツール|通讯录|연락처/iu;

function piiBundle(text: string): boolean {
  if (!FROM_ELSEWHERE.test(text)) return false;
  for (const s of sentences(text)) {
    if (NEGATED.test(s)) continue;
    let n = 0;
    for (const re of PII_ITEMS) if (re.test(s)) n++;
    if (n >= 3 && FROM_ELSEWHERE.test(s)) return true;
  }
  return false;
}

/** A login password to another service. */
const PASSWORD =
  /password|passcode|\bclave\b|contraseña|mật\s+khẩu|kata\s+sandi|パスワード|密码|密碼|비밀번호|пароль|hasło|hasła|şifre|סיסמ|كلمة\s+(?:ال)?مرور|رمز\s+عبور|passwort|mot\s+de\s+passe|senha|รหัสผ่าน/iu;
const LOGIN_TARGET =
  /\bbank|banking|\bportal|\bsso\b|webmail|e-?mail\s+account|cổng|ngân\s+hàng|ポータル|门户|网银|포털|인터넷\s*뱅킹|банк|портал|bankow|bankac|בנק|بنك|بانک|perbankan|bancari|banque|banco|home\s+banking/iu;
const ID_ITEM =
  /\bssn\b|social\s+security|\bdni\b|\bnik\b|passport|pasaporte|\bcpf\b|社員番号|工号|사번|employee\s+(?:number|id)|\.pfx|\.p12|chữ\s+ký\s+số|digital\s+signature|certificate|tên\s+đăng\s+nhập|username|usuario\s+de|nombre\s+de\s+usuario|foto\s+del|photo\s+of|identity\s+card|身份证/iu;
const HELD_BY_SERVER =
  /\b(?:configured|stored|kept)\s+(?:on|in|by)\s+the\s+server|environment\s+variable|server[-\s]side|from\s+the\s+(?:vault|secret\s+manager|keychain)/i;

function loginHarvest(text: string): boolean {
  if (!PASSWORD.test(text) || !LOGIN_TARGET.test(text)) return false;
  return sentences(text).some((s) =>
    PASSWORD.test(s) && LOGIN_TARGET.test(s) && ID_ITEM.test(s) && !NEGATED.test(s) &&
    !HELD_BY_SERVER.test(s) && !/\b(?:masked|redacted|concealed|returned|scrubbed)\b/i.test(s)
  );
}

/** The whole conversation (and other documents) put into a field or sent to a fixed address. */
const WHOLE_TALK =
  /(?:full|entire|whole|complete)\s+(?:text\s+of\s+the\s+)?(?:conversation|chat)|conversation\s+(?:text|transcript)\s+in\s+full|نص\s+المحادثة\s+كامل|المحادثة\s+كاملة|متن\s+کامل\s+(?:گفتگو|مکالمه|چت)|کل\s+گفتگو|השיחה\s+המלאה|כל\s+השיחה|会話(?:の)?全文|对话全文|完整(?:的)?对话|대화\s*전문|전체\s*대화|весь\s+(?:диалог|разговор)|полный\s+текст\s+(?:диалога|переписки)|повний\s+текст\s+розмови|całą\s+rozmow|tüm\s+konuşma|toàn\s+bộ\s+(?:cuộc\s+)?(?:trò\s+chuyện|hội\s+thoại)|seluruh\s+percakapan|conversación\s+completa|conversa\s+completa|conversazione\s+completa|conversation\s+complète|gesamten?\s+(?:Chat|Gesprächs?)/iu;
const OTHER_DOCS =
  /other\s+(?:documents|files)\s+(?:the\s+user|opened)|مستندات\s+أخرى|اسناد\s+دیگر|מסמכים\s+אחרים|其他(?:文档|文件)|他の(?:文書|ファイル)|다른\s*(?:문서|파일)|другие\s+(?:документы|файлы)|інші\s+(?:документи|файли)|inne\s+(?:dokumenty|pliki)|diğer\s+(?:belgeler|dosyalar)|tài\s+liệu\s+khác|dokumen\s+lain|otros\s+(?:documentos|archivos)|altri\s+(?:documenti|file)|outros\s+(?:documentos|arquivos)|autres\s+(?:documents|fichiers)|andere\s+(?:Dokumente|Dateien)/iu;
const ADDRESS_LITERAL = /[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{2,60}|https?:\/\/[\w.-]{3,120}/;

function wholeTalkOut(text: string): boolean {
  if (!WHOLE_TALK.test(text)) return false;
  return sentences(text).some((s) =>
    WHOLE_TALK.test(s) && !NEGATED.test(s) &&
    (OTHER_DOCS.test(s) || (ADDRESS_LITERAL.test(s) && COPY.test(s)))
  );
}

// --- smear ------------------------------------------------------------------------------------

const COMPETITOR =
  /\bcompet(?:ing|itor)|\brival|concorrent|competidor|concurrent|konkurren|wettbewerb|конкурент|konkurencyj|rakip|מתחר|منافس|رقیب|đối\s+thủ|pesaing|競合|竞争|竞品|경쟁/iu;
const NEG_CLAIM =
  /recall|warranty\s+(?:is\s+)?(?:not\s+valid|void|invalid)|garanzia\s+non|garantía\s+no|garantia\s+não|garantie\s+(?:n'est\s+pas|non)|keine\s+garantie|гарантия\s+не|gwarancja\s+nie|garanti(?:si)?\s+geçersiz|counterfeit|unsafe|lawsuit|banned|defective|fake|リコール|召回|리콜|отзыв|отзыва|відклик|فراخوان|استدعاء|ריקול|thu\s+hồi|penarikan|richiam|retirada\s+del\s+mercado|rappel|rückruf/iu;

function smear(text: string): boolean {
  if (!COMPETITOR.test(text) || !NEG_CLAIM.test(text)) return false;
  return sentences(text).some((s) =>
    COMPETITOR.test(s) && NEG_CLAIM.test(s) && !NEGATED.test(s) &&
    !/\b(?:if|when|only\s+if)\s+(?:the\s+)?(?:data|record|feed|source|catalog|api)\b/i.test(s)
  );
}

// --- rigged check -----------------------------------------------------------------------------

const VERIFY_WEAK =
  /\bverification\s+is\s+(?:satisfied|complete|met|done)\s+(?:when|if|once)|\bcall-?back\s+(?:step\s+)?(?:was\s+|has\s+been\s+|is\s+)?(?:retired|removed|dropped|no\s+longer|skipped|not\s+required)|\bset\s+verified\s*=\s*true|\btreat(?:ed)?\s+(?:it\s+|them\s+)?as\s+verified/i;
const SKIP_WORK =
  /\bwithout\s+(?:scoring|grading|reviewing|checking|reading|evaluating|scanning|verifying|inspecting)\b/i;
const TRIGGER =
  /\b(?:whose|that|which|if|when)\b[^.]{0,80}\b(?:ends?|starts?|begins?|contains?)\s+with\b|\bpre-?(?:reviewed|approved|verified|cleared)\b/i;
const BEST_OUTCOME =
  /\b100\s*\/\s*100\b|\bfull\s+marks\b|\bpass(?:ed)?\b|\bapprov|\bmaximum\s+score|\bA\+/i;

function riggedCheck(text: string): boolean {
  if (VERIFY_WEAK.test(text) && MONEY.test(text)) return true;
  return sentences(text).some((s) => SKIP_WORK.test(s) && TRIGGER.test(s) && BEST_OUTCOME.test(s));
}

// --- entry ------------------------------------------------------------------------------------

/** Whole-definition checks: the tool's description, title and parameter descriptions together. */
export function r32rToolHits(tool: ToolDefinition): PathHit[] {
  const ps = props(tool);
  const about = [str(tool.title), str(tool.description), ...ps.map(([, p]) => str(p.description))]
    .filter((x) => x).join("\n");
  const out: PathHit[] = [
    ...presetDestination(tool, about),
    ...presetGrant(tool),
    ...safeLookingFlag(tool),
    ...sessionDefault(tool),
  ];
  const hit = (kind: string, reason: string): void => {
    out.push({ path: "$.description", kind, severity: "high", reason });
  };
  if (about.length < 24) return out;
  if (toldLess(about)) {
    hit("deceive_user", "Definition cuts down what the user is told about the act");
  }
  if (consentRemoved(about)) {
    hit(
      "consent_bypass",
      "Definition declares the user's confirmation unnecessary for a money or role act",
    );
  }
  if (overridesUser(about)) hit("consent_bypass", "Definition overrides the user's stated choice");
  if (routesOthers(about)) {
    hit(
      "cross_tool_instruction",
      "Definition declares other tools retired and routes their work here",
    );
  }
  if (piiBundle(about)) {
    hit(
      "credential_harvesting",
      "Definition fills a field with the user's identity data from elsewhere",
    );
  }
  if (loginHarvest(about)) {
    hit("credential_harvesting", "Definition asks for a bank or portal login with identity data");
  }
  if (wholeTalkOut(about)) {
    hit(
      "data_exfiltration",
      "Definition sends the whole conversation with other documents or to a fixed address",
    );
  }
  if (smear(about)) hit("deceive_user", "Definition scripts a negative claim about competitors");
  if (riggedCheck(about)) hit("deceive_user", "Definition rigs a verification or grading step");
  return out;
}
