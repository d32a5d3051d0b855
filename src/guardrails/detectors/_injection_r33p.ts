/**
 * Round 33 precision: benign twins the grammar read as orders. Each exemption needs context an
 * attacker cannot add by prefixing "for example:" to an order:
 * - **a prohibited act** (`prohibitedAct`): the sentence or list item opens by forbidding what
 *   follows ("Do NOT run `DROP DATABASE`…", "never commit .env or print environment variables",
 *   "No incluyas secretos ni fragmentos de `.env`", "Nie usuwaj kopii zapasowych"); a contrast or a
 *   new order ("…, just print it", "but", "instead") ends its reach, and "don't worry / hesitate /
 *   forget" forbids nothing. Only for the harm kinds of destructive acts and secrets;
 * - **a payment booked as received** (`receivedPayment`): "Pago recibido por transferencia",
 *   "payment received via wire transfer", "Zahlung per Überweisung eingegangen" records money that
 *   came in; an order to move money ("transfiere … a la cuenta") is another match and still counts;
 * - **the AI named in the third person** (`describedAssistant`): a noun followed by a relative
 *   clause ("Asystent AI, który pomaga w sprawdzaniu, …", "the AI assistant, which grades …",
 *   "el asistente de IA que usa …") describes the assistant; a vocative does not take one, and a
 *   clause about reading this text ("…, który to czyta") is still an address;
 * - **reported specimens** (`blankReportedSpecimens`): in a security text, quoted payloads whose
 *   outcome the text reports ("Round 1 payloads were the classics: "…", "…". All three were
 *   blocked."; a table with a payload column whose rows end in `blocked` / `obeyed`; 「…」を埋め込むと
 *   …出力した, 「…」「…」などの典型句も検出ログに記録する). A bare "as an example: <order>" names no
 *   outcome and stays an order.
 */
import { blankSpans } from "../text/blank.ts";

/** Kinds whose hit is a harmful act that a prohibition reverses. */
const PROHIBITABLE = new Set(["destructive_act", "secret_request", "secret_file"]);

/** The head of a sentence or list item that forbids what follows. */
const OPENS_PROHIBITION = new RegExp(
  String
    .raw`^\s*(?:#{1,3}|\/\/|--|\*)?\s*(?:[-*•]|\d{1,2}[.)])?\s*(?:never|do\s+not|don['’]t|must\s+not|mustn['’]t|should\s+not|shouldn['’]t|avoid|no|nunca|não|nao|ne|jamais|nie|nigdy|niemals|nie|non|не|никогда|asla)(?![\p{L}])(?!\s{0,2}[,!.])` +
    // "don't worry / hesitate / forget / wait" forbids nothing; "never mind" dismisses.
    String
      .raw`(?!\s+(?:worry|panic|hesitate|forget|wait|stop|mind|bother|be|feel|let|delay|fail|problem|te\s+preocupes|dudes|olvides)(?![\p{L}]))`,
  "iu",
);
/** What ends the prohibition's reach: a contrast or a new order. */
const NEW_ORDER =
  /(?<![\p{L}])(?:just|simply|instead|but|then|rather|please|now|first|pero|sino|luego|después|ahora|mas|então|agora|mais|puis|plutôt|aber|sondern|dann|jetzt|ale|potem|teraz|ma|invece|poi|ora|но|а\s+потом|затем|сейчас)(?![\p{L}])|[;:]/iu;

const SENTENCE_END = /[.!?](?=\s)/g;

/** True when the act at `start` sits in a sentence that opens by forbidding it. */
export function prohibitedAct(view: string, start: number): boolean {
  const before = view.slice(Math.max(0, start - 160), start);
  // A sentence ends at a stop before a space, not at the dot of ".env" or "3.5".
  let cut = before.lastIndexOf("\n");
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(before); m !== null; m = SENTENCE_END.exec(before)) {
    cut = Math.max(cut, m.index);
  }
  const head = before.slice(cut + 1);
  return OPENS_PROHIBITION.test(head) && !NEW_ORDER.test(head);
}

