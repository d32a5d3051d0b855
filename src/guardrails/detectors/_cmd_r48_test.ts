import { runCases, type TradecraftCase } from "./_tradecraft_testing.ts";

const CASES: TradecraftCase[] = [
  {
    id: "evade.suid_on_shell_capable_program",
    block: [
      // Dockerfile convenience step
      `RUN apt-get update && apt-get install -y vim && chmod 4755 /usr/bin/vim.basic`,
      // provisioning script, two programs, octal with a leading zero
      `#!/bin/sh\nset -e\nchmod 04755 /usr/bin/env /usr/bin/awk\necho done`,
      // a setuid capability on the interpreter instead of the bit
      `sudo setcap cap_setuid+ep /usr/bin/python3.12`,
      // install with a set-uid mode, $(which …) form
      `sudo chmod +s $(which perl)`,
    ],
    pass: [
      // the audit that removes the bit
      `find /usr/bin -perm -4000 -name 'find' && sudo chmod u-s /usr/bin/find /usr/bin/python3.11`,
      // a set-gid shared directory
      `mkdir -p /srv/shared && chgrp devs /srv/shared && chmod g+s /srv/shared && chmod 2775 /srv/shared`,
      // the own set-uid helper, and ordinary modes on interpreters
      `chmod 4755 /usr/local/libexec/acme-netcfg-helper\nchmod 755 /usr/bin/python3\nsetcap cap_net_bind_service=+ep /usr/local/bin/caddy`,
    ],
  },
  {
    id: "evade.security_agent_unscheduled",
    block: [
      // argv (no program name) patching the Tetragon DaemonSet onto no node
      `-n kube-system patch ds tetragon -p '{"spec":{"template":{"spec":{"nodeSelector":{"paused":"yes"}}}}}'`,
      // the Falcon sensor scaled away
      `kubectl -n falcon-system scale deployment falcon-sensor --replicas=0`,
      // NeuVector enforcer patched to zero via an affinity nobody satisfies
      `kubectl patch daemonset/neuvector-enforcer-pod -n neuvector --type merge -p '{"spec":{"template":{"spec":{"affinity":{"nodeAffinity":{"requiredDuringSchedulingIgnoredDuringExecution":{"nodeSelectorTerms":[{"matchExpressions":[{"key":"none","operator":"Exists"}]}]}}}}}}}'`,
      `helm uninstall falco -n falco`,
    ],
    pass: [
      // reading the selector to audit coverage
      `kubectl -n falco get daemonset falco -o jsonpath='{.spec.template.spec.nodeSelector}'`,
      // restricting the agent to the Linux nodes it can run on
      `kubectl -n falco patch ds falco -p '{"spec":{"template":{"spec":{"nodeSelector":{"kubernetes.io/os":"linux"}}}}}'`,
      // patching tolerations so it covers tainted nodes too, and scaling a sidecar up
      `kubectl -n falco patch ds falco --type merge -p '{"spec":{"template":{"spec":{"tolerations":[{"operator":"Exists"}]}}}}'\nkubectl -n falco scale deploy falcosidekick --replicas=2`,
    ],
  },
];

runCases("r48", CASES);
