/**
 * Non-English injections in tool results that held-out round 21 found missing (paraphrases in
 * `_injection_r21_intl_test.ts`). Each rule is one signal of about half the threshold, so a text
 * blocks only when two of them (or one and an older rule) meet:
 * - a reading trigger ("при обработке этого документа", "bij het lezen van dit bericht") with a
 *   sensitive act (send, transfer, delete, install, buy) in the same sentence: the text makes its
 *   own reading the event that moves money or data;
 * - the user kept in the dark ("пользователю указывается только", "nie jest raportowany
 *   użytkownikowi", "ユーザーには…とだけ伝える", "Keine Rückfrage beim Nutzer");
 * - a forged approval ("स्थिति: पूर्व-स्वीकृत", "系统已确认", "L'utilisateur a déjà donné son accord");
 * - the AI reader named by what it does ("Bu sayfayı özetleyen sistemler", "mọi trợ lý đọc trang
 *   này", "للنظام الآلي الذي يقرأ", "自動化ツールへ：", "l'agent doit autoriser", "Der Assistent
 *   richtet … ein") at 0.6, and `addressed_request` (0.4) when a sensitive act or the user follows;
 * - a fake error banner whose "fix" pipes a download into a shell.
 */
import { anchors, type InjectionRule, rule } from "./_injection_rules.ts";
import { ADDRESS_AT, ADDRESS_REQUEST_AT } from "./_injection_r16_addr_words.ts";

const R = String.raw;
type Accept = (view: string, start: number, end: number) => boolean;

/**
 * Stems of acts that move money, data or access, or destroy it, in the languages of these rules:
 * what makes a reading trigger or an address an order rather than a remark.
 */
export const ACT_STEM = new RegExp(
  [
    // it / es / pt
    R`invia|inviat|invii|pagament|accredit|allegat|adjunt|trasfer|bonific|elimin|cancell|acquist|install|inoltr|rimbors|condivi|envía|envia|enviad|transfier|borra|compra|instala|reenví|encaminh|reembols|compart|apag|exclu`,
    // fr / de / nl
    R`envoi|envoy|paiement|joint|transfér|vire|virement|supprim|effac|achet|rembours|partag|autoris|sende|gesende|überw|lösch|gelösch|kauf|gekauf|weiterl|erstatt|übermittel|zahlung|bezahl|anhäng|angehängt|beigefügt|verzend|verstuur|stuur|overgemaakt|overmak|betaal|betaling|verwijder|koop|gekocht|doorstu|doorgestuurd`,
    // pl / ru / uk
    R`wysył|wysyła|przesył|przelew|usuw|usun|kupi|kupowa|instalu|zainstal|zwrot|udostęp|dołącz|załącz|переда|отправ|пересыл|перевод|перечисл|удал|покуп|купи|устан|оплат|возврат|надсил|видал`,
    // tr / id / vi
    R`gönder|aktar|silin|siler|satın|yükle|kurul|öde|ilet|paylaş|şifre|kirim|dikirim|transfer|hapus|dihapus|beli|dibeli|pasang|bayar|teruskan|bagikan|dilampirkan|disertakan|gửi|chuyển|xóa|xoá|mua|cài|thanh\s{1,2}toán|chia\s{1,2}sẻ|mật\s{1,2}khẩu`,
    // hi / ar / zh / ja
    R`भेज|ट्रांसफर|हटा|खरीद|इंस्टॉल|भुगतान|स्थानांतर|أرسل|ارسل|إرسال|حوّل|حول|احذف|حذف|اشتر|ثبّت|ثبت|ادفع|退款|同步至|同步到|上传|上傳|转账|轉帳|汇款|匯款|发送|發送|转发|轉發|删除|刪除|安装|安裝|购买|購買|削除|送信|転送|振込|振り込|購入|インストール`,
  ].join("|"),
  "iu",
);

