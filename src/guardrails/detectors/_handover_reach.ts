/**
 * Access handover, remote reach: remote desktop enabled or its network-level authentication
 * turned off, PowerShell remoting opened on public networks, unattended remote-support access
 * (TeamViewer assignment / easy access, RustDesk permanent password, MeshCentral / Atera agents
 * enrolled to an outside server or login), macOS Remote Management / Screen Sharing / Remote Login
 * switched on for all users, SOCKS proxies through outside hosts, joins to an outside mesh network
 * (Headscale / NetBird management servers, ZeroTier networks), databases published on a public
 * load balancer or listening on every address for every client. From MITRE ATT&CK T1021.001 (RDP),
 * T1021.005 (VNC), T1021.006 (WinRM), T1133 (external remote services), T1219 (remote access
 * software), T1572 (protocol tunnelling), T1090 (proxy); Sigma `rules/windows/registry_set`
 * (`registry_set_terminal_server_tampering`, `..._deny_rdp_connection`), `process_creation`
 * (`proc_creation_win_netsh_fw_enable_group_rule`, `..._remote_access_tools_*`), `rules/macos`
 * (`proc_creation_macos_remote_management_kickstart`, `..._systemsetup_remote_login`); Elastic
 * detection-rules (command_and_control_tunnel_*, remote access tool rules); CIS Microsoft Windows
 * 18.10.57 (Remote Desktop Services), CIS PostgreSQL 3.1 / 4 (listen_addresses, pg_hba).
 */
import { r } from "./_ctlplane_core.ts";
import { type HandoverRule, notOwnHost, outsideHost, PUBLIC_IP } from "./_handover_core.ts";

/** Database, cache, search and admin ports nobody should reach from the internet. */
const ADMIN_PORT =
  r`(?:22|23|445|1433|1521|2375|2376|2379|3306|3389|5432|5900|5984|6379|6443|8500|9042|9200|9300|10250|11211|15672|27017|28015)`;

/** Service names of datastores and admin consoles. */
const DATASTORE =
  r`(?:postgres\w{0,10}|pg|mysql|mariadb|mongo\w{0,4}|redis|memcached?|elasticsearch|elastic|opensearch|etcd|vault|consul|rabbitmq|kafka|cassandra|couchdb|clickhouse|mssql|sqlserver|oracle|kibana|grafana|jenkins|argocd|kubernetes-dashboard|minio)`;

