/**
 * Round 33 precision (benign definitions blocked): careful definitions of tools that touch secrets,
 * money and shells say where a secret is kept, who may see a value and which commands wait for the
 * user. The definition grammars read the secret, the account or the command inside such a
 * safeguard as the act itself. {@link r33pBlanked} blanks (spaces, same length) only the safeguard
 * phrase, for the second reading of a string a grammar already flagged; what stays outside it is
 * read as before. Each pattern is a shape, not a topic:
 * - secret entry handed to the user's password manager or autofill ("prefer triggering the user's
 *   password manager", "let the browser's autofill fill it") — the model never holds the secret;
 *   a clause that takes the secret OUT of the manager (copy, read, fetch, export …) stays;
 * - safekeeping advice for a new secret: "remind them to store it in their secrets manager", "put
 *   it in Vault", "guárdala en tu gestor de contraseñas" — never with an outside address;
 * - an owner-only disclosure rule: "never reveal the account to anyone but that employee", "nunca
 *   reveles … a nadie salvo al titular" — the user (the owner) is the one allowed audience;
 * - the tool's own client secret or key read by the tool from the OS keychain / a secrets manager,
 *   in an OAuth or sign-in definition, with no field, upload or address in the sentence;
 * - destructive commands listed as examples of what runs only when the user explicitly asked for
 *   it ("i comandi distruttivi (rm -rf, …) vanno eseguiti solo se l'utente li ha chiesti
 *   esplicitamente", "solo si el usuario lo pide"), in any of several languages; a waived
 *   confirmation keeps the list.
 *
 * Not exempt, on purpose: a "finding line" of a tool that calls itself a read-only checker (the
 * name and `readOnlyHint` are the upstream's to choose, so an order wrapped in "- HIGH: description
 * contains '…'" would pass).
 */
import type { DefinitionContext } from "./_definition_grammar.ts";
import { COMMAND_CLASS, NO_CONFIRM } from "./_definition_r29p.ts";

const blank = (m: string): string => m.replace(/[^\n]/g, " ");

/** Clause end for the patterns below. */
const CLAUSE = /[.;!?](?:\s|$)|\n/;

/** The clause of `text` around [start, end). */
function clauseAround(text: string, start: number, end: number): string {
  const head = text.slice(Math.max(0, start - 160), start);
  const cut = Math.max(head.lastIndexOf(". "), head.lastIndexOf("; "), head.lastIndexOf("\n"));
  const tail = text.slice(end, end + 160);
  const stop = tail.search(CLAUSE);
  return head.slice(cut + 1) + text.slice(start, end) + (stop < 0 ? tail : tail.slice(0, stop));
}

