/**
 * Argument injection into archivers (tar, zip/unzip, 7z, rar, bsdtar, cpio): compressor and
 * volume scripts that run a program, extraction or output folders set to system locations,
 * archive members written through absolute names. Public sources: the Argument Injection Vectors
 * catalogue (tar `--use-compress-program`, `--info-script`, zip `-TT`), GTFOBins tar/zip/7z,
 * CVE-2016-1238-style wildcard-injection write-ups.
 * Passing: `-xzf a.tgz`, `--use-compress-program=zstd`, `-o./out`, `-d build/`, `-C dist`.
 */
import { type ArgRule, EQ, r, SYS_DIR } from "./_arginj_core.ts";

/** Compressors a `--use-compress-program` / `-I` is ordinarily given. */
export const COMPRESSOR =
  r`['"]?(?:\/usr\/(?:local\/)?bin\/)?(?:gzip|gunzip|pigz|bzip2|pbzip2|lbzip2|xz|pixz|zstd|unzstd|pzstd|lz4|lzip|plzip|lzma|lzop|brotli|compress)\b(?:\s{1,3}-{1,2}[\w=-]{1,20}){0,4}['"]?(?:\s|$)`;

export const ARCHIVE_RULES: ArgRule[] = [
  {
    id: "arc.compress_program",
    lit: ["--use-compress-program", "--compress-program"],
    re: new RegExp(
      r`(?:^|[\s'"])--(?:use-)?compress-program${EQ}(?!${COMPRESSOR})[^\s'"]`,
    ),
    why:
      "makes tar or sort run an arbitrary program as the compressor (--use-compress-program / -I)",
  },
  {
    id: "arc.volume_script",
    lit: ["--info-script", "--new-volume-script", "--unzip-command", "-tt"],
    re: new RegExp(
      r`(?:^|[\s'"])(?:--(?:info-script|new-volume-script|unzip-command)|-TT)${EQ}[^\s'"]`,
    ),
    free: true,
    why: "makes tar or zip run a script between volumes or as the test command",
  },
  {
    id: "arc.extract_to_system",
    lit: [
      "-o",
      "-d",
      "-c",
      "--directory",
      "--outdir",
      "--output-dir",
      "--target-directory",
      "--dest",
    ],
    re: new RegExp(
      r`(?:^|\s)(?:-o|-d|-C|--directory|--outdir|--output-dir(?:ectory)?|--target-directory|--dest(?:ination)?)(?:\s{0,3}=\s{0,3}|\s{0,3})['"]?${SYS_DIR}`,
    ),
    why: "extracts or writes into a system folder, a dotfile folder or the filesystem root",
  },
  {
    id: "arc.absolute_names",
    lit: ["--absolute-names", "-p", "--no-same-owner", "-xp"],
    re:
      /(?:^|\s)(?:--absolute-names|-[a-zA-Z]{0,5}(?:P[a-zA-Z]{0,5}x|x[a-zA-Z]{0,5}P)[a-zA-Z]{0,5})(?:\s|$)[^\n]{0,200}(?:--overwrite\b|-C\s{0,3}\/(?:\s|$)|\.\.\/)|(?:^|\s)--absolute-names\s[^\n]{0,200}(?:\/etc\/|\/root\/|~\/\.ssh)/,
    why: "extracts archive members through absolute names or over existing system files",
  },
  {
    id: "arc.7z_switch_to_system",
    lit: ["-o", "-w", "-scrc"],
    // 7z glues its switch to the value: `-o/etc`, `-oC:\Windows\System32`.
    re: new RegExp(r`(?:^|\s)-[ow]['"]?${SYS_DIR}`, "i"),
    why: "makes 7z extract or work in a system folder (-o / -w glued to the path)",
  },
];
