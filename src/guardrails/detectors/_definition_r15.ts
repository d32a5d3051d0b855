/**
 * Definition grammars from held-out round 15's misses (paraphrase tests in
 * `_definition_r15_test.ts`). {@link r15Views} gives extra readings of a string that the
 * detector rescans with every grammar:
 * - a sentence about "the person" / "the customer" read as one about "the user" (the grammars
 *   name the user; an attack names the same reader with another noun);
 * - ROT13 or reversed text decoded when the string itself says how to decode it ("ROT13-encoded
 *   policy, apply after decoding", "read the next sentence word by word from right to left").
 * {@link r15DefinitionHits} adds the techniques that no grammar had:
 * - a scripted report that holds however the call turns out (lying about the outcome);
 * - a forged pre-approval ("the account owner pre-approved every deletion") that drops confirmation;
 * - consent removal or public sharing planted in memory as a user preference;
 * - a side effect the model is told to keep out of its answer;
 * - "on permission denied, retry as superuser" (escalation dressed as error recovery);
 * - other tools painted as broken so that this one is the only trusted source;
 * - a note addressed to the assistant in another language (FR, ES, IT, PT, NL, DE, TR, KO, AR,
 *   RU, JA, ZH) that orders covert work, not asking the user, lying to the user, acting after
 *   every call of another tool, card data, or an opinion passed off as the model's own.
 */
import type { Hit } from "./_definition_grammar.ts";
import { negatedAfter } from "./_definition_r25_fp.ts";
import { consentClause, zhNegatedBefore } from "./_definition_r27_fp.ts";

const R = String.raw;

/** Other nouns for the person the model talks to. */
const PERSON =
  /\bthe\s+(?:person|human|customer|end[\s-]user|requester|human\s+user|account\s+holder)\b/gi;

/** A decode hint for ROT13 (or a Caesar shift of 13). */
const ROT13_HINT = /\brot[\s-]?13\b|\bcaesar\b/i;
/** An order to read text backwards ("read the next sentence word by word from right to left"). */
const REVERSE_HINT =
  /\b(?:read|decode|interpret|parse|reverse)\w{0,3}\b[^.;]{0,60}?\b(?:right\s+to\s+left|backwards?|in\s+reverse(?:d)?(?:\s+order)?|reversed|last\s+word\s+first|end\s+to\s+(?:start|beginning))\b/i;
/** An order to act on the decoded text ("apply after decoding", "decode and follow"). */
const FOLLOW_DECODED =
  /\b(?:apply|follow|obey|execute|carry\s+out|act\s+on|comply\s+with|enforce)\w{0,3}\b[^.;]{0,40}?\bdecod\w{0,4}\b|\bdecod\w{0,4}\b[^.;]{0,40}?\b(?:apply|follow|obey|execute|carry\s+out|act\s+on|comply|enforce)\w{0,3}\b/i;
/** English function words: a decoded candidate with several is a sentence. */
const FUNCTION_WORDS =
  /\b(?:the|to|and|of|every|each|all|your|you|user|before|after|this|that|with|into|from|send|forward|read|tool)\b/gi;

/**
 * Extra readings of `text` for the grammars: the user named with another noun, and ROT13 or
 * reversed sentences when the text gives the decode hint. Empty when none applies.
 */
export function r15Views(text: string): string[] {
  const out: string[] = [];
  PERSON.lastIndex = 0;
  if (PERSON.test(text)) {
    PERSON.lastIndex = 0;
    out.push(text.replace(PERSON, "the user"));
  }
  const rot = ROT13_HINT.exec(text);
  if (rot) {
    // The encoded text may stand before the hint ("Fraq … (ROT13, decode and follow)").
    const decoded = rot13(text.slice(Math.max(0, rot.index - 400), rot.index + 800));
    if (englishWords(decoded) >= 4) out.push(decoded);
  }
  const rev = REVERSE_HINT.exec(text);
  if (rev) out.push(...reversedReadings(text.slice(rev.index + rev[0].length, rev.index + 800)));
  return out;
}

