/**
 * Posture rules for network services and application servers: notebooks, message brokers, service
 * meshes and secret stores opened to everyone (Jupyter without a token, Kafka and Consul allowing
 * all, Vault root policies or tokens), file and screen sharing without authentication (Samba guest
 * write, anonymous FTP upload, VNC without a password), and PHP remote includes.
 */
import type { PostureRule } from "./_posture_core.ts";

export const SERVICE_RULES: PostureRule[] = [
  {
    id: "svc.jupyter_no_token",
    kind: "privilege_escalation",
    lit: ["notebookapp", "serverapp", "identityprovider"],
    re:
      /--(?:NotebookApp|ServerApp|IdentityProvider)\.(?:token|password)\s{0,2}=\s{0,2}(?:''|""|(?=\s|$))|\bc\.(?:NotebookApp|ServerApp|IdentityProvider)\.token\s{0,2}=\s{0,2}(?:''|"")/im,
    also: /--ip\s{0,2}=?\s{0,2}["']?(?:0\.0\.0\.0|\*|::)|\.ip\s{0,2}=\s{0,2}["'](?:0\.0\.0\.0|\*)/i,
    why:
      "serves a Jupyter notebook on every interface without a token or password (anyone can run code)",
  },
  {
    id: "svc.kafka_allow_all",
    kind: "privilege_escalation",
    lit: ["allow.everyone.if.no.acl.found", "super.users"],
    re:
      /\ballow\.everyone\.if\.no\.acl\.found\s{0,2}[=:]\s{0,2}true\b|\bsuper\.users\s{0,2}[=:]\s{0,2}[^\n]{0,80}\bUser:(?:ANONYMOUS|\*)/i,
    why: "lets every Kafka client (or anonymous users) act without ACLs",
  },
  {
    id: "svc.consul_open",
    kind: "privilege_escalation",
    lit: ["default_policy", "enable_script_checks", "enable-script-checks"],
    re:
      /\bdefault_policy\s{0,2}[=:]\s{0,2}["']allow["']|\benable_(?:local_)?script_checks\s{0,2}[=:]\s{0,2}true\b|-enable-script-checks\b/i,
    also: /\bconsul\b|\bacl\s{0,2}[={]|\bacl\s{0,2}:/i,
    why: "lets any Consul client register checks that run scripts, or allows everything by default",
  },
  {
    id: "svc.vault_root",
    kind: "privilege_escalation",
    lit: ["vault", "capabilities"],
    re:
      /\bvault\s{1,3}token\s{1,3}create\b[^\n]{0,200}-policy[= ]["']?root\b|\bpath\s{1,3}"\*"\s{0,3}\{\s{0,3}capabilities\s{0,3}=\s{0,3}\[[^\]\n]{0,120}"sudo"/i,
    why: "creates a Vault root token or a policy with sudo on every path",
  },
  {
    id: "svc.samba_guest_write",
    kind: "privilege_escalation",
    lit: ["guest ok", "public = yes", "map to guest"],
    re:
      /\b(?:guest\s{1,2}ok|public)\s{0,2}=\s{0,2}yes\b[\s\S]{0,300}?\b(?:writ(?:e)?able\s{0,2}=\s{0,2}yes|read\s{1,2}only\s{0,2}=\s{0,2}no)\b|\b(?:writ(?:e)?able\s{0,2}=\s{0,2}yes|read\s{1,2}only\s{0,2}=\s{0,2}no)\b[\s\S]{0,300}?\b(?:guest\s{1,2}ok|public)\s{0,2}=\s{0,2}yes\b/i,
    why: "shares a directory that anonymous guests can write to",
  },
  {
    id: "svc.ftp_anonymous_upload",
    kind: "privilege_escalation",
    lit: ["anon_upload_enable", "anonymous_enable"],
    re: /\banon_upload_enable\s{0,2}=\s{0,2}YES\b|\banon_mkdir_write_enable\s{0,2}=\s{0,2}YES\b/i,
    also: /\banonymous_enable\s{0,2}=\s{0,2}YES\b/i,
    why: "lets anonymous FTP users upload files",
  },
  {
    id: "svc.vnc_no_password",
    kind: "privilege_escalation",
    lit: ["x11vnc", "securitytypes", "vnc"],
    re:
      /\bx11vnc\b[^\n]{0,200}\s-nopw\b|-SecurityTypes[= ]["']?None\b|\bvncserver\b[^\n]{0,200}--I-KNOW-THIS-IS-INSECURE\b/i,
    why: "shares the screen over VNC without a password",
  },
  {
    id: "svc.php_remote_include",
    kind: "privilege_escalation",
    lit: "allow_url_include",
    re: /(?<!\bs\/\^?)\ballow_url_include\s{0,2}=\s{0,2}["']?(?:on|1|true)\b/i,
    why: "lets PHP include code from remote URLs (remote file inclusion)",
  },
  {
    id: "svc.rabbitmq_guest_remote",
    kind: "privilege_escalation",
    lit: "loopback_users",
    re:
      /\bloopback_users(?:\.guest)?\s{0,2}=\s{0,2}(?:none|false)\b|\{loopback_users,\s{0,2}\[\]\}/i,
    why: "lets the default guest/guest RabbitMQ account log in from the network",
  },
  {
    id: "svc.kibana_anonymous_superuser",
    kind: "privilege_escalation",
    lit: "anonymous",
    re: /\banonymous\b[\s\S]{0,200}?\broles["']?\s{0,3}[:=]\s{0,3}\[?\s{0,3}["']?superuser\b/i,
    also: /\bxpack\.security\.authc\b|\bauthc\b|\belasticsearch\b|\bkibana\b/i,
    why: "maps anonymous Elasticsearch/Kibana access to the superuser role",
  },
];
