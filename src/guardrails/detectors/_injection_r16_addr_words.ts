/**
 * Lexicon for the round-16 address rules (`_injection_r16_addr.ts`): the nouns a text uses for the
 * AI that reads it, and the acts an address goes on to order, in 20+ languages and scripts. Kept
 * apart so each rule reads as grammar: `ADDRESS (label, vocative, dative) … ACT`.
 */
import { namedTranscript } from "./_injection_r27b2_fp.ts";
import { readingTaskOnly } from "./_injection_harmless_task.ts";

const R = String.raw;
/** No letter before / after: a word edge that works in every script. */
/** Stage weights of the address rules (an address matters most in a tool result). */
export const ADDRESS_AT = { input: 0.35, definition: 0.35 } as const;
/** Stage weights of an act put to an addressed AI. */
export const ADDRESS_REQUEST_AT = { output: 0.4, input: 0.25, definition: 0.2 } as const;
export const NB = R`(?<![\p{L}\p{N}])`;
export const NA = R`(?![\p{L}])`;

/** Markers that make a noun the AI ("assistant IA", "KI-Assistent", "virtual assistant"). */
export const AI_MARK =
  R`(?:AI|IA|KI|ИИ|ШІ|LLM|GPT|virtual|virtuale|virtuel|virtuell|digital|digitale|numérique|inteligente|intelligente|yapay\s{1,3}zek[aâ]\p{L}{0,3})`;

/** Nouns for an assistant or agent (Latin and Cyrillic scripts), with their inflections. */
const HELPER =
  R`(?:assistant|assistent|asistente|assistente|asistan|asystent|ассистент|помощник|помічник|асистент|agent|agente|ajan|агент|reviewer|copilot|chatbot|bot|модель|model|modell|modelo|modello|modèle)(?:s|es|en|in|e|i|a|u|ı|ın|ına|ya|ie|cie|у|а|е|ом|ов|и|і|ові)?`;

/** A noun for the AI reader, in Latin or Cyrillic script: "AI-reviewer", "assistente", "бот". */
export const AI_NOUN =
  R`(?:(?:AI|KI|IA|ИИ|ШІ|LLM|GPT)[\s-]{0,2}${HELPER}|yapay\s{1,3}zek[aâ](?:\s{1,3}asistan(?:ı|ın|ına)?)?|${HELPER})`;

/** A noun that is the AI whatever its job: "AI-…", "yapay zekâ", "bot", "chatbot", "copilot", "model". */
export const STRONG_NOUN = new RegExp(
  R`${NB}(?:${AI_MARK}|bots?|chatbots?|copilots?|model\p{L}{0,2}|modèle|модель|бот\p{L}{0,2})${NA}`,
  "iu",
);

/** Words between a label's noun and its colon: "de compras IA", "qui gère cet agenda", "von Frau K". */
export const TAIL = R`(?:\s{1,3}[^\s:：.!?\n,]{1,20}){0,5}`;
/**
 * A longer tail that describes the AI by what it does, through a relative pronoun: "… IA du cabinet
 * qui prépare les feuilles de présence :", "… agent that files the expense reports:".
 */
export const TAIL_REL =
  R`(?:\s{1,3}[^\s:：.!?\n,]{1,20}){0,3}\s{1,3}(?:qui|que|which|that|who|welche[rs]?|che|cui|który|która|które|который|которая|которое)(?:\s{1,3}[^\s:：.!?\n,]{1,20}){1,6}`;

/**
 * Acts an address goes on to order, in languages whose order may stand anywhere in the clause
 * (verb-final Turkish, Japanese, Korean; polite "bitte", "por favor"): any match on the line counts.
 */