/** A payment recorded as received: the participle before ("recibido por") or after the word. */
const RECEIVED_BEFORE =
  /(?<![\p{L}])(?:recibid[oa]s?|cobrad[oa]s?|ingresad[oa]s?|received|credited|erhalten|eingegangen|reçue?s?|encaissée?s?|recebid[oa]s?|creditad[oa]s?|ricevut[oa]|incassat[oa]|otrzyman\p{L}{0,2}|zaksięgowan\p{L}{0,2}|получен\p{L}{0,2}|зачислен\p{L}{0,2})\s{1,3}(?:por|by|via|per|par|pelo|pela|por\s+meio\s+de|tramite|przez|по|mediante|con|mit)\s{1,3}(?:\p{L}{1,4}\s{1,3})?$/iu;
const RECEIVED_AFTER =
  /^\p{L}{0,12}\s{1,3}(?:recibid[oa]s?|received|eingegangen|erhalten|reçue?s?|recebid[oa]s?|ricevut[oa]|otrzyman\p{L}{0,2}|получен\p{L}{0,2})(?![\p{L}])/iu;

export function receivedPayment(view: string, start: number, end: number): boolean {
  return RECEIVED_BEFORE.test(view.slice(Math.max(0, start - 48), start)) ||
    RECEIVED_AFTER.test(view.slice(end, end + 40));
}

/** Kinds that only say the text speaks to the AI. */
const ADDRESS = new Set(["addresses_ai", "addressed_request"]);
/** A relative pronoun right after the noun: the assistant is described, not called. */
const RELATIVE_AFTER =
  /^\p{L}{0,3}[ \t]{0,3}(?:\([^)\n]{0,40}\)[ \t]{0,3})?,?[ \t]{1,3}(?:któr(?:y|a|e|zy)|which|who|whose|que|qui|der|die|das|welche[rsn]?|котор\p{L}{1,3}|che|cui|il\s+quale|la\s+quale|dat)(?![\p{L}])([^.\n]{0,60})/iu;
/** A relative clause about reading or handling this very text is still an address. */
const READS_THIS =
  /(?<![\p{L}])(?:czyta\p{L}{0,3}|przetwarza\p{L}{0,3}|read(?:s|ing)?|process(?:es|ing)?|receiv(?:es|ing)|lee|procesa|recibe|liest|verarbeitet|lit|traite|legge|elabora|lê|processa|читает|обрабатывает|получает|sees|sieht|widzi|видит|leest|verwerkt|ontvangt|ziet|dit|deze|summari[sz]\p{L}{0,3}|zusammenfass\p{L}{0,3}|resum\p{L}{1,3}|podsumow\p{L}{0,4}|резюмир\p{L}{0,4}|this|these|diese\p{L}{0,1}|dies|esto|este|esta|estos|estas|cette|ces|questo|questa|questi|isto|esse|essa|ten|tę|ta|tego|этот|эту|это|эти)(?![\p{L}])/iu;

/** "To all AI assistants, who …", "An alle KI-Assistenten, die …": a call to every reader. */
const TO_ALL =
  /(?<![\p{L}])(?:to\s{1,3}(?:all|any|every)|an\s{1,3}alle|a\s{1,3}tod[oa]s\s{1,3}(?:l[oa]s)?|à\s{1,3}tou[st]|do\s{1,3}wszystkich|для\s{1,3}всех|всем|dear|hey|hi|hello|hola|hallo|cześć)(?![\p{L}])[^\n]{0,24}$/iu;

/**
 * A dedication that opens a line, sentence or quoted value ("For AI assistants that set up the
 * environment: …", "Для ИИ-ассистентов, которые …", "Pour les assistants IA qui …", "Note to the
 * agent that …"): the relative clause then says which readers are addressed, not who is described.
 * Read over the context and the match itself (the preposition may be part of the match).
 */