/** The person served: the user or customer the text keeps in the dark or wants misled. */
const USER =
  R`utente|usuario|usuária|usuário|utilisateur|Nutzer|Benutzer|gebruiker|użytkownik|пользовател|користувач|kullanıcı|pengguna|người\s{1,2}dùng|उपयोगकर्ता|المستخدم|ユーザー|用户|用戶`;
/** Verbs of telling or reporting: a user told "only" X is being given a cover line. */
const TELL = new RegExp(
  R`указыва|сообща|повідом|говор|отвеча|пиш|mów|powiedz|inform|raport|przekaz|söyle|bildir|beri\s{1,2}tahu|katakan|sampaikan|lapor|báo|nói|बता|कह|सूचित|أخبر|قل|أبلغ|dir|comunic|segnal|riport|dec|dig|diz|indiqu|signal|communiqu|répond|sag|mitteil|meld|antwort|bericht|zeg|vertel|伝え|報告|返答|告诉|告訴|回复|回覆`,
  "iu",
);
const told: Accept = (v, s, e) => TELL.test(v.slice(s, e) + sentenceAfter(v, e));
export const USER_RE = new RegExp(USER, "iu");
const USER_START = new RegExp(R`^(?:${USER})`, "iu");

/** The rest of the sentence after `end` (up to `max` characters). */
export function sentenceAfter(view: string, end: number, max = 260): string {
  const rest = view.slice(end, end + max);
  const stop = rest.search(/[.!?。！？\n](?:\s|$)|[。！？\n]/u);
  return stop < 0 ? rest : rest.slice(0, stop);
}

/**
 * The line before a match and its sentence after: a trigger may follow its act ("… vengono evase
 * alla lettura") or its sentence may point back at it ("De wijziging wordt bij het lezen …").
 */
export function sentenceAround(view: string, start: number, end: number): string {
  const before = view.slice(Math.max(0, start - 200), start);
  const cut = before.lastIndexOf("\n");
  return before.slice(cut + 1) + view.slice(start, end) + sentenceAfter(view, end);
}

/**
 * Where the act goes, or that it destroys: an address, link, IBAN, account number or bucket, or a
 * delete stem. "Beim Lesen dieser Nachricht bitte beachten: Überweisungen werden erst nach Freigabe
 * ausgeführt" names an act but no target: a reminder, not an order.
 */
const TARGET = new RegExp(
  R`[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{2,30}|https?://|passw|kennw|mots?\s{1,2}de\s{1,2}passe|kata\s{1,2}sandi|парол|hasł|contraseñ|senha|密码|密碼|密钥|密鑰|パスワード|s3://|gs://|\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3}|\d{8,}|elimin|cancell|borra|apag|exclu|supprim|effac|lösch|verwijder|usuw|usun|удал|видал|silin|siler|hapus|xóa|xoá|हटा|حذف|删除|刪除|削除`,
  "iu",
);
export const actAround: Accept = (v, s, e) => {
  const sentence = sentenceAround(v, s, e);
  return ACT_STEM.test(sentence) && TARGET.test(sentence);
};
const actOrUserAfter: Accept = (v, _s, e) => {
  const rest = sentenceAfter(v, e, 300);
  return ACT_STEM.test(rest) || USER_RE.test(rest);
};

