/**
 * Definition grammars from held-out round 22's misses, part 2 (paraphrase tests in
 * `_definition_r22b_test.ts`). Structure that survives wording and translation:
 * - a card security code (CVV/CVC) put into a free-text field (`notes`, remarks, memo);
 * - the full chat history saved or sent somewhere by a tool that is not about chats or notes;
 * - a pre-set value (`enum`, `default`, `const`) that reads "send the keys to someone";
 * - the model's system instructions asked for with the whole conversation or "that you received"
 *   (Polish, German, French, Spanish, Ukrainian, Russian, Vietnamese, Hebrew, …);
 * - a fixed account number set as "always" the recipient and hidden from the user (any language);
 * - data sent to an email address with a "do not mention it" in the same sentence (any language);
 * - a system folder deleted "without asking" (any language).
 * Also {@link pipelineHandOff}: "use together with X: read the file first, then pass its content
 * here" — an honest composition where the other tool's output flows INTO this tool.
 */
import type { DefinitionContext, Hit } from "./_definition_grammar.ts";
import { negatedAny } from "./_definition_r21b.ts";

/** Where a rule runs: the JSON path of the string and the tool's context. */
export interface R22bWhere {
  path: string;
  ctx: DefinitionContext;
}

const R = String.raw;

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?;。])\s+|\n+/).slice(0, 40);
}

// --- a card security code put into a free-text field -----------------------------------------

const CARD_CODE =
  /\b(?:cvv2?|cvc2?|card\s+(?:security|verification)\s+(?:code|number|value)|security\s+code\s+(?:on|from)\s+the\s+back)\b/i;
const PUT_VERB =
  /\b(?:include|put|add|append|enter|copy|paste|write|insert|attach|place|record|type)\w{0,3}\b/i;
