/**
 * Round 19 false-positive tests shared by older injection rules (their `accept` hooks): what makes
 * a text a report, a transcript or guidance for people rather than an order to the model.
 *
 * - A support chat export ("Usuario: … / Asistente: …") labels its turns; a label is no vocative
 *   unless the transcript carries an act (an address, a link, a command, a secret).
 * - "User: can you add it to my calendar?" inside such an export is the user's own turn, quoted.
 * - "Copy it to ~/.kube/config": a credential file as the destination of a copy is setup.
 * - "If you're building an assistant that will send traffic": the reader builds the agent.
 * No import from the rule files: they import this one.
 */

/** A line that opens an assistant's turn (English and the languages the vocative rule reads). */
const ASSISTANT_LABEL =
  /(?:^|\n)[ \t]{0,8}(?:\*\*)?(?:assistant|ai assistant|chatbot|bot|agent|asistente|assistente|assistent|assistant[ea]?|ассистент|помощник)(?:\*\*)?[ \t]{0,3}:/i;
/** A line that opens the user's (or customer's) turn. */
const USER_LABEL =
  /(?:^|\n)[ \t]{0,8}(?:\*\*)?(?:user|human|customer|client[ea]?|usuari[oa]|utente|nutzer(?:in)?|benutzer(?:in)?|kund(?:e|in)|utilisat(?:eur|rice)|cliente|gebruiker|użytkownik|пользователь|клиент|kullanıcı|müşteri)(?:\*\*)?[ \t]{0,3}:/i;

/**
 * What turns a transcript into a payload, in the languages of the labels: an address or link, a
 * shell command, a secret, an override, a new standing rule ("a partir de ahora") or skipped
 * consent ("sin preguntar", "ohne Rückfrage").
 */
const TURN_ACT = new RegExp(
  [
    String.raw`[\w.+-]{1,64}@[\w-]{1,63}\.\w`,
    String.raw`https?:\/\/`,
    String.raw`\b(?:curl|wget|sudo|rm\s{1,3}-rf|powershell|chmod)\b`,
    String
      .raw`\b(?:api[ _-]?keys?|passwor(?:d|t)s?|contraseñas?|senhas?|claves?|schlüssel|token|tokens|secret|secrets|credenziali|credenciales|credentials|system\s{1,3}prompt|prompt\s{1,3}(?:de|del)\s{1,3}sistema|systemprompt|iban)\b`,
    String
      .raw`\b(?:ignore|ignora|ignorar|ignoriere|ignorier|ignorez|olvida|vergiss|dimentica|disregard|forget)\b`,
    String
      .raw`(?<!\p{L})(?:from\s{1,3}now\s{1,3}on|a\s{1,3}partir\s{1,3}de\s{1,3}ahora|de\s{1,3}ahora\s{1,3}en\s{1,3}adelante|ab\s{1,3}sofort|von\s{1,3}nun\s{1,3}an|da\s{1,3}ora\s{1,3}in\s{1,3}poi|d'ora\s{1,3}in\s{1,3}poi|à\s{1,3}partir\s{1,3}de\s{1,3}maintenant|désormais)(?!\p{L})`,
    String
      .raw`\b(?:without\s{1,3}(?:asking|confirm\w{0,6})|sin\s{1,3}(?:preguntar|confirmar)|senza\s{1,3}(?:chiedere|conferma\w{0,3})|ohne\s{1,3}(?:rückfrage|nachfrage|zu\s{1,3}fragen|bestätigung)|sans\s{1,3}(?:demander|confirm\w{0,6}))\b`,
  ].join("|"),
  "iu",
);

/**
 * A quiet chat export: the text labels both an assistant's and a user's turns and carries no act
 * (see {@link TURN_ACT}). Such a label is the transcript's, not a call to the reading model.
 */
export function quietTranscript(view: string): boolean {
  return ASSISTANT_LABEL.test(view) && USER_LABEL.test(view) && !TURN_ACT.test(view);
}

