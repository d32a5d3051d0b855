/**
 * Round-47 code helper, by meaning: a call NAMED in a comment is not made. A line comment
 * (`// never use unserialize()`, `# no pickle.loads here`, `-- avoid …`, ` * …` inside a block
 * comment) or a `/* … *\/` block documents the code; only a match outside comments runs. Used
 * where one mention of a dangerous call decides a finding (the deserializer of ./_code_r35.ts).
 */

/** The line comment openers of C-family, shell/Python/Ruby, SQL/Lua and block-comment bodies. */
const LINE_COMMENT = /(?:^|\s|;)(?:\/\/|#(?![!\[{])|--\s)|^\s{0,12}\*(?!\/)/;

/** True when `index` in `text` lies in a comment (a line comment before it, or a block). */
export function inComment(text: string, index: number): boolean {
  const lineStart = text.lastIndexOf("\n", index - 1) + 1;
  if (LINE_COMMENT.test(text.slice(lineStart, index))) return true;
  const open = text.lastIndexOf("/*", index);
  return open >= 0 && text.lastIndexOf("*/", index) < open && index - open < 4000;
}

/** True when `re` matches `text` somewhere outside comments (at most 20 matches looked at). */
export function matchesOutsideComments(re: RegExp, text: string): boolean {
  const g = new RegExp(re.source, re.flags.includes("g") ? re.flags : re.flags + "g");
  let n = 0;
  for (const m of text.matchAll(g)) {
    if (!inComment(text, m.index!)) return true;
    if (++n >= 20) return true;
  }
  return false;
}
