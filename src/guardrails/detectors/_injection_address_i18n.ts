/**
 * An AI assistant addressed in a tool result and asked for a CONSEQUENTIAL act, in ~50 languages:
 * two concept lexicons combined within one clause, not sentences.
 *
 * 1. ADDRESS — the reader named as an AI ("KI-Assistent", "assistente virtuale", "ИИ-помощник",
 *    "AI助手", "المساعد الذكي", "trợ lý ảo", "@assistant", "Dear AI") and spoken to: a greeting
 *    before it, a dative or note label with a colon after it ("Vermerk für den KI-Assistenten:",
 *    "AIアシスタントへ：", "AI 비서에게:"), or a vocative comma/dash at a clause start ("Asistente
 *    virtual, …").
 * 2. ACT — what moves money, access, secrets or data out, or removes a safeguard: a strong verb
 *    (pay, transfer, refund, approve, grant, "do not tell the owner", "do not call back") or a weak
 *    one (send, share, add, remove, change, mark …) whose clause names a sensitive object (code,
 *    password, IBAN, admin, owner, 2FA, protection, verified, public …).
 *
 * Benign look-alikes pass by structure: "@assistant please schedule a meeting" has no act; product
 * docs ("the AI assistant can approve refunds") never speak to the assistant; a customer's own turn
 * in a support chat ("Customer: Hi bot, I want to transfer …") asks for themselves; a scam quoted
 * on an awareness page stands after an example or scam word.
 */
import { type InjectionRule, rule } from "./_injection_rules.ts";

const R = String.raw;
/**
 * A letter of the cased scripts, for the suffix of a stem ("zweryfikowan…", "доступ…"): a narrow
 * class compiles far smaller than `\p{L}` under `iu` (V8 unrolls bounded quantifiers).
 */
const LL = "[a-zß-ÿā-žșțа-яёіїєґўα-ωάέήίόύώςϊϋ]";
const NB = R`(?<![\p{L}\p{N}])`;
const NA = R`(?![\p{L}])`;
const alt = (words: string): string => words.trim().split(/\s*\|\s*/).filter(Boolean).join("|");

/** The top-level alternatives of a regex source (split at `|` outside groups and classes). */
function topAlternatives(src: string): string[] {
  const out: string[] = [];
  let depth = 0, inClass = false, from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
    } else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push(src.slice(from, i));
      from = i + 1;
    }
  }
  out.push(src.slice(from));
  return out;
}

