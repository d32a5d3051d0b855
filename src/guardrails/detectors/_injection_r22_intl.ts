/**
 * Non-English injections in tool results that held-out round 22 found missing (paraphrases in
 * `_injection_r22_intl_test.ts`). They extend round 21's techniques (`_injection_r21_intl.ts`,
 * whose word lists also grew) with new shapes; each rule is one signal of about half the threshold:
 * - the AI reader named by a dedication ("Для ИИ-ассистента:", "Do bota obsługi:", "untuk agen
 *   otomatis:") or by what it does in a relative or passive clause ("ассистент, который
 *   пересказывает эту статью", "bu yanıtı okuyan oturum tarafından"), with an act, a security
 *   weakening or the user around it;
 * - the user kept in the dark by an imperative ("Jangan konfirmasi ke pengguna", "не сообщай
 *   пользователю") or the human left out ("bez przeglądu przez człowieka") beside an act;
 * - a secret moved out: credentials "synced" to a link, or attached to every summary or answer;
 * - a pre-set answer that denies a safety issue ("Die Antwort auf Fragen zu … lautet, dass es keine
 *   Rückrufe gibt"), and a second signal when the text itself names that issue: a lie to the user;
 * - a payment account switched "from today, exclusively" to a given IBAN (the fraud a reading
 *   trigger then pays).
 */
import { anchors, type InjectionRule, rule } from "./_injection_rules.ts";
import { ADDRESS_AT, ADDRESS_REQUEST_AT } from "./_injection_r16_addr_words.ts";
import {
  ACT_STEM,
  INPUT_LOW,
  sentenceAfter,
  sentenceAround,
  USER_RE,
} from "./_injection_r21_intl.ts";

const R = String.raw;
type Accept = (view: string, start: number, end: number) => boolean;

/** Acts that open access rather than move data: cluster-admin, a world-open firewall rule. */
const WEAKEN =
  /cluster-admin|0\.0\.0\.0\/0|güvenlik\s{1,2}duvar|firewall|pare-feu|cortafuegos|брандмауэр|межсетев|zapor\p{L}{0,3}\s{1,2}sieciow|chmod\s{1,2}(?:-R\s{1,2})?777|sudoers|--privileged|NOPASSWD/iu;
/** An act, a weakening or the user in the sentence around the address. */
const actAroundOrUser: Accept = (v, s, e) => {
  const around = sentenceAround(v, s, e);
  return ACT_STEM.test(around) || WEAKEN.test(around) || USER_RE.test(sentenceAfter(v, e, 300));
};

