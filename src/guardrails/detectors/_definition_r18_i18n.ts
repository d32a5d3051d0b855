/**
 * Round 18's multilingual structures (paraphrase tests in `_definition_r18_test.ts`). Each rule is
 * a few closed word classes (concessive, user, tool, command, confirmation) that every language
 * has, read in one sentence — not a phrase list per language:
 * - a concessive that overrides the user ("… even if the user asks for another") in a text that
 *   talks about tools: preference manipulation;
 * - an answer scripted regardless of the data ("always answer X, even if the tool returns
 *   otherwise"): a lie to the user;
 * - "run any command … without confirmation": obeying whatever a result says.
 */
import type { Hit } from "./_definition_grammar.ts";

const R = String.raw;

/** "Even if" in the languages the older lists miss, plus the common ones. */
const CONCESSIVE = new RegExp(
  [
    R`(?<!\p{L})(?:even\s+(?:if|when|though)|regardless\s+of\s+what|selbst\s+wenn|auch\s+wenn|même\s+si|aunque|incluso\s+si|mesmo\s+que|anche\s+se|zelfs\s+als|även\s+om|selv\s+om|nawet\s+(?:jeśli|gdy)|vaikka|chiar\s+dac[aă]|hata\s+kama|i\s+když|még\s+ha|ακόμα\s+κι\s+αν|meskipun|walaupun|bile|kể\s+cả\s+khi|ngay\s+cả\s+khi)(?!\p{L})`,
    R`даже\s+если|навіть\s+якщо|גם\s+אם|אפילו\s+אם|แม้ว่า|ถึงแม้|แม้|भले\s+ही|चाहे|حتى\s+(?:لو|إذا)|即使|即便|就算|哪怕|たとえ|더라도`,
  ].join("|"),
  "iu",
);
const USER = new RegExp(
  R`(?<!\p{L})(?:user|users|người\s+dùng|pengguna|usuario|utilisateur|nutzer|benutzer|utente|gebruiker|användare|bruger|bruker|kullanıcı|użytkownik|utilizador|usuário|käyttäjä\p{L}{0,3}|utilizatorul|utilizator|mtumiaji|uživatel\p{L}{0,2}|felhasználó\p{L}{0,2}|χρήστης)(?!\p{L})|пользовател|користувач|משתמש|ผู้ใช้|ユーザー|用户|使用者|사용자|उपयोगकर्ता|المستخدم`,
  "iu",
);
/** Another choice ("asks for another", "a different one"). */
const ANOTHER = new RegExp(
  R`(?<!\p{L})(?:another|other|different|otro|otra|autre|andere[nrs]?|altro|altra|outro|outra|ander|annan|annet|anden|inny|inną|başka|lain|khác|tois\p{L}{1,4}|muuta|altul|alta|altceva|nyingine|jiný|jinou|másik|άλλο)(?!\p{L})|друг\p{L}{0,3}|інш\p{L}{0,3}|אחר\p{L}{0,1}|อื่น|別の|他の|其他|别的|다른|أخرى|آخر|दूसरा|अन्य`,
  "iu",
);
/** Tools, in the text around (a preference is about which tool runs). */
const TOOL = new RegExp(
  R`(?<!\p{L})(?:tools?|herramientas?|outils?|werkzeuge?|strumenti|ferramentas?|công\s+cụ|alat|araç\p{L}{0,4}|narzędzi\p{L}{0,2}|verktyg|instrument\p{L}{0,3}|zana|nástroj\p{L}{0,2}|eszköz\p{L}{0,3}|εργαλεί\p{L}{0,2})(?!\p{L})|\p{L}{0,12}työkalu\p{L}{0,6}|инструмент|כלי|เครื่องมือ|ツール|工具|도구|टूल|أدوات|أداة`,
  "iu",
);
/** A scripted answer: answer, say, tell, reply. */
const ANSWER = new RegExp(
  R`(?<!\p{L})(?:answer|say|tell|reply|respond|antwort\p{L}{0,3}|répond\p{L}{0,3}|respond\p{L}{0,3}|rispond\p{L}{0,3}|antwoord|svara|odpowiad\p{L}{0,3}|yanıtla|jawab|trả\s+lời|vastaa|răspunde|jibu)(?!\p{L})|ответ\p{L}{0,3}|відповід\p{L}{0,3}|ענה|תענה|תגיד|אמור|ตอบ|答え|回答|답하|أجب`,
  "iu",
);
/** The data says something else: otherwise, differently. */
const OTHERWISE = new RegExp(
  R`(?<!\p{L})(?:otherwise|differently|something\s+else|sonst|anders|autrement|différemment|de\s+otro\s+modo|diferente|altrimenti|diversamente|annars|inaczej|farklı|berbeda|khác|muuten|toisin|altfel|vinginevyo|jinak|másként)(?!\p{L})|иначе|інакше|по-іншому|אחרת|อย่างอื่น|違う|否则|不同|다르게|خلاف\s+ذلك|अन्यथा`,
  "iu",
);

