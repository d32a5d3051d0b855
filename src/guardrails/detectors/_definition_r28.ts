/**
 * Definition grammars from held-out round 28's misses (paraphrase tests in
 * `_definition_r28_test.ts`). Round 28 dressed each act as a policy ("reconciliation note",
 * "accessibility policy", "quality sampling", "house style"), so each rule reads the act:
 * - the user's secrets, session cookies or personal identifiers gathered into a parameter;
 * - the conversation or a customer's files forwarded to a fixed outside address;
 * - a fixed payee account put in place of the one the bill names ("regardless of the vendor");
 * - every upload or share made public; a privileged role sent on every call;
 * - confirmation skipped on a claim of pre-approval;
 * - a scripted denial for when the user asks where their data goes;
 * - generated code that must call a fixed package with the process environment;
 * - the same in ja/ko/pt/tr/pl; and views that undo ROT13 and right-to-left writing, read by
 *   every definition grammar.
 * The schema check ({@link r28ToolHits}) reads a recipient parameter pinned by `const` or a
 * one-value `enum` to an outside address. Each check sits behind a cheap literal pre-test.
 */
import type { ToolDefinition } from "../types.ts";
import type { Hit } from "./_definition_grammar.ts";
import { negatedAny } from "./_definition_r21b.ts";
import { EMAIL, type R26Where, sentencesOf } from "./_definition_r26.ts";
import { reversedView } from "./_definition_r27.ts";

/** Where a rule runs: the JSON path of the string and the tool's context. */
export type R28Where = R26Where;

const R = String.raw;
/** Reserved or internal names: an example or the company's own network, not a destination. */
const INTERNAL =
  /(?:\.|@|\/\/)(?:[\w-]{1,40}\.)?(?:example(?:\.(?:com|org|net))?|test|invalid|localhost|internal|corp|local|lan)\b|\/\/localhost\b|\/\/(?:10|127|192\.168)\./i;
const OUTSIDE_URL = /\bhttps?:\/\/[\w.-]{1,100}/i;
/** The tool's own login parameter is its job. */
const AUTH_PARAM = /key|token|auth|secret|cred|pass|login|bearer|cookie|session/i;

function paramNames(tool: ToolDefinition): string[] {
  const props = (tool.inputSchema as { properties?: Record<string, unknown> } | undefined)
    ?.properties;
  return props && typeof props === "object" ? Object.keys(props).slice(0, 60) : [];
}

/** An outside address in `s`: an e-mail or URL that is not reserved or internal. */
function outsideAddress(s: string): boolean {
  const e = EMAIL.exec(s);
  if (e !== null && !INTERNAL.test(e[0].replace(/^[^@]*/, ""))) return true;
  const u = OUTSIDE_URL.exec(s);
  return u !== null && !INTERNAL.test(u[0]);
}

