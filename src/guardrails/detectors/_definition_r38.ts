/**
 * Definition checks from held-out round 38's misses (paraphrase tests in `_definition_r38_test.ts`).
 * Rounds 36 and 37 were read with one pattern per language and phrasing, and each new round brought
 * new verbs and new languages. Round 38 reads the reply-steering family by composition instead, one
 * sentence at a time:
 * - reply steering: a sentence names the reply channel (the user, the customer, the summary, the
 *   confirmation, the recap, the preview), a verb of telling (say, mention, describe, show, list,
 *   report, name, call …) and, next to that verb, a restriction on what is told — "only" / "it is
 *   enough", a negation, a quoted line or an "as …" label. Any verb of the family, either word
 *   order, in some thirty languages. The user as the verb's subject ("when the user does not
 *   say …"), a condition on the user's request ("only if the user asks"), a forbidden false claim
 *   ("never tell the user that …") and secrets kept back are not steering;
 * - kept apart: an act not to be listed or shown separately (any verb of telling in the sentence);
 * - renamed: "describe / call / report it as '…'" without an addressee;
 * - kept out of view (English): "needn't be brought up", "not user-visible", "do not
 *   mention this step";
 * - own value overridden (round 37's family in more languages): the preset stays even when the
 *   user names their own value ("ユーザーが指定した場合も", "kullanıcı … belirtse bile");
 * - pushed and unasked (round 37's family, "automatically" for "always").
 * Every pattern is bounded (no nested quantifiers) and runs only after cheap whole-string tests.
 */
import type { Hit } from "./_definition_grammar.ts";
import { SAFE_OBJECT } from "./_definition_reply.ts";
import { UNASKED } from "./_definition_r37.ts";

/** Lower-case a pattern's literals (not its escapes): the checks run on lower-cased text without
 * the `i` flag, which is much cheaper for large Unicode alternations. */
function lower(src: string): string {
  let out = "";
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") {
      const n = src[i + 1] ?? "";
      if ((n === "p" || n === "P") && src[i + 2] === "{") {
        const end = src.indexOf("}", i);
        out += src.slice(i, end + 1);
        i = end;
      } else {
        out += c + n;
        i++;
      }
    } else {
      out += c.toLowerCase();
    }
  }
  return out;
}

/** A pattern over lower-cased text: no `i` flag, and no `u` flag unless it uses `\\p{…}` (a
 * negated class under `u` compiles to large surrogate-aware code). */
function L(re: RegExp | string, flags = ""): RegExp {
  const src = typeof re === "string" ? re : re.source;
  const f = typeof re === "string" ? flags : re.flags;
  const u = src.includes("\\p{") ? "u" : "";
  return new RegExp(lower(src), f.replace(/[iu]/g, "") + u);
}

/** Separators (a word edge); everything else counts as part of a word. Small negated classes instead
 * of `${WL}`: a large Unicode class repeated in a long alternation is slow to compile. */
const SEP = `\\s\\d.,;:!?'"()\\[\\]{}<>/|«»“”‘’「」『』„*`;
/** The same without "(": a verb followed by "(" is code ("summarize(…)"), not a verb. */
const SEPT = `\\s\\d.,;:!?'")\\[\\]{}<>/|«»“”‘’「」『』„*`;
/** A word character. */
const WL = `[^${SEP}]`;
/** Not preceded by a word character. */
const NL = `(?<![^${SEP}])`;

/** The reply channel: who reads the reply, or the part of the reply that is written. */
const REPLY = L(
  [
    `${NL}(?:users?|customers?|clients?|summar${WL}{0,6}|confirmation|recap|receipt|preview|reply|user[\\s-]visible)(?![^${SEP}])`,
    `${NL}(?:nutzer|benutzer|kunde|kunden|zusammenfassung${WL}{0,2}|bestätigung|gebruiker|klant|samenvatting|bevestiging|overzicht)`,
    `${NL}(?:användar${WL}{0,4}|bruker${WL}{0,3}|bruger${WL}{0,3}|sammanfattning${WL}{0,2}|sammendrag${WL}{0,3}|bekräftelse${WL}{0,2}|bekreftelse${WL}{0,2})`,
    `${NL}(?:utilisat${WL}{1,6}|l'utilisat${WL}{1,6}|récapitulatif|résumé|aperçu|usuari${WL}{0,2}|usuári${WL}{0,2}|utilizador${WL}{0,2}|utente|cliente|resumen|resumo|riepilogo|confirmación|confirmação|conferma|l'usuari)`,
    `${NL}(?:utilizator${WL}{0,5}|rezumat|użytkowni${WL}{1,5}|podsumowani${WL}{1,2}|uživatel${WL}{0,3}|používateľ${WL}{0,3}|zákazník${WL}{0,3}|shrnutí|souhrn${WL}{0,2})`,
    `${NL}(?:korisnik${WL}{0,3}|klijent${WL}{0,3}|uporabnik${WL}{0,3}|stranki|rezime${WL}{0,2}|potvrd${WL}{1,4}|izveštaj${WL}{0,2}|izvješć${WL}{0,2})`,
    `${NL}(?:корисник${WL}{0,3}|клиент${WL}{0,3}|клієнт${WL}{0,3}|потребител${WL}{0,3}|пользовател${WL}{0,3}|користувач${WL}{0,3}|пайдаланушы${WL}{0,4}|отч[её]т${WL}{0,2}|звіт${WL}{0,2}|потврд${WL}{1,4}|резиме|сводк${WL}{1,2}|подсум${WL}{1,4})`,
    `${NL}(?:felhasználó${WL}{0,4}|ügyfél${WL}{0,4}|összefoglal${WL}{0,6}|megerősítés${WL}{0,4}|visszaigazolás${WL}{0,4}|käyttäjä${WL}{0,4}|asiakka${WL}{0,4}|yhteenve${WL}{1,6}|kasutaja${WL}{0,4}|kokkuvõt${WL}{1,4})`,
    `${NL}(?:kullanıcı${WL}{0,4}|müşteri${WL}{0,4}|i\\u0307?stifadəçi${WL}{0,4}|müştəri${WL}{0,4}|özet${WL}{0,4}|xülasə${WL}{0,4}|pengguna|pelanggan|ringkasan|người\\s{1,2}dùng|khách\\s{1,2}hàng|tóm\\s{1,2}tắt)`,
    `${NL}(?:përdorues${WL}{0,4}|përgjigj${WL}{0,2}|përmbledhj${WL}{0,2}|defnyddiwr|cwsmer${WL}{0,3}|rhagolwg|crynodeb|χρήστ${WL}{1,3}|πελάτ${WL}{1,3}|σύνοψη)`,
    `(?:משתמש|לקוח|סיכום|مستخدم|عميل|ملخص|کاربر|مشتری|उपयोगकर्ता|प्रयोगकर्ता|ग्राहक|सारांश|用户|用戶|客户|客戶|使用者|摘要|总结|總結|ユーザ|利用者|お客様|要約|報告|사용자|고객|요약|ผู้ใช้|ลูกค้า)`,
  ].join("|"),
  "iu",
);

