/**
 * Application weaknesses in Ruby (Rails, Sinatra), in Brakeman's terms: command, code, YAML and
 * Marshal sinks fed by params, authentication skipped on admin controllers, mass assignment with
 * `permit!`, TLS checks off, CSRF protection dropped, production config opened.
 */
import { type AppsecRule, DEV_GUARD, RB_HEAD, REQ_RB_RE } from "./_appsec_core.ts";

export const RUBY_RULES: AppsecRule[] = [
  {
    id: "rb.command_params",
    kind: "app_weakness",
    lit: ["params", "request.", "cookies"],
    re: new RegExp(
      String
        .raw`\b(?:system|exec|spawn|IO\.popen|Open3\.(?:capture[23]e?|popen[23]))\s{0,8}\(?\s{0,8}(?:"[^"\n]{0,80}#\{\s{0,8}(?:${RB_HEAD})|${RB_HEAD})|(?:\x60|%x[({])[^\x60\n]{0,80}#\{\s{0,8}(?:${RB_HEAD})`,
    ),
    also: REQ_RB_RE,
    why: "runs a shell command built from params (command injection)",
  },
  {
    id: "rb.eval_params",
    kind: "app_weakness",
    lit: ["params", "request.", "cookies"],
    re: new RegExp(
      String
        .raw`\b(?:eval|instance_eval|class_eval|module_eval)\s{0,8}\(?\s{0,8}(?:${RB_HEAD})|\.(?:send|public_send|__send__)\s{0,8}\(\s{0,8}(?:${RB_HEAD})|(?:${RB_HEAD})[^\n]{0,40}\.(?:constantize|safe_constantize)\b`,
    ),
    also: REQ_RB_RE,
    why: "evaluates params as Ruby code, or calls a method/class the request names",
  },
  {
    id: "rb.unsafe_deserialize",
    kind: "app_weakness",
    lit: ["params", "request.", "cookies"],
    re: new RegExp(
      String
        .raw`\b(?:Marshal\.load|YAML\.(?:load|unsafe_load)|Psych\.unsafe_load|Oj\.load)\s{0,8}\(\s{0,8}(?:Base64\.(?:decode64|urlsafe_decode64)\s{0,8}\(\s{0,8})?(?:${RB_HEAD}|request\.body\.read)`,
    ),
    also: REQ_RB_RE,
    why: "deserializes params with Marshal/YAML (object construction runs code)",
  },
  {
    id: "rb.skip_auth_admin",
    kind: "privilege_escalation",
    lit: "skip_before_",
    re:
      /class\s{1,8}(?:Admin|Api::Admin|Billing|Payments?|Internal)\w{0,40}(?:::\w{1,40}){0,3}\s{0,8}<\s{0,8}[\w:]{1,80}[\s\S]{0,300}?\bskip_before_(?:action|filter)\s{1,8}:(?:authenticate\w{0,30}|require_(?:login|admin)\w{0,20}|authorize\w{0,20}|verify_admin\w{0,20}|check_admin\w{0,20})\b(?![^\n]{0,40}\bonly:)|\bskip_before_(?:action|filter)\s{1,8}:(?:authenticate_user!|require_login|authorize_admin!?|verify_authenticity_token)\b[^\n]{0,40}\bonly:\s{0,8}\[?[^\n]{0,60}:(?:destroy|update_role|make_admin|impersonate|refund|payout|transfer)\b/,
    why:
      "skips authentication on an admin/payment controller or a role, refund or impersonation action",
  },
  {
    id: "rb.csrf_off",
    kind: "defense_evasion",
    lit: ["protect_from_forgery", "allow_forgery_protection", "verify_authenticity_token"],
    re:
      /\bprotect_from_forgery\s{1,8}with:\s{0,8}:null_session\b(?![\s\S]{0,200}\bapi\b)|\bconfig\.action_controller\.allow_forgery_protection\s{0,8}=\s{0,8}false|class\s{1,8}ApplicationController\b[\s\S]{0,300}?\bskip_before_action\s{1,8}:verify_authenticity_token\b(?![^\n]{0,40}\b(?:only|if):)/,
    not: /config\/environments\/test|Rails\.env\.test\?/,
    why: "turns Rails CSRF protection off for the whole application",
  },
  {
    id: "rb.permit_all",
    kind: "privilege_escalation",
    lit: [".permit", "to_unsafe_h"],
    re:
      /\bparams(?:\.require\s{0,8}\(\s{0,8}:\w{1,30}\s{0,8}\))?\.permit!|\bparams\.to_unsafe_h\b|\.permit\s{0,8}\([^)\n]{0,200}:(?:admin|is_admin|role|roles|superuser|account_id|owner_id|verified|approved|balance|credits)\b/,
    why: "mass-assigns every attribute (or admin/role/balance) from params (mass assignment)",
  },
  {
    id: "rb.ssl_verify_none",
    kind: "defense_evasion",
    lit: ["verify_none", "ssl_verify_mode", "verify:"],
    re:
      /\bverify_mode\s{0,8}(?:=|:|=>)\s{0,8}OpenSSL::SSL::VERIFY_NONE\b|\bOpenSSL::SSL::VERIFY_PEER\s{0,8}=\s{0,8}OpenSSL::SSL::VERIFY_NONE|\bssl_verify_mode\s{0,8}(?:=|:|=>)\s{0,8}:?(?:none|OpenSSL::SSL::VERIFY_NONE)\b|\bverify:\s{0,8}false\b[^\n]{0,80}\bssl\b|\bssl:\s{0,8}\{\s{0,8}verify:\s{0,8}false/,
    not: DEV_GUARD,
    why: "turns TLS certificate verification off (man-in-the-middle)",
  },
  {
    id: "rb.prod_config_open",
    kind: "app_weakness",
    lit: ["consider_all_requests_local", "force_ssl", "web_console", "show_exceptions"],
    re:
      /\bconfig\.consider_all_requests_local\s{0,8}=\s{0,8}true|\bconfig\.web_console\.(?:whitelisted_ips|allowed_ips|permissions)\s{0,8}=\s{0,8}["'](?:0\.0\.0\.0\/0|::\/0)|\bconfig\.force_ssl\s{0,8}=\s{0,8}false/,
    also:
      /production\.rb|Rails\.application\.configure[\s\S]{0,2000}\bconfig\.(?:eager_load\s{0,8}=\s{0,8}true|cache_classes\s{0,8}=\s{0,8}true|log_level\s{0,8}=\s{0,8}:info|assets\.compile\s{0,8}=\s{0,8}false)/,
    why: "shows full error pages or a web console to anyone, or drops HTTPS, in Rails production",
  },
  {
    id: "rb.render_inline_params",
    kind: "app_weakness",
    lit: ["params", "request.", "cookies"],
    re: new RegExp(
      String
        .raw`\brender\s{0,8}\(?\s{0,8}(?:inline|file|template):\s{0,8}(?:${RB_HEAD})|\bERB\.new\s{0,8}\(\s{0,8}(?:${RB_HEAD})|(?:${RB_HEAD})[^\n]{0,20}\.html_safe\b|\braw\s{0,8}\(?\s{0,8}(?:${RB_HEAD})`,
    ),
    also: REQ_RB_RE,
    why: "renders params as a template, file or unescaped HTML (SSTI, file disclosure, XSS)",
  },
  {
    id: "rb.sql_interpolated",
    kind: "app_weakness",
    lit: ["params", "request.", "cookies"],
    re: new RegExp(
      String
        .raw`\.(?:where|find_by_sql|execute|exec_query|order|group|having|pluck|select|joins|from)\s{0,8}\(\s{0,8}"[^"\n]{0,160}#\{\s{0,8}(?:${RB_HEAD})|\.(?:order|reorder|pluck|group)\s{0,8}\(\s{0,8}(?:${RB_HEAD})`,
    ),
    also: REQ_RB_RE,
    why: "builds SQL by interpolating params into an ActiveRecord query (SQL injection)",
  },
  {
    id: "rb.redirect_params",
    kind: "app_weakness",
    lit: ["params", "request.", "cookies"],
    re: new RegExp(
      String.raw`\bredirect_to\s{0,8}\(?\s{0,8}(?:${RB_HEAD})(?![^\n]{0,60}only_path:\s{0,8}true)`,
    ),
    not: /allow_other_host:\s{0,8}false|url_from\s{0,8}\(/,
    also: REQ_RB_RE,
    why: "redirects to the URL the request names (open redirect)",
  },
  {
    id: "rb.send_file_params",
    kind: "app_weakness",
    lit: ["params", "request.", "cookies"],
    re: new RegExp(
      String
        .raw`\b(?:send_file|File\.(?:read|open|binread)|IO\.read)\s{0,8}\(?\s{0,8}(?:(?:Rails\.root\.join|File\.join)\s{0,8}\([^\n)]{0,80},\s{0,8})?(?:"[^"\n]{0,80}#\{\s{0,8})?(?:${RB_HEAD})`,
    ),
    not: /File\.basename\s{0,8}\(\s{0,8}params|\bsanitize_filename\b/,
    also: REQ_RB_RE,
    why: "reads or sends a file path taken from params (path traversal)",
  },
];
