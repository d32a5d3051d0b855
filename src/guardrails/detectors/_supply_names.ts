/**
 * Look-alike package names (typosquats): a name one edit away from one of the most-installed npm
 * and PyPI packages — a letter dropped, doubled, swapped with its neighbour or replaced — as the
 * published typosquatting studies describe them (Taylor et al. "SpellBound" / "typomania",
 * Socket's and Phylum's registry monitors, the PyPI SK-CSIRT and npm crossenv removals).
 * Real packages one edit from a popular one (`request`, `preact`, `tslint`, `scapy`, `mysql2`)
 * are listed and pass.
 */

/** Popular names (npm and PyPI), five characters or longer. */
const POPULAR = new Set([
  "react",
  "lodash",
  "express",
  "axios",
  "chalk",
  "commander",
  "moment",
  "debug",
  "webpack",
  "typescript",
  "eslint",
  "prettier",
  "jquery",
  "dotenv",
  "yargs",
  "mongoose",
  "socket.io",
  "body-parser",
  "jsonwebtoken",
  "bcrypt",
  "nodemon",
  "mocha",
  "underscore",
  "colors",
  "minimist",
  "rimraf",
  "mkdirp",
  "semver",
  "redis",
  "sequelize",
  "cross-env",
  "node-fetch",
  "puppeteer",
  "electron",
  "discord.js",
  "tailwindcss",
  "rollup",
  "esbuild",
  "nodemailer",
  "requests",
  "numpy",
  "pandas",
  "django",
  "flask",
  "urllib3",
  "setuptools",
  "boto3",
  "botocore",
  "python-dateutil",
  "pyyaml",
  "certifi",
  "charset-normalizer",
  "cryptography",
  "jinja2",
  "click",
  "pytest",
  "matplotlib",
  "scipy",
  "scikit-learn",
  "tensorflow",
  "torch",
  "pillow",
  "beautifulsoup4",
  "selenium",
  "sqlalchemy",
  "psycopg2",
  "colorama",
  "pydantic",
  "fastapi",
  "uvicorn",
  "aiohttp",
  "openai",
  "transformers",
  "langchain",
  "paramiko",
  "pycrypto",
  "pycryptodome",
  "websocket",
]);

/** Real packages one edit away from a popular one. */
const REAL = new Set([
  "request",
  "preact",
  "tslint",
  "scapy",
  "mysql2",
  "jinja",
  "panda",
  "openapi",
  "color",
  "colorama",
  "colors",
  "reactn",
  "pytest-",
  "torchx",
  "click-",
  "flake",
  "boto",
  "pyaml",
  "pillow-simd",
  "expresso",
  "chalk-",
  "mocha-",
  "debugs",
  "rollup-",
  "moments",
  "axios-",
  "requests-",
  "numpy-",
  "websockets",
  "django-",
  "flask-",
  "redis-",
  "pandas-",
  "sqlalchemy-",
  "pycryptodomex",
]);

/** True when `a` and `b` are one edit apart (deletion, insertion, substitution, adjacent swap). */
function oneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const DIGIT_LOOK: Record<string, string> = { "0": "o", "1": "l", "3": "e", "5": "s" };

/** The popular package `name` imitates, or undefined. */
export function lookAlikeOf(name: string): string | undefined {
  const n = name.toLowerCase();
  if (n.length < 5 || n.length > 40 || POPULAR.has(n) || REAL.has(n)) return undefined;
  const folded = n.replace(/[0135]/g, (d) => DIGIT_LOOK[d]).replace(/_/g, "-");
  for (const p of POPULAR) {
    if (folded !== n && folded === p) return p;
    if (oneEdit(n, p) && !REAL.has(n)) return p;
  }
  return undefined;
}

/** An install command's package list (group 1), up to the end of the command. */
const INSTALL_ARGS =
  /\b(?:npm\s{1,3}(?:i|install|add)|yarn\s{1,3}add|pnpm\s{1,3}(?:add|i|install)|bun\s{1,3}add|pip[\d.]{0,4}\s{1,3}install|uv\s{1,3}(?:add|pip\s{1,3}install)|poetry\s{1,3}add|pipenv\s{1,3}install)\s([^\n;&|]{1,300})/gi;

/** True when an install command in `view` names a look-alike of a popular package. */
export function installsLookAlike(view: string): boolean {
  for (const m of view.matchAll(INSTALL_ARGS)) {
    for (const raw of m[1].split(/\s{1,10}/)) {
      if (raw.startsWith("-") || raw.includes("/") && !raw.startsWith("@")) continue;
      const name = raw.replace(/^["']|["']$/g, "").replace(/(?<=.)[@=<>~!\[].{0,80}$/, "");
      if (lookAlikeOf(name) !== undefined) return true;
    }
  }
  return false;
}

/**
 * npm scopes that publish the SDKs and MCP servers agents install by name (`npx -y
 * @modelcontextprotocol/server-github`). A scope one edit away (`@modelcontext-protocol`,
 * `@anthropic-al`) or equal once digits are read as letters is the scope-level typosquat the
 * registry monitors report; a real scope that close to a popular one is listed in
 * {@link REAL_SCOPES}.
 */
const POPULAR_SCOPES = new Set([
  "modelcontextprotocol",
  "anthropic-ai",
  "openai",
  "playwright",
  "microsoft",
  "azure",
  "aws-sdk",
  "google-cloud",
  "googleapis",
  "github",
  "octokit",
  "vercel",
  "supabase",
  "cloudflare",
  "stripe",
  "sentry",
  "types",
  "babel",
  "angular",
  "nestjs",
  "notionhq",
  "upstash",
  "langchain",
  "mistralai",
  "huggingface",
  "prisma",
  "tanstack",
  "firebase",
  "slack",
  "twilio",
]);
/** Real scopes one edit away from a popular one. */
const REAL_SCOPES = new Set(["azure-rest", "githubnext", "primer", "prism", "slackapi"]);

/** The popular scope `scope` imitates, or undefined. */
export function lookAlikeScope(scope: string): string | undefined {
  const n = scope.toLowerCase();
  if (n.length < 5 || POPULAR_SCOPES.has(n) || REAL_SCOPES.has(n)) return undefined;
  const folded = n.replace(/[0135]/g, (d) => DIGIT_LOOK[d]);
  for (const p of POPULAR_SCOPES) {
    if (p.length < 5) continue;
    if (folded === p || oneEdit(n, p)) return p;
  }
  return undefined;
}

/** A scoped npm package name: `@scope/name`, not an e-mail address or a decorator. */
const SCOPED = /(?<![\w.@-])@([a-z0-9][a-z0-9._-]{3,40})\/[a-z0-9][\w.-]{0,80}/gi;

/** True when `view` names a package from a look-alike of a popular npm scope. */
export function namesLookAlikeScope(view: string): boolean {
  for (const m of view.matchAll(SCOPED)) {
    if (lookAlikeScope(m[1]) !== undefined) return true;
  }
  return false;
}
