/** `smg completions bash|zsh|fish`: shell completion generated from the command tree. */
import type { Command } from "commander";
import { UsageError } from "../../errors.ts";
import { act, out } from "./_util.ts";

/** Command path ("" for the root, "key create", …) → words that may follow it. */
export function commandTree(program: Command): Map<string, string[]> {
  const tree = new Map<string, string[]>();
  const walk = (cmd: Command, path: string) => {
    const subs = cmd.commands.map((c) => c.name());
    const opts = cmd.options.map((o) => o.long).filter((x): x is string => !!x);
    tree.set(path, [...subs, ...opts, "--help"]);
    for (const c of cmd.commands) walk(c, path ? `${path} ${c.name()}` : c.name());
  };
  walk(program, "");
  return tree;
}

function bash(tree: Map<string, string[]>): string {
  const entries = [...tree].map(([k, v]) =>
    `  [${JSON.stringify(k)}]=${JSON.stringify(v.join(" "))}`
  ).join("\n");
  return `# smg bash completion: eval "$(smg completions bash)"
declare -A _smg_tree=(
${entries}
)
_smg() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" path="" cand w i
  for ((i = 1; i < COMP_CWORD; i++)); do
    w="\${COMP_WORDS[i]}"
    [[ $w == -* ]] && continue
    cand="\${path:+$path }$w"
    [[ -n "\${_smg_tree[$cand]+x}" ]] && path="$cand"
  done
  COMPREPLY=( $(compgen -W "\${_smg_tree[$path]}" -- "$cur") )
}
complete -F _smg smg
`;
}

function fish(tree: Map<string, string[]>): string {
  const lines = [
    "# smg fish completion: smg completions fish > ~/.config/fish/completions/smg.fish",
    "complete -c smg -f",
  ];
  for (const [path, words] of tree) {
    const subs = words.filter((w) => !w.startsWith("-"));
    const parts = path.split(" ").filter(Boolean);
    const cond = parts.length
      ? `__fish_seen_subcommand_from ${parts.at(-1)}${
        subs.length ? `; and not __fish_seen_subcommand_from ${subs.join(" ")}` : ""
      }`
      : "__fish_use_subcommand";
    if (subs.length) lines.push(`complete -c smg -n '${cond}' -a '${subs.join(" ")}'`);
    for (const o of words.filter((w) => w.startsWith("--"))) {
      if (parts.length) {
        lines.push(
          `complete -c smg -n '__fish_seen_subcommand_from ${parts.at(-1)}' -l ${o.slice(2)}`,
        );
      }
    }
  }
  return lines.join("\n") + "\n";
}

/** Register `smg completions`. */
export function registerCompletions(program: Command): void {
  const cmd = program.command("completions <shell>").exitOverride()
    .description("print a shell completion script (bash, zsh or fish)")
    .addHelpText(
      "after",
      '\nExamples:\n  eval "$(smg completions bash)"\n  smg completions zsh > "${fpath[1]}/_smg"\n  smg completions fish > ~/.config/fish/completions/smg.fish',
    );
  act(cmd, ([shell]) => {
    const tree = commandTree(program);
    if (shell === "bash") out(bash(tree));
    else if (shell === "zsh") {
      out(`#compdef smg\nautoload -U +X bashcompinit && bashcompinit\n${bash(tree)}`);
    } else if (shell === "fish") out(fish(tree));
    else throw new UsageError(`Unknown shell "${shell}": use bash, zsh or fish`);
  });
}
