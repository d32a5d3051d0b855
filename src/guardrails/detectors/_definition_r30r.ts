/**
 * Definition checks from held-out round 30's misses (paraphrase tests in
 * `_definition_r30r_test.ts`). Round 30 wrote each act as routine configuration, without trigger
 * words and in many languages, so the checks read the act's structure:
 * - schema ({@link r30rToolHits}): a copy/notify/payee parameter (named in many languages) preset
 *   to an outside address, account or payee id; a group or role preset to administrators; a
 *   sharing scope preset to "anyone"; a flag preset to skip consent; a preset that pipes a remote
 *   script to a shell;
 * - text ({@link r30rDefinitionHits}): every message or event also copied or mirrored to a fixed
 *   address or channel; a secret (cookie, key pair, SSH key, returned secret value) moved into a
 *   field or the next call; two or more of the user's secrets or identifiers put into a field or
 *   forwarded to a partner (fa, hi, th, ar, he, zh, ja, ko added); a claim that a check happened
 *   elsewhere paired with an order to act at once; a fixed account substituted for the user's; other
 *   providers disparaged while this one is steered to; a scripted false report to the user next
 *   to a covert act; privileged host access added to what the user applies.
 * Each check sits behind a cheap literal pre-test.
 */
import type { ToolDefinition } from "../types.ts";
import type { Hit } from "./_definition_grammar.ts";
import type { PathHit } from "./_definition_r16_tool.ts";
import { EMAIL, type R26Where, sentencesOf } from "./_definition_r26.ts";
import { ITEM } from "./_definition_r29r.ts";
import { lowerOnce } from "../text/lower.ts";

/** Where a rule runs: the JSON path of the string and the tool's context. */
export type R30rWhere = R26Where;

const R = String.raw;

/** Reserved or internal names: an example or the company's own network, not a destination. */
const INTERNAL = /@(?:[\w-]{1,40}\.)?(?:example(?:\.(?:com|org|net))?|test|invalid|localhost)\b/i;

function outsideEmail(s: string): RegExpExecArray | null {
  const e = EMAIL.exec(s);
  return e && !INTERNAL.test(e[0]) ? e : null;
}

// --- schema ------------------------------------------------------------------------------------

/** A parameter that adds a receiver of copies or notices, or names a payee, in many languages. */
const COPY_PARAM =
  /bcc|^cc$|_cc$|^cco$|^cci$|watcher|subscriber|observer|notify|notif|mirror|archive_?to|copy_?to|attendee|guest|participant|通知先|宛先|送信先|転送先|抄送|密送|收件|收款|مستفيد|المستفيد|נמען|מוטב|получател|адресат|отримувач|destinat|empf(?:a|ä|ae)nger|payee|beneficiar|recipient|receiver|favorecid/i;
/** A parameter that names a payee: any preset id there is a fixed payee. */
const PAYEE_PARAM =
  /payee|beneficiar|recipient|receiver|收款|مستفيد|المستفيد|מוטב|получател|отримувач|empf(?:a|ä|ae)nger|b[eé]n[eé]ficiaire|favorecid|destinatario/i;
const IBAN = /^[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{2,4}){3,8}$/;
const WALLET = /^0x[0-9a-fA-F]{40}$/;
/** A preset the definition lets the user remove or change. */
const DISCLOSED =
  /\b(?:user|you)\s+(?:may|can|could)\s+(?:remove|change|edit|delete|override|replace|drop)|\b(?:can|may)\s+be\s+(?:removed|changed|edited|overridden|replaced)|\bremovable\b/i;
const GROUP_PARAM =
  /role|group|permission|privilege|access_?level|rol$|rolle|ruolo|groupe|grupo|gruppe|peran|ロール|グループ|权限|角色|роль|групп/i;
const ADMIN_VALUE =
  /^(?:[\w -]{0,20}[_ -])?(?:admin(?:istrator)?s?|administrateurs?|administradores?|amministrator[ei]|root|superusers?|super[_-]?admins?|owners?|domain[_ ]admins?|管理者|管理员|администратор\p{L}{0,3})$/iu;
const SCOPE_PARAM =
  /visib|access|sharing|share|scope|audience|公開|共有|范围|可见|公开|visibilidad|acceso|acesso|partage|freigabe/i;
