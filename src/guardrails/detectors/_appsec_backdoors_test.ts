import { type AppsecCase, runCases } from "./_appsec_testing.ts";

const CASES: AppsecCase[] = [
  {
    id: "authz.cedar_permit_all",
    block: [
      "permit (principal, action, resource);",
      "// temporary\npermit (\n  principal,\n  action,\n  resource\n)\nwhen { principal has team };",
    ],
    pass: [
      'permit (principal in Group::"support", action == Action::"viewRefund", resource);',
      'permit (principal, action == Action::"read", resource in Folder::"public");',
      "forbid (principal, action, resource) when { !context.mfa };",
    ],
  },
  {
    id: "auth.role_by_email_domain",
    block: [
      "if (email.endsWith('@partner-audit.example')) { groups.push('admins'); }",
      "if user.email.lower().endswith('@contractor.example'):\n    user.is_staff = True",
    ],
    pass: [
      "if (email.endsWith('@corp.example') && attrs.email_verified === 'true') { groups.push('admins'); }",
      "if (email.endsWith('@corp.example')) { locale = 'de'; }",
    ],
  },
  {
    id: "auth.reset_token_in_response",
    block: [
      "router.post('/forgot', async (req, res) => {\n  const token = randomToken();\n  await mailer.sendReset(user.email, token);\n  res.json({ ok: true, debugToken: token });\n});",
      "def reset_request():\n    code = make_code()\n    send_email(user.email, code)\n    return jsonify({'sent': True, 'code': code})",
    ],
    pass: [
      "router.post('/forgot', async (req, res) => {\n  const token = randomToken();\n  await mailer.sendReset(user.email, token);\n  res.json({ ok: true });\n});",
      "router.post('/login', async (req, res) => {\n  const token = sign(user);\n  res.json({ token });\n});",
    ],
  },
  {
    id: "php.wp_hidden_admin",
    block: [
      "add_action('pre_user_query', function ($q) { global $wpdb; $q->query_where .= \" AND {$wpdb->users}.user_login != 'svc_x'\"; });",
      "add_action('init', function () { $id = wp_create_user('svc', wp_generate_password(), 'svc@example.net'); (new WP_User($id))->set_role('administrator'); });",
    ],
    pass: [
      "add_action('init', function () { $id = wp_create_user('shop_manager', wp_generate_password(), 'm@example.net'); (new WP_User($id))->set_role('shop_manager'); });",
      "add_action('pre_user_query', function ($q) { $q->query_orderby = 'ORDER BY user_registered DESC'; });",
    ],
  },
];

runCases("backdoors", CASES);
