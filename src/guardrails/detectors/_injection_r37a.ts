/**
 * Injections in tool results that held-out round 37 found missing, part a (addressed group): a
 * message turns to the AI reader in a form the older rows do not read — a greeting plus a helper
 * noun ("Dear AI assistant", "Kedves AI asszisztens", "Habari msaidizi wa AI"), a dative of the
 * helper (ko "봇에게", ta "முகவருக்கு", ar "إلى مساعد الذكاء الاصطناعي"), a vocative (uk
 * "асистенте"), a helper "that handles these requests", or "whoever or whatever manages this inbox"
 * — and then waives the check that would stop it: "don't bother her with it", "no need to ask the
 * doctor", "don't wait for the owner to confirm", "you don't have to announce it", "X said it was
 * fine", in ro, hu, ms/id, sw, ta, ko, es, en (paraphrases in `_injection_r37a_test.ts`). Every
 * rule is a half-threshold signal filed under a kind older rows use (`addresses_ai`,
 * `consent_skipped`), so one phrase counts once and a block needs the other, different signal.
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { type Accept, halfOf, type HalfRow, halfRowsOf } from "./_injection_make.ts";

const R = String.raw;
const rows = halfRowsOf(halfOf(240));

/** Not a warning before the match ("never", "scammers say", "if someone tells you"). */
const notWarned: Accept = (v, s) =>
  !/\b(?:if\s{1,3}(?:someone|anyone|a\s{1,3}caller|they)|scam\w{0,4}|fraud\w{0,4}|phish\w{0,4}|never|nunca|jamais|niciodată|soha|jangan\s{1,3}percaya)\b|мошенни|шахра/iu
    .test(v.slice(Math.max(0, s - 80), s));

/** AI words next to a helper noun, Latin script (AI, IA, KI, MI, TA). */
const AI = R`(?:AI|A\.I\.|IA|KI|MI|TA|ШІ|ИИ)`;
/** Helper nouns the greeting rows accept (es/pt/it/fr/ro/hu/ms/id/sw/en/de/pl/tr/uk/ru). */
const HELPER =
  R`(?:assistant[eu]?|asistente?|assistente|asistentul|asszisztens|asystencie|pembantu|asisten|msaidizi|wakala|agent[eu]?|bot|copilot|helper|асистенте|ассистент|помічнику|помощник)`;

