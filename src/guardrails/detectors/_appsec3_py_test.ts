import { type AppsecCase, runCases } from "./_appsec_testing.ts";

const CASES: AppsecCase[] = [
  {
    id: "py3.random_for_secret",
    block: [
      `import random, string\n\ndef make_invite_code(n=12):\n    alphabet = string.ascii_uppercase\n    return "".join(random.choices(alphabet, k=n))\n`,
      `import random\n\ndef generate_password(length=16):\n    return "".join(random.choice(CHARS) for _ in range(length))\n`,
      `new_session_token = "".join(random.choices(ALPHABET, k=40))\n`,
    ],
    pass: [
      `import secrets\n\ndef make_invite_code(n=12):\n    return secrets.token_urlsafe(n)\n`,
      `import random\nsample = random.choice(rows)\nprint(sample)\n`,
      `import random\nrng = random.SystemRandom()\nuser.api_key = "%032x" % rng.getrandbits(128)\n`,
    ],
  },
  {
    id: "py3.regex_injection",
    block: [
      `from flask import request\nimport re\n\n@app.get("/grep")\ndef grep():\n    rx = re.compile(request.args.get("q"))\n    return [l for l in lines if rx.search(l)]\n`,
      `def filter_view(request):\n    hits = [n for n in names if re.search(request.GET["pattern"], n)]\n    return JsonResponse(hits, safe=False)\n`,
      `from flask import request\nimport re\n\n@app.post("/m")\ndef m():\n    return str(re.findall(f"^{request.form['prefix']}.*", text))\n`,
    ],
    pass: [
      `from flask import request\nimport re\n\n@app.get("/grep")\ndef grep():\n    rx = re.compile(re.escape(request.args.get("q")))\n    return [l for l in lines if rx.search(l)]\n`,
      `import re\nWORD = re.compile(r"\\w+")\n`,
      `from flask import request\nimport re\nISO = re.compile(r"^\\d{4}-\\d{2}-\\d{2}$")\nok = ISO.match(request.args["d"])\n`,
    ],
  },
  {
    id: "py3.weak_asym_key",
    block: [
      `from cryptography.hazmat.primitives.asymmetric import rsa\nkey = rsa.generate_private_key(public_exponent=65537, key_size=1024)\n`,
      `from Crypto.PublicKey import RSA\nkey = RSA.generate(512)\n`,
      `from cryptography.hazmat.primitives.asymmetric import dsa\nk = dsa.generate_private_key(key_size=1024)\n`,
    ],
    pass: [
      `from cryptography.hazmat.primitives.asymmetric import rsa\nkey = rsa.generate_private_key(public_exponent=65537, key_size=3072)\n`,
      `from Crypto.PublicKey import RSA\nkey = RSA.generate(4096)\n`,
      `from cryptography.hazmat.primitives.asymmetric import ec\nk = ec.generate_private_key(ec.SECP256R1())\n`,
    ],
  },
  {
    id: "py3.pbkdf2_low_iterations",
    block: [
      `import hashlib\ndigest = hashlib.pbkdf2_hmac("sha256", pw.encode(), salt, 1000)\n`,
      `kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=5000)\n`,
      `h = hashlib.pbkdf2_hmac('sha1', password, salt, iterations=100)\n`,
    ],
    pass: [
      `import hashlib\ndigest = hashlib.pbkdf2_hmac("sha256", pw.encode(), salt, 600000)\n`,
      `kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=480000)\n`,
      `h = hashlib.pbkdf2_hmac('sha512', password, salt, ITERATIONS)\n`,
    ],
  },
  {
    id: "py3.mongo_where_concat",
    block: [
      `from flask import request\nq = request.args["name"]\ndocs = coll.find({"$where": "this.owner == '" + q + "'"})\n`,
      `from flask import request\ndocs = coll.find({"$where": f"this.age > {request.args['age']}"})\n`,
      `def v(request):\n    return db.items.find({'$where': 'this.sku == "%s"' % request.GET['sku']})\n`,
    ],
    pass: [
      `from flask import request\ndocs = coll.find({"owner": request.args["name"]})\n`,
      `docs = coll.find({"$where": "this.a > this.b"})\n`,
      `from flask import request\ndocs = coll.find({"age": {"$gt": int(request.args["age"])}})\n`,
    ],
  },
  {
    id: "py3.stack_trace_response",
    block: [
      `from flask import Flask, jsonify\nimport traceback\n\n@app.errorhandler(500)\ndef err(e):\n    return jsonify(error=str(e), trace=traceback.format_exc()), 500\n`,
      `import traceback\nfrom django.http import HttpResponse\n\ndef view(request):\n    try:\n        return work()\n    except Exception:\n        return HttpResponse(traceback.format_exc(), status=500)\n`,
      `from fastapi import FastAPI\nimport traceback\n\n@app.exception_handler(Exception)\nasync def h(req, exc):\n    return PlainTextResponse(traceback.format_exc(), status_code=500)\n`,
    ],
    pass: [
      `from flask import Flask, jsonify\nimport traceback\n\n@app.errorhandler(500)\ndef err(e):\n    log.error(traceback.format_exc())\n    return jsonify(error="internal error"), 500\n`,
      `import traceback\n\ndef run():\n    try:\n        work()\n    except Exception:\n        return traceback.format_exc()\n`,
      `from flask import Flask\nimport traceback\n\n@app.errorhandler(500)\ndef err(e):\n    if app.debug:\n        return traceback.format_exc(), 500\n    return "error", 500\n`,
    ],
  },
  {
    id: "py3.torch_load_pickle",
    block: [
      `import torch\nstate = torch.load(uploaded_path, weights_only=False)\n`,
      `model = torch.load(io.BytesIO(blob), map_location="cpu", weights_only=False)\n`,
      `ckpt = torch.load(f, weights_only = False)\n`,
    ],
    pass: [
      `import torch\nstate = torch.load(uploaded_path, weights_only=True)\n`,
      `from safetensors.torch import load_file\nstate = load_file(uploaded_path)\n`,
      `model = torch.load(io.BytesIO(blob), map_location="cpu", weights_only=True)\n`,
    ],
  },
  {
    id: "py3.numpy_allow_pickle_request",
    block: [
      `from flask import request\nimport numpy as np\narr = np.load(request.files["a"], allow_pickle=True)\n`,
      `def up(request):\n    f = request.FILES["npz"]\n    data = np.load(f, allow_pickle=True)\n    return JsonResponse({"n": len(data)})\n`,
      `from flask import request\nimport numpy as np\nfh = request.files.get("m")\nm = np.load(fh, mmap_mode=None, allow_pickle=True)\n`,
    ],
    pass: [
      `from flask import request\nimport numpy as np\narr = np.load(request.files["a"], allow_pickle=False)\n`,
      `import numpy as np\narr = np.load("fixtures/embeddings.npy", allow_pickle=True)\n`,
      `def up(request):\n    data = np.load(request.FILES["npz"])\n    return JsonResponse({"n": len(data)})\n`,
    ],
  },
  {
    id: "py3.ssti_concat",
    block: [
      `from flask import request, render_template_string\n@app.get("/p")\ndef p():\n    return render_template_string("<p>%s</p>" % request.args.get("msg"))\n`,
      `from flask import request, render_template_string\n@app.get("/g")\ndef g():\n    return render_template_string("<h2>{}</h2>".format(request.args["title"]))\n`,
      `from jinja2 import Template\nfrom flask import request\nbody = Template("Dear " + request.form["name"]).render()\n`,
    ],
    pass: [
      `from flask import request, render_template_string\n@app.get("/p")\ndef p():\n    return render_template_string("<p>{{ msg }}</p>", msg=request.args.get("msg"))\n`,
      `from jinja2 import Template\nfrom flask import request\nbody = Template("Dear {{ name }}").render(name=request.form["name"])\n`,
      `from flask import render_template\n@app.get("/g")\ndef g():\n    return render_template("g.html")\n`,
    ],
  },
  {
    id: "py3.send_file_request_path",
    block: [
      `from flask import request, send_file\n@app.get("/r")\ndef r():\n    return send_file("/srv/exports/" + request.values["f"])\n`,
      `from flask import request\n@app.get("/log")\ndef log():\n    with open("/var/app/logs/" + request.args["day"]) as fh:\n        return fh.read()\n`,
      `def dl(request):\n    return FileResponse(open("/srv/media/" + request.GET["p"], "rb"))\n`,
    ],
    pass: [
      `from flask import request, send_from_directory\n@app.get("/r")\ndef r():\n    return send_from_directory(REPORTS, request.args["f"])\n`,
      `from flask import request, send_file\nfrom werkzeug.utils import secure_filename\n@app.get("/r")\ndef r():\n    return send_file(os.path.join(REPORTS, secure_filename(request.args["f"])))\n`,
      `from flask import request, send_file\n@app.get("/r")\ndef r():\n    return send_file(os.path.join(REPORTS, "summary.pdf"))\n`,
    ],
  },
  {
    id: "py3.django_extra_raw_format",
    block: [
      `def v(request):\n    return Order.objects.extra(where=["status = '%s'" % request.GET["s"]])\n`,
      `def v(request):\n    return Order.objects.extra(select={"v": "price * %s" % request.GET["k"]})\n`,
      `def v(request):\n    return Order.objects.annotate(x=RawSQL(f"SELECT {request.GET['col']} FROM t", []))\n`,
    ],
    pass: [
      `def v(request):\n    return Order.objects.extra(where=["status = %s"], params=[request.GET["s"]])\n`,
      `def v(request):\n    return Order.objects.raw("SELECT * FROM orders WHERE ref = %s", [request.GET["r"]])\n`,
      `def v(request):\n    return Order.objects.filter(status=request.GET["s"])\n`,
    ],
  },
  {
    id: "py3.sax_external_entities",
    block: [
      "from xml.sax import make_parser, handler\np = make_parser()\np.setFeature(handler.feature_external_ges, True)\np.parse(upload)\n",
      "parser = xml.sax.make_parser()\nparser.setFeature(feature_external_pes, 1)\n",
      "from xml.sax.handler import feature_external_ges\nrdr.setFeature(feature_external_ges, True)\n",
    ],
    pass: [
      "from xml.sax import make_parser, handler\np = make_parser()\np.setFeature(handler.feature_external_ges, False)\np.parse(upload)\n",
      "import defusedxml.sax\ndefusedxml.sax.parse(upload, Handler())\n",
      "parser = xml.sax.make_parser()\nparser.setFeature(feature_namespaces, True)\n",
    ],
  },
];

runCases("appsec3 python", CASES);
