/**
 * Application weaknesses in PHP (plain PHP, Laravel, WordPress) and its runtime configuration:
 * command, code, include and deserializer sinks fed by request input, TLS checks off in cURL,
 * debug mode in production, php.ini hardening undone, WordPress auth shortcuts.
 */
import { type AppsecRule, DEV_GUARD, PHP_HEAD, REQ_PHP_RE } from "./_appsec_core.ts";

/** Request input in PHP, as a regex source (inline use). */

export const PHP_RULES: AppsecRule[] = [
  {
    id: "php.command_request",
    kind: "app_weakness",
    lit: ["$_", "$request->", "request()->", "input::get", "php://input"],
    re: new RegExp(
      String
        .raw`\b(?:system|exec|passthru|shell_exec|popen|proc_open|pcntl_exec)\s{0,8}\(\s{0,8}(?:["'][^"'\n]{0,80}["']\s{0,8}\.\s{0,8})?(?:${PHP_HEAD})|\x60[^\x60\n]{0,80}\$_(?:GET|POST|REQUEST)`,
    ),
    not: /\bescapeshellarg\s{0,8}\(\s{0,8}\$_/,
    also: REQ_PHP_RE,
    why: "runs a shell command built from request input (command injection, CWE-78)",
  },
  {
    id: "php.eval_request",
    kind: "app_weakness",
    lit: ["eval(", "assert(", "create_function(", "preg_replace(", "call_user_func", "$_"],
    re: new RegExp(
      String
        .raw`\b(?:eval|assert|create_function)\s{0,8}\(\s{0,8}(?:["'][^"'\n]{0,80}["']\s{0,8}\.\s{0,8})?(?:base64_decode\s{0,8}\(\s{0,8})?(?:${PHP_HEAD})|\bpreg_replace\s{0,8}\(\s{0,8}["'](.)[^"'\n]{0,80}\1[a-z]{0,5}e[a-z]{0,5}["']|\bcall_user_func(?:_array)?\s{0,8}\(\s{0,8}(?:${PHP_HEAD})|\$_(?:GET|POST|REQUEST)\s{0,8}\[[^\]\n]{1,40}\]\s{0,8}\(\s{0,8}\$_(?:GET|POST|REQUEST)`,
    ),
    also: REQ_PHP_RE,
    why: "evaluates request input as PHP code (web shell, code injection)",
  },
  {
    id: "php.include_request",
    kind: "app_weakness",
    lit: ["$_", "$request->", "request()->", "input::get", "php://input"],
    re: new RegExp(
      String
        .raw`\b(?:include|include_once|require|require_once)\s{0,8}\(?\s{0,8}(?:["'][^"'\n]{0,80}["']\s{0,8}\.\s{0,8})?(?:${PHP_HEAD})`,
    ),
    not:
      /\bin_array\s{0,8}\(\s{0,8}\$_(?:GET|POST|REQUEST)[^\n]{0,80}\b(?:allowed|whitelist|pages)\b|\bbasename\s{0,8}\(\s{0,8}\$_/i,
    also: REQ_PHP_RE,
    why: "includes a file named by the request (local/remote file inclusion)",
  },
  {
    id: "php.unserialize_request",
    kind: "app_weakness",
    lit: ["$_", "$request->", "request()->", "input::get", "php://input"],
    re: new RegExp(
      String
        .raw`\bunserialize\s{0,8}\(\s{0,8}(?:base64_decode\s{0,8}\(\s{0,8}|urldecode\s{0,8}\(\s{0,8}|stripslashes\s{0,8}\(\s{0,8})?(?:${PHP_HEAD})`,
    ),
    not: /allowed_classes["']?\s{0,8}=>\s{0,8}false/,
    also: REQ_PHP_RE,
    why: "unserializes request data (PHP object injection, CWE-502)",
  },
  {
    id: "php.curl_ssl_off",
    kind: "defense_evasion",
    lit: ["verify_peer", "curlopt_ssl_verify", "withoutverifying", "'verify'", '"verify"'],
    re:
      /\bCURLOPT_SSL_VERIFY(?:PEER|HOST)\s{0,8}(?:,|=>)\s{0,8}(?:0|false|FALSE)\b|["']verify_peer(?:_name)?["']\s{0,8}=>\s{0,8}false\b|\bwithoutVerifying\s{0,8}\(\s{0,8}\)|["']verify["']\s{0,8}=>\s{0,8}false/i,
    not: DEV_GUARD,
    why: "turns TLS certificate verification off for outgoing HTTPS (man-in-the-middle)",
  },
  {
    id: "php.laravel_debug_prod",
    kind: "app_weakness",
    lit: "app_debug",
    re: /^APP_DEBUG\s{0,8}=\s{0,8}["']?true\b/im,
    also: /^APP_ENV\s{0,8}=\s{0,8}["']?prod(?:uction)?\b/im,
    why: "turns Laravel debug mode on in production (stack traces, environment and keys shown)",
  },
  {
    id: "php.ini_display_errors_prod",
    kind: "app_weakness",
    lit: ["display_errors", "expose_php", "disable_functions", "open_basedir"],
    re:
      /^\s{0,4}(?:display_errors\s{0,8}=\s{0,8}["']?(?:On|1|stdout)\b|expose_php\s{0,8}=\s{0,8}["']?(?:On|1)\b|disable_functions\s{0,8}=\s{0,8}["']?\s{0,8}["']?\s{0,8}$|open_basedir\s{0,8}=\s{0,8}["']?\s{0,8}["']?\s{0,8}$)|\bini_set\s{0,8}\(\s{0,8}["']display_errors["']\s{0,8},\s{0,8}["']?(?:1|On|stdout)/im,
    also:
      /\bprod(?:uction)?\b|\bphp\.ini\b|\[PHP\]|\bmemory_limit\b|\bmax_execution_time\b|\bpost_max_size\b/i,
    not:
      /\berror_reporting\s{0,8}=\s{0,8}E_ALL\s{0,8}$[\s\S]{0,200}\bdevelopment\b|php\.ini-development/im,
    why:
      "shows PHP errors or the PHP version to visitors, or empties disable_functions/open_basedir in production",
  },
  {
    id: "php.upload_no_check",
    kind: "app_weakness",
    lit: "move_uploaded_file",
    re:
      /\bmove_uploaded_file\s{0,8}\(\s{0,8}\$_FILES\s{0,8}\[[^\]\n]{1,40}\]\s{0,8}\[\s{0,8}["']tmp_name["']\s{0,8}\]\s{0,8},[^\n;]{0,160}\$_FILES\s{0,8}\[[^\]\n]{1,40}\]\s{0,8}\[\s{0,8}["']name["']\s{0,8}\]/,
    not:
      /\bpathinfo\s{0,8}\([^\n]{0,120}PATHINFO_EXTENSION|\bin_array\s{0,8}\([^\n]{0,80}\b(?:allowed|ext)|\bfinfo_file\s{0,8}\(|\bgetimagesize\s{0,8}\(/i,
    why:
      "stores an upload under the client's file name with no extension or type check (web shell upload)",
  },
  {
    id: "php.wp_auth_shortcut",
    kind: "privilege_escalation",
    lit: ["wp_set_auth_cookie", "wp_set_current_user", "add_role", "add_cap", "wp_insert_user"],
    re: new RegExp(
      String
        .raw`(?:${PHP_HEAD})[^\n]{0,160}\)\s{0,4}\{?[\s\S]{0,200}?\b(?:wp_set_auth_cookie|wp_set_current_user)\s{0,8}\(|\b(?:add_cap|add_role)\s{0,8}\([^\n]{0,80}["']administrator["']|\bwp_insert_user\s{0,8}\([^\n]{0,200}["']role["']\s{0,8}=>\s{0,8}["']administrator["']`,
    ),
    also: new RegExp(
      `${PHP_HEAD}|\\badd_action\\s{0,8}\\(\\s{0,8}["'](?:init|wp_loaded|plugins_loaded)`,
    ),
    why: "logs a request in as a WordPress user, or creates an administrator, from request input",
  },
  {
    id: "php.wp_debug_display_prod",
    kind: "app_weakness",
    lit: ["wp_debug_display", "disallow_file_edit", "disallow_unfiltered_html"],
    re:
      /define\s{0,8}\(\s{0,8}["']WP_DEBUG_DISPLAY["']\s{0,8},\s{0,8}true\s{0,8}\)|define\s{0,8}\(\s{0,8}["']DISALLOW_FILE_EDIT["']\s{0,8},\s{0,8}false\s{0,8}\)|define\s{0,8}\(\s{0,8}["']DISALLOW_UNFILTERED_HTML["']\s{0,8},\s{0,8}false\s{0,8}\)/i,
    also: /\bDB_HOST\b|\bDB_PASSWORD\b|\bWP_ENVIRONMENT_TYPE["']\s{0,8},\s{0,8}["']production/,
    why:
      "shows WordPress errors to visitors or lets admins edit PHP from the dashboard in production",
  },
  {
    id: "php.sql_concat_request",
    kind: "app_weakness",
    lit: ["$_", "$request->", "request()->", "input::get", "php://input"],
    re: new RegExp(
      String
        .raw`\b(?:mysqli_query|mysql_query|pg_query|->query|->exec|DB::(?:select|statement|raw|unprepared)|->whereRaw|->selectRaw|->orderByRaw)\s{0,8}\([^\n;]{0,200}(?:["']\s{0,8}\.\s{0,8}(?:${PHP_HEAD})|\{?\$_(?:GET|POST|REQUEST)\s{0,8}\[[^\]\n]{1,40}\]\}?[^\n;]{0,40}["'])`,
    ),
    also: REQ_PHP_RE,
    why: "builds a SQL statement by concatenating request input (SQL injection, CWE-89)",
  },
  {
    id: "php.ssrf_request",
    kind: "app_weakness",
    lit: ["$_", "$request->", "request()->", "input::get", "php://input"],
    re: new RegExp(
      String
        .raw`\b(?:file_get_contents|fopen|curl_init|readfile|Http::get|getimagesize)\s{0,8}\(\s{0,8}(?:${PHP_HEAD})|CURLOPT_URL\s{0,8},\s{0,8}(?:${PHP_HEAD})`,
    ),
    not: /php:\/\/input/,
    also: REQ_PHP_RE,
    why: "fetches or reads whatever URL or path the request names (SSRF, file disclosure)",
  },
];