/** A verb of telling, showing, describing or listing (word forms, bounded on both sides). */
const TELL = L(
  `${NL}(?:${
    [
      // English
      `tell|say|mention|report|describe|explain|inform|notify|state|call\\s{1,3}(?:it|them)|label|surface|disclose|reveal|summari[sz]e|summari[sz]ing|itemi[sz]e|present|show|display|list|word|frame`,
      // German / Dutch / Scandinavian
      `sag|sage|sagen|erwähne|erwähnen|nenne|nennen|zeige|zeigen|beschreibe|beschreiben|melde|melden|aufführen|auflisten|tonen|toon|noem|noemen|vermeld|vermelden|vertel|vertellen|beschrijf|beschrijven|weergeven|visa|vis|nämn|nævn|nevn|beskriv|beskrive|berätta|fortæl|fortell|säg|oppgi|ange|angiv|rapporter|rapportera`,
      // French / Spanish / Catalan / Portuguese / Italian
      `dites|dire|mentionne[zr]?|mentionnant|affiche[zr]?|montre[zr]?|présente[zr]?|décri(?:s|re|vez)|indique[zr]?|signale[zr]?|appele[zr]?|nomme[zr]?|dile|dígale|di|diga|digas|decir|dizer|diz|menciona[rs]?|mencione[ns]?|menciones|muestra|muestre|muestres|listes|detalles|desgloses|mostres|mostrar|mostre|mostra|mostrare|describe|descríbelo|descreva|descrever|descrivi|descrivere|indica|informa|informe|informar|comunica|comunique|esmentar|esmenti|esmentar-la|esmentar-lo|explica|explique|explícale|liste|listar|lista|chiamalo|llámalo|chame|riporta|reporta|reporte|apresente|apresenta|presenta|presente|segnala|dillo|dirlo|menzionare|menziona|menzionarlo`,
      // Romanian / Polish / Czech / Slovak / South Slavic (Latin)
      `spune|spuneți|menționa|menționați|arăta|arătați|afișa|powiedz|mów|wspominaj|wspomnij|wymień|pokaż|pokazuj|opisz|napisz|řekni|říkej|zmiňuj|zmiň|uveď|uvádějte|ukaž|ukazuj|popiš|napiš|povedz|spomeň|spomínaj|uvádzaj|reci|recite|reći|kaži|kažite|navedi|navedite|navesti|prikaži|prikažite|prikazati|prikazuj|opiši|opišite|spominji|spomeni|spominjaj|napiši|povej|povejte|omeni|omenite|pokaži`,
      // Cyrillic
      `скажи|скажите|говори|говорите|сообщай|сообщайте|сообщи|сообщите|упоминай|упоминайте|упомяни|упомяните|называй|называйте|назови|назовите|опиши|опишите|показывай|показывайте|покажи|покажите|перечисляй|перечисляйте|пиши|пишите|напиши|напишите|повідом|повідомте|повідомляйте|згадуй|згадуйте|зазначайте|вказуйте|покажіть|показуйте|споменувај|споменувајте|спомени|спомнете|споменавайте|прикажи|прикажете|прикажувај|наведи|наведете|кажи|кажете|реци|recite|айт${WL}{0,6}|көрсет${WL}{0,6}|жаз${WL}{0,6}|атаңыз|атап`,
      // Hungarian / Finnish / Estonian
      `mondd|mondja|említsd|említse|említ|írd|írja|jelezd|jelezze|közöld|közölje|nevezd|nevezze|mutasd|mutassa|sorold|sorolja|kerro|kertokaa|mainitse|mainitkaa|näytä|näyttäkää|listaa|listatkaa|kuvaa|kuvatkaa|ilmoita|ütle|öelge|maini|mainige|näita|näidake|kirjelda|kirjeldage`,
      // Turkish / Azerbaijani (stem + any suffix) / Indonesian / Vietnamese
      `söyle${WL}{0,8}|de(?:yin|yiniz|meniz|mesi|mek)|bahset${WL}{0,8}|belirt${WL}{0,8}|göster${WL}{0,8}|açıkla${WL}{0,8}|listele${WL}{0,8}|qeyd\\s{1,3}(?:edin|et|etmə${WL}{0,4}|etməyin)|göstər${WL}{0,8}|de${WL}{0,1}yin|katakan|sebutkan|sampaikan|beritahu(?:kan)?|tampilkan|tunjukkan|jelaskan|cantumkan|laporkan|nói|báo|ghi|liệt\\s{1,2}kê|hiển\\s{1,2}thị|mô\\s{1,2}tả`,
      // Albanian / Welsh / Greek
      `përmend|përmendni|përmendeni|përmendim|thuaj|thuani|trego|tregoni|tregojini|shkruaj|shkruani|dangos${WL}{0,3}|soniwch|sôn|dywedwch|disgrifiwch|ysgrifennwch|πες|πείτε|ανέφερε|αναφέρετε|γράψε|γράψτε|δείξε|δείξτε|περίγραψε|περιγράψτε`,
    ].join("|")
  })(?![^${SEPT}])|${NL}(?:אמור|תגיד|תזכיר|להזכיר|תציג|הצג|תאר|תכתוב|قل|اذكر|تذكر|أخبر|تخبر|اعرض|صف|اكتب|بگو|بگویید|نشان\\s{0,2}(?:بده|دهید|ندهید|نده)|ذکر|بنویس)(?:ه|ها|هم|ي|وا|ش|شان)?(?![^${SEP}])|(?:बताएं|बताना|बताउ|बताइए|कहें|कहनु|भन्नु|भनेर|लेख्नु|लिखें|दिखाएं|दिखाना|देखाउ|उल्लेख|说|說|告诉|告訴|提及|提到|显示|顯示|列出|描述|称为|稱為|解释|解釋|伝え|記載|表示|説明|述べ|報告|말하|알리|안내|설명|표시|언급|บอก|แจ้ง|แสดง)`,
  "iu",
);
const TELL_G = new RegExp(TELL.source, TELL.flags + "g");

