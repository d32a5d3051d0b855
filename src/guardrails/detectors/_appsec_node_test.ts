import { type AppsecCase, runCases } from "./_appsec_testing.ts";

const EXPRESS = "const express = require('express');\nconst app = express();\n";

const CASES: AppsecCase[] = [
  {
    id: "js.child_process_request",
    block: [
      `${EXPRESS}const { exec } = require('child_process');\napp.get('/dns', (req, res) => {\n  exec(\`nslookup \${req.query.host}\`, (e, out) => res.send(out));\n});\n`,
    ],
    pass: [
      `${EXPRESS}const { execFile } = require('child_process');\napp.get('/dns', (req, res) => {\n  execFile('nslookup', [req.query.host], (e, out) => res.send(out));\n});\n`,
    ],
  },
  {
    id: "js.eval_request",
    block: [
      `${EXPRESS}app.post('/calc', (req, res) => {\n  res.json({ result: eval(req.body.expression) });\n});\n`,
      `const result = vm.runInNewContext(req.query.code, {});\n`,
    ],
    pass: [
      `${EXPRESS}app.post('/calc', (req, res) => {\n  res.json({ result: mathjs.evaluate(req.body.expression) });\n});\n`,
    ],
  },
  {
    id: "js.eval_var_request",
    block: [
      `${EXPRESS}app.post('/rule', (req, res) => {\n  const { expression } = req.body;\n  const fn = new Function('row', 'return ' + expression);\n  res.json(rows.filter(fn));\n});\n`,
    ],
    pass: [`const fn = new Function('a', 'b', 'return a + b');\n`],
  },
  {
    id: "js.unserialize_request",
    block: [
      `const serialize = require('node-serialize');\napp.get('/', (req, res) => {\n  const prefs = serialize.unserialize(Buffer.from(req.cookies.prefs, 'base64').toString());\n  res.send(prefs.theme);\n});\n`,
    ],
    pass: [`const prefs = JSON.parse(Buffer.from(req.cookies.prefs, 'base64').toString());\n`],
  },
  {
    id: "js.tls_reject_unauthorized",
    block: [
      `const agent = new https.Agent({ rejectUnauthorized: false });\nconst res = await axios.get(PAYMENTS_URL, { httpsAgent: agent });\n`,
      `process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';\n`,
    ],
    pass: [
      `const agent = new https.Agent({ rejectUnauthorized: true, ca: fs.readFileSync('ca.pem') });\n`,
      `if (process.env.NODE_ENV !== 'production') {\n  agent = new https.Agent({ rejectUnauthorized: false });\n}\n`,
    ],
  },
  {
    id: "js.cors_reflect_credentials",
    block: [
      `app.use(cors({ origin: true, credentials: true }));\n`,
      `app.use((req, res, next) => {\n  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);\n  res.setHeader('Access-Control-Allow-Credentials', 'true');\n  next();\n});\n`,
    ],
    pass: [
      `app.use(cors({ origin: ['https://app.example.com', 'https://admin.example.com'], credentials: true }));\n`,
      `app.use(cors({ origin: '*' }));\n`,
    ],
  },
  {
    id: "js.helmet_csp_off",
    block: [`app.use(helmet({ contentSecurityPolicy: false }));\n`],
    pass: [
      `app.use(helmet({ contentSecurityPolicy: { directives: { defaultSrc: ["'self'"] } } }));\n`,
    ],
  },
  {
    id: "js.express_auth_bypass_header",
    block: [
      `function requireAuth(req, res, next) {\n  if (req.headers['x-admin-override'] === 'letmein-2024') {\n    req.account = { uid: -1, scope: 'admin' };\n    return next();\n  }\n  return verifySession(req, res, next);\n}\n`,
    ],
    pass: [
      `function requireAuth(req, res, next) {\n  const id = req.headers['x-request-id'];\n  return verifySession(req, res, next);\n}\n`,
    ],
  },
  {
    id: "js.jwt_verify_ignored",
    block: [
      `function auth(req, res, next) {\n  const token = req.headers.authorization.split(' ')[1];\n  req.user = jwt.decode(token);\n  next();\n}\n`,
    ],
    pass: [
      `const claims = jwt.verify(bearer, publicPem, { algorithms: ['ES256'], audience: 'orders' });\n`,
    ],
  },
  {
    id: "js.open_redirect",
    block: [`app.get('/login/done', (req, res) => {\n  res.redirect(req.query.returnTo);\n});\n`],
    pass: [
      `app.get('/login/done', (req, res) => {\n  const to = req.query.returnTo;\n  res.redirect(to.startsWith('/') && !to.startsWith('//') ? to : '/');\n});\n`,
    ],
  },
  {
    id: "js.ssrf_fetch_request",
    block: [
      `app.get('/proxy', async (req, res) => {\n  const r = await fetch(req.query.url);\n  res.send(await r.text());\n});\n`,
    ],
    pass: [
      `app.get('/proxy', async (req, res) => {\n  const r = await fetch(API_BASE + '/items');\n  res.send(await r.text());\n});\n`,
    ],
  },
  {
    id: "js.path_traversal_sendfile",
    block: [
      `app.get('/files', (req, res) => {\n  res.sendFile(path.join(__dirname, 'uploads', req.query.name));\n});\n`,
    ],
    pass: [
      `app.get('/files', (req, res) => {\n  res.sendFile(path.basename(req.query.name), { root: UPLOADS });\n});\n`,
    ],
  },
  {
    id: "js.dom_xss_sink",
    block: [
      `const q = new URLSearchParams(location.search);\ndocument.getElementById('greeting').innerHTML = 'Hello ' + q.get('name') + location.hash;\n`,
    ],
    pass: [
      `document.getElementById('greeting').textContent = 'Hello ' + new URLSearchParams(location.search).get('name');\n`,
    ],
  },
  {
    id: "js.postmessage_any_origin",
    block: [`window.parent.postMessage({ type: 'session', accessToken: session.token }, '*');\n`],
    pass: [`window.parent.postMessage({ type: 'resize', height: 300 }, '*');\n`],
  },
  {
    id: "js.express_session_insecure",
    block: [
      `app.use(session({ secret: process.env.S, cookie: { sameSite: 'none', secure: false } }));\n`,
      `res.cookie('session_id', sid, { httpOnly: false, maxAge: 86400000 });\n`,
    ],
    pass: [
      `app.use(session({ secret: process.env.S, cookie: { sameSite: 'none', secure: true, httpOnly: true } }));\n`,
    ],
  },
  {
    id: "js.prototype_merge_request",
    block: [
      `app.post('/settings', (req, res) => {\n  _.merge(userSettings, req.body);\n  res.sendStatus(204);\n});\n`,
    ],
    pass: [`const cfg = _.merge({}, DEFAULTS, fileConfig);\n`],
  },
  {
    id: "js.next_middleware_bypass",
    block: [
      `export const config = { matcher: ['/((?!admin|_next/static|favicon.ico).*)'] };\n`,
    ],
    pass: [
      `export const config = { matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'] };\n`,
    ],
  },
  {
    id: "js.nest_public_admin",
    block: [
      `@Public()\n@Delete('admin/users/:id')\nremove(@Param('id') id: string) {\n  return this.users.remove(id);\n}\n`,
    ],
    pass: [`@Public()\n@Get('health')\nhealth() {\n  return { ok: true };\n}\n`],
  },
];

runCases("node", CASES);
