import { type AppsecCase, runCases } from "./_appsec_testing.ts";

const CASES: AppsecCase[] = [
  {
    id: "py.aiohttp_ssl_off",
    block: [
      `connector = aiohttp.TCPConnector(ssl=False)\nasync with aiohttp.ClientSession(connector=connector) as s:\n    ...\n`,
    ],
    pass: [`connector = aiohttp.TCPConnector(ssl=ssl_ctx)\n`],
  },
  {
    id: "rs.accept_invalid_certs",
    block: [
      `let client = reqwest::Client::builder()\n    .danger_accept_invalid_certs(true)\n    .build()?;\n`,
    ],
    pass: [`let client = reqwest::Client::builder().add_root_certificate(ca).build()?;\n`],
  },
  {
    id: "js.weak_hash_password",
    block: [
      `user.passwordHash = crypto.createHash('md5').update(req.body.password).digest('hex');\n`,
    ],
    pass: [`const etag = crypto.createHash('md5').update(body).digest('hex');\n`],
  },
  {
    id: "php.md5_password",
    block: [`<?php\n$hash = md5($password);\n$db->query("UPDATE users SET pw = ?", [$hash]);\n`],
    pass: [`<?php\n$hash = password_hash($password, PASSWORD_DEFAULT);\n`],
  },
  {
    id: "js.math_random_token",
    block: [`const resetToken = Math.random().toString(36).slice(2);\n`],
    pass: [
      `const resetToken = crypto.randomBytes(32).toString('hex');\n`,
      `const jitter = Math.random() * 100;\n`,
    ],
  },
  {
    id: "php.rand_token",
    block: [`<?php\n$reset_token = md5(uniqid(rand(), true));\n`],
    pass: [`<?php\n$reset_token = bin2hex(random_bytes(32));\n`],
  },
  {
    id: "js.multer_public_no_filter",
    block: [`const upload = multer({ dest: 'public/uploads/' });\n`],
    pass: [
      `const upload = multer({ dest: 'public/uploads/', fileFilter: (req, f, cb) => cb(null, f.mimetype === 'image/png') });\n`,
      `const upload = multer({ dest: '/var/app-data/uploads/' });\n`,
    ],
  },
  {
    id: "web.cookie_samesite_none_insecure",
    block: [`SESSION_COOKIE_SAMESITE = "None"\nSESSION_COOKIE_SECURE = False\n`],
    pass: [`SESSION_COOKIE_SAMESITE = "None"\nSESSION_COOKIE_SECURE = True\n`],
  },
];

runCases("crypto", CASES);
