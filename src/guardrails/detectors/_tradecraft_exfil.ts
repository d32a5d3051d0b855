/**
 * Collection and exfiltration (ATT&CK T1005/T1119 automated collection, T1560 archive collected
 * data, T1048 exfiltration over alternative protocols, T1567 exfiltration to web services, T1537
 * to a cloud account): sweeps of sensitive stores into archives, and data sent to file-drop or
 * paste sites, chat webhooks, anonymous buckets, outside hosts, DNS labels or ICMP payloads.
 * Passing: an upload to the organisation's own API, `rclone` to a configured backup remote,
 * `find -name '*.pem'` to list expiring certificates, `dig` of one name.
 */
import {
  ARCHIVE,
  DROP_SITE,
  OUT_HOST,
  r,
  SENSITIVE_STORE,
  type TradecraftRule,
} from "./_tradecraft_core.ts";

/** A sensitive file pattern given to a search (`-name "*.kdbx"`, `-Include *.pfx`). */
const SENSITIVE_GLOB =
  r`["']?\*?(?:\.kdbx|\.kdb|id_\*|id_rsa\*?|id_ed25519\*?|id_ecdsa\*?|\.ppk|\.pfx|\.p12|wallet\.dat|\.wallet|\.kirbi|\.ccache|\.keychain(?:-db)?|\.git-credentials|\.netrc|\.pgpass|\.psafe3|\.1pif|\.agilekeychain|\.opvault|\.pst|\.ost)\*?["']?`;

/** A command that uploads a file (curl -T / --upload-file / -F @ / --data-binary @, wget --post-file). */
const UPLOAD =
  r`(?:\bcurl\b[^\n;|&]{0,200}(?:\s-T\s{0,2}|--upload-file\s{1,3}|\s-F\s{0,2}["']?[\w\[\]-]{1,30}=@|--form\s{1,3}["']?[\w\[\]-]{1,30}=@|--data-binary\s{1,3}["']?@|\s-d\s{0,2}["']?@)|\bwget\b[^\n;|&]{0,200}--(?:post-file|body-file)=?|\binvoke-(?:webrequest|restmethod)\b[^\n]{0,200}-infile\b|\b(?:iwr|irm)\b[^\n]{0,200}-infile\b)`;

/** Literals of the file-drop, paste and request-capture sites (the gate of the two drop-site rules). */
const DROP_SITE_LITERALS = [
  "transfer.sh",
  "file.io",
  "0x0.st",
  "oshi.at",
  "temp.sh",
  "bashupload",
  "tmpfiles.org",
  "catbox.moe",
  "gofile.io",
  "anonfile",
  "pastebin.com",
  "paste.ee",
  "hastebin",
  "termbin",
  "ix.io",
  "sprunge",
  "dpaste.",
  "ghostbin",
  "webhook.site",
  "requestbin",
  "pipedream.net",
  "interact.sh",
  "oast.",
  "burpcollaborator",
  "ngrok",
  "trycloudflare",
  "mega.nz",
  "wetransfer",
  "sendspace",
  "uploadfiles.io",
  "filebin.net",
  "pixeldrain",
  "keep.sh",
  "api.telegram.org",
  "/api/webhooks",
  "hooks.slack.com",
];