/** An outside address or a call slot: a safeguard phrase next to one is not blanked. */
const OUTSIDE =
  /https?:\/\/|\b[\w.+-]+@[\w-]+\.\w|\b(?:into|in|as|to)\s{1,4}(?:the\s{1,4}|a\s{1,4})?[\w`'"-]{1,40}\s{1,4}(?:parameter|param|argument|header|payload)\b|\b(?:upload|post|send|forward|e-?mail|webhook)\w*/i;

// --- secret entry handed to the password manager ---------------------------------------------

const VAULT_DEFER =
  /\b(?:prefer|use|trigger|let|invoke|rely\s{1,4}on|defer\s{1,4}to|hand\s{1,4}(?:it\s{1,4})?off\s{1,4}to)\s{1,4}(?:triggering\s{1,4}|using\s{1,4}|invoking\s{1,4}|opening\s{1,4})?(?:the\s{1,4})?(?:user'?s\s{1,4}|browser'?s\s{1,4}|their\s{1,4}|built-in\s{1,4}|os\s{1,4}|system\s{1,4})?(?:password\s{1,4}manager|autofill|auto-fill|keychain)(?:'?s?\s{1,4}(?:autofill|auto-fill|prompt))?/gi;
/** Taking the secret out of the manager: the theft the grammar looks for. */
const TAKE_OUT =
  /\b(?:copy|copies|read|reads|get|gets|fetch\w*|retriev\w*|extract\w*|export\w*|take|takes|pull\w*|look\w*\s{1,4}up|dump\w*|reveal\w*|print\w*|return\w*)\b/i;

// --- safekeeping advice for a new secret ---------------------------------------------------------

const SAFE_STORE = String
  .raw`(?:secrets?\s{1,4}manager|(?:key\s{0,4})?vault|keychain|keyring|password\s{1,4}manager|secret\s{1,4}store|credential\s{1,4}(?:store|manager))`;
const SAFEKEEP = new RegExp(
  String
    .raw`\b(?:store|save|keep|put|place|add)\s{1,4}(?:it|them|this|these|the\s{1,4}(?:[\w-]+\s{1,4}){0,2}?(?:key|secret|token|password|passphrase|credential)s?)\s{1,4}(?:safely\s{1,4}|securely\s{1,4})?(?:in|into|inside)\s{1,4}(?:(?:their|your|his|her|the\s{1,4}user'?s|a|the)\s{1,4})?(?:own\s{1,4}|team'?s?\s{1,4})?(?:[A-Z][\w-]{1,20}\s{1,4}){0,2}${SAFE_STORE}` +
    String
      .raw`|(?<!\p{L})(?:gu[aá]rd\p{L}{0,6}|almacen\p{L}{0,6}|guarde\p{L}{0,3}|armazen\p{L}{0,6}|conserv\p{L}{0,6}|enregistr\p{L}{0,6}|speicher\p{L}{0,6}|bewahr\p{L}{0,6}|salv\p{L}{0,6}|memorizz\p{L}{0,6}|сохран\p{L}{0,6}|храни\p{L}{0,4})\s[^\n.;!?]{0,30}?(?:gestor\s{1,4}de\s{1,4}(?:contraseñas|secretos|senhas|segredos)|gerenciador\s{1,4}de\s{1,4}(?:senhas|segredos)|gestionnaire\s{1,4}de\s{1,4}(?:mots\s{1,4}de\s{1,4}passe|secrets)|passwort-?\s?manager|secrets?-?\s?manager|tresor|coffre|gestore\s{1,4}(?:di\s{1,4}|delle\s{1,4}|dei\s{1,4})(?:password|segreti)|менеджер\p{L}{0,2}\s{1,4}паролей|хранилищ\p{L}{0,3}\s{1,4}секретов|vault)`,
  "giu",
);
/** Whose store: an operator's or a vendor's store is a destination, not safekeeping. */
const FOREIGN_STORE =
  /\b(?:our|operator'?s?|vendor'?s?|shared|external|remote|partner'?s?|central)\s{1,4}(?:\w+\s{1,4}){0,2}(?:vault|manager|store)/i;

// --- owner-only disclosure ------------------------------------------------------------------------

const OWNER = String
  .raw`(?:(?:employee|owner|account\s{1,4}holder|holder|user|customer|client|patient|member|person|cardholder|subscriber|contractor|worker)s?|[\w-]{2,24}\s{1,4}(?=themselves|himself|herself|themself))`;
const OWNER_ONLY = new RegExp(
  String
    .raw`(?<![\w'])(?:never|do\s{1,4}not|don't|must\s{1,4}not|should\s{1,4}not)\s{1,4}(?:reveal|disclose|share|show|give\s{1,4}out|expose|read\s{1,4}out)\s[^\n.;!?]{0,80}?\bto\s{1,4}(?:anyone|anybody|others|other\s{1,4}(?:users|people|employees|customers|members))\s{1,4}(?:but|except|other\s{1,4}than|besides|apart\s{1,4}from)\s{1,4}(?:to\s{1,4})?(?:that|the|this|its|their)\s{1,4}(?:same\s{1,4}|own\s{1,4})?${OWNER}(?:\s{1,4}(?:themselves|himself|herself|themself))?` +
    String
      .raw`|(?<![\w'])(?:never|do\s{1,4}not|don't|must\s{1,4}not)\s{1,4}(?:reveal|disclose|share|expose|give\s{1,4}out)\s[^\n.;!?]{0,80}?\bto\s{1,4}(?:third\s{1,4}parties|outsiders|other\s{1,4}(?:users|employees|customers|members))\b` +
    String
      .raw`|(?<!\p{L})(?:nunca|jamás|no)\s{1,4}(?:reveles|revele|reveléis|compartas|comparta|muestres|divulgues|divulgue|reve?le|compartilhe|mostre)\s[^\n.;!?]{0,80}?\b(?:a|para)\s{1,4}(?:nadie|ninguém|ningu[eé]m)\s{1,4}(?:salvo|excepto|más\s{1,4}que|menos|exceto|além\s{1,4}d[oa]|sino)\s{1,4}(?:a\s{1,4}|al\s{1,4}|ao\s{1,4}|à\s{1,4})?(?:propio\s{1,4}|própri[oa]\s{1,4}|la\s{1,4}|el\s{1,4}|o\s{1,4}|a\s{1,4})?(?:emplead[oa]|titular|usuari[oa]|usuári[oa]|client[ea]|funcionári[oa]|propietari[oa])` +
    String
      .raw`|(?<!\p{L})ne\s{1,4}(?:révélez|communiquez|divulguez|montrez|partagez)\s{1,4}jamais\s[^\n.;!?]{0,80}?(?:à\s{1,4}personne\s{1,4}d'autre\s{1,4}que|qu'à)\s{1,4}(?:l'|le\s{1,4}|la\s{1,4})?(?:employé|salarié|titulaire|utilisateur|client)` +
    String
      .raw`|(?<!\p{L})(?:niemals|nie|nicht)\s[^\n.;!?]{0,80}?(?:an\s{1,4}andere\s{1,4}als|an\s{1,4}niemanden\s{1,4}außer)\s{1,4}(?:den|die|das)\s{1,4}(?:betroffenen\s{1,4})?(?:mitarbeiter\p{L}{0,3}|inhaber\p{L}{0,3}|nutzer\p{L}{0,3}|kund\p{L}{0,3})` +
    String
      .raw`|никогда\s{1,4}не\s{1,4}(?:раскрывайте|сообщайте|показывайте|раскрывай)\s[^\n.;!?]{0,80}?никому,?\s{1,4}кроме\s{1,4}(?:самого\s{1,4})?(?:сотрудник|владельц|пользовател|клиент)\p{L}{0,3}`,
  "giu",
);

// --- the tool's own client secret read from the OS keychain ----------------------------------------

const OWN_SECRET_READ = new RegExp(
  String
    .raw`\b(?:the|its|this\s{1,4}tool'?s|the\s{1,4}app'?s)\s{1,4}(?:own\s{1,4})?(?:oauth\s{1,4})?(?:client\s{1,4}secret|client\s{1,4}credentials|signing\s{1,4}key|api\s{1,4}key|refresh\s{1,4}token|app\s{1,4}secret)\s{1,4}(?:is|are)\s{1,4}(?:also\s{1,4})?(?:read|loaded|retrieved|fetched|taken|pulled)\s{1,4}(?:from|out\s{1,4}of)\s{1,4}(?:the\s{1,4})?(?:os\s{1,4}|system\s{1,4}|macos\s{1,4}|local\s{1,4}|platform\s{1,4}|same\s{1,4})?${SAFE_STORE}`,
  "gi",
);
/** The definition is about signing in or an OAuth flow. */
const AUTH_FLOW =
  /\boauth|\bauthori[sz]ation\s{1,4}code|\bsign[\s-]?in|\blog[\s-]?in|\bauthenticat|\bopenid|\bpkce\b/i;

// --- destructive examples held for the user's explicit request ------------------------------------

/** Runs only when the user explicitly asked for it, in several languages. */
const USER_ASKED = new RegExp(
  [
    String
      .raw`\b(?:only\s{1,4}(?:if|when|after)|unless)\s{1,4}(?:the\s{1,4}user|they|you\s{1,4}were)\s{1,4}(?:has\s{1,4}|have\s{1,4})?(?:explicitly\s{1,4}|specifically\s{1,4}|directly\s{1,4})?(?:asks?|asked|requests?|requested|instructs?|instructed)\b`,
    String
      .raw`(?<!\p{L})solo\s{1,4}se\s{1,4}l['’]utente\s{1,4}(?:li\s{1,4}|lo\s{1,4}|la\s{1,4}|le\s{1,4})?(?:ha\s{1,4})?(?:esplicitamente\s{1,4})?(?:chiest\p{L}|chied\p{L}{1,4}|richiest\p{L}|richied\p{L}{1,4})`,
    String
      .raw`(?<!\p{L})s[oó]lo\s{1,4}(?:si|cuando)\s{1,4}el\s{1,4}usuario\s{1,4}(?:lo\s{1,4}|los\s{1,4}|las\s{1,4}|la\s{1,4})?(?:ha\s{1,4})?(?:expl[ií]citamente\s{1,4})?(?:pide|pidi[oó]|pedido|solicita|solicit[oó]|solicitado)`,
    String
      .raw`(?<!\p{L})(?:somente|apenas|só)\s{1,4}(?:se|quando)\s{1,4}o\s{1,4}usu[aá]rio\s{1,4}(?:os\s{1,4}|o\s{1,4}|as\s{1,4}|a\s{1,4})?(?:tiver\s{1,4})?(?:explicitamente\s{1,4})?(?:pedir|pediu|pedido|solicitar|solicitou|solicitado)`,
    String
      .raw`(?<!\p{L})(?:nur|erst)\s{1,4}(?:wenn|falls)\s{1,4}(?:der|die)\s{1,4}(?:nutzer|benutzer|anwender)\p{L}{0,3}\s{1,4}(?:es\s{1,4}|sie\s{1,4}|das\s{1,4})?(?:ausdrücklich\s{1,4})?(?:verlangt|anfordert|wünscht|angefordert|verlangt\s{1,4}hat|bittet)`,
    String
      .raw`(?<!\p{L})(?:seulement|uniquement)\s{1,4}si\s{1,4}l['’]utilisat(?:eur|rice)\s{1,4}(?:le\s{1,4}|les\s{1,4}|l['’])?(?:a\s{1,4})?(?:explicitement\s{1,4})?(?:demande|demandé|exige|exigé)`,
    String
      .raw`только\s{1,4}(?:если|когда)\s{1,4}пользовател\p{L}{1,3}\s{1,4}(?:явно\s{1,4})?(?:попросил|просит|запросил|потребовал)`,
  ].join("|"),
  "iu",
);
/** Plural and inflected command words {@link COMMAND_CLASS} leaves out ("comandi", "Befehle"). */
const COMMAND_WORD = /comand|command|befehl|kommando|команд|polece|operazion|operaci|opérat/iu;
const PAREN_LIST = /[(（][^()（）\n]{2,160}[)）]/g;

function gatedCommandLists(text: string): string {
  if (!/[(（]/.test(text) || !USER_ASKED.test(text)) return text;
  return text.replace(PAREN_LIST, (m: string, at: number, all: string) => {
    const s = clauseAround(all, at, at + m.length);
    // The class of commands stands right before the list, the sentence holds it for the user.
    const before = all.slice(Math.max(0, at - 40), at);
    if (
      !(COMMAND_CLASS.test(before) || COMMAND_WORD.test(before)) || !USER_ASKED.test(s) ||
      NO_CONFIRM.test(s)
    ) return m;
    return blank(m);
  });
}

/** Cheap pre-test: only texts with one of the shapes are rewritten. */
const GATE =
  /password\s{1,4}manager|autofill|auto-fill|keychain|keyring|vault|manager|gestor|gerenciador|gestionnaire|gestore|менеджер|хранилищ|tresor|coffre|anyone|anybody|third\s+part|outsiders|other\s+(?:users|employees|customers|members)|nadie|ningu|personne|qu'à|niemand|andere\s+als|никому|[(（]|:/i;

/**
 * `text` with its round-33 safeguard phrases blanked (spaces, same length); `text` itself when it
 * has none. Run only on strings a grammar already flagged.
 */
export function r33pBlanked(text: string, ctx: DefinitionContext): string {
  if (!GATE.test(text)) return text;
  let out = text;
  if (/password\s{1,4}manager|autofill|auto-fill|keychain/i.test(out)) {
    out = out.replace(VAULT_DEFER, (m: string, at: number, all: string) => {
      const c = clauseAround(all, at, at + m.length);
      return TAKE_OUT.test(c) || OUTSIDE.test(c) ? m : blank(m);
    });
  }
  out = out.replace(SAFEKEEP, (m: string, at: number, all: string) => {
    const c = clauseAround(all, at, at + m.length);
    return OUTSIDE.test(c) || FOREIGN_STORE.test(c) ? m : blank(m);
  });
  out = out.replace(OWNER_ONLY, blank);
  if (AUTH_FLOW.test(text) || AUTH_FLOW.test(ctx.tool.name.replace(/[_-]+/g, " "))) {
    out = out.replace(OWN_SECRET_READ, (m: string, at: number, all: string) => {
      const c = clauseAround(all, at, at + m.length);
      return OUTSIDE.test(c) ? m : blank(m);
    });
  }
  return gatedCommandLists(out);
}