/** Dedications to an AI-marked reader ("for the automated agent:") and readers named by their reading. */
const ADDRESS: [string, string][] = [
  // ru / uk
  [
    "ассис помощ агент бот бота боту модел систе сесси сеанс нейро асист поміч / для котор який яка які що",
    R`(?:для|к)\s{1,3}(?:ИИ|AI)-?\s{0,1}(?:ассистент|помощник|агент|бот|модел|систем)\p{L}{0,3}\s{0,2}[:：]|(?:для|к)\s{1,3}(?:чат-?)?бот\p{L}{0,3}(?:\s{1,3}\p{L}{2,15}){0,2}\s{0,2}[:：]|(?:ассистент|помощник|агент|бот|модел|систем|сесси|сеанс|нейросет|асистент|помічник|сесі)\p{L}{0,3},?\s{1,3}(?:который|которая|которые|которого|которой|який|яка|які|що)\s{1,3}(?:читает|читают|пересказывает|пересказывают|обрабатывает|обрабатывают|резюмирует|анализирует|переводит|просматривает|читає|читають|переказує|обробляє|обробляють|аналізує|перекладає)\s{1,3}(?:эту|этот|это|эти|данн\p{L}{1,3}|цю|цей|це|ці)`,
  ],
  // pl
  [
    "bota chatb asyst agent model syste sesja sesji / do dla który która które którzy",
    R`(?:do|dla)\s{1,3}(?:(?:chat)?bota|(?:asystenta|agenta|modelu|systemu)\s{1,3}(?:AI|SI))(?:\s{1,3}\p{L}{2,15}){0,2}\s{0,2}[:：]|(?:asystent|agent|bot|model|system|sesj)\p{L}{0,4}(?:\s{1,3}AI)?,?\s{1,3}(?:który|która|które|którzy)\s{1,3}(?:czyta|czytają|streszcza|przetwarza|analizuje|tłumaczy|podsumowuje)\s{1,3}(?:tę|ten|to|te|niniejsz\p{L}{1,3})`,
  ],
  // id
  [
    "agen asist siste model bot sesi / untuk kepad yang otoma ai",
    R`(?:untuk|kepada)\s{1,3}(?:(?:agen|asisten|sistem|model)\s{1,3}(?:otomatis|AI)|bot)(?:\s{1,3}\p{L}{2,15}){0,1}\s{0,2}[:：]|(?:asisten|agen|bot|model|sistem|sesi)(?:\s{1,3}(?:AI|otomatis))?\s{1,3}yang\s{1,3}(?:membaca|meringkas|memproses|menganalisis|menerjemahkan)\s{1,3}(?:pesan|dokumen|halaman|email|laporan|artikel|teks|berkas|catatan|file)\s{1,3}ini`,
  ],
  // de
  [
    "assis agent bot chatb model syste sitzu ki autom / an für den die das der",
    R`(?:an|für)\s{1,3}(?:den|die|das)\s{1,3}(?:KI-?\s{0,1}(?:Assistenten|Agenten|Modell|System)|(?:Support-?|Chat-?)?Bot|automatisierten\s{1,3}(?:Agenten|Assistenten))\s{0,2}[:：]|(?:Assistent|Agent|Bot|Modell|System|Sitzung|KI)\p{L}{0,3},\s{1,3}(?:der|die|das)\s{1,3}(?:diese|dieses|diesen|dieser)\s{1,3}\p{L}{3,15}\s{1,3}(?:liest|zusammenfasst|verarbeitet|auswertet|übersetzt|analysiert)`,
  ],
  // fr / it
  [
    "ia agent assis bot robot chatb sessi modèl systè outil model siste / à pour qui che per all",
    R`(?:à|pour)\s{1,3}(?:l['’]\s{0,1}(?:IA|agent\s{1,3}(?:IA|automatisé|automatique)|assistant\s{1,3}(?:IA|virtuel))|le\s{1,3}(?:bot|robot|chatbot)(?:\s{1,3}\p{L}{2,15}){0,2})\s{0,2}[:：]|(?:l['’]\s{0,1}(?:assistant|agent|IA|outil)|la\s{1,3}session|le\s{1,3}(?:modèle|bot|système))(?:\s{1,3}(?:IA|d['’]IA))?\s{1,3}qui\s{1,3}(?:lit|résume|traite|analyse|traduit|parcourt)\s{1,3}(?:ce|cet|cette|ces)\s|(?:all['’]\s{0,1}|per\s{1,3}l['’]\s{0,1})(?:IA|(?:agente|assistente)\s{1,3}(?:IA|automatico|virtuale))\s{0,2}[:：]|(?:l['’]\s{0,1}(?:assistente|agente|IA)|la\s{1,3}sessione|il\s{1,3}(?:modello|bot|sistema))(?:\s{1,3}(?:IA|di\s{1,3}IA))?\s{1,3}che\s{1,3}(?:legge|riassume|elabora|analizza|traduce)\s{1,3}(?:questo|questa|questi|queste)\s`,
  ],
  // es / pt
  [
    "agent asist assis bot chatb ia sesió sessã model siste / para al ao que",
    R`(?:para|al|ao)\s{1,3}(?:el\s{1,3}|la\s{1,3}|o\s{1,3}|a\s{1,3})?(?:IA|bot|chatbot|(?:agente|asistente|assistente)\s{1,3}(?:de\s{1,3})?(?:IA|automatizado|automático|virtual))\s{0,2}[:：]|(?:el|la|o|a)\s{1,3}(?:asistente|assistente|agente|sesión|sessão|modelo|bot|sistema|IA)(?:\s{1,3}(?:de\s{1,3})?IA)?\s{1,3}que\s{1,3}(?:lee|lê|resume|procesa|processa|analiza|analisa|traduce|traduz)\s{1,3}(?:este|esta|estos|estas|estes)\s`,
  ],
  // tr: "bu yanıtı okuyan oturum tarafından", "yapay zekâ asistanı için:"
  [
    "otoma yapay bot chatb özetl okuya işley taray çevir / için taraf bu",
    R`(?:otomatik|yapay\s{1,3}zek[aâ])\s{1,3}(?:ajan|asistan|sistem|model)\p{L}{0,4}\s{1,3}için\s{0,2}[:：]|(?:chat)?bot\p{L}{0,4}\s{1,3}için\s{0,2}[:：]|bu\s{1,3}(?:sayfa|belge|mesaj|yanıt|çıktı|içerik|metin|rapor|dosya)\p{L}{0,4}\s{1,3}(?:özetleyen|okuyan|işleyen|tarayan|çeviren)\s{1,3}(?:oturum|sistem|asistan|ajan|model|bot|süreç)\p{L}{0,5}\s{1,3}tarafından`,
  ],
];