/** Run / execute. */
const RUN = new RegExp(
  R`(?<!\p{L})(?:run|execute|exécute\p{L}{0,2}|ejecut\p{L}{1,3}|execut\p{L}{1,3}|esegu\p{L}{1,3}|führ\p{L}{0,2}\s+\p{L}{0,20}\s?aus|voer\s+\p{L}{0,20}\s?uit|kör|wykonaj\p{L}{0,2}|çalıştır\p{L}{0,3}|jalankan|thực\s+thi|chạy|suorita|execută|tekeleza|endesha|proveď|futtas\p{L}{0,3}|εκτέλεσε)(?!\p{L})|выполн\p{L}{1,4}|викон\p{L}{1,4}|הרץ|בצע|להריץ|รัน|เรียกใช้|実行|执行|執行|실행|نفذ|चलाएं|चलाओ`,
  "iu",
);
/** Any / every. */
const ANY = new RegExp(
  R`(?<!\p{L})(?:any|every|all|toute?s?|cualquier\p{L}{0,2}|qualquer|qualsiasi|jede[nrs]?|alle|elke|varje|dowoln\p{L}{1,2}|każd\p{L}{1,2}|herhangi|apa\s+pun|setiap|bất\s+kỳ|mọi|orice|toate|kila|yoyote|jakýkoli|bármely|minden|mikä\s+tahansa|kaikki|οποιαδήποτε)(?!\p{L})|люб\p{L}{1,3}|будь-як\p{L}{1,3}|кожн\p{L}{1,3}|כל|ใด\s?ๆ|ทุก|任何|所有|すべて|모든|أي|كل|कोई\s+भी`,
  "iu",
);
/** A command (the word is a cognate nearly everywhere). */
const COMMAND = new RegExp(
  R`(?<!\p{L})(?:commands?|commande\p{L}{0,1}|comando\p{L}{0,1}|comand\p{L}{1,3}|befehl\p{L}{0,2}|commando\p{L}{0,1}|kommando\p{L}{0,2}|komend\p{L}{1,2}|komut\p{L}{0,5}|perintah|lệnh|komento\p{L}{0,3}|amri|příkaz\p{L}{0,2}|parancs\p{L}{0,3}|εντολ\p{L}{1,2})(?!\p{L})|команд\p{L}{0,3}|פקוד\p{L}{1,2}|คำสั่ง|コマンド|命令|指令|명령|أمر|أوامر|कमांड`,
  "iu",
);
/** Without confirmation (the confirmation word alone: "without" has too many shapes). */
const CONFIRM = new RegExp(
  R`(?<!\p{L})(?:confirm\p{L}{0,6}|bestätig\p{L}{0,4}|bevestig\p{L}{0,4}|bekräft\p{L}{0,5}|potwierdz\p{L}{0,5}|potwierdze\p{L}{0,3}|onay\p{L}{0,5}|konfirmasi|xác\s+nhận|vahvist\p{L}{0,5}|uthibitisho|kuthibitisha|potvrzen\p{L}{0,2}|megerősít\p{L}{0,4}|επιβεβαίωσ\p{L}{0,2})(?!\p{L})|подтвержд\p{L}{0,4}|підтвердж\p{L}{0,4}|אישור|ยืนยัน|確認|确认|확인|تأكيد|पुष्टि`,
  "iu",
);
/** A safeguard switched off: the order is forbidden in its own words ("never run any command"). */
const NEG_LEAD = /(?<!\p{L})(?:never|do\s+not|don't|must\s+not)(?!\p{L})[^,;:.]{0,30}$/iu;

const ANOTHER_ALL = new RegExp(ANOTHER.source, "giu");

/**
 * "Another" standing for a tool: at the clause's end ("asks for another.") or before a tool word —
 * not "another spelling".
 */
function anotherTool(rest: string): boolean {
  for (const m of rest.matchAll(ANOTHER_ALL)) {
    const after = rest.slice(m.index + m[0].length, m.index + m[0].length + 24);
    if (/^\s{0,2}(?:[.,;!?)。]|$)/.test(after) || TOOL.test(after)) return true;
  }
  return false;
}

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?;。])\s+|\n+/).filter((s) => s.length > 8).slice(0, 60);
}

/** Hits of round 18's multilingual structures over `normal` (NFKC). */
export function r18I18nHits(normal: string): Hit[] {
  if (normal.length < 24) return [];
  const out: Hit[] = [];
  const c = CONCESSIVE.test(normal);
  const parts = c || COMMAND.test(normal) ? sentencesOf(normal) : [];
  if (c) {
    const tools = TOOL.test(normal);
    for (const s of parts) {
      const m = CONCESSIVE.exec(s);
      if (!m) continue;
      const rest = s.slice(m.index + m[0].length, m.index + m[0].length + 60);
      if (tools && USER.test(rest) && anotherTool(rest)) {
        out.push({
          kind: "preference_manipulation",
          severity: "high",
          reason: "Definition keeps its tool in use even when the user asks for another",
        });
        break;
      }
      if (ANSWER.test(s) && TOOL.test(rest) && OTHERWISE.test(rest)) {
        out.push({
          kind: "deceive_user",
          severity: "high",
          reason: "Definition scripts an answer even when the tool's data says otherwise",
        });
        break;
      }
    }
  }
  for (const s of COMMAND.test(normal) ? parts : []) {
    const run = RUN.exec(s);
    if (!run || NEG_LEAD.test(s.slice(0, run.index))) continue;
    const rest = s.slice(run.index, run.index + 160);
    if (ANY.test(rest) && COMMAND.test(rest) && CONFIRM.test(rest)) {
      out.push({
        kind: "hidden_instruction",
        severity: "high",
        reason: "Definition orders any command run without confirmation",
      });
      break;
    }
  }
  return out;
}
