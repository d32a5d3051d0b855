import { type AppsecCase, runCases } from "./_appsec_testing.ts";

const FLASK = "from flask import Flask, request\nimport os, subprocess\napp = Flask(__name__)\n";

const CASES: AppsecCase[] = [
  {
    id: "py.os_system_request",
    block: [
      `${FLASK}@app.route("/ping")\ndef ping():\n    host = request.args.get("host")\n    os.system("ping -c 1 " + host)\n    return "ok"\n`,
      `${FLASK}@app.post("/convert")\ndef convert():\n    out = os.popen(f"convert {request.form['name']} out.png").read()\n    return out\n`,
    ],
    pass: [
      `${FLASK}@app.route("/ping")\ndef ping():\n    os.system("ping -c 1 127.0.0.1")\n    return request.args.get("x", "")\n`,
    ],
  },
  {
    id: "py.subprocess_shell_request",
    block: [
      `${FLASK}@app.route("/grep")\ndef grep():\n    q = request.args["q"]\n    return subprocess.check_output("grep -r " + q + " /srv/docs", shell=True)\n`,
    ],
    pass: [
      `${FLASK}@app.route("/grep")\ndef grep():\n    q = request.args["q"]\n    return subprocess.check_output(["grep", "-r", "--", q, "/srv/docs"])\n`,
    ],
  },
  {
    id: "py.eval_request",
    block: [
      `${FLASK}@app.route("/calc")\ndef calc():\n    return str(eval(request.args.get("expr")))\n`,
    ],
    pass: [
      `${FLASK}import ast\n@app.route("/calc")\ndef calc():\n    return str(ast.literal_eval(request.args.get("expr")))\n`,
    ],
  },
  {
    id: "py.pickle_request",
    block: [
      `import pickle, base64\nfrom flask import request\n@app.route("/restore", methods=["POST"])\ndef restore():\n    state = pickle.loads(base64.b64decode(request.data))\n    return state["name"]\n`,
    ],
    pass: [
      `import json\nfrom flask import request\n@app.route("/restore", methods=["POST"])\ndef restore():\n    state = json.loads(request.data)\n    return state["name"]\n`,
    ],
  },
  {
    id: "py.yaml_unsafe_load",
    block: [
      `import yaml\nfrom flask import request\n@app.post("/import")\ndef imp():\n    cfg = yaml.load(request.data, Loader=yaml.Loader)\n    return cfg\n`,
      `cfg = yaml.unsafe_load(request.get_data())\n`,
    ],
    pass: [
      `import yaml\nfrom flask import request\n@app.post("/import")\ndef imp():\n    return yaml.safe_load(request.data)\n`,
    ],
  },
  {
    id: "py.ssti_render_template_string",
    block: [
      `from flask import request, render_template_string\n@app.route("/hello")\ndef hello():\n    return render_template_string(f"<h1>Hello {request.args.get('name')}</h1>")\n`,
      `from jinja2 import Template\n@app.route("/preview", methods=["POST"])\ndef preview():\n    return Template(request.form["body"]).render()\n`,
    ],
    pass: [
      `from flask import request, render_template_string\n@app.route("/hello")\ndef hello():\n    return render_template_string("<h1>Hello {{ name }}</h1>", name=request.args.get("name"))\n`,
    ],
  },
  {
    id: "py.ssti_render_var",
    block: [
      `from flask import request, render_template_string\n@app.route("/page")\ndef page():\n    tpl = request.args.get("tpl", "")\n    return render_template_string(tpl)\n`,
    ],
    pass: [
      `from flask import render_template_string\nPAGE = "<p>{{ x }}</p>"\ndef page(x):\n    return render_template_string(PAGE, x=x)\n`,
    ],
  },
  {
    id: "py.requests_verify_false",
    block: [
      `import requests\n\ndef sync_orders(url, token):\n    r = requests.get(url, headers={"Authorization": token}, verify=False)\n    return r.json()\n`,
      `session = requests.Session()\nsession.verify = False\n`,
    ],
    pass: [
      `import requests\n\ndef sync_orders(url, token):\n    return requests.get(url, headers={"Authorization": token}, verify=True).json()\n`,
      `import requests\n\ndef test_local_server(httpserver):\n    r = requests.get(httpserver.url_for("/"), verify=False)\n    assert r.ok\n`,
    ],
  },
  {
    id: "py.ssl_unverified_context",
    block: [
      `import ssl, urllib.request\nssl._create_default_https_context = ssl._create_unverified_context\nurllib.request.urlopen(URL)\n`,
      `ctx = ssl.create_default_context()\nctx.check_hostname = False\nctx.verify_mode = ssl.CERT_NONE\n`,
    ],
    pass: [`ctx = ssl.create_default_context()\nctx.verify_mode = ssl.CERT_REQUIRED\n`],
  },
  {
    id: "py.urllib3_warnings_off_verify",
    block: [
      `import urllib3\nurllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)\nhttp = urllib3.PoolManager(cert_reqs="CERT_NONE")\n`,
    ],
    pass: [`import urllib3\nurllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)\n`],
  },
  {
    id: "py.flask_debug_public",
    block: [`if __name__ == "__main__":\n    app.run(host="0.0.0.0", port=8080, debug=True)\n`],
    pass: [
      `if __name__ == "__main__":\n    app.run(host="127.0.0.1", port=8080, debug=True)\n`,
      `if __name__ == "__main__":\n    app.run(host="0.0.0.0", port=8080, debug=False)\n`,
    ],
  },
  {
    id: "py.django_debug_prod",
    block: [
      `# settings/production.py\nfrom .base import *\nDEBUG = True\nALLOWED_HOSTS = ["*"]\n`,
    ],
    pass: [
      `# settings/production.py\nfrom .base import *\nDEBUG = False\nALLOWED_HOSTS = ["shop.example.com"]\n`,
      `# settings/local.py (dev)\nDEBUG = True\nALLOWED_HOSTS = ["*"]\n`,
    ],
  },
  {
    id: "py.django_allowed_hosts_star_debug",
    block: [`SECRET_KEY = "django-insecure-abc123"\nALLOWED_HOSTS = ["*"]\n`],
    pass: [`SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\nALLOWED_HOSTS = ["*"]\n`],
  },
  {
    id: "py.django_csrf_removed",
    block: [
      `MIDDLEWARE = [\n    "django.middleware.security.SecurityMiddleware",\n    # "django.middleware.csrf.CsrfViewMiddleware",\n    "django.contrib.auth.middleware.AuthenticationMiddleware",\n]\n`,
      `@csrf_exempt\n@login_required\ndef change_password(request):\n    request.user.set_password(request.POST["pw"])\n`,
    ],
    pass: [
      `MIDDLEWARE = [\n    "django.middleware.security.SecurityMiddleware",\n    "django.middleware.csrf.CsrfViewMiddleware",\n]\n`,
      `@csrf_exempt\ndef stripe_webhook(request):\n    verify_signature(request)\n`,
    ],
  },
  {
    id: "py.drf_allowany_admin",
    block: [
      `REST_FRAMEWORK = {\n    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],\n}\n`,
      `class RefundViewSet(viewsets.ModelViewSet):\n    queryset = Refund.objects.all()\n    permission_classes = [AllowAny]\n`,
    ],
    pass: [
      `REST_FRAMEWORK = {\n    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],\n}\n`,
      `class HealthView(APIView):\n    permission_classes = [AllowAny]\n    def get(self, request):\n        return Response({"ok": True})\n`,
    ],
  },
  {
    id: "py.md5_password",
    block: [
      `def set_password(self, raw):\n    self.pw_hash = hashlib.md5(raw_password.encode()).hexdigest()\n`,
    ],
    pass: [`etag = hashlib.md5(body).hexdigest()\n`],
  },
  {
    id: "py.random_token",
    block: [`reset_token = "".join(random.choice(string.ascii_letters) for _ in range(32))\n`],
    pass: [`reset_token = secrets.token_urlsafe(32)\n`, `color = random.choice(COLORS)\n`],
  },
  {
    id: "py.flask_secret_constant",
    block: [`app = Flask(__name__)\napp.secret_key = "changeme"\n`],
    pass: [`app = Flask(__name__)\napp.secret_key = os.environ["FLASK_SECRET_KEY"]\n`],
  },
  {
    id: "py.xxe_lxml",
    block: [
      `parser = etree.XMLParser(resolve_entities=True, no_network=False)\ndoc = etree.fromstring(request.data, parser)\n`,
    ],
    pass: [`parser = etree.XMLParser(resolve_entities=False, no_network=True)\n`],
  },
  {
    id: "py.ssrf_requests_url",
    block: [
      `@app.route("/preview")\ndef preview():\n    url = request.args.get("url")\n    return requests.get(url, timeout=5).text\n`,
    ],
    pass: [
      `@app.route("/preview")\ndef preview():\n    url = request.args.get("url")\n    if urlparse(url).hostname not in ALLOWED_HOSTS:\n        abort(400)\n    return requests.get(url, timeout=5).text\n`,
    ],
  },
  {
    id: "py.path_traversal_send_file",
    block: [
      `@app.route("/download")\ndef download():\n    return send_file(os.path.join(UPLOAD_DIR, request.args["name"]))\n`,
    ],
    pass: [
      `@app.route("/download")\ndef download():\n    return send_from_directory(UPLOAD_DIR, request.args["name"])\n`,
    ],
  },
  {
    id: "py.upload_no_check",
    block: [
      `@app.post("/upload")\ndef upload():\n    f = request.files["file"]\n    f.save(os.path.join("static/uploads", f.filename))\n    return "ok"\n`,
    ],
    pass: [
      `@app.post("/upload")\ndef upload():\n    f = request.files["file"]\n    if not allowed_file(f.filename):\n        abort(400)\n    f.save(os.path.join("static/uploads", secure_filename(f.filename)))\n`,
    ],
  },
];

runCases("python", CASES);
