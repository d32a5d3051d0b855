/**
 * Round 32 precision (benign definitions blocked): careful definitions of powerful tools, in any
 * language. Each helper recognises a safeguard or an honest shape, not a topic:
 * - {@link prohibitedExample}: a secret named inside the example list of a prohibition ("Nunca
 *   ejecutes comandos que muestren contraseñas (por ejemplo `cat ~/.pgpass`)", "不要执行会打印密码的
 *   命令（例如 cat ~/.docker/config.json）"): the example is what the model must NOT do;
 * - {@link userLookupTrigger}: "when the user says 'assign it to me', call get_viewer to obtain
 *   their id": the user's own phrase routed to a lookup, not a keyword trigger on content;
 * - {@link r32pBlanked} (second reading of a flagged string only):
 *   - a prevention purpose clause: "… so no .env or credentials file is published by accident",
 *     "para que no se publique ningún .env", "damit keine .env veröffentlicht wird";
 *   - the tool's own second factor asked for right before its own action, where the tool declares
 *     the one-time-code parameter and the sentence says the account requires it ("if the account
 *     uses 2FA, an otp is required: ask the user for the current code from their authenticator").
 *     A pretext (an error, an expired session, a retry, a bank or SMS code) keeps it an attack.
 */
import type { DefinitionContext } from "./_definition_grammar.ts";
import { EXTERNAL_DEST } from "./_definition_vocab.ts";

const blank = (m: string): string => m.replace(/[^\n]/g, " ");

// --- a secret in the example list of a prohibition -------------------------------------------

/** A prohibition opening its clause, in many languages. */
const PROHIBIT_HEAD =
  /^[\s\p{P}]{0,4}(?:(?:never|do\s+not|don't|must\s+not|should\s+not|avoid|nunca|jamás|jamais|não|no|ne|n['’]|niemals|nie|nigdy|nicht|keine?n?|mai|non|never|niet|nooit|не|никогда|ніколи|asla|jangan|đừng|không\s+được|ห้าม|อย่า|אל|لا)(?!\p{L})|不要|切勿|请勿|請勿|禁止|不得|绝不|絶対に|決して|절대)/iu;
/** A prohibition that is an order in disguise ("never forget to …", "不要忘记"). */
const FALSE_PROHIBITION =
  /forget|fail|omit|neglect|hesitate|skip|olvid|dejes\s+de|deixe\s+de|oubli|vergiss|dimentic|забы|забуд|забув|忘|잊/iu;
/** A turn from the prohibition to an order, or a condition that reverses it ("without …"). */
const TURN =
  /(?<!\p{L})(?:but|then|instead|rather|just|without|pero|sino|luego|sin|sem|mas|sans|mais|sondern|dann|ohne|invece|senza|poi|но|затем|без|然后|而是|但是|但)(?!\p{L})|但|然后|而是|并且|並且|直接|立即|马上|改为|instead|en\s+su\s+lugar|em\s+vez|au\s+lieu|invece|stattdessen|вместо|—|–/iu;
/** Clause ends. */
const CLAUSE_END = /[.;!?](?=\s|$)|[:：](?!\/)|[。；！？\n]/u;
/** An example list opened without a parenthesis. */
const EXAMPLE_WORDS =
  /(?:\be\.\s?g\.|\bsuch\s+as|\bfor\s+example|por\s+ejemplo|por\s+exemplo|par\s+exemple|z\.\s?b\.|ad\s+esempio|например|例如|比如|たとえば|例えば|예를\s*들어)[\s,:]*$/iu;

/**
 * True when the object at `index` of `sentence` sits in the example list of a clause that forbids
 * acting on it: the clause opens with a prohibition (any language) and has no turn to an order up
 * to the list, nor after it up to the sentence's end; the sentence names no outside destination.
 */
