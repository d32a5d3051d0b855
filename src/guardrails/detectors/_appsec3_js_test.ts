import { type AppsecCase, runCases } from "./_appsec_testing.ts";

const CASES: AppsecCase[] = [
  {
    id: "js3.math_random_secret",
    block: [
      `export function makeApiKey(): string {\n  return "ak_" + Math.random().toString(36).slice(2, 18);\n}\n`,
      `function genSalt() {\n  return Math.random().toString(36).slice(2);\n}\n`,
      `const createResetCode = () => Math.random().toString(16).slice(2, 8);\n`,
    ],
    pass: [
      `import { randomBytes } from "node:crypto";\nexport function makeApiKey(): string {\n  return "ak_" + randomBytes(16).toString("hex");\n}\n`,
      `const hue = Math.random().toString(16).slice(2, 8);\nel.style.color = "#" + hue;\n`,
      `const inviteCode = crypto.randomUUID();\n`,
    ],
  },
  {
    id: "js3.create_cipher_no_iv",
    block: [
      `const cipher = crypto.createCipher("aes192", secret);\nlet out = cipher.update(data, "utf8", "base64");\n`,
      `const d = crypto.createDecipher('aes-256-cbc', process.env.APP_KEY);\n`,
      "const c = crypto.createCipher(`des-ede3`, pass);\n",
    ],
    pass: [
      `const iv = crypto.randomBytes(12);\nconst cipher = crypto.createCipheriv("aes-256-gcm", key, iv);\n`,
      `const d = crypto.createDecipheriv('aes-256-gcm', key, iv);\n`,
      `// see createCipheriv in the Node docs\nconst h = crypto.createHash("sha256");\n`,
    ],
  },
  {
    id: "js3.zip_slip_entry_path",
    block: [
      `const yauzl = require("yauzl");\nzip.on("entry", (entry) => {\n  const target = path.join(dest, entry.fileName);\n  zip.openReadStream(entry, (e, s) => s.pipe(fs.createWriteStream(target)));\n});\n`,
      `const AdmZip = require("adm-zip");\nfor (const entry of new AdmZip(buf).getEntries()) {\n  fs.writeFileSync(path.resolve(outDir, entry.entryName), entry.getData());\n}\n`,
      `const tar = require("tar-stream");\nextract.on("entry", (header, stream, next) => {\n  stream.pipe(fs.createWriteStream(path.join(root, header.name)));\n});\n`,
    ],
    pass: [
      `const yauzl = require("yauzl");\nzip.on("entry", (entry) => {\n  const target = path.join(dest, entry.fileName);\n  if (!target.startsWith(dest + path.sep)) return;\n  zip.openReadStream(entry, (e, s) => s.pipe(fs.createWriteStream(target)));\n});\n`,
      `const AdmZip = require("adm-zip");\nnew AdmZip(buf).extractAllTo(outDir, true);\n`,
      `const p = path.join(root, header.name);\nconsole.log(p);\n`,
    ],
  },
  {
    id: "js3.electron_grant_all_permissions",
    block: [
      `session.defaultSession.setPermissionRequestHandler((wc, permission, callback) => {\n  callback(true);\n});\n`,
      `ses.setPermissionCheckHandler(() => true);\n`,
      `win.webContents.session.setPermissionRequestHandler(async (_wc, _p, cb) => { cb(true); });\n`,
    ],
    pass: [
      `session.defaultSession.setPermissionRequestHandler((wc, permission, callback) => {\n  callback(permission === "clipboard-sanitized-write");\n});\n`,
      `ses.setPermissionCheckHandler(() => false);\n`,
      `session.defaultSession.setPermissionRequestHandler((wc, permission, callback) => {\n  const ok = new URL(wc.getURL()).origin === APP_ORIGIN && ALLOWED.has(permission);\n  callback(ok);\n});\n`,
    ],
  },
  {
    id: "js3.jwt_decode_as_auth",
    block: [
      `app.get("/admin", (req, res) => {\n  const who = jwt.decode(req.query.t);\n  if (!who?.admin) return res.sendStatus(403);\n  res.render("admin");\n});\n`,
      `const payload = jwt.decode(req.headers["x-access-token"]);\nif (payload.role === "admin") return next();\n`,
      `router.use((ctx, next) => {\n  ctx.state.user = jwt.decode(ctx.headers.authorization.slice(7));\n  return next();\n});\n`,
    ],
    pass: [
      `export function auth(req, res, next) {\n  const claims = jwt.verify(req.cookies.session, PUBLIC_KEY, { algorithms: ["RS256"] });\n  req.user = claims;\n  next();\n}\n`,
      `const header = jwt.decode(req.headers["x-access-token"], { complete: true }).header;\nconst key = await jwks.getSigningKey(header.kid);\nconst payload = jwt.verify(req.headers["x-access-token"], key.getPublicKey());\n`,
      `const exp = jwt.decode(storedToken).exp;\nif (Date.now() / 1000 > exp) await refresh();\n`,
    ],
  },
  {
    id: "js3.mongo_password_from_body",
    block: [
      `app.post("/login", async (req, res) => {\n  const u = await db.collection("users").findOne({ email: req.body.email, password: req.body.password });\n  res.json({ ok: !!u });\n});\n`,
      `router.get("/auth", async (req, res) => {\n  const user = await User.find({ login: req.query.login, pass: req.query.pass });\n  res.send(user);\n});\n`,
      `const admin = await Admin.findOne({ password: req.body.pw, name: "root" });\nif (admin && req.body) grant();\n`,
    ],
    pass: [
      `app.post("/login", async (req, res) => {\n  const u = await db.collection("users").findOne({ email: String(req.body.email) });\n  const ok = u && await bcrypt.compare(String(req.body.password), u.passwordHash);\n  res.json({ ok });\n});\n`,
      `const user = await User.findOne({ email: req.body.email });\n`,
      `const u = await User.findOne({ password: hashed });\n`,
    ],
  },
  {
    id: "js3.angular_bypass_untrusted",
    block: [
      `ngOnInit() {\n  this.banner = this.sanitizer.bypassSecurityTrustHtml(this.route.snapshot.queryParamMap.get("banner"));\n}\n`,
      `this.note = this.sanitizer.bypassSecurityTrustHtml(this.activatedRoute.snapshot.fragment);\n`,
      `window.addEventListener("message", (event) => {\n  this.widget = this.sanitizer.bypassSecurityTrustHtml(event.data);\n});\n`,
    ],
    pass: [
      `this.banner = this.sanitizer.bypassSecurityTrustHtml(marked.parse(DOMPurify.sanitize(STATIC_BANNER)));\n`,
      `this.banner = this.sanitizer.sanitize(SecurityContext.HTML, this.route.snapshot.queryParamMap.get("banner"));\n`,
      `this.icon = this.sanitizer.bypassSecurityTrustResourceUrl("/assets/icons.svg");\n`,
    ],
  },
  {
    id: "js3.request_path_to_file_sink",
    block: [
      'router.get("/export", (req, res) => {\n  const target = path.join(EXPORT_DIR, req.query.file);\n  res.download(target);\n});\n',
      'app.get("/page/:slug", async (req, res) => {\n  const f = path.resolve("content", req.params.slug + ".md");\n  res.send(md.render(await fs.promises.readFile(f, "utf8")));\n});\n',
      'router.post("/preview", (ctx) => {\n  let p = path.join(ROOT, ctx.request.body.name);\n  ctx.body = fs.createReadStream(p);\n});\n',
    ],
    pass: [
      'router.get("/export", (req, res) => {\n  const target = path.join(EXPORT_DIR, req.query.file);\n  if (!target.startsWith(EXPORT_DIR + path.sep)) return res.sendStatus(400);\n  res.download(target);\n});\n',
      'router.get("/export", (req, res) => {\n  const target = path.join(EXPORT_DIR, path.basename(req.query.file));\n  res.download(target);\n});\n',
      'router.get("/export", (req, res) => {\n  const target = path.join(EXPORT_DIR, "latest.csv");\n  res.download(target);\n});\n',
    ],
  },
  {
    id: "js3.session_cookie_insecure",
    block: [
      'app.use(cookieSession({ name: "sid", keys: [process.env.KEY], secure: false }));\n',
      "export const authOptions: NextAuthOptions = { providers, useSecureCookies: false };\n",
      'app.use(\n  cookieSession({\n    name: "s",\n    secret: cfg.secret,\n    sameSite: "none",\n    secure: false,\n  }),\n);\n',
    ],
    pass: [
      'app.use(cookieSession({ name: "sid", keys: [process.env.KEY], secure: true, httpOnly: true }));\n',
      "export const authOptions: NextAuthOptions = { providers, useSecureCookies: true };\n",
      'app.use(cookieSession({ name: "sid", keys: [k], secure: process.env.NODE_ENV === "production" }));\n',
    ],
  },
];

runCases("appsec3 javascript", CASES);