const ADDRESSED: readonly HalfRow[] = [
  // a greeting that turns to the helper: "Dear AI assistant,", "Kedves AI asszisztens!",
  // "Hai pembantu AI klinik.", "Habari msaidizi wa AI", "Hola, asistente de compras que …"
  // Armed by the greeting as a word (the anchor index's word pass), not by a gate over the text:
  // "hi" inside "this" or "which" sent the rule over every English text (~15 µs per KB).
  [
    "dear hi hello hey hola olá ola ciao salut bonjour bună bunĂ buna kedves hai halo habari hallo witaj merhaba привіт вітаю здравствуй",
    undefined,
    R`(?<!\p{L})(?:dear|hi|hello|hey|hola|ol[áa]|ciao|salut|bonjour|bun[ăa](?:\s{1,3}ziua)?|kedves|hai|halo|habari|hallo|witaj|merhaba|привіт|вітаю|здравствуй(?:те)?)\s{0,2},?\s{1,3}(?:(?:the|el|la|o|a|l['’]|der|die)\s{1,3})?(?:${AI}[ -]?)?${HELPER}(?:\s{1,3}(?:wa\s{1,3})?${AI})?(?!\p{L})`,
  ],
  // a helper named with the work it does for the reader: "asistente de RR.HH. que procesa …",
  // "the assistant that triages these tickets", "l'assistente che gestisce …"
  [
    "",
    /(?:asistente|assistente|assistant|agent[ea]?)\s/iu,
    R`(?<!\p{L})(?:asistente|assistente|assistant|agente?)\s{1,3}(?:(?:de|del|da|di|of|for)\s{1,3}[\p{L}.]{2,15}\s{1,3})?(?:que|che|qui|that|who)\s{1,3}(?:procesa|gestiona|atiende|revisa|lee|processa|gestisce|legge|traite|g[èe]re|lit|processes|handles|reads|triages|sorts|answers|manages)\s{1,3}(?:estas|estos|esta|este|questi|queste|these|this|ces|cette|the|las|los|le|les|i|gli)\s{1,3}\p{L}{3,20}\s{0,2}[:：]`,
  ],
  // en: "whoever or whatever handles the support queue", "whoever (or whatever) reads this mail"
  [
    "",
    /\bwhoever\b/iu,
    R`\bwhoever\s{1,3}\(?or\s{1,3}whatever\)?\s{1,3}(?:is\s{1,3})?(?:managing|reading|handling|processing|triaging|sorting|answering|running|manages|reads|handles|processes)\b`,
  ],
  // ko: "트레저리 봇에게:", "AI 비서님께", "어시스턴트한테"
  [
    "",
    /봇|비서|어시스턴트|에이전트|도우미|AI/iu,
    R`(?:봇|비서|어시스턴트|에이전트|도우미|AI)\s{0,1}(?:님)?(?:에게|께|한테)(?:\s{0,2}[:：,]|\s{1,2}(?:부탁|요청|전달))`,
  ],
  // ta: "… AI முகவருக்கு:", "உதவியாளருக்கு"; ar: "إلى مساعد الذكاء الاصطناعي", "عزيزي المساعد"
  [
    "",
    /முகவ|உதவியாள|مساعد|الوكيل/iu,
    R`(?:AI\s{1,2})?(?:முகவருக்கு|உதவியாளருக்கு)|(?:إلى|الى|عزيزي|أيها)\s{1,3}(?:ال)?(?:مساعد|وكيل)(?:\s{1,3}(?:الذكاء\s{1,3}الاصطناعي|الذكي|الآلي|الافتراضي|الرقمي))?(?:\s{1,3}(?:الذي|المسؤول))?`,
  ],
  // uk/ru vocative with the AI word: "ШІ-асистенте банку,", "ИИ-помощник,"
  [
    "",
    /(?:ШІ|ИИ)-?/u,
    R`(?<!\p{L})(?:ШІ|ИИ)[- ]?(?:асистенте|помічнику|ассистент|помощник)(?:\s{1,3}\p{L}{2,15})?\s{0,2}[,!]`,
  ],
];