/** The match opens with a turn label (`\nAsistente:`), not a vocative (`Asistente, …`). */
const LABEL_COLON = /^[\s:.!?]{0,4}[\p{L} ]{2,20}:/u;

/**
 * A vocative-looking turn label inside a quiet chat export ("Usuario: … / Asistente: …"): the
 * label names a speaker of the transcript, so the vocative rule does not read it.
 */
export const transcriptLabel = (view: string, start: number, end: number): boolean =>
  LABEL_COLON.test(view.slice(start, end)) && quietTranscript(view);

/** What precedes the request on its line: a user-turn label ("User:", the colon optional). */
const USER_LINE =
  /^[ \t]{0,8}(?:\*\*)?(?:user|human|customer|client)(?:\*\*)?[ \t]{0,3}:?[ \t]{0,3}$/i;

/**
 * A first-person request that is the user's own turn in a quiet chat export ("User: can you add
 * it to my calendar?" followed by "Assistant: Done …"): the user asked their assistant, reported.
 */
export function userTurnInTranscript(view: string, start: number): boolean {
  const lineStart = view.lastIndexOf("\n", start - 1) + 1;
  return USER_LINE.test(view.slice(lineStart, start)) && quietTranscript(view);
}

/** A credential path that is never a setup destination: planting a key there is the attack. */
const NO_SETUP_TARGET = /\.ssh|authorized_keys|\/etc\/|shadow|sudoers|passwd|_history/i;
/** "Copy it to ~/", "save the file as ", "move k3s.yaml into ": a copy's destination just before. */
const INTO_PATH =
  /\b(?:copy|copies|copied|copying|move|moves|moved|moving|put|puts|save|saves|saved|saving|write|writes|written|writing|place|places|placed|install|installs|installed|merge|merges|merged|symlink|link)\b[^.!?\n]{0,60}?\b(?:to|into|(?<!such )as|at|in|under)[ \t]{1,3}[`"'(]?(?:~|\$HOME|\$\{HOME\})?[\w\/.-]{0,60}$/i;
/** `cp k3s.yaml ~/.kube/config`: a shell copy whose second argument is the path. */
const CP_INTO =
  /\b(?:cp|mv|install|ln)[ \t]{1,3}(?:-{1,2}[\w-]{1,20}[ \t]{1,3}){0,3}[^\s;&|]{1,120}[ \t]{1,3}[`"']?(?:~|\$HOME)?[\w\/.-]{0,60}$/;

/**
 * The credential file ending at `end` is where a copy goes ("Copy it to ~/.kube/config", "cp
 * k3s.yaml ~/.kube/config"): installing a config is setup; leaking one names it as the source.
 * SSH keys and system files are excluded: a key planted in `authorized_keys` is the attack.
 */
export function setupDestination(view: string, start: number, end: number): boolean {
  if (NO_SETUP_TARGET.test(view.slice(start, end))) return false;
  const before = view.slice(Math.max(0, start - 100), end);
  return INTO_PATH.test(before) || CP_INTO.test(before);
}

/**
 * "If you're building an assistant that will send …", "teams running an agent that posts …": the
 * reader makes or runs the agent, so the clause describes a product, not the reading model's duty.
 */
const BUILT_AGENT =
  /\b(?:build|building|builds|develop|developing|develops|run|running|runs|operate|operating|operates|deploy|deploying|deploys|write|writing|make|making|ship|shipping|design|designing|host|hosting|maintain|maintaining)[ \t]{1,3}(?:(?:an?|your|the|our|their|own)[ \t]{1,3}){1,2}(?:[\w-]{1,20}[ \t-])?$/i;

/** The agent named at `start` is something the reader builds or runs (see {@link BUILT_AGENT}). */
export function builtAgent(view: string, start: number, end: number): boolean {
  const text = view.slice(start, end);
  // The actor pattern may begin with its article ("an assistant that will send").
  const article = /^(?:an?|the|your)[ \t]/i.exec(text);
  const head = view.slice(Math.max(0, start - 60), start) + (article ? article[0] : "");
  return BUILT_AGENT.test(head) && /\b(?:that|which|who)\b/i.test(text);
}