export const HANDOVER_REACH_RULES: readonly HandoverRule[] = [
  {
    id: "rdp.enabled",
    lit: [
      "fdenytsconnections",
      "userauthentication",
      "remote desktop",
      "remotedesktop",
      "setallowtsconnections",
    ],
    re:
      /\bSetAllowTsConnections\b\s{0,3}\(?\s{0,3}1\b|\bfDenyTSConnections\b[^\n;|]{0,120}?(?:\/d\s{1,3}0\b|-Value\s{1,3}["']?0\b|=\s{0,3}0\b|,\s{0,3}0\b)|\bWinStations\\RDP-Tcp\b[^\n;|]{0,120}?\bUserAuthentication\b[^\n;|]{0,60}?(?:\/d\s{1,3}0\b|-Value\s{1,3}["']?0\b)|\bEnable-NetFirewallRule\s{1,3}-DisplayGroup\s{1,3}["']?Remote\s?Desktop|\bnetsh\s{1,3}(?:advfirewall\s{1,3})?firewall\s{1,3}set\s{1,3}rule\s{1,3}group\s{0,2}=\s{0,2}["']?remote\s?desktop["']?\s{1,3}new\s{1,3}enable\s{0,2}=\s{0,2}yes/i,
    why:
      "turns Remote Desktop on (or its network-level authentication off) and opens it in the firewall",
  },
  {
    id: "winrm.public_networks",
    lit: ["enable-psremoting", "trustedhosts"],
    re:
      /\bEnable-PSRemoting\b[^\n;|]{0,80}?-SkipNetworkProfileCheck\b|\bwinrm(?:\.cmd)?\s{1,3}(?:set|s)\s{1,3}winrm\/config\/client\b[^\n;|]{0,40}?TrustedHosts\s{0,2}=\s{0,2}["']?\*/i,
    why:
      "opens PowerShell remoting on public networks (-SkipNetworkProfileCheck) or trusts every remote host (TrustedHosts *)",
  },
  {
    id: "rmm.unattended_access",
    lit: [
      "teamviewer",
      "rustdesk",
      "meshagent",
      "atera",
      "integratorlogin",
      "simplehelp",
      "splashtop",
    ],
    re:
      /\bTeamViewer(?:\.exe|_Service\.exe)?\b[^\n;|]{0,120}?(?:\bassignment\s{1,3}--id\b|--grant-easy-access\b|\bASSIGNMENTOPTIONS\b|\bAPITOKEN=)|\brustdesk(?:\.exe)?\b[^\n;|]{0,60}?--(?:password|config|option\s{1,3}(?:custom-rendezvous-server|relay-server))\b|\bmeshagent(?:\.exe|64\.exe)?\b[^\n;|]{0,120}?-(?:fullinstall|install)\b[^\n;|]{0,200}?--url=?\s{0,3}wss?:\/\/|\bIntegratorLogin\s{0,2}=\s{0,2}["']?[\w.+-]{1,64}@|\bSimpleHelp\b[^\n;|]{0,160}?\b(?:-install|Remote Access)\b/i,
    why:
      "enrols this machine for unattended remote control by a remote-support account (TeamViewer, RustDesk, MeshCentral, Atera, SimpleHelp)",
  },
  {
    id: "macos.remote_management_on",
    lit: ["kickstart", "setremotelogin", "ssh.plist", "screensharing"],
    re:
      /\bkickstart\s[^\n;|]{0,80}?-activate\b[^\n;|]{0,300}?(?:-allowAccessFor\s{1,3}-allUsers|-privs\s{1,3}-all|-setvnclegacy\s{1,3}-vnclegacy\s{1,3}yes|-access\s{1,3}-on)|\bsystemsetup\s{1,3}(?:-f\s{1,3})?-setremotelogin\s{1,3}on\b|\blaunchctl\s{1,3}(?:load\s{1,3}-w|enable|bootstrap)\s[^\n;|]{0,80}?(?:com\.openssh\.sshd|ssh\.plist|screensharing)/i,
    why: "switches on macOS Remote Management, Screen Sharing or Remote Login for remote users",
  },
  {
    id: "ssh.socks_through_outside",
    lit: ["ssh", "autossh"],
    re:
      /\b(?:auto)?ssh\s[^\n;|]{0,120}?-[a-zA-Z]{0,6}D\s{0,2}(?:[\w.*]{1,40}:)?\d{2,5}\b[^\n;|]{0,160}?\s[\w.-]{1,40}@[\w.-]{3,120}/,
    judge: (view) => {
      const m = /\s[\w.-]{1,40}@([\w.-]{3,120})/.exec(
        view.slice(view.search(/-[a-zA-Z]{0,6}D\s{0,2}/)),
      );
      return m !== null && outsideHost(view, m[1]);
    },
    why: "routes traffic through a SOCKS proxy on an outside host (ssh -D)",
  },
  {
    id: "mesh.outside_network_join",
    lit: ["tailscale", "zerotier-cli", "netbird", "headscale"],
    re: new RegExp(
      r`\btailscale\s{1,3}(?:up|login|set)\b[^\n;|]{0,300}?--login-server[= ]{1,3}https?:\/\/([\w.-]{3,120})|\bzerotier-cli\s{1,3}(?:-\S{1,30}\s{1,3}){0,2}(?:join\s{1,3}[\da-f]{16}\b|set\s{1,3}[\da-f]{16}\s{1,3}allow(?:Global|Default)=(?:1|true))|\bnetbird\s{1,3}up\b[^\n;|]{0,300}?--management-url[= ]{1,3}https?:\/\/([\w.-]{3,120})`,
      "i",
    ),
    judge: (view) => {
      const m = /--(?:login-server|management-url)[= ]{1,3}https?:\/\/([\w.-]{3,120})/i.exec(view);
      return m === null ||
        !/(?:^|\.)(?:tailscale\.com|netbird\.io|wiretrustee\.com)$/i.test(m[1]) &&
          notOwnHost(view, m[1]);
    },
    why:
      "joins this machine to a mesh network run by an outside server (Headscale, NetBird, ZeroTier)",
  },
  {
    id: "k8s.datastore_public_lb",
    lit: ["loadbalancer", "nodeport"],
    re: new RegExp(
      r`\bkubectl\s{1,3}(?:-n\s{1,3}\S{1,60}\s{1,3})?(?:expose\s{1,3}(?:deploy(?:ment)?|svc|service|pod|statefulset|sts)[\/\s]{1,3}${DATASTORE}\b[^\n;|]{0,200}?--type[= ]{1,3}["']?(?:LoadBalancer|NodePort)|expose\b[^\n;|]{0,200}?--type[= ]{1,3}["']?(?:LoadBalancer|NodePort)\b[^\n;|]{0,120}?--port[= ]{1,3}${ADMIN_PORT}\b|expose\b[^\n;|]{0,200}?--port[= ]{1,3}${ADMIN_PORT}\b[^\n;|]{0,120}?--type[= ]{1,3}["']?(?:LoadBalancer|NodePort)|patch\s{1,3}(?:svc|service)[\/\s]{1,3}${DATASTORE}\b[^\n|]{0,200}?["']?type["']?\s{0,2}:\s{0,2}["']?(?:LoadBalancer|NodePort))`,
      "i",
    ),
    why: "publishes a database or admin service on a public load balancer / node port",
  },
  {
    id: "db.listen_everywhere_for_everyone",
    lit: ["0.0.0.0/0", "::/0", "network.host", "listen_addresses"],
    re:
      /\bhost(?:ssl)?\s{1,8}all\s{1,8}all\s{1,8}(?:0\.0\.0\.0\/0|::\/0)\s{1,8}\w{2,12}[^\n]{0,120}?(?:>>|\btee\b)[^\n]{0,120}?pg_hba|\bnetwork\.host\s{0,2}:\s{0,2}["']?0\.0\.0\.0\b[\s\S]{0,300}?xpack\.security\.enabled\s{0,2}:\s{0,2}false\b|\blisten_addresses\s{0,3}=\s{0,3}(?:'\*'|"\*"|\*)[\s\S]{0,400}?\bhost(?:ssl)?\s{1,8}all\s{1,8}all\s{1,8}(?:0\.0\.0\.0\/0|::\/0)/i,
    why:
      "makes a database accept connections from any internet address (listen everywhere, pg_hba 0.0.0.0/0, security off)",
  },
  {
    id: "terminal.shared_out",
    lit: ["tmate", "upterm", "gotty", "ttyd", "devtunnel", "code tunnel", "code-insiders tunnel"],
    re:
      /\b(?:tmate\b[^\n;|]{0,120}?(?:new-session|\s-F\b|\s-k\s|tmate_ssh|tmate_web)|upterm\s{1,3}host\b|gotty\b[^\n;|]{0,120}?\s(?:-w|--permit-write)\b|ttyd\b[^\n;|]{0,120}?\s(?:-W|--writable)\b|devtunnel\s{1,3}(?:host|access\s{1,3}create)\b[^\n;|]{0,200}?(?:--allow-anonymous|\s-a\b|--anonymous)|code(?:-insiders)?(?:\.exe)?\s{1,3}tunnel(?:\s{1,3}(?:--accept-server-license-terms|--name|service\s{1,3}install|user\s{1,3}login)|\s{0,3}$))/im,
    not: /\bttyd\b[^\n;|]{0,120}?\s(?:-i|--interface)\s{1,3}(?:lo|127\.0\.0\.1|localhost)\b/i,
    why:
      "shares a writable terminal of this machine with whoever holds the link (tmate, upterm, gotty, ttyd, dev / VS Code tunnels)",
  },
  {
    id: "tunnel.relay_client",
    lit: ["-server", "gost -", "gost.exe", "inlets"],
    re: new RegExp(
      r`\b(?:npc(?:\.exe)?\s[^\n;|]{0,80}?-server[= ]{1,3}(${PUBLIC_IP}|[\w.-]{3,120})|gost(?:\.exe)?\s{1,3}-[^\n;|]{0,200}?(?:-L\s{1,3}["']?r(?:tcp|udp):\/\/|-F\s{1,3}["']?[\w+]{2,30}:\/\/(?:[^@\s]{1,80}@)?${PUBLIC_IP})|inlets(?:-pro)?\s{1,3}(?:tcp\s{1,3})?client\b[^\n;|]{0,200}?--url[= ]{1,3}wss?:\/\/${PUBLIC_IP})`,
      "i",
    ),
    judge: (view) => {
      const m =
        /(?:-server[= ]{1,3}|-F\s{1,3}["']?[\w+]{2,30}:\/\/(?:[^@\s]{1,80}@)?|--url[= ]{1,3}wss?:\/\/)([\w.-]{3,120})/i
          .exec(view);
      return /-L\s{1,3}["']?r(?:tcp|udp):\/\//i.test(view) || m !== null && outsideHost(view, m[1]);
    },
    why:
      "connects this machine to an outside relay that forwards its ports back (NPS, GOST, inlets)",
  },
  {
    id: "firewall.admin_port_from_anywhere",
    lit: "new-netfirewallrule",
    re: new RegExp(
      r`\bNew-NetFirewallRule\b(?=[^\n;|]{0,300}?-Direction\s{1,3}Inbound)(?=[^\n;|]{0,300}?-LocalPort\s{1,3}["']?${ADMIN_PORT}\b)(?=[^\n;|]{0,300}?-Action\s{1,3}Allow)(?=[^\n;|]{0,300}?-RemoteAddress\s{1,3}["']?(?:Any|Internet|0\.0\.0\.0\/0)\b)`,
      "i",
    ),
    why: "opens a remote-desktop / database / admin port to every internet address in the firewall",
  },
  {
    id: "ssh.reverse_to_outside",
    lit: ["ssh", "autossh"],
    re:
      /\b(?:auto)?ssh\s[^\n;|]{0,160}?-[a-zA-Z]{0,6}R\s{0,2}(?:[\w.*]{1,60}:)?\d{1,5}:[\w.-]{1,120}:\d{1,5}\b[^\n;|]{0,200}?\s[\w.-]{1,40}@[\w.-]{3,120}/,
    judge: (view) => {
      const m =
        /-[a-zA-Z]{0,6}R\s{0,2}(?:([\w.*]{1,60}):)?(\d{1,5}):([\w.-]{1,120}):(\d{1,5})\b[^\n;|]{0,200}?\s[\w.-]{1,40}@([\w.-]{3,120})/
          .exec(view);
      if (m === null || !notOwnHost(view, m[5])) return false;
      // Served to everyone on the far side, a host of this network reached through it, or this
      // machine's SSH / RDP / database port handed back (an editor's 52698 on loopback is not).
      const open = m[1] !== undefined && /^(?:0\.0\.0\.0|\*|::)$/.test(m[1]);
      const inner = !/^(?:localhost|127\.0\.0\.1|::1)$/i.test(m[3]);
      return open || inner || new RegExp(`^${ADMIN_PORT}$`).test(m[4]);
    },
    why:
      "publishes a port of this machine or its network on an outside host (ssh -R reverse tunnel)",
  },
  {
    id: "vnc.served_to_network",
    lit: ["x11vnc", "vncserver", "securitytypes"],
    re:
      /\bx11vnc\b(?=[^\n;|]{0,300}?\s-forever\b)(?![^\n;|]{0,300}?\s-(?:localhost|ssh|listen\s{1,3}(?:localhost|127\.0\.0\.1))\b)|\b(?:tiger|tight)?vncserver\b[^\n;|]{0,200}?(?:-localhost\s{1,3}no\b|-SecurityTypes\s{1,3}None\b)/i,
    why:
      "serves this machine's desktop over VNC to the network (x11vnc -forever, vncserver -localhost no / no auth)",
  },
  {
    id: "datastore.published_open",
    lit: ["port-forward", "docker run", "podman run"],
    re: new RegExp(
      r`\bkubectl\s{1,3}(?:-n\s{1,3}\S{1,60}\s{1,3})?port-forward\b[^\n;|]{0,120}?--address[= ]{1,3}["']?(?:0\.0\.0\.0|\*|::)\b[^\n;|]{0,120}?(?:${DATASTORE}\b|\s${ADMIN_PORT}:)|\b(?:docker|podman)\s{1,3}run\b(?=[^\n;|]{0,400}?\s-p\s{1,3}(?:0\.0\.0\.0:)?${ADMIN_PORT}:)(?=[^\n;|]{0,400}?(?:--protected-mode\s{1,3}no|ALLOW_EMPTY_PASSWORD=(?:yes|true|1)|POSTGRES_HOST_AUTH_METHOD=trust|MYSQL_ALLOW_EMPTY_PASSWORD|--auth\s{1,3}none|xpack\.security\.enabled=false|--requirepass\s{1,3}["']{2}))`,
      "i",
    ),
    why: "publishes a database on every interface with authentication off",
  },
  {
    id: "share.whole_disk_to_everyone",
    lit: ["net share", "new-smbshare", "icacls", "/etc/exports", "guest ok", "http.server"],
    re:
      /\bnet\s{1,3}share\s{1,3}[\w$-]{1,40}=["']?[A-Z]:\\?["']?(?:\s|\\Users\b)[^\n;|]{0,120}?\/grant:["']?(?:everyone|guest|anonymous)|\bNew-SmbShare\b(?=[^\n;|]{0,300}?-Path\s{1,3}["']?(?:[A-Z]:\\?["'\s]|[A-Z]:\\Users\b))[^\n;|]{0,300}?-(?:FullAccess|ChangeAccess|ReadAccess)\s{1,3}["']?(?:Everyone|Guest|Anonymous)|\bicacls\s{1,3}["']?[A-Z]:\\?["']?\s[^\n;|]{0,60}?\/grant(?::r)?\s{1,3}["']?(?:Everyone|\*S-1-1-0)["']?:\(?(?:OI\)\(CI\)\(?)?F|["']?\/(?:home|root|etc|srv|var|data)?\/?["']?\s{1,8}\*\s{0,2}\((?=[^)\n]{0,80}?\brw\b)(?=[^)\n]{0,80}?no_root_squash)[^)\n]{0,80}\)[^\n]{0,60}?(?:>>|\btee\b)[^\n]{0,40}\/etc\/exports|\bguest\s{1,3}ok\s{0,2}=\s{0,2}yes\b[\s\S]{0,200}?\bwrit(?:e)?able\s{0,2}=\s{0,2}yes|\bhttp\.server\b(?=[^\n;|]{0,120}?(?:--directory|-d)\s{1,3}["']?(?:\/|~|\/home|\/root|\/etc)["']?(?:\s|$))(?![^\n;|]{0,120}?(?:--bind|-b)\s{1,3}(?:127\.0\.0\.1|localhost|::1)\b)/i,
    why:
      "shares a whole disk, home or system directory with everyone on the network (net share / SMB / icacls Everyone, NFS rw no_root_squash to *, guest-writable Samba, http.server of /)",
  },
];