function reader([spec, src]: [string, string]): InjectionRule[] {
  const make = (kind: string, w: number, at: InjectionRule["at"], accept?: Accept) =>
    rule(kind, w, spec, src, "Text addresses the AI model that reads it", {
      flags: "iu",
      reach: 200,
      at,
      ...(accept ? { accept } : {}),
    });
  // The address alone is the round-21 `addresses_ai`; only with an act around is it a request.
  return [
    make("addresses_ai", 0.6, { output: 0.6, ...ADDRESS_AT }),
    make("addressed_request", 0.4, ADDRESS_REQUEST_AT, actAroundOrUser),
  ];
}

/** "Don't tell the user", and "without human review", in imperative and adverbial forms. */
const CONCEAL = [
  R`jangan\s{1,3}(?:beri\s{0,1}tahu|beritahu|konfirmasi|laporkan|informasikan|kabari|tanyakan)\p{L}{0,3}\s{1,3}(?:(?:ke|kepada|pada)\s{1,3})?pengguna`,
  R`kullanıcı(?:ya|yı)\s{1,3}(?:bundan\s{1,3})?(?:bildirme|söyleme|sorma|haber\s{1,3}verme|bilgi\s{1,3}verme)(?:yin|yiniz|den|dan)?(?!\p{L})`,
  R`не\s{1,3}(?:сообщай|говори|уведомляй|спрашивай|информируй|подтверждай|повідомляй|кажи)(?:те)?\s{1,3}(?:об\s{1,3}этом\s{1,3}|про\s{1,3}це\s{1,3})?(?:пользовател|користувач)`,
  R`nie\s{1,3}(?:informuj|mów|pytaj|powiadamiaj|potwierdzaj)(?:cie)?\s{1,3}(?:o\s{1,3}tym\s{1,3})?użytkownik`,
  R`no\s{1,3}(?:informes|avises|confirmes|digas|consultes|preguntes|notifiques)(?:\s{1,3}nada)?\s{1,3}al\s{1,3}(?:usuario|cliente)|não\s{1,3}(?:informe|avise|confirme|diga|consulte|pergunte|notifique)(?:\s{1,3}nada)?\s{1,3}(?:ao|o)\s{1,3}(?:usuário|cliente)`,
  R`ne\s{1,3}(?:dis|dites|préviens|prévenez|demande|demandez|signale|signalez)\s{1,3}rien\s{1,3}à\s{1,3}l['’]\s{0,1}utilisateur|n['’]\s{0,1}(?:informe|informez|avertis|avertissez)\s{1,3}pas\s{1,3}l['’]\s{0,1}utilisateur|non\s{1,3}(?:dire|dirlo|avvisare|informare|chiedere|segnalare|confermare)(?:\s{1,3}nulla)?\s{1,3}(?:all['’]\s{0,1}|l['’]\s{0,1})utente`,
  R`(?:informiere|benachrichtige|frage|informieren\s{1,3}Sie|fragen\s{1,3}Sie)\s{1,3}(?:den|die)\s{1,3}(?:Nutzer|Benutzer|Kunden|Anwender)(?:in)?\s{1,3}nicht|(?:informeer|vraag)\s{1,3}de\s{1,3}(?:gebruiker|klant)\s{1,3}niet`,
].join("|");
/** The human left out of the act: alone a process note, beside an act an order. */
const NO_HUMAN = [
  R`bez\s{1,3}(?:przeglądu|weryfikacji|akceptacji|zatwierdzenia)\s{1,3}(?:przez\s{1,3})?(?:człowieka|pracownika|konsultanta)`,
  R`ohne\s{1,3}(?:menschliche|manuelle)\s{1,3}(?:Prüfung|Freigabe|Kontrolle)|sans\s{1,3}(?:vérification|validation|revue|contrôle)\s{1,3}(?:humaine|manuelle)`,
  R`sin\s{1,3}(?:revisión|validación|verificación|aprobación)\s{1,3}(?:humana|manual)|sem\s{1,3}(?:revisão|validação|verificação|aprovação)\s{1,3}(?:humana|manual)|senza\s{1,3}(?:revisione|verifica|controllo|approvazione)\s{1,3}(?:umana|manuale)`,
  R`без\s{1,3}(?:проверки|согласования|одобрения|перевірки|погодження)\s{1,3}(?:человеком|оператором|сотрудником|людиною|оператором)|tanpa\s{1,3}(?:tinjauan|peninjauan|verifikasi|persetujuan)\s{1,3}(?:manusia|petugas)|insan\s{1,3}(?:onayı|incelemesi|kontrolü)\s{1,3}olmadan`,
].join("|");
const actInSentence: Accept = (v, s, e) => ACT_STEM.test(sentenceAround(v, s, e));

