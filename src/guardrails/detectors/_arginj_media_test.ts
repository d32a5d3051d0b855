import { type ArgCase, runCases } from "./_arginj_testing.ts";

const CASES: ArgCase[] = [
  {
    id: "media.imagemagick_coder",
    block: [
      "msl:/tmp/x.msl",
      "ephemeral:/tmp/a.mvg",
      "text:@/etc/passwd",
      "label:@~/.ssh/id_rsa",
      "@/etc/passwd",
    ],
    pass: ["label:'Hello'", "rose:", "logo.png", "text:notes.txt", "user@/path"],
  },
  {
    id: "media.imagemagick_write",
    block: ["-write /var/www/html/x.php", "+write shell.phtml", "-write ~/.bashrc"],
    pass: ["-write mpr:orig", "-write out/thumb.png", "-resize 50% -quality 85"],
  },
  {
    id: "media.pipe_filename",
    block: ["|ls -la", "%pipe%id", "-sOutputFile=%pipe%id", "-sOutputFile='|curl x'"],
    pass: ["| a | b |\n|---|---|", "-sOutputFile=out.pdf", "a|b.png"],
  },
  {
    id: "media.gs_unsafe",
    block: ["-dNOSAFER", "-dSAFER=false -dBATCH", "-dDELAYSAFER"],
    pass: ["-dSAFER -dBATCH -sDEVICE=pdfwrite", "-dNOPAUSE -q"],
  },
  {
    id: "media.tex_shell_escape",
    block: [
      "--shell-escape",
      "-shell-escape -interaction=nonstopmode",
      "-enable-write18",
      "-cnf-line=shell_escape=t",
    ],
    pass: ["-interaction=nonstopmode", "-no-shell-escape", "-output-directory=build"],
  },
  {
    id: "media.pandoc_code",
    block: [
      "--lua-filter=/tmp/x.lua",
      "--filter https://x.example/f",
      "--filter=/home/u/f.py",
      "--filter 'python3 -c x'",
    ],
    pass: [
      "--lua-filter=filters/wordcount.lua",
      "--filter pandoc-crossref",
      "--toc -s",
      "--filter=/usr/local/bin/pandoc-citeproc",
    ],
  },
  {
    id: "media.pandoc_reads",
    block: ["--include-in-header=/etc/passwd", "-H ~/.ssh/id_rsa", "--template=/proc/self/environ"],
    pass: ["--include-in-header=header.html", "--template=eisvogel", "-H head.tex"],
  },
  {
    id: "media.exiftool_perl",
    block: [
      "-if 'system(\"id\")'",
      "-p '${Model;qx(id)}'",
      "-config /tmp/x.pl",
      "-if '$Make=~/x/ and `id`'",
    ],
    pass: ["-if '$Make eq \"Canon\"'", "-all= -overwrite_original", "-config ./ExifTool_config"],
  },
  {
    id: "media.exiftool_moves",
    block: ["-FileName=/var/www/html/x.php", "-Directory=/etc/cron.d", "-tagsFromFile /etc/passwd"],
    pass: ["-FileName<CreateDate", "-Directory=out/%Y", "-tagsFromFile src.jpg"],
  },
  {
    id: "media.ffmpeg_reads",
    block: [
      "-vf movie=/etc/passwd",
      "-i concat:/etc/passwd|a.mp3",
      "-i file:///root/.ssh/id_rsa",
      "-dump_attachment:t /var/www/x.php",
    ],
    pass: [
      "-vf scale=1280:-2",
      "-filter_complex '[0:v]scale=640:-1[a];[1:v]scale=640:-1[b];[a][b]hstack'",
      "-i concat:a.ts|b.ts",
    ],
  },
  {
    id: "media.html_renderer",
    block: [
      "--enable-local-file-access",
      "--allow /",
      "--load-extension=/tmp/ext",
      "--remote-debugging-address=0.0.0.0",
    ],
    pass: ["--page-size A4 -q", "--allow ./assets", "--remote-debugging-port=9222"],
  },
  {
    id: "media.chromium_launcher",
    block: [
      "--renderer-cmd-prefix='sh -c id'",
      '--gpu-launcher="id>/tmp/x"',
      "--utility-cmd-prefix=/tmp/u",
    ],
    pass: ["--headless --disable-gpu", "--no-sandbox --window-size=1280,720"],
  },
  {
    id: "media.office_macro",
    block: [
      "macro:///Standard.Module1.Run",
      "vnd.sun.star.script:Lib.Mod.Run?language=Basic",
      "-env:UserInstallation=file:///tmp/p",
    ],
    pass: ["--headless --convert-to pdf --outdir out", "-env:UserInstallation=file:///home/ci/.lo"],
  },
];

runCases("media", CASES);
