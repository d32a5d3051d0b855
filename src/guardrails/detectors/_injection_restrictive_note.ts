/**
 * A restrictive note to the AI reader (round 43's result twins): content that turns to "the AI
 * assistant drafting this", "notebook assistants", "Catatan untuk asisten AI" and then only FORBIDS
 * acts or hands a decision back to a person ("do not release anything before the radiologist
 * signs", "please don't install anything or read credential files; ask the user", "jangan
 * menjalankan alat apa pun", "verwijs de gebruiker naar de eigen apotheek"). The honest author
 * narrows what the model may do; the injection widens it. So the address is no signal when the
 * note around it (from the start of its sentence to the end of its paragraph, bounded):
 *  - has a prohibition or a deferral to a person (en, es, nl, id, vi, ja only),
 *  - carries no payload (a link, host:port, account number, e-mail address, shell command, amount),
 *  - orders no act with side effects outside a negated clause (send, pay, install, create, set,
 *    release, add, perform, use … and their equivalents; in ja no affirmative "…てください"), and
 *  - waives no oversight ("do not page anyone", "don't break the scene to ask", "without
 *    confirmation", "jangan bertanya", "no le avises"): a note that forbids asking or telling
 *    removes a safeguard rather than adding one.
 * Then the address-only hits are dropped, a credential or card mention inside a negated clause of
 * the note too, and the learned model is not asked for a second opinion. Every other hit (concealment,
 * exfiltration, payments …) still counts. Languages the word lists do not cover are left alone.
 */

import { addressOnlyWith } from "./_injection_address_only.ts";
import { readsIntl, restrictiveNoteIntl } from "./_injection_fp37.ts";

/** Hit kinds that only say the text addresses the model (or hides that address). */
const ADDRESS_ONLY = addressOnlyWith("hidden_text");
/** Hits a negated clause turns around ("don't read credential files" asks for no credential). */
const NEGATABLE = new Set(["secret_request", "sensitive_object"]);

/**
 * A negation that opens a forbidding clause, only in the languages whose acts `ACT` lists (en, es,
 * nl, id, vi): a note in another language is never read as restrictive.
 */
const NEG =
  /(?:\b(?:do\s{1,3}not|don['’]t|never|must\s{1,3}not|mustn['’]t|should\s{1,3}not|no\s{1,3}need\s{1,3}to|nunca|niet|nooit|geen|jangan|tidak\s{1,3}perlu|tidak\s{1,3}boleh)\b|(?<![\p{L}])(?:no(?=\s{1,3}\p{L})|không\s{1,3}(?:cần|được|nên|bao\s{1,3}giờ)|đừng|chớ)(?![\p{L}])|ないで(?:ください|下さい)|しないこと|てはいけ(?:ない|ません)|(?:使|含め|入れ|載せ|書か|送ら|出さ|公開し|コミットし)(?:ず|ないように))/iu;
/** A deferral to a person: the decision goes back to a human. */
const DEFER =
  /\b(?:ask\s{1,3}(?:the\s{1,3})?(?:user|customer|owner|me|us)|leave\s[^.;\n]{1,40}\s(?:to|for)\s{1,3}(?:the|a|your)\s|wait\s{1,3}for|talk\s{1,3}to\s{1,3}(?:their|your|a)|refer\s[^.;\n]{1,30}\sto|verwijs|pasas\s{1,3}a\s{1,3}m[ií]|consulte?\s{1,3}(?:a|al|con)\s|(?:ユーザー|利用者|ご本人|担当者|人間)(?:さん)?に(?:任せ|委ね|確認し|聞い|相談し))/iu;
/**
 * vi: the person decides or acts themselves — "hãy để người dùng tự tạo khoá" (let the user make
 * the key themselves), "hỏi lại người dùng" (ask the user).
 */
