/**
 * Impact (ATT&CK TA0040: T1485 data destruction, T1561 disk wipe, T1486 data encrypted for impact,
 * T1490 inhibit system recovery, T1531 account access removal, T1496 resource hijacking, T1499
 * endpoint denial of service). What the posture and command rules already block (vssadmin delete
 * shadows, bcdedit recoveryenabled, dd over a disk, rm -rf /) is not repeated. Passing: `shred -u`
 * of one temp file, `gpg -c` of one backup, `fallocate` of a swap file, `passwd` for oneself.
 */
import { r, type TradecraftRule } from "./_tradecraft_core.ts";

/** A whole block device (a disk, not a partition-less file). */
const BLOCK_DEV =
  r`\/dev\/(?:sd[a-z]|hd[a-z]|vd[a-z]|xvd[a-z]|nvme\d{1,2}n\d{1,2}|mmcblk\d|disk\d{1,2}|rdisk\d{1,2}|mapper\/[\w-]{1,40}|md\d{1,3}|dm-\d{1,3})(?:p?\d{1,2})?`;
/** A loop over many files (find -exec, for … in, xargs, ForEach-Object over Get-ChildItem -Recurse). */
const MANY_FILES =
  r`(?:\bfind\b[^\n]{0,200}(?:-exec(?:dir)?\b|\|\s{0,3}(?:while|xargs)\b)|\bfor\s{1,3}\w{1,20}\s{1,3}in\s{1,3}[^\n;]{0,120}(?:\*|\$\(\s{0,2}(?:find|ls)\b)|\bxargs\b|\b(?:get-childitem|gci|ls|dir)\b[^\n|]{0,200}-r(?:ecurse)?\b[^\n]{0,120}\|\s{0,3}(?:foreach(?:-object)?|%)\s{0,2}\{|\bos\.walk\(|\bglob\.glob\([^\n)]{0,80}recursive)`;

/** A DROP DATABASE/SCHEMA whose name is spliced in from a variable or a catalog row. */
const DYN_DROP =
  r`\bdrop\s{1,3}(?:database|schema)\s{1,3}(?:if\s{1,3}exists\s{1,3})?(?:\[|\x60|"|')?\s{0,2}(?:'\s{0,3}(?:\+|\|\||,)|"\s{0,3}(?:\+|,)|\$\{|\$[A-Za-z_]|@\w|%s|\{[A-Za-z_]{0,20}\}|#\{|\x60\s{0,2}',)`;

