/**
 * Argument injection into version-control CLIs (git, hg, svn): options that name a helper
 * program git runs, configuration given on the command line that runs a command (`-c
 * diff.x.textconv=`, `filter.x.smudge=`, `core.gitProxy=`), hg extensions loaded from a path,
 * svn tunnel and diff-command options. Public sources: the Argument Injection Vectors catalogue,
 * git-config(1), CVE-2017-1000117 / CVE-2022-24765 / CVE-2018-17456 advisories, GTFOBins git.
 * Passing: `--depth=1`, `--single-branch`, `-c core.autocrlf=false`, `--filter=blob:none`.
 */
import { type ArgRule, EQ, r, SHELL_WORD } from "./_arginj_core.ts";

/** git's own helpers: `git-upload-pack`, `git upload-pack` (a path to one is fine too). */
export const GIT_HELPER = r`(?:[\w.\/-]{0,80}\/)?git(?:-|\s)(?:upload|receive)-pack\b`;

export const VCS_RULES: ArgRule[] = [
  {
    id: "vcs.pack_program",
    lit: ["--upload-pack", "--receive-pack"],
    re: new RegExp(r`(?<![\w-])--(?:upload|receive)-pack${EQ}(?!${GIT_HELPER})[^\s'"]`, "i"),
    free: true,
    why: "names the program git runs on the other end (--upload-pack / --receive-pack)",
  },
  {
    id: "vcs.pager_program",
    lit: ["--open-files-in-pager"],
    re:
      /(?<![\w-])--open-files-in-pager(?:\s{0,3}=\s{0,3}|\s{1,3})['"]?(?!(?:less|more|most|vim?|nvim|emacs|nano|code)(?:\s|$|['"]))[^\s'"]/i,
    free: true,
    why: "makes git grep run the given program on the matching files (--open-files-in-pager)",
  },
  {
    id: "vcs.config_runs",
    lit: [
      "core.",
      "diff.",
      "merge.",
      "filter.",
      "gpg.",
      "sequence.editor",
      "uploadpack.",
      "credential.helper",
      "include",
      "protocol.",
      "extensions.",
      "ui.ssh",
    ],
    re: new RegExp(
      r`(?:^|[\s'"])(?:-c|--config(?:-env)?)(?:\s{0,3}=\s{0,3}|\s{0,3})['"]?(?:(?:core\.(?:gitproxy|askpass|sshcommand|fsmonitor|hookspath)|diff\.external|(?:diff|merge)\.[\w.-]{1,60}\.(?:textconv|command|driver)|filter\.[\w.-]{1,60}\.(?:clean|smudge|process)|gpg\.(?:[\w]{1,10}\.)?program|sequence\.editor|uploadpack\.packobjectshook|include(?:if\.[^=\s]{1,100})?\.path|ui\.ssh)\s{0,2}=|credential\.helper\s{0,2}=\s{0,2}['"]?[!\/.~]|protocol\.(?:ext|file)\.allow\s{0,2}=\s{0,2}['"]?always|extensions\.[\w-]{1,40}\s{0,2}=\s{0,2}['"]?[~\/.$])`,
      "i",
    ),
    // `-c core.fsmonitor=false` turns the hook off; `-c credential.helper=` clears helpers.
    not:
      /(?:fsmonitor|hookspath)\s{0,2}=\s{0,2}['"]?(?:false|true|0|1|\.githooks|\.husky)?['"]?(?:\s|$)|\.path\s{0,2}=\s{0,2}['"]?(?!\/|~|\$|\.\.)[\w.-]{1,80}['"]?(?:\s|$)/i,
    free: true,
    why:
      "sets, on the command line, configuration that makes git or hg run a program (textconv, filters, proxies, hooks, extensions)",
  },
  {
    id: "vcs.svn_tunnel",
    lit: ["config:tunnels", "--diff-cmd", "--diff3-cmd", "--editor-cmd"],
    re: new RegExp(
      r`config:tunnels:[\w-]{1,40}\s{0,2}=|(?<![\w-])--(?:diff3?-cmd|editor-cmd)${EQ}(?!(?:diff|colordiff|vimdiff|meld|kdiff3|opendiff|vim?|nvim|nano|emacs|code)(?:\s|$|['"]))[^\s'"]`,
      "i",
    ),
    free: true,
    why: "makes svn run the given program as its tunnel, diff or editor command",
  },
  {
    id: "vcs.hg_debugger",
    lit: ["--debugger", "--config"],
    re:
      /(?<![\w-])--config(?:\s{0,3}=\s{0,3}|\s{1,3})['"]?(?:hooks\.|alias\.[\w-]{1,40}\s{0,2}=\s{0,2}['"]?!|extensions\.[\w-]{1,40}\s{0,2}=\s{0,2}['"]?[~\/.$]|ui\.(?:ssh|editor|merge)\s{0,2}=\s{0,2}['"]?[^\s'"]{0,60}(?:\s-c\b|;|\|))|(?<![\w-])--debugger\b[^\n]{0,100}(?:--config|\bpdb\b)/i,
    free: true,
    why: "makes hg run a command through a hook, alias or extension given on the command line",
  },
  {
    id: "vcs.remote_as_option",
    lit: ["--exec", "-u"],
    re: new RegExp(
      r`^\s{0,3}(?:--exec${EQ}(?!${GIT_HELPER})|-u\s{0,3}['"]?)(?:[.\/~$]|${SHELL_WORD})`,
      "i",
    ),
    why: "is a repository or remote argument that git would read as its upload-pack / exec program",
  },
];
