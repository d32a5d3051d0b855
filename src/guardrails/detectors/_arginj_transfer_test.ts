import { type ArgCase, runCases } from "./_arginj_testing.ts";

const CASES: ArgCase[] = [
  {
    id: "xfer.curl_config_file",
    block: ["-K /tmp/c.cfg", "--config https://cfg.example.net/c", "-K -", "--netrc-file /tmp/n"],
    pass: ["-k -sS", "--config ./curlrc", "-K ~/.curlrc"],
  },
  {
    id: "xfer.upload_secret",
    block: [
      "-F 'f=@/home/u/.ssh/id_rsa'",
      "--data-binary @/etc/passwd",
      "-T ~/.aws/credentials",
      "--post-file=/etc/shadow",
      "-d @.env",
      "--upload-file /proc/self/environ",
    ],
    pass: ["-d @payload.json", "-F 'file=@report.pdf'", "-T build/app.zip", "-d 'a=1&b=2'"],
  },
  {
    id: "xfer.wget_runs",
    block: [
      "--use-askpass=/tmp/a",
      "-e output_document=/home/u/.bashrc",
      "--execute https_proxy=http://p.example:8080",
    ],
    pass: ["-q --tries=3", "-e robots=off", "--timeout=10 -O out.html"],
  },
  {
    id: "xfer.ssh_loads",
    block: [
      "-o PKCS11Provider=/tmp/x.so",
      "-oSecurityKeyProvider=./libsk.so",
      "-o Include=/tmp/cfg",
      "-o PermitLocalCommand=yes",
      "-I /dev/shm/p.so",
    ],
    pass: [
      "-o ConnectTimeout=5",
      "-o StrictHostKeyChecking=accept-new -p 2222",
      "-i ~/.ssh/id_ed25519",
    ],
  },
  {
    id: "xfer.scp_program",
    block: ["-S /bin/sh", "-S python3", "--rsync-path='sh -c id;'", "--rsh 'ssh; id'"],
    pass: ["-S ssh -P 2222", "--rsync-path='sudo rsync'", "-avz --delete -e ssh"],
  },
  {
    id: "xfer.tcpdump_rotate",
    block: ["-i eth0 -w c.pcap -G 1 -z /tmp/x.sh", "-z ./post.sh -C 1 -w a.pcap"],
    pass: ["-i eth0 -w c.pcap -G 3600", "-nn -c 100 port 53"],
  },
  {
    id: "xfer.nmap_script",
    block: ["--script=/tmp/x.nse", "--script https://x.example/s.nse", "--script ./mine.nse"],
    pass: ["--script=vuln -sV", "--script default,safe", "-sC -p 22,80"],
  },
  {
    id: "xfer.openssl_engine",
    block: ["-engine /tmp/libx.so", "-provider-path ./prov", "-engine ./evil.so"],
    pass: ["-engine pkcs11", "-provider default", "-noout -text"],
  },
  {
    id: "xfer.helper_command",
    block: ["--pager='sh -c id'", "--editor=bash", "--browser 'x; id'", "--askpass=curl"],
    pass: ["--pager=less", "--editor=vim", "--browser=firefox"],
  },
];

runCases("transfer", CASES);