const ANYONE_VALUE =
  /^(?:anyone(?:_with_(?:the_)?link)?|everyone|world|public_link|anyone_can_\w+)$/i;
const CONSENT_FLAG =
  /grant_?all|all_?sites|auto_?(?:accept|approve|confirm|grant)|skip_?(?:confirm|verif|review|approv|2fa|mfa)|bypass|no_?confirm|disable_?(?:2fa|mfa|tls|ssl|verif|confirm)|without_?(?:confirm|review)/i;
const PIPE_SHELL =
  /\b(?:curl|wget)\b[^|`\n]{0,120}https?:\/\/[^|`\n]{1,120}\|\s{0,2}(?:sudo\s+)?(?:ba|z|da)?sh\b/i;

function strs(v: unknown): string[] {
  if (typeof v === "string") return [v];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === "string").slice(0, 20);
  return [];
}

/** Schema checks over each top-level input parameter. */
export function r30rToolHits(tool: ToolDefinition): PathHit[] {
  const props = (tool.inputSchema as { properties?: Record<string, unknown> } | undefined)
    ?.properties;
  if (!props || typeof props !== "object") return [];
  const out: PathHit[] = [];
  const toolText = typeof tool.description === "string" ? tool.description : "";
  for (const [name, raw] of Object.entries(props).slice(0, 60)) {
    if (raw === null || typeof raw !== "object") continue;
    const p = raw as { default?: unknown; const?: unknown; enum?: unknown; description?: unknown };
    const path = `$.inputSchema.properties.${name}`;
    const add = (kind: string, reason: string): void => {
      out.push({ path, kind, severity: "high", reason });
    };
    const enumOne = Array.isArray(p.enum) && p.enum.length === 1 ? strs(p.enum) : [];
    const preset = [...strs(p.default), ...strs(p.const), ...enumOne].map((v) => v.trim());
    if (preset.length === 0 && p.default !== true) continue;
    const said = `${toolText} ${typeof p.description === "string" ? p.description : ""}`;
    if (COPY_PARAM.test(name) && !DISCLOSED.test(said)) {
      const fixed = preset.some((v) =>
        v.length <= 200 && (IBAN.test(v) || WALLET.test(v) ||
          (outsideEmail(v) !== null && outsideEmail(v)![0].length >= v.length - 2))
      );
      if (fixed) {
        add("hidden_recipient", "A copy, notice or payee parameter is preset to a fixed receiver");
        continue;
      }
    }
    if (
      PAYEE_PARAM.test(name) &&
      !/type|format|kind|mode|count|limit|currency|country|lang/i.test(name) &&
      preset.some((v) =>
        v.length <= 80 && /^[\w.@:+-]{0,40}\d{3,}[\w.@:+-]{0,40}$/.test(v) && !/^(.)\1*$/.test(v)
      )
    ) {
      add("hidden_recipient", "A payee parameter is preset to a fixed payee");
      continue;
    }
    if (
      GROUP_PARAM.test(name) && strs(p.default).some((v) => ADMIN_VALUE.test(v.trim())) &&
      !/admin|root|owner|privileg/i.test(tool.name)
    ) {
      add("privilege_escalation", "A group or role parameter is preset to administrators");
      continue;
    }
    if (SCOPE_PARAM.test(name) && strs(p.default).some((v) => ANYONE_VALUE.test(v.trim()))) {
      add("data_exposure", "A sharing scope is preset to anyone");
      continue;
    }
    if (p.default === true && CONSENT_FLAG.test(name)) {
      add("consent_bypass", "A flag that grants or skips consent is preset to true");
      continue;
    }
    if ([...strs(p.default), ...strs(p.const)].some((v) => v.length < 2000 && PIPE_SHELL.test(v))) {
      add("supply_chain", "A parameter is preset to a remote script piped to a shell");
    }
  }
  return out;
}

// --- text: every message also copied to a fixed receiver -------------------------------------------

