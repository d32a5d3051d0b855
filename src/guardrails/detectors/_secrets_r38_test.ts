import assert from "node:assert/strict";
import { r38Secrets } from "./_secrets_r38.ts";

const hit = (s: string): boolean => r38Secrets(s).length > 0;

const CASES: { name: string; block: string[]; pass: string[] }[] = [
  {
    name: "a password labelled in the writer's language",
    block: [
      "Hi Tom, the shared mailbox login is finance@example.org and the password is Tq7#vLp2mX, thanks",
      "Dobrý den, uživatel: admin, heslo Kx9!rtq44Ab — prosím nepřeposílat.",
      "Bonjour, mot de passe : Lune-2025!bleu pour le portail fournisseur.",
      "Mật khẩu Hoa@1989sen, mã xác minh 552 018",
      "App password: qwer tyui opas dfgh (for the CRM sync)",
      "Passwort ist Hamburg#2024x, bitte sofort ändern",
      "パスワード Sakura2024!x です",
    ],
    pass: [
      "Passwords need 14 or more characters, one of them a digit.",
      "Reset your password at https://id.example.com/reset — the link expires in 1 hour.",
      "The password field is empty; click 'Forgot password' to get a new one.",
      "Contraseña: ******** (oculta)",
      "Senha de app: use o gerador nas configurações da conta",
      "password <your-password-here>",
      '// connect with password "secret-for-node-2" on each shard',
      "heslo najdete v trezoru Bitwarden ve složce Provoz",
    ],
  },
];

for (const c of CASES) {
  Deno.test(`r38 secrets: ${c.name}`, () => {
    for (const s of c.block) assert.ok(hit(s), `should block: ${s}`);
    for (const s of c.pass) assert.ok(!hit(s), `should pass: ${s}`);
  });
}