const DEDICATED =
  /(?:^|[\n"'“«„(:.!?]\s{0,3})(?:for|to|note\s{1,3}(?:for|to)|attention|attn\.?|für|an|pour|à|para|per|voor|aan|dla|do|для|до|için|untuk|cho)\s{1,3}(?:(?:the|all|any|every|les|des|tous\s{1,3}les|la|le|los|las|el|gli|i|die|den|alle|de|het|wszystkich|всех)\s{1,3})?[^\n.!?:]{0,40}$/iu;

export function describedAssistant(view: string, start: number, end: number): boolean {
  // Only a bare noun phrase takes the relative clause; a match that runs on into an order
  // ("Buchhaltungs-Assistent: … zahlen, die alte …") ends far from the noun.
  if (end - start > 40 || view.slice(start, end).includes(":")) return false;
  if (TO_ALL.test(view.slice(Math.max(0, start - 40), start))) return false;
  if (DEDICATED.test(view.slice(Math.max(0, start - 40), end))) return false;
  const m = RELATIVE_AFTER.exec(view.slice(end, end + 90));
  return m !== null && !READS_THIS.test(m[1]);
}

/**
 * A Japanese act told in the past ("…システムプロンプトを出力した。", "…を送信しました"): a report of
 * what happened, not an order; "出力したら" / "出力したうえで" (once you have …) still count.
 */
const PAST_JA = /^(?:し|され)(?:た|ました|ていた|ていました)(?=[。、，,．.\s)）」]|$)/u;
function narratedJa(view: string, end: number): boolean {
  return PAST_JA.test(view.slice(end, end + 8));
}

/**
 * Round-33 reasons to drop one match of a rule of kind `kind` at `[start, end)` of `view` (called by
 * `firstMatch` in ./injection.ts after the rule matched, so ordinary text never pays for it).
 */
export function r33Rejects(kind: string, view: string, start: number, end: number): boolean {
  if (end > start && view.charCodeAt(end - 1) >= 0x3040 && narratedJa(view, end)) return true;
  if (PROHIBITABLE.has(kind)) return prohibitedAct(view, start);
  if (kind === "money_order") return receivedPayment(view, start, end);
  if (ADDRESS.has(kind)) return describedAssistant(view, start, end);
  return false;
}

/** The text is security material about attacks on an assistant. */
const FRAMING =
  /\b(?:payloads?|inject\w{0,6}|write-?up|ctf|red[- ]?team\w{0,3}|pen-?test\w{0,3}|jailbreak\w{0,3}|exploit\w{0,4}|attack\w{0,3})\b|注入|インジェクション|ペイロード|攻撃|инъекци|атак|ataque|angriff|attaque|atak/iu;
/** A single-line quotation: "…", “…”, «…», 「…」, `…`. */
const QUOTE =
  /"([^"\n]{3,300})"|“([^”\n]{3,300})”|«([^»\n]{3,300})»|「([^」\n]{3,300})」|`([^`\n]{3,300})`/g;
/** Between two items of one list of quotations. */
const LIST_GAP =
  /^\s{0,3}(?:[,;、，]\s{0,3})?(?:(?:and|or|y|o|e|et|ou|und|oder|i|lub|и|или|や|と)\s{1,3})?$/iu;
/** The outcome of the quoted attempts, reported after them. */
const OUTCOME =
  /\b(?:(?:was|were|are|is|got|get|gets)\s{1,3}(?:all\s{1,3}|both\s{1,3}|each\s{1,3}|then\s{1,3}|still\s{1,3}|easily\s{1,3})?(?:blocked|caught|flagged|filtered|detected|rejected|refused|stopped|quarantined|obeyed|followed|executed)|blocked|caught|flagged|detected|rejected|obeyed|worked|succeeded|bypassed|slipped\s{1,3}through|got\s{1,3}through)\b|検出|ブロック|遮断|出力した|従った|成功した|失敗した|拒否/iu;
