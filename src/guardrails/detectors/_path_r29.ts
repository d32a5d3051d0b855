/**
 * Round-29 path rules and false-positive fixes:
 *
 * - a link made to the filesystem root or a whole system/home tree (`target: "/"`, `~`, `/etc`,
 *   `/root`, `/home`, `C:\`) by a link tool: whatever serves the link's folder (a web root, a
 *   share) then serves every file on the machine;
 * - false positive: a lone `ssh-keygen` command (no pipe, redirect, chain or substitution). It
 *   creates a new key or prints a public key/fingerprint; it never prints a private key, so its
 *   `-f ~/.ssh/…` is not a read of a secret (see {@link loneKeygen});
 * - false positive: one `export PATH=…` line appended to the user's shell start-up file, where
 *   every added folder is under the home directory or a system prefix and `$PATH` is kept. The
 *   start-up file is a persistence spot, so only this exact line passes: no other statement, no
 *   substitution, no temporary or relative folder (see {@link rcPathExport});
 * - false positive: Markdown prose stored by a write tool (`content` of a `.md` page) that quotes a
 *   system file name: stored text reads nothing (see {@link markdownProse}).
 *
 * Bounded patterns, no nested quantifiers.
 */

/** A link tool and its "what the link points at" argument. */
const LINK_TOOL = /(?:^|[_\-.])(?:sym)?links?(?:$|[_\-.])|symlink|hardlink|mklink|^ln$/i;
const LINK_TARGET_KEY =
  /^(?:target|source|src|existing|from|dest_target|points_to|target_path|source_path)$/i;
/** The whole filesystem, a home tree or a system tree. */
const WHOLE_TREE =
  /^\s*(?:\/+|\/+\.{1,2}\/*|~\/*|\$home\/*|\$\{home\}\/*|%userprofile%\\?|[a-z]:[\\/]{0,2}|\/+(?:etc|root|home|proc|sys|var|boot|usr|dev|run|srv|opt)\/*|\\\\\?\\[a-z]:\\?)\s*$/i;

/** True when a link tool's target argument is the filesystem root or a whole system/home tree. */
export function wholeTreeLink(tool: string, key: string, text: string): boolean {
  return text.length < 40 && LINK_TOOL.test(tool) && LINK_TARGET_KEY.test(key) &&
    WHOLE_TREE.test(text);
}

/** A lone `ssh-keygen` call: options and plain words only. */
const KEYGEN =
  /^\s*(?:sudo\s{1,4})?ssh-keygen(?:\s{1,4}(?:-[A-Za-z]{1,3}|'[^'\n$`]{0,200}'|"[^"\n$`\\]{0,200}"|[\w@.:\/~+=,%-]{1,200})){1,24}\s*$/;

/** True when `text` is one `ssh-keygen` call with no shell metacharacter. */
export function loneKeygen(text: string): boolean {
  return text.length <= 1000 && KEYGEN.test(text);
}

/** Shell start-up files. */
const RC = String
  .raw`(?:~|\$HOME|"\$HOME"|\$\{HOME\})\/\.(?:bashrc|zshrc|profile|bash_profile|zprofile|zshenv|kshrc|mkshrc)`;
/** One folder: under home, or under a system prefix; no `..`. */
const DIR = String
  .raw`(?:\$HOME|\$\{HOME\}|~)(?:\/[\w.+-]{1,60}){1,6}|\/(?:usr\/local|opt|usr\/lib|snap)(?:\/[\w.+-]{1,60}){0,6}`;
const PATH_VAR = String.raw`(?:\$PATH|\$\{PATH\})`;
const PATH_VALUE = String
  .raw`(?:(?:${DIR}):){1,4}${PATH_VAR}|${PATH_VAR}(?::(?:${DIR})){1,4}`;
const RC_EXPORT = new RegExp(
  String
    .raw`^\s*echo\s{1,4}'export\s{1,4}PATH=(?:"(?:${PATH_VALUE})"|(?:${PATH_VALUE}))'\s{0,4}>>\s{0,4}(${RC})(?:\s{0,4}(?:&&|;)\s{0,4}(?:source|\.)\s{1,4}(${RC}))?\s*$`,
);

/** True when `text` appends one home/system-folder `export PATH=…:$PATH` line to a start-up file. */
export function rcPathExport(text: string): boolean {
  if (text.length > 400 || !text.includes(">>")) return false;
  const m = RC_EXPORT.exec(text);
  if (!m) return false;
  const norm = (s: string) => s.replace(/"/g, "").replace("${HOME}", "~").replace("$HOME", "~");
  return m[2] === undefined || norm(m[2]) === norm(m[1]);
}

/** Keys holding stored file content or page text. */
const CONTENT_KEY = /^(?:content|contents|markdown|page_content|doc_content)$/i;

/**
 * True when `text` is a Markdown document (opens with a heading) of prose: no code fence, no
 * shebang, most lines are sentences. Paths quoted in it are talked about, not opened.
 */
export function markdownProse(key: string | undefined, text: string): boolean {
  if (!CONTENT_KEY.test(key ?? "") || text.length > 20000) return false;
  if (!/^#{1,6}\s\S/.test(text) || text.includes("```") || text.includes("~~~")) return false;
  const lines = text.split("\n").filter((l) => l.trim() && !/^#{1,6}\s/.test(l));
  if (lines.length === 0) return false;
  // Sentences: several words and a full stop, not commands.
  const prose = lines.filter((l) => /(?:\S+\s+){4,}\S+/.test(l) && /[.!?:)]\s*$/.test(l.trim()));
  return prose.length * 2 >= lines.length;
}