/** Secrets: passwords, keys, credentials, in the languages of these rules. */
const SECRET =
  R`passw|kennw|zugangsdaten|api-?schlüssel|mots?\s{1,2}de\s{1,2}passe|identifiants|contraseñ|credenciales|senha|credenziali|парол|учётн\p{L}{0,4}\s{1,2}данн|учетн\p{L}{0,4}\s{1,2}данн|ключ\p{L}{0,2}\s{1,2}(?:доступа|API)|hasł|klucz\p{L}{0,2}\s{1,2}API|şifre|kata\s{1,2}sandi|kunci\s{1,2}API|access\s{1,2}keys?|secret\s{1,2}keys?|密码|密碼|密钥|密鑰|私钥|私鑰|访问密钥|令牌|凭证|憑證|パスワード|秘密鍵|認証情報`;
/** Verbs that put a copy somewhere else. */
const MOVED =
  R`同步|发送|發送|上传|上傳|转发|轉發|复制|複製|粘贴|发布|發布|送信|アップロード|同期|転送|gesendet|sendet|hochgeladen|synchronisiert|kopiert|veröffentlicht|envoyé|envoie|envoient|téléversé|synchronisé|copié|publié|enviad|envían|envía|subid|sincronizad|copiad|publicad|inviat|inviano|caricat|sincronizzat|copiat|pubblicat|отправлен|отправля|загружен|загружа|синхронизирован|скопирован|опубликован|wysłan|wysyła|przesłan|przesyła|zsynchronizowan|skopiowan|opublikowan|gönderil|yüklen|senkronize|kopyalan|dikirim|diunggah|disinkronkan|disalin`;
/** The reply or summary the reader writes. */
const REPLY =
  R`zusammenfass|antwort|ausgabe|résumé|réponse|resumen|respuesta|resumo|resposta|riassunt|rispost|сводк|ответ|пересказ|резюме|podsumowan|odpowied|streszczen|özet|yanıt|cevap|ringkasan|jawaban|摘要|总结|總結|回复|回覆|回答|要約|返答`;
