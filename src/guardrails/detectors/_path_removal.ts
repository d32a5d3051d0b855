/**
 * A command that only TAKES AWAY a start-up entry, a grant or a key: `rm`/`unlink`/`shred` of it,
 * `launchctl unload|bootout|remove` of a LaunchAgent, `sed -i '/pattern/d'` deleting lines from
 * `authorized_keys` or a sudoers drop-in, a backup copy kept next to the file before the edit
 * (`cp authorized_keys authorized_keys.bak-…`), `grep -c` counting what is left, and a start-up
 * entry moved OUT of its folder (`mv ~/Library/LaunchAgents/x.plist ~/quarantine/`). Removing an
 * offboarded contractor's key or an attacker's LaunchDaemon names the same files as planting one.
 *
 * This module only finds the spans of such arguments; `path_traversal` re-scans the command with
 * them blanked and lowers its file findings only when nothing else in the command still names a
 * sensitive or start-up file. A moved-out SECRET (`mv ~/.ssh/id_rsa /tmp/x`) is not removed (its
 * content lands elsewhere), so `mv` sources are returned apart and only excuse start-up entries.
 */

/** Spans (in the scanned text) of removal-only arguments. */
export interface RemovalSpans {
  /** Arguments that are deleted, unloaded, edited by deleting lines, backed up in place, counted. */
  gone: [number, number][];
  /** Sources of `mv`: removed from their place, but their content lives on at the destination. */
  movedOut: [number, number][];
}

const SEGMENT = /[^;&|\n]+/g;
/** A word; a `$(…)` substitution (`.bak-$(date +%F)`) stays inside its word. */
const WORD = /(?:[^\s$]|\$\([^)]{0,80}\)|\$)+/g;
/** Wrappers before the program: `sudo -u x`, `doas`, `env A=b`, `command`, `nohup`. */
const WRAPPER = /^(?:sudo|doas|env|command|nohup|exec)$/;
const DELETES = /^(?:rm|unlink|shred|srm|trash|trash-put|gio-trash|rmdir|Remove-Item|del)$/i;
const UNLOADS = /^(?:unload|bootout|remove|disable)$/;
/** A sed script that only deletes lines: `/pattern/d`, `\|pattern|d`, `12d`, `/a/,/b/d`. */
const SED_DELETE =
  /^['"]?(?:\/[^/'"\n]{1,200}\/|\\(.)[^'"\n]{1,200}\1|\d{1,6})(?:,(?:\/[^/'"\n]{1,200}\/|\d{1,6}|\$))?I?d['"]?$/;

function unquote(w: string): string {
  return w.replace(/^["']|["']$/g, "");
}

/** The removal-only argument spans of `text` (a command line or a short script). */
export function removalSpans(text: string): RemovalSpans {
  const out: RemovalSpans = { gone: [], movedOut: [] };
  if (text.length > 8000) return out;
  SEGMENT.lastIndex = 0;
  for (let s = SEGMENT.exec(text); s; s = SEGMENT.exec(text)) {
    const words: [string, number][] = [];
    WORD.lastIndex = 0;
    for (let w = WORD.exec(s[0]); w && words.length < 64; w = WORD.exec(s[0])) {
      words.push([w[0], s.index + w.index]);
    }
    let i = 0;
    while (
      i < words.length &&
      (WRAPPER.test(words[i][0]) || /^-/.test(words[i][0]) || /^\w+=/.test(words[i][0]))
    ) {
      // `sudo -u deploy rm …`: skip a wrapper, its flags and an option's value.
      if (words[i][0] === "-u" || words[i][0] === "-g") i++;
      i++;
    }
    if (i >= words.length) continue;
    const prog = words[i][0].replace(/^.*\//, "");
    const args = words.slice(i + 1).filter(([w]) => !w.startsWith("-"));
    const span = ([w, at]: [string, number]): [number, number] => [at, at + w.length];
    if (DELETES.test(prog)) {
      for (const a of args) out.gone.push(span(a));
    } else if (prog === "launchctl" && args.length && UNLOADS.test(args[0][0])) {
      for (const a of args.slice(1)) out.gone.push(span(a));
    } else if (prog === "sed" && words.slice(i + 1).some(([w]) => /^-i/.test(w))) {
      // Every script word must delete lines; the other words are the files edited.
      const rest = words.slice(i + 1).filter(([w]) =>
        !/^-[a-zA-Z]{1,4}(?:\.[\w-]{1,12})?$/.test(w)
      );
      const scripts = rest.filter(([w]) => SED_DELETE.test(w));
      if (scripts.length === 0) continue;
      const files = rest.filter(([w]) => !SED_DELETE.test(w));
      if (files.some(([w]) => /^['"]/.test(w))) continue; // a script that is not a delete
      for (const a of files) out.gone.push(span(a));
    } else if (
      prog === "grep" &&
      words.slice(i + 1).some(([w]) => /^-[a-zA-Z]*c[a-zA-Z]*$|^--count$/.test(w))
    ) {
      for (const a of args.slice(1)) out.gone.push(span(a));
    } else if (prog === "cp" && args.length === 2) {
      // A backup kept next to the file: the copy's name is the file's name plus a suffix.
      const [src, dst] = args.map(([w]) => unquote(w));
      if (src.length > 2 && dst.startsWith(src) && /^[.\-_~]/.test(dst.slice(src.length))) {
        out.gone.push(span(args[0]), span(args[1]));
      }
    } else if (prog === "mv" && args.length >= 2) {
      for (const a of args.slice(0, -1)) out.movedOut.push(span(a));
    }
  }
  return out;
}

/** `text` with the given spans blanked (same length, so other offsets stay put). */
export function blankSpans(text: string, spans: readonly [number, number][]): string {
  if (spans.length === 0) return text;
  const chars = text.split("");
  for (const [a, b] of spans) for (let k = a; k < b && k < chars.length; k++) chars[k] = " ";
  return chars.join("");
}
