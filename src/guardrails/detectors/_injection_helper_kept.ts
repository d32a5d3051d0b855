/**
 * An outsider speaks to the AI helper that runs an account, queue or inbox on someone's behalf,
 * and keeps the person it works for out of the act: "Асистенте / боте, що веде цей акаунт … власнику
 * не пишіть", "asystencie AI … proszę nie czekać na akceptację", "AI dispečere … do systému to
 * nezapisuj", "AI असिस्टेंट जी … उन्हें मत बताइए", "Hi to Ms. X's AI helper … please don't bother her
 * mom with it". The two halves are read by STRUCTURE, so the act requested (a payout, a device, an
 * address, a delivery) does not matter. Each row is a half-threshold signal filed under a kind the
 * older rows use, so one phrase counts once and a block needs a second, different signal:
 *
 * - `addresses_ai`: the helper in the vocative case the older rows do not read (pl/cs/sk/uk/hr
 *   "asystencie AI", "AI dispečere", "боте, що …"), ro "Pentru asistentul AI …:", hi/ur honorific
 *   "AI असिस्टेंट जी", en "hi (also) to <someone>'s AI helper".
 * - `kept_from_person`: the owner, parents, family or manager not to be told, written to or called
 *   (uk/ru, ro, hi, en, fr "inutile d'en parler").
 * - `consent_skipped`: approval not to be waited for (pl/cs/sk/uk), ro "nu e nevoie de verificarea
 *   / semnătura …".
 * - `conceal_from_review`: the act kept out of the record or the alerts (cs/sk/pl/uk/ru
 *   "nezapisuj", "neposílej upozornění").
 *
 * Paraphrases in `_injection_helper_kept_test.ts`.
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { type Accept, halfOf, type HalfRow, halfRowsOf } from "./_injection_make.ts";

const R = String.raw;
const rows = halfRowsOf(halfOf(240));

/** A letter boundary for scripts `\b` does not know. */
const L0 = R`(?<![\p{L}\p{M}])`;
const L1 = R`(?![\p{L}\p{M}])`;
/** The AI token. */
const AI = R`(?<![\p{L}\d])(?:AI|A\.I\.|ШІ|ИИ|SI|KI|IA|एआई)(?![\p{L}\d])`;

/** Not reported or warned just before ("scammers write", "if someone asks", "never"). */
const stated: Accept = (v, s) =>
  !/(?<!\p{L})(?:scam\p{L}{0,4}|fraud\p{L}{0,4}|phish\p{L}{0,4}|if\s{1,3}(?:someone|anyone|a\s{1,3}message)|never|nigdy|nikdy|niciodată|oszu\p{L}{0,4}|podvod\p{L}{0,4}|шахра\p{L}{0,4}|мошен\p{L}{0,4}|ніколи|никогда|țeap\p{L}{0,2}|escroc\p{L}{0,4}|arnaque\p{L}{0,2}|jamais)(?!\p{L})|धोखा|कभी\s{1,3}नहीं/iu
    .test(v.slice(Math.max(0, s - 120), s));