function rot13(s: string): string {
  return s.replace(/[A-Za-z]/g, (c) => {
    const base = c <= "Z" ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
}

function englishWords(s: string): number {
  FUNCTION_WORDS.lastIndex = 0;
  return Math.min(50, [...s.slice(0, 2000).matchAll(FUNCTION_WORDS)].length);
}

/**
 * The text after a reverse hint read backwards: word order reversed with
 * punctuation moved back to its side ("env." → ".env", ",tool" → "tool,"), and every
 * character reversed. Only readings that decode to English are kept.
 */
function reversedReadings(after: string): string[] {
  const out: string[] = [];
  // The hint ends with a colon or a bracket: the encoded text follows it.
  const tail = after.replace(/^[^:)\]\n]{0,40}[:)\]]{1,3}/, "");
  const words = tail.trim().split(/\s+/);
  if (words.length < 4) return out;
  const flipped = words.reverse().map((w) =>
    w.replace(/^([,;:!?]+)(.+)$/, "$2$1").replace(/^([\w-]{1,12})\.$/, ".$1")
  ).join(" ");
  const chars = [...tail].reverse().join("");
  for (const c of [flipped, chars]) {
    if (englishWords(c) >= 4) out.push(c);
  }
  return out.slice(0, 2);
}

/** A report that holds "however the call turns out". */
const OUTCOME_LIE = new RegExp(
  [
    R`\b(?:however|whatever|regardless\s+of\s+(?:how|what|whether)?|no\s+matter\s+(?:how|what|whether))\b[^.;]{0,60}?\b(?:turns?\s+out|outcome|result|happens|goes|returns?|succeeds?|fails?)\b[^.;]{0,80}?\b(?:state|say|tell|report|claim|confirm|assert|write|inform)\w{0,2}\s+(?:\w{1,12}\s+){0,3}?that\b`,
    R`\b(?:state|say|tell|report|claim|confirm|assert|inform)\w{0,2}\s+(?:to\s+)?(?:the\s+user|them)\s+(?:that\s+)?[^.;]{0,80}?\b(?:regardless\s+of\s+(?:the\s+)?(?:actual\s+)?(?:outcome|result|response|status)|no\s+matter\s+(?:what|how)\s+(?:the\s+)?(?:call|tool|api|request|transfer|operation)\s+(?:returns?|does|turns\s+out))\b`,
  ].join("|"),
  "i",
);

/** A consent claimed in advance by someone other than the user at hand. */
const PRE_APPROVAL =
  /\b(?:owner|admin(?:istrator)?|operator|manager|team|security|compliance|it\s+department|customer|account\s+holder|user|organi[sz]ation|tenant)\w{0,2}\s+(?:has\s+|have\s+|had\s+)?(?:already\s+)?(?:pre-?approved|pre-?authori[sz]ed|pre-?confirmed|blanket[\s-]approved|approved\s+(?:\w{1,20}\s+){0,3}?in\s+advance|signed\s+off\s+on\s+(?:all|every|any))\b/i;
const NO_CONFIRM =
  /\b(?:never|don't|do\s+not|no\s+need\s+to|without|need\s+not|needn't)\s+(?:\w{1,15}\s+){0,3}?(?:ask\w{0,3}|confirm\w{0,6}|prompt\w{0,3}|check\w{0,3}\s+with|wait\w{0,3}\s+for)\b/i;

/** Consent removal or public sharing planted as a user preference. */
const STORE_PREF =
  /\b(?:save|store|remember|record|write|persist|memori[sz]e|add|keep)\w{0,3}\b[^.]{0,80}?\b(?:facts?|memor(?:y|ies)|preferences?|notes?|profile)\b/i;
const USER_WANTS =
  /\b(?:the\s+)?user\s+(?:always\s+|never\s+)?(?:prefers|wants|likes|has\s+(?:asked|agreed|approved|authori[sz]ed)|approves|authori[sz]es|allows|expects)\b/i;
const RISKY_WISH = new RegExp(
  [
    R`\banyone[\s-]with[\s-](?:the[\s-])?link\b|\b(?:shared|visible|accessible)\s+(?:publicly|to\s+(?:everyone|anyone|the\s+public))\b|\bpublic(?:ly)?\s+(?:shared|visible|readable|accessible)\b`,
    R`\bnever\s+(?:wants?\s+to\s+be\s+)?(?:asked|prompted|consulted)\b|\bwithout\s+(?:being\s+)?(?:asked|asking|prompted)\b|\bno\s+(?:need\s+for\s+)?confirmations?\b`,
  ].join("|"),
  "i",
);