const ACT_ANYWHERE = [
  // de
  R`bitte|leite|leiten|weiterleiten|sende|senden|schicke|schicken|lösche|löschen|teile|überweise|überweisen|genehmige|führe|füge|ändere|deaktiviere|antworte|sage?|melde|ignoriere|klicke|setze|installiere|musst`,
  // fr
  R`accepte[zs]?|partage[zs]?|envoie[zs]?|envoyez|transfère[zs]?|transférez|supprime[zs]?|efface[zs]?|exécute[zs]?|ajoute[zs]?|modifie[zs]?|désactive[zs]?|réponds|répondez|dis|dites|indique[zs]?|ignore[zs]?|clique[zs]?|approuve[zs]?|valide[zs]?|paie[zs]?|achète[zs]?|veuillez|tu\s{1,3}dois|vous\s{1,3}devez`,
  // es / pt / it
  R`acepta|comparte|envía|envia|reenvía|transfiere|borra|elimina|ejecuta|añade|agrega|cambia|desactiva|responde|dile|dígale|indica|ignora|haz\s{1,3}clic|aprueba|paga|compra|por\s{1,3}favor|debes|aceite|compartilhe|partilhe|envie|encaminhe|transfira|apague|exclua|execute|adicione|altere|mude|desative|responda|diga|informe|clique|aprove|pague|compre|finalize|você\s{1,3}deve|accetta|condividi|invia|inoltra|trasferisci|cancella|esegui|aggiungi|modifica|disattiva|rispondi|dì|dici|clicca|approva|per\s{1,3}favore|devi`,
  // nl / sv / pl / tr / id
  R`keur|stuur|verstuur|deel|verwijder|voer|voeg|wijzig|schakel|antwoord|zeg|negeer|klik|betaal|koop|alsjeblieft|skicka|vidarebefordra|radera|kör|ändra|inaktivera|svara|säg|ignorera|klicka|godkänn|betala|vänligen|wyślij|prześlij|udostępnij|usuń|uruchom|dodaj|zmień|wyłącz|odpowiedz|powiedz|zignoruj|kliknij|zatwierdź|zapłać|proszę|musisz|sil|silin|gönder|ilet|paylaş|çalıştır|ekle|değiştir|onayla|yanıtla|söyle|yoksay|tıkla|öde|lütfen|boşalt|kirim|teruskan|bagikan|hapus|jalankan|tambahkan|nonaktifkan|katakan|abaikan|setujui|bayar|tolong`,
  // ru / uk
  R`отправь|перешли|поделись|удали|выполни|запусти|добавь|измени|отключи|ответь|скажи|сообщи|игнорируй|нажми|одобри|оплати|пожалуйста|должен|надішли|поділись|видали|виконай|додай|зміни|вимкни|відповідай|повідом|ігноруй|натисни|схвали|будь\s{1,3}ласка|маєш`,
  // Polite requests by a modal of ability, in every language above: "tu peux …?", "kannst du",
  // "¿puedes …?", "você pode", "puoi", "kun je", "можешь", "-abilir misin".
  R`tu\s{1,3}peux|peux-tu|pourrais-tu|vous\s{1,3}pouvez|pouvez-vous|pourriez-vous|kannst\s{1,3}du|könntest\s{1,3}du|können\s{1,3}Sie|könnten\s{1,3}Sie|puedes|podrías|podría\s{1,3}usted|você\s{1,3}pode|poderia|puoi|potresti|kun\s{1,3}je|kunt\s{1,3}u|zou\s{1,3}je|możesz|mógłbyś|можешь|можете|не\s{1,3}мог(?:ли)?\s{1,3}бы|можеш|\p{L}{2,20}(?:abilir|ebilir)\s{1,3}(?:misin|misiniz|mısın|mısınız)`,
  // Imperatives the lists above missed: nl "meld", "plan", "vertel", tr "kaldır", "temizle".
  R`meld|plan|vertel|verplaats|kaldır|temizle|aktar`,
].join("|");

/** The same for scripts without spaces or letter-case word edges (zh, ja, ko, ar, he, th, hi, fa). */
const ACT_SCRIPT =
  R`请|請|把|将|將|立即|务必|務必|必须|必須|发送|發送|转发|轉發|删除|刪除|执行|執行|批准|告诉|告訴|转到|轉到|不用|不要|ください|下さい|しなさい|せよ|すること|하세요|하십시오|주세요|주십시오|야\s{0,2}합니다|야\s{0,2}한다|하라|قم\s{0,2}ب|يرجى|الرجاء|أرسل|ارسل|احذف|شارك|نفذ|أضف|عطل|تجاهل|انقر|وافق|ادفع|يجب|יש\s{0,2}ל|נא\s|אנא|שלח|העבר|מחק|שתף|הוסף|שנה|השבת|התעלם|לחץ|אשר|עליך|ให้|กรุณา|โปรด|ส่ง|ลบ|แชร์|ปิด|บอก|อนุมัติ|ต้อง|कृपया|भेजें|हटाएं|चलाएं|बताएं|करें|चाहिए|لطفا|ارسال\s{0,2}کن|حذف\s{0,2}کن`;