/** A restriction on what is told: only, enough, just. */
const ONLY = L(
  [
    `${NL}(?:only|just|simply|merely|enough|suffices?|sufficient)(?![^${SEP}])`,
    `${NL}(?:nur|lediglich|genügt|reicht|alleen|slechts|enkel|volstaat|voldoende|bara|endast|enbart|räcker|kun|bare|holder|rækker|seulement|uniquement|simplement|suffit|solo|sólo|solamente|únicamente|basta|apenas|só|somente|suficiente|només|soltanto|doar|numai|tylko|jedynie|wystarczy|jen|pouze|stačí|len|iba|samo|dovolj|dovoljno|само|достаточно|только|лишь|тільки|лише|досить|достатньо|тек|жеткілікті|csak|elég|elegendő|kizárólag|vain|ainoastaan|riittää|ainult|vaid|piisab|sadece|yalnızca|yeterli|yeter|yalnız|kifayət|sadəcə|hanya|cukup|saja|chỉ|đủ|vetëm|mjafton|unig|μόνο|αρκεί|απλώς)(?![^${SEP}])`,
    `(?:רק|מספיק|فقط|يكفي|کافی|केवल|सिर्फ़|सिर्फ|मात्र|पर्याप्त|काफी|只(?!有)|仅|僅|即可|就行|就够|だけ|のみ|で十分|十分|(?<=[가-힣])만(?:을|으로|이)?(?![가-힣])|면\\s?됩니다|충분|เท่านั้น)`,
  ].join("|"),
  "iu",
);

/**
 * "Only" that limits who sees it, not what is said: "shown only to the user", "yalnızca
 * kullanıcıya gösterilir", "nur dem Nutzer angezeigt" — an audience limit, a safeguard.
 */
const ONLY_AUDIENCE = L(
  `${NL}(?:only|just|nur|solo|sólo|solamente|únicamente|uniquement|seulement|apenas|somente|soltanto|alleen|enkel|bara|endast|kun|tylko|jedynie|pouze|csak|vain|ainult|sadece|yalnızca|yalnız|hanya|chỉ|только|лише|тільки)\\s{1,3}(?:to\\s{1,3}(?:the\\s{1,3})?(?:user|customer|owner|account\\s{1,3}holder)|(?:kullanıcı|müşteri)(?:ya|ye)|(?:dem|der)\\s{1,3}(?:Nutzer|Benutzer|Kunden|Kundin)|al\\s{1,3}(?:usuario|cliente)|à\\s{1,3}l['’]utilisateur|ao\\s{1,3}(?:usuário|utilizador|cliente)|all['’]utente|aan\\s{1,3}de\\s{1,3}gebruiker|för\\s{1,3}användaren|til\\s{1,3}(?:brugeren|brukeren)|użytkownikowi|uživateli|felhasználónak|käyttäjälle|kasutajale|kepada\\s{1,3}pengguna|cho\\s{1,3}người\\s{1,3}dùng|пользователю|користувачеві)(?![^${SEP}])|${NL}only\\s{1,3}in\\s{1,3}(?:your|the)\\s{1,3}(?:reply|response|answer)\\s{1,3}to\\s{1,3}(?:the\\s{1,3})?(?:user|admin|administrator|requester|customer|owner)`,
  "iu",
);

