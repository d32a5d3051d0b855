/**
 * Verb and object grammar for the capability rules: whether a capability word is used as a verb
 * (not the noun "a copy", the adjective "synchronous", the identifier `pushStream`), whether a
 * scope is that verb's object ("uploads the whole home folder") rather than a place mentioned
 * near it ("copy in the working tree"), and whether a destructive command is done or only named
 * (`"git reset --hard" did not work…`, `(git push -f)`, `$ rm -rf build`).
 */

/** A determiner or adjective right before the word makes it a noun: "a copy", "named export". */
const NOUN_BEFORE =
  /\b(?:a|an|the|each|every|its|their|your|our|my|his|her|any|some|one|own|same|named|default|working|master|separate|new|temporary|initial|partial|live)\s+$/i;
/** "copies of", "export of": a noun with its complement. */
const NOUN_AFTER = /^\s+of\b/i;
/** A hypothetical with someone else as the actor: "if you remove everything, …". */
const HYPOTHETICAL =
  /\b(?:(?:if|when|unless|once|whether|until)\s+(?:you|we|one|users?|they)\s+(?:\w+\s+)?|(?:impossible|unable)\s+to\s+)$/i;

/** True when the word matched at `index` is a noun: "its own copy of", "a copy of `x`". */
export function nounUse(sentence: string, index: number, word: string): boolean {
  return NOUN_BEFORE.test(sentence.slice(Math.max(0, index - 48), index)) ||
    NOUN_AFTER.test(sentence.slice(index + word.length, index + word.length + 12));
}

/**
 * True when the capability word matched at `index` (`word` as matched) is used as a verb: not an
 * identifier (`syncBuiltinESMExports`, `COPYFILE_EXCL`, `destroy()`, `` `truncate` ``), not the first
 * half of a compound ("forward-ports"), not a noun, not a hypothetical about the reader.
 */
