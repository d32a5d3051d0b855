/**
 * Admitted capabilities: a definition that *says* the tool uploads, deletes or collects more than
 * its name suggests. One sentence is one statement; a statement is a capability verb (move,
 * destroy, harvest) whose object is a secret store or a broad scope, optionally with an external
 * destination. The tool's name and title decide whether the capability is its job: a backup tool
 * may copy your home folder, `get_weather` may not.
 */
import { declinedAlternative } from "./_definition_r26_fp.ts";
import {
  type DefinitionContext,
  has,
  type Hit,
  nameSuggests,
  negatedAt,
  sentences,
} from "./_definition_grammar.ts";
import { namedOnly, objectOf, verbUse } from "./_definition_objects.ts";
import { withoutOwnConfig } from "./_definition_r13.ts";
import { gatedExample, secretAsSubject } from "./_definition_r29p.ts";
import { noneSubject, postposedGatedExample } from "./_definition_r30p.ts";
import { prohibitedExample } from "./_definition_r32p.ts";
import {
  BROAD_SCOPE,
  DESTROY_NAME,
  DESTROY_OP,
  DESTROY_VERB,
  EXFIL_NAME,
  EXFIL_VERB,
  EXTERNAL_DEST,
  HARVEST_VERB,
  SECRET_NAME,
  SECRET_OBJECT,
  USER_DEST,
} from "./_definition_vocab.ts";

/** Secrets named without a qualifier: objects only with an outside destination. */
const LOOSE_SECRET = /\b(?:credentials|passwords?|secrets|tokens|cookies)\b/gi;

/** A secret mentioned as the means of authentication ("with your API key") is not an object. */
const INSTRUMENTAL = /\b(?:with|using|via|by)\s+(?:\w+\s+){0,3}$/i;

/** Objects that authenticate nothing: "with the entire chat history" is a payload, not a means. */
const NEVER_INSTRUMENTAL = /history|clipboard|keystrokes/i;