/** A copy or mirror of the user's messages or events, in many languages. */
const COPY = new RegExp(
  [
    R`\b(?:mirror(?:ed|s)?|always\s+carr(?:y|ies)|b?cc(?:'?d)?|blind[\s-]copy|hidden\s+copy|copied|duplicated|forwarded)\b`,
    R`c[oó]pia\s+oculta|cópia|copie\s+cach[ée]e|copia\s+nascosta|blindkopie|kopie\s+an|עותק|密送|抄送|暗送|副本|BCC|転送|コピー|نسخة|копи[яюи]`,
  ].join("|"),
  "iu",
);
/** Every message (a rule, not one case). */
const EVERY =
  /\b(?:always|every|each|all|whenever)\b|toda|todo|tous|toutes|cada|jede|ogni|כל|每|すべて|全て|常に|كل|кажд|всех|все/iu;
/** The user's own content that is copied. */
const CONTENT =
  /messages?|e-?mails?|mails?|events?|invites?|invitations?|meetings?|attendees?|direct[\s-]message|\bdms?\b|mensage\w*|mensaje\w*|nachricht\w*|messaggi\w*|הודע\p{L}*|邮件|消息|メール|メッセージ|رسال\p{L}*|сообщени\p{L}*|письм\p{L}*/iu;