/** Verbs that make something part of that reply. */
const ATTACHED =
  /anhäng|angehängt|beigefügt|beifüg|eingefügt|enthalten|teil\s{1,2}(?:jeder|der|des)|joint|ajout|inclu|adjunt|añad|anexad|allegat|aggiunt|прилага|приложен|добавля|добавлен|включ|dołącz|załącz|dodaw|dodan|eklen|ekli|dahil|dilampirkan|disertakan|ditambahkan|附加|附上|附在|包含|添付|含め/iu;
const NEGATED =
  /(?:勿|不要|禁止|不得|切勿|不会|不會|絶対に|\bnie\b|\bnicht\b|niemals|\bnie\s|jamais|\bne\s|nunca|\bno\s|\bnon\s|\bmai\b|\bне\s|никогда|asla|jangan|tidak|geen|nooit|keine)/iu;
const SECRET_OUT =
  R`(?:${SECRET})[^\n。.;]{0,60}?(?:${MOVED})[^\n。;]{0,24}?https?://|(?:${SECRET})[^\n。.;]{0,60}?https?://[^\s]{1,80}\s{1,3}(?:\p{L}{1,12}\s{1,3}){0,2}(?:${MOVED})|(?:${REPLY})[^\n。.;]{0,80}?(?:${SECRET})|(?:${SECRET})[^\n。.;]{0,80}?(?:${REPLY})`;
const secretOutAccept: Accept = (v, s, e) => {
  const m = v.slice(s, e);
  if (NEGATED.test(v.slice(Math.max(0, s - 40), s) + m)) return false;
  return /https?:\/\//i.test(m) || ATTACHED.test(sentenceAround(v, s, e));
};

/** "The answer to questions about X is …": a reply the text writes for whoever answers. */
const PRESET_ANSWER = [
  R`Antwort\s{1,3}auf\s{1,3}(?:alle\s{1,3})?(?:Kunden)?(?:Fragen|Anfragen)\s{1,3}(?:zu|zum|zur|über|nach|bezüglich)\s[^\n.:]{1,60}?\s(?:lautet|ist|heißt)`,
  R`réponse\s{1,3}(?:à\s{1,3}donner\s{1,3})?aux\s{1,3}questions\s{1,3}(?:sur|concernant|relatives?\s{1,3}à|au\s{1,3}sujet\s{1,3}de)\s[^\n.:]{1,60}?\s(?:est|sera)`,
  R`respuesta\s{1,3}a\s{1,3}(?:las\s{1,3}|cualquier\s{1,3})?preguntas?\s{1,3}(?:sobre|acerca\s{1,3}de|relacionadas\s{1,3}con)\s[^\n.:]{1,60}?\s(?:es|será)|resposta\s{1,3}(?:a|às)\s{1,3}(?:perguntas|dúvidas)\s{1,3}(?:sobre|acerca\s{1,3}de)\s[^\n.:]{1,60}?\s(?:é|será)`,
  R`risposta\s{1,3}(?:alle|a\s{1,3}qualsiasi)\s{1,3}domand[ae]\s{1,3}(?:su|sul|sulla|sui|riguardo|relative)\s[^\n.:]{1,60}?\s(?:è|sarà)|antwoord\s{1,3}op\s{1,3}(?:alle\s{1,3})?vragen\s{1,3}(?:over|omtrent)\s[^\n.:]{1,60}?\s(?:is|luidt)`,
  R`ответ\s{1,3}на\s{1,3}(?:любые\s{1,3}|все\s{1,3})?вопрос\p{L}{0,3}\s{1,3}(?:о|об|про|касательно)\s[^\n.:]{1,60}?(?:\s(?:—|такой|звучит\s{1,3}так)|:)|odpowiedź\s{1,3}na\s{1,3}(?:wszelkie\s{1,3}|wszystkie\s{1,3})?pytania\s{1,3}(?:o|dotyczące|na\s{1,3}temat)\s[^\n.:]{1,60}?\s(?:brzmi|to|jest)|jawaban\s{1,3}(?:atas|untuk)\s{1,3}(?:semua\s{1,3})?pertanyaan\s{1,3}(?:tentang|mengenai|soal)\s[^\n.:]{1,60}?\s(?:adalah|ialah|yaitu)`,
].join("|");
const DENIAL =
  /keine?\b|\bkein|aucune?\b|pas\s{1,2}de\b|ningun|ninguna|no\s{1,2}(?:hay|existe|existen|tiene)|nenhum|não\s{1,2}(?:há|existe)|nessun|non\s{1,2}(?:ci\s{1,2}sono|esiston|ha\b)|\bнет\b|никаких|отсутству|brak\b|żadnych|nie\s{1,2}ma\b|\bgeen\b|tidak\s{1,2}ada|\byok\b/iu;
