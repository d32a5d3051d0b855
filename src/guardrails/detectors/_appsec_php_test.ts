import { type AppsecCase, runCases } from "./_appsec_testing.ts";

const CASES: AppsecCase[] = [
  {
    id: "php.command_request",
    block: [`<?php\n$host = $_GET['host'];\necho shell_exec("ping -c 1 " . $_GET['host']);\n`],
    pass: [`<?php\necho shell_exec("ping -c 1 " . escapeshellarg($_GET['host']));\n`],
  },
  {
    id: "php.eval_request",
    block: [`<?php\n$result = eval('return ' . $_POST['formula'] . ';');\n`],
    pass: [`<?php\n$result = eval('return 1 + 2;');\n`],
  },
  {
    id: "php.include_request",
    block: [`<?php\n$page = $_GET['page'];\ninclude($_GET['page'] . '.php');\n`],
    pass: [
      `<?php\n$allowed = ['home', 'about'];\nif (in_array($_GET['page'], $allowed, true)) { include __DIR__ . '/pages/home.php'; }\n`,
    ],
  },
  {
    id: "php.unserialize_request",
    block: [`<?php\n$cart = unserialize(base64_decode($_COOKIE['cart']));\n`],
    pass: [`<?php\n$cart = json_decode(base64_decode($_COOKIE['cart']), true);\n`],
  },
  {
    id: "php.curl_ssl_off",
    block: [`<?php\n$ch = curl_init($url);\ncurl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);\n`],
    pass: [`<?php\n$ch = curl_init($url);\ncurl_setopt($ch, CURLOPT_SSL_VERIFYPEER, true);\n`],
  },
  {
    id: "php.laravel_debug_prod",
    block: [
      `APP_NAME=Shop\nAPP_ENV=production\nAPP_DEBUG=true\nAPP_URL=https://shop.example.com\n`,
    ],
    pass: [
      `APP_NAME=Shop\nAPP_ENV=production\nAPP_DEBUG=false\n`,
      `APP_ENV=local\nAPP_DEBUG=true\n`,
    ],
  },
  {
    id: "php.ini_display_errors_prod",
    block: [`[PHP]\nmemory_limit = 256M\ndisplay_errors = On\nexpose_php = On\n`],
    pass: [`[PHP]\nmemory_limit = 256M\ndisplay_errors = Off\nexpose_php = Off\n`],
  },
  {
    id: "php.upload_no_check",
    block: [
      `<?php\nmove_uploaded_file($_FILES['avatar']['tmp_name'], 'uploads/' . $_FILES['avatar']['name']);\n`,
    ],
    pass: [
      `<?php\n$ext = strtolower(pathinfo($_FILES['avatar']['name'], PATHINFO_EXTENSION));\nif (!in_array($ext, $allowed)) die();\nmove_uploaded_file($_FILES['avatar']['tmp_name'], 'uploads/' . bin2hex(random_bytes(8)) . '.' . $ext);\n`,
    ],
  },
  {
    id: "php.wp_auth_shortcut",
    block: [
      `add_action('init', function () {\n  if (isset($_GET['support_login'])) {\n    wp_set_current_user(1);\n    wp_set_auth_cookie(1);\n  }\n});\n`,
    ],
    pass: [
      `add_action('init', function () {\n  register_post_type('book', ['public' => true]);\n});\n`,
    ],
  },
  {
    id: "php.wp_debug_display_prod",
    block: [
      `define('DB_HOST', 'db.internal');\ndefine('DB_PASSWORD', getenv('DB_PASSWORD'));\ndefine('WP_DEBUG_DISPLAY', true);\n`,
    ],
    pass: [`define('DB_HOST', 'db.internal');\ndefine('WP_DEBUG_DISPLAY', false);\n`],
  },
  {
    id: "php.sql_concat_request",
    block: [
      `<?php\n$rows = mysqli_query($db, "SELECT * FROM orders WHERE id = " . $_GET['id']);\n`,
    ],
    pass: [
      `<?php\n$stmt = $db->prepare("SELECT * FROM orders WHERE id = ?");\n$stmt->bind_param("i", $_GET['id']);\n`,
    ],
  },
  {
    id: "php.ssrf_request",
    block: [`<?php\necho file_get_contents($_GET['url']);\n`],
    pass: [`<?php\n$body = file_get_contents('php://input');\n`],
  },
];

runCases("php", CASES);
