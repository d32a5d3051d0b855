/**
 * Access handover, services: an outside party given power in a database (PostgreSQL / MySQL /
 * SQL Server superuser or all privileges, MongoDB root roles, Redis +@all, MySQL root from any
 * host), in Vault (root / admin logins, orphan admin tokens), in a service's own admin (RabbitMQ,
 * Samba AD, FreeIPA, MinIO, Proxmox, ESXi, Keycloak, Consul / Nomad management tokens), or API and
 * cluster tokens minted for them. From MITRE ATT&CK T1098 (account manipulation), T1136 (create
 * account), T1078 (valid accounts), T1528; CIS PostgreSQL / MySQL / MongoDB benchmarks (least
 * privilege, no remote root), the Vault, RabbitMQ, samba-tool, ipa, mc admin, pveum, esxcli,
 * kcadm, consul and nomad references.
 */
import { r } from "./_ctlplane_core.ts";
import {
  type HandoverRule,
  outsideMail,
  OUTSIDER_NAME,
  outsiderName,
  PUBLIC_IP,
  someCapture,
} from "./_handover_core.ts";

/** A database login statement's name and host (`'x'@'203.0.113.5'`, `CREATE ROLE x`, `user:"x"`). */
const DB_LOGIN =
  /\b(?:GRANT\s{1,3}ALL\b[^\n;]{0,160}?\bTO|CREATE\s{1,3}(?:USER|ROLE|LOGIN)|ALTER\s{1,3}(?:USER|ROLE))\s{1,3}["'\x60]?([\w.-]{1,60})["'\x60]?(?:@["'\x60]?([\w.%:-]{1,60}))?|\bcreateUser\s{0,2}\(\s{0,2}\{\s{0,2}["']?user["']?\s{0,2}:\s{0,2}["']([\w.@-]{1,60})|\bgrantRolesToUser\s{0,2}\(\s{0,2}["']([\w.@-]{1,60})/gi;

/** Power in a database login statement. */
const DB_POWER =
  /\b(?:GRANT\s{1,3}ALL|SUPERUSER|CREATEROLE|BYPASSRLS|WITH\s{1,3}GRANT\s{1,3}OPTION|sysadmin|db_owner|root|readWriteAnyDatabase|dbOwner|userAdmin(?:AnyDatabase)?|clusterAdmin|dbAdminAnyDatabase|restore|backup)\b/i;

/** A service's admin grant (the captured login is judged). */
const SERVICE_ADMIN = new RegExp(
  [
    r`\brabbitmqctl\s{1,3}set_user_tags\s{1,3}["']?([\w.@-]{1,60})["']?\s{1,3}[^\n;|]{0,40}?\badministrator\b`,
    r`\bsamba-tool\s{1,3}group\s{1,3}addmembers\s{1,3}["'](?:Domain|Enterprise|Schema)\s{1,3}Admins["']\s{1,3}["']?([\w.@,-]{1,120})`,
    r`\bipa\s{1,3}group-add-member\s{1,3}admins\b[^\n;|]{0,40}?--users?[= ]{1,3}["']?([\w.@,-]{1,120})`,
    r`\bmc\s{1,3}admin\s{1,3}policy\s{1,3}(?:attach|set)\s{1,3}\S{1,60}\s{1,3}(?:consoleAdmin|readwrite)\b[^\n;|]{0,40}?(?:--user[= ]{1,3}|user=)["']?([\w.@-]{1,60})`,
    r`\bpveum\s{1,3}acl\s{1,3}modify\s{1,3}\/\S{0,60}\s[^\n;|]{0,80}?-(?:user|group)\s{1,3}["']?([\w.@-]{1,80})[^\n;|]{0,60}?-roles?\s{1,3}["']?(?:Administrator|PVEAdmin)\b`,
    r`\besxcli\s{1,3}system\s{1,3}permission\s{1,3}set\s[^\n;|]{0,40}?(?:-i|--id)[= ]{1,3}["']?([\w.@\\-]{1,80})[^\n;|]{0,40}?(?:-r|--role)[= ]{1,3}["']?Admin\b`,
    r`\bkcadm(?:\.sh)?\s{1,3}add-roles\b[^\n;|]{0,200}?--uusername[= ]{1,3}["']?([\w.@-]{1,80})[^\n;|]{0,120}?--rolename[= ]{1,3}["']?(?:admin|realm-admin|manage-users)\b`,
    r`\b(?:consul\s{1,3}acl\s{1,3}token\s{1,3}create\b[^\n;|]{0,200}?global-management|nomad\s{1,3}acl\s{1,3}token\s{1,3}create\b[^\n;|]{0,200}?-type[= ]{1,3}["']?management)\b[^\n;|]{0,200}?-(?:description|name)[= ]{1,3}["']?([\w.@ -]{1,80})`,
  ].join("|"),
  "i",
);

export const HANDOVER_SERVICE_RULES: readonly HandoverRule[] = [
  {
    id: "vault.outside_root_login",
    lit: "auth/",
    re:
      /\bvault\s{1,3}write\s{1,3}(?:-\S{1,40}\s{1,3}){0,3}auth\/[\w-]{1,40}\/(?:users|map\/users|map\/teams|groups)\/([\w.@-]{1,80})\b[^\n]{0,300}?\b(?:policies|value|token_policies)=["']?[\w,-]{0,80}?\b(root|admin|sudo|superuser)\b/i,
    judge: (view) =>
      /\b(?:policies|value|token_policies)=["']?[\w,-]{0,80}?\broot\b/i.test(view) ||
      someCapture(
        /auth\/[\w-]{1,40}\/(?:users|map\/users|map\/teams|groups)\/([\w.@-]{1,80})/gi,
        view,
        outsiderName,
      ),
    why: "creates or maps a Vault login with the root or an admin policy for an outside party",
  },
  {
    id: "redis.outsider_all_access",
    lit: "acl setuser",
    re: /\bACL\s{1,3}SETUSER\s{1,3}([\w.@-]{1,60})\b[^\n]{0,200}?(?:\+@all|allcommands)/i,
    judge: (view) =>
      /\bnopass\b/i.test(view) ||
      someCapture(/\bACL\s{1,3}SETUSER\s{1,3}([\w.@-]{1,60})/gi, view, outsiderName),
    why: "gives a Redis login every command (+@all) without a password or for an outside party",
  },
  {
    id: "mysql.admin_from_anywhere",
    lit: ["rename user", "mysql.user"],
    re: new RegExp(
      r`\bUPDATE\s{1,3}mysql\.user\s{1,3}SET\s{1,3}host\s{0,2}=\s{0,2}["']%["'][^;\n]{0,80}?\bWHERE\s{1,3}user\s{0,2}=\s{0,2}["'](?:root|admin)["']|\bRENAME\s{1,3}USER\s{1,3}["'\x60]?(?:root|admin|[\w.-]{0,20}${OUTSIDER_NAME}[\w.-]{0,20})["'\x60]?@["'\x60]?[\w.%-]{1,60}["'\x60]?\s{1,3}TO\s{1,3}["'\x60]?[\w.-]{1,60}["'\x60]?@["'\x60]?%`,
      "i",
    ),
    why: "lets a MySQL root / admin login connect from any host ('%')",
  },
  {
    id: "db.outsider_power_login",
    lit: [
      "grant all",
      "create user",
      "create role",
      "create login",
      "alter user",
      "alter role",
      "createuser",
      "grantrolestouser",
    ],
    re:
      /\b(?:GRANT\s{1,3}ALL|CREATE\s{1,3}(?:USER|ROLE|LOGIN)|ALTER\s{1,3}(?:USER|ROLE)|createUser\s{0,2}\(|grantRolesToUser\s{0,2}\()/i,
    also: DB_POWER,
    judge: (view) => {
      for (const m of view.matchAll(DB_LOGIN)) {
        const name = m[1] ?? m[3] ?? m[4] ?? "";
        if (outsiderName(name)) return true;
        if (m[2] !== undefined && new RegExp(`^${PUBLIC_IP}$`).test(m[2])) return true;
      }
      return false;
    },
    why:
      "gives an outside party's database login superuser / all privileges (or all privileges from a public address)",
  },
  {
    id: "token.minted_for_outsider",
    lit: ["token create", "authorizations:create", "create token", "secret-id"],
    re:
      /\b(?:vault\s{1,3}(?:token\s{1,3}create|write\s{1,3}(?:-f\s{1,3})?auth\/approle\/role\/[\w.-]{1,60}\/secret-id)|heroku\s{1,3}authorizations:create|npm\s{1,3}token\s{1,3}create|kubectl\s{1,3}create\s{1,3}token)\b[^\n;|]{0,300}/i,
    judge: (view) => {
      const m =
        /\b(?:vault\s{1,3}(?:token\s{1,3}create|write\s{1,3}(?:-f\s{1,3})?auth\/approle\/role\/[\w.-]{1,60}\/secret-id)|heroku\s{1,3}authorizations:create|npm\s{1,3}token\s{1,3}create|kubectl\s{1,3}create\s{1,3}token)\b([^\n;|]{0,300})/i
          .exec(view);
      return m !== null &&
        (outsiderName(m[0].replace(/--?[\w-]{1,30}/g, " ")) ||
          /\bvault\s{1,3}token\s{1,3}create\b/i.test(m[0]) &&
            /-polic(?:y|ies)[= ]["']?[\w,-]{0,60}?\b(?:admin|root|sudo)\b/i.test(m[1]) &&
            /\s-orphan\b/.test(m[1]));
    },
    why: "mints an API / Vault / cluster token for an outside party (or an orphan admin token)",
  },
  {
    id: "service.outsider_admin",
    lit: [
      "set_user_tags",
      "samba-tool",
      "ipa group-add-member",
      "mc admin",
      "pveum",
      "esxcli",
      "kcadm",
      "acl token create",
    ],
    re: SERVICE_ADMIN,
    judge: (view) => {
      const m = SERVICE_ADMIN.exec(view);
      const who = m?.slice(1).find((x) => x !== undefined);
      return who !== undefined &&
        (outsiderName(who) ||
          who.includes("@") && /@[\w-]{1,40}\.[\w.]{2,20}$/.test(who) && outsideMail(view, who));
    },
    why:
      "makes an outside party an administrator of a service (RabbitMQ, Samba AD, FreeIPA, MinIO, Proxmox, ESXi, Keycloak, Consul / Nomad management tokens)",
  },
];