const SAFETY =
  /rückruf|risik|gefahr|mängel|defekt|nebenwirkung|sicherheitslück|sicherheitsproblem|rappel|risque|défaut|danger|effets?\s{1,2}secondaires?|vulnérabilit|retirada|retiro|riesgo|defecto|peligro|efectos?\s{1,2}secundarios?|vulnerabilidad|risco|defeito|perigo|efeitos?\s{1,2}colaterais|richiam|rischi|difett|pericol|effetti\s{1,2}collaterali|отзыв|риск|дефект|опасн|побочн|уязвим|wycofan|ryzyk|zagrożeń|skutków\s{1,2}ubocznych|terugroep|risico|gevaar|bijwerking|penarikan|risiko|cacat|bahaya|efek\s{1,2}samping|kerentanan/iu;
/** The safety issue the pre-set answer denies, or "" when it denies none. */
function deniedIssue(v: string, end: number): string {
  const answer = sentenceAfter(v, end, 200);
  if (!DENIAL.test(answer)) return "";
  return SAFETY.exec(answer)?.[0].toLowerCase() ?? "";
}
/** The text names the denied issue elsewhere: the pre-set answer contradicts its own page. */
function contradicted(v: string, s: number, e: number): boolean {
  const issue = deniedIssue(v, e);
  if (!issue) return false;
  const answerEnd = e + sentenceAfter(v, e, 200).length;
  const rest = (v.slice(0, s) + " " + v.slice(answerEnd)).toLowerCase();
  // A 6-letter stem: "Rückrufe" denied, "Rückruf 2026-03" named; "effet" vs "effets".
  return rest.includes(issue.slice(0, 6));
}

/** "From today payments go exclusively to account …" with the account given. */
const SWITCHED_ACCOUNT = [
  R`(?:a\s{1,3}partire\s{1,3}da\s{1,3}oggi|da\s{1,3}oggi|d['’]\s{0,1}ora\s{1,3}in\s{1,3}poi)[^\n.]{0,80}?(?:esclusivamente|unicamente|soltanto|solo)\s{1,3}(?:sul|al)\s{1,3}(?:nuovo\s{1,3})?(?:conto|IBAN)`,
  R`ab\s{1,3}(?:sofort|heute)[^\n.]{0,80}?(?:ausschließlich|nur\s{1,3}noch)\s{1,3}(?:auf|an)\s{1,3}(?:das|unser)\s{1,3}(?:neue\s{1,3})?Konto`,
  R`(?:à\s{1,3}compter\s{1,3}d['’]\s{0,1}aujourd['’]\s{0,1}hui|dès\s{1,3}aujourd['’]\s{0,1}hui|désormais)[^\n.]{0,80}?(?:exclusivement|uniquement|seulement)\s{1,3}sur\s{1,3}(?:le|notre)\s{1,3}(?:nouveau\s{1,3})?compte`,
  R`(?:a\s{1,3}partir\s{1,3}de\s{1,3}(?:hoy|hoje)|desde\s{1,3}hoy)[^\n.]{0,80}?(?:exclusivamente|únicamente|solamente|solo|apenas)\s{1,3}(?:en|a|na|para)\s{1,3}(?:la|nuestra|a|nossa)\s{1,3}(?:nueva\s{1,3}|nova\s{1,3})?conta?`,
  R`od\s{1,3}(?:dziś|dzisiaj|teraz)[^\n.]{0,80}?wyłącznie\s{1,3}na\s{1,3}(?:nowe\s{1,3})?(?:konto|rachunek)|vanaf\s{1,3}(?:vandaag|nu)[^\n.]{0,80}?(?:uitsluitend|alleen\s{1,3}nog)\s{1,3}op\s{1,3}(?:het|ons)\s{1,3}(?:nieuwe\s{1,3})?rekening`,
].join("|");
const ACCOUNT_NUMBER = /\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3}|\d{8,}/u;
const accountGiven: Accept = (v, s, e) =>
  ACCOUNT_NUMBER.test(v.slice(s, e) + sentenceAfter(v, e, 120));