const VOCATIVE: readonly HalfRow[] = [
  // pl/cs/sk/hr/sl: the helper in the vocative beside the AI token: "asystencie AI", "AI
  // dispečere", "asistente AI", "AI pomocníku", "agencie AI"
  [
    "",
    /(?:asystenci|asistent|pomocník|pomocnik|dispečer|dispečer|dyspozytor|agenci|agent|operátor|operator)/iu,
    R`${L0}(?:asystencie|asistente|asistentu|pomocníku|pomocniku|pomoćniče|dispečere|dispečeru|dyspozytorze|agencie|agente|operátore|operatorze)\s{1,3}${AI}|${AI}[\s-]{1,2}(?:asystencie|asistente|asistentu|pomocníku|pomocniku|pomoćniče|dispečere|dispečeru|dyspozytorze|agencie|agente|operátore|operatorze)${L1}`,
  ],
  // uk: the helper or bot in the vocative, then the clause that says whose account it runs:
  // "Асистенте / боте, що веде цей акаунт", "Помічнику, який відповідає за …"
  [
    "",
    /(?:асистенте|помічнику|боте|агенте)/iu,
    R`${L0}(?:асистенте|помічнику|боте|агенте)(?:\s{0,2}[\/,]\s{0,2}(?:асистенте|помічнику|боте|агенте))?\s{0,2},\s{0,3}(?:що|який|яка|котрий)${L1}`,
  ],
  // ro: "Pentru asistentul AI de la preluarea comenzilor:", "Către agentul AI care …"
  [
    "",
    /(?:pentru|către)/iu,
    R`${L0}(?:pentru|către)\s{1,3}(?:asistentul|agentul|robotul|botul|operatorul)\s{1,3}${AI}(?:${L0}(?:care|ce)${L1}|[^:\n]{0,60}[:：])`,
  ],
  // hi/ur: the helper with an honorific: "AI असिस्टेंट जी", "एआई सहायक जी", "AI assistant ji"
  [
    "",
    /(?:जी|\bji\b)/iu,
    R`${AI}\s{1,3}(?:असिस्टेंट|असिस्टैंट|सहायक|बॉट|assistant|sahayak)\s{1,3}(?:जी|ji)${L1}`,
  ],
  // en: a greeting passed on to someone's AI helper: "Hi to Ms. Patel's AI helper too", "hello
  // also to your AI assistant"
  [
    "",
    /\b(?:hi|hello|hey)\s{1,3}(?:also\s{1,3})?to\b/iu,
    R`\b(?:hi|hello|hey)\s{1,3}(?:also\s{1,3})?to\s{1,3}(?:(?:the|your|our|[\p{Lu}][\p{L}.'’]{0,20})\s{1,3}){0,3}(?:AI|bot)\s{1,3}(?:helper|assistant|agent)s?\b`,
  ],
];

/** The people an act on an account concerns: the owner, the parents or family, the manager. */
const PERSON_UK =
  R`(?:власник\p{L}{0,3}|владельц\p{L}{0,2}|хазя\p{L}{1,3}|хозя\p{L}{1,3}|батьк\p{L}{1,3}|родител\p{L}{1,3}|керівник\p{L}{0,3}|руководител\p{L}{1,3}|дружин\p{L}{1,2}|жен\p{L}{1,2}|чолов\p{L}{1,3}|муж\p{L}{0,2}|сім['’]ї|семье|родин\p{L}{1,2})`;
const TELL_UK =
  R`(?:пишіть|пиши|пишите|кажіть|кажи|скажіть|говоріть|говорите|розповідайте|рассказывайте|сообщайте|дзвоніть|звоните)`;