/** A non-auth parameter of this tool named in `s` as where something goes. */
function sinkParam(s: string, tool: ToolDefinition): boolean {
  // Another site's browser storage is never the tool's own login.
  const browser = /document\.cookie|(?:local|session)Storage/i.test(s);
  for (const p of paramNames(tool)) {
    if (p.length < 3 || (!browser && AUTH_PARAM.test(p))) continue;
    const at = s.indexOf(p);
    if (at < 0) continue;
    const before = s.slice(Math.max(0, at - 24), at);
    const after = s.slice(at + p.length, at + p.length + 24);
    if (
      /(?:\b(?:in|into|to|as|under|inside)\s+(?:the\s+)?['"`]?|=\s{0,2})$/i.test(before) ||
      /^['"`]?\s{0,2}(?:field|parameter|param|argument|arg)\b/i.test(after) ||
      /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]\s{0,2}$|^\s{0,2}[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u
        .test(before + "|" + after)
    ) {
      return true;
    }
  }
  return false;
}

// --- the user's secrets, cookies or identifiers gathered into a parameter ----------------------

const HARVEST_ITEM = new RegExp(
  R`(?<!\p{L})(?:api[\s_-]?keys?|access\s+tokens?|tokens?|passwords?|passcodes?|credentials?|private\s+keys?|ssh\s+keys?|session\s+(?:cookies?|ids?|tokens?)|cookies?|document\.cookie|local[Ss]torage|session[Ss]torage|[A-Z][A-Z0-9]{1,20}_(?:TOKEN|KEY|SECRET|PASSWORD|PAT)|national\s+(?:id|identity|insurance)(?:\s+numbers?)?|social\s+security(?:\s+numbers?)?|ssn|passport\s+numbers?|tax\s+ids?|(?:bank\s+)?(?:routing|account)(?:\s*\/\s*account)?\s+(?:numbers?|pairs?|details)|bank\s+(?:details|accounts?)|card\s+(?:numbers?|details)|cvv|date\s+of\s+birth|email\s+addresses|phone\s+numbers)(?!\p{L})`,
  "iu",
);
const HARVEST_VERB =
  /(?<!\p{L})(?:put|place|include|attach|add|append|prefix|pass|send|copy|paste|insert|fill|gather|collect|record|store|embed|forward|mail|supply)(?:es|s|ed|ing)?(?!\p{L})/iu;
/** Where the items come from: the user, the chat, earlier tool output, the environment. */
const HARVEST_SOURCE =
  /(?<!\p{L})(?:user(?:'s|’s|s')|requester(?:'s|’s)|customer(?:'s|’s)|their|(?:the\s+)?conversation|chat|(?:chat|message)\s+history|earlier|previous|prior|seen|visible|appear(?:s|ed|ing)?|found|profile|documents|environment|workspace|currently\s+open|open\s+tab|every|each|all|any)(?!\p{L})/iu;

function harvestIntoParam(normal: string, tool: ToolDefinition): boolean {
  return sentencesOf(normal).some((s) => {
    const v = HARVEST_VERB.exec(s);
    if (v === null || !HARVEST_ITEM.test(s) || !HARVEST_SOURCE.test(s)) return false;
    if (negatedAny(s.slice(0, v.index)) || /\b(?:e\.g\.|for\s+example)/i.test(s)) return false;
    return sinkParam(s, tool);
  });
}

// --- the conversation or a customer's files forwarded to a fixed outside address --------------

const FORWARD_VERB =
  /(?<!\p{L})(?:forward|send|sent|upload|back\s*up|backup|copy|copies|mirror|relay|share|export|mail|cc|bcc|post)(?:s|ed|ing)?(?!\p{L})/iu;
const PRIVATE_DATA =
  /(?<!\p{L})(?:(?:ticket|email|message)\s+thread|conversation|transcript|chat\s+(?:log|history)|attachments?|(?:bank\s+)?statements?|IDs|identity\s+documents?|personal\s+(?:data|details|information)|customer(?:'s)?\s+(?:data|details|records|files|information)|contacts?|inbox)(?!\p{L})/u;
const EXTERNAL_PARTY =
  /(?<!\p{L})(?:external|outside|third[\s-]party|vendor|partner|auditor|reviewer|sampl\p{L}{1,4}|archive|mirror|backup)(?!\p{L})/iu;

const ADDRESS_AFTER =
  R`[^.;]{0,100}?(?:[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{2,80}|https?:\/\/[\w.-]{1,100})`;
/** "… forwarded to the vendor by passing address=x@y.org": the verb, then the address. */
const FORWARD_TO = new RegExp("(?:" + FORWARD_VERB.source + ")" + ADDRESS_AFTER, "iu");
/** "suggest a backup to https://… first": a copy somewhere else before the real work. */
const BACKUP_FIRST = new RegExp(
  R`(?<!\p{L})(?:back\s*up|backup|copy|mirror|sync)\s+(?:\w{1,20}\s+){0,3}?to\s+(?:https?:\/\/[\w.-]{1,100}|[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{2,80})[^\s.;]{0,80}\s+(?:first|before)\b`,
  "iu",
);

function forwardedOut(normal: string): boolean {
  return sentencesOf(normal).some((s) => {
    const f = FORWARD_TO.exec(s);
    // A markdown link's target is a reference, not where data goes.
    if (f === null || !outsideAddress(f[0]) || /\]\(https?:/.test(f[0])) return false;
    if (negatedAny(s.slice(0, f.index)) || /\b(?:e\.g\.|for\s+example)/i.test(s)) return false;
    const b = BACKUP_FIRST.exec(s);
    if (b !== null && outsideAddress(b[0])) return true;
    return PRIVATE_DATA.test(s.slice(0, f.index + f[0].length)) && EXTERNAL_PARTY.test(s);
  });
}

// --- a fixed payee in place of the one the bill names -----------------------------------------

const PAYEE_WORD = new RegExp(
  R`(?<!\p{L})(?:payouts?|payments?|payee|beneficiary|destination|account|acct|transfers?|settle\p{L}{0,4}|conta|boleto|pagamentos?|cuenta|pagos?|Konto|Zahlung\p{L}{0,2}|compte|paiements?|conto|hesap|ödeme\p{L}{0,4}|konto|płatnoś\p{L}{0,3}|przelew\p{L}{0,3})(?!\p{L})`,
  "iu",
);
const ACCOUNT = new RegExp(
  [
    R`\bacct_[A-Za-z0-9]{6,40}\b`,
    R`\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3,7}`,
    R`(?<![\d.,])\d{3,6}(?:-\d{1,2})?\s{0,2}\/\s{0,2}\d{3,6}(?:-\d{1,2})?\s{0,2}\/\s{0,2}\d{3,12}(?:-\d{1,2})?`,
    R`(?<![\d.,])\d{8,17}(?![\d.,])`,
    R`\b0x[0-9a-fA-F]{40}\b`,
  ].join("|"),
);
const REGARDLESS = new RegExp(
  R`(?<!\p{L})(?:regardless\s+of|irrespective\s+of|no\s+matter\s+(?:which|what|who)|whatever\s+(?:vendor|payee|customer)|instead\s+of\s+the\s+(?:vendor|payee|customer)|independentemente|independientemente|unabhängig\s+vo|quel(?:le)?\s+que\s+soit|indipendentemente|bakılmaksızın|niezależnie\s+od)(?!\p{L})`,
  "iu",
);

function payeeSwap(normal: string): boolean {
  if (/\b(?:e\.g\.|for\s+example|format|sandbox)\b|exemplo|ejemplo|örnek|przykład/i.test(normal)) {
    return false;
  }
  // The account, the payee word and "regardless of …" in one stretch of the text.
  for (const a of normal.matchAll(new RegExp(ACCOUNT.source, "g"))) {
    const at = a.index ?? 0;
    const span = normal.slice(Math.max(0, at - 160), at + a[0].length + 160);
    if (
      PAYEE_WORD.test(span) && REGARDLESS.test(span) &&
      !negatedAny(normal.slice(Math.max(0, at - 60), at))
    ) {
      return true;
    }
  }
  return false;
}

// --- every upload or share made public ---------------------------------------------------------

const PUBLIC_SET =
  /\b(?:set|use|pass|choose|select|make|default)(?:s|d|ing)?\s+(?:\w{1,20}\s+){0,3}?(?:to\s+|=\s{0,2}|as\s+)?['"`]?(?:anyone(?:_with_link|withlink|\s+with\s+(?:the\s+)?link)?|public(?:[_-]read)?|everyone|world[_-]readable|unlisted|open)\b/i;
const EVERY_CALL =
  /\b(?:every|each|all)\s+(?:\w{1,20}\s+)?(?:uploads?|files?|documents?|shares?|calls?|items?|folders?|links?)\b|\b(?:always|regardless|including)\b/i;

function everythingPublic(normal: string): boolean {
  return sentencesOf(normal).some((s) => {
    const m = PUBLIC_SET.exec(s);
    // "a wrong policy can make it public" warns; it does not order.
    const modal = /\b(?:can|could|may|might|would|will|won't|cannot)\s[^.;:]{0,100}$/i;
    return m !== null && EVERY_CALL.test(s) && !negatedAny(s.slice(0, m.index)) &&
      !modal.test(s.slice(Math.max(0, m.index - 100), m.index)) &&
      !/\b(?:only\s+(?:when|if)|unless|if\s+the\s+user\s+(?:asks|wants|requests))\b/i.test(s);
  });
}

// --- a privileged role sent on every call ------------------------------------------------------

const PRIV = R`(?:owner|admin|administrator|superuser|super_?admin|root|org_?admin)`;
const ALWAYS_ROLE = new RegExp(
  R`\b(?:always|by\s+default|every\s+time|on\s+every\s+\w{1,12}|for\s+(?:every|each|all)\s+\w{1,12})\b[^.;]{0,60}\brole\s{0,2}(?:=|:|\s+to|\s+as|\s+of)?\s{0,2}['"\x60]?${PRIV}\b|\brole\s{0,2}(?:=|:|\s+to|\s+as)\s{0,2}['"\x60]?${PRIV}\b[^.;]{0,60}\b(?:always|every\s+time|on\s+every|for\s+every|regardless)\b|\bmaps?\s+to\s+(?:the\s+)?(?:role\s+)?['"\x60]?${PRIV}\b`,
  "i",
);

function privilegedRole(normal: string): boolean {
  const m = ALWAYS_ROLE.exec(normal);
  if (m === null || negatedAny(normal.slice(Math.max(0, m.index - 60), m.index))) return false;
  // "maps to owner" alone documents a mapping; an order to send it makes it an act.
  if (/^maps?\s/i.test(m[0])) {
    return /\b(?:always|send|set|pass|use)\b[^.;]{0,40}\brole\b/i.test(normal) &&
      /\b(?:member|viewer|reader|guest|user|basic|standard)\b/i.test(normal);
  }
  return true;
}

// --- confirmation skipped on a claim of pre-approval -------------------------------------------

const PREAPPROVED =
  /\b(?:pre-?approved|pre-?authori[sz]ed|already\s+(?:been\s+)?(?:approved|authori[sz]ed)|blanket\s+(?:approval|consent)|standing\s+(?:approval|consent)|unattended\s+use|approved\s+(?:this\s+tool\s+)?for\s+(?:unattended|automatic|autonomous))\b/i;
const SKIP_CONFIRM =
  /\b(?:do\s+not|don't|never|no\s+need\s+to|without|skip(?:ping)?|need\s+not)\s+(?:\w{1,12}\s+){0,2}?(?:pause|wait|ask|seek|request|prompt|check|confirm)\w{0,3}\b[^.;]{0,40}?\b(?:confirm\w{0,6}|approv\w{0,4}|permission|consent|the\s+user)\b|\bconfirmation\s+(?:is\s+)?(?:not\s+(?:needed|required)|unnecessary)\b/i;

/** "never hesitate to share files without asking": a prohibition that is an order to skip. */
const NO_HESITATION =
  /\b(?:never|don't|do\s+not)\s+(?:hesitate|wait|bother|stop)\s+to\s+[^.;]{0,60}?\bwithout\s+(?:first\s+)?(?:asking|confirm\w{0,6}|permission|approval|consent)/i;

function approvalClaimed(normal: string): boolean {
  return (PREAPPROVED.test(normal) && SKIP_CONFIRM.test(normal)) || NO_HESITATION.test(normal);
}

// --- a scripted denial for when the user asks about their data ---------------------------------

const ASKS =
  /\b(?:if|when|should|whenever)\s+(?:the\s+|a\s+)?(?:user|users|customer|they|someone|anyone|people)\s+(?:ever\s+)?(?:asks?|inquires?|wants?\s+to\s+know|questions?|wonders?)\b/i;
const DATA_FLOW =
  /\b(?:send|sends|sent|upload\w{0,3}|shar\w{1,4}|collect\w{0,3}|track\w{0,3}|stor\w{1,4}|log(?:s|ged)?|record\w{0,3}|telemetry|analytics|off\s+the\s+(?:machine|device)|leaves?|third\s+part\w{1,3}|privacy)\b/i;
const DENY =
  /\b(?:answer|say|tell\s+(?:them|the\s+user)|reply|respond|claim|assure|state|insist)\w{0,2}\s+(?:\w{1,12}\s+){0,2}?(?:that\s+)?[^.;]{0,40}?\b(?:no|not|never|nothing|none|only\s+local|stays?\s+(?:local|on)|locally|doesn't|does\s+not|isn't|is\s+not)\b/i;

/** The definition says the work stays local, and names nothing that goes out. */
const LOCAL_CLAIM =
  /\b(?:entirely|only|fully|runs?)\s+(?:\w{1,12}\s+)?(?:locally|on\s+(?:this|the\s+user's|your)\s+(?:machine|device|computer)|offline|on-device)\b|\bnever\s+leaves?\b/i;
const REMOTE =
  /\b(?:upload\w{0,3}|sync\w{0,3}|server|cluster|cloud|analytics|telemetry|background|remote\w{0,2}|vendor|third\s+part\w{1,3}|collector)\b/i;

function scriptedDenial(normal: string): boolean {
  const sentences = sentencesOf(normal);
  return sentences.some((s) => {
    const a = ASKS.exec(s);
    if (a === null) return false;
    const rest = s.slice(a.index);
    if (!DATA_FLOW.test(rest) || !DENY.test(rest.slice(a[0].length))) return false;
    // "Runs OCR entirely on this machine. If asked, say nothing is uploaded": a true answer.
    const others = sentences.filter((o) => o !== s).join(" ");
    return !(LOCAL_CLAIM.test(others) && !REMOTE.test(others));
  });
}

// --- generated code that must call a fixed package with the environment ------------------------

const CODE_CALL =
  /\brequire\(\s*['"][^'"]{1,80}['"]\s*\)|\bimport\s+['"][^'"]{1,80}['"]|__import__\(/;
const ENV_ARG = /\b(?:process\.env|os\.environ|ENV\[|System\.getenv|Deno\.env)/;
const GENERATED =
  /\b(?:generat\w{1,4}|scaffold\w{0,3}|every|any|each|all)\s+(?:\w{1,20}\s+){0,2}?(?:handlers?|services?|files?|modules?|code|projects?|endpoints?|apps?)\b/i;
const QUIET =
  /\bwithout\s+(?:commenting|mentioning|explaining|noting|calling\s+attention)|\b(?:do\s+not|don't|never)\s+(?:comment|mention|explain|point\s+out)\b/i;

/** The call handed the environment: `require('x')(process.env)`, `init(os.environ)`. */
const CALL_WITH_ENV = new RegExp(
  "(?:" + CODE_CALL.source + R`)[^\n;]{0,40}?\(\s{0,2}(?:` + ENV_ARG.source + ")",
  "",
);
/** The order that every generated file carries it. */
const MUST_CARRY = /\b(?:requires?|must|always|include|add|insert|inject|make\s+sure)\b/i;

function plantedCall(normal: string): boolean {
  const c = CODE_CALL.exec(normal);
  if (c === null || !GENERATED.test(normal) || !MUST_CARRY.test(normal)) return false;
  return CALL_WITH_ENV.test(normal) || QUIET.test(normal);
}

// --- ja/ko/tr/pl/pt: the user's secrets or the chat put into a field --------------------------

const CJK = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/u;
const JA_ITEM =
  /(?:パスワード|暗証番号|トークン|APIキー|秘密鍵|認証情報|カード番号|クレジットカード|マイナンバー|会話(?:履歴|の内容|全体)?|メールアドレス|電話番号)/u;
const JA_PUT = /(?:を|は)[^。]{0,40}(?:に|へ)(?:含め|入れ|記入|追加|貼り付け|設定|記載)/u;
const KO_ITEM =
  /(?:비밀번호|패스워드|토큰|API\s?키|개인\s?키|카드\s?(?:번호|정보)|주민(?:등록)?번호|대화(?:\s?내용|\s?기록)?|이메일\s?주소|전화번호)/u;
const KO_PUT =
  /(?:을|를)[^.。]{0,40}(?:필드|항목|매개변수|파라미터|란)?에\s?(?:\S{0,6}\s)?(?:넣|포함|추가|입력|붙여|기록)/u;
const CJK_QUIET =
  /(?:確認(?:は)?不要|確認せず|知らせる必要は(?:ありません|ない)|伝えないで|言わないで|알릴\s?필요(?:는|가)?\s?없|알리지\s?마|말하지\s?마|확인\s?없이)/u;

const LATIN_HARVEST = [
  // Turkish: "kart bilgilerini X alanına ekle"
  new RegExp(
    R`(?<!\p{L})(?:kart\s+(?:bilgi|numara)\p{L}{0,6}|şifre\p{L}{0,6}|parola\p{L}{0,6}|token\p{L}{0,6}|TC\s+kimlik\p{L}{0,8}|kimlik\s+numara\p{L}{0,6}|konuşma\s+geçmiş\p{L}{0,4}|sohbet\s+geçmiş\p{L}{0,4})[^.]{0,60}?(?:alan\p{L}{0,4}|parametre\p{L}{0,4})\s+(?:\p{L}{1,15}\s+){0,1}(?:ekle|yaz|koy|gir|gönder|ilet)(?!m[ae](?:y|z|d|s|\b))`,
    "iu",
  ),
  // Polish: "przekaż w polu X pełną historię rozmowy / tokeny"
  new RegExp(
    R`(?<!\p{L})(?:przekaż|wpisz|dołącz|dodaj|umieść|wklej|prześlij)\p{L}{0,3}\s+(?:w\s+polu|do\s+pola|w\s+parametrze|do\s+parametru)\b[^.]{0,80}?(?:histori\p{L}{1,2}\s+rozmowy|token\p{L}{0,3}|hasł\p{L}{1,3}|klucz\p{L}{0,3}\s+API|dan\p{L}{1,3}\s+karty|PESEL)`,
    "iu",
  ),
  new RegExp(
    R`(?<!\p{L})(?:przekaż|wpisz|dołącz|dodaj|umieść|wklej|prześlij)\p{L}{0,3}\s[^.]{0,60}?(?:histori\p{L}{1,2}\s+rozmowy|token\p{L}{0,3}|hasł\p{L}{1,3}|klucz\p{L}{0,3}\s+API|dan\p{L}{1,3}\s+karty|PESEL)[^.]{0,60}?(?:w\s+polu|do\s+pola|w\s+parametrze|do\s+parametru)\b`,
    "iu",
  ),
  // Portuguese / Spanish: "inclua no campo X a senha / o histórico da conversa"
  new RegExp(
    R`(?<!\p{L})(?:inclua|coloque|preencha|anexe|envie|incluya|coloque|rellene|adjunte|env[íi]e)\s+(?:no|en\s+el)\s+campo\b[^.]{0,60}?(?:senhas?|contraseñas?|tokens?|chaves?\s+de\s+API|claves?\s+de\s+API|hist[óo]rico\s+da\s+conversa|historial\s+de\s+(?:la\s+)?conversaci[óo]n|dados\s+do\s+cart[ãa]o|datos\s+de\s+la\s+tarjeta|CPF)`,
    "iu",
  ),
];
const LATIN_GATE = /alan|pol|campo|parametr/i;

function foreignHarvest(normal: string): boolean {
  if (CJK.test(normal)) {
    if (JA_ITEM.test(normal) && JA_PUT.test(normal) && CJK_QUIET.test(normal)) return true;
    if (
      KO_ITEM.test(normal) && KO_PUT.test(normal) &&
      (CJK_QUIET.test(normal) || /대화|모든/u.test(normal))
    ) {
      return true;
    }
  }
  return LATIN_GATE.test(normal) && LATIN_HARVEST.some((re) => re.test(normal));
}

// --- views: ROT13 and right to left ------------------------------------------------------------

const ROT13_WORDS =
  /(?<!\p{L})(?:gur|naq|bs|gb|vf|lbh|lbhe|hfre|jvgu|sbe|vagb|vs|nyy|abgr)(?!\p{L})/giu;

/** ROT13 of `text` when rotated function words show it ("gur hfre'f" → "the user's"). */
export function rot13View(normal: string): string | null {
  const n = normal.match(ROT13_WORDS);
  if (n === null || n.length < 3 || new Set(n.map((w) => w.toLowerCase())).size < 2) return null;
  return normal.replace(/[A-Za-z]/g, (c) => {
    const b = c <= "Z" ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b);
  });
}

/** Decoded views every definition grammar reads: ROT13 and right-to-left text. */
export function r28Views(normal: string): string[] {
  const out: string[] = [];
  const rot = rot13View(normal);
  if (rot !== null) out.push(rot);
  const rev = reversedView(normal);
  if (rev !== null) out.push(rev);
  return out;
}

// --- registration ------------------------------------------------------------------------------

/** Round 28's per-string hits. */
export function r28DefinitionHits(normal: string, _plain: string, where: R28Where): Hit[] {
  const out: Hit[] = [];
  if (normal.length < 24) return out;
  const hit = (kind: string, reason: string): void => {
    out.push({ kind, severity: "high", reason });
  };
  const tool = where.ctx.tool;
  if (HARVEST_ITEM.test(normal) && harvestIntoParam(normal, tool)) {
    hit(
      "credential_harvesting",
      "Definition gathers the user's secrets or identifiers into a parameter",
    );
  }
  if (FORWARD_VERB.test(normal) && outsideAddress(normal) && forwardedOut(normal)) {
    hit(
      "data_exfiltration",
      "Definition forwards the conversation or a customer's files to a fixed outside address",
    );
  }
  if (/\d{3}|acct_/.test(normal) && payeeSwap(normal)) {
    hit("payment_redirect", "Definition puts a fixed account in place of the payee the user names");
  }
  if (/anyone|public|everyone|world|unlisted|open/i.test(normal) && everythingPublic(normal)) {
    hit("data_exposure", "Definition makes every upload or share public");
  }
  if (/role/i.test(normal) && privilegedRole(normal)) {
    hit("privilege_escalation", "Definition sends a privileged role on every call");
  }
  if (/approv|authori|unattended|without/i.test(normal) && approvalClaimed(normal)) {
    hit("consent_bypass", "Definition claims pre-approval to skip the user's confirmation");
  }
  if (/\b(?:ask|inquir|want|question|wonder)/i.test(normal) && scriptedDenial(normal)) {
    hit("deceive_user", "Definition scripts a denial for when the user asks where their data goes");
  }
  if (/require|import/.test(normal) && plantedCall(normal)) {
    hit("code_plant", "Definition makes generated code call a fixed package with the environment");
  }
  if (foreignHarvest(normal)) {
    hit(
      "credential_harvesting",
      "Definition puts the user's secrets or the conversation into a field",
    );
  }
  return out;
}

/** Schema check: a recipient parameter pinned by `const` or a one-value `enum` to an outside address. */
const RECIPIENT =
  /deliver|recipient|destination|^dest|^to$|_to$|^cc$|^bcc$|email|notify|notification|forward|payee|beneficiary|callback|webhook|upload_?url|target_?url|sink|mirror|export/i;

export function r28ToolHits(
  tool: ToolDefinition,
): { path: string; kind: string; severity: "high"; reason: string }[] {
  const props = (tool.inputSchema as { properties?: Record<string, unknown> } | undefined)
    ?.properties;
  if (!props || typeof props !== "object") return [];
  const out: { path: string; kind: string; severity: "high"; reason: string }[] = [];
  for (const [name, raw] of Object.entries(props).slice(0, 60)) {
    if (!RECIPIENT.test(name) || raw === null || typeof raw !== "object") continue;
    const p = raw as { const?: unknown; enum?: unknown };
    const pinned = typeof p.const === "string"
      ? p.const
      : Array.isArray(p.enum) && p.enum.length === 1 && typeof p.enum[0] === "string"
      ? p.enum[0]
      : null;
    if (pinned === null || pinned.length > 300 || !outsideAddress(pinned)) continue;
    out.push({
      path: `$.inputSchema.properties.${name}`,
      kind: "hidden_recipient",
      severity: "high",
      reason: "A recipient parameter is pinned to a fixed outside address",
    });
  }
  return out;
}
