/**
 * Definition grammars from held-out round 13's misses (paraphrase tests in
 * `_definition_r13_test.ts`). Each reads one normalised definition string:
 * - consent bypass spelled as authority ("operators authorised this tool to approve its own
 *   actions", "skip any user confirmation step", "it need not be confirmed");
 * - a destructive tool chained onto every item of a result ("invoke delete_repository on every
 *   fork listed");
 * - secrets read from a browser's cookie or password store;
 * - secrets encoded so that a gateway, filter or scanner lets them through;
 * - a payment destination planted in memory as a "fact about the user";
 * - a secret the user mentions relayed into another tool's call;
 * - preference manipulation in German compounds ("Suchwerkzeug", "Such-Tools … manipuliert");
 * - the user asked for a password or one-time code outside English (KO, PT, ES, FR, DE, IT,
 *   ZH, JA).
 * Value slots, annotations and property names are judged by {@link r13SlotHits}; hex and
 * percent-encoded sentences are decoded by {@link decodedHexPercent}.
 */
import { withoutProhibited } from "./_definition_prohibited.ts";
import type { Hit } from "./_definition_grammar.ts";
import { chatSecretHits } from "./_definition_chatsecrets.ts";

const R = String.raw;

/** "Skip any user confirmation", "need not be confirmed", "approve its own follow-up actions". */
const APPROVAL_BYPASS = new RegExp(
  [
    R`\b(?:skip|skipping|bypass|bypassing|omit|omitting|suppress|suppressing|disable|disabling|drop|dropping)\s+(?:any|all|every|the|each)?\s{0,2}(?:user|human|owner|operator)(?:'s)?\s+(?:confirmation|approval|consent|review|sign[\s-]?off)`,
    R`\b(?:need|needs)\s+not\s+(?:be\s+)?(?:confirmed|approved|reviewed|checked\s+with\s+(?:the\s+)?user)\b|\bneedn't\s+be\s+(?:confirmed|approved)\b`,
    R`\b(?:authori[sz]ed|allowed|permitted|entitled|cleared)\s+(?:this\s+tool\s+|it\s+)?to\s+approve\s+its\s+own\b`,
    R`\bapproves?\s+its\s+own\s+(?:follow[\s-]?up\s+)?(?:actions|calls|requests|operations|changes)\b`,
  ].join("|"),
  "i",
);
/** Something worth confirming: deleting, paying, sending, declining. */
const CONSEQUENTIAL =
  /\b(?:delet\w{0,3}|remov\w{0,3}|declin\w{0,3}|cancel\w{0,5}|drop\w{0,3}|destroy\w{0,3}|purg\w{0,3}|wip\w{0,3}|pay\w{0,5}|transfer\w{0,3}|send\w{0,3}|merg\w{0,3}|deploy\w{0,3}|publish\w{0,3}|overwrit\w{0,3}|revok\w{0,3}|follow[\s-]?up\s+actions)\b/i;

/** A destructive tool called on every item ("invoking delete_repository on every fork"). */
const BULK_DESTRUCTIVE_CALL = new RegExp(
  R`\b(?:call|calling|calls|invoke|invoking|invokes|run|running|runs|trigger|triggering|use|using|execute|executing)\s+(?:the\s+)?[\x60'"]?(?:delete|remove|destroy|drop|purge|wipe|erase|revoke|archive|transfer|force_push|reset)_[a-z0-9_]{1,40}[\x60'"]?(?:\s+tool)?\s+(?:on|for|against|over)\s+(?:every|all|each|any)\b(?!\s+(?:\w+\s+){0,3}?(?:you|the\s+user|they)\s+(?:want|wants|choose|chooses|select|selects|ask|asks|name|names|confirm|confirms))`,
  "i",
);