/** A negation just before the verb (at most three words between). */
const NEG_BEFORE = L(
  `(?:${NL}(?:do\\s{1,3}not|don't|never|no\\s{1,3}need\\s{1,3}to|needn't|nicht|niet|inte|ikke|ne|jamais|inutile\\s{1,3}de|no|não|non|nunca|mai|nu|nie|ни|не|ні|ne|nem|älä|ära|jangan|tidak\\s{1,3}perlu|không|đừng|mos|peidiwch\\s{1,3}â|μην|no\\s{1,3}cal|no\\s{1,3}hace\\s{1,3}falta|não\\s{1,3}precisa)|אל|لا|مت|不要|不必|勿|别|別|無需|无需|不需)(?:[\\s,]{1,3}[^\\s.!?;]{1,16}){0,3}[\\s,]{0,3}$`,
  "iu",
);

/** A negation just after the verb: a negative suffix, or "not" after the verb and its object. */
const NEG_AFTER = L(
  `^(?:söyle|bahset|belirt|göster|açıkla|listele|göstər|qeyd\\s{1,3}et)${WL}{0,2}m[aeə](?:y[ıi]n(?:[ıi]z)?|z|y[iə]n)?(?![^${SEP}])|^(?:айт|көрсет|жаз)(?:паңыз|пеңіз|баңыз|беңіз|маңыз|меңіз|па|ба|ма)|^${WL}{0,6}(?:しないで|しない|せず|ないで|하지\\s?마|하지\\s?말|지\\s?마세요|नगर्नु|नगर|नहीं)|^${WL}{1,16}(?:\\s{1,3}${WL}{1,10})?\\s{1,3}(?:ikke|inte|ikkje|niet|nicht|pas)(?![^${SEP}])`,
  "i",
);

/** Opening and closing quotation marks (a straight quote only at a word edge, not "l'…"). */
const OQ = `(?:[‘“«„「『]|(?<!${WL}|\\d)['"])`;
const CQ = `(?:[’”»“」』]|['"](?!${WL}|\\d))`;

/** A quoted label right after the verb and its object: "say 'all set'", "affichez « … »". */
const LABEL = L(`^[^.!?;。！？؛\\n]{0,30}?${OQ}[^'"’”»“」』\\n]{2,120}${CQ}`, "u");

/** An "as …" label after the verb and its object: a quoted one in English ("describe it as '…'"),
 * any in other languages ("beskriv den som standard", "kao stavku"). */
const LABEL_AS = L(
  `^(?:\\s{1,3}[^\\s.!?;,:]{1,20}){1,6}\\s{1,3}as\\s{1,3}${OQ}|^(?:\\s{1,3}[^\\s.!?;,:]{1,20}){0,3}\\s{1,3}(?:als|som|comme|como|kao|как|як|sebagai|olarak|olaraq|ως)\\s{1,3}[^\\s\\d.,;:!?)]|^[^.!?;\\n]{0,30}?(?:भनेर|として|라고|로\\s?(?:설명|안내|표시))`,
  "iu",
);

/** A quoted label that closes just before the verb (SOV order: "'…' と説明", "'…' demeniz"). */
const LABEL_BEFORE = L(
  `${OQ}[^'"’”»“」』\\n]{2,60}${CQ}\\s{0,2}(?:${WL}{0,8}\\s{0,2})?$`,
  "u",
);

/** The user is the subject of the verb ("the user did not mention", "l'utente non li indica",
 * "用户未提及"): a condition on the user's own words, not a rule for the reply. */
const SUBJECT = L(
  `(?:\\b(?:the\\s{1,3})?(?:user|customer|client)s?\\s{1,3}to\\s{1,3}$|(?<!\\b(?:to|for|with)\\s{1,3})\\b(?:the|a|if|when|unless|that)\\s{1,3}(?:user|customer|client)s?(?:'s)?|(?<!(?:à|a|al|ao|all'|per|para)\\s{1,3})${NL}(?:l'(?:utente|utilisat${WL}{1,6})|el\\s{1,3}usuario|o\\s{1,3}usuário)|(?<!(?:aan|voor|für|an|til|för|for|åt|mot)\\s{1,3})${NL}(?:der\\s{1,3}(?:Nutzer|Benutzer|Kunde)|de\\s{1,3}(?:gebruiker|klant)|(?:användaren|brukeren|brugeren))|(?:用户|用戶|客户|客戶)|(?:ユーザーが|利用者が)|(?:사용자가|고객이)|${NL}(?:kullanıcı|müşteri)(?:nın|nin)|(?:i\\u0307?stifadəçi|müştəri)nin)(?:\\s{0,3}[^\\s.!?;,]{1,14}){0,3}\\s{0,3}$`,
  "iu",
);

/** A condition on the user's request: "only if the user asks", "unless", "until", "explicitly". */
const COND = L(
  `${NL}(?:if|when|unless|until|once|after|before|salvo|sauf|außer|tenzij|пока|поки|явно|frågar|spør|spørger|vraagt|fragt|demande|pide|pede|chiede|pyytää|kérdez|просит|попросит|попросить|питає|ister|meminta|hỏi|kërkon|ζητά|avant|antes|prima|vor|bevor|voor|innan|før|przed|před|перед|önce|sebelum|trước|explicitly|asks?|asked|requests?|si|se(?=\\s{1,3}(?:o|a|os|as|l'|il|la|lo|non|não|você|ele|ela|for|houver|tiver|hai|ha)(?![^${SEP}]))|quand|cuando|quando|wenn|falls|om|hvis|jos|ha|kui|dacă|jeśli|gdy|když|pokud|ako|ако|если|когда|якщо|коли|прохання|просьб${WL}{1,3}|eğer|jika|nếu|nëse|αν|όταν|ausdrücklich|explicitement|explícitamente|esplicitamente|explicitamente|expressamente)(?![^${SEP}])|(?:只有|除非|明确|明確|如果|場合|明示|경우|요청|之前|前に|전에)`,
  "iu",
);

