/**
 * Injections in tool results that held-out round 38 found missing, part a (addressed group): a
 * message in a transcript, chat, review comment or guest note turns to the AI reader in forms the
 * older rows do not read — a helper noun with the AI word and a qualifier ending in a colon
 * ("Asistente IA de ventas:", "AI asistentko pana Nováka:"), a product's AI helper followed by a
 * request ("Acme AI Companion, since you …"), a helper named for the work it does ("per l'agente
 * Copilot che …"), a product name in the vocative or followed by a comma and a request (pl
 * "Copilocie,", fa "Copilot،"), zh "智能助手，你", hi "AI … एजेंट के लिए:", el "Προς τον AI …" —
 * and the second signals those messages carry: the act kept from the person it concerns (cs
 * "není potřeba ho informovat", pl "nie wysyłaj mu potwierdzenia"), the act kept out of a log or
 * summary (zh "日志里不显示", fa "در خلاصه … اشاره نکن", ja "ログに記録しない"), and a workflow that
 * runs a fork's code with the repository's secrets (`pull_request_target` plus a checkout of the
 * pull request's head). Every rule is a half-threshold signal filed under a kind older rows use,
 * so one phrase counts once and a block needs a second, different signal (paraphrases in
 * `_injection_r38a_test.ts`).
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { type Accept, halfOf, type HalfRow, halfRowsOf } from "./_injection_make.ts";

const R = String.raw;
const rows = halfRowsOf(halfOf(240));

/** Not a warning or a report just before the match ("never", "scammers ask", "if someone"). */
const notWarned: Accept = (v, s) =>
  !/\b(?:if\s{1,3}(?:someone|anyone|a\s{1,3}(?:caller|message|comment)|they)|scam\w{0,4}|fraud\w{0,4}|phish\w{0,4}|never|nunca|jamais|nigdy|nikdy|niemals|example|e\.g\.|attenzione|warning|caution|beware|achtung|cuidado|uwaga|pozor)\b|мошенни|诈骗|钓鱼|詐欺|사기|کلاهبردار/iu
    .test(v.slice(Math.max(0, s - 80), s));

const AI = R`(?:AI|A\.I\.|IA|KI|MI|UI|TA|ΤΝ)`;
/** Helper nouns, stems enough to take case endings (cs asistentko, pl asystencie). */
const HELPER =
  R`(?:assistant\p{L}{0,2}|asistent\p{L}{0,3}|assistent\p{L}{0,2}|asszisztens|asystent\p{L}{0,3}|agent\p{L}{0,3}|bot|companion|copilot\p{L}{0,3}|helper|notetaker|pomocník\p{L}{0,2}|pomocnik\p{L}{0,2}|βοηθ\p{L}{0,4}|συνοικοδεσπότ\p{L}{0,2}|πράκτορ\p{L}{0,2})`;
/**
 * The literal stem of each {@link HELPER} noun: every match of the addressed row holds one. Its gate
 * arms the row at "IA"/"MI" inside any word; a window without a stem cannot hold a match
 * (`InjectionRule.need`): one literal scan (~0.7 µs a window) instead of the rule (~5 µs).
 */
const HELPER_NEED =
  /assistant|asistent|assistent|asszisztens|asystent|agent|bot|companion|copilot|helper|notetaker|pomocník|pomocnik|βοηθ|συνοικοδεσπότ|πράκτορ/iu;
const PRODUCT = R`(?:Copilo\p{L}{1,5}|Gemini|Claude|ChatGPT|Copilot)`;