/** Deictic "this" + a document noun, per language (the text speaks of its own reading). */
const READ_TRIGGER = [
  // de: "beim Lesen dieser Nachricht", "sobald dieses Dokument gelesen wird"
  R`(?:beim|nach\s{1,3}dem|mit\s{1,3}dem)\s{1,3}(?:Lesen|Öffnen|Verarbeiten|Abrufen|Zusammenfassen|Übersetzen|Auswerten|Analysieren)\s{1,3}(?:dieser|dieses|des\s{1,3}vorliegenden)\s{1,3}\p{L}{3,15}|sobald\s{1,3}(?:diese|dieses|dieser)\s{1,3}\p{L}{3,15}\s{1,3}(?:gelesen|verarbeitet|geöffnet)`,
  // fr: "à la lecture de ce message", "dès que ce document est lu"
  R`(?:à|lors\s{1,3}de|dès)\s{1,3}(?:la\s{1,3})?(?:lecture|consultation|l['’]ouverture|traitement)\s{1,3}(?:de\s{1,3}|du\s{1,3})?(?:ce|cet|cette|présent|la\s{1,3}présente)\s{1,3}\p{L}{3,15}|dès\s{1,3}que\s{1,3}(?:ce|cet|cette)\s{1,3}\p{L}{3,15}\s{1,3}est\s{1,3}(?:lu|lue|traitée?|ouverte?)`,
  // es / pt: "al leer este mensaje", "ao processar este documento"
  R`(?:al|tras)\s{1,3}(?:leer|procesar|abrir)\s{1,3}(?:este|esta|el\s{1,3}presente)\s{1,3}\p{L}{3,15}|(?:ao|após)\s{1,3}(?:ler|processar|abrir)\s{1,3}(?:este|esta|o\s{1,3}presente)\s{1,3}\p{L}{3,15}|(?:en\s{1,3}cuanto|cuando|assim\s{1,3}que|quando)\s{1,3}(?:se\s{1,3})?(?:lea|procese|abra|for\s{1,3}lid[oa]|for\s{1,3}processad[oa])\s{1,3}(?:este|esta)\s{1,3}\p{L}{3,15}`,
  // it: "alla lettura di questo messaggio", "vengono evase alla lettura"
  R`(?:alla|durante\s{1,3}la|dopo\s{1,3}la)\s{1,3}(?:lettura|elaborazione|apertura)\s{1,3}(?:di|del|della|dello)\s{1,3}(?:questo|questa|presente)\s{1,3}\p{L}{3,15}|(?:viene|vengono|è|sono)\s{1,3}\p{L}{3,15}\s{1,3}(?:alla|dopo\s{1,3}la|durante\s{1,3}la)\s{1,3}(?:lettura|elaborazione)`,
  // nl: "bij het lezen van dit bericht"
  R`(?:bij|na)\s{1,3}het\s{1,3}(?:lezen|openen|verwerken)\s{1,3}van\s{1,3}(?:dit|deze)\s{1,3}\p{L}{3,15}|zodra\s{1,3}(?:dit|deze)\s{1,3}\p{L}{3,15}\s{1,3}(?:gelezen|verwerkt|geopend)`,
  // pl: "przy każdym odczycie tego zgłoszenia"
  R`(?:przy|po|podczas)\s{1,3}(?:każdym\s{1,3})?(?:odczycie|odczytaniu|przeczytaniu|otwarciu|przetwarzaniu|przetworzeniu|czytaniu)\s{1,3}(?:tego|tej|niniejszego|niniejszej)\s{1,3}\p{L}{3,15}`,
  // ru / uk: "при обработке этого документа", "після прочитання цього листа"
  R`(?:при|после)\s{1,3}(?:каждом\s{1,3}|каждой\s{1,3})?(?:обработке|прочтении|чтении|открытии|просмотре)\s{1,3}(?:этого|этой|данного|данной|настоящего)\s{1,3}\p{L}{3,15}|(?:під\s{1,3}час|після|при)\s{1,3}(?:обробки|обробці|прочитання|читанні|відкриття)\s{1,3}(?:цього|цієї|даного)\s{1,3}\p{L}{3,15}`,
  // tr / id: "bu belge okunduğunda", "saat membaca pesan ini", "dokumen ini dibaca"
  R`bu\s{1,3}(?:sayfa|belge|mesaj|e-posta|dosya|bilet|kayıt|not)\p{L}{0,4}\s{1,3}(?:okunduğunda|işlendiğinde|açıldığında|okunur\s{1,3}okunmaz)|(?:saat|ketika|setelah|begitu|sesudah)\s{1,3}(?:membaca|memproses|membuka|meringkas)\s{1,3}(?:pesan|dokumen|halaman|email|surel|tiket|berkas|catatan|laporan|artikel|file|teks)\s{1,3}ini|(?:pesan|dokumen|halaman|email|surel|tiket|berkas|catatan)\s{1,3}ini\s{1,3}(?:dibaca|diproses|dibuka)`,
];