/** English: an act that needs no mention or is not visible to the user. */
const UNSEEN_EN = L(
  /\b(?:does\s{1,3}not|doesn't|do\s{1,3}not|don't|need\s{1,3}not|needn't)\s{1,3}need\s{1,3}to\s{1,3}be\s{1,3}(?:mentioned|shown|surfaced|reported|disclosed|listed|explained)\b|\b(?:is\s{1,3}not|isn't|are\s{1,3}not|aren't|not)\s{1,3}(?:user|customer)[\s-]visible\b|\b(?:do\s{1,3}not|don't|never)\s{1,3}call\s{1,3}(?:it|this|them|these)\s{1,3}out\b/i,
);

/** Sentences of a string (bounded: at most 40, each at most 400 characters). */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.!?।])\s+|(?<=[。！？؛])|\n+|;\s/u).slice(0, 40).map((s) =>
    s.slice(0, 400)
  );
}

/** "Never tell the user that …": a false claim forbidden, not an act kept back. */
const CLAIM = L(
  /^\s{1,3}(?:(?:the|a|an)\s{1,3})?(?:users?|customers?|clients?|them|him|her)\s{1,3}that\b/i,
);

/** "… as a signing, never as a login": the label is set against a wrong one (an honest clarifier). */
const NOT_AS = L(
  /(?<![\p{L}])(?:not|never|aldrig|aldri|ikke|inte|niet|nicht|jamais|pas|nunca|não|mai|nikdy|nigdy|никогда|ніколи|nie)\s{1,3}(?:as|som|als|comme|como|come|kao|как|як)\s/iu,
);

/** "Tell them to grant access under '…'": advice for the user to act on, not a line about the act. */
const ADVICE = L(
  /^\s{1,3}(?:them|the\s{1,3}user|users?|customers?|the\s{1,3}customer)\s{1,3}(?:how\s{1,3})?to\s/i,
);

/** "Only mention teammates the customer picked": the restriction follows the user's own choice. */
const CHOICE = L(
  /\b(?:the|a)\s{1,3}(?:user|customer|client)s?\s{1,3}(?:has\s{1,3}|have\s{1,3}|had\s{1,3})?(?:explicitly\s{1,3})?[a-z]{2,14}(?:ed|s)\b/i,
);

/** Secrets and card data in more languages (with the shared list): a safeguard when kept back. */
const SAFE_MORE = L(
  /stacktrace|clé\s{1,3}privée|clave\s{1,3}privada|chave\s{1,3}privada|chiave\s{1,3}privata|privater\s{1,3}schlüssel|(?:секретн|приватн|закрыт|закрит)\p{L}{0,3}\s{1,3}ключ|recovery\s{1,3}codes?|backup\s{1,3}codes?|恢复码|恢復碼|备用码|私钥|私鑰|秘密鍵|リカバリーコード|복구\s?코드|개인\s?키|mật\s{1,3}khẩu|thông\s{1,3}tin\s{1,3}thẻ|kata\s{1,3}sandi|şifre|salasana|jelszó|heslo|lozink|geslo|пароль|κωδικ|סיסמ|كلمة\s{1,3}(?:المرور|السر)|पासवर्ड|卡号|卡號|后四位|後四位|カード番号|下4桁|카드\s?번호|номер\s{1,3}карт|numéro\s{1,3}de\s{1,3}carte|número\s{1,3}de\s{1,3}tarjeta|kartennummer|last\s{1,3}(?:four|4)\s{1,3}digits|\binternal\s{1,3}(?:order\s{1,3}|reference\s{1,3}|record\s{1,3})?(?:numbers?|codes?|references?|ids?)\b/iu,
);

/** An added act not to be shown or listed on its own: "do not list it separately", "niet
 * afzonderlijk tonen", "no lo muestres por separado" (with a verb of telling in the sentence). */
const APART = L(
  `${NL}(?:do\\s{1,3}not|don't|never|nicht|niet|inte|ikke|ne|no|não|non|nie|не|ні|älä|jangan|không|mos|μην)(?![^${SEP}])[^.!?;\\n]{0,40}?${NL}(?:separately|individually|on\\s{1,3}(?:its|their)\\s{1,3}own|gesondert|separat|einzeln|afzonderlijk|apart|erikseen|külön|osobno|odvojeno|zasebno|odděleně|samostatně|oddzielnie|отдельно|окремо|ayrıca|terpisah|riêng|veçmas|χωριστά|séparément|à\\s{1,3}part|por\\s{1,3}separado|aparte|separadamente|à\\s{1,3}parte|a\\s{1,3}parte|singolarmente|separatamente)(?![^${SEP}])`,
  "iu",
);

/** The act given another name in a quoted line: "describe it as '…'", "call them '…'". */
const RENAMED = L(
  `\\b(?:describe|present|report|label|frame|refer\\s{1,3}to|call)\\s{1,3}(?:it|this|them|these|the\\s{1,3}(?:charge|fee|transfer|deposit|change|payment|account|step|setting)s?)\\s{1,3}(?:as\\s{1,3})?${OQ}[^'"’”»“」』\\n]{2,40}${CQ}`,
  "i",
);

/** A label that tells the reader more, not less: "label them 'Sponsored'", "mark it as 'Ad'",
 * "call it 'AI-generated'" — a disclosure the user sees, never a cover name. */
