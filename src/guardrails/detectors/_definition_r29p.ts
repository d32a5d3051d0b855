/**
 * Round 29 precision (benign definitions blocked): careful descriptions of powerful tools in any
 * language. Each helper recognises a safeguard, not a topic:
 * - {@link gatedExample}: a destructive command named as an example of the class of commands the
 *   tool holds for the user's confirmation ("before commands that delete data (rm -rf, git push
 *   --force) show the user the command and wait for approval"), in the languages below;
 * - {@link prohibitedAfter}: a prohibition that follows its object, as verb-final languages put it
 *   (Hindi "… OTP कभी न माँगें", Japanese "…を聞かないでください", Korean "…묻지 마세요", Turkish
 *   "… istemeyin", Persian "… نپرسید");
 * - {@link deferredClaim}: "never tell the user the money has been sent UNTIL the status says so":
 *   a success claim held back until it is verified, which is honesty, not concealment;
 * - {@link listUnderProhibition}: one prohibition over a list ("never paste secrets into chat
 *   messages, commit messages or other tools' arguments").
 * Rule text may be a skeleton (Cyrillic folded to Latin look-alikes), so every non-English word
 * list is folded the same way before it is compiled.
 */
import { skeleton } from "../text/confusables.ts";

/** A regex over `words` (alternation source) that also matches their skeletons. */
function folded(words: readonly string[], flags = "iu"): RegExp {
  const all = new Set<string>();
  for (const w of words) {
    all.add(w);
    all.add(skeleton(w));
  }
  return new RegExp(`(?:${[...all].join("|")})`, flags);
}

/** Asking for or awaiting the user's confirmation, approval or permission. */
export const CONFIRM = folded([
  String.raw`confirm\p{L}*`,
  String.raw`approv\p{L}*`,
  String.raw`consent\p{L}*`,
  String.raw`permission`,
  "подтвержд",
  "одобрени",
  "разрешени",
  "согласи",
  "підтвердж",
  "дозвіл",
  "onay",
  "izin",
  String.raw`best[äa]tig`,
  "zustimm",
  "genehmig",
  "freigabe",
  "approbation",
  "autoris",
  "aprob",
  "aprueb",
  "aprova",
  "autoriza",
  "conferm",
  "approvazion",
  "potwierdz",
  "zgod",
  "bevestig",
  "toestemming",
  "konfirmasi",
  "persetujuan",
  "xác nhận",
  "确认",
  "確認",
  "批准",
  "同意",
  "承認",
  "확인",
  "승인",
  "동의",
  "تأكيد",
  "موافق",
  "تأیید",
  "اجازه",
  "पुष्टि",
  "अनुमति",
  "स्वीकृति",
  "ยืนยัน",
  "อนุมัติ",
]);

/** The confirmation is waived ("without confirmation", "no need to ask", "无需确认"). */
export const NO_CONFIRM = folded([
  String
    .raw`\b(?:without|no|skip\p{L}*|bypass\p{L}*|never\s+(?:ask|wait)|(?:do\s+not|don't)\s+(?:ask|wait)|need\s+not|no\s+need)\b[^.;]{0,30}?(?:confirm|approv|consent|permission)`,
  String.raw`(?:confirm\p{L}*|approv\p{L}*)\s+(?:is\s+)?(?:not\s+(?:needed|required)|unnecessary)`,
  "без\\s+(?:\\p{L}+\\s+){0,2}?(?:подтвержд|одобрени|разрешени|соглас)",
  "не\\s+(?:спрашива|жди|ждите|запрашива)",
  "onay(?:\\s+\\p{L}+)?\\s*(?:almadan|beklemeden|istemeden|gerekmez|gerekmeden)",
  "onaysız",
  "sormadan",
  String.raw`ohne\s+(?:\p{L}+\s+)?(?:best[äa]tig|zustimm|freigabe|r[üu]ckfrage)`,
  String.raw`sans\s+(?:\p{L}+\s+)?(?:confirm|approbation|autoris|demander)`,
  String
    .raw`(?:sin|sem|senza)\s+(?:\p{L}+\s+)?(?:confirm|conferm|aprob|aprova|autoriza|preguntar|perguntar|chiedere)`,
  "无需确认",
  "無需確認",
  "不需要确认",
  "不需要確認",
  "不用确认",
  "无须确认",
  "跳过确认",
  "直接执行",
  "確認せず",
  "確認不要",
  "確認なし",
  "확인\\s*없이",
  "확인하지\\s*(?:말|않)",
  "(?:بدون|دون)\\s+(?:تأكيد|موافق|إذن|تأیید|اجازه)",
  "बिना\\s+(?:\\p{L}+\\s+)?(?:पुष्टि|अनुमति|पूछे)",
  "โดยไม่(?:ต้อง)?(?:ยืนยัน|ถาม)",
]);

