import { type ArgCase, runCases } from "./_arginj_testing.ts";

const CASES: ArgCase[] = [
  {
    id: "arc.compress_program",
    block: [
      "--use-compress-program='sh -c id'",
      "--use-compress-program=/tmp/x",
      "--compress-program=./z.sh",
    ],
    pass: [
      "--use-compress-program=zstd",
      "--use-compress-program='xz -9'",
      "--compress-program=gzip",
      "-I/usr/include",
    ],
  },
  {
    id: "arc.volume_script",
    block: [
      "--info-script=/tmp/x.sh -L 1 -M",
      "--new-volume-script ./n.sh",
      "-T -TT 'x'",
      "--unzip-command=./u",
    ],
    pass: ["-T", "-L 1 -M", "-tvf a.tar"],
  },
  {
    id: "arc.extract_to_system",
    block: [
      "-o -d /etc",
      "-C /",
      "--directory=/root/.ssh",
      "-d ~/.config/autostart",
      "--outdir /usr/local/bin",
      "-C /var/spool/cron",
      "-o/root/.ssh",
    ],
    pass: ["-d build/out", "-C dist", "-o ./out", "--outdir out", "-C /srv/app/releases"],
  },
  {
    id: "arc.absolute_names",
    block: ["-xPf a.tar --overwrite", "--absolute-names -xf a.tar /etc/passwd"],
    pass: ["-xzf a.tgz -C dist", "-cf a.tar src/"],
  },
  {
    id: "arc.7z_switch_to_system",
    block: ["-oC:\\Windows\\System32", "-w/etc -y", "-w/root"],
    pass: ["-o./out -y", "-oout", "-mx=9"],
  },
];

runCases("archive", CASES);