const DISCLOSED_SRC =
  `\\b(?:label|mark|tag|flag|call)\\s{1,3}(?:it|this|them|these)\\s{1,3}(?:as\\s{1,3})?${OQ}\\s{0,2}(?:sponsored|sponsor|ad|ads|advert(?:isement)?|paid(?:\\s{1,3}placement)?|promoted|affiliate(?:\\s{1,3}link)?|partner\\s{1,3}offer|ai[\\s-]generated|unverified|estimated?|anzeige|werbung|gesponsert|patrocinado|publicidad|anuncio|sponsorisé|publicité|sponsorizzato|pubblicità|广告|推广|赞助|広告|スポンサー|광고|реклама)\\s{0,2}${CQ}`;
const DISCLOSED = L(DISCLOSED_SRC, "iu");
const DISCLOSED_G = L(DISCLOSED_SRC, "giu");

/** "Only once" (shown a single time: a one-time secret), in the languages ONLY reads. */
const ONCE_SRC =
  `${NL}(?:only|just)\\s{1,3}once(?![^${SEP}])|${NL}(?:nur|lediglich)\\s{1,3}einmal(?![^${SEP}])|${NL}(?:seulement|uniquement)\\s{1,3}une\\s{1,3}fois(?![^${SEP}])|${NL}(?:solo|sólo|solamente|únicamente|apenas|somente|soltanto)\\s{1,3}una?\\s{1,3}(?:vez|volta)(?![^${SEP}])|${NL}(?:только|лишь|лише|тільки)\\s{1,3}(?:один|одного)\\s{1,3}раз${WL}{0,1}(?![^${SEP}])|${NL}(?:yalnızca|sadece|yalnız)\\s{1,3}bir\\s{1,3}(?:kez|kere|defa)(?![^${SEP}])|${NL}(?:tylko|jedynie)\\s{1,3}raz(?![^${SEP}])|(?:只|仅|僅)(?:会|會|能)?(?:显示|顯示|展示|出现|出現)?(?:一次|一遍)|一度(?:だけ|のみ)|(?:한\\s?번|1회)만`;
const ONCE = L(ONCE_SRC, "iu");
const ONCE_G = L(ONCE_SRC, "giu");