export function verbUse(sentence: string, index: number, word: string): boolean {
  // A snake_case tool name (`delete_repository`) keeps its verb; camelCase and CONSTANTS do not.
  if (/[a-z][A-Z]|^[A-Z0-9]+_[A-Z0-9_]+$/.test(word)) return false;
  const after = sentence.slice(index + word.length, index + word.length + 12);
  // "include:" opens a list; "destroy()" and `truncate` name functions.
  if (/^(?:-\w|\(|`|_|\s*:)/.test(after)) return false;
  const before = sentence.slice(Math.max(0, index - 48), index);
  if (nounUse(sentence, index, word)) return false;
  // "private key export", "token sync": a compound noun (not "keys sent to", a participle).
  if (/\b(?:keys?|tokens?|data|file)\s+$/i.test(before) && !/(?:ed|ing)$|^sent$/i.test(word)) {
    return false;
  }
  // "to find leaked keys", "revoke any exposed or shared tokens": a participle that describes
  // the noun a search or clean-up looks for, not an act of the tool.
  if (/(?:ed|sent)$/i.test(word) && SOUGHT_BEFORE.test(before) && /^\s+[a-z]/i.test(after)) {
    return false;
  }
  return !HYPOTHETICAL.test(before);
}

/**
 * Verbs of looking for or cleaning up what went wrong, then optional determiners; or a search
 * verb with its object between ("scans a repository and its history for leaked keys").
 */
const SOUGHT_BEFORE =
  /\b(?:find|finds|finding|detect\w*|spot\w*|search(?:es|ing)?\s+for|look(?:s|ing)?\s+for|scan(?:s|ning)?\s+for|hunt(?:s|ing)?\s+for|check(?:s|ing)?\s+for|audit(?:s|ing)?\s+(?:\w+\s+)?for|identif\w*|flag\w*|rotat\w*|revok\w*|report(?:s|ing)?|alert(?:s|ing)?\s+on|warn(?:s|ing)?\s+about)\s+(?:(?:any|all|the|every|possibly|potentially|accidentally|recently|publicly)\s+){0,2}(?:[a-z]+ed\s+or\s+)?$|\b(?:scan|search|check|audit|inspect|monitor|sweep|review)\w*\b[^.;:]{0,44}\bfor\s+(?:(?:any|all|possibly|potentially|accidentally)\s+){0,2}(?:[a-z]+ed\s+or\s+)?$/i;

/** Words that may stand between a verb and its object: determiners, "the contents of", adverbs. */
const GAP_WORD =
  /^(?:the|a|an|all|every|each|any|its|their|your|his|her|our|my|user'?s|users'?|of|contents?|copy|copies|list|listing|full|entire|whole|complete|text|data|also|then|up|over|out|away|back|it|them|and|or|too|[\w-]+'s)$|ly$/i;
/** A preposition before a scope makes it a place ("in the working tree"), not an object. */
const PLACE_BEFORE =
  /\b(?:in|into|from|under|within|inside|outside|to|at|on|with|by|for|of|via|through|across|beyond)\s+$/i;
/** Forms of "be" and "get" that make a passive ("all files are deleted"). */
const BE = /\b(?:is|are|was|were|be|been|being|gets?|got|getting)\b/i;
/** A destination after a passive verb: "is posted to …", "are sent via …". */
const DEST_AFTER = /^\s+(?:\S+\s+){0,2}?(?:to|via|over|into|through)\b/i;
/** Clause openers that separate a scope from a later verb ("files that were removed"). */
const SUBCLAUSE = /\b(?:that|which|who|whose|where|if|when|unless|because|while|since)\b/i;

/**
 * True when a match of `scope` (a global regex) is the object of the verb matched at `index`:
 * right after it (only determiners and adverbs between), its passive subject ("every message is
 * posted to …"), or the antecedent of "it"/"them" after the verb ("collect everything and send it").
 */
export function objectOf(
  sentence: string,
  index: number,
  word: string,
  scope: RegExp,
  passive: boolean | "dest" = true,
): boolean {
  const end = index + word.length;
  const pronoun = /^\s+(?:it|them|these|those)\b/i.test(sentence.slice(end, end + 8));
  scope.lastIndex = 0;
  for (const m of sentence.matchAll(scope)) {
    if (m.index >= end) {
      const gap = sentence.slice(end, m.index).trim();
      const words = gap ? gap.split(/\s+/) : [];
      // A tool called by name takes its target after a preposition: "call delete_repo on …".
      const called = word.includes("_");
      if (
        words.length <= 5 &&
        words.every((w) => GAP_WORD.test(w) || (called && /^(?:on|for|against|with)$/i.test(w)))
      ) return true;
    } else if (passive && m.index + m[0].length <= index) {
      if (pronoun) return true;
      if (PLACE_BEFORE.test(sentence.slice(Math.max(0, m.index - 12), m.index))) continue;
      const gap = sentence.slice(m.index + m[0].length, index);
      const n = gap.trim().split(/\s+/).length;
      if (
        n <= 6 && BE.test(gap) && !SUBCLAUSE.test(gap) && /(?:ed|en|t)$/i.test(word) &&
        // "All messages will be sent" says nothing about where; "… will be sent to X" does.
        (passive !== "dest" || DEST_AFTER.test(sentence.slice(end, end + 40)))
      ) return true;
    }
  }
  return false;
}

/** A verb that runs what follows: a quoted command after it is an order, not a name. */
const RUNS_BEFORE =
  /\b(?:run|runs|running|execute[sd]?|executing|call|calls|calling|invoke[sd]?|invoking|perform|performs|issue[sd]?|type|enter)\s+(?:\S+\s+){0,2}$/i;

/**
 * True when the destructive command matched at `index` is only named: quoted or in parentheses
 * without a verb that runs it, a shell-prompt or comment example line, or a subject that the
 * sentence says something about ("git reset --hard did not work").
 */
export function namedOnly(sentence: string, index: number, op: string): boolean {
  const before = sentence.slice(Math.max(0, index - 60), index);
  const quote = /["'`(](?:git\s+)?$/.test(before);
  if (quote && !RUNS_BEFORE.test(before.replace(/["'`(](?:git\s+)?$/, ""))) return true;
  if (/^\s*(?:\$|#|>|%)\s*(?:\S+\s+){0,1}$/.test(before)) return true;
  const after = sentence.slice(index + op.length, index + op.length + 40);
  return /^[^\s"'`]*["'`]?\s+(?:did|does|do|has|have|had|is|was|were|are|can|could|will|would|may|might|now|already|started|failed|reports|learned|works|used|command|option|flag|mode)\b/i
    .test(after);
}
