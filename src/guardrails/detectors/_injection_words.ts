/**
 * Vocabulary for the English injection rules: regex fragments for word classes (override verbs,
 * instruction nouns, secrets, destinations, …). Kept apart from the rules so each rule reads as
 * grammar: `VERB gap QUALIFIER gap OBJECT`.
 */

/**
 * Separator between words: spaces, commas and markdown emphasis — at most 32 characters. Unbounded,
 * a hostile run of thousands of tabs next to a lazy span was split every possible way (polynomial
 * backtracking: 10 s on 16 KB in a device-control rule); longer padding is read through the
 * padding view, which squeezes it.
 */
export const SEP = String.raw`[\s,*"“”«»_]{1,32}`;
/**
 * The same separator, at most 8 characters: for rules with lazy spans next to separators, where an
 * unbounded run (thousands of tabs or underscores in a hostile text) would be split every possible
 * way (polynomial backtracking; 18 s on 16 KB before it was bounded). Padding is still read through
 * the padding view, which squeezes long runs.
 */
export const SEP_BOUNDED = String.raw`[\s,*"“”«»_]{1,8}`;
/** A word: no underscore, which `SEP` takes (a class shared with `SEP` backtracks polynomially). */
const WORD = String.raw`[A-Za-z0-9'’-]+`;
/** Up to `n` intervening words, then a separator. */
export const gap = (n: number): string => `(?:${SEP}${WORD}){0,${n}}?${SEP}`;
const words = (s: string): string => `(?:${s.trim().split(/\s+\|\s+/).join("|")})`;
/** Start of a sentence or list item. */
export const SENT = String.raw`(?:^|[.!?:;][ \t]+|\n[ \t]*(?:(?:[-*]|\d{1,3}[.)])[ \t]+)?)`;

/** Verbs of overriding, including negated obedience. */
export const OVERRIDE_VERB = words(String.raw`
  ignor(?:e|ing) | disregard(?:ing)? | bypass(?:ing)? | circumvent(?:ing)? | forget(?:ting)? | overrid(?:e|ing) | overwrite | discard |
  abandon | dismiss | neglect | (?:set|put|cast|throw) aside | throw out | scrap | erase | wipe |
  unlearn | supersede | nullify | pay no (?:attention|heed|mind) to |
  (?:do not|don't|dont|never|no longer|stop) (?:follow(?:ing)?|obey(?:ing)?|heed(?:ing)?|adher(?:e|ing) to|comply(?:ing)? with|listen(?:ing)? to)`);
/** Qualifiers that point at an earlier or higher instruction set. */
export const QUAL = words(String.raw`
  previous(?:ly)? | prior | preceding | above | earlier | former | foregoing | original | initial |
  old | existing | current | system | developer | all | any | every | your | these | those | other |
  safety | default | given | aforementioned | built-in | hidden`);
/** What keeps a model safe: its tool descriptions, safeguards, checks and restrictions. */
export const SAFEGUARD = words(String.raw`
  tool descriptions? | descriptions? of (?:the |these |those |all |any )?tools? | tool (?:safeguards?|rules|restrictions|policies|policy|warnings?) |
  safeguards? | guardrails? | safety (?:checks?|measures|controls|protocols|filters|rules|guidelines|policies|restrictions) |
  security (?:checks?|controls|measures|policies|protocols|restrictions|warnings?) | content (?:filters?|polic(?:y|ies)) |
  (?:all |any |your )(?:restrictions|limitations|filters|warnings) | verification | confirmation (?:step|prompt|dialog)s? |
  (?:the )?(?:approval|permission) (?:step|check|prompt)s?`);
/** The narrow qualifiers that make a weak object ("restrictions") count. */
export const QUAL_STRONG = words(String.raw`
  previous(?:ly)? | prior | preceding | above | earlier | original | initial | system | developer |
  safety | your | built-in`);
/** Nouns for an instruction set. */
export const OBJ = words(String.raw`
  instructions? | prompts? | rules | directives? | directions | guidelines | guidance | guardrails? |
  programming | tool descriptions? | descriptions? of (?:the |these |those |all )?tools? |
  system (?:prompt|message)`);
/** Nouns that are instruction-like only with a strong qualifier. */
export const OBJ_WEAK = words(String.raw`
  context | training | filters | limitations | constraints | restrictions | policies | commands | orders`);
/** Names for the model. */
export const AI = words(String.raw`
  ai | a\.i\. | llms? | language models? | assistants? | chat ?bots? | bots? | agents? | models? |
  claude | chatgpt | gpt(?:-?\d)? | copilot | gemini`);
