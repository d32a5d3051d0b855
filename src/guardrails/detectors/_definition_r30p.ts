/**
 * Round 30 precision (benign definitions blocked): careful descriptions of powerful tools and
 * localized tool names. Each helper recognises a safeguard or an honest shape, not a topic:
 * - {@link segmentedLocalizedName}: a name whose words are each wholly in one script — ASCII
 *   Latin words next to words of ONE non-Latin script (`выполнить_sql`, `送信_email`). What the
 *   invalid-name check exists for still blocks: a word mixing scripts (`rеad_file` with a
 *   Cyrillic е), a non-Latin word that folds to Latin (`рау_invoice`), two non-Latin scripts;
 * - {@link userOverAlternative}: "tell the user rather than retrying with another tool": other
 *   tools named as the rejected alternative of escalating to the user;
 * - {@link passiveCovertBlanked}: "fields it cannot edit are silently skipped, so re-read …": a
 *   covert adverb on a passive participle states what the system does, not what the model must
 *   hide;
 * - {@link noneSubject}: "confirm no secrets such as .env are included": a verb whose subject is
 *   quantified by "no"/"none of" is negated;
 * - {@link postposedGatedExample}: "rm -rf や git push --force などの破壊的な操作は承認した場合のみ":
 *   destructive commands named BEFORE their class, as Japanese, Korean, Chinese, Turkish and
 *   Hindi put examples, in a sentence that holds the class for the user's confirmation;
 * - {@link siblingSecretTool}: a secrets tool routing to a sibling of its own secret store ("If
 *   the path is a directory, use list_secrets").
 */
import type { DefinitionContext } from "./_definition_grammar.ts";
import { nameSuggests } from "./_definition_grammar.ts";
import { COMMAND_CLASS, CONFIRM, NO_CONFIRM } from "./_definition_r29p.ts";
import { localizedName } from "./_definition_r29p_names.ts";
import { SECRET_NAME } from "./_definition_vocab.ts";

// --- localized names with ASCII words -------------------------------------------------------

const NAME_SHAPE = /^[\p{L}\p{M}\u200c0-9_.-]{1,128}$/u;
const ASCII_WORD = /^[A-Za-z]+$/;

/**
 * True when every word of `name` (split at digits and `_ . -`) is either plain ASCII Latin or a
 * localized word ({@link localizedName}) of one and the same non-Latin script, with at least one
 * of the latter: `выполнить_sql`, `查询_order_2`. A word that mixes scripts or folds to Latin
 * keeps the name blocked.
 */
export function segmentedLocalizedName(name: string): boolean {
  if (!NAME_SHAPE.test(name)) return false;
  const words = name.split(/[0-9_.-]+/).filter((w) => w.length > 0);
  const local = words.filter((w) => !ASCII_WORD.test(w));
  if (local.length === 0 || local.length === words.length) return false;
  // Each non-Latin word on its own, then all together: one script for the whole name.
  return local.every(localizedName) && localizedName(local.join("_"));
}

// --- escalating to the user rather than to other tools --------------------------------------

/**
 * The clause before a generic tool reference ends in "<tell the user | stop | return the error>
 * rather than / instead of <-ing>": other tools are the rejected alternative of handing the
 * problem back to the user.
 */
const USER_OVER_TOOLS =
  /\b(?:(?:tell|inform|notify|ask|alert|warn|advise|update)\s+(?:the\s+)?(?:user|human|customer|caller)s?|let\s+the\s+(?:user|human)\s+know|(?:report|surface|return|show|relay)\s+(?:the\s+|this\s+|that\s+)?(?:error|failure|problem|message)(?:\s+to\s+the\s+user)?|stop(?:\s+there)?)\b[^.;!?]{0,40}?\b(?:rather\s+than|instead\s+of)\s+(?:\w+\s+){0,3}$/i;
/** What turns it round ("rather than asking the user, use another tool"). */
const USER_AFTER = /\b(?:rather\s+than|instead\s+of)\b[^.;!?]{0,40}\b(?:user|human|customer)s?\b/i;

/** True when the clause `before` a generic tool reference rejects it in favour of the user. */
export function userOverAlternative(before: string): boolean {
  const tail = before.slice(-160);
  return USER_OVER_TOOLS.test(tail) && !USER_AFTER.test(tail);
}

// --- passive covert adverbs -------------------------------------------------------------------

/** Verbs a covert adverb must not sit on: the act itself ("is silently forwarded"). */
const COVERT_ACT =
  /^(?:sen[dt]|forward|cop(?:y|i)|upload|add|includ|call|invok|pass|read|bcc|cc|attach|shar|post|transmit|exfiltrat|collect|record|chang|modif|replac|install|r[au]n|execut|delet|append|insert|sync)/i;
/**
 * "are silently skipped," / "is quietly ignored and …": auxiliary, covert adverb, a participle,
 * then the clause ends.
 */