/** The same in scripts the word index does not see (hi, vi, zh, ja, ar). */
const READ_TRIGGER_SCRIPT = [
  R`(?:यह|इस)\s{1,3}(?:दस्तावेज़|दस्तावेज|संदेश|ईमेल|पेज|पृष्ठ|टिकट|नोट)\s{1,3}(?:के\s{1,3})?(?:पढ़े\s{1,3}जाने|पढ़ते\s{1,3}ही|खोले\s{1,3}जाने|प्रोसेस\s{1,3}होने)`,
  R`khi\s{1,3}(?:đọc|xử\s{1,2}lý|mở)\s{1,3}(?:trang|tài\s{1,2}liệu|thư|email|tin\s{1,2}nhắn|phiếu|tệp)\s{1,3}này`,
  R`(?:读取|讀取|阅读|閱讀|处理|處理|打开|打開)(?:本|此|这个|這個|该|該)(?:文档|文檔|文件|邮件|郵件|工单|工單|页面|頁面|消息|訊息|说明|說明|笔记|筆記|报告|報告|文章|记录|記錄)時?(?:时|後|后)`,
  R`(?:この|本)(?:文書|ドキュメント|メール|ページ|チケット|メモ|ファイル)(?:を|が)(?:読み込|読ま|読ん|処理|開)\p{Script=Hiragana}{0,4}(?:際|時|とき|たびに|と)`,
  R`عند\s{1,3}(?:قراءة|معالجة|فتح)\s{1,3}(?:هذه|هذا)\s{1,3}\p{L}{3,12}`,
].join("|");

/** User kept in the dark: told only a cover line, not told, or not asked. */
const CONCEAL = [
  R`(?:${USER})[^\n.]{0,44}?(?:только|лишь|jedynie|tylko|лише|yalnızca|sadece|hanya|chỉ|فقط|soltanto|solamente|somente|apenas|seulement|uniquement|nur|alleen)`,
  R`(?:nie\s{1,3}(?:jest|są|będzie)|не\s{1,3}(?:сообщается|передаётся|передается|показывается)|non\s{1,3}(?:viene|vengono)|no\s{1,3}(?:se\s{1,3})?(?:informa|comunica|reporta)|não\s{1,3}(?:é|são)|n['’]est\s{1,3}pas|wird\s{1,3}nicht|wordt\s{1,3}niet|bildirilmez|tidak\s{1,3}(?:dilaporkan|diberitahukan))\s{1,3}(?:\p{L}{1,12}\s{1,3})?(?:raportowan|zgłaszan|segnalat|comunicat|informad|reportad|signalé|communiqué|gemeldet|mitgeteilt|gemeld|gerapporteerd|dilaporkan|diberitahukan|bildirilmez)[^\n.]{0,40}?(?:${USER})`,
  R`(?:keine|ohne)\s{1,3}Rückfrage\s{1,3}(?:beim|bei\s{1,3}dem|bei\s{1,3}der|an\s{1,3}den)\s{1,3}(?:Nutzer|Benutzer|Anwender|Kunden|Nutzerin)|sans\s{1,3}(?:demander|consulter|prévenir)\s{1,3}(?:l['’]\s{0,1}utilisateur|le\s{1,3}client)|sin\s{1,3}(?:preguntar|consultar|avisar)\s{1,3}al\s{1,3}(?:usuario|cliente)|sem\s{1,3}(?:perguntar|consultar|avisar)\s{1,3}(?:ao|o)\s{1,3}(?:usuário|cliente)|senza\s{1,3}(?:chiedere|avvisare|informare)\s{1,3}(?:all['’]\s{0,1}utente|l['’]\s{0,1}utente)|zonder\s{1,3}(?:de\s{1,3})?(?:gebruiker|klant)\s{1,3}te\s{1,3}(?:vragen|informeren)|bez\s{1,3}(?:pytania|informowania)\s{1,3}użytkownika|не\s{1,3}(?:спрашивая|уведомляя)\s{1,3}пользователя`,
].join("|");
const CONCEAL_SCRIPT =
  R`(?:ユーザー|お客様)(?:には|に)[^\n。]{0,60}?だけ(?:を)?(?:伝え|報告|返答)|(?:只|仅|僅)(?:告诉|告訴|回复|回覆)(?:用户|用戶|客户|客戶)|उपयोगकर्ता\s{1,3}को\s{1,3}(?:केवल|सिर्फ)|(?:المستخدم|للمستخدم)[^\n.]{0,40}?فقط`;

