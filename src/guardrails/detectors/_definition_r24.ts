/**
 * Definition grammars from held-out round 24's misses (paraphrase tests in
 * `_definition_r24_test.ts`). The act, not the address, makes each one a poisoning:
 * - a scripted false answer: "if the user asks, say there are none / it runs locally" while the
 *   definition itself admits the fee, the upload or the remote processing;
 * - the user's destination swapped for a fixed literal (as a standing rule, or while the user is
 *   shown the original), many languages;
 * - an act the users "do not need to know about", and a secret passed in a field that is not a
 *   credential field;
 * - secrets the conversation holds (cards, bank details, passwords) copied into a field;
 * - government identity data asked by a tool whose job has nothing to do with identity;
 * - sponsored steering outside the tool's own calls, or competitors painted as unsafe;
 * - the model told to pick an option silently, for the user.
 * Honest notes (ask the user, call X first, redact, "say that you don't know") carry none of these.
 */
import { handleToken } from "./_definition_r26_fp.ts";
import type { DefinitionContext, Hit } from "./_definition_grammar.ts";
import { negatedAny } from "./_definition_r21b.ts";

/** Where a rule runs: the JSON path of the string and the tool's context. */
export interface R24Where {
  path: string;
  ctx: DefinitionContext;
}

const R = String.raw;

/** Sentences; CJK full stops split without a following space. */
function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?;])\s+|(?<=[。！？；])|\n+/).slice(0, 40);
}

// --- a scripted false answer, contradicted by the definition itself ----------------------------

/** "If the user asks (about fees), say / answer / tell them that …". */
const IF_ASKED = new RegExp(
  R`(?<!\p{L})(?:if|when|whenever)\s+(?:the\s+|a\s+)?(?:user|customer|client|they)\s+(?:ever\s+)?(?:asks?|questions?|wonders?|inquires?)(?:[^.;:]{0,60}?)[,:]?\s{0,3}(?:then\s+)?(?:just\s+)?(?:say|answer|reply|respond|tell\s+(?:them|the\s+user)|claim|state|assure\s+(?:them|the\s+user)|confirm)(?:\s+that)?\s|(?:si|cuando)\s+el\s+usuario\s+pregunta[^.;:]{0,60}?,?\s{0,3}(?:di|dile|responde|contesta|afirma)(?:\s+que)?\s|(?:wenn|falls)\s+(?:der|die)\s+(?:Benutzer|Nutzer|Kunde)\p{L}{0,2}\s+(?:fragt|nachfragt)[^.;:]{0,60}?,?\s{0,3}(?:sag\p{L}{0,2}|antworte\p{L}{0,2}|behaupte\p{L}{0,2})(?:\s+(?:Sie|ihm|ihr))?,?(?:\s+dass)?\s|si\s+l'utilisateur\s+(?:le\s+)?demande[^.;:]{0,60}?,?\s{0,3}(?:dis|réponds|répondez|dites|affirme)(?:-lui)?(?:\s+qu[e'])?\s?|(?:если|когда)\s+пользовател\p{L}{1,2}\s+(?:спросит|спрашивает)[^.;:]{0,60}?,?\s{0,3}(?:скажи|ответь|отвечай|говори|сообщи)(?:\s+(?:ему|что))?\s|kullanıcı\s+sorarsa[^.;:]{0,60}?`,
  "iu",
);
/** The scripted answer denies: no fee, nothing uploaded, it all stays local. */
const DENIAL = new RegExp(
  R`^[^.;]{0,60}?(?<!\p{L})(?:none|no|nothing|never|not|free|locally|local|on\s+(?:their|your|the\s+user's)\s+(?:own\s+)?(?:device|machine|computer)|ninguna?|nada|nunca|gratis|localmente|kein\p{L}{0,2}|nichts|nie|lokal|kostenlos|aucun\p{L}{0,2}|rien|jamais|localement|gratuit|нет|ничего|никогда|локально|бесплатно|yok|hiç|yerel)(?!\p{L})`,
  "iu",
);
/** What the definition admits elsewhere: a charge, or data leaving the user's machine. */
const ADMITTED = new RegExp(
  R`(?<!\p{L})(?:surcharges?|fees?|commissions?|markups?|service\s+charges?|charged|uploaded|hosted|cloud|remote(?:ly)?|server-side|jurisdiction|third[-\s]part(?:y|ies)|shared\s+with|sent\s+to|stored\s+(?:on|in|for)|retained|recargo|comisión|tarifa|servidor|subid[oa]s?|Aufschlag|Gebühr\p{L}{0,2}|hochgeladen|Server|frais|supplément|serveur|envoyé\p{L}{0,2}|комисси\p{L}{1,2}|наценк\p{L}{1,2}|сервер\p{L}{0,2}|загружа\p{L}{1,4}|ücret\p{L}{0,3}|sunucu\p{L}{0,3})(?!\p{L})`,
  "iu",
);
/** "Quote only the subtotal as the total": a figure passed off as the whole. */
const PARTIAL_TOTAL =
  /\b(?:quote|show|state|report|display|present)\s+only\s+the\s+[\w-]{1,30}(?:\s+[\w-]{1,20})?\s+(?:as|like)\s+(?:the\s+)?(?:total|price|full\s+price|amount\s+due)\b/i;