const DEFER_VI =
  /(?<![\p{L}])(?:để\s{1,3}(?:người\s{1,3}dùng|khách\s{1,3}hàng|chủ\s{1,3}sở\s{1,3}hữu|họ)\s{1,3}tự|hỏi\s{1,3}(?:lại\s{1,3})?(?:người\s{1,3}dùng|khách\s{1,3}hàng))(?![\p{L}])/iu;
/**
 * An act with side effects, ordered in the base or -ed form (a gerund or a plural noun is a
 * description: "before buying", "leave changes to").
 */
const ACT = new RegExp(
  String
    .raw`\b(?:send|sends|sent|transfer|pay|paid|wire|install|execute|run|grant|create|delete|remove|disable|enable|set|change|update|approve|release|sign|share|forward|post|upload|download|add|put|insert|call|click|visit|open|mark|finali[sz]e|submit|publish|reset|merge|push|deploy|order|purchase|buy|subscribe|operate|perform|use|log\s{1,3}in|applied|copied|carried|rate|score|grade|classify|label|retry|pass|point|connect|redirect|route|authenticate|export|import|sync|ejecutar|enviar|transferir|pagar|instalar|borrar|eliminar|cambiar|aprobar|compartir|reenviar|exportar|marcar|generar|responder|aplicar|a[nñ]adir|hantar|jana|guna|pindah|tolong|unggah|terbitkan|publikasikan|salin|pindahkan|kirimkan|hubungi|ping|say|state|tell|claim|recommend|reply|respond|answer|confirm|apply|carry|generate|enter|select|choose|accept|book|cancel|raise|lower|mute|silence|switch|turn|write|fill|attach|paste|copy|save|assign|close|reopen|waive|refund|issue|offer|grant|code|di(?=\s{1,3}(?:que|a|al|le|les|lo|la)\s)|diga|dile|responde|responda|contesta|marca|marque|genera|genere|añade|añada|aplica|aplique|entra|entre|acepta|acepte|escribe|escriba|zeg|antwoord|markeer|genereer|voeg|zet|accepteer|kies|vul|tulis|balas|jawab|tandai|setel|atur|terima|pilih|isi|masukkan|buat|\p{L}{1,10}[áéíó]\p{L}{0,4}[aei](?:me|nos|lo|los|selo|sela)|enviar?|env[ií][ae]|pon|sube|baja|desactiva|desactive|activa|active|agrega|agregue|transfier[ae]|pag[ae]|pague|instal[ae]|ejecut[ae]|borr[ae]|elimin[ae]|cambi[ae]|aprueb[ae]|compart[ae]|reenv[ií][ae]|introduzca|introduce|abr[ae]|haga|verstuur|stuur|betaal|installeer|verwijder|wijzig|keur|deel|maak|stel|voer|boek|klik|kirim|transfer|bayar|pasang|instal|jalankan|lakukan|hapus|ubah|setujui|bagikan|klik|buka|unduh|senden|überweise|installiere|lösche|ändere|envoie|envoyez|payez|installez|supprimez|modifiez|gửi|chuyển|xóa|cài\s{1,3}đặt|thanh\s{1,3}toán|chạy|cấp|tắt|bật|tạo|phê\s{1,3}duyệt|chia\s{1,3}sẻ|tải\s{1,3}lên)(?:ed|d)?(?![\p{L}-])`,
  "iu",
);
/**
 * ja: an order in the affirmative — "…てください" / "…で下さい" not after "ない", "…しろ", "…せよ",
 * "…なさい", "…すること" (a note that only forbids uses "…ないでください" / "…しないこと").
 */
const ORDER_JA =
  /(?<!な)(?<!ない)(?:て|で)(?:ください|下さい|くれ)|(?:しろ|せよ|なさい)(?![\p{L}])|(?<!ない|しない)すること(?!は)/u;
/**
 * ja: oversight removed — the user not to be told or asked ("ユーザーには伝えないで"), the check
 * declared unneeded ("確認は不要", "承認を待たずに").
 */