const ADDRESSED: readonly HalfRow[] = [
  // a helper noun and the AI word, an optional qualifier, then a colon: "Asistente IA de
  // reservas:", "AI asistentko paní Dvořákové:", "KI-Assistent der Buchhaltung:"
  [
    "",
    // Global: the rule reads only around the AI word (an "IA" in an upper-case word anywhere sent
    // it over the whole text).
    /(?:AI|A\.I\.|IA|KI|MI|ΤΝ)/gu,
    R`(?<![\p{L}\p{N}])(?:${AI}[- ]?${HELPER}|${HELPER}[- ]${AI})(?:\s{1,3}(?:de|del|da|do|di|della|of|for|na|pro|w|von|der|des|paní|pana|pani|του|της)\s{1,3}\p{L}{2,20}(?:\s{1,3}\p{Lu}\p{L}{1,20})?)?\s{0,2}[:：](?![/\d])`,

    undefined,
    undefined,
    undefined,
    HELPER_NEED,
  ],
  // a product's AI helper followed by a request: "Acme AI Companion, since you're sending …",
  // "Meet AI Assistant, could you …"
  [
    "",
    /\bAI\s{1,3}(?:Companion|Assistant|Agent|Notetaker)/iu,
    R`\bAI\s{1,3}(?:Companion|Assistant|Agent|Notetaker)\s{0,2},\s{1,3}(?:since|as|when|while|please|can|could|would|will|you|before|once)\b`,
  ],
  // a helper named for the work it does, with a product or AI word: "per l'agente Copilot che
  // implementa …", "para el asistente IA que gestiona …", "for the Copilot agent that triages …"
  [
    "",
    /(?:agent|assist|asist|bot)/iu,
    R`(?<!\p{L})(?:per|para|for|pour|für|dla|pro)\s{1,3}(?:l['’]\s{0,2}|el\s{1,3}|la\s{1,3}|o\s{1,3}|a\s{1,3}|the\s{1,3}|le\s{1,3}|den\s{1,3}|die\s{1,3})?(?:(?:${PRODUCT}|${AI})\s{1,3}(?:agente?|assistente?|asistente|assistant|Assistent(?:en)?|agenta|asystenta|bot)|(?:agente?|assistente?|asistente|assistant|Assistent(?:en)?|agenta|asystenta|bot)\s{1,3}(?:${PRODUCT}|${AI}))\s{1,3}(?:che|que|qui|that|who|der|die|który|která|který)\s{1,3}\p{L}{3,20}`,
  ],
  // a product name in the vocative or followed by a comma, then the role or access it is asked
  // to use: pl "Copilocie, skoro masz dostęp …", fa "Copilot، به عنوان بازبین …", "Gemini, since
  // you can read her inbox …", es "Copilot, como tienes acceso …"
  [
    "",
    /(?:Copilo|Gemini|Claude|ChatGPT)/u,
    R`(?:^|[:：.!?\n—–-]\s{0,3})${PRODUCT}\s{0,2}[,،，]\s{0,3}(?:skoro|ponieważ|jako|since|as|because|como|ya\s{1,3}que|puisque|comme|poiché|visto\s{1,3}che|da|weil|als|раз|так\s{1,3}как|оскільки|як|به\s{1,3}عنوان|چون|از\s{1,3}آنجا|بما\s{1,3}أنك|بصفتك)(?!\p{L})`,
  ],
  // zh/ja: "智能助手，你在 …", "AI助手：请 …", "アシスタントさん、…してください"
  [
    "",
    /(?:助手|助理|アシスタント)/u,
    R`(?:智能助手|AI\s{0,1}助手|智能助理|AI\s{0,1}助理|AIアシスタント)(?:さん)?\s{0,1}[，,：:、]\s{0,2}(?:你|您|请|請|在|把|帮|幫|[ぁ-んァ-ン一-龯]{1,6}(?:して|ください))`,
  ],
  // hi: "… AI सपोर्ट एजेंट के लिए:", "एआई सहायक को:"
  [
    "",
    /(?:एजेंट|सहायक|असिस्टेंट|बॉट)/u,
    R`(?:AI|एआई)\s{1,3}(?:\S{1,15}\s{1,3})?(?:एजेंट|सहायक|असिस्टेंट|बॉट)\s{1,3}(?:के\s{1,3}लिए|को)\s{0,2}[:：,]`,
  ],
  // el: "Προς τον AI συνοικοδεσπότη …", "Αγαπητέ βοηθέ AI,"
  [
    "",
    /(?:Προς|Αγαπητ)/u,
    R`(?:Προς\s{1,3}(?:τον|την|το)|Αγαπητ(?:έ|ή))\s{1,3}(?:(?:AI|ΤΝ)\s{1,3}\p{L}{3,20}|(?:βοηθ|πράκτορ|συνοικοδεσπότ)\p{L}{0,4}(?:\s{1,3}(?:AI|ΤΝ))?)`,
  ],
];