export const IMPACT_RULES: TradecraftRule[] = [
  {
    id: "impact.disk_wipe_tools",
    lit: [
      "/dev/sd",
      "/dev/hd",
      "/dev/vd",
      "/dev/xvd",
      "/dev/nvme",
      "/dev/mmcblk",
      "/dev/disk",
      "/dev/rdisk",
      "/dev/mapper",
      "/dev/md",
      "/dev/dm-",
      "shred",
      "srm -",
      "--security-erase",
      "sdelete",
      "cipher /w",
      "cipher.exe /w",
    ],
    re: new RegExp(
      r`\b(?:shred|wipe|scrub|nwipe)\b[^\n;|&]{0,80}\s${BLOCK_DEV}\b|\bsrm\s{1,3}-[a-z]{0,4}r[a-z]{0,4}\s{1,3}(?:\/\s|\/(?:home|etc|var|usr|srv|opt|root)\b)|\bblkdiscard\s{1,3}(?:-[fsz]\s{1,3}){0,3}${BLOCK_DEV}\b|\bhdparm\b[^\n]{0,80}--security-erase\b|\bsdelete(?:64)?(?:\.exe)?\b[^\n]{0,40}(?:-[pzcsr]\s{0,3}){1,4}[^\n]{0,20}(?:[a-z]:\\?\s{0,2}$|[a-z]:\\(?:windows|users)\b|\\\\\.\\physicaldrive)|\bcipher(?:\.exe)?\s{1,3}\/w:|\bfind\s{1,3}\/\s[^\n]{0,120}-exec\s{1,3}shred\b|\bshred\b[^\n;|&]{0,60}\s(?:\/etc\/(?:passwd|shadow|fstab)|\/boot\/|\/var\/lib\/(?:mysql|postgresql)|\/home\/\*)`,
      "i",
    ),
    why:
      "wipes a whole disk, system files or free space beyond recovery (shred/wipe/blkdiscard/sdelete/cipher /w)",
  },
  {
    id: "impact.windows_disk_destroy",
    lit: [
      "format c:",
      "format d:",
      "format e:",
      "format.com",
      "select disk",
      "clear-disk",
      "format-volume",
      "remove-partition",
      "physicaldrive",
    ],
    re:
      /\bformat(?:\.com)?\s{1,3}[a-z]:\s{0,3}(?:\/[a-z]{1,3}(?::\w{1,10})?\s{0,3}){1,6}$|\bformat(?:\.com)?\s{1,3}[cC]:|\b(?:echo|\()[^\n]{0,80}\bselect\s{1,3}disk\s{1,3}\d[^\n]{0,80}\bclean(?:\s{1,3}all)?\b[^\n]{0,80}\|\s{0,3}diskpart\b|\bclear-disk\b[^\n]{0,120}-removedata\b|\bformat-volume\b[^\n]{0,80}-driveletter\s{1,3}["']?c\b|\bremove-partition\b[^\n]{0,80}-driveletter\s{1,3}["']?c\b|\\\\\.\\physicaldrive0\b[^\n]{0,200}(?:write|createfile|dd\b|of=)/im,
    why:
      "formats or cleans the system disk (format C:, diskpart clean, Clear-Disk -RemoveData, raw writes to PhysicalDrive0)",
  },
  {
    id: "impact.mass_encrypt",
    lit: [
      "openssl",
      "gpg",
      "7z a",
      "7za a",
      "7zr a",
      "zip -",
      "age -p",
      "age -r",
      "ccrypt",
      "aescrypt",
      "createencryptor",
      "aesmanaged",
      "aes]::create",
      ").encrypt",
    ],
    re: new RegExp(
      `${MANY_FILES}[^\\n]{0,300}(?:\\bopenssl\\s{1,3}(?:enc|aes-\\d{3}-\\w{3})\\b|\\bgpg\\b[^\\n]{0,80}(?:-c\\b|--symmetric|-e\\b|--encrypt)|\\b7z[a-z]?\\s{1,3}a\\b[^\\n]{0,80}-p|\\bzip\\b[^\\n]{0,40}(?:-P\\s|-e\\b)|\\bage\\s{1,3}(?:-p|-r)\\b|\\bccrypt\\b|\\baescrypt\\b|createencryptor|aesmanaged|\\[(?:system\\.)?(?:security\\.cryptography\\.)?aes\\]::create|fernet\\([^\\n)]{0,60}\\)\\.encrypt)[^\\n]{0,400}(?:\\brm\\b|\\bshred\\b|-delete\\b|remove-item|\\bdel\\b|os\\.remove|unlink|--remove-files|-sdel\\b|\\bmv\\b[^\\n]{0,60}\\.(?:locked|enc|crypt)\\b)`,
      "i",
    ),
    why:
      "encrypts many files in a loop and deletes the originals (ransomware-style mass encryption)",
  },
  {
    id: "impact.encrypt_key_discarded",
    lit: ["openssl"],
    re: new RegExp(
      `${MANY_FILES}[^\\n]{0,300}\\bopenssl\\s{1,3}enc\\b[^\\n]{0,160}(?:-k|-pass\\s{1,3}pass:|-K)\\s{0,3}["']?\\$\\(\\s{0,2}(?:openssl\\s{1,3}rand|head\\s{1,3}-c\\s{0,2}\\d{1,4}\\s{1,3}\\/dev\\/urandom|uuidgen|cat\\s{1,3}\\/proc\\/sys\\/kernel\\/random\\/uuid)|\\bopenssl\\s{1,3}enc\\b[^\\n]{0,160}(?:-k|-pass\\s{1,3}pass:|-K)\\s{0,3}["']?\\$\\(\\s{0,2}(?:openssl\\s{1,3}rand|head\\s{1,3}-c\\s{0,2}\\d{1,4}\\s{1,3}\\/dev\\/urandom)[^\\n]{0,200}(?:&&|;)\\s{0,3}(?:rm|shred)\\b`,
      "i",
    ),
    why: "encrypts files with a random key that is never kept (data made unrecoverable)",
  },
  {
    id: "impact.recovery_inhibit",
    lit: [
      "wbadmin",
      "tmutil",
      "win32_shadowcopy",
      "vssadmin",
      "reagentc",
      "zfs destroy",
      "zfs list",
      "lvremove",
      "btrfs subvolume",
      "timeshift",
      "snapper",
      "borg delete",
      "restic",
      "clearsnapshot",
      "delete-snapshot",
      "delete-db-snapshot",
      "delete-db-cluster-snapshot",
      "delete-recovery-point",
    ],
    re:
      /\bnodetool\b[^\n;|&]{0,120}\bclearsnapshot\b(?![^\n;|&]{0,80}\s-t\s{0,3}\S)|\bwbadmin(?:\.exe)?\s{1,3}delete\s{1,3}(?:systemstatebackup|backup)\b|\bget-(?:wmiobject|cimobject|ciminstance)\b[^\n]{0,40}win32_shadowcopy\b[^\n]{0,120}(?:\.delete\(\)|remove-(?:wmiobject|cimobject|ciminstance)|%\s{0,2}\{\s{0,2}\$_\.delete)|\bvssadmin(?:\.exe)?\s{1,3}resize\s{1,3}shadowstorage\b[^\n]{0,120}\/maxsize=\s{0,2}(?:401mb|1mb|\d{1,3}(?:mb|kb)|unbounded-?0)\b|\breagentc(?:\.exe)?\s{1,3}\/disable\b|\btmutil\s{1,3}(?:disable|deletelocalsnapshots\s{1,3}\/|delete\s{1,3}(?:-d\s{1,3}\S{1,80}\s{1,3})?-t\s)|\bzfs\s{1,3}destroy\s{1,3}(?:-[rRf]{1,3}\s{1,3})+\S{1,80}@(?:%|\*)?|\bzfs\s{1,3}list\s{1,3}-t\s{1,3}snapshot\b[^\n]{0,120}\|\s{0,3}xargs\b[^\n]{0,40}zfs\s{1,3}destroy\b|\blvremove\s{1,3}-f\b[^\n]{0,60}snap|\bbtrfs\s{1,3}subvolume\s{1,3}delete\b[^\n]{0,60}\.snapshots\/\*|\b(?:timeshift\s{1,3}--delete-all|snapper\b[^\n]{0,40}delete\b[^\n]{0,20}\d{1,6}-\d{2,6})\b|\bborg\s{1,3}delete\b[^\n]{0,60}(?:--force|::)\s{0,3}$|\brestic\b[^\n]{0,80}forget\b[^\n]{0,80}--keep-last\s{1,3}0\b|\baws\s{1,3}(?:ec2\s{1,3}delete-snapshot|rds\s{1,3}delete-db-(?:cluster-)?snapshot|backup\s{1,3}delete-recovery-point)\b[^\n]{0,200}(?:\$\(|\bxargs\b|for\s{1,3}\w{1,20}\s{1,3}in)|\b(?:for\s{1,3}\w{1,20}\s{1,3}in|xargs)\b[^\n]{0,200}\baws\s{1,3}(?:ec2\s{1,3}delete-snapshot|rds\s{1,3}delete-db-(?:cluster-)?snapshot|backup\s{1,3}delete-recovery-point)\b/im,
    why: "removes backups, snapshots or the recovery environment so data cannot be restored",
  },
  {
    id: "impact.account_lockout",
    lit: [
      "set-adaccountpassword",
      "disable-adaccount",
      "chpasswd",
      "passwd -l",
      "usermod -l",
      "net user",
      "set-localuser",
      "disable-localuser",
      "krbtgt",
    ],
    re:
      /\bget-ad(?:user|computer)\b[^\n|]{0,80}-filter\s{1,3}["']?\*[^\n]{0,80}\|\s{0,3}(?:set-adaccountpassword|disable-adaccount|set-aduser\b[^\n]{0,40}-enabled\s{1,3}\$false)|\bget-localuser\b[^\n|]{0,80}\|\s{0,3}(?:disable-localuser|set-localuser\b[^\n]{0,40}-password)|\b(?:cut\s{1,3}-d\s{0,2}["']?:["']?\s{1,3}-f\s{0,2}1\s{1,3}\/etc\/passwd|getent\s{1,3}passwd|awk\s{1,3}-F:?[^\n]{0,40}\/etc\/passwd)\b[^\n]{0,200}(?:chpasswd|passwd\s{1,3}-l|usermod\s{1,3}-L|usermod\s{1,3}-s\s{1,3}\/(?:usr\/)?s?bin\/nologin)|\bnet(?:1)?\s{1,3}user\s{1,3}(?:administrator|krbtgt|admin)\s{1,3}(?!\*\s|\/)\S{4,60}\s{1,3}\/domain\b|\bfor\b[^\n]{0,80}\bnet\s{1,3}user\s{1,3}%\w{1,3}\s{1,3}\S{4,60}|\bfor\b[^\n]{0,80}\bnet\s{1,3}user\s{1,3}%\w{1,3}\s{1,3}\/active:no\b/i,
    why: "locks out or resets the passwords of every account (account access removal)",
  },
  {
    id: "impact.cryptominer",
    lit: [
      "xmrig",
      "stratum+",
      "rx/0",
      "kawpow",
      "ethash",
      "--donate-level",
      "minerd",
      "cpuminer",
      "nbminer",
      "t-rex",
      "lolminer",
      "phoenixminer",
      "gminer",
      "nanominer",
      "ethminer",
      "xmr-stak",
      "randomx",
      "cryptonight",
      "nicehash",
      "moneroocean",
      "supportxmr",
      "nanopool",
      "2miners",
      "hashvault",
      "c3pool",
    ],
    re:
      /\bstratum(?:\+(?:tcp|ssl|tls))?:\/\/|--donate-level\b|\b(?:xmrig|xmr-stak(?:-rx)?|minerd|cpuminer(?:-multi|-opt)?|nbminer|t-rex|lolminer|phoenixminer|gminer|nanominer|ethminer)(?:\.exe)?\s{1,3}(?:-[a-z]\s{1,3}|--(?:url|algo|coin|pool|user|wallet|config|threads|cpu-max-threads-hint|background)\b)|\b(?:moneroocean\.stream|supportxmr\.com|pool\.minexmr\.com|xmrpool\.eu|nanopool\.org|2miners\.com|hashvault\.pro|c3pool\.com|nicehash\.com|herominers\.com|f2pool\.com)\b[^\n]{0,40}:\d{2,5}\b|\s-a\s{1,3}(?:rx\/0|cryptonight(?:\/\w{1,8})?|randomx|ethash|kawpow)\b/i,
    why: "runs a cryptocurrency miner against a mining pool (resource hijacking)",
  },
  {
    id: "impact.fork_bomb",
    lit: ["fork while fork", "$0 &", "$0&", "os.fork()", "%0|%0", "%0 | %0", "start-process"],
    re:
      /\bperl\s{1,3}-e\s{1,3}["']\s{0,2}fork\s{1,3}while\s{1,3}fork\b|\bwhile\s{1,3}(?:true|:);?\s{1,3}do\s{1,3}\$0\s{0,2}&\s{0,3}(?:\$0\s{0,2}&\s{0,3})?(?:;\s{0,2})?done|\bos\.fork\(\)[^\n]{0,40}\bwhile\s{1,3}(?:true|1)\s{0,2}:|\bwhile\s{1,3}(?:true|1)\s{0,2}:\s{0,3}os\.fork\(\)|%0\s{0,2}\|\s{0,2}%0|\bwhile\s{0,2}\(\s{0,2}(?:\$true|1)\s{0,2}\)\s{0,2}\{\s{0,2}start-process\s{1,3}(?:powershell|pwsh|cmd)\b/i,
    why: "starts a fork bomb that exhausts processes (endpoint denial of service)",
  },
  {
    id: "impact.disk_fill",
    lit: ["/dev/zero", "/dev/urandom", "fallocate", "yes >", "yes>", "fsutil"],
    re:
      /\b(?:cat|pv)\s{1,3}\/dev\/(?:zero|urandom)\s{0,3}>\s{0,3}["']?\/(?!dev\/)[\w.\/-]{1,120}["']?\s{0,3}(?:$|;|&)|\bdd\s{1,3}if=\/dev\/(?:zero|urandom)\s{1,3}of=\/(?!dev\/)[\w.\/-]{1,120}(?![^\n;|&]{0,60}\bcount=)(?:\s{1,3}bs=\w{1,8})?\s{0,3}(?:$|;|&)|\bfallocate\s{1,3}-l\s{0,2}(?:\d{4,}G|\d{1,4}T)\b|\byes\s{0,3}(?:["'][^"'\n]{0,20}["']\s{0,3})?>\s{0,3}\/(?!dev\/)[\w.\/-]{1,120}\s{0,3}(?:$|;|&)|\bfsutil(?:\.exe)?\s{1,3}file\s{1,3}createnew\s{1,3}\S{1,120}\s{1,3}\d{12,}\b/im,
    why: "fills the disk until it is full (endpoint denial of service)",
  },
  {
    id: "impact.stop_backup_db_services",
    lit: ["net stop", "taskkill", "stop-service", "sc stop", "sc config"],
    re:
      /\b(?:net\s{1,3}stop|sc(?:\.exe)?\s{1,3}stop|stop-service\s{1,3}(?:-name\s{1,3})?)\s{0,3}["']?(?:veeam|vss\b|(?:ms)?sql|msexchange|backup|acronis|sophos|wbengine|memtas|mepocs|yoobackup|bedbg|bexec|defwatch)[^\n]{0,200}\b(?:net\s{1,3}stop|sc(?:\.exe)?\s{1,3}stop|stop-service\s{1,3}(?:-name\s{1,3})?)\s{0,3}["']?(?:veeam|vss\b|(?:ms)?sql|msexchange|backup|acronis|sophos|wbengine|memtas|mepocs|yoobackup|bedbg|bexec|defwatch)|\btaskkill(?:\.exe)?\s{1,3}\/f\s{1,3}\/im\s{1,3}(?:sqlservr|oracle|ocssd|dbsnmp|synctime|agntsvc|isqlplussvc|xfssvccon|mydesktopservice|ocautoupds|encsvc|firefox|tbirdconfig|mydesktopqos|ocomm|dbeng50|sqbcoreservice|excel|infopath|msaccess|mspub|onenote|outlook|powerpnt|steam|thebat|thunderbird|visio|winword|wordpad|notepad)\.exe\b[^\n]{0,200}\btaskkill(?:\.exe)?\s{1,3}\/f\s{1,3}\/im\s{1,3}(?:sqlservr|oracle|ocssd|dbsnmp|agntsvc|isqlplussvc|xfssvccon|encsvc|excel|msaccess|outlook|winword|onenote|thunderbird)\.exe\b|\bsc(?:\.exe)?\s{1,3}config\s{1,3}["']?(?:vss|wbengine|swprv|sdrsvc)["']?\s{1,3}start=\s{0,2}disabled\b/i,
    why:
      "stops backup, database and mail services in bulk before encrypting (ransomware preparation)",
  },
  {
    // Every published version of a package removed (a loop over `npm view … versions`, a whole
    // package `npm unpublish <name> --force`, `cargo yank`/`gem yank` in a loop): every build that
    // depends on it breaks (T1485 data destruction against the supply chain).
    id: "impact.registry_mass_unpublish",
    lit: ["unpublish", "yank"],
    re:
      /\bfor\s{1,3}\w{1,20}\s{1,3}in\b[^\n]{0,200}?\b(?:npm\s{1,3}view\b[^\n]{0,120}?\bversions\b|cargo\s{1,3}search|gem\s{1,3}list)[^\n]{0,200}?\b(?:npm\s{1,3}unpublish|cargo\s{1,3}yank|gem\s{1,3}yank)\b|\bnpm\s{1,3}unpublish\s{1,3}(?:@[\w.-]{1,60}\/)?[\w.-]{1,100}\s{1,3}--force\b(?![^\n]{0,40}@\d)/i,
    why: "removes every published version of a package (every build that depends on it breaks)",
  },
  {
    // Every database on a server enumerated and dropped (MongoDB `listDatabases` /
    // `list_database_names` then `dropDatabase`; SQL catalogs `sys.databases`,
    // `information_schema.schemata`, `pg_database`, `SHOW DATABASES` feeding a DROP built from the
    // row's name; `psql -l` piped to `dropdb`): T1485 data destruction. A loop that keeps only
    // names with a test/tmp prefix (a CI cleanup) passes; `IF EXISTS (… sys.databases …) DROP
    // DATABASE Fixed` names one database and passes.
    id: "impact.drop_every_database",
    lit: [
      "listdatabases",
      "getdbnames",
      "list_database_names",
      "sys.databases",
      "sysdatabases",
      "information_schema.schemata",
      "pg_database",
      "show databases",
      "dropdb",
    ],
    re: new RegExp(
      r`\b(?:listDatabases|getDBNames|list_database_names)\b[\s\S]{0,400}?(?:\b(?:getSiblingDB|getDB|db)\s{0,3}\(\s{0,3}[A-Za-z_$][\w$.]{0,30}\s{0,3}\)\s{0,3}\.dropDatabase|\bdrop_database)\s{0,3}\(\s{0,3}(?:[A-Za-z_$][\w$.]{0,30}\s{0,3}\)|\))|\b(?:sys\.databases|sysdatabases|information_schema\.schemata|pg_database|show\s{1,3}databases)\b[\s\S]{0,600}?${DYN_DROP}|${DYN_DROP}[\s\S]{0,300}?\b(?:sys\.databases|sysdatabases|information_schema\.schemata|pg_database)\b|\bpsql\b[^\n|]{0,80}(?:\s-[a-zA-Z]{0,3}l[a-zA-Z]{0,3}\b|--list\b)[^\n]{0,300}?\|[^\n]{0,200}?\bdropdb\b`,
      "i",
    ),
    not:
      /\b(?:startsWith|startswith|beginsWith|begins_with)\s{0,3}\(\s{0,3}["'](?!["'])|\bLIKE\s{1,3}N?'[^'%\n]{1,40}%'|(?:=~|\bregex\s{0,3}:)\s{0,3}["'\/]\^|\.match\s{0,3}\(\s{0,3}\/\^|\bre\.(?:match|search)\s{0,3}\(\s{0,3}r?["']\^|\bgrep\s{1,3}(?:-[a-uw-zA-Z]{1,3}\s{1,3}){0,3}["']?\^/,
    why: "enumerates every database on the server and drops each one (mass data destruction)",
  },
  {
    // A ransom note: an amount of a cryptocurrency next to a wallet address, in the same argument
    // that drops, deletes, truncates or wipes data (T1485/T1486 with extortion). The words of the
    // note are not needed (any language); a wallet address alone (a payment page) passes, and so
    // does a deletion with no payment demand.
    id: "impact.ransom_note_with_destruction",
    lit: ["btc", "xmr", "bitcoin", "monero", "usdt", " eth", "ltc"],
    re: new RegExp(
      (() => {
        const amount =
          r`\b\d{1,6}(?:[.,]\d{1,8})?\s{0,3}(?:BTC|XMR|ETH|USDT|LTC|[Bb]itcoins?|[Mm]onero|[Ee]ther)\b`;
        const addr =
          r`(?:\bbc1[ac-hj-np-z02-9]{25,62}\b|\b[13][a-km-zA-HJ-NP-Z1-9]{25,34}\b|\b4[0-9AB][1-9A-HJ-NP-Za-km-z]{93}\b|\b0x[0-9a-fA-F]{40}\b|\bT[1-9A-HJ-NP-Za-km-z]{33}\b)`;
        return `${amount}[\\s\\S]{0,200}?${addr}|${addr}[\\s\\S]{0,200}?${amount}`;
      })(),
    ),
    also:
      /\b(?:dropDatabase|drop_database|dropCollection|deleteMany|drop\s{1,3}(?:database|table|schema)|truncate\s{1,3}(?:table\s{1,3})?\w|flushall|flushdb|Remove-Item\b[^\n]{0,80}-Recurse|shred|wipefs|vssadmin\s{1,3}delete)\b|\brm\s{1,3}-[a-zA-Z]{0,3}[rf]|\bdel\s{1,3}\/[sfq]\b|\bDELETE\s{1,3}FROM\s{1,3}\w{1,60}\s{0,3}(?:;|$)/im,
    why:
      "destroys data and leaves a cryptocurrency payment demand (ransom note: data destruction for extortion)",
  },
  {
    // A Redis server told to stop persisting (`CONFIG SET appendonly no`, `save ""`) and then
    // flushed: the data is gone with no snapshot to restore (T1485 + T1490).
    id: "impact.redis_wipe_no_persistence",
    lit: ["flushall", "flushdb"],
    re:
      /\bconfig\s{1,3}set\s{1,3}(?:appendonly\s{1,3}no|save\s{1,3}(?:''|""|\s))[\s\S]{0,600}?\bflush(?:all|db)\b/i,
    why: "switches Redis persistence off and then flushes it: the data cannot be restored",
  },
];