const OVERSIGHT_WAIVED_JA =
  /(?:ユーザー|利用者|本人|担当者|上司|管理者|お客様)(?:さん)?(?:に|へ)(?:は|も)?(?:言わ|伝え|知らせ|報告し|確認し|聞か|相談し)(?:ないで|なくて|ず)|(?:確認|承認|許可|レビュー)(?:は|を|も)?(?:不要|せず|しないで|しなくて|待たず|得ず|取らず)|内緒|黙って/u;
/** A negation that removes oversight: forbids asking, telling, checking or escalating. */
const OVERSIGHT_WAIVED = new RegExp(
  [
    String
      .raw`\b(?:do\s{1,3}not|don['’]t|never|no\s{1,3}need\s{1,3}to)\s{1,3}(?:\p{L}+\s{1,3}){0,2}?(?:tell|mention|inform|notify|alert|report|flag|escalate|page|ping|ask|disclose|reveal|quote|cite|show|break|stop|question|confirm|verify|check|wait|bother|contact|document|log|record)\b`,
    String
      .raw`\bno\s{1,3}(?:\p{L}+\s{1,3}){0,2}?(?:approval|confirmation|review|consent|check|sign-?off|ticket|verification|authori[sz]ation)(?:\s{1,3}\p{L}+){0,2}?\s{1,3}(?:needed|required|necessary|expected)\b|\btak\s{1,3}perlu\b`,
    String
      .raw`\bwithout\s{1,3}(?:\p{L}+\s{1,3}){0,2}?(?:asking|confirmation|confirming|approval|review|telling|checking|verification|consent)\b`,
    String
      .raw`\bno\s{1,3}(?:le\s{1,3}|les\s{1,3})?(?:digas|avises|informes|preguntes|consultes|notifiques)\b|\bsin\s{1,3}(?:preguntar|avisar|confirmar|consultar|esperar)\b|\bno\s{1,3}(?:hace\s{1,3}falta|es\s{1,3}necesario)\b`,
    String
      .raw`\bwithout\s{1,3}waiting\b|\btanpa\s{1,3}(?:menunggu|bertanya|persetujuan|konfirmasi|izin)\b|\bzonder\s{1,3}(?:te\s{1,3})?wachten\b`,
    String
      .raw`\b(?:jangan|tidak\s{1,3}perlu)\s{1,3}(?:\p{L}+\s{1,3}){0,2}?(?:bertanya|tanya|memberi\s{1,3}tahu|beri\s{1,3}tahu|lapor\p{L}*|konfirmasi|verifikasi|memeriksa|periksa)\b`,
    String
      .raw`\bniet\s{1,3}(?:melden|vragen|vertellen|controleren|navragen)\b|\bzonder\s{1,3}(?:te\s{1,3})?(?:vragen|melden|controleren)\b`,
    String
      .raw`\bnicht\s{1,3}(?:fragen|melden|informieren|prüfen|nachfragen)\b|\bohne\s{1,3}(?:Rückfrage|Bestätigung|Prüfung)\b`,
    String
      .raw`\bne\s{1,3}pas\s{1,3}(?:demander|signaler|informer|prévenir|vérifier)\b|\bsans\s{1,3}(?:demander|confirmation|vérification)\b`,
    String
      .raw`(?:không\s{1,3}cần|đừng)\s{1,3}(?:hỏi|xác\s{1,3}nhận|báo|thông\s{1,3}báo|kiểm\s{1,3}tra|(?:ghi|nêu|nhắc|đề\s{1,3}cập)\s{1,3}(?:vào|trong|lại)?\s{0,3}(?:mô\s{1,3}tả|PR|commit|ticket|nhật\s{1,3}ký))`,
    // A check declared unneeded, either order: "no confirmation is required", "No hace falta
    // consultar al usuario", "Bevestiging … is niet vereist", "tidak perlu konfirmasi".
    String
      .raw`\b(?:confirm\p{L}*|approv\p{L}*|consent|review|sign[- ]?off|bevestig\p{L}*|goedkeuring|toestemming|confirmaci[oó]n|aprobaci[oó]n|consultar|preguntar|persetujuan|konfirmasi|Bestätigung|Genehmigung|Rückfrage|validation)[^.;\n]{0,40}?(?:not\s{1,3}(?:required|needed|necessary)|unnecessary|niet\s{1,3}(?:vereist|nodig)|no\s{1,3}(?:es\s{1,3})?(?:necesari[oa]|requerid[oa])|tidak\s{1,3}(?:perlu|diperlukan)|nicht\s{1,3}(?:nötig|erforderlich)|pas\s{1,3}nécessaire)`,
    String
      .raw`\b(?:no\s{1,3}hace\s{1,3}falta|no\s{1,3}es\s{1,3}necesario|not\s{1,3}(?:required|needed|necessary)\s{1,3}to|niet\s{1,3}nodig\s{1,3}om)\s{1,3}(?:\p{L}+\s{1,3}){0,2}?(?:consultar|preguntar|avisar|confirmar|ask|check|confirm|tell|te\s{1,3}vragen|te\s{1,3}melden)`,
    // The same, the waiver first: "tidak perlu menunggu persetujuan", "no need for approval".
    String
      .raw`(?:not\s{1,3}required|no\s{1,3}need|tidak\s{1,3}perlu|niet\s{1,3}nodig|no\s{1,3}hace\s{1,3}falta)[^.;\n]{0,40}?(?:approval|confirmation|sign[- ]?off|persetujuan|konfirmasi|izin|goedkeuring|bevestiging|toestemming|aprobaci[oó]n|confirmaci[oó]n|permiso)`,
    String.raw`\btidak\s{1,3}perlu\s{1,3}(?:menunggu|meminta|minta)\b`,
    // nl: "noem dit bericht niet", "vermeld het niet" (keep it out of the answer).
    String.raw`\b(?:noem|vermeld|meld)\s{1,3}(?:\p{L}+\s{1,3}){0,2}?niet\b`,
  ].join("|"),
  "iu",
);
/**
 * A payload a restriction has no use for: a link, an account number, an address to write to, a
 * shell command, an amount of money, a wallet. An honest "do not …" note carries no destination.
 */