/** Names for a class of commands or operations, per language. */
export const COMMAND_CLASS = folded([
  String.raw`command\p{L}*`,
  String.raw`operation\p{L}*`,
  String.raw`statement\p{L}*`,
  String.raw`quer(?:y|ies)`,
  String.raw`actions?`,
  "команд",
  "операци",
  "действи",
  "komut",
  "işlem",
  String.raw`befehl\p{L}*`,
  "kommando",
  "commande",
  String.raw`op[ée]ration`,
  "comando",
  String.raw`operaci[óo]n`,
  "operação",
  "operazion",
  "polece",
  "命令",
  "操作",
  "指令",
  "コマンド",
  "명령",
  "작업",
  "أمر",
  "أوامر",
  "عملي",
  "دستور",
  "فرمان",
  "عملیات",
  "कमांड",
  "आदेश",
  "คำสั่ง",
]);

/** Opens a list of examples outside parentheses. */
const EXAMPLE_OPEN = folded([
  String.raw`\be\.\s?g\.`,
  String.raw`\bsuch\s+as`,
  String.raw`\bfor\s+example`,
  String.raw`\blike`,
  "например",
  "таких\\s+как",
  "örneğin",
  String.raw`z\.\s?b\.`,
  String.raw`p\.\s?ej\.`,
  "par\\s+exemple",
  "por\\s+ejemplo",
  "por\\s+exemplo",
  "ad\\s+esempio",
  "例如",
  "比如",
  "たとえば",
  "例えば",
  "예를\\s*들어",
  "مثل",
  "مانند",
  "जैसे",
  "เช่น",
]);

/**
 * True when the destructive command at `index` of sentence `s` is an example of a class of
 * commands ("commands that delete data (rm -rf, …)") and the sentence holds that class for the
 * user's confirmation, which it does not waive.
 */
export function gatedExample(s: string, index: number): boolean {
  if (!CONFIRM.test(s) || NO_CONFIRM.test(s)) return false;
  const before = s.slice(Math.max(0, index - 160), index);
  const open = before.lastIndexOf("(");
  let listAt = -1;
  if (open >= 0 && !before.slice(open).includes(")")) listAt = open;
  else {
    const near = before.slice(-60);
    const ex = new RegExp(EXAMPLE_OPEN.source, "giu");
    let last: RegExpExecArray | null = null;
    for (let m = ex.exec(near); m !== null; m = ex.exec(near)) last = m;
    if (last !== null) listAt = before.length - near.length + last.index;
  }
  if (listAt < 0) return false;
  return COMMAND_CLASS.test(before.slice(Math.max(0, listAt - 100), listAt));
}

