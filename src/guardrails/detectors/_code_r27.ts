/**
 * Round-27 code-injection false-positive fixes:
 *
 * - a Python runner's `subprocess.run([...])` with a literal list for a hardware or resource
 *   query (`nvidia-smi --query-gpu=name,memory.used --format=csv`, `df -h`, `free -m`, `nproc`):
 *   these print state and change nothing. Write options (`nvidia-smi -pl`, `-r`, `-pm`) are not in
 *   the list. List items may hold commas inside their quotes (`--query-gpu=a,b`), so the list is
 *   tokenized by quoted item, not split on commas;
 * - a Log4j lookup whose "host" is a documentation placeholder (`${jndi:ldap://...}`,
 *   `${jndi:rmi://<attacker>/a}`): an advisory or patch note naming the pattern, with no server to
 *   load code from. Any real host, address or nested lookup still counts.
 *
 * Bounded patterns, no nested quantifiers.
 */

/** One quoted plain item of a Python list literal, then a comma or the end. */
const ITEM = /^\s{0,4}(['"])([\w.\/:=%+@,-]{1,100})\1\s{0,4}(?:,|$)/;

/** The words of a literal Python list body (`'a', "b,c"`), or undefined if any item is not literal. */
export function literalListWords(body: string): string[] | undefined {
  const words: string[] = [];
  let rest = body;
  for (let n = 0; rest.trim() !== "" && n < 24; n++) {
    const m = ITEM.exec(rest);
    if (!m) return undefined;
    words.push(m[2]);
    rest = rest.slice(m[0].length);
  }
  return rest.trim() === "" ? words : undefined;
}

/** Hardware and resource queries that only print state. */
const QUERY_ONLY =
  /^(?:(?:nvidia|rocm|amd)-smi(?:\s{1,4}(?:-L|-q|-x|--list-gpus|--query(?:-gpu|-compute-apps)?(?:=[\w.,]{1,200})?|--format=[\w,-]{1,40}|-i\s{1,4}\d{1,3}|-d\s{1,4}[A-Z,]{1,60}|topo\s{1,4}-m|--showuse|--showmeminfo\s{1,4}\w{1,10})){0,8}|df(?:\s{1,4}-[hkTiP]{1,4})?|free(?:\s{1,4}-[bkmgh]{1,2})?|nproc|lscpu|lsblk|uptime)$/;

/** True when `cmd` (a literal command line) is a hardware or resource query of round 27. */
export function r27ReadOnly(cmd: string): boolean {
  return cmd.length <= 400 && QUERY_ONLY.test(cmd);
}

/** A JNDI lookup whose target is only a placeholder: `...`, `…` or `<attacker-host>`. */
const PLACEHOLDER_JNDI =
  /\$\{\s{0,2}jndi\s{0,2}:\s{0,2}[a-z+]{2,6}\s{0,2}:\/\/(?:\.{2,4}|\u2026|<[\w .-]{1,30}>)(?:\/[\w.-]{0,30})?\s{0,2}\}/gi;
/** Any JNDI lookup. */
const ANY_JNDI = /\$\{\s{0,2}jndi\s{0,2}:/gi;

/** True when every Log4j JNDI lookup in `text` names only a placeholder host. */
export function placeholderJndiOnly(text: string): boolean {
  if (text.length > 65536) return false;
  const all = text.match(ANY_JNDI)?.length ?? 0;
  const inert = text.match(PLACEHOLDER_JNDI)?.length ?? 0;
  return all > 0 && all === inert;
}
