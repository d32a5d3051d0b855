import { type AppsecCase, runCases } from "./_appsec_testing.ts";

const CASES: AppsecCase[] = [
  {
    id: "py2.open_redirect",
    block: [
      `@app.route("/login", methods=["POST"])\ndef login():\n    login_user(u)\n    return redirect(request.args.get("next") or "/")\n`,
      `def done(request):\n    return HttpResponseRedirect(request.GET["return_to"])\n`,
    ],
    pass: [
      `def done(request):\n    nxt = request.GET.get("next")\n    if not url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}):\n        nxt = "/"\n    return HttpResponseRedirect(request.GET["next"])\n`,
      `return redirect(url_for("index"))\n`,
    ],
  },
  {
    id: "py2.marshal_shelve_request",
    block: [
      `@app.post("/c")\ndef c():\n    code = marshal.loads(base64.b64decode(request.data))\n`,
    ],
    pass: [`code = marshal.loads(open("cache.bin", "rb").read())\n`],
  },
  {
    id: "py2.xmlrpc_dotted_names",
    block: [
      `server = SimpleXMLRPCServer(("0.0.0.0", 8000))\nserver.register_instance(Api(), allow_dotted_names=True)\n`,
    ],
    pass: [`server.register_instance(Api())\n`],
  },
  {
    id: "py2.paramiko_autoadd",
    block: [
      `ssh = paramiko.SSHClient()\nssh.set_missing_host_key_policy(paramiko.AutoAddPolicy())\nssh.connect(host, username=u)\n`,
    ],
    pass: [
      `ssh = paramiko.SSHClient()\nssh.load_system_host_keys()\nssh.set_missing_host_key_policy(paramiko.RejectPolicy())\n`,
    ],
  },
  {
    id: "py2.ssl_old_protocol",
    block: [
      `ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)\nsock = ctx.wrap_socket(s, server_hostname=h)\n`,
      `ctx.minimum_version = ssl.TLSVersion.TLSv1\n`,
    ],
    pass: [
      `ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)\nctx.minimum_version = ssl.TLSVersion.TLSv1_2\n`,
    ],
  },
  {
    id: "py2.jinja_autoescape_off_html",
    block: [
      `env = Environment(loader=FileSystemLoader("templates"), autoescape=False)\nhtml = env.get_template("page.html").render(name=name)\n`,
    ],
    pass: [
      `env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html"]))\nhtml = env.get_template("page.html").render(name=name)\n`,
      `env = Environment(loader=FileSystemLoader("gen"), autoescape=False)\nsrc = env.get_template("model.py.j2").render(fields=f)\n`,
    ],
  },
  {
    id: "py2.cleartext_login",
    block: [
      `tn = telnetlib.Telnet("switch01.corp.example")\ntn.read_until(b"login: ")\ntn.write(user + b"\\n")\ntn.write(password + b"\\n")\n`,
    ],
    pass: [`s = smtplib.SMTP("mail.example.com", 587)\ns.starttls()\ns.login(user, password)\n`],
  },
  {
    id: "py2.django_cookie_insecure_prod",
    block: [`# settings/production.py\nDEBUG = False\nSESSION_COOKIE_SECURE = False\n`],
    pass: [
      `# settings/production.py\nDEBUG = False\nSESSION_COOKIE_SECURE = True\n`,
      `# settings/local.py\nSESSION_COOKIE_SECURE = False\n`,
    ],
  },
  {
    id: "py2.ldap_filter_request",
    block: [
      `user = request.form["user"]\nconn.search_s(BASE, ldap.SCOPE_SUBTREE, f"(uid={user})")\n`,
    ],
    pass: [
      `user = escape_filter_chars(request.form["user"])\nconn.search_s(BASE, ldap.SCOPE_SUBTREE, f"(uid={user})")\n`,
    ],
  },
  {
    id: "py2.tempfile_mktemp",
    block: [
      `path = tempfile.mktemp(suffix=".json")\nwith open(path, "w") as fh:\n    fh.write(data)\n`,
    ],
    pass: [
      `fd, path = tempfile.mkstemp(suffix=".json")\nwith os.fdopen(fd, "w") as fh:\n    fh.write(data)\n`,
    ],
  },
  {
    id: "py2.fastapi_docs_debug_prod",
    block: [`# production entrypoint\napp = FastAPI(title="billing", debug=True)\n`],
    pass: [`# production entrypoint\napp = FastAPI(title="billing", debug=False)\n`],
  },
  {
    id: "py2.xml_stdlib_request",
    block: [`@app.post("/import")\ndef imp():\n    doc = minidom.parseString(request.data)\n`],
    pass: [
      `from defusedxml import minidom\n@app.post("/import")\ndef imp():\n    doc = minidom.parseString(request.data)\n`,
    ],
  },
  {
    id: "rb2.kernel_open_params",
    block: [`def fetch\n  body = open(params[:url]).read\n  render plain: body\nend\n`],
    pass: [`def fetch\n  body = File.open(Rails.root.join("public", "x.txt")).read\nend\n`],
  },
  {
    id: "rb2.basic_auth_literal",
    block: [
      `class AdminController < ApplicationController\n  http_basic_authenticate_with name: "admin", password: "hunter2"\nend\n`,
    ],
    pass: [
      `class AdminController < ApplicationController\n  http_basic_authenticate_with name: ENV["ADMIN_USER"], password: ENV["ADMIN_PASS"]\nend\n`,
    ],
  },
  {
    id: "rb2.regex_anchor_validation",
    block: [
      `class User < ApplicationRecord\n  validates :homepage, format: { with: /^https?:\\/\\/[a-z.]+$/ }\nend\n`,
    ],
    pass: [
      `class User < ApplicationRecord\n  validates :homepage, format: { with: /\\Ahttps?:\\/\\/[a-z.]+\\z/ }\nend\n`,
    ],
  },
];

runCases("python2/ruby2", CASES);