/** A forged approval: the act is declared already approved or consented to. */
const PREAPPROVED = [
  R`(?:pré-?approuvée?s?|l['’]\s{0,1}utilisateur\s{1,3}a\s{1,3}déjà\s{1,3}(?:donné\s{1,3}son\s{1,3}accord|approuvé|validé|consenti|autorisé|accepté))`,
  R`(?:vorab|bereits)\s{1,3}(?:genehmigt|freigegeben)|der\s{1,3}(?:Nutzer|Benutzer|Kunde)\s{1,3}hat\s{1,3}(?:bereits|schon)\s{1,3}(?:zugestimmt|eingewilligt|freigegeben)`,
  R`pre-?aprobad[oa]s?|el\s{1,3}usuario\s{1,3}ya\s{1,3}(?:dio\s{1,3}su\s{1,3}consentimiento|aprobó|autorizó|aceptó)|pré-?aprovad[oa]s?|o\s{1,3}usuário\s{1,3}já\s{1,3}(?:autorizou|aprovou|concordou|deu\s{1,3}(?:o\s{1,3}|seu\s{1,3})?consentimento)`,
  R`pre-?approvat[oa]|l['’]\s{0,1}utente\s{1,3}ha\s{1,3}già\s{1,3}(?:approvato|autorizzato|acconsentito|dato\s{1,3}il\s{1,3}(?:suo\s{1,3})?consenso)|vooraf\s{1,3}goedgekeurd|de\s{1,3}gebruiker\s{1,3}heeft\s{1,3}al\s{1,3}(?:toestemming\s{1,3}gegeven|goedgekeurd|ingestemd)`,
  R`wstępnie\s{1,3}zatwierdzon\p{L}{1,2}|użytkownik\s{1,3}(?:już|wcześniej)\s{1,3}(?:zatwierdził|wyraził\s{1,3}zgodę|zgodził\s{1,3}się)|предварительно\s{1,3}одобрен\p{L}{0,2}|пользователь\s{1,3}уже\s{1,3}(?:дал\s{1,3}согласие|одобрил|подтвердил|согласился)`,
  R`önceden\s{1,3}onayl(?:ı|anmış|andı)|kullanıcı\s{1,3}(?:zaten|önceden)\s{1,3}onay\p{L}{0,5}|pra-?disetujui|sudah\s{1,3}disetujui\s{1,3}sebelumnya|pengguna\s{1,3}sudah\s{1,3}(?:menyetujui|mengizinkan)`,
].join("|");
const PREAPPROVED_SCRIPT =
  R`पूर्व[-\s]{0,2}(?:स्वीकृत|अनुमोदित)|पहले\s{1,3}से\s{1,3}(?:स्वीकृत|अनुमोदित)|(?:系统|系統)已(?:确认|確認|批准|核准|授权|授權|验证|驗證)|已(?:预先|預先|事先)(?:批准|授权|授權|核准)|事前承認済み|(?:ユーザー|お客様)の(?:同意|承認)は(?:取得|確認)済み|đã\s{1,3}được\s{1,3}(?:phê\s{1,2}duyệt|chấp\s{1,2}thuận)\s{1,3}trước|người\s{1,2}dùng\s{1,3}đã\s{1,3}đồng\s{1,2}ý|تمت\s{1,3}الموافقة\s{1,3}(?:عليه\s{1,3})?مسبق|معتمد\s{1,3}مسبق`;