/** The first characters every match of `src` may start with, or undefined when unknown. */
function firstChars(src: string): Set<string> | undefined {
  const set = new Set<string>();
  for (const alt of topAlternatives(src)) {
    if (alt.startsWith("(?:")) {
      // A group: its alternatives, up to its closing parenthesis.
      let depth = 0, end = -1;
      for (let i = 0; i < alt.length; i++) {
        if (alt[i] === "\\") {
          i++;
          continue;
        }
        if (alt[i] === "(") depth++;
        else if (alt[i] === ")" && --depth === 0) {
          end = i;
          break;
        }
      }
      if (end < 0 || /^[?*{]/.test(alt.slice(end + 1))) return undefined;
      const inner = firstChars(alt.slice(3, end));
      if (!inner) return undefined;
      inner.forEach((c) => set.add(c));
      continue;
    }
    const c = String.fromCodePoint(alt.codePointAt(0) ?? 0);
    if (!c || /[\\[(.?*+{^$|)]/.test(c) || /^.[?*{]/u.test(alt)) return undefined;
    set.add(c.toLowerCase()).add(c.toUpperCase());
  }
  return set;
}

/**
 * `src` behind a lookahead for its possible first characters: a long alternation then only
 * starts at those positions (V8 otherwise tries every alternative at every position).
 */
export function led(src: string, edge = ""): string {
  const first = firstChars(src);
  if (!first) return `${edge}(?:${src})`;
  const cls = [...first].map((c) => /[\]\\^-]/.test(c) ? `\\${c}` : c).join("");
  return `(?=[${cls}])${edge}(?:${src})`;
}

/** Markers that make a helper noun an AI, in scripts with word edges (need a space or hyphen). */
const MARK_L = alt(R`
  automated | automatisiert${LL}{0,3} | automatique${LL}{0,1} | automátic${LL}{1,2} | automatizad${LL}{1,2}
  | automatic${LL}{1,2} | geautomatiseerde? | automatisk${LL}{0,2} | automaattinen | automatyczn${LL}{1,2} | automatick${LL}{1,2}
  | автоматическ${LL}{1,3} | автоматичн${LL}{1,3} | otomatik | otomatis | tự\s{1,2}động | coding | codage | código | kodowania
  | AI | A\.I\. | KI | K\.I\. | DI | IA | I\.A\. | MI | ИИ | ШІ | YZ | LLM | GPT | AI-powered | KI-gestützt${LL}{0,2}
  | virtual${LL}{0,3} | virtuel${LL}{0,3} | virtuell${LL}{0,2} | wirtualn${LL}{0,3} | virtuáln${LL}{0,3}
  | virtualn${LL}{0,3} | virtuális | virtuaali${LL}{0,3} | εικονικ${LL}{0,3} | виртуальн${LL}{0,3}
  | віртуальн${LL}{0,3} | digital${LL}{0,3} | digitál${LL}{0,4} | numérique | cyfrow${LL}{0,3}
  | ψηφιακ${LL}{0,3} | цифров${LL}{0,3} | dijital | smart${LL}{0,2} | intelligent${LL}{0,2}
  | inteligent${LL}{0,3} | intelligente | inteligente | slimme? | okos | chytr${LL}{0,3} | έξυπν${LL}{0,3}
  | умн${LL}{0,3} | розумн${LL}{0,3} | akıllı | sanal | thông\s{1,2}minh | ảo | pintar | cerdas | matalino
  | mahiri | yapay\s{1,3}zek[aâ]${LL}{0,3} | tekoäly${LL}{0,6} | umělé\s{1,2}inteligence
  | umelej\s{1,2}inteligencie | umjetne\s{1,2}inteligencije | umetne\s{1,2}inteligence
  | inteligenț[aăe]\s{1,2}artificial[aăe]? | τεχνητής\s{1,2}νοημοσύνης | изкуствен${LL}{0,2}\s{1,2}интелект
  | штучн${LL}{0,3}\s{1,2}інтелект${LL}{0,2} | искусственн${LL}{0,3}\s{1,2}интеллект${LL}{0,2}
  | sztucznej\s{1,2}inteligencji | dirbtinio\s{1,2}intelekto | mākslīgā\s{1,2}intelekta | tehisintellekti?
  | kecerdasan\s{1,2}buatan | akal\s{1,2}buatan | trí\s{1,2}tuệ\s{1,2}nhân\s{1,2}tạo | akili\s{1,2}bandia
  | intelliġenza\s{1,2}artifiċjali | хиймэл\s{1,2}оюун${LL}{0,3} | intelligenza\s{1,2}artificiale
  | inteligencia\s{1,2}artificial | inteligência\s{1,2}artificial | intelligence\s{1,2}artificielle
  | künstliche[rn]?\s{1,2}Intelligenz | kunstmatige\s{1,2}intelligentie | kunstig\s{1,2}intelligens
  | artificiell\s{1,2}intelligens | mesterséges\s{1,2}intelligencia | intel·ligència\s{1,2}artificial
`);
/** The same markers in scripts without word edges (may touch the noun: "AI助手", "智能助手"). */
const MARK_S = alt(R`
  自動 | 自动 | 자동 | الآلي | אוטומטי | स्वचालित | 代码 | コード | 코딩
  | الذكي | الذكية | ذكي | الذكاء\s{0,2}الاصطناعي | الافتراضي | الرقمي | هوش\s{0,2}مصنوعی | هوشمند | مجازی
  | דיגיטלי | הדיגיטלי | וירטואלי | הווירטואלי | החכם | חכם | בינה\s{0,2}מלאכותית | של\s{0,2}AI | एआई | एआइ
  | कृत्रिम\s{0,2}बुद्धि\p{M}{0,2} | डिजिटल | वर्चुअल | स्मार्ट | এআই | কৃত্রিম\s{0,2}বুদ্ধিমত্তা | ডিজিটাল
  | ভার্চুয়াল | স্মার্ট | เอไอ | ปัญญาประดิษฐ์ | อัจฉริยะ | ดิจิทัล | เสมือน | 人工智能 | 人工智慧 | 智能 | 智慧
  | 虚拟 | 虛擬 | 数字 | 數位 | 人工知能 | バーチャル | デジタル | スマート | 인공지능 | 가상 | 디지털 | 스마트
  | ኤአይ | ሰው\s{0,2}ሰራሽ | செயற்கை\s{0,2}நுண்ணறிவு | ஏஐ | කෘත්‍රිම\s{0,2}බුද්ධි | ඒඅයි | បញ្ញាសិប្បនិម្មិត
  | ឌីជីថល | مصنوعی\s{0,2}ذہانت | اے\s{0,2}آئی | ڈیجیٹل | AI | ＡＩ
`);
/** Nouns for an assistant, agent, bot or secretary (Latin, Cyrillic, Greek; inflections follow). */
const HELPER_L = alt(R`
  assistant | assistent | asistent | asystent | asystenc | assisten | asisten | asistan | asszisztens | ассистент
  | асистент | помощник | помічник | pomocnik | pomoćnik | pomočnik | pomocník | segéd | βοηθ
  | avustaja | abiline | palīg | padėjėj | hjælper | hjelper | hjälpare | helper | helfer | ajudante
  | aiutante | ayudante | pembantu | katulong | msaidizi | mataimaki | oluranlọwọ | onye\s{1,2}enyemaka
  | туслах | секретар | secretar | secretary | sekretär | sekretær | sekreterare | sekretarz | sekretář
  | sekretár | tajnik | titkár | γραμματέα | sekreter | sekretaris | setiausaha | kalihim | katibu
  | thư\s{1,2}ký | trợ\s{1,2}lý | agent | ajan | агент | ágens | agentti | bot | botu | бот | chatbot
  | copilot | kopilot
`);
/** The same in other scripts (Hebrew and Arabic with their article attached). */
const HELPER_S = alt(R`
  مساعد | المساعد | وكيل | الوكيل | بوت | البوت | روبوت | سكرتير | دستیار | منشی | ربات | عامل | עוזר | העוזר
  | סוכן | הסוכן | בוט | הבוט | מזכיר | סייען | सहायक | सचिव | एजेंट | बॉट | সহকারী | সহায়ক | এজেন্ট | বট
  | ผู้ช่วย | เลขา | เอเจนต์ | บอท | 助手 | 助理 | 秘书 | 秘書 | 代理 | 智能体 | 机器人 | 機器人 | アシスタント
  | エージェント | ボット | 어시스턴트 | 비서 | 에이전트 | 봇 | 챗봇 | ረዳት | உதவியாளர் | සහායක | ជំនួយការ
  | معاون | اسسٹنٹ | ایجنٹ | بوٹ
`);
/** Names that only an AI goes by. */
const AI_ONLY = alt(R`
  alexa | siri | cortana | bixby | grok | deepseek | qwen | mistral | perplexity | gigachat | yandexgpt | алиса
  | chat\s?bot${LL}{0,3} | tekoäly(?:avustaja|agentti|botti)${LL}{0,4} | chatgpt | claude | gemini | copilot | llm | language\s{1,2}model | sprachmodell
  | modèle\s{1,2}de\s{1,2}langage | modelo\s{1,2}de\s{1,2}(?:lenguaje|linguagem) | modello\s{1,2}linguistico
  | taalmodel | språkmodell | sprogmodel | kielimalli | model\s{1,2}językowy | jazykový\s{1,2}model
  | языков${LL}{2,3}\s{1,2}модел${LL}{1,2} | мовн${LL}{2,3}\s{1,2}модел${LL}{1,2} | dil\s{1,2}modeli
  | mô\s{1,2}hình\s{1,2}ngôn\s{1,2}ngữ | model\s{1,2}bahasa
`);
const AI_ONLY_S = alt(
  R`豆包 | 文心一言 | 通义千问 | 通義千問 | 智谱清言 | نموذج\s{0,2}لغوي | מודל\s{0,2}שפה | भाषा\s{0,2}मॉडल | 语言模型 | 大模型 | 言語モデル | 언어\s{0,2}모델 | 챗봇 | チャットボット | 聊天机器人`,
);

/** One short linking word ("de", "di", "tal-", "wa", "ng", "của") between noun and marker. */
const LINK = R`(?:[\p{L}'’]{1,5}[\s'’-]{1,2})?`;
/** A marker just before the noun ("KI-", "AI ", "智能", "ИИ-"). */
const MARK_BEFORE = new RegExp(
  R`(?:${NB}(?:${MARK_L})[\s-]{1,3}(?:[\p{L}-]{2,15}[\s-]{1,3})?|(?:${MARK_S})[\s-]{0,3})$`,
  "iu",
);
/** A marker just after the noun and its inflection ("asistente virtual", "trợ lý ảo", "助手AI"). */
const MARK_AFTER = new RegExp(
  R`^[\s-]{1,3}${LINK}(?:${MARK_L})${NA}|^[\p{M}ا]{0,3}[\s-]{0,3}${LINK}(?:${MARK_S})`,
  "iu",
);
/** "you, the …" before a bare helper noun: the reader named in apposition. */
const YOU_THE = new RegExp(
  R`(?:^|[\n.!?;:>"“«(\[]\s{0,3})(?:you|du|tu|vous|usted|você|voi|jij|u|ty|вы|ты|sen|siz|kamu|anda|bạn|ikaw|wewe|أنت|אתה|آپ|तुम|आप)\s{0,2},\s{0,3}(?:the|der|die|le|la|l['’]|el|o|a|il|lo|de|het|ang|ال)?\s{0,2}$`,
  "iu",
);
/** AI-only names, bare ("chatbot", "Claude", "语言模型"). */
const AI_ONLY_RE = new RegExp(R`^(?:${AI_ONLY}|${AI_ONLY_S})`, "iu");
/** A compound opened by a marker ("KI-Buchhaltungs…"). */
const MARK_HEAD = new RegExp(R`^(?:${MARK_L})-`, "iu");
/** Helper nouns that end a compound ("Buchhaltungsassistent"). */
const COMPOUND_HEAD =
  /^(?:assist|asist|asyst|avustaja|abiline|palīg|padėjėj|hjælper|hjelper|hjälpare|helfer|ассист|асист|помощник|помічник)/i;
/** A letter of a script with word edges (Latin, Greek, Cyrillic). */
const CASED_LETTER = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/;

/**
 * The AI's name around a gate match at [start, end): the helper noun with its inflection and a
 * marker before or after it, an AI-only name, a handle, or "Dear AI"; undefined when the noun is
 * not made an AI ("assistant", "bot" alone) or is part of a longer word ("robot").
 */
function nameSpan(view: string, at: number, end: number): [number, number] | undefined {
  let start = at;
  const word = view.slice(start, end);
  if (word.charCodeAt(0) === 64) {
    // "@assistant", "@ai-helper" — not "@ai-sdk/openai", "@aider", "name@ai.example".
    if (/[\w@.]/.test(view.charAt(start - 1))) return undefined;
    const rest = /^(?:[-_][\w-]{1,20})?(?![\w@.\/-])/.exec(view.slice(end, end + 24));
    return rest ? [start, end + rest[0].length] : undefined;
  }
  if (CASED_LETTER.test(word[0]) && /[\p{L}\p{N}]/u.test(view.charAt(start - 1))) {
    // A compound ("Buchhaltungsassistent", "inkorgsassistenter", "codeerassistent") is an
    // assistant too; "robot", "reagent" are not.
    if (!COMPOUND_HEAD.test(word)) return undefined;
    const head = /[\p{L}-]{1,25}$/u.exec(view.slice(Math.max(0, start - 25), start))![0];
    if (/[\p{L}\p{N}]/u.test(view.charAt(start - head.length - 1))) return undefined;
    start -= head.length;
    if (MARK_HEAD.test(head)) {
      return [start, end + /^\p{L}{0,5}/u.exec(view.slice(end, end + 5))![0].length];
    }
  }
  if (GREET_MARK.test(word) || COND_MARK.test(word)) return [start, end];
  const infl = /^\p{L}{0,5}/u.exec(view.slice(end, end + 5))![0].length;
  const stop = end + (CASED_LETTER.test(word[0]) ? infl : 0);
  if (AI_ONLY_RE.test(view.slice(start, stop + 30))) return [start, stop];
  const near = view.slice(Math.max(0, start - 40), start);
  const before = MARK_BEFORE.exec(near);
  if (before) return [start - before[0].length, stop];
  // "You, the assistant reading this, …", "vous, l'assistant, …": the reader by apposition.
  if (YOU_THE.test(near)) return [start, stop];
  // Scripts without word edges: the inflection is the next word's start, not part of the noun.
  const after = MARK_AFTER.exec(view.slice(stop, stop + 50));
  if (after) return [start, stop + after[0].length];
  return undefined;
}

/** Greetings that open a message to someone. */
const GREET = alt(R`
  dear | hey | hi | hello | attention | attn | hallo | liebe[rs]? | sehr\s{1,2}geehrte[rs]? | cher | chère
  | bonjour | salut | hola | estimad[oa] | querid[oa] | olá | oi | prezad[oa] | caro | cara | ciao | gentile
  | beste | hoi | kære | hej | hei | kära | hyvä | moi | drog[ia] | szanown[ya] | cześć | witaj | mil[ýá]
  | vážen[ýá] | ahoj | drag[ia] | poštovani | spoštovani | živjo | zdravo | dragă | stimate | kedves | szia
  | tisztelt | αγαπητ[έή] | γεια\s{1,2}σου | скъпи | здравей | уважаеми | привет | здравствуй(?:те)?
  | уважаем${LL}{2} | дорог${LL}{2} | привіт | шановн${LL}{1,2} | вітаю | merhaba | sayın | sevgili | selam
  | xin\s{1,2}chào | chào | kính\s{1,2}gửi | halo | hai | yth | salam | kumusta | mahal\s{1,2}na | habari
  | jambo | mpendwa | benvolgut | labas | sveiki | gerbiam${LL}{1,2} | mīļ${LL}{1,2} | labdien | tere
  | lugupeetud | għażiż | moien | léiwen | эрхэм | ndewo | nnọọ | bawo | sannu
`);
const GREET_S = alt(R`
  عزيزي | مرحبا | مرحباً | السلام\s{0,2}عليكم | سلام | گرامی | عزیز | שלום | היי | יקר | נמסטה | नमस्ते | प्रिय
  | হ্যালো | প্রিয় | নমস্কার | สวัสดี | เรียน | こんにちは | 拝啓 | 你好 | 您好 | 亲爱的 | 親愛的 | 안녕하세요 | 안녕
  | 친애하는 | сайн\s{0,2}байна\s{0,2}уу | សួស្តី | ជូនចំពោះ | ආයුබෝවන් | හලෝ | ሰላም | ውድ | السلام\s{0,2}علیکم
  | محترم | வணக்கம் | அன்புள்ள
`);
/** "to / for / attn" before the noun, with an article or contraction. */
const DATIVE = alt(R`
  to | for | attn | dlya | à\s{1,2}l['’]attention\s{1,2}d['’eu]{1,2}\s{0,2} | a\s{1,2}la\s{1,2}atención\s{1,2}del? | all['’]attenzione\s{1,2}d${LL}{0,4} | ter\s{1,2}attentie\s{1,2}van | an | für | à | pour | para | per | a | al | ao | aan | voor | til | för | dla | do | pro
  | za | pentru | για | προς | към | для | до | к | kepada | untuk | para\s{1,2}sa | kay | kwa | gửi | cho | ke
`);
const DATIVE_S = alt(R`إلى | الى | ل | برای | به | אל | ל | עבור | ถึง | สำหรับ | 致 | 给 | 給`);
/** A note, memo or instruction word that opens a label. */
const NOTE = alt(R`
  note | memo | message | instructions? | notice | reminder | task | request | p\.?s\.? | hinweis | notiz
  | nachricht | anweisung | auftrag | remarque | consigne | nota | mensaje | instrucci[oó]n | aviso | recado
  | mensagem | instrução | lembrete | messaggio | istruzion[ei] | promemoria | avviso | opmerking | notitie
  | bericht | instructie | besked | meddelande | notat | beskjed | huomautus | viesti | ohje | uwaga
  | notatka | wiadomość | polecenie | poznámka | zpráva | pokyn | správa | napomena | poruka | uputa
  | opomba | sporočilo | notă | mesaj | instrucțiun[ei] | megjegyzés | üzenet | utasítás | σημείωση
  | μήνυμα | οδηγία | бележка | съобщение | инструкция | заметка | примечание | сообщение | указание
  | замітка | примітка | повідомлення | вказівка | not | talimat | ghi\s{1,2}chú | lưu\s{1,2}ý | tin\s{1,2}nhắn
  | catatan | pesan | arahan | mesej | tala | mensahe | ujumbe | maelekezo | missatge | pastaba | žinutė
  | piezīme | ziņa | märkus | sõnum | messaġġ | тэмдэглэл
`);
const NOTE_S = alt(R`
  ملاحظة | رسالة | تعليمات | یادداشت | پیام | دستور | הערה | הודעה | הוראה | नोट | संदेश | निर्देश | নোট
  | বার্তা | নির্দেশ | หมายเหตุ | ข้อความ | คำสั่ง | メモ | 注意 | 指示 | メッセージ | 备注 | 提示 | 消息 | 留言 | 메모
  | 참고 | 지시 | 메시지 | កំណត់ចំណាំ | සටහන | ማስታወሻ | መልእክት | نوٹ | پیغام | குறிப்பு | செய்தி
`);
/** Postpositions of address after the noun ("へ", "에게", "için", "के लिए"). */
const POST = alt(
  R`へ | 宛て? | 様 | さん | 에게 | 께 | 님 | için | के\s{0,2}लिए | को | এর\s{0,2}জন্য | কে | க்கு | ට | ийн`,
);
/** A familiar or polite word after a vocative ("bhai", "ji", "san", "po"). */
const HONORIFIC = R`(?:\s{1,2}(?:bhai|bhaiya|ji|sahab|saab|san|kun|po|jan|jaan|dost|bro|yaar))?`;
const DET =
  R`(?:(?:all|alle|any|every|each|tous\s{1,2}les|toutes\s{1,2}les|todos\s{1,2}(?:los|os)|todas\s{1,2}(?:las|as)|tutti\s{1,2}gli|wszystki${LL}{1,2}|всем|всіх|tüm|semua|mọi|jede[rn]?|chaque|cada|ogni|elke|iedere?)\s{1,3})?(?:(?:the|der|die|den|dem|des|le|la|les|el|los|las|o|a|os|as|il|lo|gli|de|het|een|an|un|una|une|ein|einen|einem|einer|ang|si|sa|mijn|my|our|your|unser${LL}{0,2}|notre|votre|nuestro|nosso)\s{1,3}|l['’]|dell['’]|all['’])?`;
/** Words between the noun and its colon: "de compras IA", "of Mrs Keller". */
const TAIL = R`(?:\s{1,3}[^\s:：.!?\n,，、]{1,20}){0,3}`;

/** The handle as the gate reads it (a gate starts on a literal). */
const HANDLE_GATE =
  R`@(?:[\w-]{0,20}[-_])?(?:assistant|assistent|asistente|assistente|asistan|ai|ia|ki|bot|copilot|claude|gpt|gemini|agent|llm)`;
/** "Dear AI", "Liebe KI", "Уважаемый ИИ": a greeting to a bare marker. */
const GREET_MARK_SRC =
  R`(?:dear|hello|hallo|liebe[rs]?|cher|chère|querid[oa]|estimad[oa]|caro|cara|beste|kære|kära|drog[ia]|mil[ýá]|drag[ia]|dragă|kedves|sayın|sevgili|уважаемый|уважаемая|дорогой|дорогая|шановний|шановна|عزيزي|亲爱的|親愛的)[\s,]{1,3}(?:AI|KI|IA|ИИ|ШІ|MI|DI|LLM|GPT|ＡＩ|人工智能)(?![a-zа-яіё])`;
const GREET_MARK = new RegExp(`^${GREET_MARK_SRC}`, "iu");
/** "If you are an AI", "wenn du eine KI bist", "si eres una IA", "如果你是AI": the reader picked out. */
const COND =
  R`(?:(?:if|when)\s{1,2}you(?:['’]re|\s{1,2}are)\s{1,2}(?:an?\s{1,2}|the\s{1,2})?|(?:wenn|falls)\s{1,2}du\s{1,2}(?:eine?\s{1,2})?|si\s{1,2}(?:eres|tu\s{1,2}es|vous\s{1,2}êtes|ets)\s{1,2}(?:un[ae]?\s{1,2}|l['’]\s{0,2})?|se\s{1,2}(?:sei|você\s{1,2}é|és)\s{1,2}(?:un['’]\s{0,2}|un[ao]?\s{1,2}|uma?\s{1,2}|l['’]\s{0,2})?|als\s{1,2}je\s{1,2}(?:een\s{1,2})?|hvis\s{1,2}du\s{1,2}er\s{1,2}(?:en\s{1,2})?|om\s{1,2}du\s{1,2}är\s{1,2}(?:en\s{1,2})?|jos\s{1,2}olet\s{1,2}|jeśli\s{1,2}jesteś\s{1,2}|pokud\s{1,2}jsi\s{1,2}|ak\s{1,2}si\s{1,2}|ako\s{1,2}si\s{1,2}|dacă\s{1,2}ești\s{1,2}(?:un\s{1,2})?|αν\s{1,2}είσαι\s{1,2}(?:ένα?\s{1,2})?|ако\s{1,2}си\s{1,2}|если\s{1,2}(?:ты|вы)\s{1,2}|якщо\s{1,2}(?:ти|ви)\s{1,2}|eğer\s{1,2}(?:sen\s{1,2})?(?:bir\s{1,2})?|(?:jika|kalau|jikalau)\s{1,2}(?:kamu|anda|engkau)\s{1,2}(?:adalah\s{1,2})?(?:sebuah\s{1,2})?|kung\s{1,2}ikaw\s{1,2}ay\s{1,2}(?:isang\s{1,2})?|ikiwa\s{1,2}wewe\s{1,2}ni\s{1,2}|nếu\s{1,2}bạn\s{1,2}là\s{1,2}(?:một\s{1,2})?|如果你是|如果您是|若你是|もしあなたが|만약\s{0,2}당신이\s{0,2}|إذا\s{1,2}كنت\s{1,2}|اگر\s{1,2}(?:شما|تو)\s{1,2}|אם\s{1,2}אתה\s{1,2}|(?:अगर|यदि)\s{1,2}आप\s{1,2}|যদি\s{1,2}আপনি\s{1,2}|(?:ถ้า|หาก)คุณ(?:เป็น)?\s{0,2})`;
/** A bare marker after the condition ("… an AI", "… eine KI", "… 人工智能"). */
const COND_MARK_SRC =
  R`${COND}(?:AI|KI|IA|ИИ|ШІ|LLM|GPT|MI|DI|ＡＩ|yapay\s{1,2}zek[aâ]|tekoäly|人工智能|인공지능|الذكاء\s{1,2}الاصطناعي|ذكاء\s{1,2}اصطناعي|בינה\s{1,2}מלאכותית|एआई|এআই|เอไอ|kecerdasan\s{1,2}buatan|trí\s{1,2}tuệ\s{1,2}nhân\s{1,2}tạo)`;
const COND_MARK = new RegExp(`^${COND_MARK_SRC}`, "iu");
const BEFORE_COND = new RegExp(R`${COND}$`, "iu");

/** AI-only names as the gate reads them (their literal start). */
const AI_ONLY_GATE = alt(R`
  alexa | siri | cortana | bixby | grok | deepseek | qwen | mistral | perplexity | gigachat | yandexgpt | алиса
  | chatbot | chat\s?bot | tekoäly | chatgpt | claude | gemini | copilot | llm | language\s{1,2}model
  | sprachmodell | modèle\s{1,2}de\s{1,2}langage | modelo\s{1,2}de\s{1,2}(?:lenguaje|linguagem)
  | modello\s{1,2}linguistico | taalmodel | språkmodell | sprogmodel | kielimalli | model\s{1,2}językowy
  | jazykový\s{1,2}model | языков | мовн | dil\s{1,2}modeli | mô\s{1,2}hình\s{1,2}ngôn\s{1,2}ngữ
  | model\s{1,2}bahasa
`);
/**
 * What the gate and the rule match: a helper noun, an AI-only name, a handle, "Dear AI". `accept`
 * reads the marker, the address and the act around it (`nameSpan`, `spokenTo`).
 */
const ADDRESSEE = led(
  R`${HELPER_L}|${HELPER_S}|${AI_ONLY_GATE}|${AI_ONLY_S}|${HANDLE_GATE}|${GREET_MARK_SRC}|${COND_MARK_SRC}`,
);

/** Before the name: a greeting ("Dear", "Liebe", "عزيزي", "亲爱的"). */
const BEFORE_GREET = new RegExp(
  R`(?:${NB}(?:${GREET})[\s,，]{1,3}(?:po\s{1,2})?|(?:${GREET_S})[\s,，、،]{0,3}(?:የ)?)${DET}$`,
  "iu",
);
/** Before the name: "Note to the", "À l'attention de l'", "إلى", "致" (a colon must follow). */
const BEFORE_DATIVE = new RegExp(
  R`(?:${NB}(?:(?:${NOTE})\s{1,3})?(?:${DATIVE})[\s'’]{1,3}|[(（\[]\s{0,2}(?:${DATIVE})[\s'’]{1,3}|(?:(?:${NOTE_S})\s{0,3})?(?:${DATIVE_S})\s{0,2}|${NB}(?:${NOTE})\s{0,3}[(（\[]?\s{0,2}|(?:${NOTE_S})\s{0,3}[(（\[]?\s{0,2})${DET}$`,
  "iu",
);
/** After the name: the colon that ends a label ("… of Mrs Keller:", "…):"). */
const AFTER_LABEL = new RegExp(R`^${TAIL}\s{0,2}(?:[)）\]]\s{0,2}[:：—–]?|[:：—–])`, "u");
/** After the name: a postposition of address and its colon ("へ：", "에게:", "için:"). */
const AFTER_POST = new RegExp(R`^\s{0,2}(?:${POST})\s{0,2}[:：、,，،፣—–]`, "iu");
const POST_END = new RegExp(R`(?:${POST})$`, "iu");
/** Before the name: the start of a line, sentence, quotation or bracket (a vocative may open). */
const BEFORE_START = new RegExp(
  R`(?:^|\n|\\n|[.!?;:|>"“«(\[。！？]\s{0,3}|\]\s)[ \t]{0,3}(?:[-*•#][ \t]{1,2})?${DET}$`,
  "iu",
);
/** After the name: the vocative's comma or dash ("Asistente virtual, …", "AI assistant bhai, …"). */
const AFTER_VOCATIVE = new RegExp(
  R`^${HONORIFIC}(?:\s{0,2}[,，、،፣!！—–]|\s{1,2}(?:please|pls|plz|kindly|bitte|por\s{1,2}favor|s['’]il\s{1,2}(?:te|vous)\s{1,2}pla[iî]t|per\s{1,2}favore|alsjeblieft|alstublieft|venligst|vänligen|vennligst|ole\s{1,2}hyvä|proszę|prosím|molim|vă\s{1,2}rog|kérlek|παρακαλώ|моля|пожалуйста|будь\s{1,2}ласка|lütfen|tolong|mohon|làm\s{1,2}ơn|pakiusap|tafadhali|si\s{1,2}us\s{1,2}plau|prašau|lūdzu|palun|jekk\s{1,2}jogħġbok|w\.e\.g\.)${NA}|\s{0,2}(?:请|請|부탁|من\s{0,2}فضلك|בבקשה|कृपया|โปรด|กรุณา|ください))`,
  "iu",
);

/**
 * After the name: it is singled out as the reader of this text ("… reading this", "… der diese
 * Mail verarbeitet", "… qui traite ce courriel", "… который обрабатывает это письмо", "… yang membaca
 * ini", "… ที่อ่านข้อความนี้"). Markers stay required: "the agent reading this ticket" may be a person.
 */
const PROC_AFTER = new RegExp(
  R`^[\s,]{1,3}(?:(?:that|which|who|der|die|das|welche[rs]?|qui|que|che|cui|die|som|który|która|które|který|která|ktorý|ktorá|który|koji|koja|kateri|care|aki|amely|που|който|която|который|которая|что|який|яка|що|yang|na|ambaye|anayesoma|unayesoma|đang|kotoryj|kotoraya|kotorye)(?:\s{1,3}(?:is|are|ist|est|está|è|er|är|je|jest|sedang|đang))?[\s,]{1,3}(?:[^\s.!?:]{1,20}\s{1,3}){0,3}?)?(?:read|process|analy[sz]e|handle|summari[sz]e|review|lesen|verarbeiten|analysieren|zusammenfassen|bearbeiten|prüfen|lisent|traitent|analysent|résument|leen|procesan|analizan|resumen|revisan|leem|processam|analisam|resumem|leggono|elaborano|analizzano|riassumono|lezen|verwerken|samenvatten|chitaet|obrabatyvaet|razbiraet|analiziruet|reading|reads|processing|processes|analy[sz]ing|analy[sz]es|handling|handles|summari[sz]ing|summari[sz]es|reviewing|reviews|triaging|triages|parsing|parses|scanning|scans|screening|opening|liest|verarbeitet|analysiert|zusammenfasst|bearbeitet|prüft|lit|traite|analyse|résume|gère|examine|lee|procesa|analiza|resume|gestiona|revisa|lê|processa|analisa|gerencia|legge|elabora|analizza|riassume|gestisce|leest|verwerkt|analyseert|samenvat|behandelt|läser|behandlar|analyserar|sammanfattar|leser|behandler|analyserer|læser|lukee|käsittelee|czyta|przetwarza|analizuje|podsumowuje|obsługuje|čte|zpracovává|analyzuje|číta|spracúva|čita|obrađuje|analizira|obdeluje|citește|procesează|analizează|olvassa|feldolgozza|elemzi|διαβάζει|επεξεργάζεται|αναλύει|чете|обработва|анализира|читает|обрабатывает|анализирует|просматривает|читающий|обрабатывающий|анализирующий|читає|обробляє|аналізує|membaca|memproses|menganalisis|merangkum|menangani|đọc|xử\s{1,2}lý|phân\s{1,2}tích|tóm\s{1,2}tắt|nagbabasa|nagpoproseso|nagsusuri|inasoma|inachakata|unachakata)(?![\p{L}])`,
  "iu",
);
const PROC_AFTER_S = new RegExp(
  R`^[\s،,]{0,3}(?:الذي|التي|ש|که|जो|ที่|កំពុង)?\s{0,2}(?:يقرأ|يعالج|يحلل|يلخص|תקרא|קורא|מעבד|מנתח|מסכם|می\s?‌?خواند|پردازش|تحلیل|पढ़|प्रोसेस|विश्लेषण|อ่าน|ประมวลผล|วิเคราะห์|สรุป|អាន|ដំណើរការ)`,
  "u",
);
/** Before the name: the same, where it stands first (tr, ja, zh, ko: "bu e-postayı okuyan …"). */
const PROC_BEFORE = new RegExp(
  R`(?:okuyan|işleyen|inceleyen|analiz\s{1,2}eden|özetleyen|değerlendiren|読んでいる|読む|処理している|処理する|要約する|解析する|確認する|阅读|閱讀|处理|處理|分析|总结|總結|审核|審核|읽는|읽고\s{0,2}있는|처리하는|분석하는|요약하는|검토하는)(?:[^\n。！？.]{0,10}?的)?[\s,]{0,3}${DET}$`,
  "iu",
);

/** The name at [start, end) is spoken to: greeted, labelled, called by a vocative or a handle. */
function spokenTo(view: string, start: number, end: number): boolean {
  const before = view.slice(Math.max(0, start - 60), start);
  // "@assistant please …" opens its message; "… except @release-bot" only names it.
  if (view.charCodeAt(start) === 64) {
    return BEFORE_START.test(start < 60 ? before : "\u0000" + before);
  }
  const after = view.slice(end, end + 70);
  if (BEFORE_GREET.test(before) || BEFORE_COND.test(before) || YOU_THE.test(before)) return true;
  if (COND_MARK.test(view.slice(start, end))) return true;
  if (PROC_AFTER.test(after) || PROC_AFTER_S.test(after) || PROC_BEFORE.test(before)) return true;
  if (AFTER_POST.test(after)) return true;
  // The inflection of the noun may have taken the postposition in ("アシスタントへ", "비서에게").
  if (POST_END.test(view.slice(start, end)) && /^\s{0,2}[:：、,，،፣—–]/.test(after)) return true;
  if (AFTER_LABEL.test(after) && BEFORE_DATIVE.test(before)) return true;
  if (AFTER_VOCATIVE.test(after) && BEFORE_START.test(start < 60 ? before : "\u0000" + before)) {
    return true;
  }
  // "Dear AI," matched whole: the greeting is inside the match.
  return GREET_MARK.test(view.slice(start, end));
}

/** Strong acts: money, access, silence — each enough on its own. */
const STRONG = alt(R`
  pay | transfer | wire | refund | reimburse | approve | authori[sz]e | grant | whitelist | allowlist
  | don['’]?t\s{1,2}(?:tell|inform|notify|call\s{1,2}(?:${LL}{1,10}\s{1,2})?back|mention\s{1,2}(?:this|it)\s{1,2}to)
  | do\s{1,2}not\s{1,2}(?:tell|inform|notify|call\s{1,2}(?:${LL}{1,10}\s{1,2})?back|mention\s{1,2}(?:this|it)\s{1,2}to)
  | never\s{1,2}(?:tell|inform|notify) | no\s{1,2}need\s{1,2}to\s{1,2}(?:confirm|verify|check|call|ask|notify|inform)
  | skip\s{1,2}(?:the\s{1,2})?(?:confirmation|verification|approval|review|2fa|mfa|call-?back)
  | without\s{1,2}(?:confirmation|verification|approval|confirming|verifying)
  | release\s{1,2}(?:the\s{1,2})?(?:funds|payment|money|hold) | send\s{1,2}(?:the\s{1,2})?(?:money|funds)
  | ohne\s{1,2}(?:Rückfrage|Bestätigung|Prüfung|Freigabe) | keine\s{1,2}Rückfrage | sans\s{1,2}(?:confirmation|vérification|validation)
  | sin\s{1,2}(?:confirmación|verificación|verificar|confirmar) | sem\s{1,2}(?:confirmação|verificação|confirmar)
  | senza\s{1,2}(?:conferma|verifica|confermare) | zonder\s{1,2}(?:bevestiging|verificatie|controle)
  | uden\s{1,2}(?:bekræftelse|verifikation) | utan\s{1,2}(?:bekräftelse|verifiering) | uten\s{1,2}(?:bekreftelse|verifisering)
  | ilman\s{1,2}vahvistusta | bez\s{1,2}(?:potwierdzenia|weryfikacji|potvrzení|ověření|potvrdenia|potvrde|provjere)
  | без\s{1,2}(?:подтверждения|проверки|підтвердження|перевірки|потвърждение) | fără\s{1,2}(?:confirmare|verificare)
  | megerősítés\s{1,2}nélkül | χωρίς\s{1,2}(?:επιβεβαίωση|επαλήθευση) | onay(?:lamadan|sız) | doğrulamadan
  | tanpa\s{1,2}(?:konfirmasi|verifikasi|pengesahan) | không\s{1,2}cần\s{1,2}xác\s{1,2}(?:nhận|minh) | walang\s{1,2}kumpirmasyon
  | bila\s{1,2}uthibitisho | sense\s{1,2}confirmació | without\s{1,2}(?:telling|informing|notifying|asking)(?!\s{1,2}(?:me|us)${NA})
  | zahle | bezahle | überweise | überweisen | überweist | zahlt | erstattet | genehmigt | gewährt | erstatte | rückerstatt${LL}{0,3} | genehmige | genehmigen
  | gib\s{1,2}${LL}{0,12}\s{0,2}frei | freigeben | gewähre | autorisiere | nicht\s{1,2}zurückrufen
  | ruf${LL}{0,2}\s{1,2}nicht\s{1,2}zurück | sag${LL}{0,2}\s{1,2}(?:${LL}{1,10}\s{1,2})?nichts | nicht\s{1,2}informieren | ohne\s{1,2}${LL}{1,12}\s{1,2}zu\s{1,2}informieren
  | payer | virer | transférer | rembourser | approuver | valider | accorder | autoriser
  | paie[zs]? | payez | vire[zs]? | virement | transfère[zs]? | transférez | rembourse[zs]? | approuve[zs]?
  | valide[zs]? | accorde[zs]? | autorise[zs]? | ne\s{1,2}rappelle[zs]?\s{1,2}pas | ne\s{1,2}dites?\s{1,2}rien
  | ne\s{1,2}(?:le\s{1,2}|lui\s{1,2})?(?:dis|dites|préviens|prévenez|informe[zs]?)\s{1,2}pas | sans\s{1,2}(?:prévenir|informer|avertir)
  | paga | pague | pagar | transfiere | transfiera | transferir | reembolsa | reembolse | aprueba | apruebe
  | autoriza | autorice | concede | conceda | otorga | otorgue | no\s{1,2}(?:le\s{1,2})?(?:llames|llame|digas|diga|avises|avise|informes|informe)
  | sin\s{1,2}(?:avisar|informar|decir) | transfira | transferir | reembolse | estorne | aprove | autorize
  | não\s{1,2}(?:ligue|retorne|conte|diga|avise|informe) | sem\s{1,2}(?:avisar|informar|contar)
  | aprobar | reembolsar | aprovar | autorizar | conceder | otorgar | trasferire | rimborsare | approvare | autorizzare | concedere
  | paghi | pagare | trasferisci | trasferisca | bonifica | rimborsa | rimborsi | approva | approvi
  | autorizza | autorizzi | concedi | non\s{1,2}(?:richiamare|richiami|dire|dirlo|avvisare|informare)
  | senza\s{1,2}(?:avvisare|informare|dire)
  | zahlen | erstatten | gewähren | autorisieren | verlenen | betaal | betalen | maak\s{1,2}${LL}{0,12}\s{0,2}over | overmaken | terugbetalen | keur\s{1,2}${LL}{0,12}\s{0,2}goed
  | goedkeuren | verleen | niet\s{1,2}(?:terugbellen|vertellen|informeren|melden) | bel\s{1,2}niet | zeg\s{1,2}niets
  | zonder\s{1,2}(?:te\s{1,2})?(?:melden|informeren|vertellen)
  | betal | overfør | refunder | tilbagebetal | godkend | godkjenn | tildel | ring\s{1,2}ikke | ikke\s{1,2}(?:ring|sig|si|fortæl|fortell)
  | uden\s{1,2}at\s{1,2}fortælle | uten\s{1,2}å\s{1,2}fortelle
  | betala | överför | för\s{1,2}över | återbetala | godkänn | bevilja | ring\s{1,2}inte | säg\s{1,2}inte
  | berätta\s{1,2}inte | utan\s{1,2}att\s{1,2}berätta
  | maksa | siirrä | hyväksy | myönnä | älä\s{1,2}(?:soita|kerro|ilmoita) | kertomatta
  | zatwierdzić | zaakceptować | nadać | przyznać | oplatit | zaplatit | převést | schválit | udělit
  | zapłać | zapłacić | przelej | przelać | zwróć | zatwierdź | zaakceptuj | nadaj | przyznaj
  | nie\s{1,2}(?:oddzwaniaj|mów|informuj|dzwoń) | bez\s{1,2}informowania
  | zaplať${LL}{0,2} | převeď${LL}{0,2} | preveď${LL}{0,2} | vrať${LL}{0,2} | schval${LL}{0,2} | schváľ${LL}{0,2}
  | uděl${LL}{0,2} | udeľ | přiděl | prideľ | nevolej${LL}{0,2} | nevolaj | neříkej${LL}{0,2} | nehovor | neinformuj
  | plati | platite | uplati | prebaci | prebacite | prenesi | odobri | odobrite | dodijeli | dodeli
  | nemoj\s{1,2}(?:zvati|reći|javiti) | ne\s{1,2}(?:zovi|reci|govori|kliči|povej|javljaj) | plačaj | nakaži | povrni
  | plătește | plătiți | transferă | transferați | virează | rambursează | aprobă | aprobați | acordă
  | nu\s{1,2}(?:suna|spune|anunța|informa) | fără\s{1,2}să\s{1,2}(?:anunți|spui|informezi)
  | fizesd | fizess | fizessen | utald | utalj | utaljon | térítsd\s{1,2}vissza | hagyd\s{1,2}jóvá | hagyja\s{1,2}jóvá
  | ne\s{1,2}(?:hívd|szólj|mondd)
  | πλήρωσε | πληρώστε | μετάφερε | μεταφέρετε | επίστρεψε | έγκρινε | εγκρίνετε | ενέκρινε | χορήγησε
  | μην\s{1,2}(?:καλέσεις|πεις|ενημερώσεις|τηλεφωνήσεις)
  | плати | платете | преведи | преведете | върни | одобри | одобрете | предостави | не\s{1,2}(?:се\s{1,2}обаждай|казвай|уведомявай)
  | оплатить | перевести | перечислить | вернуть | одобрить | предоставить | выдать | оплатити | переказати
  | повернути | схвалити | надати | оплати | оплатите | сплати | заплати | переведи | переведите | перечисли | перекажи | верни | поверни
  | одобрите | схвали | затверди | выдай | предоставь | надай | не\s{1,2}(?:перезванивай|звони|говори|сообщай|предупреждай|передзвонюй|кажи|повідомляй)
  | никому\s{1,2}не | нікому\s{1,2}не
  | öde | ödeyin | transfer\s{1,2}et | aktar | havale\s{1,2}et | iade\s{1,2}et | onayla | onaylayın
  | yetki\s{1,2}ver | erişim\s{1,2}ver | söyleme | haber\s{1,2}verme | bildirme
  | menyetujui | membayar | mentransfer | mengirim\s{1,2}uang | mengembalikan\s{1,2}dana | memberikan\s{1,2}akses
  | bayar | bayarkan | transferkan | kirim\s{1,2}uang | kembalikan\s{1,2}(?:dana|uang) | setujui | luluskan
  | berikan\s{1,2}akses | beri\s{1,2}akses | jangan\s{1,2}(?:telepon|hubungi|beritahu|bilang|beri\s{1,2}tahu|maklumkan)
  | tanpa\s{1,2}(?:memberi\s{1,2}tahu|memberitahu|memaklumkan) | pindahkan\s{1,2}(?:wang|dana|uang)
  | magbayad | bayaran | i-transfer | ilipat\s{1,2}ang\s{1,2}pera | i-refund | aprubahan | aprobahan
  | huwag\s{1,2}(?:tumawag|sabihin|ipaalam)
  | lipa | lipia | hamisha\s{1,2}pesa | tuma\s{1,2}pesa | rudisha\s{1,2}pesa | idhinisha | usipige\s{1,2}simu | usimwambie | usiseme
  | thanh\s{1,2}toán | chuyển\s{1,2}tiền | chuyển\s{1,2}khoản | hoàn\s{1,2}tiền | phê\s{1,2}duyệt | cấp\s{1,2}quyền
  | đừng\s{1,2}(?:gọi|nói|báo) | không\s{1,2}(?:gọi\s{1,2}lại|cần\s{1,2}báo)
  | pagueu | transfereix | reemborsa | aproveu | concedeix | no\s{1,2}(?:truquis|diguis|avisis)
  | sumokėk${LL}{0,4} | pervesk${LL}{0,4} | grąžink | patvirtink${LL}{0,4} | suteik | neskambink | nesakyk | nepranešk
  | samaksā | pārskaiti${LL}{0,2} | atmaksā | apstiprini${LL}{0,2} | piešķir | nezvani | nesaki | neziņo
  | kanna\s{1,2}(?:${LL}{1,10}\s{1,2})?üle | tagasta | kinnita | ära\s{1,2}(?:helista|ütle|teavita)
  | ħallas | ittrasferixxi | irrimborsa | iċċempilx | tgħidx
  | bezuel | iwwerweis | genehmeg
  | төл | шилжүүл | батал | зөвшөөр | бүү\s{1,2}(?:залга|хэл)
  | sanwo | san\s{1,2}owo | gbe\s{1,2}owo | fọwọsi | ma\s{1,2}(?:pe|sọ)
  | kwụọ | zigara\s{1,2}ego | kwado | akpọla | agwala
  | biya | tura\s{1,2}kuɗi | mayar\s{1,2}da\s{1,2}kuɗi | amince | kada\s{1,2}ka\s{1,2}(?:kira|gaya)
  | perevedi(?:te)? | oplati(?:te)? | odobri(?:te)? | ne\s{1,2}govori(?:te)? | nikomu\s{1,2}ne
  | paise\s{1,2}bhej${LL}{0,3} | payment\s{1,2}kar${LL}{0,3} | transfer\s{1,2}kar${LL}{0,3} | refund\s{1,2}kar${LL}{0,3}
  | approve\s{1,2}kar${LL}{0,3} | mat\s{1,2}bata${LL}{0,3} | mat\s{1,2}kar${LL}{0,3}
`);
const STRONG_S = alt(R`
  无需确认 | 無需確認 | 不用确认 | 不需要确认 | 確認不要 | 確認なしで | 확인\s{0,2}없이 | دون\s{0,2}تأكيد | بدون\s{0,2}تأیید | ללא\s{0,2}אישור | बिना\s{0,2}पुष्टि
  |   ادفع | حوّل | حول\s{0,2}المبلغ | قم\s{0,2}بتحويل | قم\s{0,2}بالدفع | أرجع\s{0,2}المبلغ | استرد | وافق | اعتمد | امنح
  | أعط\s{0,2}صلاحية | لا\s{0,2}(?:تتصل|تخبر|تبلغ|تعلم) | دون\s{0,2}(?:إبلاغ|إعلام)
  | پرداخت\s{0,2}کن | واریز\s{0,2}کن | منتقل\s{0,2}کن | انتقال\s{0,2}بده | بازپرداخت | تأیید\s{0,2}کن | تایید\s{0,2}کن
  | دسترسی\s{0,2}بده | اعطا\s{0,2}کن | تماس\s{0,2}نگیر | نگو | اطلاع\s{0,2}نده | بدون\s{0,2}اطلاع
  | שלם | תשלם | העבר | תעביר | החזר | אשר | תאשר | הענק | תן\s{0,2}גישה | אל\s{0,2}(?:תתקשר|תספר|תגיד|תודיע) | בלי\s{0,2}לספר
  | भुगतान\s{0,2}कर | ट्रांसफर\s{0,2}कर | रिफंड\s{0,2}कर | स्वीकृत\s{0,2}कर | मंजूरी\s{0,2}दे | मंज़ूरी\s{0,2}दे
  | अनुमति\s{0,2}दे | एक्सेस\s{0,2}दे | कॉल\s{0,2}न | मत\s{0,2}बता | न\s{0,2}बता
  | পেমেন্ট\s{0,2}কর | পরিশোধ\s{0,2}কর | ট্রান্সফার\s{0,2}কর | স্থানান্তর\s{0,2}কর | রিফান্ড\s{0,2}কর
  | অনুমোদন\s{0,2}কর | অ্যাক্সেস\s{0,2}দিন | জানাবেন\s{0,2}না | বলবেন\s{0,2}না | কল\s{0,2}করবেন\s{0,2}না
  | โอนเงิน | ชำระเงิน | จ่ายเงิน | คืนเงิน | อนุมัติ | ให้สิทธิ์ | มอบสิทธิ์ | อย่าโทร | อย่าบอก | ไม่ต้องบอก | ไม่ต้องแจ้ง | ไม่ต้องโทร
  | 支払 | 振り込 | 振込 | 送金 | 返金 | 承認 | 権限を付与 | アクセス権を | 伝えないで | 言わないで | 知らせないで
  | 連絡しないで | 折り返し不要 | 付款给 | 付款給 | 支付给 | 支付給 | 打款 | 转账 | 轉帳 | 转帐 | 汇款 | 匯款 | 退款 | 批准 | 核准 | 授权 | 授權
  | 授予 | 不要回电 | 不用回电 | 不要告诉 | 不要告訴 | 别告诉 | 別告訴 | 不要通知 | 송금 | 이체 | 결제해 | 지불해
  | 환불 | 승인 | 권한을\s{0,2}부여 | 권한\s{0,2}부여 | 접근\s{0,2}권한 | 전화하지\s{0,2}마 | 말하지\s{0,2}마 | 알리지\s{0,2}마
  | បង់ប្រាក់ | ផ្ទេរប្រាក់ | សងប្រាក់ | អនុម័ត | ផ្តល់សិទ្ធិ | កុំប្រាប់ | កុំទូរស័ព្ទ
  | ගෙවන්න | මාරු\s{0,2}කරන්න | අනුමත\s{0,2}කරන්න | කියන්න\s{0,2}එපා | අමතන්න\s{0,2}එපා
  | ክፈል | አስተላልፍ | አጽድቅ | ፍቀድ | አትደውል | አትንገር
  | ادائیگی\s{0,2}کر | ٹرانسفر\s{0,2}کر | رقم\s{0,2}بھیج | رقم\s{0,2}منتقل | ریفنڈ\s{0,2}کر | منظور\s{0,2}کر
  | منظوری\s{0,2}د | رسائی\s{0,2}د | مت\s{0,2}بتا | نہ\s{0,2}بتا | کال\s{0,2}نہ
  | செலுத்து | பரிமாற்ற | ஒப்புதல் | அனுமதி\s{0,2}கொடு | அணுகல்\s{0,2}வழங்கு | சொல்ல\s{0,2}வேண்டாம் | அழைக்க\s{0,2}வேண்டாம்
`);
/** Weak acts: harmless unless their clause names a sensitive object. */
const WEAK = alt(R`
  send | forward | share | export | publish | post | upload | add | make | set | change | update | replace
  | remove | delete | disable | turn\s{1,2}off | reset | mark | give | invite | hand\s{1,2}over | reveal | switch
  | sendet | leitet | teilt | löscht | entfernt | ändert | gebt | fügt | deaktiviert | tragt
  | sende | senden | schick${LL}{0,2} | leite${LL}{0,3} | teile | exportiere | veröffentliche | füge | mache? | setze
  | ändere | ersetze | entferne | lösche | deaktiviere | schalte | markiere | gib | lade
  | envoie[zs]? | transmets | transmettez | partage[zs]? | exporte[zs]? | publie[zs]? | ajoute[zs]? | rends | rendez
  | mets | mettez | change[zs]? | modifie[zs]? | remplace[zs]? | supprime[zs]? | retire[zs]? | désactive[zs]?
  | marque[zs]? | donne[zs]?
  | envía | envia | reenvía | reenvia | comparte | exporta | publica | añade | agrega  | pon | cambia
  | modifica | reemplaza | elimina | quita | desactiva | marca | dale | envie | encaminhe | compartilhe
  | partilhe | exporte | publique | adicione | torne | coloque | altere | mude | substitua | remova | exclua
  | desative | marque | dê | invia | inoltra | condividi | esporta | pubblica | aggiungi | rendi | imposta
  | cambia | sostituisci | rimuovi | elimina | disattiva | segna | dai
  | stuur | verstuur | deel | exporteer | publiceer | voeg | maak | zet | wijzig | vervang | verwijder | schakel | markeer | geef
  | send | videresend | eksporter | publicer | tilføj | legg | gør | gjør | ændr | endre | erstat | fjern | slet | deaktiver | marker | giv | gi
  | skicka | vidarebefordra | dela | exportera | publicera | lägg | gör | sätt | ändra | ersätt | ta\s{1,2}bort | radera | inaktivera | markera | ge
  | lähetä | jaa | vie | julkaise | lisää  | aseta | vaihda | muuta | poista | merkitse | anna
  | wyślij | prześlij | udostępnij | eksportuj | opublikuj | dodaj | ustaw | zmień | zastąp | usuń | wyłącz | oznacz | daj
  | pošli | přepošli | sdílej | sdieľaj | exportuj | zveřejni | zverejni | přidej | pridaj | nastav | změň | zmeň | odstraň | odstráň | smaž | vypni | označ | dej | daj
  | pošalji | proslijedi | podijeli | objavi | dodaj | postavi | promijeni | zamijeni | ukloni | izbriši | onemogući | isključi | označi | daj
  | pošlji | posreduj | deli | objavi | spremeni | zamenjaj | odstrani | izbriši | onemogoči | izklopi | označi
  | trimite | redirecționează | partajează | exportă | publică | adaugă | setează | schimbă | modifică | înlocuiește | elimină | șterge | dezactivează | marchează | dă
  | küldd | továbbítsd | oszd\s{1,2}meg | exportáld  | add | állítsd | változtasd | cseréld | távolítsd | töröld | kapcsold | jelöld
  | στείλε | στείλτε | προώθησε | μοιράσου | δημοσίευσε | πρόσθεσε  | άλλαξε | αντικατάστησε | αφαίρεσε | διάγραψε | απενεργοποίησε | σήμανε | δώσε
  | изпрати | препрати | сподели | публикувай | добави  | смени | промени | замени | премахни | изтрий | изключи | маркирай | дай
  | отправь | отправьте | перешли | перешлите | поделись | экспортируй | опубликуй | добавь | добавьте   | установи | измени | измените | замени | удали | удалите | отключи | отключите | отметь | пометь | дай | дайте
  | надішли | надішліть | перешли | поділись | експортуй | опублікуй | додай | додайте  | встанови | зміни | змініть | заміни | видали | вимкни | познач | дай
  | gönder | ilet | paylaş | dışa\s{1,2}aktar | yayınla | ekle  | ayarla | değiştir | sil | kaldır | devre\s{1,2}dışı | işaretle
  | kirim | kirimkan | teruskan | bagikan | kongsi | ekspor | publikasikan | terbitkan | tambahkan | jadikan | atur | ubah | tukar | ganti | hapus | padam | buang | nonaktifkan | matikan | tandai | berikan | beri
  | ipadala | ipasa | ibahagi | i-export | i-publish | idagdag  | palitan | alisin | burahin | i-disable | markahan | ibigay
  | tuma | sambaza | shiriki | chapisha | ongeza  | badilisha | ondoa | futa | zima | weka\s{1,2}alama | mpe
  | gửi | vô\s{1,2}hiệu\s{1,2}hóa | xuất\s{1,2}(?:dữ\s{1,2}liệu|file|tệp) | chuyển\s{1,2}tiếp | chia\s{1,2}sẻ  | công\s{1,2}khai | thêm | đặt  | thay\s{1,2}đổi  | xóa | gỡ  | đánh\s{1,2}dấu | cấp
  | envia | reenvia | comparteix | exporta | publica | afegeix  | posa | canvia | substitueix | elimina | treu | desactiva | marca | dona
  | siųsk | persiųsk | pasidalink | paskelbk | pridėk  | nustatyk | pakeisk | pašalink | ištrink | išjunk | pažymėk | duok
  | nosūti | pārsūti | kopīgo | publicē | pievieno  | iestati | nomaini | maini | noņem | izdzēs | atspējo | atzīmē | dod
  | saada | edasta | jaga | avalda | lisa  | määra | muuda | asenda | eemalda | kustuta | lülita | märgi | anna
  | ibgħat | aqsam | żid  | biddel | neħħi | ħassar | itfi | immarka | agħti
  | schéck | deel | füüg  | änner | läsch | gëff
  | илгээ | хуваалц | нэм | өөрчил | устга | унтраа | тэмдэглэ | өг
  | firanṣẹ | fi\s{1,2}kun | yipada | pa\s{1,2}rẹ | yọ | ziga | kesaa | tinye | gbanwee | hichapụ | nye
  | aika | tura | raba | ƙara | canza | cire | goge | kashe
  | bhej${LL}{0,3} | share\s{1,2}kar${LL}{0,3} | forward\s{1,2}kar${LL}{0,3} | add\s{1,2}kar${LL}{0,3}
  | hata${LL}{0,3} | badal${LL}{0,3} | de\s{1,2}do | bana\s{1,2}do
  | sdelaj(?:te)? | otprav['ь]?(?:te)? | peresh?li(?:te)? | udali(?:te)? | dobav['ь]?(?:te)? | izmeni(?:te)?
`);
const WEAK_S = alt(R`
  أرسل | ارسل | أعد\s{0,2}توجيه | شارك | صدّر | انشر | أضف | اجعل | غيّر | غير | استبدل | أزل | احذف | عطّل | عطل | ضع\s{0,2}علامة | أعط
  | بفرست | ارسال\s{0,2}کن | فوروارد | به\s{0,2}اشتراک | منتشر\s{0,2}کن | اضافه\s{0,2}کن | تغییر\s{0,2}بده | عوض\s{0,2}کن | حذف\s{0,2}کن | غیرفعال | بده
  | שלח | תשלח | העבר | שתף | ייצא | פרסם | הוסף | תוסיף | הפוך | שנה | תשנה | החלף | הסר | מחק | השבת | סמן | תן
  | भेज | फॉरवर्ड | शेयर | प्रकाशित | जोड़ | बना | बदल | हटा | डिलीट | बंद\s{0,2}कर | चिह्नित | दे\s{0,2}दो | दें
  | পাঠান | পাঠাও | ফরোয়ার্ড | শেয়ার | প্রকাশ | যোগ\s{0,2}কর | পরিবর্তন | মুছে | সরিয়ে | বন্ধ\s{0,2}কর | দিন
  | ส่ง | แชร์ | ส่งออก | เผยแพร่ | เพิ่ม | ทำให้ | ตั้ง | เปลี่ยน | แก้ไข | ลบ | ปิด | ทำเครื่องหมาย | ให้
  | 送信 | 転送 | 共有 | エクスポート | 公開 | 追加 | 設定 | 変更 | 置き換え | 削除 | 無効 | オフに | マーク | 渡して | 教えて
  | 发送 | 發送 | 转发 | 轉發 | 分享 | 共享 | 导出 | 匯出 | 公开 | 公開 | 发布 | 添加 | 加为 | 加入 | 设为 | 設為 | 设置 | 更改 | 修改 | 改成
  | 替换 | 删除 | 刪除 | 移除 | 禁用 | 关闭 | 關閉 | 标记 | 標記 | 提供 | 给我 | 交给
  | 보내 | 전달 | 공유 | 내보내 | 공개 | 추가 | 설정 | 변경 | 바꿔 | 교체 | 삭제 | 제거 | 비활성화 | 끄 | 표시 | 알려
  | ផ្ញើ | ចែករំលែក | បន្ថែម | ផ្លាស់ប្តូរ | លុប | បិទ | ផ្តល់
  | යවන්න | බෙදාගන්න | එකතු\s{0,2}කරන්න | වෙනස්\s{0,2}කරන්න | මකන්න | අක්‍රිය | දෙන්න
  | ላክ | አጋራ | ጨምር | ቀይር | ሰርዝ | አጥፋ | ስጥ
  | بھیجیں | بھیج | شیئر | شائع | شامل\s{0,2}کر | تبدیل | ہٹا | ڈیلیٹ | بند\s{0,2}کر | دیں
  | அனுப்பு | பகிர் | வெளியிடு | சேர் | மாற்று | நீக்கு | முடக்கு | கொடு
`);
/** Objects that make a weak act consequential: secrets, access, money details, safeguards, exposure. */
const OBJECT = alt(R`
  (?:verification|security|login|one[\s-]time|otp|sms|auth${LL}{0,10}|recovery|backup|reset|2fa|mfa)\s{1,2}codes?
  | otp | 2fa | mfa | two[\s-]factor | passwords? | passcodes? | api[\s-]?keys? | (?:private|secret|ssh|signing)\s{1,2}keys?
  | (?:access|api|auth|bearer|session)\s{1,2}tokens? | secrets? | credentials? | admin${LL}{0,8} | owners? | access
  | permissions? | iban | bank${LL}{0,10} | account\s{1,2}(?:number|details) | payout | beneficiary | protection
  | approvers? | administrators? | superusers? | root\s{1,2}access | sudo | privileges? | elevated
  | publicly | anyone\s{1,2}with\s{1,2}the\s{1,2}link | externally | outside\s{1,2}the\s{1,2}(?:company|organi[sz]ation)
  | publichn${LL}{1,4} | parol['ь]? | dostup${LL}{0,2} | seed[\s-]?phrase | recovery\s{1,2}phrase | mnemonic
  | verified | paid | trusted | whitelisted | contacts | money | funds | (?:all|every)\s{1,2}(?:e-?mails?|messages|mails|files|documents)
  | forwarding\s{1,2}rule | audit\s{1,2}logs? | geld | bezahlt | argent | fonds | payée?s? | dinero | fondos | pagad[oa]s? | dinheiro
  | soldi | fondi | pagat[oa] | betaald | penger | pengar | betalt | rahat | maksettu | pieniądze | środki | zapłacon${LL}{0,2}
  | peníze | zaplacen${LL}{0,2} | novac | plaćen${LL}{0,2} | denar | bani | plătit${LL}{0,2} | pénz${LL}{0,2} | kifizetett
  | χρήματα | πληρωμέν${LL}{0,2} | пари | деньги | средства | оплачен${LL}{0,2} | гроші | кошти | ödendi | uang | wang | pera | pesa
  | tiền | đã\s{1,2}thanh\s{1,2}toán | dibayar | customer\s{1,2}(?:list|data|records)
  | passwort | kennwort | bestätigungscode | zugang${LL}{0,4} | zugriff${LL}{0,4} | berechtigung${LL}{0,3} | inhaber
  | eigentümer | bankverbindung | kontonummer | konto${LL}{0,3} | schutz${LL}{0,3} | verifiziert
  | mot\s{1,2}de\s{1,2}passe | code\s{1,2}de\s{1,2}(?:vérification|confirmation|sécurité) | accès | droits | propriétaire
  | coordonnées\s{1,2}bancaires | rib | compte | vérifié${LL}{0,2} | contraseña | clave | código\s{1,2}de\s{1,2}(?:verificación|seguridad|acceso|verificação|segurança|acesso)
  | acceso | permisos | propietario | dueño | cuenta | datos\s{1,2}bancarios | protección | verificad[oa]s?
  | senha | acesso | permissões | proprietário | dono | conta | dados\s{1,2}bancários | proteção
  | codice\s{1,2}di\s{1,2}(?:verifica|sicurezza|accesso) | accesso | permessi | proprietario | titolare | conto
  | coordinate\s{1,2}bancarie | protezione | verificat[oa] | wachtwoord | verificatiecode | toegang | rechten
  | eigenaar | rekening${LL}{0,6} | bescherming | geverifieerd | adgangskode | adgang | rettigheder | ejer | konto
  | beskyttelse | verificeret | passord | tilgang | eier | lösenord | åtkomst | behörighet${LL}{0,2} | ägare | skydd
  | verifierad | salasana | vahvistuskoodi | pääsy${LL}{0,3} | oikeud${LL}{1,3} | omistaja${LL}{0,2} | tili${LL}{0,3}
  | suojau${LL}{1,3} | vahvistet${LL}{1,3} | hasło | hasła | kod\s{1,2}(?:weryfikacyjny|SMS|BLIK) | dostęp${LL}{0,2}
  | uprawnie${LL}{1,3} | właściciel${LL}{0,2} | ochron${LL}{1,2} | zweryfikowan${LL}{1,2} | heslo | přístup
  | prístup | vlastník | účet | ochran${LL}{1,2} | ověřen${LL}{1,2} | overen${LL}{1,2} | lozinka | lozinku | geslo
  | pristup | dostop | vlasnik | lastnik | račun | zaštit${LL}{1,2} | zaščit${LL}{1,2} | verificiran${LL}{0,2}
  | parol[aăe] | acces | drepturi | proprietar | cont | protecți${LL}{1,2} | verificat | jelszó | jelszav${LL}{1,3}
  | hozzáférés${LL}{0,3} | jogosultság${LL}{0,3} | tulajdonos | számla${LL}{0,3} | védelm${LL}{1,3} | ellenőrzött
  | κωδικ${LL}{1,3} | πρόσβαση | δικαιώματα | ιδιοκτήτη${LL}{0,1} | λογαριασμ${LL}{1,3} | προστασία | επαληθευμέν${LL}{1,2}
  | парол${LL}{1,2} | достъп | достъпа | собственик | сметка | защита${LL}{0,2} | проверен | пароль
  | код${LL}{0,2}\s{1,2}(?:подтвержд${LL}{1,4}|из\s{1,2}смс|підтвердж${LL}{1,4}) | доступ${LL}{0,2} | права | владел${LL}{1,4}
  | сч[её]т${LL}{0,2} | защит${LL}{1,2} | подтвержд${LL}{1,4} | власник${LL}{0,2} | рахун${LL}{1,2} | захист
  | перевірен${LL}{1,2} | админ${LL}{0,10} | адмін${LL}{0,10} | şifre${LL}{0,3} | doğrulama\s{1,2}kodu | erişim${LL}{0,3}
  | yetki${LL}{0,3} | sahib${LL}{0,3} | hesap | hesab${LL}{0,2} | koruma${LL}{0,3} | doğrulan${LL}{0,3}
  | kata\s{1,2}sandi | sandi | kode\s{1,2}(?:OTP|verifikasi|pengesahan) | kata\s{1,2}laluan | akses | hak\s{1,2}akses
  | pemilik | rekening | akaun | perlindungan | terverifikasi | disahkan | pag-access | may-ari | nywila | ufikiaji
  | mmiliki | akaunti | ulinzi | imethibitishwa | mật\s{1,2}khẩu | mã\s{1,2}(?:OTP|xác\s{1,2}(?:minh|thực)) | quyền
  | chủ\s{1,2}sở\s{1,2}hữu | tài\s{1,2}khoản | bảo\s{1,2}vệ | đã\s{1,2}xác\s{1,2}minh | contrasenya | accés | propietari
  | protecció | slaptažod${LL}{1,3} | prieig${LL}{1,3} | savinink${LL}{1,3} | sąskait${LL}{1,3} | apsaug${LL}{1,3}
  | patvirtint${LL}{1,3} | piekļuv${LL}{1,3} | īpašniek${LL}{1,3} | aizsardzīb${LL}{1,3} | verificēt${LL}{1,3}
  | salasõna | parool${LL}{0,2} | ligipääs${LL}{0,3} | omanik${LL}{0,3} | kaitse${LL}{0,2} | kinnitatud | aċċess
  | protezzjoni | ivverifikat | Passwuert | Zougang | Besëtzer | нууц\s{1,2}үг | эзэмшигч | данс | хамгаалалт
  | ọrọ\s{1,2}igbaniwọle | oniwun | okwuntughe | onye\s{1,2}nwe | kalmar\s{1,2}sirri | mai\s{1,2}shi | khaata
`);
const OBJECT_S = alt(R`
  お金 | 資金 | 支払済 | 钱款 | 资金 | 已付款 | 돈 | 자금 | 지불됨 | الأموال | المال | مدفوع | پول | כסף | שולם | पैसे | টাকা | เงิน
  | رمز\s{0,2}(?:التحقق|التأكيد) | كلمة\s{0,2}(?:المرور|السر) | صلاحي | وصول | مالك | مشرف | حساب | آيبان | الحماية | حماية | موثق | تم\s{0,2}التحقق
  | رمز\s{0,2}عبور | گذرواژه | کد\s{0,2}تأیید | دسترسی | مالک | حساب | شبا | محافظت | تأیید\s{0,2}شده
  | סיסמ | קוד\s{0,2}אימות | גישה | הרשא | בעלים | מנהל | חשבון | הגנה | מאומת
  | पासवर्ड | ओटीपी | एक्सेस | अनुमति | मालिक | एडमिन | खाता | खाते | सुरक्षा | सत्यापित
  | পাসওয়ার্ড | ওটিপি | অ্যাক্সেস | অনুমতি | মালিক | অ্যাডমিন | অ্যাকাউন্ট | সুরক্ষা | যাচাইকৃত
  | รหัสผ่าน | รหัส\s{0,2}OTP | รหัสยืนยัน | สิทธิ์ | เจ้าของ | ผู้ดูแล | แอดมิน | บัญชี | การป้องกัน | ยืนยันแล้ว
  | パスワード | 認証コード | 確認コード | 暗証 | アクセス | 権限 | 管理者 | オーナー | 所有者 | 口座 | 保護 | 検証済み | 確認済み
  | 密码 | 密碼 | 验证码 | 驗證碼 | 权限 | 權限 | 访问 | 訪問 | 管理员 | 管理員 | 所有者 | 账户 | 帳戶 | 账号 | 帳號
  | 银行 | 銀行 | 保护 | 保護 | 已验证 | 已驗證
  | 비밀번호 | 인증\s{0,2}(?:코드|번호) | 권한 | 접근 | 관리자 | 소유자 | 계좌 | 계정 | 보호 | 확인됨
  | ពាក្យសម្ងាត់ | លេខកូដ | សិទ្ធិ | ម្ចាស់ | គណនី | ការពារ
  | මුරපදය | ප්‍රවේශ | අයිතිකරු | ගිණුම | ආරක්ෂාව
  | የይለፍ\s{0,2}ቃል | ፈቃድ | ባለቤት | መለያ | ጥበቃ
  | پاس\s{0,2}ورڈ | رسائی | مالک | ایڈمن | اکاؤنٹ | تحفظ | تصدیق\s{0,2}شدہ
  | கடவுச்சொல் | அணுகல் | உரிமையாளர் | நிர்வாகி | கணக்கு | பாதுகாப்பு | சரிபார்க்கப்பட்ட
`);

const STRONG_RE = new RegExp(R`${led(STRONG, NB)}${NA}`, "iu");
const STRONG_S_RE = new RegExp(led(STRONG_S), "u");
const WEAK_RE = new RegExp(R`${led(WEAK, NB)}${NA}|${led(WEAK_S)}`, "giu");
const OBJECT_RE = new RegExp(R`${led(OBJECT, NB)}${NA}`, "iu");
const OBJECT_S_RE = new RegExp(led(OBJECT_S), "u");

/** The user's own wish ("I want to transfer …", "ich möchte …"): a request for themselves. */
const OWN_WISH = new RegExp(
  R`${NB}(?:how\s{1,2}(?:to|do|can|should|does)|wie\s{1,2}(?:kann|können|mache|funktioniert)|comment|cómo|como\s{1,2}(?:posso|faço|puedo)|come\s{1,2}(?:posso|si)|hoe\s{1,2}(?:kan|moet)|jak\s{1,2}(?:mogę|mohu|můžu)|как\s{1,2}(?:мне|можно)|як\s{1,2}(?:мені|можна)|nasıl|bagaimana|cara|làm\s{1,2}sao|làm\s{1,2}thế\s{1,2}nào|paano|jinsi\s{1,2}ya|i\s{1,2}(?:want|would\s{1,2}like|need|wish)|i['’]d\s{1,2}like|can\s{1,2}i|could\s{1,2}i|how\s{1,2}(?:do|can)\s{1,2}i|ich\s{1,2}(?:möchte|will|würde\s{1,2}gern|brauche)|kann\s{1,2}ich|je\s{1,2}(?:veux|voudrais|souhaite)|puis-je|quiero|quisiera|necesito|puedo|quero|gostaria|preciso|posso|vorrei|voglio|ik\s{1,2}(?:wil|wou)|kan\s{1,2}ik|jeg\s{1,2}(?:vil|vil\s{1,2}gerne|ønsker)|jag\s{1,2}vill|haluan|chcę|chciał${LL}{0,4}|chci|chtěl${LL}{0,4}|želim|vreau|aș\s{1,2}vrea|szeretné${LL}{0,2}|θέλω|искам|хочу|хочу|хотел${LL}{0,2}|istiyorum|saya\s{1,2}(?:mau|ingin|perlu)|aku\s{1,2}mau|gusto\s{1,2}ko|nataka|tôi\s{1,2}muốn|vull|noriu|es\s{1,2}gribu|ma\s{1,2}tahan|irrid|ech\s{1,2}wëll)${NA}|أريد|اريد|می\s{0,2}خواهم|میخواهم|אני\s{0,2}רוצה|मैं\s{0,2}चाहत|मुझे\s{0,2}चाहिए|আমি\s{0,2}চাই|ฉันต้องการ|ผมต้องการ|したい|どうやって|どうすれば|如何|怎么|怎麼|어떻게|كيف|איך|कैसे|চিভাবে|কীভাবে|อย่างไร|ยังไง|我想|我要|帮我|幫我|하고\s{0,2}싶|ខ្ញុំចង់|میں\s{0,2}چاہت`,
  "iu",
);
/** A customer's or user's own turn in a chat ("Customer:", "Kunde:", "用户：" at the line start). */
const USER_TURN = new RegExp(
  R`^[ \t]{0,3}(?:\[[^\]\n]{0,30}\][ \t]{0,3})?(?:user|me|human|customer|client|visitor|guest|kunde|kundin|benutzer|nutzer|usuario|usuário|utilisateur|utente|cliente|gebruiker|klant|kund|asiakas|klient|ügyfél|πελάτης|клиент|пользователь|користувач|użytkownik|kullanıcı|müşteri|khách(?:\s{1,2}hàng)?|pelanggan|pengguna|mteja|المستخدم|العميل|کاربر|مشتری|משתמש|לקוח|ग्राहक|উপयোগকারী|গ্রাহক|ผู้ใช้|ลูกค้า|用户|用戶|客户|客戶|ユーザー|お客様|顧客|사용자|고객)[ \t]{0,2}[:：]`,
  "iu",
);
/** An example or scam word before the address: an awareness page quoting a scam. */
const EXAMPLE = new RegExp(
  R`${NB}(?:example|e\.g\.|for\s{1,2}instance|such\s{1,2}as|attackers?|malicious|injection|injektion|angreifer|attaquant|atacante|aggressore|aanvaller|atakując${LL}{0,3}|útočník|злоумышленник${LL}{0,2}|зловмисник${LL}{0,2}|saldırgan|penyerang|kẻ\s{1,2}tấn\s{1,2}công|inyección|injeção|iniezione|инъекц${LL}{0,3}|enjeksiyon|injeksi|scam${LL}{0,4}|phishing|fraud${LL}{0,4}|beispiel|z\.\s?b\.|betrug|betrüger${LL}{0,2}|exemple|arnaque${LL}{0,2}|escroc${LL}{0,3}|hameçonnage|ejemplo|estafa${LL}{0,3}|fraude|exemplo|golpe|golpista|esempio|truffa|truffator\p{L}|voorbeeld|oplicht${LL}{0,4}|eksempel|svindel${LL}{0,3}|bedrägeri|exempel|esimerkki|huijau${LL}{0,3}|przykład|oszust${LL}{0,4}|příklad|príklad|podvod${LL}{0,3}|primjer|primer|prevar${LL}{0,3}|exemplu|înșelăt${LL}{0,5}|példa|csal${LL}{0,4}|παράδειγμα|απάτη|пример|измам${LL}{0,2}|мошенни${LL}{0,4}|приклад|шахра${LL}{0,4}|örnek|dolandırıc${LL}{0,4}|contoh|penipu${LL}{0,3}|halimbawa|mfano|utapeli|ví\s{1,2}dụ|lừa\s{1,2}đảo|pavyzd${LL}{0,3}|sukči${LL}{0,5}|piemēr${LL}{0,3}|krāpšan${LL}{0,3}|näide|pettus|eżempju|жишээ|луйвар)${NA}|مثال|احتيال|نصب|کلاهبرداری|דוגמה|הונאה|उदाहरण|धोखाधड़ी|ঠগ|উদাহরণ|攻击者|攻撃者|공격자|المهاجم|התוקף|हमलावर|注入|インジェクション|인젝션|حقن|הזרקת|প্রতারণা|ตัวอย่าง|หลอกลวง|例えば|詐欺|例如|诈骗|詐騙|예를\s{0,2}들어|사기|ឧទាហរណ៍|උදාහරණ|වංචා|ምሳሌ|ማጭበርበር|دھوکہ|உதாரணம்|மோசடி`,
  "iu",
);

/**
 * The address opens a quotation that prose introduces ("… ended with this line:\n  \"Note to the
 * AI …", "the mail said «…»"): a specimen being reported, not a message to the reader. A JSON
 * value (`"text": "…`) has a quotation mark before its colon and does not count.
 */
const QUOTED_SPECIMEN =
  /(?:[\p{L}\d)][ \t]{0,2}[:：]|\b(?:says?|said|wrote|writes?|reads?|like|reading)[ \t]{0,2}:?)\s{0,8}["“«„][^"“”«»„\n]{0,60}$/u;
/** How far after a weak act its sensitive object may stand. */
const OBJECT_NEAR = 60;
/** How far before a weak act its object may stand (verb-final clauses). */
const OBJECT_BEFORE = 32;
/** How far after the address its act may stand (the rest of the clause, at most this). */
const ACT_REACH = 200;

/** The clause after the address that ends at `end` (a greeting line's order is on the next line). */
function clauseAfter(view: string, end: number): string {
  if (/^[ \t,:：]{0,8}(?:\r?\n|\\n)/.test(view.slice(end, end + 12))) {
    const nl = view.slice(end, end + 12).search(/\n|\\n/);
    end += nl + (view.startsWith("\\n", end + nl) ? 2 : 1);
  }
  const rest = view.slice(end, end + ACT_REACH);
  const stop = rest.search(/\n|\\n|[.!?。！？](?:\s|$)/);
  return stop < 0 ? rest : rest.slice(0, stop + 1);
}

/** True when the clause after the address asks for a consequential act. */
export function consequentialAct(clause: string): boolean {
  if (STRONG_RE.test(clause) || STRONG_S_RE.test(clause)) return true;
  WEAK_RE.lastIndex = 0;
  for (let m = WEAK_RE.exec(clause); m !== null; m = WEAK_RE.exec(clause)) {
    // Verb-final languages (ja, ko, tr, hi, fa, zh 把 …) name the object first.
    const near = clause.slice(Math.max(0, m.index - OBJECT_BEFORE), m.index + OBJECT_NEAR);
    if (OBJECT_RE.test(near) || OBJECT_S_RE.test(near)) return true;
  }
  return false;
}

/**
 * What the assistant can do, said of it (product docs, release notes): "can pay", "kann … freigeben",
 * "peut rembourser", "可以转账" — not "can you …", which asks.
 */
const CAPABILITY = new RegExp(
  R`${NB}(?:can|could|may(?!-)|will|is\s{1,2}able\s{1,2}to|helps|lets|allows|kann|können|wird|peut|peuvent|pourra|puede|pueden|podrá|pode|podem|può|possono|potrà|kan|kunnen|kann|voi|może|mogą|může|mohou|môže|može|poate|tud|μπορεί|може|может|могут|можуть|dapat|bisa|boleh|có\s{1,2}thể|maaari|anaweza)${NA}(?![\s,]{1,3}(?:you|u|du|tu|vous|usted|ustedes|você|voi|jij|je|ty|вы|ты|sen|siz|anda|bạn)${NA})|できます|できる|可以|能够|能夠|할\s{0,2}수|يمكن|יכול|सकता|สามารถ`,
  "iu",
);

/** The address is spoken to the AI and followed by a consequential act, not by a look-alike. */
function accept(view: string, at: number, to: number): boolean {
  const span = nameSpan(view, at, to);
  if (!span) return false;
  const [start, end] = span;
  const clause = clauseAfter(view, end);
  if (!consequentialAct(clause)) return false;
  if (!spokenTo(view, start, end)) return false;
  if (OWN_WISH.test(clause) || CAPABILITY.test(clause)) return false;
  const lineStart = view.lastIndexOf("\n", start) + 1;
  if (USER_TURN.test(view.slice(lineStart, start + 1))) return false;
  const before = view.slice(Math.max(0, start - 240), start);
  return !EXAMPLE.test(before) && !QUOTED_SPECIMEN.test(before);
}

/** The gate arms the rule around each name; the rule's own regex is the same source (one compile). */
const GATE = new RegExp(ADDRESSEE, "giu");

/** Rules for a consequential act put to an AI addressed in any of ~50 languages. */
export const ADDRESS_I18N_RULES: readonly InjectionRule[] = [{
  ...rule(
    "addressed_consequential_act",
    1.0,
    "",
    ADDRESSEE,
    "Text addresses the AI assistant and asks it to move money, grant access, send secrets out, " +
      "remove a safeguard or keep the owner uninformed",
    { flags: "iu", reach: 160, accept, at: { input: 0.3, definition: 0.3 } },
  ),
  anchors: { words: [], symbols: [], gate: GATE },
}];