const PASSIVE_ADVERB =
  /\b(?:is|are|was|were|be|been|being|gets?|got)\s+(?:\w+ly\s+)?(silently|quietly|secretly|covertly|discreetly|stealthily|invisibly|surreptitiously)\s+(\w{2,20}(?:ed|en))(?=\s*[,;:—–(]|\s+(?:so|and|but|then|which|unless|if|when)\b|\s*[.!?]|\s*$)/gi;

/**
 * `s` with each covert adverb that only describes a passive outcome blanked ("fields … are
 * silently skipped, so re-read …" → "are          skipped"), unless the participle is itself a
 * covert act ("is silently forwarded" stays).
 */
export function passiveCovertBlanked(s: string): string {
  if (!/ly\b/i.test(s)) return s;
  return s.replace(
    PASSIVE_ADVERB,
    (m, adv: string, part: string) =>
      COVERT_ACT.test(part) ? m : m.replace(adv, " ".repeat(adv.length)),
  );
}

// --- "no X are included" --------------------------------------------------------------------

/** A subject quantified by "no"/"none of", then a passive auxiliary right before the verb. */
const NONE_SUBJECT =
  /(?<![\w'])(?:no|none\s+of(?:\s+the)?|neither)\s+(?:[^,;:.!?()]|\.(?=\w)){0,80}?\b(?:is|are|was|were|be|been|gets?|got|ends?\s+up|end\s+up)\s+(?:\w+ly\s+)?$/i;
/** "make sure no step is skipped: …" — the negation is over a step, not the act. */
const NONE_ORDER = /\b(?:then|and\s+then|so|but|instead)\b/i;

/**
 * True when the verb at `index` of sentence `s` has a subject quantified by "no" ("confirm no
 * secrets such as .env are included", "verify that none of the tokens are logged").
 */
export function noneSubject(s: string, index: number): boolean {
  const before = s.slice(Math.max(0, index - 100), index);
  const m = NONE_SUBJECT.exec(before);
  return m !== null && !NONE_ORDER.test(m[0]);
}

// --- examples before their class (verb-final languages) -------------------------------------

/** "… など(の)", "… 等", "… 之类的", "… 등(의)", "… 같은", "… gibi", "… जैसे": postposed "such as". */
const POSTPOSED_EXAMPLE = /など|等|之类|之類|这类|這類|등|같은|(?<!\p{L})gibi(?!\p{L})|जैसे|जैसी/u;
/** A waived confirmation, beyond {@link NO_CONFIRM}: "承認なしで", "許可を待たずに", "無断で". */
const NO_CONFIRM_CJK =
  /(?:確認|承認|許可|同意|确认|批准|许可|승인|허락|동의)\s*(?:なし|無し|不要|せず|しないで|を(?:待たず|求めず|取らず|得ずに)|なく|없이|不必|无需|無需)|無断|勝手に|무단/u;

/** The sentence of `text` around `index` (CJK and Latin sentence ends). */
function sentenceAt(text: string, index: number): string {
  const head = text.slice(Math.max(0, index - 240), index);
  const cut = Math.max(head.lastIndexOf("。"), head.lastIndexOf("\n"), head.lastIndexOf(". "));
  const tail = text.slice(index, index + 240);
  const end = tail.search(/[。\n]|\.\s/u);
  return head.slice(cut + 1) + (end < 0 ? tail : tail.slice(0, end));
}

/**
 * True when the destructive command at `index` of `s` is followed, within its clause, by a
 * postposed "such as" and a class of commands ("rm -rf や git push --force などの破壊的な操作"),
 * and its sentence holds that class for the user's confirmation without waiving it.
 */
export function postposedGatedExample(s: string, index: number): boolean {
  const after = s.slice(index, index + 100).split(/[。．！？!?;；\n]/u)[0];
  const p = POSTPOSED_EXAMPLE.exec(after);
  if (p === null || !COMMAND_CLASS.test(after.slice(p.index, p.index + 24))) return false;
  const sentence = sentenceAt(s, index);
  return CONFIRM.test(sentence) && !NO_CONFIRM.test(sentence) && !NO_CONFIRM_CJK.test(sentence);
}

// --- a secrets tool naming its sibling ------------------------------------------------------

/** A tool name: a snake_case, kebab-case or camelCase identifier (the match's last word). */
const IDENT = /^[\x60'"]?[A-Za-z][\w-]{1,80}$/;
const IDENT_JOIN = /[_-]|[a-z0-9][A-Z]/;
function identifierEnd(match: string): boolean {
  const last = match.slice(-90).split(/\s+/).pop() ?? "";
  return IDENT.test(last) && IDENT_JOIN.test(last);
}
/** What would carry the secret away: a destination or an outward verb in the same sentence. */
const OUTWARD =
  /https?:\/\/|[\w.+-]+@[\w-]+\.|\b(?:send|post|upload|forward|share|paste|e-?mail|include|attach|append|embed|transmit|report|pass|put|insert|copy|print|display|show|reveal|output|echo|log)\w*\b/i;

/**
 * True when the match `start`..`end` of `text` routes to a tool named for secrets
 * (`use list_secrets`) and the scanned tool itself is named for secrets (`read_secret` on a
 * Vault server): its sibling of the same store, with nothing in the sentence sending anything
 * on.
 */
export function siblingSecretTool(
  text: string,
  start: number,
  end: number,
  ctx: DefinitionContext,
): boolean {
  if (!nameSuggests(ctx, SECRET_NAME) || !identifierEnd(text.slice(start, end))) return false;
  const head = text.slice(Math.max(0, start - 160), start).split(/[.!?;\n]\s/).pop() ?? "";
  const tail = text.slice(end, end + 160).split(/[.!?;\n](?:\s|$)/)[0];
  return !OUTWARD.test(head) && !OUTWARD.test(tail);
}