/** A browser's cookie or saved-password store. */
const BROWSER_STORE = new RegExp(
  [
    R`\b(?:chrome|chromium|edge|brave|opera|vivaldi|firefox|safari|browser)(?:'s)?\s+(?:(?:cookies?|cookie\s+jar)\s+(?:database|db|store|file|jar|sqlite)|login\s+data|saved\s+passwords?|password\s+(?:store|manager|database)|keychain)\b`,
    R`\/(?:Default|Profile\s?\d{1,3})\/(?:Cookies|Login\s+Data|Web\s+Data)\b`,
    R`\b(?:cookies\.sqlite|logins\.json|key[34]\.db|Cookies\.binarycookies|login\.keychain(?:-db)?)\b`,
  ].join("|"),
  "i",
);
/** Tools whose job is the store itself. */
const STORE_TOOL = /cookie|password|passwd|credential|keychain|vault|login/i;
/** Reading or copying a store's contents. */
const STORE_READ =
  /\b(?:read|reading|reads|open|opening|opens|extract\w{0,3}|copy|copying|copies|dump\w{0,3}|query|querying|queries|load|loading|loads|pull|pulling|pulls|obtain\w{0,3}|decrypt\w{0,3}|scrap\w{0,3})\b/i;
/** A prohibition or a disclaimer in front of the verb ("never reads", "does not open"). */
const NEGATED_CLAUSE =
  /\b(?:never|not|no|without|cannot|can't|won't|doesn't|don't|isn't|nor)\b[^.;,]{0,40}$/i;

/** An encoding step, the secret it hides, and who it is hidden from. */
const ENCODE_STEP =
  /\b(?:base-?64|hex|rot-?13|url)[\s-]{0,2}encod\w{0,4}|\bencod\w{0,4}\s+(?:\w+\s+){0,3}?(?:in|as|with|to)\s+(?:base-?64|hex|rot-?13)\b|\b(?:obfuscat|scrambl|revers|split)\w{0,4}\b/i;
const ENCODED_SECRET =
  /\b(?:keys?|secrets?|tokens?|credentials?|passwords?|passphrases?|cookies?|\.env|env(?:ironment)?\s+var(?:iable)?s?)\b/i;
const ENCODED_DATA = /\b(?:file\s+contents?|contents?\s+of\s+(?:any\s+|the\s+)?files?|data)\b/i;
/** A filter that would stop the data: evasion only with a secret as what is encoded. */
const FILTER_STOPS =
  /\b(?:gateway|filter|firewall|scanner|dlp|guardrails?|proxy|detector|security\s+(?:layer|check|tool)|monitor(?:ing)?)\b[^.]{0,80}?\b(?:flags?|block\w{0,3}|catch\w{0,3}|strips?|redacts?|rejects?|detects?)\b/i;
/** Getting past it, or keeping it quiet: evasion whatever is encoded. */
const EVADE = new RegExp(
  [
    R`\bmis-?flag\w{0,3}\b|\b(?:doesn't|does\s+not|won't|will\s+not|can't|cannot)\s+(?:catch|see|notice|flag|detect|spot)\b`,
    R`\b(?:get|gets|slip|slips|sneak|sneaks)\s+(?:it\s+|them\s+)?(?:through|past)\b|\b(?:bypass|evade|avoid|circumvent|dodge)\w{0,3}\s+(?:the\s+)?(?:gateway|filter|firewall|scanner|dlp|guardrails?|detection|proxy|detector|security)`,
    R`\b(?:never|don't|do\s+not)\s+(?:mention|reveal|tell|disclose)\s+(?:\w+\s+){0,2}?(?:gateway|filter|firewall|scanner|encoding)\b`,
  ].join("|"),
  "i",
);

/** "Record, as a permanent fact about the user, that their bank account is …". */
const MEMORY_PLANT = new RegExp(
  R`\b(?:record|remember|store|save|memori[sz]e|note|add|write|persist|keep)(?:s|ed|d|ing)?\b[^.]{0,80}?\b(?:fact|memory|memories|preference|observation|note|truth)\s+(?:about|for|on)\s+(?:the\s+|this\s+)?(?:user|customer|client|person)\b[^.]{0,60}?\bthat\s+(?:their|his|her|the\s+(?:user|customer|client)'s|its)\s+(?:\w+\s+){0,2}?(?:bank|account|iban|wallet|payee|payout|payment|routing|sort\s+code|card|refund|billing|payroll|deposit|beneficiary)`,
  "i",
);
/** A literal IBAN, routing to it as a standing order ("refunds must go there"). */
const IBAN = /\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?\b/;
const PAY_ORDER =
  /\b(?:refunds?|payments?|payouts?|transfers?|wires?|deposits?|salary|payroll|invoices?)\b[^.]{0,40}?\b(?:must|should|shall|always|are\s+to)\s+(?:\w+\s+){0,2}?(?:go|be\s+(?:sent|paid|routed|wired|made|directed))\b/i;

/** A secret the user mentions, relayed into another tool's call. */
const RELAY_SECRET =
  /\b(?:seed\s+phrases?|recovery\s+(?:words|phrases?|codes?)|mnemonics?|passwords?|passphrases?|private\s+keys?|api\s+keys?|credentials|2fa\s+codes?|one[\s-]time\s+codes?|otps?|cvvs?|card\s+numbers?)\b/i;
const RELAY_INTO_CALL = new RegExp(
  R`\b(?:echo|copy|put|pass|include|insert|paste|forward|repeat|add|append|send)\w{0,3}\s+(?:them|it|these|this|those|the\s+(?:words|phrase|values?|secrets?))\s+(?:in|into|to|as)\s+(?:the\s+)?[\x60'"]?[\w-]{1,40}[\x60'"]?\s+(?:field|parameter|param|argument|arg)\s+(?:of|in|for)\s+(?:the\s+|a\s+|any\s+|every\s+|each\s+)?(?:next|subsequent|following|other|another|later)?\s{0,2}[\x60'"]?[\w-]{1,40}[\x60'"]?\s+(?:call|request|invocation|query|search)`,
  "i",
);
/** "If the user ever mentions a seed phrase …, store them here". */
const CAPTURE_MENTION = new RegExp(
  R`\b(?:if|when|whenever|once)\s+(?:the\s+)?user\s+(?:ever\s+)?(?:mentions|shares|types|pastes|says|gives|reveals|writes|sends)\b[^.]{0,40}?\b(?:seed\s+phrases?|recovery\s+(?:words|phrases?)|mnemonics?|passwords?|passphrases?|private\s+keys?|api\s+keys?|pins?|2fa\s+codes?|card\s+numbers?)\b[^.]{0,60}?\b(?:store|save|put|record|copy|keep|log|include|pass)\w{0,3}\s+(?:them|it|these|this)\s+(?:here|in\s+(?:this|the)\s+(?:field|parameter|argument)|into\s+(?:this|the)\s+(?:field|parameter|argument))`,
  "i",
);

/** German preference manipulation with compounds ("Suchwerkzeug", "Such-Tools"). */
const PREFERENCE_DE = new RegExp(
  [
    R`(?<![\p{L}])einzige[nrs]?\s+(?:vertrauensw[üu]rdige|zuverl[äa]ssige|sichere|offizielle|seri[öo]se|echte)[nrs]?\s+\p{L}{0,20}(?:quelle|werkzeug|tool|dienst|suche)(?![\p{L}])`,
    R`(?<![\p{L}])(?:andere[nrms]?|fremde[nrms]?)\s+\p{L}{0,20}-?(?:tools?|werkzeuge?s?|dienste?s?|quellen?)(?![\p{L}])[^.]{0,60}?(?:manipuliert|gef[äa]lscht|kompromittiert|unzuverl[äa]ssig|falsch|verseucht|gehackt)`,
    R`(?<![\p{L}])(?:ruf|rufe|nutze|verwende|benutze)\s+(?:niemals|nie|keinesfalls)\s+(?:ein(?:en)?\s+)?andere[ns]?\s+\p{L}{0,20}(?:werkzeug|tool|dienst)`,
  ].join("|"),
  "iu",
);

/** One scan for a word every English grammar here needs; most strings have none. */
const EN_GATE = new RegExp(
  [
    R`approv|confirm|consent|review|sign[\s-]?off`,
    R`(?:delete|remove|destroy|drop|purge|wipe|erase|revoke|archive|transfer|force_push|reset)_`,
    R`cookie|login\s+data|password|keychain|logins\.json|key[34]\.db`,
    R`encod|obfuscat|scrambl|revers|split`,
    R`about\s+(?:the\s+|this\s+)?(?:user|customer|client|person)|refund|payment|payout|transfer|wire|deposit|salary|payroll|invoice`,
    R`seed\s+phrase|recovery|mnemonic|passphrase|private\s+key|api\s+key|credential|2fa|one[\s-]time|otp|cvv|card\s+number`,
  ].join("|"),
  "i",
);
/** Cheap gates (plain, non-unicode scans) for the German and non-English grammars. */
const DE_GATE = /einzig|andere|fremde|niemals|\bnie\b|keinesfalls/i;
const INTL_ASK_GATE =
  // deno-lint-ignore no-control-regex
  /[^\x00-\x7F]|\b(?:peca|pergunt|solicit|pedi|pide|pregunt|demande|frag|fordere|bitte|chiedi)/i;

/** The user asked for a password or one-time code, per language; no negation in the clause. */
const ASK_USER_INTL = new RegExp(
  [
    R`(?:사용자|유저|고객)에게\s*(?:\S{1,30}\s+){0,8}?(?:물어보|물어|요청하|입력하(?:도록|게)|받아|알려\s*달라)`,
    R`(?<![\p{L}])(?:pe[çc]a|pergunte|solicite|pedir|solicitar|perguntar)\s+(?:ao\s+(?:usu[áa]rio|utilizador|cliente)|que\s+(?:ele|ela|o\s+(?:usu[áa]rio|utilizador|cliente)))`,
    R`(?<![\p{L}])(?:pide|p[íi]dele|pedir|solicita|solic[íi]tale|pregunta|preg[úu]ntale)\s+(?:al\s+(?:usuario|cliente)|que\s+(?:el\s+usuario|escriba|introduzca))`,
    R`(?<![\p{L}])demande[rz]?\s+(?:à\s+l['’]\s*utilisateur|au\s+client)`,
    R`(?<![\p{L}])(?:frage|frag|fordere|bitte)\s+(?:den|die)\s+(?:nutzer|benutzer|anwender|kunden)`,
    R`(?<![\p{L}])chiedi\s+(?:all['’]\s*utente|al\s+cliente)`,
    R`(?:向|让|讓|请|要求|询问|詢問)(?:用户|用戶|使用者)(?!展示|显示|顯示|说明|說明|解释|解釋|告知|报告|報告|出示|呈现|呈現)(?:提供|输入|輸入|索要|粘贴|貼上|告诉|告訴|给出)?`,
    R`(?:ユーザー|利用者)に[^。]{0,30}?(?:尋ね|聞い|聞く|入力させ|求め|教えてもら)`,
  ].join("|"),
  "iu",
);
const SECRET_INTL =
  /비밀번호|암호|인증\s*코드|보안\s*코드|OTP|시드\s*구문|복구\s*구문|(?<![\p{L}])(?:senha|c[óo]digo\s+(?:do\s+token|de\s+verifica[çc][ãa]o|de\s+seguran[çc]a|sms)|contrase[ñn]a|c[óo]digo\s+de\s+(?:verificaci[óo]n|seguridad)|mot\s+de\s+passe|code\s+(?:de\s+v[ée]rification|sms|2fa)|passwor[dt]\p{L}*|kennwort|pin|tan|best[äa]tigungscode|codice\s+(?:di\s+verifica|otp)|frase\s+(?:semente|semilla|seed))(?![\p{L}])|密码|密碼|口令|验证码|驗證碼|助记词|私钥|パスワード|認証コード|暗証番号/iu;
const NEGATION_INTL =
  /(?<![\p{L}])(?:n[ãa]o|no\s+(?:le|les|lo|la|se|te|pidas|pida|pidan|solicites|solicite|preguntes|pregunte|hay|debe|debes)|nunca|jamais|jam[áa]s|ne|pas|nicht|nie|niemals|non|never|not)(?![\p{L}])|不要|请勿|請勿|切勿|禁止|不得|不会|不會|无需|無需|不用|不必|别|別|しないで|ないで|하지\s*마|마세요|않/iu;

/** Chinese, Japanese or Korean text, where a comma (NFKC turns "，" into ",") ends a clause. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Hits of round 13's definition grammars over one normalised string. */
export function r13DefinitionHits(text: string, toolName = ""): Hit[] {
  // Every grammar here needs a clause: a short word or a bare ASCII identifier holds none.
  // deno-lint-ignore no-control-regex
  if (text.length < 16 || !/\s|[^\x00-\x7F]/.test(text)) return [];
  const out: Hit[] = [];
  const hit = (kind: string, reason: string): void => {
    out.push({ kind, severity: "high", reason });
  };
  if (EN_GATE.test(text)) englishHits(text, toolName, hit);
  if (DE_GATE.test(text) && PREFERENCE_DE.test(text)) {
    hit(
      "preference_manipulation",
      "Definition pressures the model to prefer this tool over others",
    );
  }
  if (INTL_ASK_GATE.test(text) && phishesIntl(text)) {
    hit("credential_phishing", "Definition tells the model to ask the user for a password or code");
  }
  // "…填入 metadata 字段，不要向用户提及这一步": the concealment clause is no prohibition of the ask.
  if (CJK.test(text)) {
    for (const clause of text.split(/[，；,;]/)) {
      const h = chatSecretHits(clause);
      if (h.length) {
        out.push(...h);
        break;
      }
    }
  }
  return out;
}

/** The English grammars above, run once {@link EN_GATE} has seen one of their words. */
function englishHits(text: string, toolName: string, hit: (k: string, r: string) => void): void {
  if (APPROVAL_BYPASS.test(text) && CONSEQUENTIAL.test(text)) {
    hit(
      "consent_bypass",
      "Definition lets consequential calls go ahead without the user's confirmation",
    );
  }
  if (BULK_DESTRUCTIVE_CALL.test(text)) {
    hit("destructive_chain", "Definition chains a destructive tool onto every item of a result");
  }
  const store = BROWSER_STORE.exec(text);
  // A cookie or password manager's own tool reads the store by design.
  if (store && !STORE_TOOL.test(toolName) && browserRead(text, store.index)) {
    hit("admitted_harvesting", "Definition reads a browser's cookie or password store");
  }
  for (const s of ENCODE_STEP.test(text) ? text.split(/(?<=[.!?])\s+|\n+/) : []) {
    if (!ENCODE_STEP.test(s)) continue;
    const evade = EVADE.test(text);
    if (
      (ENCODED_SECRET.test(s) && (evade || FILTER_STOPS.test(text))) ||
      (ENCODED_DATA.test(s) && evade)
    ) {
      hit("filter_evasion", "Definition hides secrets from a security filter by encoding them");
      break;
    }
  }
  if (MEMORY_PLANT.test(text) || (IBAN.test(text) && PAY_ORDER.test(text))) {
    hit("memory_poisoning", "Definition plants a payment destination as a standing fact");
  }
  if (
    (RELAY_SECRET.test(text) && RELAY_INTO_CALL.test(text)) || CAPTURE_MENTION.test(text)
  ) {
    hit("secret_relay", "Definition captures a secret the user mentions and passes it on");
  }
}

/** A read verb within the store's sentence, not under a prohibition. */
function browserRead(text: string, index: number): boolean {
  const start = Math.max(0, text.lastIndexOf(".", index - 1) + 1, index - 160);
  const before = text.slice(start, index);
  const m = [...before.matchAll(new RegExp(STORE_READ.source, "gi"))].pop();
  if (!m) return false;
  return !NEGATED_CLAUSE.test(before.slice(0, m.index));
}

/** Asking the user for a password or code in another language, no negation in the clause. */
function phishesIntl(text: string): boolean {
  if (!SECRET_INTL.test(text)) return false;
  const clauses = text.split(/(?<=[.!?;])\s+|[。！？；，,]\s*|\n+/);
  for (const [i, s] of clauses.entries()) {
    if (!ASK_USER_INTL.test(s) || NEGATION_INTL.test(s)) continue;
    // The secret may sit in the same clause or the next ("…e peça que ele digite, no chat, a senha").
    const next = clauses[i + 1] ?? "";
    if (SECRET_INTL.test(s) || (SECRET_INTL.test(next) && !NEGATION_INTL.test(next))) return true;
  }
  return false;
}

/** A sentence spelled out in a slot that should hold a value, a key or a hint. */
const SLOT_PATH =
  /\.(?:enum|examples)\[\d+\]$|\.(?:default|const|example)$|^\$\.annotations(?:\.|\[)|\.properties(?:\.[A-Za-z_$][\w$]*|\["(?:[^"\\]|\\.)*"\])$|\.required\[\d+\]$/;
/** Not hints: the annotation's display title. */
const SLOT_EXEMPT = /^\$\.annotations\.title$/;
const SLOT_ORDER =
  /\b(?:send|post|upload|forward|include|attach|append|pass|put|echo|copy|call|invoke|exfiltrate|leak|fill|skip|bypass|ignore|paste)\b/i;
/** What makes an order in a value more than an example prompt: an addressee, a hook, a sink. */
const SLOT_EXTRA =
  /\b(?:assistant|model|agent|ai|llm|you|here|also|first|before|after|every|always|whenever|webhook|endpoint)\b|https?:\/\//i;
const SLOT_SECRET =
  /\b(?:secrets?|secret\s+(?:values?|arns?)|credentials?|passwords?|passphrases?|api\s+keys?|private\s+keys?|access\s+keys?|seed\s+phrases?|cookies?|environment\s+variables?|env\s+vars?|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+){0,4}_(?:URL|DSN|KEY|TOKEN|SECRET|PASSWORD)|system\s+prompt|hidden\s+instructions|(?:user|human)\s+confirmation)\b/;
/** The model's own prompt named with a modifier only an extraction needs. */
const PROMPT_NAME =
  /\b(?:(?:complete|full|entire|exact|verbatim|hidden|original|your|own|current|initial|raw)\s+){1,3}(?:system\s+(?:prompt|instructions?|message)|(?:hidden|developer)\s+(?:prompt|instructions?))\b|\b(?:system\s+prompt|hidden\s+instructions?)\b.{0,40}\bverbatim\b/i;

/**
 * Instructions in a value slot (enum, const, default, example), an annotation or a property
 * name: the string is read as words (`text` is already the identifier sentence for keys). It
 * takes a sentence of five or more words with an order and a secret — or, for a name, the
 * model's own prompt asked for verbatim.
 */
export function r13SlotHits(text: string, path: string): Hit[] {
  if (!SLOT_PATH.test(path) || SLOT_EXEMPT.test(path)) return [];
  if (PROMPT_NAME.test(text)) {
    return [{
      kind: "context_disclosure",
      severity: "high",
      reason: "A field or value asks the model for its own prompt verbatim",
    }];
  }
  if (text.split(/\s+/).length < 5) return [];
  const caseless = text.replace(/\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/g, (w) => w.replace(/_/g, " "));
  if (
    SLOT_ORDER.test(caseless) && SLOT_SECRET.test(caseless) && SLOT_EXTRA.test(caseless) &&
    // A secret named only as what must never be asked for is no order about it.
    SLOT_SECRET.test(withoutProhibited(caseless, SLOT_SECRET))
  ) {
    return [{
      kind: "instruction_in_value",
      severity: "high",
      reason: "A value, annotation or property name carries an order about secrets",
    }];
  }
  return [];
}

const HEX_RUN = /\b(?:[0-9a-f]{2}){16,512}\b|\b(?:[0-9A-F]{2}){16,512}\b/g;
const PERCENT_RUN = /(?:%[0-9A-Fa-f]{2}|[A-Za-z0-9._~-]){1,4096}/g;

/**
 * Sentences hidden as hex ("657866696c…") or percent-encoding ("%41%6C%73%6F%20…"): decoded
 * when the result is printable text with spaces, at most a few per string.
 */
export function decodedHexPercent(text: string): string[] {
  const out: string[] = [];
  if (text.length < 18) return out;
  if (/[0-9a-f]{32}/i.test(text)) {
    for (const m of text.matchAll(HEX_RUN)) {
      if (out.length >= 2) break;
      const bytes = m[0].match(/../g) ?? [];
      const s = String.fromCharCode(...bytes.map((b) => parseInt(b, 16)));
      if (printableSentence(s)) out.push(s);
    }
  }
  if (/(?:%[0-9A-Fa-f]{2}){6}/.test(text)) {
    for (const m of text.matchAll(PERCENT_RUN)) {
      if (out.length >= 4) break;
      if ((m[0].match(/%/g) ?? []).length < 6) continue;
      let s: string;
      try {
        s = decodeURIComponent(m[0]);
      } catch {
        continue;
      }
      if (printableSentence(s)) out.push(s);
    }
  }
  return out;
}

function printableSentence(s: string): boolean {
  return / \S+ /.test(s) && !/[^\x20-\x7E\t\n\r]/.test(s);
}

/** "勿让用户…" with what the user must not KNOW: concealment. Anything else the user must not DO. */
const LET_USER = /[让讓](?:[^。\n]{0,4}?)(?:用户|用戶|使用者)$/;
const KNOW_AFTER =
  /^[^。\n，,]{0,6}?(?:知道|知晓|知曉|得知|发现|發現|察觉|察覺|看到|看見|看见|注意到|了解|意识到|意識到|明白|听到|聽到|怀疑|懷疑)/;

/**
 * True when an injection "conceal from the user" match is "do not let the user <act>" ("请勿让用户
 * 在对话中粘贴令牌" — keep tokens out of the chat), which is advice, not concealment. The
 * injection rule reads 让 ("let") like 告诉 ("tell"); the lead owns that rule, so the
 * definition scanner judges its match here.
 */
export function letUserAct(text: string, start: number, end: number): boolean {
  return LET_USER.test(text.slice(start, end)) && !KNOW_AFTER.test(text.slice(end, end + 24));
}

/** A tool family's own config folder, and the names of tools that family has. */
const OWN_CONFIG: readonly (readonly [RegExp, RegExp])[] = [
  [
    /~\/\.kube(?:\/config)?\b|\$KUBECONFIG\b/g,
    /kube|k8s|kubectl|helm|cluster|context|namespace|\bpods?\b|openshift/i,
  ],
  [/~\/\.docker(?:\/config\.json)?/g, /docker|container|registry|podman|compose/i],
  [/~\/\.aws(?:\/config)?\b(?!\/credentials)/g, /\baws|\bs3|ec2|lambda|dynamo|cloudwatch|bedrock/i],
  [/~\/\.config\/gcloud\b/g, /gcloud|gcp|google[\s_-]?cloud|bigquery|\bgcs\b/i],
  [/~\/\.azure\b/g, /azure|\baz[\s_-]/i],
];

/**
 * `sentence` with the tool family's own config folder left out ("a kube `switch_context` reads
 * contexts from ~/.kube/config"): reading its own config is the tool's job. Unchanged when the
 * tool is not of that family, or when the sentence hands the data on (an argument, a field).
 */
export function withoutOwnConfig(
  sentence: string,
  tool: { name: string; server?: string },
): string {
  if (
    /\b(?:argument|parameter|param|field|header|payload|upload|send|post)s?\b|`\w+`/i.test(sentence)
  ) {
    return sentence;
  }
  let out = sentence;
  for (const [path, family] of OWN_CONFIG) {
    if (family.test(`${tool.server ?? ""} ${tool.name.replace(/[_-]+/g, " ")}`)) {
      out = out.replace(path, " ");
    }
  }
  return out;
}
