/**
 * Session 37 precision (path arguments): READS of a template file.
 *
 * A file named as an example or template of a configuration (`database.example.yml`,
 * `.env.sample`, `config.php.dist`, `settings.template.json`) is the shape of a config shipped
 * for people to copy and fill in: by convention it holds placeholders, never the secrets or the
 * system state that make a configuration or a traversal target worth reading. Two path rules
 * therefore do not count such a read:
 *
 * - the `..` climb rule, when the climb is exactly ONE leading `../` to a sibling folder of the
 *   working directory (`../shared/config/database.example.yml` in a monorepo): one level up and
 *   back down into plain folder names, never a second climb or a climb in the middle;
 * - the system-place rule (`/etc`, `C:\inetpub\…` outside static web files), when the file read is
 *   a template (`C:/inetpub/wwwroot/portal/App_Data/portal-settings.example.json`).
 *
 * Writes are not covered (a write tool decides what a file becomes), nor names of secret stores
 * (`id_rsa`, `.pgpass`, `credentials`: the sensitive-file checks run on their own), nor climbs of
 * two or more levels (`../../.pgpass`, `../../../etc/passwd`), nor encoded or tangled forms.
 */

/**
 * A template's file name: a stem, then `.example`/`.sample`/`.dist`/`.template`, then at most one
 * config or source extension (`.yml`, `.json`, `.php`) — `files.example.net` is a host, not one,
 * and `.conf` is left out: `/etc/nginx/conf.d/shop.example.conf` is the live config of the site
 * `shop.example` (a reserved example domain), named after it.
 */
const TEMPLATE_NAME =
  /(?:^|[\/\\])(?:[\w@+-][\w.@+-]{0,100}|\.env)\.(?:example|sample|dist|template)(?:\.(?:ya?ml|json|jsonc|toml|ini|cfg|env|properties|xml|txt|php|js|cjs|mjs|ts|py|rb|config))?$/i;
/** Exactly one leading `../`, then plain segments (no further `..`, no `.` segment). */
const ONE_UP = /^\.\.[\/\\](?:[\w@+-][\w.@+ -]{0,127}[\/\\]){0,16}[\w.@+-]{1,128}$/;

/** Whether `path` (one path value) names a configuration template by its file name. */
export function templateFile(path: string): boolean {
  return TEMPLATE_NAME.test(path.trim());
}

/**
 * Whether `path` climbs exactly one level (`../shared/config/app.example.yml`) and names a
 * template: a sibling folder's example config, read.
 */
export function siblingTemplate(path: string): boolean {
  const v = path.trim();
  return ONE_UP.test(v) && !/[\/\\]\.\.?(?:[\/\\]|$)/.test(v.slice(3)) && templateFile(v);
}

/**
 * `ssh-add ~/.ssh/deploy_ed25519`, `ssh-add -t 1h ~/.ssh/id_work`: the agent loads the key to sign
 * with it on this machine, like `ssh -i` (the key never leaves it). `line` is the text of the
 * command line before the path; only the path right after `ssh-add` and its short options is
 * excused — a key printed, copied or uploaded elsewhere on the line is still judged.
 */
const SSH_ADD_KEY =
  /(?:^|[\s"'=;|&(])ssh-add(?:\.exe)?\s{1,4}(?:-[cqvk]{1,3}\s{1,4}|-t\s{1,4}\d{1,6}[smhdw]?\s{1,4}){0,3}["']?\.?$/;

/** Whether the text before a path on its line loads that path into the SSH agent. */
export function sshAddKey(line: string): boolean {
  return line.includes("ssh-add") && SSH_ADD_KEY.test(line);
}