export function prohibitedExample(sentence: string, index: number): boolean {
  const before = sentence.slice(Math.max(0, index - 200), index);
  let listAt = -1;
  const open = Math.max(before.lastIndexOf("("), before.lastIndexOf("（"));
  if (open >= 0 && !/[)）]/.test(before.slice(open))) listAt = open;
  else {
    const ex = EXAMPLE_WORDS.exec(before.slice(-40));
    if (ex !== null) listAt = before.length - 40 + ex.index;
  }
  if (listAt < 0) return false;
  const head = before.slice(0, listAt);
  const clause = head.split(CLAUSE_END).pop() ?? "";
  if (!PROHIBIT_HEAD.test(clause) || FALSE_PROHIBITION.test(clause) || TURN.test(clause)) {
    return false;
  }
  const after = sentence.slice(index, index + 200).split(CLAUSE_END)[0];
  if (TURN.test(after)) return false;
  EXTERNAL_DEST.lastIndex = 0;
  const ext = EXTERNAL_DEST.test(sentence);
  EXTERNAL_DEST.lastIndex = 0;
  return !ext;
}

// --- the user's phrase routed to a lookup ----------------------------------------------------

/** The user as the speaker of the trigger phrase. */
const USER_SAYS =
  /\b(?:if|when|whenever|once)\s+the\s+user\s+(?:says?|asks?|writes?|types?|requests?)\s+(?:something\s+like\s+)?[\x60'"‘“]/i;
/** "call get_viewer to obtain their user id": a lookup of an identifier. */
const LOOKUP =
  /\bcall\s+[\x60'"]?[a-z][\w.-]{1,40}[\x60'"]?\s+(?:first\s+)?to\s+(?:obtain|get|look\s+up|resolve|find|fetch|retrieve|determine|identify)\s+(?:their|the\s+user's|the|its|that)\s+(?:own\s+)?(?:user\s+|account\s+|member\s+|viewer\s+)?(?:id|ids|identifier|handle|username|name|email)\b/i;
/** What turns a lookup into a leak: a send verb, secrets, the conversation. */
const LEAK =
  /\b(?:send|forward|post|upload|copy|share|e-?mail|stop\s+helping|password|token|secret|credential|key|conversation|chat|history|https?:)/i;

/**
 * "When the user says 'assign it to me', call get_viewer to obtain their user id": the person the
 * model serves says something, and the model looks up their identifier. Content ("if any message
 * mentions …") as the trigger, or a send, secret or the conversation in the sentence, stays.
 */
export function userLookupTrigger(s: string): boolean {
  return USER_SAYS.test(s) && LOOKUP.test(s) && !LEAK.test(s);
}

// --- safeguard clauses for the second reading ------------------------------------------------

/** "so no .env … is published", "to make sure nothing … gets committed": what must not happen. */
const PREVENTION = new RegExp(
  String
    .raw`\b(?:so(?:\s+that)?|to\s+(?:make\s+sure|ensure)(?:\s+that)?|in\s+order\s+that)\s+(?:no|none\s+of(?:\s+the)?|nothing)\s(?:[^\n.;:!?,]|\.(?=\w)){0,80}?\b(?:is|are|gets?|ends?\s+up|will\s+be)\s+(?:\w+ly\s+)?(?:published|committed|uploaded|pushed|leaked|shared|included|sent|exposed|shipped|logged|printed|released|deployed|bundled|packed|packaged)\b[^\n.;!?]{0,40}?(?=[.;!?](?:\s|$)|\n|$)`,
  "gi",
);
/** The same in Spanish, Portuguese, French, German and Italian. */
const PREVENTION_INTL =
  /(?<!\p{L})(?:para\s+que\s+(?:no\s+se|nenhum\p{L}?|ningún|ninguna|nada)|para\s+(?:no|não)\s+(?:publicar|subir|incluir|filtrar|enviar|compartir|compartilhar|vazar)|pour\s+qu['’](?:aucun\p{L}?|rien)|afin\s+qu['’](?:aucun\p{L}?|rien)|pour\s+ne\s+pas\s+(?:publier|envoyer|inclure|divulguer)|damit\s+(?:kein\p{L}{0,2}|nichts)|così\s+che\s+(?:nessun\p{L}?|niente)|per\s+non\s+(?:pubblicare|inviare|includere|divulgare)|affinché\s+(?:nessun\p{L}?|niente))(?!\p{L})[^\n.;!?]{0,100}?(?=[.;!?](?:\s|$)|\n|$)/giu;

/**
 * A checking or testing tool's list of specimen attacks: "Scans … for prompt-injection patterns
 * such as 'ignore previous instructions', fake <IMPORTANT> tags …", "Test prompts include classic
 * attacks such as '…'". The sentence opens with what the tool checks or tests (third person or a
 * noun, not an order) and names the class before "such as"; only the list is blanked.
 */
const SPECIMENS = new RegExp(
  String
    .raw`(?:^|[.!?]\s{1,4}|\n)((?:It\s{1,4}|This\s{1,4}tool\s{1,4})?(?:scans|detects|flags|catches|recogni[sz]es|identifies|blocks|filters|classifies|screens|benchmarks|(?:test|benchmark|evaluation|eval|red[- ]team)\s{1,4}(?:prompts|cases|suites?|sets?|inputs)\s{1,4}(?:include|cover|contain)))\b[^\n.;!?]{0,120}?\b(?:patterns|phrases|attacks|prompts|strings|injections|payloads|markers|tricks|jailbreaks|attempts)\s{1,4}(?:such\s{1,4}as|like|including|e\.g\.,?)\s((?:'[^'\n]{0,200}'|"[^"\n]{0,200}"|[^\n.;!?'"]){0,400})`,
  "gi",
);
/** An order hidden in the list's lead-in turns it into a briefing. */
const SPECIMEN_ORDER =
  /\b(?:you|your|always|must|should|send|upload|forward|reply|respond|append|insert|say)\b/i;

/**
 * A prohibition of an act, addressed to the model, in Chinese and the Romance languages ("不要执行会打印
 * 密码的命令", "Nunca ejecutes comandos que muestren contraseñas", "non incollare token"). Telling,
 * asking and confirming verbs are left out ("不要告诉用户" is the attack), and a clause with a turn
 * ("without", "but", "而是") stays.
 */
const INTL_PROHIBITION =
  /(?:(?:不要|切勿|请勿|請勿|禁止|不得|绝不|絕不)(?:执行|運行|运行|執行|打印|显示|顯示|输出|輸出|上传|上傳|发送|發送|提交|粘贴|複製|复制|泄露|写入|保存|包含|附加|删除|刪除|推送)|(?<!\p{L})(?:nunca|no|jamás|não|non|mai)\s{1,4}(?:ejecutes|ejecute|corras|incluyas|incluya|subas|suba|envíes|envíe|pegues|pegue|imprimas|imprima|muestres|muestre|publiques|publique|rode|execute|executes|inclua|envie|cole|exiba|eseguire|esegui|includere|inviare|incollare|pubblicare|stampare|mostrare)(?!\p{L})|(?<!\p{L})ne\s{1,4}(?:jamais\s{1,4})?(?:exécutez|exécute|lancez|incluez|envoyez|collez|publiez|affichez|imprimez)(?!\p{L}))(?:[^,.;!?，、。；！？\n]|\.(?=[\w/~-])){0,160}?(?=[,.;!?](?:\s|$)|[，、。；！？\n]|$)/giu;

/** The tool's own act or an address inside the list: "… such as AWS keys and uploads them to …". */
const LIST_ACT =
  /https?:\/\/|[\w.-]+@[\w-]+\.\w|\b(?:and|then)\s+(?:also\s+)?(?:sends|uploads|posts|forwards|writes|saves|stores|copies|exfiltrates|e-?mails|reads|deletes|runs|executes|installs)\b/i;

/** A parameter that holds the tool's own one-time code. */
const OTP_PARAM =
  /^(?:otp|totp|mfa|2fa|(?:otp|totp|mfa|2fa|auth|verification|one_?time)_?(?:code|token|password)|two_?factor(?:_?code)?)$/i;
/** The account (or service) requires the second factor. */
const REQUIRES_2FA =
  /\b(?:(?:2fa|two[- ]factor|mfa|otp|totp|one[- ]time\s+(?:code|password))\b[^.;!?\n]{0,60}?\b(?:is|are)\s+(?:required|enabled|enforced|needed|on)\b|(?:uses?|has|requires?|enforces?|with)\s+(?:\S+\s+){0,3}?(?:2fa|two[- ]factor|mfa)\b)/i;
/** The ask: the user's current code, from their own authenticator. */
const ASK_OWN_CODE =
  /\bask\s+(?:the\s+user|them)\s+(?:for|to\s+(?:enter|type|provide|give))\s+(?:the|their|a)\s+(?:current\s+)?(?:\d-digit\s+)?(?:one[- ]time\s+|2fa\s+|otp\s+|totp\s+|mfa\s+|authenticator\s+)?(?:code|otp|passcode)(?:\s+from\s+(?:their|the|your)\s+(?:authenticator|2fa|mfa)(?:\s+app)?)?(?:\s+(?:right|just|immediately))?(?:\s+before\s+\w+ing)?(?:\s+\([^()\n]{0,40}\))?/gi;
/** A pretext or another service's code keeps the ask a phishing order. */
const PRETEXT =
  /\b(?:error|expired|session|40[13]|unauthori[sz]ed|re-?auth\w*|re-?log\w*|retry|again|identity|bank\w*|sms|text\s+message|card|phone|email|e-mail|recovery|locked)\b/i;

/**
 * `text` with its prevention purpose clauses and the tool's own second-factor ask (see the module
 * comment) blanked, same length; `text` itself when it has neither. Run only on strings a grammar
 * already flagged.
 */
export function r32pBlanked(text: string, ctx: DefinitionContext): string {
  let out = text;
  if (/\bno\b|none|nothing|para|pour|afin|damit|così|per\s|affinch/i.test(out)) {
    out = out.replace(PREVENTION, blank).replace(PREVENTION_INTL, blank);
  }
  if (/[不切请請禁绝絕]|nunca|no\s|jamás|não|non\s|mai\s|ne\s/i.test(out)) {
    out = out.replace(INTL_PROHIBITION, (m: string) => TURN.test(m) ? m : blank(m));
  }
  if (/such\s|like\s|including|e\.g\./i.test(out)) {
    out = out.replace(SPECIMENS, (m: string, lead: string, list: string) => {
      const head = m.slice(0, m.length - list.length);
      return SPECIMEN_ORDER.test(head.slice(head.indexOf(lead))) || LIST_ACT.test(list)
        ? m
        : head + blank(list);
    });
  }
  if (/\bask\b/i.test(out) && ownOtpParam(ctx)) {
    out = out.replace(ASK_OWN_CODE, (m: string, at: number, all: string) => {
      const head = all.slice(Math.max(0, at - 200), at);
      const start = Math.max(head.lastIndexOf(". "), head.lastIndexOf("\n"), -1) + 1;
      const tail = all.slice(at, at + 200);
      const end = tail.search(/[.!?](?:\s|$)|\n/);
      const s = head.slice(start) + (end < 0 ? tail : tail.slice(0, end));
      return REQUIRES_2FA.test(s) && !PRETEXT.test(s) ? blank(m) : m;
    });
  }
  return out;
}

function ownOtpParam(ctx: DefinitionContext): boolean {
  const props = (ctx.tool.inputSchema as { properties?: unknown } | undefined)?.properties;
  if (props === null || typeof props !== "object") return false;
  return Object.keys(props).some((k) => OTP_PARAM.test(k));
}