export const EXFIL_RULES: TradecraftRule[] = [
  {
    id: "exfil.chat_webhook_file",
    lit: [
      "api.telegram.org",
      "discord.com/api/webhooks",
      "discordapp.com/api/webhooks",
      "hooks.slack.com",
      "files.upload",
      "files_upload",
      "sendDocument",
    ],
    re:
      /(?:api\.telegram\.org\/bot[^\s\/"']{5,80}\/send(?:document|photo|video|audio|mediagroup)|discord(?:app)?\.com\/api\/webhooks\/\d{5,25}\/[\w-]{10,100}|hooks\.slack\.com\/services\/[\w\/]{10,80}|slack\.com\/api\/files\.(?:upload|getuploadurlexternal))[^\n]{0,300}?(?:=@|\s-T\s|--upload-file|-infile|\bfile=@|-F\s{0,2}["']?(?:file|document|photo|payload_json|files\[\d\])=@)|(?:-F\s{0,2}["']?(?:file|document|photo|files\[\d\])=@|-infile\b)[^\n]{0,300}?(?:api\.telegram\.org\/bot|discord(?:app)?\.com\/api\/webhooks|slack\.com\/api\/files\.upload)/i,
    why:
      "sends a file to a Telegram bot, Discord webhook or Slack upload (exfiltration through chat)",
  },
  {
    id: "exfil.upload_drop_site",
    lit: DROP_SITE_LITERALS,
    re: new RegExp(`${UPLOAD}[^\\n;|&]{0,300}${DROP_SITE}`, "i"),
    why: "uploads a file to a file-drop, paste or request-capture site anyone can read back",
  },
  {
    id: "exfil.upload_drop_site_first",
    lit: DROP_SITE_LITERALS,
    re: new RegExp(
      r`\b(?:curl|wget)\b[^\n;|&]{0,80}https?:\/\/(?:[\w-]{1,40}\.)?${DROP_SITE}[^\n;|&]{0,200}(?:\s-T\s{0,2}|--upload-file\s|\s-F\s{0,2}["']?[\w\[\]-]{1,30}=@|--data-binary\s{1,3}["']?@|--post-file)`,
      "i",
    ),
    why: "uploads a file to a file-drop, paste or chat-webhook site",
  },
  {
    id: "exfil.upload_public_ip",
    lit: [
      "-t ",
      "--upload-file",
      "=@",
      "--data-binary",
      "--post-file",
      "-infile",
      "-d @",
      "-d@",
      "--body-file",
      "--form",
    ],
    re: new RegExp(
      r`${UPLOAD}[^\n;|&]{0,300}(?:https?|ftps?):\/\/(?!(?:127\.|10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.))\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b`,
      "i",
    ),
    also: new RegExp(
      `${SENSITIVE_STORE}|\\.(?:tgz|tar\\.gz|zip|7z|rar|dmp|sql|db|bak)\\b|@-|\\s-T\\s{0,2}-`,
      "i",
    ),
    why: "uploads an archive, dump or secret store to a bare public IP address",
  },
  {
    id: "exfil.archive_piped_upload",
    lit: [
      "-t -",
      "-t-",
      "--upload-file -",
      "@-",
      "s_client",
      "nc ",
      "ncat",
      "netcat",
      "socat",
      "| ssh",
      "|ssh",
    ],
    re: new RegExp(
      r`${ARCHIVE}[^\n|]{0,200}\|\s{0,3}(?:base64\s{0,3}(?:-w\s{0,2}0\s{0,3})?\|\s{0,3})?(?:gpg\b[^\n|]{0,60}\|\s{0,3})?(?:curl\b[^\n|]{0,120}(?:-T\s{0,2}-|--upload-file\s{1,3}-|--data-binary\s{1,3}@-|-F\s{0,2}["']?\w{1,20}=@-|-d\s{0,2}@-)|(?:nc|ncat|netcat)\b[^\n|]{0,40}${OUT_HOST}\s{1,3}\d{1,5}|openssl\s{1,3}s_client\b|socat\b[^\n|]{0,40}tcp:|ssh\b[^\n|]{0,80}@(?!(?:127\.|10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.))\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b[^\n|]{0,40}["']?cat\s{1,3}>)`,
      "i",
    ),
    why: "streams an archive straight to a remote endpoint (archive piped to curl -T - / netcat)",
  },
  {
    id: "exfil.rclone_outside",
    lit: "rclone",
    re: new RegExp(
      r`\brclone\s{1,3}(?:copy|sync|move|copyto|moveto)\b[^\n;|&]{0,200}\s["']?(?:(?:mega|pcloud|anon|loot|exfil|dump|stash|drop|ftpx?|sftp\d?|temp)\w{0,10}|:(?:mega|ftp|sftp|webdav|http|pcloud|dropbox|s3)\b[^\s:]{0,200}):|\brclone\s{1,3}(?:copy|sync|move)\b[^\n;|&]{0,120}(?:${SENSITIVE_STORE}|\/home\/?\s|~\/?\s|\/etc\/?\s|c:\\users\\?\s|\\\\[\w.-]{1,60}\\[\w$]{1,40})`,
      "i",
    ),
    not:
      /--dry-run\b|\brclone\s{1,3}(?:copy|sync)\s{1,3}["']?[\w-]{1,40}:[^\s]{0,120}\s{1,3}["']?(?:\/|~|\.\/)/i,
    why:
      "copies data to a file-sharing remote (mega, ftp, an inline-credential remote) or sweeps home / shares with rclone",
  },
  {
    id: "exfil.cloud_cli_outside",
    lit: [
      "aws s3",
      "gsutil",
      "azcopy",
      "gcloud storage",
      "az storage",
      "s3cmd",
      "mc cp",
      "mc mirror",
    ],
    re: new RegExp(
      r`\baws\s{1,3}s3\s{1,3}(?:cp|sync|mv)\b[^\n;|&]{0,300}(?:--no-sign-request\b|--endpoint-url\s{1,3}["']?https?:\/\/(?!(?:127\.|10\.|192\.168\.|localhost\b|s3\.|[\w.-]{0,60}amazonaws\.com))[\w.-]{1,80})|\b(?:aws\s{1,3}s3\s{1,3}(?:cp|sync|mv)|gsutil\s{1,3}(?:-m\s{1,3})?(?:cp|rsync)|gcloud\s{1,3}storage\s{1,3}(?:cp|rsync)|azcopy(?:\.exe)?\s{1,3}(?:copy|sync)|s3cmd\s{1,3}(?:put|sync)|mc\s{1,3}(?:cp|mirror))\b[^\n;|&]{0,80}\s["']?(?:~\/)?[^\s"']{0,80}${SENSITIVE_STORE}[^\s"']{0,80}["']?(?:\s{1,3}-\w{1,3})?\s{1,3}["']?(?:s3|gs|https):\/\/`,
      "i",
    ),
    why:
      "copies secrets or data to an anonymous / outside cloud bucket (aws s3 --no-sign-request, foreign endpoint, key stores uploaded)",
  },
  {
    id: "exfil.copy_to_outside_host",
    lit: ["scp ", "rsync ", "pscp"],
    re: new RegExp(
      r`\b(?:scp|rsync|pscp(?:\.exe)?)\b[^\n;|&]{0,200}(?:${SENSITIVE_STORE}|\s\/home\/?\s|\s~\/?\s|\s\/etc\/?\s|\s\/root\/?\s)[^\n;|&]{0,200}\s(?:[\w.-]{1,40}@)?${OUT_HOST}:|\b(?:scp|rsync|pscp(?:\.exe)?)\b[^\n;|&]{0,200}\s(?:\/home\/?|\/etc\/?|\/root\/?|\/var\/lib\/(?:mysql|postgresql)\/?|\/srv\/?|~\/?)\s{1,3}(?:[\w.-]{1,40}@)?(?!(?:127\.|10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.))\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}:`,
      "i",
    ),
    why: "copies key stores, home or system trees to an outside host with scp / rsync",
  },
  {
    id: "exfil.dns_labels",
    lit: [
      "xxd",
      "base32",
      "base64",
      "od -a",
      "hexdump",
      "split -b",
      "fold -w",
      "cut -c",
      "tr -d",
      "resolve-dnsname",
      "$(",
    ],
    re:
      /\b(?:xxd\s{1,3}-p|base32|base64|od\s{1,3}-A|hexdump|split\s{1,3}-b|fold\s{1,3}-w|cut\s{1,3}-c|tr\s{1,3}-d)\b[^\n]{0,300}\b(?:dig|nslookup|host|drill|resolve-dnsname)\b[^\n;|&]{0,60}(?:\$\{?\w{1,20}\}?|\$\(\s{0,2}[^)\n]{1,80}\))\.[\w-]{1,60}\.[\w.-]{2,80}|\b(?:dig|nslookup|host|drill|resolve-dnsname)\b[^\n;|&]{0,60}\$\(\s{0,2}(?:cat|xxd|base64|base32|whoami|hostname|id|uname)\b[^)\n]{0,80}\)\.[\w-]{1,60}\.[\w.-]{2,80}|\bforeach\b[^\n]{0,300}\bresolve-dnsname\b[^\n]{0,60}\$\w{1,20}[^\n]{0,20}\.[\w-]{1,60}\./i,
    why: "sends data out as DNS query labels (encoded chunks looked up under an outside domain)",
  },
  {
    id: "exfil.icmp_payload",
    lit: ["-p $", "-p '$", '-p "$', "xxd", "hexdump", "nping", "hping"],
    re:
      /\bping\b[^\n;|&]{0,60}\s-p\s{0,2}["']?(?:\$\{?\w{1,20}\}?|\$\()|\b(?:xxd|od|hexdump)\b[^\n]{0,200}\bping\b[^\n;&]{0,60}\s-p\s|\b(?:nping|hping3?)\b[^\n;|&]{0,120}(?:--data(?:-string)?|-E|--file)\s{1,3}["']?[^\s"']{1,120}[^\n;|&]{0,60}(?:--icmp|-1\b)|\b(?:nping|hping3?)\b[^\n;|&]{0,60}(?:--icmp|-1\b)[^\n;|&]{0,120}(?:--data(?:-string)?|-E|--file)\s/i,
    why: "sends data out inside ICMP echo payloads (ping -p / hping -E with file contents)",
  },
  {
    id: "exfil.mail_attachment",
    lit: [
      "@gmail",
      "@googlemail",
      "@outlook",
      "@hotmail",
      "@yahoo",
      "@proton",
      "@pm.",
      "@gmx",
      "@yandex",
      "@mail.",
      "@tutanota",
      "@tuta.",
      "@icloud",
      "@aol",
      "@qq.",
      "@163.",
      "smtp=",
      "--server",
    ],
    re: new RegExp(
      r`\b(?:mailx?|mutt|s-nail|sendemail|swaks|send-mailmessage|mpack)\b[^\n]{0,200}(?:\s-a\s{1,3}|--attach(?:-file)?\s{1,3}|-attachments?\s{1,3}|\s-A\s{1,3})["']?[^\s"']{0,120}(?:${SENSITIVE_STORE}|\.(?:tgz|tar\.gz|zip|7z|rar|dmp|sql|kdbx|csv|db)\b)[^\n]{0,200}(?:@(?:gmail|googlemail|outlook|hotmail|yahoo|proton(?:mail)?|pm|gmx|yandex|mail|tutanota|tuta|icloud|aol|qq|163)\.[a-z.]{2,8}\b|\s-S\s{0,2}smtp=|--server\s{1,3}${OUT_HOST})`,
      "i",
    ),
    why: "mails a dump, archive or secret store as an attachment to a free-mail address",
  },
  {
    id: "exfil.sensitive_sweep_archive",
    lit: [
      ".kdb",
      "id_rsa",
      "id_ed25519",
      "id_ecdsa",
      ".ppk",
      ".pfx",
      ".p12",
      "wallet",
      ".kirbi",
      ".ccache",
      ".keychain",
      ".git-credentials",
      ".netrc",
      ".pgpass",
      ".psafe3",
      ".1pif",
      "agilekeychain",
      ".opvault",
      ".pst",
      ".ost",
      "id_*",
    ],
    re: new RegExp(
      r`\b(?:find|locate|get-childitem|gci|dir|ls)\b[^\n]{0,200}(?:-name|-iname|-include|-filter|-regex|\/s\s{1,3}\/b)?\s{0,3}${SENSITIVE_GLOB}[^\n]{0,200}(?:\|\s{0,3}(?:xargs\s{1,3}(?:-\S{1,3}\s{1,3}){0,3})?(?:tar|zip|7z|rar|cp|curl|base64|compress-archive|copy-item)\b|-exec\s{1,3}(?:cp|tar|zip|curl|scp|cat)\b|\s-T\s{0,2}-|${ARCHIVE})`,
      "i",
    ),
    not:
      /\bfind\b[^\n]{0,200}-delete\b|\bfind\s{1,3}\.\s[^\n]{0,60}-name\s{1,3}["']?\*\.(?:sql|bak)["']?\s[^\n]{0,80}-mtime\b/i,
    why: "sweeps the disk for key files, password databases or wallets and bundles / copies them",
  },
  {
    id: "exfil.archive_sensitive_glob",
    lit: [
      ".kdb",
      "id_rsa",
      "id_ed25519",
      ".ppk",
      ".pfx",
      ".p12",
      "wallet",
      ".kirbi",
      ".keychain",
      ".pst",
      ".ost",
    ],
    re: new RegExp(
      `${ARCHIVE}[^\\n;|&]{0,200}[\\/\\\\]\\*[^\\s;|&]{0,80}[\\/\\\\]?\\*?${SENSITIVE_GLOB}`,
      "i",
    ),
    why: "bundles every key file, password database or wallet matching a wildcard into one archive",
  },
  {
    id: "exfil.multi_store_archive",
    lit: [
      ".ssh",
      ".aws",
      ".gnupg",
      ".kube",
      "login data",
      "keychains",
      ".mozilla",
      "wallet",
      ".kdbx",
    ],
    re: new RegExp(
      r`${ARCHIVE}[^\n;|&]{0,300}${SENSITIVE_STORE}[^\n;|&]{0,200}\s["']?[~\/\\.\w%$:-]{0,80}${SENSITIVE_STORE}`,
      "i",
    ),
    why:
      "bundles several credential stores (SSH keys, cloud credentials, keyrings, browser logins) into one archive",
  },
  {
    id: "exfil.git_secret_push",
    lit: [
      ".ssh",
      ".aws",
      ".gnupg",
      ".kube/config",
      "id_rsa",
      ".kdbx",
      "/etc/shadow",
      "wallet.dat",
      ".git-credentials",
      "login data",
      "logindata",
    ],
    re: new RegExp(
      r`\bgit\s{1,3}(?:-C\s{1,3}\S{1,80}\s{1,3})?add\s{1,3}(?:-f\s{1,3})?[^\n;|&]{0,120}(?:\.ssh\b|\.aws\b|\.gnupg\b|\.kube\/config|id_rsa|\.kdbx|\/etc\/shadow|wallet\.dat|\.git-credentials|login\s?data)[^\n]{0,300}\bgit\s{1,3}(?:-C\s{1,3}\S{1,80}\s{1,3})?push\b`,
      "i",
    ),
    why: "commits key stores or credentials into a repository and pushes it out",
  },
  {
    id: "exfil.nc_file_send",
    lit: ["nc ", "ncat", "netcat", "/dev/tcp/", "/dev/udp/"],
    re: new RegExp(
      r`\b(?:nc|ncat|netcat)\b[^\n;|&]{0,40}${OUT_HOST}\s{1,3}\d{1,5}\s{0,3}<\s{0,3}["']?[^\s"']{0,120}(?:${SENSITIVE_STORE}|\.(?:tgz|tar\.gz|zip|7z|dmp|sql|db|kdbx)\b)|\bcat\s{1,3}[^\n|;]{0,120}(?:${SENSITIVE_STORE}|\.(?:tgz|tar\.gz|zip|7z|dmp|sql|kdbx)\b)[^\n|;]{0,40}>\s{0,3}\/dev\/(?:tcp|udp)\/`,
      "i",
    ),
    why: "sends a secret store or archive to a remote listener over a raw socket",
  },
];
