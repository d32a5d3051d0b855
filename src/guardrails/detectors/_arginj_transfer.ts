/**
 * Argument injection into transfer CLIs (ssh/scp/sftp, rsync, curl, wget, tcpdump, nmap,
 * openssl, man/less): config files and helpers loaded from a dropped path, secret files uploaded
 * as a request body or form field, rotation hooks and scripts that run a program, provider
 * libraries loaded into the process. Public sources: the Argument Injection Vectors catalogue
 * (curl `-K`, wget `--use-askpass` / `--execute`, ssh `-o`, tcpdump `-z`, nmap `--script`),
 * GTFOBins (curl/wget file upload, tcpdump, nmap, openssl), CWE-88 advisories.
 * Passing: `-sS --retry 3`, `-d @payload.json`, `-o out.html`, `--script=vuln`, `-o ConnectTimeout=5`.
 */
import { type ArgRule, EQ, r, SECRET_FILE, SHELL_WORD, WRITABLE } from "./_arginj_core.ts";

export const TRANSFER_RULES: ArgRule[] = [
  {
    id: "xfer.curl_config_file",
    lit: ["-k", "--config", "--netrc-file"],
    // Case-sensitive: `-k` (insecure) takes no value.
    re: new RegExp(
      r`(?:^|\s)(?:-K|--config|--netrc-file)(?:\s{0,3}=\s{0,3}|\s{0,3})['"]?(?:${WRITABLE}|-(?:\s|$))`,
    ),
    why: "makes curl read its options from a dropped or remote config file (-K / --config)",
  },
  {
    id: "xfer.upload_secret",
    lit: ["-t", "--upload-file", "-f", "--form", "-d", "--data", "--post-file", "--body-file"],
    re: new RegExp(
      r`(?:^|\s)(?:-T|--upload-file|--post-file|--body-file|-F|--form(?:-string)?|-d|--data(?:-binary|-raw|-urlencode|-ascii)?)(?:\s{0,3}=\s{0,3}|\s{0,3})['"]?(?:[\w.-]{0,40}=)?@?[^\s'"]{0,120}?${SECRET_FILE}`,
    ),
    why: "sends a secret or account file as the request body, form field or upload",
  },
  {
    id: "xfer.wget_runs",
    lit: ["--use-askpass", "--execute", "-e"],
    re: new RegExp(
      r`(?:^|\s)--use-askpass${EQ}[^\s'"]|(?:^|\s)(?:--execute|-e)${EQ}(?:output_document|post_file|body_file|use_askpass|https?_proxy|input|logfile)\s{0,2}=`,
      "i",
    ),
    why: "makes wget run a helper program or rewrite its settings (--use-askpass, -e commands)",
  },
  {
    id: "xfer.ssh_loads",
    lit: ["pkcs11provider", "securitykeyprovider", "include", "permitlocalcommand", "-i"],
    re: new RegExp(
      r`(?:^|\s)-o\s{0,3}['"]?(?:PKCS11Provider|SecurityKeyProvider|Include)\s{0,2}[=\s]\s{0,2}['"]?(?:${WRITABLE}|[^\s'"]{1,120}\.(?:so|dylib|dll)\b)|(?:^|\s)-o\s{0,3}['"]?PermitLocalCommand\s{0,2}[=\s]\s{0,2}['"]?yes\b|(?:^|\s)-I\s{0,3}['"]?${WRITABLE}[^\s'"]{0,120}\.(?:so|dylib|dll)\b`,
      "i",
    ),
    why: "makes ssh load a library or config from a dropped place or run a local command",
  },
  {
    id: "xfer.scp_program",
    lit: ["-s", "--rsync-path", "--rsh"],
    re: new RegExp(
      r`(?:^|\s)-S${EQ}${SHELL_WORD}|(?:^|\s)--(?:rsync-path|rsh)${EQ}[^\s'"]{0,80}(?:\s{1,3}-c\b|;|&&|\|)`,
    ),
    why: "makes scp or rsync run a shell or a chained command as its transport program",
  },
  {
    id: "xfer.tcpdump_rotate",
    lit: ["-z"],
    re:
      /(?:^|\s)-z\s{1,3}['"]?[^\s'"-][^\s'"]{0,120}[\s\S]{0,200}?(?:^|\s)-[GCW]\s{0,3}\d|(?:^|\s)-[GCW]\s{0,3}\d[\s\S]{0,200}?(?:^|\s)-z\s{1,3}['"]?[^\s'"-]/,
    why: "makes tcpdump run a program on every rotated capture file (-z with -G/-C)",
  },
  {
    id: "xfer.nmap_script",
    lit: ["--script", "--datadir", "--resume"],
    re: new RegExp(
      r`(?:^|\s)--script${EQ}(?:${WRITABLE}|[^\s'"]{0,120}\.nse\b)|(?:^|\s)--datadir${EQ}${WRITABLE}|(?:^|\s)--script-args${EQ}[^\n]{0,120}os\.execute`,
      "i",
    ),
    why: "makes nmap run a Lua script from a dropped, downloaded or arbitrary file",
  },
  {
    id: "xfer.openssl_engine",
    lit: ["-engine", "-provider-path", "-provider"],
    re: new RegExp(
      r`(?:^|\s)-(?:engine|provider-path|provider)\s{1,3}['"]?(?:${WRITABLE}|[^\s'"]{0,120}\.(?:so|dylib|dll)\b|\.{0,2}\/)`,
      "i",
    ),
    why: "makes openssl load a shared library as an engine or provider",
  },
  {
    id: "xfer.helper_command",
    lit: [
      "--pager",
      "--browser",
      "--html",
      "--editor",
      "--askpass",
      "--ssh-program",
      "--gpg-program",
    ],
    re: new RegExp(
      r`(?:^|\s)--(?:pager|browser|html|editor|askpass|ssh-program|gpg-program)${EQ}[^\s'"]{0,60}(?:\s{1,3}-c\s|;|&&|\|\s{0,3}${SHELL_WORD}|\$\()|(?:^|\s)--(?:pager|browser|html|editor|askpass)${EQ}${SHELL_WORD}`,
    ),
    why: "hands a shell command to an option that names the pager, browser or editor to run",
  },
];