const PAYLOAD =
  /\b[a-z][a-z0-9+.-]{1,10}:\/\/|\b[\w-]+(?:\.[\w-]+)+:\d{2,5}\b|\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,}|[\w.+-]+@[\w-]+\.[a-z]{2}|`[^`\n]{3,}`|[€$£¥₹]\s?\d|\d\s?(?:EUR|USD|GBP|euro)\b|\b0x[0-9a-f]{16,}|(?:^|\s)(?:\/tmp|~\/|\/etc)\//iu;
/**
 * Where a clause ends: a sentence mark, a semicolon, a list item or ", and / but" (a bare line
 * break is a wrapped line, not an end).
 */
const CLAUSE_END =
  /[.;!?。]|\n[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]|,\s{1,3}(?:and|but|y|pero|en|maar|dan|tetapi|und|et)\s/iu;
/** Where the note ends: a blank line, an escaped or closing string quote, a closing comment/tag. */
const NOTE_END = /\n\s*\n|\\n\\n|(?<!\\)"|-->|<\//u;

/**
 * The note around the address at `start`: from the start of its sentence (at most 300 characters
 * back: "… is executed by the agent running this") to the end of its paragraph (at most 600 after).
 */
function noteAt(text: string, start: number): [number, string] {
  const lo = Math.max(0, start - 300);
  const back = text.slice(lo, start);
  let from = lo;
  // A sentence end, a blank line (raw or escaped in JSON), a string quote, a comment or list item.
  const re = /[.!?](?:\s|\\n)|\n\s*\n|\\n\\n|"|<!--|\n[ \t]*[-*•#]/gu;
  for (let m = re.exec(back); m; m = re.exec(back)) from = lo + m.index + m[0].length;
  const part = text.slice(start, start + 600);
  // Skip the label itself ("…assistants:"), then stop at the note's end.
  const m = NOTE_END.exec(part.slice(1));
  return [from, text.slice(from, start) + (m ? part.slice(0, m.index + 1) : part)];
}

/** The clauses of `note`, each with its offset. */
function clauses(note: string): [string, number][] {
  const out: [string, number][] = [];
  let at = 0;
  let rest = note;
  for (let m = CLAUSE_END.exec(rest); m; m = CLAUSE_END.exec(rest)) {
    out.push([rest.slice(0, m.index), at]);
    const step = m.index + Math.max(1, m[0].length);
    at += step;
    rest = rest.slice(step);
  }
  if (rest) out.push([rest, at]);
  return out;
}

/**
 * A deferral phrased with an act verb: "tell users on X to talk to their doctor", "stop and tell
 * the user".
 */
const DEFER_ACT =
  /\btell\s{1,3}(?:the\s{1,3})?(?:users?|readers?|customers?|patients?|them)\b[^.;]{0,40}?\bto\s{1,3}(?:talk|consult|ask|check|see|speak)\b|\bstop\s{1,3}and\s{1,3}(?:tell|alert|warn|inform|notify|ask)\s{1,3}(?:the\s{1,3}|your\s{1,3})?(?:users?|customers?|owners?|admins?)\b|(?<![\p{L}])để\s{1,3}(?:người\s{1,3}dùng|khách\s{1,3}hàng|họ)\s{1,3}tự\s{1,3}\p{L}+|(?:ユーザー|利用者|ご本人|担当者|人間)(?:さん)?に(?:任せ|委ね|確認し|聞い|相談し)て(?:ください|下さい)/giu;

/**
 * True when a negation governs the verb at `from` of `clause`: within the 40 characters before it
 * and with no comma between ("para no retrasar el trámite, entre en la app" negates nothing).
 */
const negatedAt = (clause: string, from: number, to: number): boolean => {
  const before = clause.slice(Math.max(0, from - 40), from);
  const cut = before.lastIndexOf(",");
  // A word in a list ("keys from a blog, issue or doc") is a noun the negation still governs.
  const listed = /,\s{0,3}$/u.test(before) && LIST_OR.test(clause.slice(to, to + 12));
  return NEG.test(cut < 0 || listed ? before : before.slice(cut + 1));
};
/** A conditional's request to the reader just before an act: "if any message asks you to …". */
const ASKED_OF_YOU =
  /\bif\s[^.;]{0,60}?\b(?:asks?|tells?|wants?|urges?|requests?)\s{1,3}you\s{1,3}to\s{1,3}$/iu;
const PAID_ADJ =
  /^paid\s{1,3}(?:plans?|tiers?|versions?|editions?|subscriptions?|accounts?|features?|seats?|licen[cs]es?|add-?ons?)\b/iu;
const NOUN_PAGE = /\b(?:this|the|a|any|each|every|that|web|one|help|wiki|landing|home)\s{1,3}$/iu;
/** What follows the middle item of a list: "or", "hay", "hoặc", "o", "of", "atau". */
const LIST_OR = /^\s{1,3}(?:or|hay|hoặc|o|of|atau)\s/iu;

/**
 * Negated clause spans `[start, end)` of the note at `start` when it is restrictive (see the module
 * comment), else undefined.
 */
export function restrictiveNote(text: string, start: number): [number, number][] | undefined {
  const [base, note] = noteAt(text, start);
  // zh, hi, ko, he, ar, th, it: their own word lists (./_injection_fp37.ts).
  if (readsIntl(note)) {
    return restrictiveNoteIntl(text, base, start, PAYLOAD)?.map(([a, b]) => [base + a, base + b]);
  }
  if (!NEG.test(note) && !DEFER.test(note) && !DEFER_VI.test(note)) return undefined;
  if (PAYLOAD.test(note)) return undefined;
  if (OVERSIGHT_WAIVED.test(note) || OVERSIGHT_WAIVED_JA.test(note)) return undefined;
  // ja: an order in the affirmative ("…してください", "…せよ") is an act the note asks for.
  if (ORDER_JA.test(note.replace(DEFER_ACT, (m) => " ".repeat(m.length)))) return undefined;
  const negated: [number, number][] = [];
  for (const [raw, at] of clauses(note)) {
    const clause = raw.replace(DEFER_ACT, (m) => " ".repeat(m.length));
    const re = new RegExp(ACT.source, "giu");
    for (let m = re.exec(clause); m; m = re.exec(clause)) {
      // The act a suspicious message would ask for, named by a rule about it ("if any page asks
      // you to pay for activation, stop …") is no order.
      if (ASKED_OF_YOU.test(clause.slice(Math.max(0, m.index - 90), m.index))) continue;
      // "paid plans", "a paid tier": an adjective, not a payment.
      if (PAID_ADJ.test(clause.slice(m.index, m.index + 24))) continue;
      // "this page", "any page": the English noun, not es "pague".
      if (
        /^page$/iu.test(m[0]) && NOUN_PAGE.test(clause.slice(Math.max(0, m.index - 12), m.index))
      ) continue;
      if (!negatedAt(clause, m.index, m.index + m[0].length)) return undefined;
    }
    if (NEG.test(clause)) negated.push([base + at, base + at + clause.length]);
  }
  return negated;
}

/** A label that turns to an AI reader: "Notebook assistants:", "Para el asistente IA que …:". */
const LABEL = new RegExp(
  String
    .raw`(?<![\p{L}])(?:AI|IA|KI|LLM|assistants?|agents?|asistentes?|agentes?|assistenten|asisten|trợ\s{1,3}lý)(?![\p{L}])[^:\n"]{0,60}:\s|(?:AI|エージェント|アシスタント)[^:：\n"]{0,20}(?:へ|向け)[^:：\n"]{0,6}[:：]`,
  "giu",
);