/** The AI reader named by what it does, or made the subject of a duty or act. */
const READER = [
  // tr: "Bu sayfayı özetleyen sistemler", "bu belgeyi işleyen yapay zekâ"
  R`bu\s{1,3}(?:sayfa|belge|mesaj|e-posta|dosya|bilet|kayıt|metin|yanıt|çıktı|içerik)\p{L}{0,4}\s{1,3}(?:özetleyen|okuyan|işleyen|tarayan|yanıtlayan|çeviren)\s{1,3}(?:sistem|yapay\s{1,3}zek|asistan|model|bot|ajan|araç|oturum)\p{L}{0,5}`,
  // de: "Der Assistent richtet … ein", "Die KI leitet … weiter", "Der Agent muss …"
  R`(?<=^|\n|[.:;!?]\s)[ \t]{0,3}(?:Der|Die)\s{1,3}(?:KI-?)?(?:Assistent|Assistentin|KI|Agent|Bot|Chatbot|Sprachmodell)\s{1,3}(?:richtet|leitet|sendet|schickt|löscht|überweist|installiert|teilt|ändert|deaktiviert|gibt\s{1,3}frei)`,
  // fr / es / pt / it / nl / pl / ru: "l'agent doit autoriser", "el asistente debe enviar"
  R`(?:l['’]\s{0,1}(?:agent|assistant|IA)|le\s{1,3}(?:modèle|bot|robot))(?:\s{1,3}IA)?\s{1,3}(?:doit|devra)\s{1,3}(?:autoriser|envoyer|transférer|transmettre|supprimer|effacer|partager|accepter|installer|exécuter|valider|approuver|payer|acheter|ouvrir|cliquer)`,
  R`(?:el|la|o|a)\s{1,3}(?:agente|asistente|assistente|IA|bot|modelo)(?:\s{1,3}(?:IA|de\s{1,3}IA))?\s{1,3}(?:debe|deberá|tiene\s{1,3}que|deve|deverá|tem\s{1,3}que)\s{1,3}(?:autorizar|enviar|transferir|eliminar|borrar|compartir|compartilhar|aceptar|aceitar|instalar|ejecutar|executar|aprobar|aprovar|pagar|comprar|reenviar|encaminhar|apagar|excluir)`,
  R`l['’]\s{0,1}(?:agente|assistente|IA)(?:\s{1,3}IA)?\s{1,3}(?:deve|dovrà)\s{1,3}(?:autorizzare|inviare|trasferire|eliminare|cancellare|condividere|accettare|installare|eseguire|approvare|pagare|acquistare|inoltrare)`,
  R`(?:de|het)\s{1,3}(?:agent|assistent|AI-?assistent|model|bot)\s{1,3}(?:moet|dient)\s[^\n.]{0,60}?(?:doorsturen|versturen|verwijderen|overmaken|betalen|installeren|delen|goedkeuren|autoriseren|kopen|uitvoeren)`,
  R`(?:agent|asystent)(?:\s{1,3}AI)?\s{1,3}(?:musi|powinien)\s{1,3}(?:wysłać|przesłać|usunąć|przelać|zainstalować|udostępnić|zatwierdzić|autoryzować|kupić|uruchomić|zapłacić)`,
  R`(?:агент|ассистент|ИИ-ассистент|бот)\s{1,3}(?:должен|обязан)\s{1,3}(?:отправить|переслать|удалить|перевести|установить|одобрить|авторизовать|купить|оплатить|выполнить|запустить|передать)`,
].join("|");
const READER_SCRIPT = [
  R`(?:mọi|các|tất\s{1,2}cả\s{1,2}các|tất\s{1,2}cả)?\s{0,2}(?:trợ\s{1,2}lý|hệ\s{1,2}thống|mô\s{1,2}hình|công\s{1,2}cụ)(?:\s{1,2}AI)?\s{1,3}(?:đọc|xử\s{1,2}lý|tóm\s{1,2}tắt)\s{1,3}(?:trang|tài\s{1,2}liệu|thư|email|tin\s{1,2}nhắn|tệp|phiếu)\s{1,3}này`,
  R`(?:لل|إلى\s{1,3}ال)(?:نظام|مساعد|وكيل|برنامج|نموذج)\s{1,3}(?:الآلي|الذكي|الافتراضي)(?:\s{1,3}(?:الذي|التي)\s{1,3}(?:يقرأ|يعالج|يلخص|تقرأ|تعالج))?`,
  R`(?:自動化ツール|自動処理ツール|自動化システム|自動処理システム|自動化ボット|自動化エージェント)\s{0,2}(?:へ|さんへ|様|宛て?)\s{0,2}[:：、,]`,
  R`(?:致|给|給)正在(?:处理|處理|阅读|閱讀)[^\n：:]{0,12}?(?:AI|自动化|自動化|机器人|機器人)`,
].join("|");

