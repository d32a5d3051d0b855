import { type ArgCase, runCases } from "./_arginj_testing.ts";

const CASES: ArgCase[] = [
  {
    id: "vcs.pack_program",
    block: [
      "--upload-pack=touch x.done",
      "--receive-pack './run.sh'",
      "--upload-pack=/tmp/helper",
      "--depth 1 --upload-pack=$HOME/x",
    ],
    pass: [
      "--upload-pack=/usr/bin/git-upload-pack",
      "--upload-pack='git upload-pack'",
      "--depth=1 --single-branch",
    ],
  },
  {
    id: "vcs.pager_program",
    block: ["--open-files-in-pager=./x.sh", "--open-files-in-pager 'id;'"],
    pass: ["--open-files-in-pager=less", "--open-files-in-pager vim", "-n --heading"],
  },
  {
    id: "vcs.config_runs",
    block: [
      "-c diff.pdf.textconv='sh x.sh'",
      "-c filter.lfs.smudge=./steal",
      "-c core.gitProxy=/tmp/p",
      "--config core.askPass=./ask",
      "-c credential.helper='!f() { cat; }; f'",
      "-c include.path=/tmp/evil.cfg",
      "-c protocol.ext.allow=always",
      "-c gpg.program=./sign",
      "-c sequence.editor=./ed.sh",
      "-c uploadpack.packObjectsHook=./hook",
      "--config=extensions.evil=/tmp/e.py",
      "-c merge.ours.driver='sh m.sh %A'",
    ],
    pass: [
      "-c core.autocrlf=false",
      "-c core.fsmonitor=false",
      "-c include.path=shared.gitconfig",
      "-c user.name='A B' -c user.email=a@b.c",
      "-c credential.helper=",
      "-c diff.noprefix=true",
      "-c http.version=HTTP/1.1",
    ],
  },
  {
    id: "vcs.svn_tunnel",
    block: [
      "--config-option config:tunnels:ssh=sh -c id",
      "--diff-cmd=/tmp/d",
      "--editor-cmd 'sh -c id'",
    ],
    pass: ["--diff-cmd colordiff", "--editor-cmd=vim", "--non-interactive --trust-server-cert"],
  },
  {
    id: "vcs.hg_debugger",
    block: [
      "--config=hooks.pre-pull=id",
      "--config alias.x='!id'",
      "--config ui.merge='x; id'",
      "--debugger --config ui.debugger=pdb",
    ],
    pass: ["--config ui.username=me", "--config=extensions.largefiles=", "-r tip"],
  },
  {
    id: "vcs.remote_as_option",
    block: ["--exec=/tmp/x", "-u./payload", "-u 'sh -c id'"],
    pass: ["--exec=git-upload-pack", "origin", "user@host:repo.git"],
  },
];

runCases("vcs", CASES);