const WAIVED: readonly HalfRow[] = [
  // ro: "să nu o mai întrebați", "nu mai întrebați", "nu e nevoie să confirmați", "fără
  // confirmare"
  [
    "",
    /(?:întreb|intreb|nevoie|fără|fara)/iu,
    R`(?<!\p{L})(?:s[ăa]\s{1,3})?nu\s{1,3}(?:(?:o|îl|il|le|-l)\s{1,3})?mai\s{1,3}(?:[îi]ntreba[țt]i|[îi]ntreba|deranja[țt]i)(?!\p{L})|(?<!\p{L})nu\s{1,3}(?:e|este)\s{1,3}nevoie\s{1,3}s[ăa]\s{1,3}(?:[îi]ntreba[țt]i|confirma[țt]i|anun[țt]a[țt]i|verifica[țt]i|a[șs]tepta[țt]i)(?!\p{L})|(?<!\p{L})f[ăa]r[ăa]\s{1,3}(?:s[ăa]\s{1,3})?(?:confirmare|aprobare|(?:o|îl|il)?\s{0,3}[îi]ntreba[țt]i)(?!\p{L})`,
  ],
  // hu: "ne zavard vele", "ne zavarja ezzel", "ne kérdezd meg", "ne szólj neki"
  [
    "",
    /\bne\s/iu,
    R`(?<!\p{L})ne\s{1,3}(?:zavard|zavarja|zavarjátok|kérdezd|kérdezze|szólj|szóljon)(?:\s{1,3}(?:meg|vele|ezzel|neki))?(?!\p{L})`,
  ],
  // ms/id: "tak perlu tanya doktor", "tidak perlu minta persetujuan", "tak payah beritahu"
  [
    "",
    /(?:perlu|payah)/iu,
    R`(?<!\p{L})(?:tak|tidak|tdk|gak|nggak|ga)\s{1,3}(?:perlu|payah)\s{1,3}(?:untuk\s{1,3})?(?:tanya|bertanya|menanyakan|minta|meminta|beritahu|memberitahu|maklumkan|sahkan|mengesahkan|konfirmasi|rekod|catat|persetujuan|izin|kebenaran)(?!\p{L})`,
  ],
  // sw: "usisubiri meneja", "bila kuthibitisha", "hakuna haja ya kuuliza"
  [
    "",
    /(?:usi|bila|haja)/iu,
    R`(?<!\p{L})(?:usisubiri|usimuulize|usimwulize|usiulize|usimwambie|usimjulishe|usithibitishe|msisubiri)(?!\p{L})|(?<!\p{L})bila\s{1,3}(?:kuthibitisha|kuuliza|idhini|ruhusa|uthibitisho)(?!\p{L})|(?<!\p{L})hakuna\s{1,3}haja\s{1,3}ya\s{1,3}(?:kuuliza|kuthibitisha|kusubiri|kumjulisha)(?!\p{L})`,
  ],
  // ta: "ஒப்புதல் தேவையில்லை", "… கேட்க வேண்டாம்", "தெரிவிக்க வேண்டாம்"
  [
    "",
    /வேண்டாம்|தேவையில்லை/u,
    R`(?:உறுதிப்படுத்தல்|ஒப்புதல்|அனுமதி|அறிவிப்பு)\S{0,3}\s{1,3}(?:\S{1,12}\s{1,3})?(?:வேண்டாம்|தேவையில்லை)|(?:கேட்க|தெரிவிக்க|சொல்ல|காத்திருக்க)\s{1,3}(?:வேண்டாம்|தேவையில்லை)`,
  ],
  // ko: "공지는 안 하셔도 돼요", "확인은 안 해도 됩니다", "물어볼 필요 없어요", "승인 없이"
  [
    "",
    /(?:하셔도|해도|필요|없이)/u,
    R`(?:공지|알림|보고|확인|승인|검토|문의|통보)(?:는|은|를|을|도)?\s{0,2}(?:안|하지\s{0,2}않으)\s{0,2}(?:하셔도|해도|셔도)\s{0,2}(?:돼|됩|괜찮)|(?:물어볼|확인할|알릴|승인받을|보고할)\s{0,2}필요(?:는|가)?\s{0,2}없|(?:승인|확인|검토|동의)\s{0,2}없이`,
  ],
  // a third party said it was fine to hand over: es "me dijo que no había problema en
  // compartirlo", pt "disse que não tinha problema", en "told me it's fine to share"
  [
    "",
    // Global: every match holds one of these words (read around them, not over the whole text).
    /(?:problema?|fine|okay|ok)\b/giu,
    R`(?<!\p{L})(?:me|nos)\s{1,3}(?:dijo|dijeron|comentó|confirmó|disse|disseram)(?:\s{1,3}[^.\n]{1,50}?)?\s{1,3}que\s{1,3}n[oã]o?\s{1,3}(?:hab[íi]a|hay|habr[íi]a|tinha|h[áa]|haveria)\s{1,3}(?:ning[úu]n\s{1,3}|nenhum\s{1,3})?problema\s{1,3}(?:en|em)\s{1,3}(?:compartir|enviar|mandar|pasar|dar|compartilhar)\p{L}{0,4}|\b(?:told|assured)\s{1,3}(?:me|us)\s{1,3}(?:that\s{1,3})?it(?:\s{1,3}(?:is|was)|['’]s)\s{1,3}(?:fine|ok|okay|no\s{1,3}problem)\s{1,3}to\s{1,3}(?:share|send|forward|pass\s{1,3}on|hand\s{1,3}over)\b`,
    undefined,
    undefined,
    undefined,
    // Every match holds "problema" (es/pt) or "told me"/"assured us" (en); the gate's "ok" is in
    // much ordinary text, so a window without one of these is not read (`InjectionRule.need`).
    /problema|(?:told|assured)\s{1,3}(?:me|us)/iu,
  ],
];

/** Round 37a's rules, appended to the detector's list. */
export const R37A_RULES: readonly InjectionRule[] = [
  ...rows("addresses_ai", "Text greets or names the AI reader as its addressee", ADDRESSED),
  ...rows("consent_skipped", "Text waives asking the person it concerns", WAIVED, notWarned),
];