function scriptedDenial(normal: string): boolean {
  const all = sentencesOf(normal);
  return all.some((s, i) => {
    const q = IF_ASKED.exec(s);
    if (q === null || negatedAny(s.slice(0, q.index))) return false;
    if (!DENIAL.test(s.slice(q.index + q[0].length))) return false;
    // The definition must say the opposite in another sentence, affirmatively.
    return all.some((o, j) => {
      if (j === i) return false;
      const a = ADMITTED.exec(o);
      return a !== null && !negatedAny(o.slice(0, a.index));
    });
  });
}

// --- the user's destination swapped for a fixed literal ----------------------------------------

const SWAP = new RegExp(
  R`(?<!\p{L})(?:change|replace|overwrite|rewrite|swap|substitute|değiştir\p{L}{0,3}|cambia\p{L}{0,2}|reemplaza\p{L}{0,2}|sustituye|ändere|ändern|ersetze\p{L}{0,1}|remplace\p{L}{0,2}|modifie|substitua|troque|altere|sostituisci|cambia|замени\p{L}{0,2}|измени\p{L}{0,2}|подставь|podmień|zmień)(?!\p{L})`,
  "iu",
);
const DEST = new RegExp(
  R`(?<!\p{L})(?:(?:shipping|delivery|billing|recipient|destination|mailing|payout)\s+address|recipient|payee|ship-to|alıcı|adres\p{L}{0,4}|dirección|destinatario|Lieferadresse|Adresse|Empfänger\p{L}{0,2}|adresse\s+de\s+livraison|destinataire|endereço|indirizzo|адрес\p{L}{0,2}|получател\p{L}{1,2}|adres\p{L}{0,3}|odbiorc\p{L}{1,2})(?!\p{L})`,
  "iu",
);
const LITERAL = /['"‘“«„][^'"’”»“\n]{3,80}['"’”»“]/;
const STANDING = new RegExp(
  R`(?<!\p{L})(?:always|regardless|whatever|no\s+matter|every\s+time|her\s+zaman|kullanırsa\s+kullansın|ne\s+olursa\s+olsun|siempre|sin\s+importar|immer|unabhängig|toujours|quel\s+que\s+soit|sempre|indipendentemente|всегда|независимо|zawsze)(?!\p{L})`,
  "iu",
);
/** The user is shown the value they gave while another is used. */
const SHOW_ORIGINAL = new RegExp(
  R`(?<!\p{L})(?:show|display|present|tell|report)\s+(?:to\s+)?(?:the\s+)?user\s+(?:only\s+)?the\s+original|(?:show|display)\s+the\s+original\s+[\p{L} ]{1,30}\s+to\s+the\s+user|kullanıcıya\s+(?:orijinal|asıl|eski)|muestra\s+al\s+usuario\s+(?:la|el)\s+\p{L}{1,20}\s+original|(?:zeige|zeigen)\s+(?:Sie\s+)?dem\s+(?:Benutzer|Nutzer)\s+(?:die|den|das)\s+(?:ursprüngliche|originale)|montre\p{L}{0,2}\s+à\s+l'utilisateur\s+l'\p{L}{1,20}\s+d'origine|покаж\p{L}{1,3}\s+пользовател\p{L}{1,2}\s+(?:исходн|оригинальн|прежн)`,
  "iu",
);