/** Clause breaks for {@link prohibitedObject}. */
const CLAUSE_BREAK = /[,;:()—–]|\s-\s|\s(?:and|but|then)\s/i;
/** A clause that opens a prohibition ("never upload files such as .env"). */
const PROHIBITS =
  /^\s*(?:(?:please|also|so)\s+)?(?:never|do\s+not|don't|must\s+not|should\s+not|avoid)\s+(?!forget|fail|omit|neglect|skip)/i;

/** A sentence that opens with a prohibition, over a list ("Avoid X and commands that print Y"). */
const OPENS_PROHIBITION =
  /^\s*(?:avoid|never|do\s+not|don't)\s+(?!forget|fail|omit|neglect|skip|mind|ask|wait|hesitate)/i;
/** What ends a prohibition's reach: a new order, a contrast, a clause of its own. */
const NEW_ORDER =
  /\b(?:just|simply|instead|but|then|rather|please|now|first)\b|[;:]|\b(?:and|or)\s+(?:then\s+)?(?:send|upload|post|copy|forward|read|include|attach|put|paste|add|dump|export|share|e-?mail|print|cat|run)\b/i;

/** The object sits in a clause that forbids acting on it: advice, not a capability. */
function prohibitedObject(sentence: string, index: number): boolean {
  const clause = sentence.slice(Math.max(0, index - 120), index).split(CLAUSE_BREAK).pop() ?? "";
  if (PROHIBITS.test(clause)) return true;
  // "Nunca ejecutes comandos que muestren contraseñas (por ejemplo `cat ~/.pgpass`)", any language.
  if (prohibitedExample(sentence, index)) return true;
  // "Avoid interactive commands (vim, less) and commands that print secrets such as `cat .env`".
  const head = sentence.slice(0, index);
  return index <= 200 && OPENS_PROHIBITION.test(head) && !NEW_ORDER.test(head);
}

function objectsOf(re: RegExp, sentence: string): number {
  re.lastIndex = 0;
  let n = 0;
  for (const m of sentence.matchAll(re)) {
    if (prohibitedObject(sentence, m.index)) continue;
    // "A zone the API token can edit": the token's permission, not a thing taken.
    if (secretAsSubject(sentence, m.index + m[0].length)) continue;
    if (
      NEVER_INSTRUMENTAL.test(m[0]) ||
      !INSTRUMENTAL.test(sentence.slice(Math.max(0, m.index - 40), m.index))
    ) n++;
  }
  return n;
}

function external(sentence: string): boolean {
  return has(EXTERNAL_DEST, sentence) && !USER_DEST.test(sentence);
}

/** "Output may include API keys": what the data might hold, not what the tool takes. */
const MAY_CONTAIN = /\b(?:may|might|can|could|sometimes|often)\s+(?:also\s+|sometimes\s+)?$/i;
/**
 * "Hidden files such as .env are included in results only if …": which names a listing shows,
 * under a condition, not contents the tool takes.
 */
const LISTED_IF =
  /^included\s+in\s+(?:the\s+)?(?:search\s+)?(?:results|listings?|matches|file\s+lists?)\s+only\s+(?:if|when|for)\b/i;
function mayContain(sentence: string, index: number): boolean {
  if (!/^includ/i.test(sentence.slice(index, index + 8))) return false;
  return MAY_CONTAIN.test(sentence.slice(Math.max(0, index - 30), index)) ||
    (/\b(?:is|are)\s+$/i.test(sentence.slice(Math.max(0, index - 8), index)) &&
      LISTED_IF.test(sentence.slice(index, index + 80)));
}

/** Non-negated matches of `re` used as verbs (not "a copy", not `pushStream`). */
function verbMatches(re: RegExp, s: string): { index: number; word: string }[] {
  const out: { index: number; word: string }[] = [];
  re.lastIndex = 0;
  for (const m of s.matchAll(re)) {
    if (verbUse(s, m.index, m[0]) && !negatedAt(s, m.index) && !noneSubject(s, m.index)) {
      out.push({ index: m.index, word: m[0] });
    }
  }
  return out;
}

/**
 * Verbs that only read locally ("loads the .env file into process.env"): harvesting when the
 * sentence also hands the data on (into an argument, field or output).
 */
const LOCAL_READ = /^(?:load|open|scan|access|log)/i;
// A verb with its inflections only ("passes", not "passwords"), or a slot the data goes INTO ("into
// the `q` field", not "from the text field"). Until session 31 this pattern held raw backspaces
// where `\b` was meant, so only the backtick form ever matched.
const HANDS_ON =
  /\b(?:(?:pass|put|place|insert|paste|include|attach|append|add|hand|send|supply|provide|return|embed|fill|forward|upload)(?:s|es|ed|d|ing)?|concatenat(?:e|es|ed|ing))\b|\b(?:in|into|to|as)\s{1,3}(?:(?:the|an?)\s{1,3})?(?:[\w-]{1,30}\s{1,3})?(?:argument|parameter|param|field)s?\b|`\w+`/i;

/** Verbs that put data somewhere: harvesting when a secret is their object ("add the .env"). */
const HAND_VERB =
  /(?<![\w~/.-])(?:add|put|place|append|insert|paste|embed|supply|provide|pass|hand|fill)(?:s|es|ed|ing)?\b/gi;

/** Where handed data lands: an argument or a field named in code. */
const HANDS_ON_SLOT =
  /\b(?:argument|parameter|param|field|header|payload)s?\b|\b(?:in|into|to|as)\s+(?:the\s+)?`\w+`/i;
/** A parameter for the tool's own sign-in: `auth_header`, `api_key`, `token`, `authorization`. */
const AUTH_SLOT =
  /^(?:auth\w{0,20}|\w{0,20}_?(?:token|api_?key|bearer|authorization|credentials?))$/i;
const SLOT_NAME = /`(\w{2,40})`/g;

/**
 * "Pass the access token in `auth_header`": every parameter the sentence names in code is one of
 * the tool's own sign-in parameters, so the token goes where the tool's job needs it (token
 * passthrough), not into a field that is not its job.
 */
function intoOwnAuthSlot(s: string, ctx: DefinitionContext): boolean {
  const props = (ctx.tool.inputSchema as { properties?: Record<string, unknown> })?.properties;
  if (!props || typeof props !== "object") return false;
  const named = [...s.matchAll(SLOT_NAME)].map((m) => m[1]);
  return named.length > 0 && named.every((n) => Object.hasOwn(props, n) && AUTH_SLOT.test(n));
}

/** What of a secret is handed on. */
const CONTENTS = /\b(?:contents?|value|text|output)\s+of\b/i;

/** A sentence cut after "e.g." or "i.e.": what follows are its examples, not a sentence. */
const EXAMPLE_CUT = /\b(?:e\.g|i\.e)\.$/i;

/**
 * Sentences with the examples put back: "never run commands that print credentials (e.g.
 * `cat ~/.aws/credentials`)" split after "e.g." leaves "`cat ~/.aws/credentials`" without its
 * "never" — read alone, the example would be a secret the tool reads.
 */
function withExamples(list: readonly string[]): string[] {
  const out: string[] = [];
  for (const s of list) {
    const last = out.length - 1;
    if (last >= 0 && EXAMPLE_CUT.test(out[last])) out[last] = `${out[last]} ${s}`;
    else out.push(s);
  }
  return out;
}

/** A field label that asks the caller to choose ("Which environment variables to record."). */
const CHOICE_LABEL = /^\W{0,3}(?:which|what)\s+(?:[\w-]{1,30}\s+){1,4}to\s+[\w-]{2,20}\W{0,2}$/i;

/**
 * A credential the job is stated to need, read from the user's own environment by its one
 * variable name and handed nowhere: "gated datasets need a token: the runner reads HF_TOKEN from
 * the user's own environment".
 */
const NEEDS_CREDENTIAL =
  /\b(?:needs?|requires?)\b[^.;]{0,40}?\b(?:tokens?|api\s{1,3}keys?|keys?|credentials?|passwords?|logins?)\b/i;
const READS_OWN_VAR =
  /\breads?\s{1,3}(?:the\s{1,3})?`?[A-Z][A-Z0-9]{0,20}_[A-Z0-9_]{2,40}`?(?:\s{1,3}(?:variable|env(?:ironment)?\s{1,3}variable))?\s{1,3}from\s{1,3}(?:the\s{1,3})?(?:user['’]s\s{1,3}|their\s{1,3}|your\s{1,3})?(?:own\s{1,3})?(?:shell\s{1,3})?env(?:ironment)?\b/;

function ownNeed(s: string): boolean {
  return NEEDS_CREDENTIAL.test(s) && READS_OWN_VAR.test(s) && !HANDS_ON.test(s);
}

const PEOPLE = String
  .raw`(?:viewers?|visitors?|guests?|members?|collaborators?|recipients?|readers?|anyone|others|other\s+people|people|teammates?|link\s+holders?|everyone)`;
/** A permission for other people, not the tool's act: "allow viewers to copy the data". */
const OTHERS_ALLOWED = new RegExp(
  String
    .raw`\b(?:(?:allow|allows|permit|permits|enable|enables)\s+(?:the\s+)?${PEOPLE}\s+(?:\w+\s+)?to|(?:let|lets)\s+(?:the\s+)?${PEOPLE}(?:\s+\w+)?)\s+$`,
  "i",
);

function othersAllowed(s: string, at: number): boolean {
  return OTHERS_ALLOWED.test(s.slice(Math.max(0, at - 60), at));
}

/**
 * Credentials scrubbed out of an artifact the tool makes for others: "before imaging, the tool
 * removes ~/.aws and ~/.ssh/authorized_keys", "strip .env files from the image". The removal is
 * named as happening before or from an image, snapshot, archive or package — hygiene before
 * sharing, not a tool destroying the user's own keys where they live.
 */
const ARTIFACT = String
  .raw`(?:(?:machine|container|docker|disk|vm|system|golden|base)\s+)?(?:images?|snapshots?|amis?|archives?|tarballs?|bundles?|artifacts?|packages?|exports?|templates?)`;
const SCRUB_FOR_ARTIFACT = new RegExp(
  String
    .raw`\b(?:before|prior\s+to|ahead\s+of)\s+(?:(?:imaging|snapshott?ing|packaging|bundling|archiving)\b|(?:creating|taking|building|baking|capturing|making|publishing|sharing|exporting|packaging|registering)\s+(?:the\s+|an?\s+|each\s+)?(?:[\w-]+\s+)?${ARTIFACT}\b|the\s+(?:[\w-]+\s+)?${ARTIFACT}\s+(?:is|are|gets?)\s+(?:taken|created|built|baked|captured|made|published|shared|exported))|\b(?:from|out\s+of)\s+(?:the|each|every|an?)\s+(?:[\w-]+\s+)?${ARTIFACT}\b`,
  "i",
);
/** ... but not from where the user keeps them ("from your laptop", "on the host"). */
const USER_PLACE =
  /\b(?:from|on|in)\s+(?:the\s+user['’]?s|your|their|this|the\s+local|the\s+host)\s+(?:own\s+)?(?:machine|laptop|computer|workstation|desktop|disk|device|host|home)\b/i;

/**
 * The destruction is what the user asked for, by name: "if the user wants the old private key
 * destroyed, the tool overwrites and deletes it", "only when the user asks to delete the token".
 * A user's wish for something else ("if the user wants a clean setup") does not count.
 */
const USER_WANTS_DESTROYED =
  /\b(?:if|when|once|only\s+(?:if|when)|whenever)\s+(?:the\s+user|you|they)\s+(?:explicitly\s+)?(?:wants?|asks?\s+for|requests?|chooses?|opts?\s+for|confirms?|has\s+confirmed)\s+(?:(?:the|their|your|that|this|its)\s+)?(?:[\w-]{1,20}\s+){0,3}?(?:(?:to\s+be\s+)?(?:destroyed|deleted|removed|wiped|erased|shredded|revoked)|(?:deletion|removal|destruction|erasure))\b|\b(?:if|when|only\s+(?:if|when))\s+(?:the\s+user|you)\s+(?:explicitly\s+)?(?:asks?|chooses?|wants?|decides?)\s+to\s+(?:delete|destroy|remove|wipe|erase|shred)\b/i;

/** True when `s` removes only secret stores, as the user asked or from an artifact being made. */
function hygienicRemoval(s: string): boolean {
  if (USER_WANTS_DESTROYED.test(s)) return onlySecrets(s);
  if (!SCRUB_FOR_ARTIFACT.test(s) || USER_PLACE.test(s)) return false;
  return onlySecrets(s);
}

/** A secret store with the rest of its path (`~/.ssh/id_rsa`, `~/.docker/config.json`). */
const SECRET_PATH = new RegExp(String.raw`(?:${SECRET_OBJECT.source})[\w./-]*`, "gi");

/** Only secret stores go: a home folder, `$HOME` or every file is no scrub. */
function onlySecrets(s: string): boolean {
  return !has(BROAD_SCOPE, s.replace(SECRET_PATH, " "));
}

/**
 * A list the server REFUSES ("Safety rules enforced by this server (requests matching them are
 * refused):" then "- reading ~/.ssh, ~/.aws …"): the items are what it will not do. Only the
 * bulleted lines right under such a lead are read as refused; the first other line ends the list.
 */
const REFUSAL_LEAD =
  /\b(?:refused|rejected|blocked|denied|not\s+allowed|forbidden|disallowed|(?:deny|block)[\s-]?list(?:ed)?|never\s+(?:runs?|executes?|does|performs?|allows?)|(?:will|does)\s+not\s+(?:run|execute|do|perform|allow)|won['’]t\s+(?:run|execute|do|perform|allow))\b[^\n]{0,80}:\s*$/i;
const BULLET = /^\s{0,6}(?:[-*•‣▪]|\d{1,2}[.)])\s/;

/** `text` with the items of a refused list blanked (see {@link REFUSAL_LEAD}). */
export function withoutRefusedList(text: string): string {
  // Cheap gate: a lead ends its line with a colon.
  if (!/:[ \t]*\n/.test(text)) return text;
  const lines = text.split("\n");
  let refused = false;
  for (let i = 0; i < lines.length; i++) {
    if (refused && BULLET.test(lines[i])) {
      lines[i] = " ".repeat(lines[i].length);
      continue;
    }
    refused = REFUSAL_LEAD.test(lines[i]);
  }
  return lines.join("\n");
}

/**
 * The server reads a secret from ITS OWN configuration ("linters that need private plugins read
 * NPM_TOKEN from the server's own configuration") and hands it nowhere: its own sign-in.
 */
const SERVER_OWN_READ =
  /\b(?:reads?|loads?|takes?|gets?|uses?)\s{1,3}(?:the\s{1,3})?`?[A-Z][A-Z0-9]{0,20}(?:_[A-Z0-9]{1,20}){0,4}`?\s{1,3}from\s{1,3}(?:the\s{1,3})?(?:server['’]s|tool['’]s|its)\s{1,3}own\s{1,3}(?:config(?:uration)?|env(?:ironment)?|settings|secrets?\s{1,3}store|keychain)\b/;

function serverOwnRead(s: string): boolean {
  return SERVER_OWN_READ.test(s) && !HANDS_ON.test(s);
}

/**
 * A path two levels under a dot folder of the home (`~/.cache/toolx`, `$HOME/.config/app/`): one
 * tool's own folder, not the dot folder or the home it sits in. Secret stores (`~/.ssh/id_rsa`,
 * `~/.aws/credentials`) are kept as written.
 */
const OWN_DOT_SUBFOLDER = /(?:~|\$HOME)\/\.[\w-]{1,30}\/[\w.-]{1,60}(?:\/[\w.-]{1,60}){0,4}\/?/g;

/**
 * The deletion is something the USER can do, not the tool's act: "point them to Settings, where
 * they can export or delete everything", "users can erase all their data from the app". Not "you
 * can" (a definition's "you" is the model).
 */
const USER_CAN =
  /\b(the\s{1,3}user|users|they|customers?|account\s{1,3}owners?|members?)\s{1,3}(?:can|may|are\s{1,3}able\s{1,3}to|is\s{1,3}able\s{1,3}to)\s{1,3}(?:(?:also|still|always|then|easily|manually)\s{1,3})?(?:\w{3,12}\s{1,3}(?:or|and|and\/or)\s{1,3})?$/i;

function userAbility(s: string, at: number): boolean {
  const m = USER_CAN.exec(s.slice(Math.max(0, at - 70), at));
  if (m === null) return false;
  // "they" must be people: the user is named, or addressed as "them", earlier in the sentence.
  return !/^they$/i.test(m[1]) ||
    /\b(?:them|the\s{1,3}user|users|people|customers?)\b/i.test(s.slice(0, at - m[0].length));
}

/** True when `word` at `at` is a quoted key of a JSON object (`{"email": "…"}`). */
function jsonKey(s: string, at: number, word: string): boolean {
  return /["']$/.test(s.slice(Math.max(0, at - 1), at)) &&
    /^["']\s{0,2}:/.test(s.slice(at + word.length, at + word.length + 4));
}

/** Capability findings for one string of a definition. */
export function capabilityHits(text: string, ctx: DefinitionContext): Hit[] {
  const out: Hit[] = [];
  const secretsAreItsJob = nameSuggests(ctx, SECRET_NAME);
  for (const s of withExamples(sentences(withoutRefusedList(text)))) {
    let secret = objectsOf(SECRET_OBJECT, s) > 0;
    const broad = has(BROAD_SCOPE, s);
    const loose = !secret && objectsOf(LOOSE_SECRET, s) > 0;
    if (!secret && !broad && !loose && !has(DESTROY_OP, s)) continue;
    // A quoted JSON key ("email": …) in an example names a field, it is no verb (session 36).
    const verbs = verbMatches(EXFIL_VERB, s).filter((v) => !jsonKey(s, v.index, v.word));
    const exfil = verbs.length > 0;
    const ext = external(s);
    // Bare "credentials" or "tokens" are everyday words; sent to an outside address they are
    // the payload ("Credentials are forwarded to https://…", "forwards found tokens to …").
    if (loose && exfil && ext) secret = true;
    else if (!secret && !broad && !has(DESTROY_OP, s)) continue;
    if (exfil && secret) {
      if (ext || !secretsAreItsJob) {
        out.push({
          kind: "admitted_exfiltration",
          severity: "high",
          reason: ext
            ? "Definition says the tool sends secrets (credentials, keys, cookies) to an outside destination"
            : "Definition says the tool sends secrets (credentials, keys, cookies) although its name is about something else",
        });
      } else {
        out.push({
          kind: "secret_transfer",
          severity: "low",
          reason: "Definition says the tool moves secrets; its name says that is its job",
        });
      }
      continue;
    }
    // A broad scope counts only as what the verb moves: "uploads the whole home folder", not
    // "a copy in the working tree" or "reports are written to the current directory".
    // With an outside destination the scope may be the subject ("every email … has to copy
    // audit@…").
    if (
      broad && exfil &&
      (ext ||
        verbs.some((v) =>
          !declinedAlternative(s, v.index) && !othersAllowed(s, v.index) &&
          objectOf(s, v.index, v.word, BROAD_SCOPE, "dest")
        ))
    ) {
      const itsJob = nameSuggests(ctx, EXFIL_NAME);
      if (!itsJob) {
        out.push({
          kind: "admitted_exfiltration",
          severity: ext ? "high" : "medium",
          reason:
            "Definition says the tool copies or uploads a broad scope (home, working directory, every file) although its name is about something else",
        });
      } else if (ext) {
        out.push({
          kind: "broad_upload",
          severity: "low",
          reason:
            "Definition says the tool uploads a broad scope to an outside destination; check the destination",
        });
      }
      continue;
    }
    // A command named in release notes ("git reset --hard" did not work) is not one the tool runs.
    // An example of the commands the tool holds for the user's confirmation is no capability.
    const destroyOp = verbMatches(DESTROY_OP, s).some((v) =>
      !namedOnly(s, v.index, v.word) && !gatedExample(s, v.index) &&
      !postposedGatedExample(s, v.index)
    );
    // The tool's own folder deep under a dot folder (`~/.cache/toolx`) is no broad scope.
    const sd = s.replace(OWN_DOT_SUBFOLDER, (p) => has(SECRET_OBJECT, p) ? p : "its-folder");
    const destroy = destroyOp ||
      ((secret || broad) && !hygienicRemoval(s) &&
        verbMatches(DESTROY_VERB, sd).some((v) =>
          !userAbility(sd, v.index) && (
            objectOf(sd, v.index, v.word, BROAD_SCOPE) ||
            // Encrypting a key protects it; encrypting every file is ransomware.
            (!/^encrypt/i.test(v.word) && objectOf(sd, v.index, v.word, SECRET_OBJECT))
          )
        ));
    if (destroy) {
      out.push(
        nameSuggests(ctx, DESTROY_NAME)
          ? {
            kind: "broad_destruction",
            severity: "low",
            reason:
              "Definition describes a broad destructive operation; the tool's name says it is destructive",
          }
          : {
            kind: "admitted_destruction",
            severity: "high",
            reason:
              "Definition says the tool deletes, overwrites or force-pushes broadly although its name is about something else",
          },
      );
      continue;
    }
    if (
      secret && !secretsAreItsJob && !CHOICE_LABEL.test(s) && !ownNeed(s) && !serverOwnRead(s) &&
      objectsOf(SECRET_OBJECT, withoutOwnConfig(s, ctx.tool)) > 0 &&
      (verbMatches(HARVEST_VERB, s).some((v) =>
        !mayContain(s, v.index) && (!LOCAL_READ.test(v.word) || HANDS_ON.test(s))
      ) || (HANDS_ON_SLOT.test(s) || CONTENTS.test(s)) && !intoOwnAuthSlot(s, ctx) &&
          verbMatches(HAND_VERB, s).some((v) => objectOf(s, v.index, v.word, SECRET_OBJECT, false)))
    ) {
      out.push({
        kind: "admitted_harvesting",
        severity: "high",
        reason:
          "Definition says the tool reads or collects secrets (keys, cookies, credentials) although its name is about something else",
      });
    }
  }
  return out;
}
