/**
 * Shared pieces of the database-abuse rules (`_dbabuse_*.ts`): the rule shape (the one of the
 * tradecraft base, ./_tradecraft_core.ts) and the path fragments the area files combine.
 */
import { r } from "./_tradecraft_core.ts";

export type { TradecraftRule as DbRule } from "./_tradecraft_core.ts";
export { DROP_SITE, OUT_HOST, r } from "./_tradecraft_core.ts";

/**
 * A server path whose reading is harvesting, not loading data: system configuration, account and
 * key files, process and container-secret trees, database server configuration, Windows hives.
 */
export const SYS_READ =
  r`(?:\/etc\/|\/root\/|\/home\/[^'"\s]{1,80}\/\.|\/proc\/|\/(?:var\/)?run\/secrets|~\/|\.ssh[\/\\]|id_(?:rsa|dsa|ecdsa|ed25519)\b|\.env\b|\.aws[\/\\]credentials|\.pgpass|\.my\.cnf|\.bash_history|\.kube[\/\\]config|pg_hba\.conf|postgresql(?:\.auto)?\.conf|server\.key|web\.config|win\.ini|boot\.ini|[a-z]:\\{1,2}windows\\|system32\\{1,2}config|unattend\.xml|\/var\/log\/(?:auth|secure)|\/var\/lib\/(?:mysql|postgresql|clickhouse)\/|wp-config\.php|\.htpasswd|LocalSettings\.php|appsettings\.json)`;

/**
 * A place where a written file runs or grants access: web roots and server-page extensions, cron,
 * SSH keys, shell start-up files, library and plugin directories, start-up folders, configuration.
 */
export const WRITE_TARGET =
  r`(?:\/var\/www\b|\/usr\/share\/nginx|\/srv\/(?:www|http)|htdocs|wwwroot|inetpub|public_html|\/etc\/|\/var\/spool\/cron|authorized_keys|\.ssh[\/\\]|\.bashrc|\.bash_profile|\.profile\b|\/root\/|\.(?:php\d?|phtml|jspx?|aspx?|ashx|asmx|cgi|so|dll|exe|sh|ps1|bat|war)\b|\\startup\\|\/usr\/lib\/|(?<!\/var)\/lib\/|\/plugin\/|postgresql(?:\.auto)?\.conf|pg_hba\.conf|\.pgpass|\/dev\/shm\/)`;

/** A UNC path (`\\host\share`, escaped once or twice): an SMB connection out of the server. */
export const UNC = r`\\{2,4}[\w$@.'"+|(-]`;

/** Temporary or user-writable places a planted library or module is loaded from. */
export const TEMP_DIR =
  r`(?:\/tmp\/|\/var\/tmp\/|\/dev\/shm\/|\/home\/|\/root\/|\\temp\\|\\tmp\\|\\users\\public\\|\\appdata\\|\/uploads?\/|\/downloads?\/|\.\/)`;
