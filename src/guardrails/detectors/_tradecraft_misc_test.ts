import { runCases, type TradecraftCase } from "./_tradecraft_testing.ts";

const CASES: TradecraftCase[] = [
  {
    id: "byovd.driver_service",
    block: [
      "sc.exe create rtc type= kernel binPath= C:\\Users\\Public\\RTCore64.sys",
      "sc create gd binPath= C:\\drivers\\gdrv.sys type= kernel",
    ],
    pass: ['sc create vendorflt type= kernel binPath= "C:\\Program Files\\Vendor\\vendorflt.sys"'],
  },
  {
    id: "byovd.edr_killer",
    block: ["EDRSandBlast.exe --kernelmode dump", "Backstab64.exe -n MsMpEng.exe -k"],
    pass: ["Terminator 2 is a film"],
  },
  {
    id: "rat.remote_access_silent",
    block: [
      "echo Sup3rPass | AnyDesk.exe --set-password",
      "nohup code tunnel --accept-server-license-terms --name buildbox &",
    ],
    pass: ["AnyDesk.exe", "code --install-extension ms-python.python"],
  },
  {
    id: "evade.hide_process_mount",
    block: [
      "mount --bind /tmp/empty /proc/4242",
      "mount -o bind /var/tmp/e /proc/$(pgrep -f miner)",
    ],
    pass: ["mount --bind /srv/data /mnt/data"],
  },
  {
    id: "impact.force_crash",
    block: ["echo c > /proc/sysrq-trigger", "kill -9 -1"],
    pass: ["cat /proc/sys/kernel/sysrq", "kill -9 4242"],
  },
  {
    id: "container.docker_api_abuse",
    block: ["docker -H tcp://10.0.4.7:2375 run --rm -it -v /:/host alpine chroot /host sh"],
    pass: [
      "docker -H unix:///var/run/docker.sock ps",
      "docker run --rm -v $(pwd):/app node:20 npm test",
    ],
  },
  {
    id: "cred.cleartext_sniff",
    block: ["tcpdump -i eth0 -A port 21 | grep -i pass"],
    pass: ["tcpdump -i eth0 port 53 -c 100"],
  },
  {
    id: "cred.kerberos_ccache_theft",
    block: [
      "cp /tmp/krb5cc_1105 /dev/shm/.k && base64 /dev/shm/.k",
      "KRB5CCNAME=/tmp/krb5cc_1105 nxc smb fs01.acme.local --use-kcache",
    ],
    pass: ["klist", "ls -l /tmp/krb5cc_1000"],
  },
  {
    id: "persist.browser_extension_sideload",
    block: ["open -a 'Google Chrome' --args --load-extension=/tmp/.ext"],
    pass: ["chrome --load-extension=./dist/my-extension"],
  },
];

runCases("misc", CASES);
