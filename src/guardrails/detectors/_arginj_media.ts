/**
 * Argument injection into media and document converters (ffmpeg, ImageMagick, Ghostscript,
 * pandoc, TeX, LibreOffice, exiftool, wkhtmltopdf, headless Chromium): coders and pseudo-formats
 * that read files or run scripts, output written into web or system folders, sandboxes switched
 * off, launcher prefixes and document macros that run programs. Public sources: ImageTragick
 * (CVE-2016-3714 and the `msl:`/`ephemeral:`/`text:@` coders), Ghostscript `-dSAFER` bypasses and
 * `%pipe%`, pandoc `--lua-filter` / `--include-in-header`, TeX `--shell-escape`, exiftool
 * `-if`/`-config` (Perl), wkhtmltopdf `--enable-local-file-access`, Chromium launcher switches.
 * Passing: `-crf 23 -preset slow`, `-vf scale=1280:-2`, `-resize 50%`, `--toc -s`, `-dSAFER`,
 * `-interaction=nonstopmode`, `--convert-to pdf`, `-all= -overwrite_original`, `--page-size A4`.
 */
import {
  type ArgRule,
  EQ,
  r,
  SECRET_FILE,
  SHELL_WORD,
  SYS_PATH,
  WRITABLE,
} from "./_arginj_core.ts";

/** A web-served or start-up file a converter must not write. */
const PLANT =
  r`(?:${SYS_PATH}|[^\s'"]{0,160}\.(?:php\d?|phtml|phar|jsp|jspx|aspx?|ashx|cgi)\b|[^\s'"]{0,160}\/(?:\.bashrc|\.profile|\.zshrc|authorized_keys)\b)`;

/** `|` then a blank or a program's first character: the two-character keys of a pipe name. */
const PIPE_START = ["| ", "|/", "|.", ..."abcdefghijklmnopqrstuvwxyz"].map((c) =>
  c.length === 1 ? `|${c}` : c
);