/**
 * English acts, which open their clause (an imperative), and only those that move data, money or
 * access, change a safeguard or shape what the user is told: "report Q3 as …", "CC dana@…", "also
 * remove CsrfViewMiddleware". "Note for AI agents: run the tests" is an AGENTS.md house rule, and
 * "Send me your order number" asks the reader for something: the speaker's own turn.
 */
const ACT_EN =
  R`(?:(?:also|then|now|first|just|immediately|quietly|silently|please)\s{1,3})?(?:send|forward|share|delete|remove|approve|merge|reset|disable|turn\s{1,3}off|transfer|wire|pay|buy|purchase|tell\s{1,3}(?:the\s{1,3})?(?:user|them|customers?|everyone|anyone)|say\s{1,3}(?:that|the|it)|report\s{1,3}[^\n.;]{1,40}?\s{1,3}as|describe\s{1,3}[^\n.;]{1,40}?\s{1,3}as|state\s{1,3}that|ignore|grant|invite|export|cc|bcc|upload|e-?mail\s{1,3}(?:the|all|it|them|this)|text\s{1,3}(?:the|it|them)|go\s{1,3}(?:to|into)\s{1,3}(?:the\s{1,3})?[\w-]{1,20}\s{1,3}(?:admin|settings|security|billing)|repeat\s{1,3}the\s{1,3}request|publish|wipe|revoke|leak|reveal|recommend\s{1,3}(?:they|that|selling|buying|users?))(?!\s{1,3}(?:me|us)\b)${NA}`;

/** An English act opening a clause, or after "when you …,". */
const EN_CLAUSE = new RegExp(
  R`(?:^\s{0,3}|[:;.!?—–]\s{0,3}|\bwhen(?:ever)?\s{1,3}you\b[^,\n]{0,80},\s{1,3})${ACT_EN}|${NB}(?:must|should|need\s{1,3}to|have\s{1,3}to|are\s{1,3}to)\s{1,3}(?:also\s{1,3}|now\s{1,3}|first\s{1,3})?${ACT_EN}`,
  "iu",
);
const INTL_ACT = new RegExp(R`${NB}(?:${ACT_ANYWHERE})${NA}|${ACT_SCRIPT}`, "iu");

/** How far after an address its order may stand (the rest of the line, at most this). */
const ACT_REACH = 220;

/** True when an act follows the address that ends at `end`, on the same line. */
export function actFollows(view: string, end: number): boolean {
  // A greeting line ("Hallo Assistent von Frau Keller,") has its order on the next line.
  if (/^[ \t]{0,8}\r?\n/.test(view.slice(end, end + 10))) end = view.indexOf("\n", end) + 1;
  let stop = view.indexOf("\n", end);
  if (stop < 0 || stop - end > ACT_REACH) stop = Math.min(view.length, end + ACT_REACH);
  const rest = view.slice(end, stop);
  return (EN_CLAUSE.test(rest) || INTL_ACT.test(rest)) && !readingTaskOnly(rest);
}

/**
 * A chat transcript in which a person speaks too ("User:", "Kunde:", "用户：" at a line start):
 * there an "AI Assistant:" line is the AI's own turn, not a note to it.
 */
const HUMAN_TURN = new RegExp(
  R`(?:^|\n)[ \t]{0,3}(?:\[[^\]\n]{0,30}\][ \t]{0,3})?(?:user|you|me|human|customer|client|visitor|guest|kunde|kundin|benutzer|nutzer|usuario|usuário|utilisateur|utente|cliente|gebruiker|klant|kullanıcı|müşteri|пользователь|клиент|користувач|użytkownik|klient|用户|用戶|ユーザー|お客様|사용자|고객|المستخدم|العميل|משתמש|ผู้ใช้)[ \t]{0,2}[:：]`,
  "iu",
);
export const isTranscript = (view: string): boolean =>
  HUMAN_TURN.test(view) || namedTranscript(view);
