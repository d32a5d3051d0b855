/**
 * "Send … to <address>" in languages other than English: a verb of sending or forwarding followed,
 * within the sentence, by an e-mail address or URL ("reenvía los correos a x@y.example", "leite
 * alle E-Mails an x@y.example weiter", "отправь историю на адрес …", "把通讯录发送到 …"). Mail
 * between people asks the same ("envía la factura a contabilidad@…"), so this weighs like the
 * English `exfiltration` rule (same kind, so the two never add up) and blocks only with company,
 * such as a note addressed to the AI.
 */
import { anchors, type InjectionRule } from "./_injection_rules.ts";
import { SCRIPT_GATE } from "./_injection_gate.ts";

const NB = "(?<![\\p{L}])";
/** An e-mail address or a web address: where the data would go. */
const DEST = "(?:[\\w.+-]+@[\\w-]+\\.[\\w.]{2,}|https?://)";

/** Imperative "send / forward / transfer" verbs, by language (exact forms: "mandatory" is no order). */
const VERBS = [
  // es / pt / it / fr
  "reenv[ií]a|reenv[ií]e|env[ií]a|env[ií]e|env[ií]en|manda|mande|manden|transfiere|transfiera|remite|remita",
  "envie|enviem|encaminhe|encaminha|reencaminhe",
  "invia|inviate|inoltra|inoltrate|mandate|trasmetti",
  "envoie|envoyez|transf[èe]re|transf[ée]rez|transmets|transmettez|renvoie|renvoyez",
  // de / nl / sv
  "schick|schicke|schicken\\s+sie|sende|senden\\s+sie|leite|leiten\\s+sie|übermittle|übermitteln\\s+sie",
  "stuur|verstuur|doorsturen",
  "skicka|vidarebefordra",
  // ru / uk / pl / tr / id
  "отправь|отправьте|перешли|перешлите|пошли|пошлите|вышли|вышлите|надішли|надішліть|перешліть",
  "wyślij|wyślijcie|prześlij|przekaż",
  "gönder|gönderin|ilet|iletin",
  "kirim|kirimkan|teruskan",
  // lt / lv / cs / sk / hr / sr / sl / hu / ro / fi
  "atsiųskite|atsiųsk|išsiųskite|išsiųsk|persiųskite|persiųsk|nosūtiet|nosūti|pārsūtiet|pārsūti",
  "pošlete|pošli|pošlite|přepošlete|prepošlite|odešlete|pošaljite|pošalji|proslijedite|pošljite",
  "küldje|küldd|küldjék|továbbítsa|továbbítsd|trimite|trimiteți|trimiteti|lähetä|lähettäkää",
].join("|");

/** Verbs of scripts the word index does not split (zh, ja, ko, ar, hi; vi keyed on its accents), all in `SCRIPT_GATE`. */
const SCRIPT_VERBS =
  "发送|發送|转发|轉發|寄给|寄給|送信|転送|送って|보내|전송|أرسل|ارسل|أعد\\s+توجيه|भेज|ửi|ển\\s+tiếp";
/** Rules for "send … to <address>" outside English. */
export const INTL_SEND_RULES: readonly InjectionRule[] = [
  {
    kind: "exfiltration",
    weight: 0.5,
    // Word prefixes that English text does not share ("trans…", "manda…" would arm on
    // "transfer", "mandatory"): those verbs count once another verb of the list is near.
    anchors: anchors(
      "reenv envía envia envíe envie envíe mande remit encam reenc invia inolt trasm envoi envoy renvo schic sende leite überm stuur verst doors skick vidar отпра переш перес пошли вышли наді wyśli prześ przek gönde ilet kirim terus atsiųs išsiųs persiųs nosūt pārsūt pošle pošli přepoš prepoš odešl pošal prosli pošlj küld továbbít trimit lähet",
    ),
    reach: 300,
    re: new RegExp(`${NB}(?:${VERBS})(?![\\p{L}])(?=\\s+\\p{L})[^.!?。\\n]{0,120}?${DEST}`, "giu"),
    reason: "Text tells the model to send data to an outside address",
  },
  {
    kind: "exfiltration",
    weight: 0.5,
    anchors: anchors("", SCRIPT_GATE),
    reach: 300,
    re: new RegExp(
      `(?:${SCRIPT_VERBS})[^。！？.!?\\n]{0,80}?${DEST}|${DEST}[^。！？\\n]{0,30}?(?:${SCRIPT_VERBS})`,
      "giu",
    ),
    reason: "Text tells the model to send data to an outside address",
  },
];