/** The model told to keep something out of its answer. */
const KEEP_OUT =
  /\b(?:do\s+not|don't|never|without)\s+(?:ever\s+)?(?:surfac|mention|reveal|disclos|show|report|tell|bring\w{0,3}\s+up|expos|list|flag|rais)\w{0,3}\s+(?:it|this|that|them|these|any\s+of\s+(?:it|this|them))\s+(?:in|to|within)\s+(?:your|the)\s+(?:answer|reply|response|summary|output|user|message|chat)\b|\b(?:keep|hide)\s+(?:it|this|that|them)\s+from\s+the\s+user\b|\bbring\s+(?:it|this|that|them)\s+up\s+(?:to|with|in)\s+(?:the\s+user|your\s+(?:answer|reply|response))\b/i;
/** Work the tool does beyond its job. */
const SIDE_WORK =
  /\bside[\s-](?:work|effects?|tasks?|jobs?|actions?|operations?)\b|\bin\s+the\s+background\b|\bbehind\s+the\s+scenes\b|\bsilently\b|\bgrant\w{0,3}\b|\bcluster-?admin\b|\bsystem:anonymous\b|\b(?:admin|root|owner)\s+(?:rights|access|privileges|role)\b/i;

/** Escalation on a refusal: "on 'permission denied', retry as postgres / with sudo". */
const DENIAL =
  /\bpermission\s+denied\b|\baccess\s+(?:is\s+)?denied\b|\binsufficient\s+(?:privileges?|permissions?|rights)\b|\bnot\s+authori[sz]ed\b|\bunauthori[sz]ed\b|\b403\b|\bEACCES\b|\bEPERM\b|\bforbidden\b/i;
const RETRY =
  /\b(?:retry|retries|re-?run|re-?try|re-?issue|try\s+again|repeat|fall\s+back|wrap(?:ped)?)\w{0,3}\b/i;
const ELEVATE =
  /\bSET\s+ROLE\b|\bsudo\b|\bGRANT\s+ALL\b|\bas\s+(?:root|superuser|admin(?:istrator)?|postgres|sa|system)\b|\bsuperuser\b|--privileged\b|\bchmod\s+(?:-R\s+)?777\b|\brunas\b|\belevated\s+(?:rights|privileges?|token|role|credentials?)\b|\badmin(?:istrator)?\s+(?:token|credentials?|role|account|key|rights)\b|\bTO\s+PUBLIC\b/i;
const USER_ACTS =
  /\b(?:ask|tell|have|let)\s+the\s+user\s+to\b|\bthe\s+user\s+(?:must|should|can|may)\s+(?:\w+\s+)?(?:run|grant|request|ask)\b/i;

/** Other tools painted as broken so that this one is the only trusted source. */
const OTHERS_BROKEN =
  /\b(?:every|all|any)\s+other\s+(?:\w{1,20}\s+){0,3}?(?:tools?|connectors?|servers?|sources?|plugins?)\b[^.;]{0,60}?\b(?:stale|outdated|unreliable|wrong|inaccurate|broken|deprecated|compromised|hallucinat\w{0,3}|untrustworthy|fake)\b/i;
const ONLY_SOURCE =
  /\b(?:only|sole|single)\s+(?:trustworthy|trusted|reliable|accurate|valid|correct|safe)\s+(?:source|tool|option|provider)\b|\broute\s+(?:all|every)\s+(?:\w{1,20}\s+){0,2}?(?:here|to\s+this\s+tool)\b/i;

/** A note addressed to the assistant (not English), ending at a colon. */
const ADDRESSED = new RegExp(
  [
    // fr: "Consigne réservée à l'agent :", "Note pour l'assistant :"
    R`(?:consignes?|notes?|remarques?|instructions?|messages?|directives?)\s+(?:\p{L}{1,12}\s+){0,2}?(?:à|a|pour)\s+l['’]\s?(?:agent|assistant|IA|intelligence)`,
    // es / pt: "Nota interna para el modelo:", "Instrução para o assistente:"
    R`(?:notas?|instrucci[oó]n(?:es)?|instru[cç][aã]o|instru[cç][oõ]es|mensaje|mensagem|aviso)\s+(?:\p{L}{1,12}\s+){0,2}?para\s+(?:el|la|o|a)\s+(?:modelo|asistente|assistente|agente|IA)`,
    // it: "Nota per il modello:", "Istruzioni per l'agente:"
    R`(?:note?a|istruzion[ei]|messaggio|avviso)\s+(?:\p{L}{1,12}\s+){0,2}?per\s+(?:il\s+|lo\s+|l['’]\s?)(?:modello|assistente|agente|IA)`,
    // it / fr / nl / es / pt / de: "Per l'assistente:", "Voor de assistent:", "Para el agente:"
    R`(?:per\s+l['’]\s?|pour\s+l['’]\s?|voor\s+de\s+|para\s+(?:el|o)\s+|f[üu]r\s+(?:den|die|das)\s+)(?:assistente|assistant|assistent|asistente|agente|agent|agenten|assistenten|modello|modelo|model|modell|KI|IA|AI)`,
    // de: "Hinweis an den Assistenten:"
    R`(?:hinweis|anweisung|notiz)\s+(?:an|f[üu]r)\s+(?:den|die|das)\s+(?:assistenten|agenten|KI|modell)`,
    // tr: "Asistana not:", "Asistan için not:"
    R`(?:asistana|ajana|modele|yapay\s+zekaya)\s+(?:not|talimat|uyar[ıi])|(?:asistan|ajan|model)\s+i[çc]in\s+(?:not|talimat)`,
    // ru: "Примечание для ассистента:"
    R`(?:для|к)\s+(?:ассистента|агента|модели|ИИ)`,
    // ko / ja / zh / ar
    R`(?:어시스턴트|에이전트|모델|AI)\s?(?:참고|에게|님께|지시|메모)`,
    R`(?:アシスタント|エージェント|AI|モデル)(?:へ|への|向け)(?:の)?(?:注意|メモ|指示|注記)?`,
    R`(?:给|給|致)(?:助手|AI|模型|代理|智能体)(?:的)?(?:说明|說明|提示|指示|备注|備註)?`,
    R`(?:تعليمات|ملاحظة|تنبيه|رسالة)\s+(?:لل|إلى\s+ال)(?:مساعد|وكيل|نموذج)`,
  ].join("|"),
  "iu",
);
/** Cheap gate for {@link ADDRESSED}: the colon and a non-ASCII letter or an address word. */
const ADDRESS_GATE =
  /assist|agent|agente|model|IA\b|KI\b|asistan|ajan|ассист|агент|модел|어시스턴트|에이전트|アシスタント|エージェント|助手|代理|模型|مساعد|وكيل|نموذج/i;

/** What an addressed note must not order (any covered language). */
const NOTE_RISK = new RegExp(
  [
    // covert work
    R`(?<!\p{L})(?:discr[èe]tement|en\s+secret|sans\s+que|[àa]\s+l['’]insu|sin\s+que|en\s+secreto|discretamente|sem\s+que|em\s+segredo|senza\s+che|di\s+nascosto|in\s+segreto|zonder\s+dat|stiekem|ohne\s+dass|heimlich|gizlice|fark\s+ettirmeden|haberi\s+olmadan|незаметно|тайно|втайне)(?!\p{L})`,
    R`몰래|비밀리에|こっそり|密かに|悄悄|秘密地|偷偷|سرا|سرًا|خفية`,
    // not asking the user
    R`(?<!\p{L})(?:sans\s+(?:lui\s+)?demander|sin\s+preguntar|sem\s+perguntar|senza\s+chiedere|zonder\s+(?:het\s+)?te\s+vragen|ohne\s+(?:zu\s+)?fragen|sorma(?:dan)?|не\s+спрашивая)(?!\p{L})|묻지\s?(?:말고|않고|마세요)|聞かずに|確認せずに|尋ねずに|確認なしで|确认しない|不经确认|未经确认|不要询问|无需询问|دون\s+(?:أن\s+)?(?:تسأل|سؤال)`,
    // lying to the user: "tell them … anyway / although", "do not show the error"
    R`(?<!\p{L})(?:dile|d[íi]gale|dis(?:-lui)?|dites|digli|dille|d[íi]gli|diga|diz|vertel|zeg|sag|s[öo]yle|скажи)(?!\p{L})[^.。]{0,120}?(?<!\p{L})(?:de\s+todos\s+modos|de\s+todas\s+formas|igualmente|aunque|m[êe]me\s+si|quand\s+m[êe]me|de\s+toute\s+fa[çc]on|anche\s+se|comunque|mesmo\s+que|de\s+qualquer\s+forma|toch|ook\s+al|trotzdem|auch\s+wenn|ra[ğg]men|yine\s+de|хотя|всё\s+равно)(?!\p{L})`,
    R`(?:أخبر|فأخبر|قل|أبلغ)[^.]{0,120}?(?:مع\s+أن|مع\s+أنها|مع\s+أنه|رغم|بالرغم)|(?:말하|알려|안내하)[^.。]{0,40}?(?:더라도|지만)|(?:告诉|告訴)[^。]{0,40}?(?:尽管|儘管|即使|其实|其實)`,
    R`(?<!\p{L})(?:no\s+muestres|no\s+mostrar|ne\s+montre\s+pas|non\s+mostrare|n[ãa]o\s+mostre|toon\s+niet|niet\s+tonen|zeige\s+nicht|g[öo]sterme)(?!\p{L})[^.]{0,30}?(?<!\p{L})(?:error|erreur|errore|erro|fout|fehler|hata)`,
    // card data
    R`(?<!\p{L})(?:CVC|CVV2?|CID|num[ée]ro\s+de\s+(?:la\s+)?carte|n[úu]mero\s+de\s+(?:la\s+)?tarjeta|n[úu]mero\s+do\s+cart[ãa]o|numero\s+(?:della\s+)?carta|kaartnummer|Kartennummer|kart\s+numaras[ıi])(?!\p{L})|카드\s?번호|유효\s?기간|رقم\s+البطاقة|カード番号|卡号|номер\s+карты`,
    // an opinion passed off as the model's own
    R`(?<!\p{L})(?:come\s+(?:tua|sua|una\s+tua)\s+(?:\p{L}{1,12}\s+)?opinione|como\s+(?:tu|su)\s+(?:propia\s+)?opini[óo]n|como\s+(?:sua|tua)\s+(?:pr[óo]pria\s+)?opini[ãa]o|comme\s+(?:ton|votre)\s+(?:propre\s+)?avis|als\s+(?:je|jouw|uw)\s+eigen\s+mening|als\s+(?:deine|Ihre)\s+eigene\s+Meinung|kendi\s+fikrin)`,
  ].join("|"),
  "iu",
);
/** Another tool, and "every time" (the note acts after each of its calls). */
const NOTE_OTHER_TOOL =
  /(?<!\p{L})(?:autre\s+outil|otra\s+herramienta|outra\s+ferramenta|altro\s+strumento|andere\s+tool|ander\s+hulpmiddel|anderen?\s+(?:Tool|Werkzeug)|ba[şs]ka\s+(?:bir\s+)?ara[çc])(?!\p{L})|다른\s?도구|أداة\s+أخرى|他のツール|其他工具/iu;
const NOTE_EVERY =
  /(?<!\p{L})(?:chaque|cada|ogni|elk|elke|jede[nmrs]?|her|toda\s+vez|sempre\s+che|каждый|каждого|после\s+каждого)(?!\p{L})|매번|마다|كل\s|每次|毎回|たびに/iu;

/** A hidden recipient with a fixed address ("ajoute x@relais.fr en destinataire caché"). */
const NOTE_HIDDEN_RECIPIENT =
  /(?<!\p{L})(?:cci|cco|ccn|bcc|destinataire\s+cach[ée]|destinatario\s+(?:oculto|nascosto)|destinat[áa]rio\s+oculto|verborgen\s+ontvanger|Blindkopie)(?!\p{L})|숨은\s?참조|نسخة\s+مخفية|密送|密件抄送/iu;
const NOTE_ADD =
  /(?<!\p{L})(?:ajoute|ajouter|mets|a[ñn]ade|agrega|pon|aggiungi|metti|adiciona|coloque|voeg|f[üu]ge|ekle|добавь)(?!\p{L})|추가|أضف|添加|加上|追加/iu;
const NOTE_ADDRESS = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}/;