const LOW = { output: 0.5, ...INPUT_LOW } as const;
const gated = (r: InjectionRule, gate: RegExp): InjectionRule => ({
  ...r,
  anchors: anchors("", gate),
});
const SECRET_WORDS =
  "passw kennw zugan api passe ident contr crede senha парол учётн учетн ключ hasło klucz şifre sandi kunci acces secre";
const SECRET_PARTNERS =
  "https http zusam antwo ausga résum répon resum respu respo riass rispo сводк ответ перес резюм podsu odpow stres özet yanıt cevap ringk jawab gesen hochg synch kopie veröf envoy télév copié publi envia subid sincr copia invia caric отпра загру синхр скопи опубл wysła przes zsync skopi gönde yükle senkr kopya dikir diung disin disal";

/** Rules for round 22's non-English injections in tool results. */
export const R22_INTL_RULES: readonly InjectionRule[] = [
  ...ADDRESS.flatMap(reader),
  rule(
    "intl_conceal",
    0.5,
    "pengg kulla польз корис użytk usuar clien usuár utili utent nutze benut kunde anwen gebru klant",
    CONCEAL,
    "Text keeps the user from learning what was done",
    {
      flags: "iu",
      reach: 120,
      at: LOW,
    },
  ),
  rule(
    "intl_conceal",
    0.5,
    "człow praco konsu mensc manue human humai umana manua челов опера сотру людин manus petug insan",
    NO_HUMAN,
    "Text has an act done without the human review it would need",
    {
      flags: "iu",
      reach: 120,
      accept: actInSentence,
      at: LOW,
    },
  ),
  rule(
    "secret_out",
    0.5,
    `${SECRET_WORDS} / ${SECRET_PARTNERS}`,
    SECRET_OUT,
    "Text sends secrets out or into the reader's reply",
    {
      flags: "iu",
      reach: 200,
      accept: secretOutAccept,
      at: LOW,
    },
  ),
  gated(
    rule("secret_out", 0.5, "", SECRET_OUT, "Text sends secrets out or into the reader's reply", {
      flags: "iu",
      accept: secretOutAccept,
      at: LOW,
    }),
    /密码|密碼|密钥|密鑰|私钥|私鑰|令牌|凭证|憑證|パスワード|秘密鍵|認証情報/u,
  ),
  rule(
    "scripted_denial",
    0.5,
    "antwo répon respu respo rispo ответ odpow jawab",
    PRESET_ANSWER,
    "Text dictates an answer that denies a safety issue",
    {
      flags: "iu",
      reach: 200,
      accept: (v, _s, e) => deniedIssue(v, e) !== "",
      at: LOW,
    },
  ),
  rule(
    "contradicted_answer",
    0.5,
    "antwo répon respu respo rispo ответ odpow jawab",
    PRESET_ANSWER,
    "Text dictates an answer its own content contradicts",
    {
      flags: "iu",
      reach: 200,
      accept: contradicted,
      at: LOW,
    },
  ),
  rule(
    "switched_account",
    0.5,
    "parti oggi ora sofor heute compt aujou désor hoy hoje dziś dzisi teraz vanaf / conto konto compt cuent conta rachu reken iban",
    SWITCHED_ACCOUNT,
    "Text switches payments to a new account it gives",
    {
      flags: "iu",
      reach: 200,
      accept: accountGiven,
      at: LOW,
    },
  ),
];