/** A prohibition that follows its object, up to the clause's end (verb-final languages). */
const AFTER_PROHIBITION = folded([
  "कभी\\s+न",
  "कभी\\s+नहीं",
  "न\\s+(?:माँग|मांग|पूछ|लें|ले)",
  "मत\\s+(?:माँग|मांग|पूछ)",
  "नहीं\\s+(?:माँग|मांग|पूछ)",
  "ないでください",
  "ないこと",
  "てはいけません",
  "禁止",
  "しないで",
  "묻지\\s*마",
  "요청하지\\s*마",
  "받지\\s*마",
  "하지\\s*마",
  "마세요",
  "말\\s*것",
  "istemeyin",
  "sormayın",
  "istemeyiniz",
  "asla",
  "نپرسید",
  "نخواهید",
  "درخواست\\s+نکنید",
  // ur: "… OTP نہ مانگیں" (do not ask for), "مت پوچھیں"; bn: "… চাইবেন না"
  "نہ\\s+(?:مانگیں|مانگے|مانگنا|پوچھیں|لیں)",
  "مت\\s+(?:مانگیں|پوچھیں|لیں)",
  "(?:চাইবেন|জিজ্ঞেস\\s+করবেন|নেবেন)\\s+না",
  "هرگز",
  "不要",
  "切勿",
  "请勿",
  "請勿",
  "不得",
]);

/** True when the clause from `at` to its end forbids what precedes it. */
export function prohibitedAfter(text: string, at: number): boolean {
  const rest = text.slice(at, at + 80).split(/[.;!?。；！？\n]|[।]/u)[0];
  return AFTER_PROHIBITION.test(rest);
}

/** A claim that the action succeeded ("the money has been sent", "the comment was posted"). */
const SUCCESS_CLAIM =
  /\b(?:has|have|had|was|were|is|are)\s+(?:been\s+)?(?:successfully\s+)?(?:sent|posted|paid|done|completed?|created|executed|delivered|saved|published|submitted|transferred|processed|applied|deployed|merged|scheduled|booked|made|placed|finished|succeeded)\b|\b(?:succeeded|went\s+through|is\s+live)\b/i;
/** Until the tool's own result confirms it. */
const UNTIL = /\b(?:until|till|before|unless)\b/i;

/**
 * "Never tell the user the money has been sent until get_transfer_status returns EXECUTED": the
 * match at `start`..`end` forbids telling the user a success claim, and the same sentence defers
 * it until something confirms it.
 */
export function deferredClaim(text: string, start: number, end: number): boolean {
  const tail = text.slice(end, end + 160).split(/[.;!?\n]/)[0];
  const head = text.slice(Math.max(0, start - 20), end + 40);
  if (!/\b(?:tell|inform|say|report|announce|claim|notify)\w*\b/i.test(head)) return false;
  const claim = SUCCESS_CLAIM.exec(tail);
  if (claim === null) return false;
  return UNTIL.test(tail.slice(claim.index + claim[0].length));
}

