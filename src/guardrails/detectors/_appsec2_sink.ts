/**
 * Second pass, template and client-side sinks (semgrep/CodeQL SSTI and DOM queries): request
 * input compiled as a Go, Velocity or FreeMarker template or used as a Python format string;
 * URL-controlled redirects in the browser; message listeners that run what any window posts.
 */
import {
  type AppsecRule,
  GO_HEAD,
  JAVA_HEAD,
  PY_HEAD,
  REQ_GO_RE,
  REQ_JAVA_RE,
  REQ_PY_RE,
} from "./_appsec_core.ts";

export const APPSEC2_SINK_RULES: AppsecRule[] = [
  {
    id: "go2.template_parse_request",
    kind: "app_weakness",
    lit: [".parse("],
    re: new RegExp(
      String
        .raw`\btemplate\.(?:New\s{0,4}\([^\n)]{0,40}\)\s{0,4}(?:\.\w{1,12}\s{0,4}\([^\n)]{0,40}\)\s{0,4}){0,2}|Must\s{0,4}\(\s{0,4}template\.New\s{0,4}\([^\n)]{0,40}\)\s{0,4})\.Parse\s{0,4}\(\s{0,4}(?:${GO_HEAD}|string\s{0,4}\(\s{0,4}body\s{0,4}\))`,
    ),
    also: REQ_GO_RE,
    why: "compiles a Go template from request input (server-side template injection)",
  },
  {
    id: "py2.format_string_request",
    kind: "app_weakness",
    lit: [".format(", "format_map("],
    re: new RegExp(
      String
        .raw`${PY_HEAD}(?:\.get\s{0,4}\(\s{0,4}["'][\w-]{1,30}["'][^\n)]{0,30}\)|\s{0,4}\[\s{0,4}["'][\w-]{1,30}["']\s{0,4}\])\s{0,4}\.format(?:_map)?\s{0,4}\(`,
    ),
    also: REQ_PY_RE,
    why: "uses request input as a format string (attribute walk to globals and secrets)",
  },
  {
    id: "java2.template_engine_request",
    kind: "app_weakness",
    lit: ["velocity.evaluate", "new template(", "puttemplate"],
    re: new RegExp(
      String
        .raw`\bVelocity\.evaluate\s{0,4}\([^\n]{0,80}${JAVA_HEAD}\s{0,4}\(|\bnew\s{1,4}Template\s{0,4}\([^\n]{0,40}new\s{1,4}StringReader\s{0,4}\(\s{0,4}${JAVA_HEAD}\s{0,4}\(|\bputTemplate\s{0,4}\([^\n]{0,40}${JAVA_HEAD}\s{0,4}\(`,
    ),
    also: REQ_JAVA_RE,
    why: "compiles a Velocity/FreeMarker template from request input (SSTI to code execution)",
  },
  {
    id: "js2.dom_open_redirect",
    kind: "app_weakness",
    lit: ["location.href", "location.assign", "location.replace", "window.location ="],
    re:
      /\b(?:(?:window|document|top)\.)?location(?:\.href)?\s{0,4}=\s{0,4}(?:new\s{1,4}URLSearchParams\s{0,4}\(\s{0,4}(?:window\.)?location\.search\s{0,4}\)\.get\s{0,4}\(|params\.get\s{0,4}\(|searchParams\.get\s{0,4}\(|(?:next|redirect|redirectUrl|returnUrl|returnTo)\s{0,4};)|\blocation\.(?:assign|replace)\s{0,4}\(\s{0,4}(?:new\s{1,4}URLSearchParams\s{0,4}\([^\n)]{0,40}\)\.get\s{0,4}\(|(?:params|searchParams)\.get\s{0,4}\(|(?:next|redirect|redirectUrl|returnUrl|returnTo)\s{0,4}\))/,
    also:
      /\bURLSearchParams\s{0,4}\(\s{0,4}(?:window\.)?location\.search|\blocation\.search\b|\bsearchParams\.get\s{0,4}\(\s{0,4}["'](?:next|redirect|url|return\w{0,6}|continue)["']/,
    not:
      /\.origin\s{0,4}={2,3}\s{0,4}(?:window\.)?location\.origin|startsWith\s{0,4}\(\s{0,4}["']\/(?!\/)|new\s{1,4}URL\s{0,4}\([^\n]{0,60}\)\.(?:origin|host)\s{0,4}[!=]==/,
    why: "sends the browser to a URL taken from the query string (open redirect, javascript: XSS)",
  },
  {
    id: "js2.message_listener_eval",
    kind: "app_weakness",
    lit: ['addeventlistener("message"', "addeventlistener('message'", "onmessage"],
    re:
      /\b(?:addEventListener\s{0,4}\(\s{0,4}["']message["']|onmessage\s{0,4}=)[\s\S]{0,200}\b(?:eval|new\s{1,4}Function|setTimeout|document\.write)\s{0,4}\(\s{0,4}(?:e|ev|evt|event|msg|message)\.data\b|\b(?:addEventListener\s{0,4}\(\s{0,4}["']message["']|onmessage\s{0,4}=)[\s\S]{0,200}\blocation(?:\.href)?\s{0,4}=\s{0,4}(?:e|ev|evt|event|msg)\.data\b/,
    not: /\.origin\s{0,4}(?:!==?|===?)|allowedOrigins|ALLOWED_ORIGINS|trustedOrigin/,
    why:
      "runs or navigates to whatever any window posts, with no origin check (DOM XSS via postMessage)",
  },
];