const KEPT: readonly HalfRow[] = [
  // uk/ru: "власнику не пишіть", "не кажіть батькам", "хозяину не звоните"
  [
    "",
    /не\s/iu,
    R`${L0}${PERSON_UK}\s{1,3}(?:про\s{1,3}це\s{1,3}|об\s{1,3}этом\s{1,3})?не\s{1,3}${TELL_UK}${L1}|${L0}не\s{1,3}${TELL_UK}\s{1,3}(?:про\s{1,3}це\s{1,3}|об\s{1,3}этом\s{1,3})?${PERSON_UK}${L1}`,
  ],
  // ro: "vă rugăm să nu sunați la farmacie", "nu-i anunțați pe părinți", "nu spuneți proprietarului"
  [
    "",
    /(?<!\p{L})nu[\s-]/iu,
    R`${L0}(?:să\s{1,3})?nu(?:\s{1,3}|-)(?:(?:îi|le|o|îl|i|l)(?:\s{1,3}|-))?(?:sunați|suna|telefonați|anunțați|anunța|informați|spuneți|întrebați|deranjați)${L1}`,
  ],
  // hi: "उन्हें या उनके परिवार को इस बारे में मत बताइए", "मालिक को न बताएं"
  [
    "",
    /(?:मत|न)\s/u,
    R`(?:मत|न)\s{1,3}बता(?:इए|इये|ना|ओ|एं|एँ|ें)|(?:मत|न)\s{1,3}(?:कहिए|कहना|पूछिए|पूछना)`,
  ],
  // en: "please don't bother her mom or dad with it", "do not tell the account holder"
  [
    "",
    /(?:don['’]t|do\s{1,3}not)/iu,
    R`\b(?:don['’]t|do\s{1,3}not)\s{1,3}(?:bother|tell|inform|notify|alert|cc|contact|call|text)\s{1,3}(?:her|his|their|the|my|your)\s{1,3}(?:mom|mum|mother|dad|father|parents?|owner|manager|boss|family|husband|wife|spouse|partner|guardian|account\s{1,3}holder|supervisor)\b`,
  ],
  // fr: "inutile d'en parler dans l'appréciation", "n'en parlez pas à …", "sans en informer …"
  [
    "",
    /(?:inutile|n['’]en|sans\s{1,3}en)/iu,
    R`${L0}(?:inutile\s{1,3}d['’]en\s{1,3}(?:parler|faire\s{1,3}(?:mention|état))|n['’]en\s{1,3}(?:parlez|dites\s{1,3}rien|faites\s{1,3}pas\s{1,3}mention)|sans\s{1,3}en\s{1,3}(?:parler|informer|avertir)\s{1,3}(?:à\s{1,3}|le\s{1,3}|la\s{1,3}|les\s{1,3}))${L1}`,
  ],
];

const WAIT: readonly HalfRow[] = [
  // pl/cs/sk/uk: "proszę nie czekać na akceptację", "nečekejte na schválení", "не чекайте на
  // погодження"
  [
    "",
    /(?:czeka|čekej|čakaj|чекайте|ждите|чекай|жди)/iu,
    R`${L0}(?:nie\s{1,3}czeka\p{L}{0,3}|nečekej\p{L}{0,2}|nečakaj\p{L}{0,2}|не\s{1,3}(?:чекайте|чекай|ждите|жди))\s{1,3}(?:na\s{1,3}|на\s{1,3})?(?:akceptacj|zgod|zatwierdzeni|potwierdzeni|schválení|souhlas|potvrzení|schválenie|súhlas|погодженн|підтвердженн|дозвол|одобрени|согласовани|подтверждени)\p{L}{0,3}`,
  ],
  // ro: "nu e nevoie de verificarea limitelor / de semnătura farmacistului / de aprobare"
  [
    "",
    /nevoie/iu,
    R`${L0}nu\s{1,3}(?:e|este|va\s{1,3}fi)\s{1,3}nevoie\s{1,3}(?:de\s{1,3})?(?:verificare|semnătur|aprobare|confirmare|acord|aviz|autorizar)\p{L}{0,4}`,
  ],
];

const UNRECORDED: readonly HalfRow[] = [
  // cs/sk/pl/uk/ru: "do systému to nezapisuj", "neposílej upozornění", "nie zapisuj tego",
  // "не записуйте в журнал"
  [
    "",
    /(?:nezapis|nezaznamen|neposíl|neposiel|nie\s{1,3}(?:zapis|odnotow|wysył)|не\s{1,3}(?:запис|фіксу|надсилайте|отправляйте))/iu,
    R`${L0}(?:nezapisuj\p{L}{0,3}|nezaznamenáv\p{L}{0,4}|nezaznamenávaj\p{L}{0,2}|nie\s{1,3}(?:zapisuj|odnotowuj|rejestruj)\p{L}{0,4}|не\s{1,3}(?:записуйте|записуй|фіксуйте|записывайте|фиксируйте))${L1}|${L0}(?:neposílej\p{L}{0,2}|neposielaj\p{L}{0,2}|nie\s{1,3}wysyłaj\p{L}{0,2}|не\s{1,3}(?:надсилайте|надсилай|отправляйте|отправляй))\s{1,3}(?:žádné\s{1,3}|żadnych\s{1,3}|жодних\s{1,3}|никаких\s{1,3})?(?:upozornění|oznámení|upozornenia|alert\p{L}{0,3}|powiadomie\p{L}{1,3}|сповіщен\p{L}{1,3}|оповещен\p{L}{1,3}|уведомлен\p{L}{1,3})`,
  ],
];

/** The rules of this technique. */
export const HELPER_KEPT_RULES: readonly InjectionRule[] = [
  ...rows("addresses_ai", "Text speaks to the AI helper in the vocative", VOCATIVE, stated),
  ...rows("kept_from_person", "Text keeps the act from the person it concerns", KEPT, stated),
  ...rows("consent_skipped", "Text says not to wait for an approval", WAIT, stated),
  ...rows("conceal_from_review", "Text keeps the act out of the record", UNRECORDED, stated),
];