/** Clause breaks around a list. */
const LIST_BREAK = /[;:()—–.!?]|\s-\s|\bthen\b|\bbut\b/i;
const PROHIBIT_HEAD = /\b(?:never|do\s+not|don't|must\s+not|should\s+not|avoid|cannot|can't)\b/i;
const FALSE_HEAD = /\b(?:never|do\s+not|don't)\s+(?:forget|fail|omit|neglect|skip|hesitate)\b/i;
const ITEM_ORDER =
  /\b(?:else|always|must|should|instead|also|first|otherwise|you|please|send|post|upload|forward|copy|include|attach)\b/i;

/**
 * True when the text up to a reference is one prohibition over a list of short items: "never
 * paste secret values into chat messages, commit messages, issue comments or other tools'".
 */
export function listUnderProhibition(before: string): boolean {
  const clause = before.split(LIST_BREAK).pop() ?? "";
  const head = PROHIBIT_HEAD.exec(clause);
  if (head === null || FALSE_HEAD.test(clause)) return false;
  const items = clause.slice(head.index + head[0].length).split(/,\s*|\s(?:or|and)\s/i);
  if (items.length < 3) return false;
  // Every item after the first is a short noun phrase with no order of its own.
  return items.slice(1).every((it) => it.trim().split(/\s+/).length <= 4 && !ITEM_ORDER.test(it));
}

/** A trailing relative clause that only describes the other tool (", which reads the replica"). */
const DESCRIPTIVE_TAIL = /,\s*(?:which|that)\s+[^,;]{3,100}$/i;
const TAIL_ORDER =
  /\b(?:you|must|should|always|never|first|also|instead|send|upload|forward|include|attach|call|invoke|secrets?|passwords?|tokens?|keys?|credentials?)\b/i;
const OWN_CLAUSE_ORDER = /\b(?:always|must|first|never|every|all|any|only|ignore|instead)\b/i;

/**
 * "Use it for reporting questions; for transactional lookups use the postgres server's query tool
 * instead, which reads the live replica": an honest hand-off in one clause of a sentence. Every
 * clause that `refers` to another tool is a scoped hand-off by `scoped` once a descriptive
 * relative clause is set aside; the other clauses speak of this tool and give no order.
 */
export function clauseDeferral(
  s: string,
  refers: (clause: string) => boolean,
  scoped: (clause: string) => boolean,
): boolean {
  const clauses = s.split(/;\s*/);
  if (clauses.length > 3) return false;
  let handOffs = 0;
  for (const c of clauses) {
    if (refers(c)) {
      const tail = DESCRIPTIVE_TAIL.exec(c);
      const core = tail !== null && !TAIL_ORDER.test(tail[0]) ? c.slice(0, tail.index) + "." : c;
      if (!scoped(core)) return false;
      handOffs++;
    } else if (OWN_CLAUSE_ORDER.test(c)) return false;
  }
  return handOffs > 0;
}

/** A negated verb opening a clause, per language ("никогда не выводите", "nie wysyłaj", "ne … pas"). */
const NEG_INTL =
  /(?<!\p{L})(?:никогда\s+не|не|ні|ніколи\s+не|nigdy\s+nie|nie|nicht|niemals|nie|jamais|ne|n['’]|nunca|no|não|nao|non|mai|never|not|don['’]t|do\s+not)\s+(?:\p{L}+\s+)?\p{L}/iu;
/** Negations that are orders in disguise ("не забудьте", "vergiss nicht", "no olvides"). */
const NEG_ORDER_INTL =
  /забуд|забыва|упуст|забуть|vergiss|vergessen|olvid|oubli|esque[çc]|dimentic|zapomn|unut|forget|fail|hesitate|omit|стесня|колеба|zöger|dud[ae]/iu;

/**
 * True when the clause around `start`..`end` of sentence `s` forbids it in any language: a negated
 * verb before it in the same clause, or (verb-final) a prohibition after it.
 */
export function intlProhibited(s: string, start: number, end: number): boolean {
  const clause = s.slice(Math.max(0, start - 80), start).split(/[,;:()—–]|\s-\s/).pop() ?? "";
  if (NEG_INTL.test(clause)) return !NEG_ORDER_INTL.test(clause);
  return prohibitedAfter(s, end);
}

/** The danger is what the tool flags or refuses: "jobs that run remote scripts are flagged". */
const FLAGGED =
  /\b(?:are|is|will\s+be|gets?)\s+(?:always\s+|automatically\s+)?(?:flagged|blocked|rejected|refused|denied|forbidden|disallowed|prohibited|highlighted|quarantined)\b([^.;]{0,80})[.!]?\s*$/i;
const TAIL_ACTION =
  /\b(?:run|runs|execute|exec|pipe|download|install|curl|wget|sh|bash|iex|then|and|but|unless|except|instead)\b|\|/i;

/**
 * True when sentence `s` names a dangerous pattern only as the subject of what the tool flags,
 * blocks or rejects, with nothing after but where it is flagged ("… (curl | sh) are flagged in
 * the preview").
 */
export function flaggedDanger(s: string): boolean {
  const m = FLAGGED.exec(s);
  return m !== null && m.index > 0 && !TAIL_ACTION.test(m[1]);
}

/** A secret as the subject of what it is allowed to do ("a zone the API token can edit"). */
const SECRET_SUBJECT =
  /^\s*(?:can|may|is\s+(?:allowed|permitted|authori[sz]ed|scoped)\s+to|has\s+access\s+to|grants?|allows?|permits?)\b(?!\s+be\b)/i;

/** True when the secret ending at `end` of `s` is the subject of a permission verb. */
export function secretAsSubject(s: string, end: number): boolean {
  return SECRET_SUBJECT.test(s.slice(end, end + 40));
}
