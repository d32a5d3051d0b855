import { type AppsecCase, runCases } from "./_appsec_testing.ts";

const CASES: AppsecCase[] = [
  {
    id: "cmp3.hmac_equality",
    block: [
      `def verify(body, header):\n    mac = hmac.new(KEY, body, hashlib.sha256).hexdigest()\n    return mac == header\n`,
      `const sig = crypto.createHmac("sha1", secret).update(payload).digest("base64");\nif (req.get("X-Hub-Signature") === sig) accept();\n`,
      `<?php\nif (hash_hmac('sha256', $raw, $secret) == $_SERVER['HTTP_X_SIGNATURE']) { handle($raw); }\n`,
      `ok = OpenSSL::HMAC.hexdigest("SHA256", secret, body) == request.headers["X-Sig"]\n`,
      `\tif string(mac.Sum(nil)) == sig {\n\t\taccept()\n\t}\n`,
    ],
    pass: [
      `def verify(body, header):\n    mac = hmac.new(KEY, body, hashlib.sha256).hexdigest()\n    return hmac.compare_digest(mac, header)\n`,
      `const sig = crypto.createHmac("sha1", secret).update(payload).digest();\nif (crypto.timingSafeEqual(sig, Buffer.from(req.get("X-Hub-Signature"), "hex"))) accept();\n`,
      `<?php\nif (hash_equals(hash_hmac('sha256', $raw, $secret), $_SERVER['HTTP_X_SIGNATURE'])) { handle($raw); }\n`,
      `const sum = crypto.createHash("sha256").update(file).digest("hex");\nif (sum !== manifest.sha256) throw new Error("corrupt download");\n`,
      `\tif !hmac.Equal(mac.Sum(nil), sig) {\n\t\treturn errBadSig\n\t}\n`,
    ],
  },
];

runCases("appsec3 compare", CASES);