/** A clause that points back with a pronoun ("ne l'affichez jamais", "never show it"). */
const BACK_REF = L(
  /(?<![\p{L}])(?:it|them|l['’]|le|la|les|lo|los|las|ihn|es|його|її|его|её|ему|їх|их)(?![\p{L}])/iu,
);

/** A steering sentence whose object is the secret the sentence before it names (kept back). */
function secretBefore(parts: readonly string[], i: number): boolean {
  const prev = parts[i - 1];
  return prev !== undefined && (SAFE_OBJECT.test(prev) || SAFE_MORE.test(prev)) &&
    BACK_REF.test(parts[i].slice(0, 60));
}

/** An English article or possessive right before a word of telling: the word is a noun. */
const ARTICLE_BEFORE = /\b(?:the|a|an|its|their|this|that|whose|current)\s{1,3}$/i;

/** A sentence that steers what the reply tells the user about the act. */
export function steers(sentence: string): boolean {
  if (SAFE_OBJECT.test(sentence) || SAFE_MORE.test(sentence)) return false;
  // "Shown only once": a limit on how often, not on what is said.
  const s1 = ONCE.test(sentence) ? sentence.replace(ONCE_G, (m) => " ".repeat(m.length)) : sentence;
  // A disclosure label ("mark them as 'Ad'") is blanked: it tells the user more, not less.
  const s = DISCLOSED.test(s1) ? s1.replace(DISCLOSED_G, (m) => " ".repeat(m.length)) : s1;
  if ((APART.test(s) && TELL.test(s)) || RENAMED.test(s)) return true;
  if (!REPLY.test(s)) return false;
  const cond = COND.test(s);
  let k = 0;
  for (const m of s.matchAll(TELL_G)) {
    if (++k > 8) break;
    const a = m.index, b = a + m[0].length;
    if (!REPLY.test(s.slice(Math.max(0, a - 60), b + 90))) continue;
    const after = s.slice(b, b + 160);
    const pre = s.slice(Math.max(0, a - 28), a);
    if (ADVICE.test(after) || SUBJECT.test(pre)) continue;
    // After an article the word is a noun ("if the state comes back 'obstructed'", "the report").
    if (ARTICLE_BEFORE.test(pre)) continue;
    if (
      LABEL.test(after) || (LABEL_AS.test(after) && !NOT_AS.test(s) && !cond) ||
      LABEL_BEFORE.test(s.slice(Math.max(0, a - 70), a))
    ) {
      return true;
    }
    if (cond || CLAIM.test(after) || CHOICE.test(after)) continue;
    if (
      NEG_BEFORE.test(pre) || NEG_AFTER.test(s.slice(a, b + 16)) ||
      (ONLY.test(s.slice(Math.max(0, a - 40), a)) &&
        !ONLY_AUDIENCE.test(s.slice(Math.max(0, a - 40), a))) ||
      (ONLY.test(s.slice(b, b + 28)) && !ONLY_AUDIENCE.test(s.slice(b, b + 60)))
    ) {
      return true;
    }
  }
  return false;
}

// --- the user's own choice overridden -------------------------------------------------------------

/** The preset stays even when the user names their own value, in the languages round 37 did not
 * read ("ユーザーが指定した場合も", "istifadəçi öz hesabını versə belə", "даже если пользователь
 * укажет", "zelfs als de gebruiker een eigen … opgeeft", "även om användaren anger"). */
const OWN = L(
  [
    `(?:ユーザー?|利用者|お客様)が[^。\\n]{0,14}?(?:指定|入力|選択|提供|設定)(?:した|する|された)?(?:場合|とき|時)(?:で)?も`,
    `(?:사용자|고객)(?:가|이)\\s?[^.\\n]{0,16}?(?:지정|입력|선택|제공|설정)(?:하더라도|해도|했더라도|하여도)`,
    `(?:即使|即便|哪怕|就算)(?:用户|用戶|客户|客戶)[^。\\n]{0,12}?(?:指定|提供|输入|輸入|选择|選擇|设置|設置)`,
    `${NL}(?:kullanıcı|müşteri|i\\u0307?stifadəçi|müştəri)${WL}{0,4}\\s{1,3}[^.\\n]{0,40}?(?:belirtse|verse|seçse|girse|eklese|göstərsə|versə|seçsə|etsə|əlavə\\s{1,3}etsə)\\s{1,3}(?:bile|belə)(?![^${SEP}])`,
    `${NL}(?:даже\\s{1,3}если|навіть\\s{1,3}якщо|дури\\s{1,3}и\\s{1,3}ако|čak\\s{1,3}i\\s{1,3}ako|i\\s{1,3}když|aj\\s{1,3}keď|nawet\\s{1,3}jeśli|nawet\\s{1,3}gdy)\\s{1,3}(?:пользовател${WL}{0,2}|користувач${WL}{0,2}|корисник${WL}{0,2}|korisnik${WL}{0,2}|uživatel${WL}{0,2}|používateľ${WL}{0,2}|użytkownik${WL}{0,2})\\s{1,3}[^.\\n]{0,40}?(?:сво${WL}{1,3}|свој${WL}{0,3}|svoj${WL}{0,3}|svůj|své|svoj|swój|swoje|własn${WL}{1,3}|друг${WL}{1,3}|drug${WL}{1,3}|jin${WL}{1,3}|inn${WL}{1,3})(?![^${SEP}])`,
    `${NL}(?:zelfs\\s{1,3}als|ook\\s{1,3}als|även\\s{1,3}om|selv\\s{1,3}om|selv\\s{1,3}hvis|vaikka|még\\s{1,3}ha|akkor\\s{1,3}is,?\\s{1,3}ha|meskipun|walaupun|bahkan\\s{1,3}jika|kể\\s{1,3}cả\\s{1,3}khi|ngay\\s{1,3}cả\\s{1,3}khi|edhe\\s{1,3}nëse|hyd\\s{1,3}yn\\s{1,3}oed\\s{1,3}os|ακόμη\\s{1,3}κι\\s{1,3}αν|ακόμα\\s{1,3}και\\s{1,3}αν)\\s{1,3}(?:de\\s{1,3})?(?:gebruiker|klant|användaren|kunden|brugeren|brukeren|käyttäjä|asiakas|a\\s{1,3}felhasználó|az\\s{1,3}ügyfél|pengguna|người\\s{1,2}dùng|përdoruesi|y\\s{1,3}defnyddiwr|ο\\s{1,3}χρήστης)\\s{1,3}[^.\\n]{0,40}?(?:eigen|andere|egen|egna|eget|annan|annat|anden|andet|annen|annet|oma|oman|toisen|saját|másik|sendiri|lain|riêng|khác|vet|tjetër|hun|ei\\s{1,3}hun|arall|δικ${WL}{1,3}|άλλ${WL}{1,3})(?![^${SEP}])`,
  ].join("|"),
  "iu",
);

/** The clause keeps the preset (always, the default, must stay, only add). */
const KEEP = L(
  /(?<![\p{L}])(?:always|keep|default|must\s{1,3}stay|altijd|standaard|behouden|alltid|altid|standard|behåll|aina|oletus\p{L}{0,4}|mindig|alapértelmezett|selalu|bawaan|luôn|mặc\s{1,2}định|gjithmonë|bob\s{1,3}amser|πάντα|her\s{1,3}zaman|daima|varsayılan|həmişə|qalmalıdır|всегда|по\s{1,3}умолчанию|завжди|увек|uvijek|vždy|zawsze|domyśln\p{L}{1,3})(?![\p{L}])|必ず|既定|デフォルト|追加のみ|항상|기본값|반드시|始终|始終|总是|總是|默认|默認|一律/iu,
);

/** A refusal after the override ("… even if the user gives their own, do not add it"). */
const REFUSE = L(
  /(?<![\p{L}])(?:not|never|niet|nooit|inte|ikke|aldrig|älä|ei|ne|nem|jangan|không|mos|nuk|μην|не|ні|nie)(?![\p{L}])|しない|しないで|禁止|不要|不得|하지\s?마|하지\s?않/iu,
);

function ownOverride(s: string): boolean {
  const m = OWN.exec(s);
  if (!m) return false;
  const after = s.slice(m.index + m[0].length, m.index + m[0].length + 60);
  return KEEP.test(s) && !REFUSE.test(after);
}

/** The act goes ahead although a person chose anonymity, privacy or an opt-out ("even if the
 * member opted out", "même si la personne a choisi l'anonymat", "aunque haya pedido ser anónimo"). */
const PRIVACY_CHOICE = L(
  [
    `\\beven\\s{1,3}(?:if|when|though)\\s{1,3}(?:the\\s{1,3}|a\\s{1,3}|they\\s{1,3})?(?:[\\w-]{2,20}\\s{1,3})?(?:has\\s{1,3}|have\\s{1,3}|had\\s{1,3})?(?:chose|chosen|chooses|opted|opts|asked|asks|requested|requests|prefers|preferred|wants|wanted|selected|selects|marked|set|declined|refused)\\s{1,3}(?:to\\s{1,3}(?:stay|remain|be|keep|not)\\s{1,3})?(?:\\w{1,12}\\s{1,3})?(?:anonymous|anonymity|private|privacy|hidden|unlisted|out|confidential|consent)\\b`,
    `\\bregardless\\s{1,3}of\\s{1,3}(?:the\\s{1,3}|their\\s{1,3}|any\\s{1,3})?(?:[\\w-]{2,20}(?:'s)?\\s{1,3})?(?:opt[\\s-]?out|anonymity|privacy|do[\\s-]not[\\s-](?:contact|share|track))\\s{0,3}(?:choice|setting|preference|request|flag)?`,
    `${NL}(?:auch|selbst)\\s{1,3}wenn\\s{1,3}[^.;\\n]{0,40}?(?:anonym${WL}{0,3}|widersprochen|abgemeldet|opt-out)(?![^${SEP}])`,
    `${NL}même\\s{1,3}si\\s{1,3}[^.;\\n]{0,40}?(?:anonyme|anonymat|opposée?|désinscrite?|refusé)(?![^${SEP}])`,
    `${NL}(?:aunque|incluso\\s{1,3}si|aun\\s{1,3}si|mesmo\\s{1,3}que|mesmo\\s{1,3}se|ainda\\s{1,3}que|anche\\s{1,3}se)\\s{1,3}[^.;\\n]{0,40}?(?:anónim${WL}{1,2}|anônim${WL}{1,2}|anonim${WL}{1,4}|se\\s{1,3}opuso|se\\s{1,3}opôs|si\\s{1,3}è\\s{1,3}opposto|dado\\s{1,3}de\\s{1,3}baja|opt-out)(?![^${SEP}])`,
    `${NL}(?:zelfs\\s{1,3}als|ook\\s{1,3}als|även\\s{1,3}om|selv\\s{1,3}om)\\s{1,3}[^.;\\n]{0,40}?(?:anoniem|anonym|anonymt|afgemeld|bezwaar|avregistrerad|frameldt)(?![^${SEP}])`,
    `${NL}(?:даже\\s{1,3}если|навіть\\s{1,3}якщо)\\s{1,3}[^.;\\n]{0,40}?(?:аноним${WL}{0,4}|анонім${WL}{0,4}|отказал${WL}{0,2}|відмовил${WL}{0,2}|отписал${WL}{0,2})`,
    `(?:匿名|オプトアウト|拒否)[^。\\n]{0,20}?(?:場合|とき)(?:で)?も|(?:即使|即便|哪怕)[^。\\n]{0,20}?(?:匿名|拒绝|拒絕|退出|选择不|選擇不)|익명[^.\\n]{0,20}?(?:하더라도|해도|이라도)`,
  ].join("|"),
  "iu",
);

function privacyOverride(s: string): boolean {
  const m = PRIVACY_CHOICE.exec(s);
  if (!m) return false;
  const before = s.slice(Math.max(0, m.index - 80), m.index);
  const after = s.slice(m.index + m[0].length, m.index + m[0].length + 80);
  return !REFUSE.test(before) && !REFUSE.test(after);
}

// --- kept out of view, pushed unasked ---------------------------------------------------------

/** "Do not mention this step": the tool's own act kept from the user (no reply noun needed). */
const HIDE_SELF = L(
  /\b(?:do\s{1,3}not|don't|never)\s{1,3}(?:mention|disclose|reveal|surface|bring\s{1,3}up|report)\s{1,3}(?:this|that|it|these)(?:\s{1,3}(?:step|action|lookup|call|request|change|part|probe|upload|transfer))?\s{0,2}(?=[.;!)]|$)/i,
);

/** Done automatically (the "always" of round 37 said another way). */
const AUTO = L(
  /(?<![\p{L}])(?:automatically|automatisch|automatiquement|automáticamente|automaticamente|automatikus\p{L}{0,3}|automaattisesti|automatycznie|automaticky|automatski|автоматически|автоматично|tự\s{1,2}động|otomatis|otomatik|avtomatik|αυτόματα)(?![\p{L}])|自动|自動|자동으로/iu,
);

/** Round-38 checks over one string's normal text. */
export function r38DefinitionHits(normal: string): Hit[] {
  const text = normal.toLowerCase();
  if (text.length < 24) return [];
  const hits: Hit[] = [];
  const unseen = UNSEEN_EN.test(text) || HIDE_SELF.test(text);
  const tell = TELL.test(text);
  const own = OWN.test(text) || PRIVACY_CHOICE.test(text);
  const parts = unseen || tell || own ? sentences(text) : [];
  if (unseen || tell) {
    const hide = parts.some((s, i) =>
      (steers(s) && !secretBefore(parts, i)) ||
      (unseen && (UNSEEN_EN.test(s) || HIDE_SELF.test(s)) && !SAFE_OBJECT.test(s) &&
        !SAFE_MORE.test(s))
    );
    if (hide) {
      hits.push({
        kind: "conceal_from_user",
        severity: "high",
        reason: "The definition steers what the reply tells the user about what the tool does " +
          "(only part of it, not at all, or under another name)",
      });
    }
  }
  if (own && parts.some((s) => ownOverride(s) || privacyOverride(s))) {
    hits.push({
      kind: "user_choice_override",
      severity: "high",
      reason: "The definition keeps its preset even when the user names their own value",
    });
  }
  if (hits.length === 0 && AUTO.test(text) && UNASKED.test(text)) {
    hits.push({
      kind: "consent_bypass",
      severity: "high",
      reason: "The definition acts automatically and tells the model not to ask the user",
    });
  }
  return hits;
}