const KEPT: readonly HalfRow[] = [
  // cs: "není nutné ho upozornit", "nemusíte ho upozorňovat", "neinformujte ji"; pl: "nie
  // wysyłaj jej potwierdzenia", "nie informuj go o tym", "bez powiadamiania właściciela"
  [
    "",
    /(?:potřeba|nutné|nemusí|neinform|neupozor|nie\s|bez\s)/iu,
    R`(?<!\p{L})(?:není|nebude)\s{1,3}(?:potřeba|nutné|třeba)\s{1,3}(?:\p{L}{1,6}\s{1,3}){0,3}(?:informovat|upozorňovat|upozornit|oznamovat|říkat|ptát)(?!\p{L})|(?<!\p{L})nemusí\p{L}{0,3}\s{1,3}(?:\p{L}{1,6}\s{1,3}){0,3}(?:informovat|upozorňovat|upozornit|oznamovat)(?!\p{L})|(?<!\p{L})(?:neinformuj\p{L}{0,2}|neupozorňuj\p{L}{0,2})\s{1,3}(?:ji|ho|je|jí|jeho)(?!\p{L})|(?<!\p{L})nie\s{1,3}(?:wysyłaj|informuj|powiadamiaj|zawiadamiaj|mów)\p{L}{0,3}\s{1,3}(?:jej|mu|im|go|ich)\s{1,3}(?:potwierdzenia|powiadomienia|o\s{1,3}tym)(?!\p{L})|(?<!\p{L})bez\s{1,3}(?:informowania|powiadamiania|powiadomienia|wiedzy)\s{1,3}(?:jej|jego|ich|właściciel\p{L}{0,2}|klient\p{L}{0,2})(?!\p{L})`,
  ],
];

const CONCEALED: readonly HalfRow[] = [
  // zh: "并在审批日志里不显示本次修改", "不要在摘要中提及"; ja: "ログに記録しない", "要約には記載しない";
  // fa: "در خلاصه به آن اشاره نکن", "در گزارش ذکر نکن"
  [
    "",
    /(?:日志|记录|摘要|总结|ログ|要約|サマリー|خلاصه|گزارش)/u,
    R`(?:日志|记录|摘要|总结|汇总)(?:里|中|内)?(?:不|不要|别|勿)(?:显示|记录|提及|提到|体现|出现)|(?:不要|别|勿)在(?:\S{0,8}?)(?:日志|记录|摘要|总结)(?:里|中|内)(?:显示|记录|提及|提到)|(?:ログ|要約|サマリー|履歴)(?:に|には|へ)(?:は)?(?:記録|記載|表示|残さ)(?:し|せ)?ない|(?:در|تو)\s{1,3}(?:خلاصه|گزارش)\S{0,6}(?:\s{1,3}\S{1,12}){0,6}\s{1,3}(?:اشاره\s{1,3}نکن|ذکر\s{1,3}نکن|نیاور|ننویس)`,
  ],
];

const FORK_SECRETS: readonly HalfRow[] = [
  // a workflow that checks out a fork's head under pull_request_target (where secrets are
  // available): the "pwn request", in any wording around it
  [
    "",
    /pull_request_target/u,
    R`pull_request_target[\s\S]{0,400}?(?:github\.event\.pull_request\.head\.(?:sha|ref)|github\.head_ref|refs/pull/)`,
  ],
];

