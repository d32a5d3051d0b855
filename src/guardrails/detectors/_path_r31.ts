/**
 * Round-31 false-positive fix of the path detector: SSH key housekeeping on one's own keys.
 * A command made only of steps that create a key, show PUBLIC keys, tighten permissions, list the
 * folder or load a key into the local agent names `~/.ssh/id_*` but reads no secret out:
 *
 *   ssh-keygen -t ed25519 -f ~/.ssh/id_work -N '' && cat ~/.ssh/id_work.pub
 *   chmod 600 ~/.ssh/config ~/.ssh/id_ed25519 && ls -l ~/.ssh
 *
 * Narrow on purpose: steps joined by `&&`, `;` or a line break only; no pipe, redirection,
 * substitution or variable; `cat`/`less`/`head` only of `.pub` files; `chmod` only to modes that
 * give group and others nothing (600, 400, 700, `go-rwx` …), never a loosening one. Any other step
 * (a copy, an upload, reading a private key) keeps the finding. The finding is recorded (low).
 */

import { shellWithoutNotes } from "./_cmd_r48.ts";

/** A plain word or a quoted string without `$`, backquote or backslash. */
const WORD = String.raw`(?:'[^'\n$\x60]{0,200}'|"[^"\n$\x60\\]{0,200}"|[\w@.:\/~+=,%-]{1,200})`;
const PLAIN = String.raw`["']?[\w@.:\/~+,%-]{1,200}["']?`;

const STEPS = [
  // Create (or inspect) a key.
  new RegExp(String.raw`^(?:sudo\s{1,4})?ssh-keygen(?:\s{1,4}${WORD}){1,24}$`),
  // Show public keys only.
  new RegExp(
    String
      .raw`^(?:cat|less|more|head|tail|bat|type|get-content)(?:\s{1,4}-[a-zA-Z\d]{1,4})*(?:\s{1,4}["']?[\w@.:\/~+,%-]{1,200}\.pub["']?){1,8}$`,
    "i",
  ),
  // Tighten permissions: nothing for group and others.
  new RegExp(
    String
      .raw`^chmod(?:\s{1,4}-[Rv]{1,2})?\s{1,4}(?:0?[4-7]00|(?:go|og|g|o)-[rwx]{1,3}(?:,(?:g|o)-[rwx]{1,3})?|u=rwx?,go=)(?:\s{1,4}${PLAIN}){1,8}$`,
  ),
  // List the folder (names and modes only).
  new RegExp(String.raw`^ls(?:\s{1,4}-[a-zA-Z]{1,6})*(?:\s{1,4}${PLAIN}){0,8}$`),
  // Create the folder with private modes.
  new RegExp(
    String
      .raw`^mkdir(?:\s{1,4}-p)?(?:\s{1,4}-m\s{0,4}0?700)?(?:\s{1,4}-p)?(?:\s{1,4}${PLAIN}){1,4}$`,
  ),
  // Load a key into the local agent, or list the agent's public keys.
  new RegExp(
    String
      .raw`^ssh-add(?:\s{1,4}(?:-[a-zA-Z]{1,2}|--apple-use-keychain))*(?:\s{1,4}${PLAIN}){0,4}$`,
  ),
];

/** True when `text` only creates keys, shows public keys, tightens modes, lists or loads keys. */
export function keyHousekeeping(raw: string): boolean {
  // Round 48 (./_cmd_r48.ts): a guide's comments and a `$(whoami)` key label run nothing.
  const text = shellWithoutNotes(raw);
  if (text.length > 1000 || !text.includes(".ssh") || /[|<>`]|\$/.test(text)) return false;
  const steps = text.split(/&&|;|\n/);
  if (steps.length > 8) return false;
  for (const raw of steps) {
    const step = raw.trim();
    if (step === "") return false;
    if (!STEPS.some((re) => re.test(step))) return false;
  }
  return true;
}