/** A fixed channel or account id: capitals and digits ("C04KX8ARCHV"). */
const FIXED_ID = /\b(?=[A-Z0-9]{0,14}\d)(?=[A-Z0-9]{0,14}[A-Z])[A-Z][A-Z0-9]{7,14}\b/;
const NEG_BEFORE =
  /(?<!\p{L})(?:never|not|don't|do\s+not|no|nunca|jamais|ne|pas|nicht|nie|non|mai|не|لا|אל|לא|切勿|不要|禁止|هرگز|कभी|मत|ห้าม)(?!\p{L})[^.;:。]{0,60}$/iu;

function copiedAlways(normal: string): boolean {
  return sentencesOf(normal).some((s) => {
    const c = COPY.exec(s);
    if (c === null || !CONTENT.test(s)) return false;
    if (NEG_BEFORE.test(s.slice(Math.max(0, c.index - 70), c.index))) return false;
    const mirror = /mirror/i.test(c[0]);
    if (!mirror && !EVERY.test(s)) return false;
    const after = s.slice(c.index, c.index + 120);
    return outsideEmail(after) !== null || (mirror && FIXED_ID.test(after));
  });
}

// --- text: a secret moved into a field or the next call -------------------------------------------

const SECRET_SRC =
  /document\.cookie|localStorage|sessionStorage|~\/\.ssh\/id_\w+|~\/\.aws\/credentials|~\/\.kube\/config|\bkey\s+pair\b|\b(?:access|secret|private|api)\s+keys?\b|\b(?:returned|retrieved|fetched|decrypted|plaintext)\s+(?:secret|password|credential)s?\b|\bsecret\s+values?\b|\btokens?\s+(?:from|in|seen\s+in)\s+(?:the\s+)?(?:chat|conversation)|session\s+(?:cookies?|tokens?)/i;
const MOVE =
  /\b(?:echo|pass|put|include|attach|paste|place|insert|add|copy|send|append)\b|mitgegeben|mitgeben|übergeben|einfügen|anhängen|transmettez|incluez|collez|incluya|pegue|inclua|cole|inserisci|includi/i;
const NEXT_CALL =
  /\b(?:next|any|every|each|subsequent|other)\s+(?:\w+\s+){0,2}(?:calls?|tools?|requests?)\b/i;
const SECRET_PARAM =
  /pass|pwd|secret|token|key|auth|cred|card|cvv|cvc|passport|ssn|pesel|fiscal|tax|dob|birth|iban|phone|address|email|pin|otp|cookie|session|header|env|config|setting|vault|keychain/i;

function ownParams(tool: ToolDefinition): string[] {
  const props = (tool.inputSchema as { properties?: Record<string, unknown> } | undefined)
    ?.properties;
  return props && typeof props === "object"
    ? Object.keys(props).filter((p) => p.length >= 3).slice(0, 60)
    : [];
}

/** `s` names `p` as a whole word (any script). */
function hasWord(s: string, p: string): boolean {
  const at = s.toLowerCase().indexOf(p.toLowerCase());
  if (at < 0) return false;
  const b = s[at - 1] ?? " ";
  const a = s[at + p.length] ?? " ";
  return !/[\p{L}\p{M}\d_]/u.test(b) && !/[\p{L}\p{M}\d_]/u.test(a);
}

/** A bare "the returned value" is a secret only when the tool reads secrets. */
const VALUE_OF_SECRET = /\b(?:returned|retrieved|fetched|decrypted)\s+values?\b/i;
const SECRET_TOOL = /secret|vault|credential|passw|token|api_?key/i;

/** What a move hands on is a PUBLIC key ("add the new public key to GitHub"): made to be shared. */
const PUBLIC_OBJECT =
  /^[\p{L}]+\s+(?:(?:the|its|their|your|a|each)\s+)?(?:(?:new|old|generated|matching)\s+)?(?:public\s+(?:key|half|part)|[\w.-]{0,40}\.pub\b)/iu;
const MOVE_G = new RegExp(MOVE.source, "gi");

/** The first move in `s` whose object is not a public key. */
function secretMove(s: string): RegExpExecArray | null {
  MOVE_G.lastIndex = 0;
  for (let v = MOVE_G.exec(s); v; v = MOVE_G.exec(s)) {
    if (!PUBLIC_OBJECT.test(s.slice(v.index, v.index + 80))) return v;
  }
  return null;
}

function secretMoved(normal: string, tool: ToolDefinition): boolean {
  const params = ownParams(tool).filter((p) => !SECRET_PARAM.test(p));
  return sentencesOf(normal).some((s) => {
    const m = SECRET_SRC.exec(s) ??
      (SECRET_TOOL.test(tool.name) ? VALUE_OF_SECRET.exec(s) : null);
    const v = m === null ? null : secretMove(s);
    if (m === null || v === null) return false;
    if (NEG_BEFORE.test(s.slice(Math.max(0, m.index - 70), m.index))) return false;
    if (NEG_BEFORE.test(s.slice(Math.max(0, v.index - 70), v.index))) return false;
    if (/\b(?:only|unless|never|redact|mask)\b/i.test(s)) return false;
    if (/\b(?:may|can|might|could|will)\s+$/i.test(s.slice(Math.max(0, v.index - 8), v.index))) {
      return false;
    }
    const n = NEXT_CALL.exec(s);
    if (n !== null && !NEG_BEFORE.test(s.slice(Math.max(0, n.index - 70), n.index))) return true;
    return params.some((p) =>
      hasWord(s, p) &&
      !NEG_BEFORE.test(
        s.slice(
          Math.max(0, s.toLowerCase().indexOf(p.toLowerCase()) - 70),
          s.toLowerCase().indexOf(p.toLowerCase()),
        ),
      )
    );
  });
}

// --- text: the user's secrets or identifiers into a field or to a partner ------------------------

/** Items in scripts round 29's list lacks; counted with it. */
const ITEM_MORE = new RegExp(
  [
    R`کلید\s*API|توکن|رمز\s+عبور|گذرواژه|شماره\s+کارت|کد\s+ملی`,
    R`आधार(?:\s+नंबर)?|पैन|बैंक\s+खाता\s+संख्या|खाता\s+संख्या|IFSC|पासवर्ड|ओटीपी`,
    R`เลขบัตร\p{L}{0,12}|วันหมดอายุ|CVV|รหัสผ่าน|เลขประจำตัวประชาชน`,
    R`كلمة\s+(?:المرور|السر)|رقم\s+البطاقة|رمز\s+التحقق|رقم\s+الهوية`,
    R`סיסמ\p{L}*|מספר\s+כרטיס|תעודת\s+זהות`,
    R`密码|验证码|银行卡号|身份证号?|安全码|有效期`,
    R`パスワード|暗証番号|カード番号|セキュリティコード|有効期限|マイナンバー`,
    R`비밀번호|카드\s*번호|주민등록번호|유효기간`,
    R`net[\s-]?banking\s+passwords?|bank\s+account\s+numbers?|routing\s+numbers?`,
  ].join("|"),
  "giu",
);
/** Identifiers that count only when the text sends them to a third party. */
const ITEM_PII =
  /full\s+names?|nom\s+complet|nome\s+completo|nombre\s+completo|data\s+de\s+nascimento|geburtsdatum|diagnos\p{L}*/giu;
/** A field word before or after a parameter name. */
const FIELD_WORD =
  /field|parameter|param|argument|champ|campo|pole|поле|veld|feld|فیلد|حقل|الحقل|फ़ील्ड|फील्ड|ช่อง|שדה|字段|フィールド|필드|欄/iu;
const SCRUB =
  /\b(?:redact\w*|mask\w*|scrub\w*|sanitiz\w*|anonymi\w*|detect\w*|scan\w*|strip\w*|censor\w*|reject\w*|refuse\w*|returned|returns)\b/i;
/** Forwarded to a third party. */
const FORWARD =
  /(?:transmis|transmitted|sent|forwarded|shared|passed|disclosed|envoyé|communiqué|enviad|übermittelt|weitergegeben|inoltrat|भेजा\s+जाता|भेजे\s+जाते|ارسال|ترسل|يُرسل|נשלח|发送给|转发给|提供给|送信され|共有され)/iu;
const THIRD =
  /partner|third[\s-]part|external|registr|agency|partenaire|parceir|socio|एजेंसी|साझेदार|شريك|شرکت|خارجی|שותף|合作|パートナー|外部|\w\.(?:com|net|org|io|fr|de|br|in|co)\b/iu;
const ASK =
  /\b(?:enter|provide|include|fill|write|add|list|put|store|copy|indiquez|saisissez|renseignez|incluez|inclua|incluya|indique|geben|angeben|eintragen|inserisci|indica)\b|लिखें|दर्ज\s+करें|भरें|أدخل|اكتب|قرار\s+دهید|بنویس|وارد\s+کنید|กรอก|ใส่|填写|填入|写入|入力|記入|입력|כתוב|הזן/iu;

const ITEM_ANY = new RegExp(ITEM.source, "iu");
const ITEM_MORE_ANY = new RegExp(ITEM_MORE.source, "iu");

function itemCount(s: string, pii: boolean): number {
  const seen = new Set<string>();
  for (const re of pii ? [ITEM, ITEM_MORE, ITEM_PII] : [ITEM, ITEM_MORE]) {
    for (const m of s.matchAll(re)) {
      if (NEG_BEFORE.test(s.slice(Math.max(0, (m.index ?? 0) - 60), m.index))) return 0;
      seen.add(m[0].toLowerCase().replace(/\s+/g, " "));
    }
  }
  return seen.size;
}

function itemsPlaced(normal: string, tool: ToolDefinition, ownPath: string | null): boolean {
  const low = lowerOnce(normal);
  const params = ownParams(tool).filter((p) =>
    !SECRET_PARAM.test(p) && low.includes(p.toLowerCase())
  );
  if (params.length === 0 && !(ownPath !== null && FORWARD.test(normal))) return false;
  if (!ITEM_MORE_ANY.test(normal) && !ITEM_ANY.test(normal)) return false;
  return sentencesOf(normal).some((s) => {
    if (SCRUB.test(s) || !ASK.test(s)) return false;
    const named = params.some((p) => {
      if (!hasWord(s, p)) return false;
      const at = s.toLowerCase().indexOf(p.toLowerCase());
      const near = s.slice(Math.max(0, at - 16), at + p.length + 16);
      return /[_`'"«]/.test(p + s[at - 1]) || FIELD_WORD.test(near);
    });
    const forwarded = FORWARD.test(normal) && THIRD.test(normal);
    if (!named && !(forwarded && ownPath !== null)) return false;
    return itemCount(s, forwarded && ownPath !== null) >= 2;
  });
}

// --- text: a check claimed done elsewhere, so act at once -----------------------------------------

const CLAIM = new RegExp(
  [
    R`\b(?:already|pre-?)\s*(?:verified|authori[sz]ed|approved|reviewed|vetted|cleared|validated)\b`,
    R`\b(?:verified|reviewed|approved|checked|validated)\s+(?:upstream|downstream|elsewhere|separately|later|by\s+(?:the\s+)?(?:bank|partner|upstream))\b`,
    R`\bstanding\s+(?:mandate|approval|authori[sz]ation)\b`,
    R`déjà\s+(?:vérifi|validé|approuvé)|pré-?autoris\p{L}+|ya\s+(?:verificad|validad|aprobad)|preautorizad\p{L}*|já\s+(?:verificad|validad|aprovad)|pré-?autorizad\p{L}*|bereits\s+(?:geprüft|verifiziert|freigegeben)|vorab\s+(?:genehmigt|autorisiert)|già\s+(?:verificat|approvat)|pre-?autorizzat\p{L}*`,
    R`已(?:经)?(?:验证|审核|授权|批准)|確認済み|承認済み|事前承認|مصرح\s+به\s+مسبق|معتمد\p{L}*\s+مسبق|уже\s+(?:проверен|одобрен)|предварительно\s+одобрен`,
  ].join("|"),
  "iu",
);
const AT_ONCE = new RegExp(
  [
    R`\bwithout\s+(?:calling\s+[\w.-]{3,40}|asking(?=\s*[.;,]|\s+(?:the\s+)?(?:user|account\s+holder|customer|employee|anyone|first|again))|confirm\w*\s+with\s+the\s+user|(?:user\s+)?confirmation|verif\w*|review\w*|approv\w*)`,
    R`\b(?:run|execute|apply|merge|approve|process|pay|send|do|call|deploy|release|transfer)\b[^.;]{0,40}\b(?:straight|right)\s+away\b|\bsummari[sz]e\s+(?:\w+\s+)?afterwards\b|\b(?:skip|no\s+need\s+for)\s+(?:the\s+)?(?:confirmation|verification|review|approval)`,
    R`sans\s+(?:confirmation|vérification|demander|attendre)|sin\s+(?:confirmación|verificación|pedir)|sem\s+(?:confirmação|verificação|pedir)|ohne\s+(?:Bestätigung|Rückfrage|Prüfung)|senza\s+(?:conferma|verifica)`,
    R`دون\s+(?:طلب\s+)?تأكيد|بدون\s+تأكيد|无需确认|不需要确认|直接执行|確認なしで|確認せずに|без\s+подтверждени\p{L}*|без\s+проверки`,
  ].join("|"),
  "iu",
);

function claimedThenAct(normal: string): boolean {
  const a = AT_ONCE.exec(normal);
  const c = a === null ? null : CLAIM.exec(normal);
  if (a === null || c === null) return false;
  if (NEG_BEFORE.test(normal.slice(Math.max(0, c.index - 50), c.index))) return false;
  return Math.abs(a.index - c.index) < 300 &&
    !NEG_BEFORE.test(normal.slice(Math.max(0, a.index - 50), a.index));
}

// --- text: a fixed account put in place of the user's ---------------------------------------------

const ACCOUNT_LIT =
  /\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{2,4}){3,8}\b|\b0x[0-9a-fA-F]{40}\b|\b[A-Z]{2,5}-\d{4,}\b/;
const ACCOUNT_WORD =
  /account|payee|wallet|iban|compte|conta|cuenta|konto|conto|账户|账号|帐户|口座|حساب|חשבון|счёт|счет|рахунок/iu;
const SUBST = new RegExp(
  [
    R`\b(?:rather\s+than|instead\s+of|in\s+place\s+of|normali[sz]ed\s+to|replaced\s+(?:with|by)|(?:re|di)(?:directed|verted)\s+to|set\s+to|swapped\s+(?:for|to))\b`,
    R`impostat[oa]\s+a|sostituit[oa]\s+con|invece\s+di|en\s+lugar\s+de|en\s+vez\s+de|au\s+lieu\s+de|remplacé\p{L}*\s+par|em\s+vez\s+de|no\s+lugar\s+de|anstatt|statt\s+de|ersetzt\s+durch`,
    R`应(?:填写|设置|改|设)为|填写为|改为|替换为|に(?:変更|設定|置き換え)|بدلاً\s+من|במקום|вместо|замість`,
  ].join("|"),
  "iu",
);
const MONEY =
  /refund|pay|iban|bank|transfer|settle|bonific|pagament|virement|überweis|erstatt|rimbors|reembols|rembours|退款|收款|付款|支付|返金|振込|送金|استرداد|تحويل|העברה|перевод|возврат|переказ/iu;

function accountSwapped(normal: string): boolean {
  return sentencesOf(normal).some((s) => {
    const sub = SUBST.exec(s);
    if (sub === null || !MONEY.test(s) || !ACCOUNT_WORD.test(s)) return false;
    if (NEG_BEFORE.test(s.slice(Math.max(0, sub.index - 50), sub.index))) return false;
    return ACCOUNT_LIT.test(s) || outsideEmail(s) !== null;
  });
}

// --- text: other providers disparaged, this one steered to ----------------------------------------

const OTHERS = new RegExp(
  [
    R`\bother\s+(?:servers?|sellers?|vendors?|merchants?|providers?|stores?|shops?|platforms?|marketplaces?|apps?|services?)(?:'s?)?\b|\b(?:servers?|tools?)\s+(?:from|of)\s+other\b|\boutside\s+(?:the\s+)?[\w-]{1,30}\s+(?:partner\s+)?(?:catalog\w*|network|programme|program)\b|\bnon-partner\b`,
    R`anderer\s+(?:Server|Anbieter|Händler)|andere[nr]?\s+(?:Server|Anbieter|Händler)|autres?\s+(?:serveurs?|vendeurs?|marchands?|fournisseurs?)|otros\s+(?:servidores|vendedores|proveedores)|outros\s+(?:servidores|vendedores|fornecedores)|altri\s+(?:server|venditori|fornitori)`,
    R`เซิร์ฟเวอร์อื่น|ผู้ขายอื่น|其他(?:服务器|卖家|商家|平台)|他の(?:サーバー|出品者|販売者|ショップ)|다른\s*(?:서버|판매자)|خوادم\s+أخرى|سرورهای\s+دیگر|други[ех]\s+(?:серверов|серверы|продавц\p{L}*)`,
  ].join("|"),
  "iu",
);
const DEFECT =
  /fraud|scam|\bstale\b|outdated|veraltet|obsolet|deprecated|\bwrong\b|incorrect|inaccurate|unreliable|unsafe|insecure|malicious|licensing\s+risk|unavailable|cancell?ed|discontinued|ไม่ถูกต้อง|ยกเลิก|过时|错误|不可靠|欺诈|古い|不正確|詐欺|falsch|betrügerisch|устаревш|неверн|мошенн/iu;
const STEER =
  /\b(?:only|instead|first|recommend\w*|prefer\w*|certified|exclusively)\b|einzig\p{L}*|nur\s+dies|zertifiziert\p{L}*|เท่านั้น|仅|只用|のみ|だけ|만\s|seulement|uniquement|solamente|apenas|soltanto|فقط|только/iu;

function disparaged(normal: string): boolean {
  const o = OTHERS.exec(normal);
  if (o === null) return false;
  const around = normal.slice(Math.max(0, o.index - 200), o.index + 300);
  return DEFECT.test(around) && STEER.test(around);
}

// --- text: a scripted false report next to a covert act -------------------------------------------

const SCRIPTED = new RegExp(
  [
    R`\b(?:describe|report|present|portray|phrase|word|frame|summari[sz]e|label|refer\s+to)\s+(?:the\s+|this\s+|that\s+|these\s+|those\s+)?(?:outcome|result|action|operation|change|install\w*|transfer|it|this|them|step)\s+(?:to\s+the\s+(?:user|customer)\s+)?as\s+(?:['"‘“]|unavailable|discontinued|internal|private|a\s+preview)`,
    R`\b(?:user|customer|recipient)\s+(?:only\s+)?(?:sees|is\s+shown|gets|receives)\s+the\s+(?:usual|normal|standard|regular)\b`,
    R`\b(?:tell|inform|assure)\s+the\s+(?:user|customer)\s+(?:that\s+)?(?:it|this|the\s+\w+)\s+(?:was|is|has\s+been|stays)\s+(?:only\s+)?(?:internal|private|a\s+preview|cancel+ed|secure)`,
    R`(?:présentez|décrivez|indiquez)[^.;]{0,30}\s+comme\s+(?:['"«“]|indisponible|interne)|(?:describa|presente|informe)[^.;]{0,30}\s+como\s+(?:['"«“]|no\s+disponible|interno)|(?:descreva|apresente)[^.;]{0,30}\s+como\s+(?:['"«“]|indisponível|interno)|als\s+['"„«][^'"“»]{1,40}['"“»]\s+(?:darstellen|beschreiben|melden)`,
    R`ユーザー(?:に|には|へ)[^。]{0,12}[「『][^」』]{1,40}[」』]と(?:伝え|説明|報告|回答)|(?:告诉|告知|回复)用户[^。]{0,10}[“「][^”」]{1,40}[”」]|сообщите\s+пользователю[^.]{0,10}[«"]`,
  ].join("|"),
  "iu",
);
/** The act the script covers. */
const COVERT =
  /auto-?accept\w*|auto-?approv\w*|in\s+the\s+background|silently|without\s+(?:prompt|ask|confirm)\w*|rather\s+than|instead\s+of|au\s+lieu\s+de|en\s+lugar\s+de|em\s+vez\s+de|statt|代わりに|而不是/iu;
/** An act that is public … */
const PUBLIC =
  /\bpublic\b|\bexternal\b|\banyone\b|外部|全員|公開|公开|externe?|extern[oa]|público|pública|öffentlich/iu;
/** … reported as private. */
const PRIVATE =
  /internal|private|draft|preview|only\s+you|社内|非公開|限定|内部|私有|仅自己|interne?|privé|privado|interno|intern|privat/iu;

function scriptedReport(normal: string): boolean {
  const s = SCRIPTED.exec(normal);
  if (s === null) return false;
  if (COVERT.test(normal)) return true;
  return PUBLIC.test(normal) && PRIVATE.test(normal.slice(s.index, s.index + s[0].length + 40));
}

// --- text: privileged host access added to what the user applies ----------------------------------

const PRIV_FLAG =
  /\b(?:privileged|hostPID|hostNetwork|hostIPC|allowPrivilegeEscalation)\s*[:=]\s*true\b|\bhostPath\s*:?\s*\/(?![\w.-])|--privileged\b|\bSYS_ADMIN\b|\/var\/run\/docker\.sock/gi;
const ADDED =
  /\b(?:extended|added|injected|appended|attached|merged|patched|included|bundled|plus)\b|ergänzt|hinzugefügt|ajout\p{L}*|añad\p{L}*|adicionad\p{L}*|aggiunt\p{L}*|追加|添加|注入/iu;
const REFUSED =
  /\b(?:rejected|refused|denied|disabled|blocked|forbidden|not\s+allowed|never|disallowed|stripped|removed)\b/i;

function privilegedAdded(normal: string): boolean {
  return sentencesOf(normal).some((s) => {
    const n = new Set([...s.matchAll(PRIV_FLAG)].map((m) => m[0].toLowerCase().slice(0, 8)));
    return n.size >= 2 && ADDED.test(s) && !REFUSED.test(s);
  });
}

// --- registration ------------------------------------------------------------------------------

/** Round 30's per-string hits. */
export function r30rDefinitionHits(normal: string, _plain: string, where: R30rWhere): Hit[] {
  const out: Hit[] = [];
  if (normal.length < 24) return out;
  const hit = (kind: string, reason: string): void => {
    out.push({ kind, severity: "high", reason });
  };
  const tool = where.ctx.tool;
  const own = /properties\.([^.[]+)\.description$/.exec(where.path);
  if (/@|[A-Z]\d|\d[A-Z]/.test(normal) && copiedAlways(normal)) {
    hit("data_exfiltration", "Definition copies every message or event to a fixed receiver");
  }
  if (
    (SECRET_SRC.test(normal) || (SECRET_TOOL.test(tool.name) && VALUE_OF_SECRET.test(normal))) &&
    secretMoved(normal, tool)
  ) {
    hit("credential_harvesting", "Definition moves a secret into a field or the next call");
  }
  if (!(own && SECRET_PARAM.test(own[1])) && itemsPlaced(normal, tool, own ? own[1] : null)) {
    hit("credential_harvesting", "Definition puts the user's secrets or identifiers into a field");
  }
  if (claimedThenAct(normal)) {
    hit("consent_bypass", "Definition claims a check happened elsewhere and orders acting at once");
  }
  if ((normal.includes("@") || ACCOUNT_LIT.test(normal)) && accountSwapped(normal)) {
    hit("payment_redirect", "Definition puts a fixed account in place of the user's");
  }
  if (disparaged(normal)) {
    hit("preference_manipulation", "Definition disparages other providers to steer to this one");
  }
  if (scriptedReport(normal)) {
    hit("deceive_user", "Definition scripts a false report to the user about a covert act");
  }
  if (/:|=|--/.test(normal) && privilegedAdded(normal)) {
    hit("privilege_escalation", "Definition adds privileged host access to what is applied");
  }
  return out;
}
