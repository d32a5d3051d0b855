/**
 * Round-32 path precision: a Markdown page whose prose explains a file-path risk and lists the
 * test inputs it means as bullets made of code spans only (``- `../../etc/passwd` ``). The bullets
 * are quotations of the prose around them, not paths the call opens: with a heading, no fenced
 * code, at least one example bullet and prose for at least half of the other lines, the named
 * files are only talked about.
 */

const CONTENT_KEY = /^(?:content|contents|body|text|markdown|md|page|doc|document)$/;
/** A bullet that is nothing but code spans (and a short parenthetical note). */
const EXAMPLE_BULLET =
  /^\s{0,4}[-*+]\s{1,4}(?:`[^`\n]{1,200}`[\s,]{0,4}){1,6}(?:\([^()\n]{1,80}\))?\s{0,4}[.,;]?\s*$/;

/** True when `text` is Markdown prose listing quoted path examples as code-span bullets. */
export function quotedExampleList(key: string | undefined, text: string): boolean {
  if (!CONTENT_KEY.test(key ?? "") || text.length > 20000 || !text.includes("`")) return false;
  if (!/^#{1,6}\s\S/.test(text) || text.includes("```") || text.includes("~~~")) return false;
  const lines = text.split("\n").filter((l) => l.trim() && !/^#{1,6}\s/.test(l));
  const examples = lines.filter((l) => EXAMPLE_BULLET.test(l));
  const rest = lines.filter((l) => !EXAMPLE_BULLET.test(l));
  if (examples.length === 0 || rest.length === 0) return false;
  const prose = rest.filter((l) => /(?:\S+\s+){4,}\S+/.test(l) && /[.!?:)]\s*$/.test(l.trim()));
  return prose.length * 2 >= rest.length;
}

/**
 * Host-key pinning steps of a command: `mkdir -p ~/.ssh`, `chmod 700 ~/.ssh`, `ssh-keyscan … >>
 * ~/.ssh/known_hosts`. They name the SSH folder only to create it and trust a server's key;
 * nothing in it is read. `[start, end]` of each step; none when the folder is named elsewhere too.
 */
const PIN_STEP =
  /(?:^|&&|;|\n)\s{0,4}(ssh-keyscan\b[^\n;&|>]{1,300}>>\s{0,4}["']?(?:~|\$HOME|\$\{HOME\})\/\.ssh\/known_hosts["']?|mkdir(?:\s{1,4}-p)?(?:\s{1,4}-m\s{0,4}0?700)?(?:\s{1,4}-p)?\s{1,4}["']?(?:~|\$HOME|\$\{HOME\})\/\.ssh\/?["']?|chmod\s{1,4}0?[67]00\s{1,4}["']?(?:~|\$HOME|\$\{HOME\})\/\.ssh(?:\/known_hosts)?["']?)(?=\s{0,4}(?:$|&&|;|\n))/gi;

/** Spans of the host-key pinning steps of `text` (see {@link PIN_STEP}). */
export function hostPinSpans(text: string): [number, number][] {
  if (!text.includes("keyscan") || text.length > 4096) return [];
  const out: [number, number][] = [];
  PIN_STEP.lastIndex = 0;
  for (let m = PIN_STEP.exec(text), n = 0; m && n < 16; m = PIN_STEP.exec(text), n++) {
    const at = m.index + m[0].indexOf(m[1]);
    out.push([at, at + m[1].length]);
    if (PIN_STEP.lastIndex === m.index) PIN_STEP.lastIndex++;
  }
  // Findings keep one span per reason: the folder named anywhere else keeps them all.
  let rest = "";
  let from = 0;
  for (const [a, b] of out) {
    rest += text.slice(from, a);
    from = b;
  }
  return (rest + text.slice(from)).includes(".ssh") ? [] : out;
}