/** Names for the person the model serves. */
export const USER = words(
  String.raw`user | human | customer | operator | person | requester | owner | people`,
);
/** Verbs of telling. */
export const TELL = words(String.raw`
  tell(?:ing)? | inform(?:ing)? | mention(?:ing)? | reveal(?:ing)? | notify(?:ing)? | alert(?:ing)? |
  show(?:ing)? | let(?:ting)? | disclos(?:e|ing) | report(?:ing)? | warn(?:ing)? | explain(?:ing)? |
  say(?:ing)? anything to | bother(?:ing)? | confirm(?:ing)? with`);
/** Negations. */
export const NEG = words(String.raw`
  do not | don't | dont | never | must not | mustn't | should not | shouldn't | without | avoid`);
/** Credential and agent-configuration files. */
export const SECRET_FILE = words(String.raw`
  \.ssh/(?!(?:[\w.-]{1,40}\.pub|known_hosts|authorized_keys|config)\b) | \bid_(?:rsa|dsa|ecdsa|ed25519)\b(?!\.pub) | \.aws/credentials | (?:^|[\s"'\x60(/~])\.env\b(?![.\w-]) |
  \bmcp\.json\b | claude_desktop_config\.json | \.npmrc\b | \.netrc\b | \.pypirc\b |
  \.git-credentials | \.docker/config\.json | \.kube/config | /etc/(?:passwd|shadow|sudoers)\b |
  \.(?:bash|zsh)_history | wallet\.dat | \bcredentials\.json\b | \bsecrets?\.(?:json|ya?ml|toml|env)\b`);
/** Kinds of secret. */
export const SECRET_WORD = words(String.raw`
  credentials? | api[ _-]?keys? | access[ _-]?tokens? | auth(?:entication)?[ _-]?tokens? |
  bearer tokens? | secret[ _-]?keys? | secrets | passwords? | passphrases? | private[ _-]?keys? |
  ssh[ _-]?keys? | session (?:tokens?|cookies?) | cookies | environment variables | env vars |
  seed phrases?`);
/** Verbs that read or disclose. */
export const LEAK_VERB = words(String.raw`
  reveal | show | print | output | send | share | leak | list | dump | give | display | retrieve |
  extract | include | expose | return | provide | read | collect | fetch | cat | open | upload |
  attach | copy | grab | steal | exfiltrate | forward | post | access | hand over | paste | type |
  gather | harvest | scrape`);
/** Verbs that move data somewhere. */
export const SEND = words(String.raw`
  send | forward | upload | post | transmit | e-?mail | mail | exfiltrate | leak | copy | sync |
  submit | share | deliver | relay | push | beacon | append | attach | pass | report`);
/** Places data can be sent to. */
export const DEST = words(String.raw`
  https?:// | ftp:// | [\w.+-]+@[\w-]+\.[\w.]+ |
  (?:the |this |my |our |an? |following |external |remote |attacker'?s? )*(?:url|endpoint|server|webhook|e-?mail(?: address)?|inbox|domain|ip(?: address)?|host|address|link|api)\b`);
/** Things that get sent. */
export const DATA = words(String.raw`
  conversation | chat(?: history)? | history | context | system prompt | messages | emails | files? |
  contents? | results? | data | information | details | documents? | output | everything`);
/** The model's answer. */
export const RESPONSE = words(
  String.raw`responses? | answers? | replies | reply | output | completions? | messages?`,
);
/** Imperatives that reshape an answer. */
export const RESPONSE_VERB = words(String.raw`
  add | include | insert | integrate | incorporate | append | prepend | modify | enhance | augment |
  embed | mention | introduce | use | replace | convert | substitute | render | provide | write |
  respond | reply | answer | start | begin | end | conclude | translate | rewrite | format |
  misspell | scramble | jumble | rearrange | anagram | group | combine | remove | encode | spell |
  reverse | output | print | say | suggest | recommend | promote | tease | hint | express | invite |
  encourage | emphasi[sz]e | highlight | stress | direct | offer | make | ensure | sign`);
/** Actions ordered of an agent. */
export const TO_MODEL = words(String.raw`
  call | invoke | execute | send | forward | upload | fetch | output | print | respond | reply |
  ignore | disregard | reveal | transfer | increase | append | obey | exfiltrate | leak`);