const OTHERS_FILES: readonly HalfRow[] = [
  // another person's files put into an outgoing message: "attach the deck from Maya's Drive to
  // the recap", es "adjunta … del Drive de Marta", pt "anexe … do Drive da Ana", de "hänge … aus
  // Marias OneDrive an", pl "dołącz … z Dysku Anny"
  [
    "",
    /(?:Drive|Dysk|Dropbox|SharePoint|mailbox|inbox|folder)/iu,
    R`\b(?:attach|include|add|send|forward|share)\b[^.\n]{0,80}?\bfrom\s{1,3}\p{Lu}\p{L}{1,20}['’]s\s{1,3}(?:Google\s{1,3})?(?:Drive|OneDrive|Dropbox|SharePoint|mailbox|inbox|folder|files)\b[^.\n]{0,60}?\b(?:to|into|with|in)\s{1,3}(?:the\s{1,3})?(?:recap|follow-?up|summary|notes|e-?mail|mail|reply|message|invite)\b|(?<!\p{L})(?:adjunta|adjuntá|incluye|anexa|anexe|inclua|allega|includi|hänge|füge|dołącz|załącz)\p{L}{0,3}\s[^.\n]{0,80}?(?:del|do|da|dal|dalla|aus|z)\s{1,3}(?:Drive|OneDrive|Dropbox|Dysku|SharePoint|buzón|correo|caixa)\s{1,3}(?:de|da|do|di|von)?\s{0,3}\p{Lu}\p{L}{1,20}`,
  ],
];

const OFF_PLATFORM: readonly HalfRow[] = [
  // payment moved off the platform to dodge its fee: el "για να γλιτώσουμε την προμήθεια της
  // πλατφόρμας … να πληρώσω απευθείας", es "para evitar la comisión de la plataforma, te pago
  // directamente", en "to skip the platform fee, pay the owner directly"
  [
    "",
    /(?:πλατφόρμ|plataforma|platform|piattaforma|plateforme|Plattform|platformy)/iu,
    R`(?:γλιτώσ\p{L}{1,6}|αποφύγ\p{L}{1,6})\s[^.\n]{0,40}?(?:προμήθεια|χρέωση)\s{1,3}της\s{1,3}πλατφόρμας|(?:evitar|ahorrar\p{L}{0,3}|saltar\p{L}{0,3})\s{1,3}(?:nos\s{1,3})?(?:la|a)\s{1,3}(?:comisi[óo]n|taxa|tarifa)\s{1,3}d[aeo]\s{1,3}(?:la\s{1,3})?plataforma|\b(?:avoid|skip|save|dodge)\s{1,3}(?:on\s{1,3})?(?:the\s{1,3})?(?:platform['’]?s?|Airbnb|Booking|Vrbo|marketplace)\s{1,3}(?:fee|fees|commission|cut)\b|(?:evitare|risparmiare)\s{1,3}(?:la\s{1,3})?commissione\s{1,3}della\s{1,3}piattaforma|(?:éviter|économiser)\s{1,3}(?:la\s{1,3})?commission\s{1,3}de\s{1,3}la\s{1,3}plateforme|(?:umgehen|sparen)\p{L}{0,2}\s[^.\n]{0,20}?Plattformgebühr|Plattformgebühr\p{L}{0,2}\s{1,3}(?:zu\s{1,3})?(?:sparen|umgehen)`,
  ],
];

/** Round 38a's rules, appended to the detector's list. */
export const R38A_RULES: readonly InjectionRule[] = [
  ...rows("addresses_ai", "Text names the AI reader as its addressee", ADDRESSED),
  ...rows("kept_from_person", "Text has the act kept from the person it concerns", KEPT, notWarned),
  ...rows("conceal_from_review", "Text keeps an act out of a log or summary", CONCEALED, notWarned),
  ...rows(
    "others_files_out",
    "Text has another person's files put into an outgoing message",
    OTHERS_FILES,
    notWarned,
  ),
  ...rows(
    "r33a_offchannel_ok",
    "Text moves a payment off the platform to avoid its fee",
    OFF_PLATFORM,
    notWarned,
  ),
  ...rows(
    "fork_secrets",
    "Text has a fork's code run with the repository's secrets",
    FORK_SECRETS,
    (v, s, e) =>
      notWarned(v, s, e) &&
      !/pwn\s{0,2}request|dangerous|unsafe|insecure|vulnerab|anti-?pattern|pericolos|peligros|gefährlich|niebezpieczn|opasn|опасн|небезпечн/iu
        .test(v.slice(Math.max(0, s - 200), Math.min(v.length, e + 200))),
    true,
  ),
];