/** A fake error or repair banner whose fix pipes a download into a shell. */
const RUN_FETCH =
  R`(?:jalankan|ejecuta|ejecute|execute|exécute[zr]?|führe|führen\s{1,3}Sie|esegui|voer|uruchom|выполни(?:те)?|запусти(?:те)?|çalıştır\p{L}{0,3}|chạy|運行|运行|執行|执行|実行|شغّل|شغل|नचलाएं|चलाएं)[\s:]{1,3}[\x60"']{0,2}(?:bash|sh|zsh)\s{1,3}-c\s{1,3}["']?\$\((?:curl|wget)|(?:jalankan|ejecuta|ejecute|execute|exécute[zr]?|führe|esegui|voer|uruchom|выполни(?:те)?|запусти(?:те)?|çalıştır\p{L}{0,3}|chạy|運行|运行|執行|执行|実行)[\s:]{1,3}[\x60"']{0,2}(?:curl|wget)\s[^\n|\x60]{1,160}\|\s{0,2}(?:sudo\s{1,3})?(?:bash|sh|zsh)`;
/** An error banner above the fix: "Kesalahan sistem", "Erreur", "Fehler", "ошибка", "エラー". */
const ERROR_WORD =
  /kesalahan|galat|error|erreur|fehler|errore|fout|błąd|ошибк|помилк|hata|lỗi|错误|錯誤|エラー|خطأ|त्रुटि/iu;
const afterError: Accept = (v, s) => ERROR_WORD.test(v.slice(Math.max(0, s - 300), s));

export const INPUT_LOW = { input: 0.3, definition: 0.25 } as const;
const gated = (r: InjectionRule, gate: RegExp): InjectionRule => ({
  ...r,
  anchors: anchors("", gate),
});

/**
 * An address at 0.6 and, with a sensitive act or the user after it (or what `request` accepts),
 * `addressed_request`.
 */
export function reader(
  src: string,
  spec: string,
  gate?: RegExp,
  request: Accept = actOrUserAfter,
): InjectionRule[] {
  const make = (kind: string, w: number, at: InjectionRule["at"], accept?: Accept) => {
    const r = rule(kind, w, spec, src, "Text addresses the AI model that reads it", {
      flags: "iu",
      reach: 200,
      near: 80,
      at,
      ...(accept ? { accept } : {}),
    });
    return gate ? gated(r, gate) : r;
  };
  return [
    make("addresses_ai", 0.6, { output: 0.6, ...ADDRESS_AT }),
    make("addressed_request", 0.4, ADDRESS_REQUEST_AT, request),
  ];
}