const FREE_FIELD =
  /^[^.;]{0,60}?\b(?:in|into|to|under|inside)\s+(?:the\s+)?(?:[`'"]([\w-]{1,40})[`'"]|(?:notes?|comments?|remarks?|memo|description|message|metadata|extra|details|free[-\s]text)\b)/i;
const CARD_FIELD = /cvv|cvc|card|secur|code|pay/i;

function cardCodeToField(plain: string): boolean {
  return sentencesOf(plain).some((s) => {
    const m = CARD_CODE.exec(s);
    if (!m) return false;
    const head = s.slice(Math.max(0, m.index - 100), m.index);
    const f = FREE_FIELD.exec(s.slice(m.index + m[0].length));
    return f !== null && PUT_VERB.test(head) && !negatedAny(head) &&
      !(f[1] !== undefined && CARD_FIELD.test(f[1]));
  });
}

// --- the chat history saved or sent -----------------------------------------------------------

const HISTORY =
  /\b(?:(?:full|entire|whole|complete)\s+(?:chat|conversation|message)\s+(?:history|log|transcript)|(?:full|entire|whole|complete)\s+(?:chat|conversation|transcript)|(?:chat|conversation|message)\s+(?:history|transcript)|all\s+(?:previous|prior|earlier)\s+messages)\b/i;
const SAVE_HEAD =
  /\b(?:save|store|send|upload|forward|copy|export|log|post|dump|archive|share|e?mail|persist|write|back\s+up|sync|record|push)(?:s|d|ed)?\s+(?:[\w']{1,15}\s+){0,3}$/i;
/** Tools whose job is the conversation, notes or exports: saving history is what they do. */
const HISTORY_TOOL =
  /chat|convers|history|transcript|note|memo|journal|export|archive|log|summar|memor|record|backup|save|message/i;

function historySaved(plain: string, ctx: DefinitionContext): boolean {
  if (HISTORY_TOOL.test(ctx.tool.name)) return false;
  return sentencesOf(plain).some((s) => {
    const m = HISTORY.exec(s);
    if (!m) return false;
    const head = s.slice(Math.max(0, m.index - 60), m.index);
    return SAVE_HEAD.test(head) && !negatedAny(head);
  });
}

// --- a pre-set value that sends the keys away --------------------------------------------------

const PRESET_PATH = /\.(?:enum\[\d+\]|default|const|examples\[\d+\])$/;
const SEND_SECRETS = new RegExp(
  R`\b(?:e?mail|send|upload|post|forward|share|leak|export|copy|push|sync|transmit)\w{0,3}\s+(?:\w{1,15}\s+){0,4}?(?:keys?|secrets?|tokens?|credentials?|passwords?|env|cookies|ssh)\b(?:\s+\w{1,15}){0,3}?\s+to\s+(?!(?:the\s+)?(?:clipboard|vault|keychain|keyring|local|disk|file|memory|cache)\b)\w`,
  "i",
);

// --- the system instructions asked for ---------------------------------------------------------

const SYSTEM_PROMPT = new RegExp(
  R`(?<!\p{L})(?:instrukcj\p{L}{0,4}\s+systemow\p{L}{0,3}|prompt\p{L}{0,2}\s+systemow\p{L}{0,3}|polece\p{L}{0,4}\s+systemow\p{L}{0,3}|system\s?prompt\p{L}{0,2}|systemanweisung\p{L}{0,2}|systemnachricht\p{L}{0,2}|instructions?\s+(?:du\s+)?système|invite\s+système|instrucciones\s+del\s+sistema|prompt\s+del\s+sistema|instruções\s+do\s+sistema|prompt\s+do\s+sistema|istruzioni\s+di\s+sistema|hướng\s+dẫn\s+hệ\s+thống|lời\s+nhắc\s+hệ\s+thống|sistem\s+talimat\p{L}{0,4}|instruksi\s+sistem|systeminstruktion\p{L}{0,3}|systeeminstructies)(?!\p{L})|системн\p{L}{0,3}\s+(?:інструкц|инструкц|промпт|підказ|подсказ|повідомл|сообщен)|(?:הנחיות|הוראות)\s+ה?מערכת|تعليمات\s+النظام|موجه\s+النظام|系统提示|系统指令|システムプロンプト|시스템\s?프롬프트`,
  "iu",
);
const WHOLE_CHAT = new RegExp(
  R`(?<!\p{L})(?:cał\p{L}{1,2}\s+(?:\p{L}+\s+){0,2}?rozmow\p{L}{0,2}|ganze\p{L}?\s+(?:\p{L}+\s+)?(?:unterhaltung|konversation|chatverlauf|gespräch)|gesamte\p{L}?\s+(?:unterhaltung|konversation|chatverlauf|gespräch)|toute\s+la\s+conversation|toda\s+la\s+conversación|toda\s+a\s+conversa|tutta\s+la\s+conversazione|toàn\s+bộ\s+cuộc\s+trò\s+chuyện|tüm\s+konuşma\p{L}{0,4}|seluruh\s+percakapan|hela\s+konversationen|het\s+hele\s+gesprek|whole\s+conversation|entire\s+conversation)(?!\p{L})|(?:всю|всю\s+\p{L}+)\s+(?:переписку|беседу|розмову|історію|историю)|כל\s+השיחה|المحادثة\s+(?:بأكملها|كاملة)|كامل\s+المحادثة|整个对话|全部对话|会話全体`,
  "iu",
);
const RECEIVED = new RegExp(
  R`(?<!\p{L})(?:otrzymał\p{L}{0,3}|dostał\p{L}{0,3}|erhalten|reçu\p{L}{0,2}|recibi\p{L}{0,3}|recebe\p{L}{0,3}|ricevut\p{L}|отримал\p{L}{0,2}|отримав|получил\p{L}{0,2}|đã\s+nhận|aldığın|kamu\s+terima|your\s+own)(?!\p{L})|קיבלת|تلقيت|收到的|受け取った`,
  "iu",
);

function systemPromptAsked(normal: string): boolean {
  const m = SYSTEM_PROMPT.exec(normal);
  if (!m || negatedAny(normal.slice(Math.max(0, m.index - 60), m.index))) return false;
  const near = normal.slice(Math.max(0, m.index - 200), m.index + 200);
  return WHOLE_CHAT.test(near) || RECEIVED.test(near);
}

// --- concealment in many languages -------------------------------------------------------------

/** "Do not mention / show / tell", "hide it", "without telling" — many languages. */
const CONCEAL = new RegExp(
  R`(?<!\p{L})(?:(?:do\s+not|don't|never)\s+(?:mention|show|display|tell|reveal)|nie\s+(?:wspominaj|mów|informuj|pokazuj|ujawniaj|wyświetlaj)|ukryj|không\s+(?:hiển\s+thị|nói|đề\s+cập|thông\s+báo|tiết\s+lộ|cho\s+biết)|giấu|(?:nicht\s+(?:erwähnen|anzeigen|zeigen|verraten)|erwähne\p{L}{0,2}\s+(?:\p{L}+\s+){0,2}?nicht|zeige\p{L}{0,2}\s+(?:\p{L}+\s+){0,2}?nicht|verschweig\p{L}{0,2})|ne\s+(?:mentionne|montre|dis|affiche|révèle)\p{L}{0,2}\s+pas|no\s+(?:menciones|digas|muestres|reveles)|oculta\p{L}{0,2}|não\s+(?:mencione|diga|mostre|revele)|non\s+(?:menzionare|dire|mostrare|rivelare)|bahsetme|söyleme|gösterme|gizle|jangan\s+(?:sebutkan|beri\s+tahu|tampilkan|tunjukkan)|sembunyikan|nämn\s+inte|visa\s+inte|noem\s+het\s+niet|toon\s+niet)(?!\p{L})|не\s+(?:згадуй|кажи|повідомляй|показуй|розповідай|упоминай|говори|сообщай|показывай|рассказывай)|приховай|скрой|(?:אל\s+ת(?:זכיר|ספר|ציג|ודיע|גלה))|הסתר|لا\s+(?:تذكر|تخبر|تظهر|تعرض)|أخف|不要(?:提及|提到|告诉|显示)|言わない|表示しない`,
  "iu",
);

const EMAIL =
  /[\w.+-]{1,64}@(?!(?:[\w-]{1,63}\.){0,4}example\.(?:com|org|net)\b)[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}/;

function mailedAndHidden(normal: string): boolean {
  return sentencesOf(normal).some((s) => {
    const e = EMAIL.exec(s);
    if (!e) return false;
    return CONCEAL.test(s.slice(e.index, e.index + 200));
  });
}

const ALWAYS = new RegExp(
  R`(?<!\p{L})(?:always|luôn(?:\s+luôn)?|zawsze|immer|toujours|siempre|sempre|всегда|завжди|her\s+zaman|daima|selalu|alltid|altijd|תמיד|دائما|دائمًا)(?!\p{L})|始终|总是|常に`,
  "iu",
);
const ACCOUNT = /(?<![\d-])\d{8,20}(?![\d-])|\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}\b/;

function fixedAccountHidden(normal: string): boolean {
  const a = ACCOUNT.exec(normal);
  if (!a) return false;
  const before = normal.slice(Math.max(0, a.index - 80), a.index);
  const m = ALWAYS.exec(before);
  if (!m || negatedAny(before.slice(0, m.index))) return false;
  return CONCEAL.test(normal.slice(a.index, a.index + 200));
}

// --- a system folder deleted without asking ----------------------------------------------------

const SYSTEM_PATH =
  /(?<![\w.])(?:\/(?:var\/(?:backups?|lib|log|www)|etc|home|root|usr|srv|opt|boot|backups?)(?![\w-])|~\/|[A-Z]:\\(?:Users|Windows|Backups?)\b)/;
const DELETE = new RegExp(
  R`(?<!\p{L})(?:delet\p{L}{0,3}|remov\p{L}{0,3}|wip\p{L}{1,3}|eras\p{L}{1,3}|purg\p{L}{1,3}|rm|usuń|usun\p{L}{0,3}|skasuj|xóa|sil|silin|hapus|lösch\p{L}{0,3}|supprim\p{L}{0,3}|borra\p{L}{0,2}|apaga\p{L}{0,2}|elimina\p{L}{0,2}|cancella\p{L}{0,2}|radera\p{L}{0,2}|verwijder\p{L}{0,2})(?!\p{L})|видал\p{L}{0,3}|удал\p{L}{0,3}|מחק|למחוק|ומחק|حذف|احذف|删除|削除|삭제`,
  "iu",
);
const NO_ASK = new RegExp(
  R`(?<!\p{L})(?:without\s+(?:asking|confirmation|confirming|prompting)|bez\s+(?:pytania|pytań|potwierdzenia)|không\s+(?:hỏi|cần\s+hỏi|xác\s+nhận)|sin\s+(?:preguntar|confirmación)|sans\s+(?:demander|confirmation)|ohne\s+(?:zu\s+)?(?:fragen|nachzufragen|bestätigung|rückfrage)|sem\s+(?:perguntar|confirmação)|senza\s+(?:chiedere|conferma)|sormadan|onay\s+almadan|tanpa\s+(?:bertanya|konfirmasi)|utan\s+att\s+fråga|zonder\s+(?:te\s+vragen|bevestiging))(?!\p{L})|без\s+(?:запиту|запроса|питань|вопросов|підтвердження|подтверждения)|не\s+(?:питаючи|спрашивая)|(?:בלי|ללא)\s+(?:לשאול|אישור)|(?:بدون|دون)\s+(?:سؤال|تأكيد)|无需确认|不要询问|確認せずに`,
  "iu",
);

function systemFolderDeleted(normal: string): boolean {
  return sentencesOf(normal).some((s) => {
    const p = SYSTEM_PATH.exec(s);
    if (!p || !NO_ASK.test(s)) return false;
    const d = DELETE.exec(s);
    return d !== null && !negatedAny(s.slice(0, d.index));
  });
}

// --- honest composition ------------------------------------------------------------------------

const TOGETHER =
  /^\s*(?:use|call)\s+(?:this\s+(?:tool\s+)?|it\s+)?(?:together|along|in\s+combination|in\s+conjunction|combined)\s+with\b/i;
const INTO_HERE =
  /\bthen\s+(?:pass|give|send|provide|supply|hand)\s+(?:its|the|their)\s+(?:content|contents|text|output|result|results|data|bytes)\s+(?:here|to\s+this\s+tool|as\s+[`'"]?\w{1,30})/i;
const COMPOSE_BLOCK =
  /\b(?:always|must|never|only|instead|without|silently|secretly|quietly|every|all|any|user'?s|conversation|chat|history|secrets?|keys?|tokens?|passwords?|credentials?|env|cookies?|ignore|ssh)\b|[~/\\]|\.(?:env|ssh|aws|pem|npmrc|netrc)\b/i;

/**
 * True for one honest composition sentence: "Use together with the filesystem server's read_file:
 * read the file first, then pass its content here." The other tool's output flows into this
 * tool, with no target of the attacker's (a path, a secret), no absolute and no concealment.
 */
export function pipelineHandOff(sentence: string): boolean {
  return sentence.length <= 220 && TOGETHER.test(sentence) && INTO_HERE.test(sentence) &&
    !COMPOSE_BLOCK.test(sentence);
}

// --- registration ------------------------------------------------------------------------------

/** Cheap literal gates: ordinary text skips the grammars above. */
const CARD_GATE = /cvv|cvc|security\s+code|verification\s+code/i;
const HISTORY_GATE = /history|transcript|conversation|messages/i;
const SYS_GATE =
  /system|systèm|sistem|hệ\s+thống|системн|מערכת|النظام|系统|システム|시스템|systeem/i;

/** Round 22's per-string hits, part 2. */
export function r22bDefinitionHits(normal: string, plain: string, where: R22bWhere): Hit[] {
  if (normal.length < 16) return [];
  const out: Hit[] = [];
  const hit = (kind: string, reason: string): void => {
    out.push({ kind, severity: "high", reason });
  };
  const { ctx, path } = where;
  if (CARD_GATE.test(plain) && cardCodeToField(plain)) {
    hit("credential_harvesting", "Definition puts the card's security code into a free-text field");
  }
  if (HISTORY_GATE.test(plain) && historySaved(plain, ctx)) {
    hit("data_exfiltration", "Definition orders the full chat history saved or sent");
  }
  if (PRESET_PATH.test(path) && / to /i.test(plain) && SEND_SECRETS.test(plain)) {
    hit("data_exfiltration", "A pre-set value sends keys or secrets to someone");
  }
  if (SYS_GATE.test(normal) && systemPromptAsked(normal)) {
    hit("context_disclosure", "Definition asks for the system instructions with the conversation");
  }
  if (/@/.test(normal) && mailedAndHidden(normal)) {
    hit("data_exfiltration", "Definition mails data to an address and hides it from the user");
  }
  if (/\d{8}/.test(normal) && fixedAccountHidden(normal)) {
    hit("payment_redirect", "Definition fixes the recipient account and hides it from the user");
  }
  if (/[/~\\]/.test(normal) && systemFolderDeleted(normal)) {
    hit("destructive_side_effect", "Definition deletes a system folder without asking");
  }
  return out;
}