/** A negator just before a risk word: "never ask for the CVC", "non chiedere mai". */
const NOTE_NEGATED =
  /(?<!\p{L})(?:ne|n['’]|jamais|nunca|nie|nicht|niemals|nooit|niet|mai|non|no|não|asla|никогда|не)(?!\p{L})[^.]{0,25}$|절대|하지\s?마|لا\s+\S+\s*$/iu;

/** The text after a ROT13 hint decodes to more English than it reads as. */
function rot13Order(plain: string): boolean {
  const at = ROT13_HINT.exec(plain)?.index ?? 0;
  const segment = plain.slice(at, at + 800);
  return englishWords(rot13(segment)) >= 4 + englishWords(segment);
}

/**
 * Hits of round 15's definition grammars over one normalised definition string `normal`
 * (`plain` is its Latin skeleton, read by the English grammars).
 */
export function r15DefinitionHits(normal: string, plain: string): Hit[] {
  if (normal.length < 16) return [];
  const out: Hit[] = [];
  const hit = (kind: string, reason: string): void => {
    out.push({ kind, severity: "high", reason });
  };
  if (OUTCOME_LIE.test(plain)) {
    hit("deceive_user", "Definition scripts a report that holds however the call turns out");
  }
  if (PRE_APPROVAL.test(plain) && NO_CONFIRM.test(plain)) {
    hit("consent_bypass", "Definition claims a prior approval so that the user is not asked");
  }
  if (USER_WANTS.test(plain) && RISKY_WISH.test(plain) && STORE_PREF.test(plain)) {
    hit("memory_poisoning", "Definition plants consent removal or public sharing in memory");
  }
  if (KEEP_OUT.test(plain) && SIDE_WORK.test(plain)) {
    hit("conceal_from_user", "Definition hides a side effect of the tool from the user");
  }
  const denial = DENIAL.exec(plain);
  if (denial) {
    const after = plain.slice(denial.index, denial.index + 320);
    if (RETRY.test(after) && ELEVATE.test(after) && !USER_ACTS.test(after)) {
      hit("privilege_escalation", "Definition retries a refused call with elevated rights");
    }
  }
  if (OTHERS_BROKEN.test(plain) && ONLY_SOURCE.test(plain)) {
    hit("preference_manipulation", "Definition paints other tools as broken to be the only one");
  }
  if (
    ROT13_HINT.test(plain) && FOLLOW_DECODED.test(plain) && rot13Order(plain)
  ) {
    hit("encoded_instruction", "Definition hides an order in ROT13 and says to follow it decoded");
  }
  if (ADDRESS_GATE.test(normal)) addressedNote(normal, hit);
  return out;
}

/** A non-English note to the assistant that orders one of {@link NOTE_RISK}'s techniques. */
function addressedNote(text: string, hit: (k: string, r: string) => void): void {
  const m = ADDRESSED.exec(text);
  if (!m) return;
  // The address is a label: a colon follows within a few words ("Nota interna para el modelo:").
  const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 600);
  const colon = rest.search(/[:：]/);
  if (colon < 0 || colon > 30) return;
  const note = rest.slice(colon + 1);
  if (
    (NOTE_OTHER_TOOL.test(note) && NOTE_EVERY.test(note)) ||
    (NOTE_HIDDEN_RECIPIENT.test(note) && NOTE_ADDRESS.test(note) && NOTE_ADD.test(note))
  ) {
    hit(
      "hidden_instruction",
      "Definition has a note to the assistant acting on other tools' calls or mail",
    );
    return;
  }
  let risk = NOTE_RISK.exec(note);
  // "zonder dat de gebruiker daarom vraagt" (without the user asking) leaves the user the say.
  while (risk && consentClause(note, risk.index)) {
    const from = risk.index + risk[0].length;
    const next = NOTE_RISK.exec(note.slice(from));
    risk = next ? Object.assign(next, { index: next.index + from }) : null;
  }
  const before = risk ? note.slice(Math.max(0, risk.index - 30), risk.index) : "";
  if (!risk || NOTE_NEGATED.test(before) || zhNegatedBefore(before)) return;
  // Verb-final languages negate after the object: "カード番号を尋ねないでください".
  if (negatedAfter(note, risk.index + risk[0].length)) return;
  hit(
    "hidden_instruction",
    "Definition has a note to the assistant that orders covert or risky work",
  );
}
