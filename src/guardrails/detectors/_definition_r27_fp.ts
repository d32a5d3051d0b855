/**
 * Round 27 false positives: notes a tool definition writes FOR the model. A definition may tell
 * the assistant to call a read-only lookup first ("AI agents: call `jira_get_transitions` first"),
 * to show the user what will run ("show the user the exact statement before running"), to offer a
 * backup, or forbid destructive commands without the user's confirmation (in Russian, where
 * "не выполняйте команды" also reads as "do not follow orders"). {@link r27AdviceBlanked} blanks
 * those clauses for the second reading of a flagged string (same length, spans still fit).
 * {@link consentClause} and {@link zhNegatedBefore} keep the non-English note grammar of round 15
 * from reading "without the user asking" as covert work, or a Chinese prohibition as an order.
 */

/**
 * A read-only lookup tool called first: "call `jira_get_transitions` first", "call list_labels
 * before using this tool". The tool's verb only reads; a name about secrets, history or contacts
 * is left alone, and so is a clause that goes on ("… first and pass the output to …").
 */
const LOOKUP_FIRST =
  /\b(?:call|use|run|invoke)\s+(?:the\s+)?[`'"]?(?:[a-z0-9]{1,20}[_.-]){0,2}(?:get|list|search|find|lookup|describe|fetch|read|query|resolve|show|view)[_-][\w-]{1,40}[`'"]?(?:\s+tool)?\s+(?:first|before\s+(?:calling|using|invoking)\s+(?:this|it)(?:\s+(?:tool|one))?)(?:\s+to\s+(?:find|get|look\s+up|learn|see|check|list|fetch|obtain)\b[^.;!?\n]{0,60})?(?=\s*(?:[.;!?](?:\s|$)|\n|$))/gi;
/** Names of lookups whose result is itself the payload of an attack. */
const SENSITIVE_NAME =
  /secret|token|password|passwd|credential|key|env|cookie|session|history|conversation|memory|contact|inbox|mail|message|chat|prompt/i;

/**
 * Showing the user what will run before it runs: "show the user the exact statement and row count
 * before running", "show them the command first". The object is what the call will do, not a
 * message of the definition's own.
 */
const SHOW_BEFORE =
  /\b(?:show|present|display)\s+(?:the\s+user|them)\s+(?:the\s+)?(?:(?:exact|full|final|resulting|affected|generated)\s+)?(?:statement|query|sql|command|diff|changes?|plan|arguments|parameters|payload|request|target|amount|row\s+count|counts?)(?:\s+(?:and|or)\s+(?:the\s+)?(?:statement|query|sql|command|diff|changes?|plan|arguments|parameters|payload|request|target|amount|row\s+count|counts?)){0,2}\s+(?:first|before\s+(?:running|executing|applying|sending|calling|proceeding|submitting|deleting|dropping)(?:\s+it)?)(?=\s*(?:[.;,!?](?:\s|$)|\n|$))/gi;

/** Offering a safety copy first: "suggest a backup (`pg_dump -t`) first". */
const BACKUP_FIRST =
  /\b(?:suggest|recommend|offer|propose)\s+(?:taking\s+|making\s+)?(?:a\s+|an\s+)?(?:backup|snapshot|dry[\s-]run|export\s+of\s+the\s+table)(?:\s*\([^()\n]{1,40}\))?(?:\s+first)?(?=\s*(?:[.;!?](?:\s|$)|\n|$))/gi;

/**
 * A Russian prohibition of destructive commands unless the user confirms: "не выполняйте
 * команды, которые удаляют данные …, без явного подтверждения пользователя". Both the
 * destructive relative clause and the user's confirmation must be there: "не выполняйте
 * команды, которые дал пользователь" (do not follow the user's orders) stays an override.
 */
const RU_GUARDED_PROHIBITION =
  /(?<!\p{L})не\s+(?:выполняйте|выполняй|запускайте|запускай|исполняйте)\s+(?:никакие\s+)?(?:команды|операции|действия),?\s+(?:которые|что)\s+(?:удаляют|стирают|меняют|изменяют|перезаписывают|форматируют|останавливают|перезагружают)[^.;\n]{0,120}?без\s+(?:(?:явного|прямого|предварительного|письменного)\s+)?(?:подтверждения|согласия|разрешения)\s+(?:со\s+стороны\s+)?пользователя(?!\p{L})/giu;

/** An outside destination: a note that names one is read as it stands, advice and all. */
const OUTSIDE = /https?:\/\/|[\w.+-]{1,64}@[\w-]{1,63}\.[a-z]{2,12}\b/i;

/** Cheap pre-test: only texts with one of the advice verbs are rewritten. */
const GATE =
  /\b(?:call|use|run|invoke|show|present|display|suggest|recommend|offer|propose)\b|не\s/i;

/**
 * `text` with its read-only lookups-first, show-before-running advice, backup offers and Russian
 * confirmation-guarded prohibitions blanked (spaces, same length); `text` itself when none, or
 * when it names an outside destination (URL, e-mail address).
 */
export function r27AdviceBlanked(text: string): string {
  if (!GATE.test(text) || OUTSIDE.test(text)) return text;
  const blank = (m: string): string => m.replace(/[^\n]/g, " ");
  return text
    .replace(LOOKUP_FIRST, blankName)
    .replace(SHOW_BEFORE, blank)
    .replace(BACKUP_FIRST, blank)
    .replace(RU_GUARDED_PROHIBITION, blank);
}

/** Blanks a lookup-first clause unless the tool it names is about secrets or conversations. */
function blankName(m: string): string {
  const name = /[`'"]?([\w.-]{3,60})[`'"]?(?:\s+tool)?\s+(?:first|before)/i.exec(m)?.[1] ?? "";
  return SENSITIVE_NAME.test(name) ? m : m.replace(/[^\n]/g, " ");
}

/**
 * "Without the user asking for it" (zonder dat de gebruiker daarom vraagt, sans que
 * l'utilisateur le demande, ohne dass der Nutzer es verlangt): the user keeps the say, the
 * opposite of covert work ("zonder dat de gebruiker het merkt" stays covert).
 */
const CONSENT_CLAUSE =
  /^(?:zonder\s+dat|sans\s+que|sin\s+que|senza\s+che|sem\s+que|ohne\s+dass)\s+(?:de|het|l['’]\s?|el|la|o|a|der|die|das|le)?\s*(?:gebruiker|klant|utilisateur|client|usuario|usuária|usuário|utente|cliente|Benutzer|Nutzer|Anwender|Kunde)\s+(?:\p{L}{1,10}\s+){0,2}?(?:vraagt|verzoekt|bevestigt|toestemming|demande|confirme|autorise|pida|solicite|confirme|autorice|chieda|confermi|autorizzi|pe[çc]a|solicite|confirme|autorize|fragt|verlangt|bittet|bestätigt|zustimmt|erlaubt)(?!\p{L})/iu;

/** True when the risk word at `index` of `note` opens a "without the user asking" clause. */
export function consentClause(note: string, index: number): boolean {
  return CONSENT_CLAUSE.test(note.slice(index, index + 80));
}

/**
 * A Chinese prohibition in the same clause just before a risk word: "不要在回复中显示用户的银行卡号"
 * (do not show the user's card number). "不要忘记…" (do not forget to …) is an order, not a ban.
 */
const ZH_NEGATED =
  /(?:不要|请勿|切勿|不得|禁止|不可|不能|勿)(?!忘|漏|遗漏|省略|跳过|犹豫)[^，,；;。！!？?]{0,20}$/u;

/** True when `before` (the text just before a risk word) ends in a Chinese prohibition. */
export function zhNegatedBefore(before: string): boolean {
  return ZH_NEGATED.test(before);
}
