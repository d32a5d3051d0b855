/**
 * Tradecraft on the network (ATT&CK T1059 command interpreters over sockets, T1572 protocol
 * tunnelling, T1090 proxies, T1021 remote services; GTFOBins reverse/bind shells): shells handed
 * to a socket, and tunnels that expose an inside service or open a pivot to the outside.
 * Passing: `ssh -L` / `ssh -R` bound to localhost, `nc -zv host 443`, `socat` between local
 * sockets, a tunnel tool's `--help` / `version`.
 */
import { OUT_HOST, r, type TradecraftRule } from "./_tradecraft_core.ts";

/** A shell program (the thing a reverse or bind shell hands out). */
const SHELL =
  r`(?:\/bin\/(?:ba|z|da|k|c|tc|fi)?sh|\b(?:ba|z|da|k)?sh\b|cmd(?:\.exe)?|powershell(?:\.exe)?|pwsh)`;

export const NETWORK_RULES: TradecraftRule[] = [
  {
    id: "net.socat_exec_shell",
    lit: "socat",
    re: new RegExp(
      r`\bsocat\b[^\n;|&]{0,200}\b(?:exec|system):["']?${SHELL}|\bsocat\b[^\n;|&]{0,120}\bexec:[^\n]{0,80}\bpty\b`,
      "i",
    ),
    why: "hands a shell to a network socket with socat (reverse or bind shell)",
  },
  {
    id: "net.socat_listen_forward",
    lit: "socat",
    re:
      /\bsocat\s{1,3}(?:-[\w]{1,4}\s{1,3}){0,3}["']?tcp[46]?-listen:\d{1,5}(?![^\s"']{0,80}\bbind=127\.)[^\s"']{0,80}["']?\s{1,3}["']?tcp[46]?:(?!127\.|localhost\b)[\w.-]{1,80}:\d{1,5}/i,
    why:
      "listens on every interface with socat and relays to another host (a pivot into the network)",
  },
  {
    id: "net.ncat_exec",
    lit: ["ncat", "netcat", "nc "],
    re: new RegExp(
      r`\b(?:ncat|netcat|nc(?:\.exe|\.traditional|\.openbsd)?)\b[^\n;|&]{0,120}(?:--(?:exec|sh-exec|lua-exec)|\s-[a-z]{0,4}[ec]\s{0,2}["']?)\s{0,2}["']?${SHELL}`,
      "i",
    ),
    why: "gives a shell to whoever connects, or to a remote listener, with netcat -e / --exec",
  },
  {
    id: "net.pipe_shell_relay",
    lit: ["telnet", "s_client", "/inet/tcp", "mkfifo", "mknod"],
    re: new RegExp(
      r`\b(?:telnet|openssl\s{1,3}s_client)\b[^\n|]{0,120}\|\s{0,3}${SHELL}(?:\s{1,3}-i)?[^\n|]{0,20}\|\s{0,3}(?:telnet|openssl)\b|\bopenssl\s{1,3}s_client\b[^\n|]{0,120}\|\s{0,3}${SHELL}\b|\/inet\/tcp\/\d{0,5}\/[\w.-]{1,80}\/\d{1,5}|\b(?:mkfifo|mknod)\b[^\n]{0,120}(?:\bp\b)?[^\n]{0,120}${SHELL}\s{1,3}-i\b[^\n]{0,120}\b(?:nc|ncat|telnet|openssl)\b`,
      "i",
    ),
    why: "relays a shell over telnet / openssl / gawk sockets / a named pipe (reverse shell)",
  },
  {
    id: "net.lang_socket_shell",
    lit: [
      "fsockopen",
      "stream_socket_client",
      "tcpsocket",
      "socket.socket",
      "socket.tcp",
      "create_connection",
      'require("net")',
      "require('net')",
      "net.connect",
      "tcpclient",
    ],
    re:
      /\b(?:fsockopen|stream_socket_client|TCPSocket\.(?:open|new)|socket\.(?:socket|tcp|create_connection)|require\(["']net["']\)\.(?:connect|Socket)|net\.connect|Net\.Sockets\.TCPClient|TcpClient\()[^\n]{0,400}?(?:\b(?:exec|system|spawn|popen|passthru|shell_exec|proc_open|os\.execute|io\.popen|subprocess\.(?:call|Popen|run)|pty\.spawn|dup2|iex|invoke-expression)\b)[^\n]{0,200}?(?:\/bin\/(?:ba|z|da)?sh|\bsh\b\s{0,2}-i|cmd(?:\.exe)?\b|\bbash\b|\$\w{1,10}\s{0,2}2>&1|out-string)/i,
    why: "connects a socket and runs a shell over it in a script one-liner (reverse shell)",
  },
  {
    id: "net.xterm_display_out",
    lit: "xterm",
    re: new RegExp(r`\bxterm\b[^\n;|&]{0,60}\s-display\s{1,3}${OUT_HOST}:\d{1,3}\b`, "i"),
    why: "opens a terminal on a remote X display (xterm reverse shell)",
  },
  {
    id: "net.ssh_remote_forward_public",
    lit: ["0.0.0.0:", "*:", "[::]:", ":::", "gatewayports"],
    re:
      /\b(?:ssh|autossh|plink(?:\.exe)?)\b[^\n;|&]{0,160}\s-[a-zA-Z]{0,6}[RD]\s{0,2}["']?(?:0\.0\.0\.0|\*|\[::\]|::):\d{1,5}\b|\b(?:ssh|autossh)\b[^\n;|&]{0,160}-o\s{0,2}["']?GatewayPorts[= ]\s{0,2}(?:yes|clientspecified)\b[^\n;|&]{0,120}\s-[a-zA-Z]{0,6}R\b/,
    why:
      "opens an SSH forward bound to every interface (exposes an inside service or an open SOCKS pivot)",
  },
  {
    id: "net.plink_reverse_rdp",
    lit: "plink",
    re:
      /\bplink(?:\.exe)?\b[^\n;|&]{0,160}\s-R\s{1,3}\d{1,5}:(?:127\.0\.0\.1|localhost):(?:3389|445|5985|22)\b/i,
    why: "tunnels this host's RDP/SMB/WinRM out to a remote server with plink -R",
  },
  {
    id: "net.chisel_ligolo",
    lit: ["chisel", "ligolo", "-ignore-cert", "revsocks", "rpivot", "gost ", "iox "],
    re:
      /\bchisel(?:\.exe)?\s{1,3}(?:client\b[^\n;|&]{0,160}\s(?:R:|socks\b)|server\b[^\n;|&]{0,120}--(?:reverse|socks5)\b)|\bligolo(?:-ng)?\b[^\n;|&]{0,40}-connect\b|\b(?:agent|proxy)(?:\.exe)?\s{1,3}-connect\s{1,3}[\w.-]{1,80}:\d{1,5}\s{1,3}-ignore-cert\b|\brevsocks\b[^\n;|&]{0,60}-connect\b|\brpivot\b|\bgost\s{1,3}-L\s{1,3}[^\n]{0,80}-F\s{1,3}|\biox\s{1,3}(?:fwd|proxy)\s{1,3}-r\b/i,
    why:
      "opens a reverse tunnel / SOCKS pivot with an attacker tunnelling tool (chisel, ligolo, revsocks, gost, iox)",
  },
  {
    id: "net.frp_client",
    lit: ["frpc", "frps"],
    re:
      /\bfrp[cs](?:\.exe)?\s{1,3}(?:-c\s{1,3}|--config\s{1,3})[^\s]{1,120}\.(?:ini|toml|ya?ml)\b|\bfrpc(?:\.exe)?\s{1,3}(?:tcp|http|stcp|xtcp)\b[^\n]{0,160}(?:-s|--server_addr)\b/i,
    why:
      "runs an frp reverse-proxy client/server exposing a local service through an outside relay",
  },
  {
    id: "net.public_tunnel_service",
    lit: [
      "ngrok",
      "cloudflared",
      "bore ",
      "localtunnel",
      "lt --port",
      "serveo",
      "localhost.run",
      "pinggy",
      "loophole",
      "zrok",
      "tunnelmole",
      "expose ",
    ],
    re:
      /\bngrok(?:\.exe)?\s{1,3}(?:tcp|tls)\s{1,3}\d{1,5}\b|\bngrok(?:\.exe)?\s{1,3}(?:tcp|http|tls)\s{1,3}(?:(?:\S{1,40}\s{1,3}){0,3})?(?:22|23|445|3389|5900|5985|3306|5432|6379|27017|9200|2375)\b|\bcloudflared(?:\.exe)?\s{1,3}tunnel\s{1,3}(?:--no-autoupdate\s{1,3})?--url\s{1,3}["']?(?:(?:tcp|ssh|rdp|smb):\/\/|https?:\/\/(?:localhost|127\.0\.0\.1):(?:22|445|3389|5900|2375|6379)\b)|\bbore\s{1,3}local\s{1,3}\d{1,5}\s{1,3}--to\s{1,3}[\w.-]{1,80}|\b(?:lt|localtunnel)\s{1,3}--port\s{1,3}(?:22|3389|5432|3306|6379|2375)\b|\bssh\b[^\n;|&]{0,80}\s-R\s{0,2}[^\s]{0,40}\s{1,3}[^\s@]{0,40}@?(?:serveo\.net|localhost\.run|[\w.]{0,40}pinggy\.io|ssh\.localhost\.run)\b|\b(?:zrok\s{1,3}share\s{1,3}public|loophole\s{1,3}(?:http|tcp)|tunnelmole)\b[^\n]{0,40}(?:22|3389|5900|2375)\b/i,
    why:
      "publishes an inside service (shell, remote desktop, database) to the internet through a public tunnel",
  },
  {
    id: "net.portproxy_to_inside",
    lit: "portproxy",
    re:
      /\bnetsh(?:\.exe)?\s{1,3}interface\s{1,3}portproxy\s{1,3}add\s{1,3}v[46]tov[46]\b[^\n]{0,200}\bconnectaddress=(?!127\.0\.0\.1\b|localhost\b)[\w.:-]{1,80}/i,
    why: "relays a port on this host to another machine with netsh portproxy (a pivot)",
  },
  {
    id: "net.dns_icmp_tunnel",
    lit: [
      "dnscat",
      "iodine",
      "dns2tcp",
      "icmpsh",
      "ptunnel",
      "hans ",
      "icmptunnel",
      "dnsteal",
      "dnsexfiltrator",
    ],
    re:
      /\bdnscat2?(?:\.rb|\.exe)?\s{1,3}(?:--dns\b|--secret\b|[\w.-]{1,80}\.[a-z]{2,24}\b)|\biodined?\s{1,3}(?:-[a-zA-Z]{1,3}\s{1,3}(?:\S{1,60}\s{1,3})?){0,5}[\w.-]{1,80}\.[a-z]{2,24}\b|\bdns2tcp[cd]\b[^\n]{0,60}\s-[zr]\s|\bicmpsh[\w.]{0,6}\s{1,3}-t\s|\bptunnel(?:-ng)?\s{1,3}-p\s|\bhans\s{1,3}-c\s|\bicmptunnel\s{1,3}(?:-s|\d)|\bdnsteal\b|\bdnsexfiltrator\b/i,
    why: "tunnels traffic or data through DNS / ICMP (dnscat2, iodine, icmpsh, ptunnel)",
  },
];