export const MEDIA_RULES: ArgRule[] = [
  {
    id: "media.imagemagick_coder",
    lit: ["msl:", "ephemeral:", "mvg:", "text:@", "label:@", "caption:@", "pango:@", "@/"],
    re: new RegExp(
      r`^\s{0,3}['"]?(?:msl|ephemeral|mvg):|(?:^|[\s'"])(?:text|label|caption|pango|x|vid):@|(?:^|\s)(?:-annotate\s{1,3}\S{1,40}\s{1,3}|-draw\s{1,3}|-set\s{1,3}\S{1,40}\s{1,3})?['"]?@${SECRET_FILE}`,
      "i",
    ),
    free: true,
    why:
      "uses an ImageMagick coder or @file that reads a local file or runs an image script (msl:, ephemeral:, text:@)",
  },
  {
    id: "media.imagemagick_write",
    lit: ["-write", "+write"],
    re: new RegExp(r`(?:^|\s)[-+]write\s{1,3}['"]?(?:[a-z]{2,10}:)?${PLANT}`, "i"),
    why: "makes ImageMagick write an extra copy into a web, system or start-up file (-write)",
  },
  {
    id: "media.pipe_filename",
    lit: ["%pipe%", ...PIPE_START],
    // A file name starting with `|` is opened as a pipe by ImageMagick, Ghostscript and Perl.
    re:
      /^\s{0,3}['"]?(?:\|\s{0,3}[a-z\/.][^|\n]{0,200}$|%pipe%)|(?:^|\s)-s?OutputFile\s{0,3}=\s{0,3}['"]?(?:%pipe%|\|)/i,
    free: true,
    why: "is a file name the converter opens as a pipe to a shell command (|cmd, %pipe%)",
  },
  {
    id: "media.gs_unsafe",
    lit: ["-dnosafer", "-ddelaysafer", "-dsafer=false", "-dnoplatfonts"],
    re: /(?:^|\s)-d(?:NOSAFER|DELAYSAFER|SAFER\s{0,2}=\s{0,2}false)\b/i,
    why: "switches off Ghostscript's file and command sandbox (-dNOSAFER)",
  },
  {
    id: "media.tex_shell_escape",
    lit: ["shell-escape", "write18", "shell_escape"],
    re:
      /(?:^|\s)--?(?:shell-escape|enable-write18)\b|(?:^|\s)--?cnf-line\s{0,3}=?\s{0,3}['"]?shell_escape\s{0,2}=\s{0,2}['"]?[ty1]/i,
    not: /--?no-shell-escape\b/i,
    why: "turns on TeX's shell escape, so \\write18 in the document runs commands",
  },
  {
    id: "media.pandoc_code",
    lit: ["--lua-filter", "--filter", "-f ", "-l "],
    re: new RegExp(
      r`(?:^|\s)--(?:lua-)?filter${EQ}(?:${WRITABLE}|${SHELL_WORD}\s{1,3}-)|(?:^|\s)--(?:lua-)?filter${EQ}\/(?!usr\/(?:local\/)?(?:bin|share)\/)`,
      "i",
    ),
    why: "makes pandoc run a filter program or Lua script from a dropped, remote or outside path",
  },
  {
    id: "media.pandoc_reads",
    lit: [
      "--include-",
      "--template",
      "--css",
      "--reference-doc",
      "--metadata-file",
      "-h ",
      "-b ",
      "-a ",
    ],
    re: new RegExp(
      r`(?:^|\s)(?:--(?:include-in-header|include-before-body|include-after-body|template|css|reference-doc|metadata-file|syntax-definition|abbreviations)|-[HBA])${EQ}(?:file:\/\/)?${SECRET_FILE}`,
    ),
    why: "makes pandoc paste a secret or account file into the output document",
  },
  {
    id: "media.exiftool_perl",
    lit: ["-if", "-config", "-p ", "-api"],
    re: new RegExp(
      r`(?:^|\s)-(?:if\d?|p|fast\d?\s{1,3}-if)\s{1,3}['"]?[^\n]{0,200}?(?:\bsystem\s{0,3}\(|\bexec\s{0,3}\(|\bqx\s{0,2}[({\/|]|\x60|\bopen\s{0,3}\(|\beval\b)|(?:^|\s)-config\s{1,3}['"]?(?:${WRITABLE}|[^\s'"]{0,120}\.p[lm]\b)`,
      "i",
    ),
    why: "hands exiftool Perl code that runs commands (-if/-p expressions, a -config file)",
  },
  {
    id: "media.exiftool_moves",
    lit: ["-filename", "-directory", "-testname", "-tagsfromfile"],
    re: new RegExp(
      r`(?:^|\s)-(?:FileName|Directory|TestName)\s{0,2}[<=]\s{0,2}['"]?${PLANT}|(?:^|\s)-tagsFromFile\s{1,3}['"]?${SECRET_FILE}`,
      "i",
    ),
    why: "makes exiftool move the file into a system or web folder, or read a secret file",
  },
  {
    id: "media.ffmpeg_reads",
    lit: ["movie=", "concat:", "subfile,", "file:/", "-dump_attachment"],
    re: new RegExp(
      r`\ba?movie\s{0,2}=\s{0,2}['"]?(?:file:)?${SECRET_FILE}|(?:concat|subfile,[^:]{0,80}|file):\/?\/?[^\s'"]{0,160}?${SECRET_FILE}|(?:^|\s)-dump_attachment(?::\S{1,20})?\s{1,3}['"]?(?:${SYS_PATH}|[^\s'"]{0,120}\.(?:php\d?|jsp|aspx?)\b)`,
      "i",
    ),
    why:
      "makes ffmpeg read a secret or account file as media, or write an attachment into a system folder",
  },
  {
    id: "media.html_renderer",
    lit: [
      "--enable-local-file-access",
      "--allow",
      "--run-script",
      "--load-extension",
      "--remote-debugging-address",
    ],
    re:
      /(?:^|\s)--enable-local-file-access\b|(?:^|\s)--allow\s{1,3}['"]?\/(?:\s|$|['"]|etc|root|home|proc)|(?:^|\s)--run-script\s{1,3}['"]?[^\n]{0,200}(?:fetch\(|XMLHttpRequest|file:\/\/)|(?:^|\s)--load-extension\s{0,2}=\s{0,2}['"]?(?:\/tmp\/|\/dev\/shm\/|https?:)|(?:^|\s)--remote-debugging-address\s{0,2}=\s{0,2}['"]?0\.0\.0\.0/i,
    why:
      "lets the HTML renderer read local files, load an extension or expose its debugger to the network",
  },
  {
    id: "media.chromium_launcher",
    lit: ["cmd-prefix", "-launcher", "--browser-subprocess-path", "--gpu-launcher"],
    re:
      /(?:^|[\s'"])--(?:renderer-cmd-prefix|utility-cmd-prefix|gpu-launcher|ppapi-plugin-launcher|plugin-launcher|browser-subprocess-path|zygote-cmd-prefix)\b/i,
    free: true,
    why: "makes Chromium run the given program in front of each child process",
  },
  {
    id: "media.office_macro",
    lit: ["macro:///", "vnd.sun.star.script:", "-env:", "--infilter", "userinstallation"],
    re:
      /\b(?:macro:\/\/\/[\w.]{1,120}|vnd\.sun\.star\.script:[\w.$]{1,120}\?)|(?:^|\s)-env:UserInstallation\s{0,2}=\s{0,2}['"]?(?:file:\/\/)?(?:\/tmp\/|\/dev\/shm\/|https?:)/i,
    free: true,
    why: "makes LibreOffice run a Basic/script macro, or use a profile from a dropped place",
  },
];