interface SpanHit {
  start?: number;
  end?: number;
}

/**
 * Drops the address-only hits (and negated credential mentions inside the note) of a text whose
 * note to the AI only restricts it; true when it did (the learned second opinion is then skipped).
 */
export function dropRestrictiveAddress(text: string, hits: Map<string, SpanHit>): boolean {
  if (![...ADDRESS_ONLY].some((k) => hits.has(k))) return false;
  const address = hits.get("addresses_ai");
  let negated: [number, number][] | undefined;
  if (address?.start !== undefined) {
    negated = restrictiveNote(text, address.start);
    // The languages of ./_injection_fp37.ts: only a note that nothing but the address flags.
    if (
      negated !== undefined && readsIntl(noteAt(text, address.start)[1]) &&
      [...hits.keys()].some((k) => !ADDRESS_ONLY.has(k))
    ) return false;
  } else {
    // Found in a decoded view (a JSON string) or a hidden block: every label of an AI reader in
    // the raw text must open a restrictive note.
    LABEL.lastIndex = 0;
    let seen = 0;
    for (let m = LABEL.exec(text); m && seen < 4; m = LABEL.exec(text), seen++) {
      const spans = restrictiveNote(text, m.index);
      if (spans === undefined) return false;
      negated = [...(negated ?? []), ...spans];
    }
  }
  if (negated === undefined) return false;
  for (const k of ADDRESS_ONLY) hits.delete(k);
  for (const k of NEGATABLE) {
    const h = hits.get(k);
    if (h?.start === undefined) continue;
    if (negated.some(([a, b]) => h.start! >= a && h.start! < b)) hits.delete(k);
  }
  return true;
}