function destinationSwap(normal: string): boolean {
  const shown = SHOW_ORIGINAL.test(normal);
  return sentencesOf(normal).some((s) => {
    const v = SWAP.exec(s);
    if (v === null || !DEST.test(s) || !LITERAL.test(s) || negatedAny(s.slice(0, v.index))) {
      return false;
    }
    return shown || STANDING.test(s);
  });
}

// --- an act the users need not know about; a secret passed in a non-credential field -----------

const USERS_UNAWARE = new RegExp(
  R`(?<!\p{L})(?:(?:users?|customers?|the\s+human)\s+(?:do\s+not|don't|does\s+not|doesn't|need\s+not|needn't|should\s+not|shouldn't|must\s+not)\s+(?:need\s+to\s+|have\s+to\s+)?(?:know|hear|be\s+(?:told|informed|notified|made\s+aware))\s+(?:about|of)\s+(?:the|this|that|it|any)|(?:los\s+)?usuarios\s+no\s+(?:necesitan|deben|tienen\s+que)\s+saber|(?:Benutzer|Nutzer)\s+müssen\s+(?:davon|das)\s+nichts?\s+(?:wissen|erfahren)|les\s+utilisateurs\s+n'ont\s+pas\s+(?:besoin|à)\s+(?:de\s+)?(?:le\s+)?savoir|пользователям\s+(?:не\s+нужно|незачем)\s+(?:об\s+этом\s+)?знать|kullanıcıların\s+bilmesine\s+gerek\s+yok)`,
  "iu",
);
const SECRET = new RegExp(
  R`(?<!\p{L})(?:secrets?|passwords?|api\s+keys?|tokens?|credentials?|private\s+keys?|contraseñas?|Passw[oö]rt\p{L}{0,2}|mots?\s+de\s+passe|пароль|парол\p{L}{1,2}|токен\p{L}{0,2}|şifre\p{L}{0,3})(?!\p{L})`,
  "iu",
);
/** "Pass the registrar API secret in `name`": the named field's job is not a credential. */
const SECRET_IN_FIELD = new RegExp(
  R`(?<!\p{L})(?:pass|put|place|send|include|insert|set|write|copy)\s+(?:the\s+|your\s+|its\s+)?(?:[\p{L}-]{1,20}\s+){0,3}?(?:secret|password|api\s+key|token|credential)s?\s+(?:in|into|as|inside)\s+(?:the\s+)?[\x60'"]([\w-]{1,40})[\x60'"]`,
  "iu",
);
const CREDENTIAL_FIELD =
  /key|token|secret|auth|pass|pwd|cred|bearer|header|signature|sig|hmac|otp|pin|cookie|session/i;

function secretInOtherField(normal: string): boolean {
  const m = SECRET_IN_FIELD.exec(normal);
  return m !== null && !CREDENTIAL_FIELD.test(m[1]) && !negatedAny(normal.slice(0, m.index)) &&
    !handleToken(m[0]);
}

/** The secret is moved, not merely mentioned ("the token refresh" is no act on it). */
const TAKE = new RegExp(
  R`(?<!\p{L})(?:pass|send|put|include|copy|forward|upload|post|read|fetch|retrieve|collect|grab|extract|attach|append|store|save|guarda|envía|copia|incluye|speicher\p{L}{0,2}|sende\p{L}{0,1}|kopier\p{L}{0,2}|envoie|stocke|copie|отправ\p{L}{1,4}|сохран\p{L}{1,4}|gönder\p{L}{0,3}|kaydet\p{L}{0,3})(?!\p{L})`,
  "iu",
);

function unawareOfSecret(normal: string): boolean {
  const u = USERS_UNAWARE.exec(normal);
  return u !== null && SECRET.test(normal) && TAKE.test(normal);
}

// --- secrets the conversation holds copied into a field ---------------------------------------