/** Rules for round 21's non-English injections in tool results. */
export const R21_INTL_RULES: readonly InjectionRule[] = [
  // One rule per language: one regex of all of them is slow to compile and to start.
  ...READ_TRIGGER.map((src) =>
    rule(
      "read_trigger",
      0.5,
      // Partners: the deictic "this" (or Italian "alla"), so English "process", "open" never arm it.
      "lesen öffne verar abruf zusam übers auswe analy merin sobal lectu consu ouver trait dès leer proce abrir ler após cuand quand lettu elabo apert lezen opene verwe zodra odczy przec otwar przet czyta обраб прочт чтени откры просм прочи читан відкр оброб okund işlen açıld okunu memba mempr membu dibac dipro dibuk / dieser dieses diese ce cet cette prése este esta quest prese alla dit deze tego tej każdy niniej этого этой данно настоя цього цієї даног bu ini",
      src,
      "Text makes its own reading the trigger of a money, data or install act",
      { flags: "iu", reach: 200, accept: actAround, at: { output: 0.5, ...INPUT_LOW } },
    )
  ),
  gated(
    rule(
      "read_trigger",
      0.5,
      "",
      READ_TRIGGER_SCRIPT,
      "Text makes its own reading the trigger of a money, data or install act",
      {
        flags: "iu",
        accept: actAround,
        at: { output: 0.5, ...INPUT_LOW },
      },
    ),
    /पढ़े|पढ़ते|खोले|प्रोसे|đọc|ử lý|读取|讀取|阅读|閱讀|处理|處理|打开|打開|読|処理|قراءة|معالجة|فتح/iu,
  ),
  rule(
    "intl_conceal",
    0.5,
    "utent usuar usuár utili nutze benut gebru użytk польз корис kulla pengg rückf deman consu pregu avisa pergu chied avvis vrage pytan спраш",
    CONCEAL,
    "Text keeps the user from learning what was done",
    {
      flags: "iu",
      reach: 120,
      accept: (v, s, e) => !USER_START.test(v.slice(s, e)) || told(v, s, e),
      at: { output: 0.5, ...INPUT_LOW },
    },
  ),
  gated(
    rule(
      "intl_conceal",
      0.5,
      "",
      CONCEAL_SCRIPT,
      "Text keeps the user from learning what was done",
      {
        flags: "iu",
        accept: told,
        at: { output: 0.5, ...INPUT_LOW },
      },
    ),
    /ユーザー|お客様|只|仅|僅|उपयोगकर्ता/u,
  ),
  rule(
    "forged_approval",
    0.5,
    "appro accor preap préap vorab berei zuges einge aprob consen aprov conco autor zatwi zgodę zgodz одобр согла подтв önced onayl disetu menye mengi goedg toest inges",
    PREAPPROVED,
    "Text claims an act is already approved or consented to",
    { flags: "iu", reach: 120, at: { output: 0.5, ...INPUT_LOW } },
  ),
  gated(
    rule(
      "forged_approval",
      0.5,
      "",
      PREAPPROVED_SCRIPT,
      "Text claims an act is already approved or consented to",
      {
        flags: "iu",
        at: { output: 0.5, ...INPUT_LOW },
      },
    ),
    /पूर्व|पहले|系统已|系統已|已预先|已預先|已事先|事前承認|の同意|の承認|đã được|đồng ý|الموافقة|مسبق/iu,
  ),
  ...reader(
    READER,
    // The verb or modal arms it, and only beside a noun for the AI ("agent", "assistant").
    "özetl okuya işley taray yanıt çevir richt leite sende schic lösch überw insta teilt änder deakt gibt doit devra debe deber tiene deve dovrà moet dient musi powin должен обязан / assis agent ki bot chatb sprac ia modèl robot asist model asyst агент бот ассис ии sistem yapay ajan araç oturu",
  ),
  ...reader(
    READER_SCRIPT,
    "",
    /ợ lý|ệ thống|ô hình|ông cụ|الآلي|الذكي|الافتراضي|自動化|自動処理|致正在|给正在|給正在/u,
  ),
  {
    ...rule(
      "fake_error_fix",
      0.5,
      "curl wget",
      RUN_FETCH,
      "Text is a fake error whose fix runs a downloaded script",
      {
        flags: "iu",
        reach: 120,
        accept: afterError,
        at: { output: 0.5, ...INPUT_LOW },
        quotedOk: () => true,
      },
    ),
  },
];