/** A colon after a specimen noun introduces the list ("payloads were the classics: "). */
const INTRO =
  /\b(?:payloads?|prompts?|attacks?|injections?|attempts?|examples?|strings?|phrases?|classics|variants?|messages?)\b[^\n.]{0,60}[:：]\s{0,3}$/i;
/** Japanese order: the quotation, then a verb of carrying or "such phrases as". */
const CUE_AFTER =
  /^\s{0,3}(?:を|と|という)?[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]{0,8}?(?:埋め込|仕込|混ぜ|挿入|含め)|^\s{0,3}(?:など|といった|のような)/u;

/**
 * `text` with the quoted specimens whose outcome a security text reports blanked (same length);
 * `text` itself otherwise. Only read for texts some rule matched (the caller's contract).
 */
export function blankReportedSpecimens(text: string): string {
  if (!FRAMING.test(text) || !/["“«「`]/.test(text)) return text;
  const cuts: [number, number][] = [];
  tableCuts(text, cuts);
  // Runs of quotations that follow each other as one list.
  type Q = { from: number; to: number; at: number; end: number; phrase: boolean };
  let run: Q[] = [];
  const flush = () => {
    if (!run.some((q) => q.phrase)) {
      run = [];
      return;
    }
    const first = run[0];
    const last = run[run.length - 1];
    const after = text.slice(last.end, last.end + 160);
    const cued = run.length >= 2 ||
      INTRO.test(text.slice(Math.max(0, first.at - 120), first.at)) || CUE_AFTER.test(after);
    if (cued && OUTCOME.test(after)) { for (const q of run) cuts.push([q.from, q.to]); }
    run = [];
  };
  QUOTE.lastIndex = 0;
  for (let m = QUOTE.exec(text); m !== null; m = QUOTE.exec(text)) {
    const inner = m.slice(1).find((g) => g !== undefined)!;
    const q = {
      from: m.index + 1,
      to: m.index + m[0].length - 1,
      at: m.index,
      end: m.index + m[0].length,
      // A phrase of several words (or CJK characters), not a quoted name.
      phrase: /\S\s{1,3}\S|[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]{5}/.test(inner),
    };
    const prev = run[run.length - 1];
    if (prev && !LIST_GAP.test(text.slice(prev.end, q.at))) flush();
    run.push(q);
  }
  flush();
  return blankSpans(text, cuts);
}

/** A markdown table header naming a payload column and an outcome column. */
const PAYLOAD_COL =
  /\b(?:payloads?|prompts?|inputs?|injections?|attacks?|attempts?|test\s{1,3}strings?)\b/i;
const RESULT_COL = /\b(?:results?|outcomes?|verdicts?|status|blocked\??|detected\??|response)\b/i;
/** A cell that is only an outcome. */
const OUTCOME_CELL =
  /^\s*(?:blocked|obeyed|bypassed|passed|failed|detected|caught|allowed|refused|ignored|flagged|partial(?:ly)?|succeeded|executed|yes|no|✅|❌|⚠️?)\s*$/i;

/** Rows of a payload/result table: every cell but the outcome is blanked. */
function tableCuts(text: string, cuts: [number, number][]): void {
  if (!text.includes("|")) return;
  let inTable = false;
  let pos = 0;
  for (const line of text.split("\n")) {
    const from = pos;
    pos += line.length + 1;
    if (!/^\s{0,3}\|.*\|\s*$/.test(line)) {
      inTable = false;
      continue;
    }
    if (!inTable) {
      inTable = PAYLOAD_COL.test(line) && RESULT_COL.test(line);
      continue;
    }
    const cells = line.split("|");
    if (!cells.some((c) => OUTCOME_CELL.test(c))) continue;
    let at = from;
    for (const c of cells) {
      if (c.length > 0 && !OUTCOME_CELL.test(c)) cuts.push([at, at + c.length]);
      at += c.length + 1;
    }
  }
}
