/**
 * Vocabulary for the English injection rules: regex fragments for word classes (override verbs,
 * instruction nouns, secrets, destinations, …). Kept apart from the rules so each rule reads as
 * grammar: `VERB gap QUALIFIER gap OBJECT`.
 */

/** Separator between words: spaces, commas and markdown emphasis. */
export const SEP = String.raw`[\s,*"“”«»_]+`;
const WORD = String.raw`[\w'’-]+`;
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
/** The narrow qualifiers that make a weak object ("restrictions") count. */
export const QUAL_STRONG = words(String.raw`
  previous(?:ly)? | prior | preceding | above | earlier | original | initial | system | developer |
  safety | your | built-in`);
/** Nouns for an instruction set. */
export const OBJ = words(String.raw`
  instructions? | prompts? | rules | directives? | directions | guidelines | guidance | guardrails? |
  programming | tool descriptions? | system (?:prompt|message)`);
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
  \.ssh/ | \bid_(?:rsa|dsa|ecdsa|ed25519)\b | \.aws/credentials | (?:^|[\s"'\x60(/~])\.env\b(?![.\w-]) |
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
  attach | copy | grab | steal | exfiltrate | forward | post`);
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
