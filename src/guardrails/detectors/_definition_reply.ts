/**
 * Helpers shared by the round 36–38 definition checks (`_definition_r36.ts`, `_definition_r37.ts`,
 * `_definition_r38.ts`): what the model is told to keep out of, or put into, its reply to the user.
 */

/** A secret, a masked value or plumbing kept out of a reply: a safeguard, not a concealment. */
export const SAFE_OBJECT =
  /password|passphrase|passcode|token|secret|api[\s_-]{0,2}key|private\s{1,4}key|credential|\botp\b|\bpin\b|cvv|card\s{1,4}number|internal\s{1,4}ids?|\bids?\b|uuids?|raw\s{1,4}json|stack\s{1,4}traces?|debug|contraseñ|mot\s{1,4}de\s{1,4}passe|passwort|hasł|парол|密码|パスワード|비밀번호/iu;

/** The rest of the sentence after `end` (at most 100 characters). */
export function sentenceAfter(text: string, end: number): string {
  const after = text.slice(end, end + 100);
  const stop = after.search(/[.!?。！？।;\n]/);
  return stop < 0 ? after : after.slice(0, stop);
}

/** A match that only keeps a secret or plumbing out of a reply. */
export function safeguard(text: string, m: RegExpExecArray): boolean {
  const before = text.slice(Math.max(0, m.index - 60), m.index);
  return SAFE_OBJECT.test(m[0]) || SAFE_OBJECT.test(sentenceAfter(text, m.index + m[0].length)) ||
    SAFE_OBJECT.test(before.slice(before.search(/[^.!?;\n]*$/)));
}

/** Whether one of the patterns matches and the match is not skipped. */
export function first(
  res: readonly RegExp[],
  text: string,
  skip?: (t: string, m: RegExpExecArray) => boolean,
): boolean {
  for (const re of res) {
    const m = re.exec(text);
    if (m && !(skip?.(text, m))) return true;
  }
  return false;
}