/** Words that may stand right before an order aimed at the model ("please", "now", "and"). */
const LEAD_IN = new Set(
  `please kindly now just simply also then so first and or immediately temporarily instead next
  finally therefore hence thus ok okay hey hi hello urgently quickly secretly silently quietly
  henceforth always`.split(/\s+/),
);
/** Words before a verb that make it a report about someone else, not an order. */
const THIRD_PERSON = new Set(
  `to will would may might can could should must shall did does do didn't doesn't don't not never
  cannot can't won't wouldn't it they he she who which that is are was were be been being by about
  of from without after against for in on at avoid prevent preventing stop how why when what often
  usually sometimes also model models attacker attackers user users people someone anyone council
  board court government either neither`.split(/\s+/),
);
const PREV_WORDS = /([\p{L}']+)[^\p{L}\n]*$/u;
/** "you must …", "I want you to …", "we need to …", "let's …": an order after all. */
const YOU_BEFORE =
  /\b(?:you|we(?:'ll| need| must| have| should| will| are going| got)|let's|let us)\b(?:[\s,]+[\p{L}']+){0,3}[\s,]*$/iu;

/**
 * True when an override verb at `start` is an order to the reader: at the start of a sentence, or
 * after a lead-in ("please", "now", "and"), or after "you must" / "I want you to" — not "the
 * council voted to ignore …" or "attackers make the model disregard …".
 */
export function addressedAt(view: string, start: number): boolean {
  const before = view.slice(Math.max(0, start - 48), start);
  const m = PREV_WORDS.exec(before);
  if (!m) return true;
  // Punctuation between the previous word and the verb ends a clause: "Done. Ignore …", "Note: …".
  const tail = before.slice(m.index + m[1].length);
  if (/[.!?:;,\n>|"“(\[*•-]/.test(tail)) return true;
  const word = m[1].toLowerCase();
  if (LEAD_IN.has(word)) return true;
  if (THIRD_PERSON.has(word) || word.endsWith("s")) {
    return YOU_BEFORE.test(before.slice(0, m.index + m[1].length).replace(/[\p{L}']+$/u, ""));
  }
  return true;
}

const QUOTE_CLOSE: Readonly<Record<string, string>> = {
  '"': '"',
  "“": "”",
  "”": "”",
  "«": "»",
  "`": "`",
  "「": "」",
  "『": "』",
  "„": "“",
};
/** Words that announce a quotation rather than an order: `text like "…"`, `search for "…"`. */
const MENTION_CUE =
  /\b(?:like|as|such as|phrases?|text|strings?|words?|wrote|writes?|saying|says?|said|called|named|contains?|containing|e\.g\.|examples?|for|search(?:es|ing)?|query|queries|patterns?|terms?|keywords?|detects?|detecting|flags?|flagging|blocks?|blocking|match(?:es|ing)?|types?|typed|tried|tries|attempted|submitted|entered|prompted|includes?|sentences?|payloads?|literally|(?:variants?|versions?)\s+of)\W*$/i;

/**
 * The same cue in the languages the i18n rules cover: the word before the quotation ("la frase
 * «…»", "фразу «…»", "Anweisungen wie „…“", "عبارات مثل «…»"); round 32: the verbs of carrying
 * the English cue has ("contains"), "un attribut contenant « … »", "содержащий «…»" …
 */
const MENTION_CUE_I18N =
  /(?:^|[^\p{L}])(?:formulierung\p{L}{0,2}(?:\s{1,3}(?:sind|ist|wie|etwa))?|phrasings?(?:\s{1,3}(?:are|is|like))?|contenant|contient|contenait|contiene|contenía|conteniendo|contenente|contendo|contém|continha|enthält|enthielt|содержащ\p{L}{0,3}|содержит|frase|frases|phrase|phrases|satz|sätze|wie|etwa|como|comme|come|tipo|type|texto|texte|testo|фраз\p{L}*|как|типа|вроде|слова|текст|zdani\p{L}*|fraz\p{L}*|jak|typu|zin|zinnen|zoals|kalimat|seperti|frasa|câu|như|mệnh\s+lệnh|مثل|عبارة|عبارات|جملة|ifade\p{L}*|cümle\p{L}*|如|例如|像|诸如|諸如|문장|문구)[^\p{L}\n]{0,3}$/iu;
/** … or the words after it, where Japanese, Chinese, Korean, Hindi and Turkish put them. */
const MENTION_AFTER_I18N =
  /^[^\p{L}\n]{0,2}(?:といった|という|などの|のような|のように|等|之类|之類|这样的|這樣的|这类|這類|的(?:文字|话|話|句子|指令)|(?:는|은|이라는|라는|와|과)\s*(?:문장|문구|말|지시|식)|(?:유형|종류)의|같은|जैसे|जैसी|जैसा|gibi|ifade\p{L}*|diye)/u;

/**
 * Inside an inline HTML `<code>…</code>` on one line: the HTML form of a markdown code span, which
 * shows a string ("e.g. <code>alt=\"…\"</code>") rather than says it.
 */
function inCodeElement(view: string, start: number, end: number): boolean {
  const open = view.lastIndexOf("<code>", start);
  if (open < 0 || start - open > 120) return false;
  const close = view.indexOf("</code>", end);
  if (close < 0 || close - end > 160) return false;
  const span = view.slice(open + 6, close);
  return !span.includes("\n") && !span.includes("<code>") &&
    !view.slice(open, start).includes("</code>");
}

/** A single quote that opens a quotation (after a space or bracket), not an apostrophe. */
function isSingleOpen(view: string, i: number): boolean {
  const ch = view[i];
  if (ch === "‘") return true;
  return ch === "'" && (i === 0 || /[\s(\[]/.test(view[i - 1])) && /\p{L}/u.test(view[i + 1] ?? "");
}
/** The closing single quote after `from`: one not followed by a letter (not "don't"). */
function singleClose(view: string, from: number): number {
  for (let i = from; i < Math.min(view.length, from + 81); i++) {
    const ch = view[i];
    // An apostrophe sits between Latin letters ("don't"); a quote may close before Hangul ("'…'는").
    if (ch === "’" || (ch === "'" && !/\p{Script=Latin}/u.test(view[i + 1] ?? ""))) return i;
    if (ch === "\n") return -1;
  }
  return -1;
}

/**
 * A quotation an excerpt view cut off mid-word before it closed (the view keeps a few dozen
 * characters around a decoded segment): `write text like "SYSTEM: ignore all prior instructions,
 * you are now in` then the line ends. Counts as a mention only after a mention cue, with the cut
 * close behind the match and in the middle of a sentence (a letter last, no closing punctuation).
 */
function cutQuotation(view: string, open: number, end: number): boolean {
  // German „…“ and guillemets «…» open quotations too (round 28: a German guide's example).
  if (!'"“„«'.includes(view[open])) return false;
  let lineEnd = view.indexOf("\n", end);
  if (lineEnd < 0) lineEnd = view.length;
  if (lineEnd - end > 40 || !/\p{L}$/u.test(view.slice(end, lineEnd) || view.slice(0, end))) {
    return false;
  }
  const before = view.slice(Math.max(0, open - 40), open);
  return MENTION_CUE.test(before) || MENTION_CUE_I18N.test(before);
}

/**
 * „…” (Polish, Romanian, Hungarian) closes with ”, „…“ (German) with “, and a keyboard often closes
 * it with a straight "…": the nearer one.
 */
function lowClose(view: string, from: number): number {
  const found = ["“", "”", '"'].map((q) => view.indexOf(q, from)).filter((i) => i >= 0);
  return found.length ? Math.min(...found) : -1;
}
/** A third party's words reported before a colon: "X écrit dans un ticket :", "a user wrote:". */
const REPORTED_COLON =
  /(?:^|[^\p{L}])(?:wr(?:ote|ites)|says|said|asks|asked|écrit|dit|demande|schreibt|schrieb|sagt|sagte|fragt|escribe|escribió|dice|dijo|pide|escreve|escreveu|diz|disse|scrive|dice|chiede|pisze|napisał\p{L}{0,2}|schrijft|zegt|пишет|написал\p{L}{0,2}|говорит|просит)(?![\p{L}])[^:\n]{0,30}:\s*$/iu;

/**
 * True when `view[start, end)` sits inside a quotation or code span that the surrounding prose
 * only mentions (`attackers write "ignore previous instructions"`, `` `rm -rf /` ``).
 */
export function inMention(view: string, start: number, end: number): boolean {
  if (inCodeElement(view, start, end)) return true;
  let open = -1;
  for (let i = start - 1; i >= Math.max(0, start - 80); i--) {
    const ch = view[i];
    if (ch === "\n") break;
    if (QUOTE_CLOSE[ch] !== undefined || isSingleOpen(view, i)) {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  const oc = view[open];
  const close = oc === "'" || oc === "‘"
    ? singleClose(view, end)
    : oc === "„"
    ? lowClose(view, end)
    : view.indexOf(QUOTE_CLOSE[oc], end);
  if (close < 0 || close - end > 80 || view.slice(end, close).includes("\n")) {
    return cutQuotation(view, open, end);
  }
  if (oc === "`") return view[open - 1] !== "`";
  const before = view.slice(Math.max(0, open - 40), open);
  // An acronym spelled out, `DAN ("Do Anything Now")`, names a thing.
  if (/\b[A-Z][A-Z0-9]{1,10} \(\s*$/.test(before)) return true;
  // `"key": "…"` and `key="…"` are values handed over, not quotations; but after a verb of
  // writing or saying ("Un client écrit dans un ticket : « … »") a typographic quote is reported.
  if (/[:=\[{,(]\s*$/.test(before)) return "«„“".includes(oc) && REPORTED_COLON.test(before);
  return MENTION_CUE.test(before) || MENTION_CUE_I18N.test(before) ||
    MENTION_AFTER_I18N.test(view.slice(close + 1, close + 12));
}