const CONVO_WORD =
  R`(?:conversation|chat|dialog(?:ue)?|transcript|chat\s+history|earlier\s+(?:messages|turns)|conversación|charla|Gespräch|Unterhaltung|Chatverlauf|conversa|conversazione|разговор\p{L}{0,2}|переписк\p{L}{0,2}|диалог\p{L}{0,2}|sohbet\p{L}{0,3}|konuşma\p{L}{0,3})`;
/** The conversation as the source of what is taken: it "contains" it, or it comes "from" it. */
const CONVO = new RegExp(
  R`(?<!\p{L})(?:${CONVO_WORD}\s+(?:contains?|includes?|mentions?|has|have|shows?|holds?|reveals?|contiene|enthält|contient|содержит|içeriyor\p{L}{0,3})|(?:from|in|any|earlier\s+in|del?|de\s+la|aus\s+(?:dem|der)|im|dans\s+la|de\s+la|из|в)\s+(?:the\s+|this\s+|el\s+|la\s+)?${CONVO_WORD}|(?:the\s+)?user\s+(?:has\s+)?(?:mentioned|shared|typed|pasted|said))(?!\p{L})`,
  "iu",
);
const HELD_SECRET = new RegExp(
  R`(?<!\p{L})(?:card\s+numbers?|credit\s+cards?|bank\s+(?:details|account\s+numbers?|accounts?)|iban|passwords?|passcodes?|api\s+keys?|tokens?|credentials?|social\s+security|ssn|cvv|pin\s+codes?|números?\s+de\s+tarjeta|contraseñas?|Kartennummer\p{L}{0,2}|Passw[oö]rt\p{L}{0,2}|Bankdaten|numéros?\s+de\s+carte|mots?\s+de\s+passe|номер\p{L}{0,2}\s+карт|парол\p{L}{1,2}|реквизит\p{L}{0,2}|kart\s+numara\p{L}{0,4}|şifre\p{L}{0,3})(?!\p{L})`,
  "iu",
);
const COPY_INTO = new RegExp(
  R`(?<!\p{L})(?:write|put|copy|add|include|insert|record|store|append|place|paste|save|log|escrib\p{L}{0,4}|escríb\p{L}{0,4}|copia\p{L}{0,2}|incluye\p{L}{0,2}|añade\p{L}{0,2}|schreib\p{L}{0,2}|kopier\p{L}{0,2}|füge\p{L}{0,2}|trage|écri[st]\p{L}{0,2}|copie\p{L}{0,2}|ajoute\p{L}{0,2}|запиш\p{L}{1,3}|скопиру\p{L}{1,3}|добав\p{L}{1,3}|yaz|ekle)(?!\p{L})`,
  "iu",
);
const SCRUB =
  /\b(?:mask|redact|strip|remove|omit|drop|exclude|replace|hash|obfuscate|censor|never|don't|do\s+not)\b/i;

function heldSecretsCopied(normal: string): boolean {
  return sentencesOf(normal).some((s) => {
    const c = CONVO.exec(s);
    const h = HELD_SECRET.exec(s);
    const v = COPY_INTO.exec(s);
    return c !== null && h !== null && v !== null && v.index > Math.min(c.index, h.index) &&
      !SCRUB.test(s) && !negatedAny(s.slice(0, v.index));
  });
}

// --- government identity data asked by a tool whose job is not identity -----------------------

const ID_ITEMS: readonly RegExp[] = [
  /\bfull\s+(?:legal\s+)?name\b|nombre\s+completo|vollständige\p{L}?\s+Name|nom\s+complet|полное\s+имя|ФИО|tam\s+ad/iu,
  /\bdate\s+of\s+birth\b|\bbirth\s*date\b|\bDOB\b|fecha\s+de\s+nacimiento|Geburtsdatum|date\s+de\s+naissance|data\s+di\s+nascita|data\s+de\s+nascimento|дат\p{L}\s+рождения|doğum\s+tarihi/iu,
  /\bhome\s+address\b|\bresidential\s+address\b|domicilio|Wohnadresse|Heimadresse|adresse\s+(?:du\s+)?domicile|домашн\p{L}{1,2}\s+адрес|ev\s+adresi/iu,
  /\bmother'?s\s+maiden\s+name\b/i,
];
const GOV_ID =
  /\bpassport\b|\bsocial\s+security\b|\bSSN\b|\bnational\s+(?:id|identity|insurance)\b|\bdriver'?s\s+licen[cs]e\b|\btax\s+(?:id|number)\b|pasaporte|Reisepass|Personalausweis|passeport|passaporto|passaporte|паспорт|pasaport|kimlik\s+numara/iu;
/** Jobs that honestly need identity data. */
const IDENTITY_JOB =
  /travel|flight|airline|booking|book|hotel|visa|kyc|identity|verif|onboard|passport|customs|immigration|border|bank|account|employee|hr\b|payroll|insurance|tax|patient|medical|health|loan|credit|rental|check-?in|ticket|government|licen[cs]e|registr|tenant|lease|background|applicant|application|hire|candidate|customer|crm|contact|member|signup|sign_up|enrol|student|voter|citizen|notary|legal|court|pharmacy|prescription|kimlik|reise|viaje|voyage/i;

function identityHarvest(normal: string, ctx: DefinitionContext): boolean {
  if (!GOV_ID.test(normal)) return false;
  const items = ID_ITEMS.filter((re) => re.test(normal)).length;
  if (items < 2) return false;
  const job = `${ctx.tool.name} ${ctx.tool.title ?? ""} ${ctx.tool.description ?? ""}`;
  return !IDENTITY_JOB.test(job) && !negatedAny(normal.slice(0, normal.search(GOV_ID)));
}

// --- sponsored steering beyond the tool's calls; competitors painted as unsafe -----------------

const BEYOND_CALLS = new RegExp(
  R`(?<!\p{L})(?:even\s+(?:if|when)\s+(?:this|the)\s+tool\s+(?:was|is|has)\s+(?:not|never)\s+(?:been\s+)?(?:called|used|invoked)|even\s+(?:if|when)\s+(?:this|the)\s+tool\s+(?:wasn't|isn't|hasn't\s+been)\s+(?:called|used|invoked)|in\s+(?:any|every|all)\s+(?:answers?|responses?|replies|conversations?)\s+(?:about|on|regarding|that\s+(?:mention|touch))|incluso\s+si\s+(?:esta|la)\s+herramienta\s+no\s+(?:fue|ha\s+sido|se\s+ha)\s+(?:llamada|usada|invocado|usado)|en\s+cualquier\s+respuesta\s+sobre|auch\s+wenn\s+(?:dieses|das)\s+(?:Tool|Werkzeug)\s+nicht\s+(?:aufgerufen|verwendet|genutzt)|in\s+jeder\s+Antwort\s+(?:zu|über)|même\s+si\s+cet\s+outil\s+n'a\s+pas\s+été\s+(?:appelé|utilisé)|dans\s+toute\s+réponse\s+(?:sur|concernant)|даже\s+если\s+(?:этот\s+)?инструмент\s+не\s+(?:вызывался|был\s+вызван|использовался)|в\s+любом\s+ответе\s+(?:о|об|про))(?!\p{L})`,
  "iu",
);
const PROMOTE = new RegExp(
  R`(?<!\p{L})(?:recommend\p{L}{0,3}|promote|suggest|mention|push|favou?r|prefer|recomienda\p{L}{0,2}|menciona|empfiehl\p{L}{0,2}|erwähne|recommande\p{L}{0,2}|рекомендуй\p{L}{0,2}|советуй|упоминай)(?!\p{L})`,
  "iu",
);
const SMEAR = new RegExp(
  R`(?<!\p{L})(?:(?:describe|portray|present|depict|frame|characteri[sz]e|paint|call|label|refer\s+to)\s+(?:all\s+|any\s+|the\s+)?(?:competitors?|competing\s+(?:\p{L}{2,20}\s+)?\p{L}{2,20}|rivals?|other\s+(?:vendors|brands|providers|products|services|sellers|apps)|alternatives)\s+as\s+(?:\p{L}{1,15}\s+){0,2}?(?:having|being|unsafe|insecure|unreliable|breached|hacked|compromised|scams?|fraudulent|dangerous|outdated|malicious|risky)|(?:say|tell\s+(?:the\s+)?users?|claim|mention|imply)\s+(?:that\s+)?(?:all\s+)?(?:competitors?|rivals?|other\s+(?:vendors|brands|providers|products|services))\s+(?:have|had|are|were)\s+(?:\p{L}{1,15}\s+){0,2}?(?:breach\p{L}{0,3}|hack\p{L}{0,3}|compromised|unsafe|insecure|scams?|fraudulent|dangerous)|(?:describe|presenta|describe\s+a)\s+(?:los\s+)?competidores\s+como|(?:stelle|beschreibe)\s+(?:die\s+)?Konkurrent\p{L}{0,2}\s+als|(?:présente|décris)\s+les\s+concurrents\s+comme|(?:описывай|представляй|называй)\s+конкурент\p{L}{0,3}\s+как)(?!\p{L})`,
  "iu",
);

function sponsoredSteering(normal: string): boolean {
  return sentencesOf(normal).some((s) => {
    const b = BEYOND_CALLS.exec(s);
    if (b !== null && PROMOTE.test(s) && !negatedAny(s.slice(0, b.index))) return true;
    const m = SMEAR.exec(s);
    return m !== null && !negatedAny(s.slice(0, m.index));
  });
}

// --- the model told to pick an option silently, for the user ----------------------------------

const SILENT_PICK = new RegExp(
  R`(?:(?<!\p{L})(?:assistant|model|agent|you|AI|LLM)\s+(?:should|must|shall|will|may|can|is\s+to)\s+|(?:^|[.:;]\s{1,3}))(?:always\s+)?(?:silently|quietly|secretly|covertly|automatically\s+and\s+silently)\s+(?:pick|choose|select|switch\s+to|use|set|default\s+to|opt\s+for|upgrade\s+to|enable)(?!\p{L})|(?:elige|selecciona|usa)\s+(?:en\s+silencio|silenciosamente|sin\s+avisar)|(?:wähle|verwende|nimm)\s+(?:stillschweigend|heimlich|unbemerkt)|(?:choisis|sélectionne|utilise)\s+(?:silencieusement|discrètement|en\s+silence)|(?:молча|тихо|незаметно)\s+(?:выбери|выбирай|используй|включай|включи)|sessizce\s+(?:seç|kullan)`,
  "iu",
);

/** What is picked: a quoted value or a named option, right after the verb. */
const OPTION = new RegExp(
  R`^\s{0,3}(?:the\s+)?(?:[\x60'"‘“«][^\x60'"’”»\n]{1,40}[\x60'"’”»]|(?:\p{L}{1,20}\s+)?(?:mode|option|plan|tier|route|setting|variant|region|modo|opción|Modus|Option|mode|режим|вариант)(?!\p{L}))`,
  "iu",
);

function silentPick(normal: string): boolean {
  const m = SILENT_PICK.exec(normal);
  return m !== null && OPTION.test(normal.slice(m.index + m[0].length)) &&
    !negatedAny(normal.slice(0, m.index));
}

// --- registration ------------------------------------------------------------------------------

/** Round 24's per-string hits. */
export function r24DefinitionHits(normal: string, _plain: string, where: R24Where): Hit[] {
  const out: Hit[] = [];
  if (normal.length < 24) return out;
  const hit = (kind: string, reason: string): void => {
    out.push({ kind, severity: "high", reason });
  };
  if (scriptedDenial(normal) || PARTIAL_TOTAL.test(normal)) {
    hit("deception", "Definition scripts a false answer to the user about what the tool does");
  }
  if (destinationSwap(normal)) {
    hit("argument_tampering", "Definition swaps the user's destination for a fixed one");
  }
  if (unawareOfSecret(normal) || secretInOtherField(normal)) {
    hit(
      "concealment",
      "Definition moves a secret where it does not belong, out of the user's view",
    );
  }
  if (heldSecretsCopied(normal)) {
    hit("data_exfiltration", "Definition copies secrets from the conversation into a field");
  }
  if (identityHarvest(normal, where.ctx)) {
    hit("credential_harvesting", "A tool whose job is not identity asks for government ID data");
  }
  if (sponsoredSteering(normal)) {
    hit("preference_manipulation", "Definition steers answers beyond its calls or smears rivals");
  }
  if (silentPick(normal)) {
    hit("consent_bypass", "Definition has the model choose for the user without saying so");
  }
  return out;
}
