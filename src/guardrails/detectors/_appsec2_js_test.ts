import { type AppsecCase, runCases } from "./_appsec_testing.ts";

const CASES: AppsecCase[] = [
  {
    id: "js2.regexp_request",
    block: [
      `router.get("/find", (req, res) => {\n  const re = new RegExp(req.query.pattern, "i");\n  res.json(items.filter((i) => re.test(i.name)));\n});\n`,
    ],
    pass: [
      `router.get("/find", (req, res) => {\n  const re = new RegExp(escapeRegExp(req.query.pattern), "i");\n});\n`,
    ],
  },
  {
    id: "js2.fs_path_request",
    block: [
      `app.get("/log", async (req, res) => {\n  const data = await fs.promises.readFile(path.join(LOG_DIR, req.query.name));\n  res.send(data);\n});\n`,
    ],
    pass: [
      `app.get("/log", async (req, res) => {\n  const data = await fs.promises.readFile(path.join(LOG_DIR, path.basename(req.query.name)));\n});\n`,
    ],
  },
  {
    id: "js2.template_compile_request",
    block: [
      `app.post("/preview", (req, res) => {\n  const tpl = Handlebars.compile(req.body.template);\n  res.send(tpl({ user }));\n});\n`,
    ],
    pass: [`const tpl = Handlebars.compile(fs.readFileSync("views/mail.hbs", "utf8"));\n`],
  },
  {
    id: "js2.render_view_request",
    block: [
      `app.get("/page", (req, res) => {\n  res.render(req.query.view, { user: req.user });\n});\n`,
      `app.get("/p", (req, res) => {\n  res.render("profile", req.query);\n});\n`,
    ],
    pass: [
      `app.get("/page", (req, res) => {\n  res.render("page", { name: req.query.name });\n});\n`,
    ],
  },
  {
    id: "js2.handlebars_noescape",
    block: [
      `const render = Handlebars.compile(src, { noEscape: true });\nres.send(render({ comment }));\n`,
    ],
    pass: [
      `const render = Handlebars.compile(src, { strict: true });\nres.send(render({ comment }));\n`,
    ],
  },
  {
    id: "js2.electron_node_integration",
    block: [
      `const win = new BrowserWindow({\n  webPreferences: { nodeIntegration: true, contextIsolation: false },\n});\nwin.loadURL(remoteUrl);\n`,
    ],
    pass: [
      `const win = new BrowserWindow({\n  webPreferences: { nodeIntegration: false, contextIsolation: true, preload },\n});\n`,
    ],
  },
  {
    id: "js2.electron_open_external",
    block: [
      `win.webContents.setWindowOpenHandler(({ url }) => {\n  shell.openExternal(url);\n  return { action: "deny" };\n});\n`,
    ],
    pass: [
      `win.webContents.setWindowOpenHandler(({ url }) => {\n  if (new URL(url).protocol === "https:") shell.openExternal(url);\n  return { action: "deny" };\n});\n`,
    ],
  },
  {
    id: "js2.graphql_introspection_prod",
    block: [
      `const server = new ApolloServer({\n  typeDefs,\n  resolvers,\n  introspection: true,\n});\n`,
    ],
    pass: [
      `const server = new ApolloServer({\n  typeDefs,\n  resolvers,\n  introspection: process.env.NODE_ENV !== "production",\n});\n`,
    ],
  },
  {
    id: "js2.graphql_limits_off",
    block: [`const server = new ApolloServer({ typeDefs, resolvers, csrfPrevention: false });\n`],
    pass: [
      `const server = new ApolloServer({ typeDefs, resolvers, csrfPrevention: true, validationRules: [depthLimit(8)] });\n`,
    ],
  },
  {
    id: "js2.xpath_request",
    block: [
      `app.get("/u", (req, res) => {\n  const nodes = xpath.select(\`//user[name='\${req.query.name}']\`, doc);\n});\n`,
    ],
    pass: [`const nodes = xpath.select("//user[@active='true']", doc);\n`],
  },
  {
    id: "js2.ldap_filter_request",
    block: [
      `app.post("/login", (req, res) => {\n  client.search(BASE, { scope: "sub", filter: \`(uid=\${req.body.username})\` }, cb);\n});\n`,
    ],
    pass: [
      `client.search(BASE, { scope: "sub", filter: new EqualityFilter({ attribute: "uid", value: req.body.username }) }, cb);\n`,
    ],
  },
  {
    id: "js2.header_injection",
    block: [
      `app.get("/dl", (req, res) => {\n  res.setHeader("Content-Disposition", "attachment; filename=" + req.query.file);\n});\n`,
    ],
    pass: [
      `app.get("/dl", (req, res) => {\n  res.setHeader("Content-Disposition", contentDisposition(req.query.file));\n});\n`,
    ],
  },
  {
    id: "js2.react_html_request",
    block: [
      `export default function Post({ comment }) {\n  return <div dangerouslySetInnerHTML={{ __html: comment.body }} />;\n}\n`,
    ],
    pass: [
      `export default function Post({ comment }) {\n  return <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(comment.body) }} />;\n}\n`,
    ],
  },
  {
    id: "js2.buffer_noassert_unsafe",
    block: [
      `app.post("/b", (req, res) => {\n  const buf = Buffer.allocUnsafe(parseInt(req.query.size));\n  res.send(buf);\n});\n`,
    ],
    pass: [`const buf = Buffer.alloc(Number(req.query.size) & 0xffff);\n`],
  },
  {
    id: "js2.csrf_after_method_override",
    block: [
      `app.use(cookieParser());\napp.use(csrf({ cookie: true }));\napp.use(methodOverride("_method"));\n`,
    ],
    pass: [`app.use(methodOverride("_method"));\napp.use(csrf({ cookie: true }));\n`],
  },
  {
    id: "js2.next_public_secret",
    block: [
      `NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY=\${SUPABASE_SERVICE_ROLE_KEY}\n`,
      `const s = new Stripe(process.env.NEXT_PUBLIC_STRIPE_SECRET_KEY);\n`,
    ],
    pass: [
      `NEXT_PUBLIC_SUPABASE_ANON_KEY=\${ANON}\nNEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_x\n`,
    ],
  },
  {
    id: "js2.jwt_decode_as_auth",
    block: [
      `export function middleware(req) {\n  const claims = jwtDecode(req.cookies.get("token").value);\n  if (claims.role !== "admin") return deny();\n  return next();\n}\n`,
    ],
    pass: [
      `export async function middleware(req) {\n  const { payload } = await jwtVerify(req.cookies.get("token").value, KEY);\n  const claims = jwtDecode(req.cookies.get("token").value);\n  if (claims.role !== "admin") return deny();\n}\n`,
    ],
  },
  {
    id: "llm.output_to_code_sink",
    block: [
      `resp = client.chat.completions.create(model=M, messages=msgs)\nexec(resp.choices[0].message.content)\n`,
      `const sql = await chain.invoke({ question });\nconst rows = await db.query(llmOutput);\n`,
      `code = llm.invoke(prompt).content\nsubprocess.run(generated_code, shell=True)\n`,
    ],
    pass: [
      `resp = client.chat.completions.create(model=M, messages=msgs)\nprint(resp.choices[0].message.content)\n`,
    ],
  },
  {
    id: "llm.dangerous_tools_on",
    block: [
      `agent = create_pandas_dataframe_agent(llm, df, allow_dangerous_code=True)\n`,
      `tools = [PythonREPLTool(), search]\nagent = initialize_agent(tools, llm)\n`,
      `{ "mcpServers": { "fs": { "command": "npx", "autoApprove": ["*"] } } }\n`,
    ],
    pass: [`agent = create_pandas_dataframe_agent(llm, df, allow_dangerous_code=False)\n`],
  },
  {
    id: "llm.system_prompt_from_request",
    block: [
      `@app.post("/chat")\ndef chat():\n    msgs = [{"role": "system", "content": f"You are {request.json['persona']}"}]\n`,
      `const messages = [{ role: "system", content: req.body.instructions }, { role: "user", content: q }];\n`,
    ],
    pass: [
      `const messages = [{ role: "system", content: SYSTEM_PROMPT }, { role: "user", content: req.body.q }];\n`,
    ],
  },
];

runCases("js2/llm", CASES);

runCases("js2/llm extra", [
  {
    id: "llm.dangerous_tools_on",
    block: [
      `{ "mcpServers": { "shell": { "command": "uvx", "alwaysAllow": ["*"] } } }\n`,
      `chain = PALChain.from_math_prompt(llm, verbose=True)\n`,
    ],
    pass: [`{ "mcpServers": { "shell": { "command": "uvx", "alwaysAllow": [] } } }\n`],
  },
]);
