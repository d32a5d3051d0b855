/**
 * Session 37 precision (command arguments): PowerShell's call operator is not a separator.
 *
 * A command value that opens with `;`, `&&`, `|` or `&` is meant to be spliced after another
 * command line (`command_injection` `chained_command`). In PowerShell a script routinely opens
 * with the CALL operator instead — `& 'C:\Tools\ngrok.exe' service stop`, `& "$env:ProgramFiles\
 * App\app.exe" /S`, `& $installer` — which runs one program and splices nothing. That reading
 * holds only when the `&` is followed by a quoted program path or a variable (never a bare word:
 * `& whoami` is cmd.exe's separator) and the value is PowerShell by its own syntax: a cmdlet
 * (`Remove-Item`, `Get-Process`), an `$env:` variable or a `-ErrorAction` parameter. What the
 * script runs is still judged by every other command rule.
 */

/** `& 'path'`, `& "path"`, `& $var` at the start of the value. */
const CALL_OPERATOR = /^\s*&\s{1,4}(?:'[^'\n]{1,260}'|"[^"\n]{1,260}"|\$[\w:]{1,60})(?=\s|$)/;
/** PowerShell's own syntax: an approved-verb cmdlet, `$env:`, a common parameter. */
const POWERSHELL_SYNTAX =
  /\b(?:Get|Set|New|Remove|Stop|Start|Restart|Invoke|Test|Add|Copy|Move|Rename|Write|Out|Select|Where|ForEach|Import|Export|Install|Uninstall|Register|Unregister|Enable|Disable)-[A-Z][A-Za-z]{2,40}\b|\$env:\w|\s-(?:ErrorAction|WarningAction|Verbose|WhatIf|Confirm)\b/;

/**
 * Whether `view` (a form of the value: a line, a decoded copy) opens with PowerShell's call
 * operator and the whole value `text` is a PowerShell script by its syntax.
 */
export function powershellCallOperator(view: string, text: string): boolean {
  // The check is on the whole value: a decoded view reads `C:\Tools\ngrok` with a line break.
  return /^\s*&(?!&)/.test(view) && CALL_OPERATOR.test(text) && POWERSHELL_SYNTAX.test(text);
}

/**
 * `certutil -decode ca.b64 ca.cer && certutil -dump ca.cer | findstr NotAfter`: a base64
 * CERTIFICATE turned back into its file and inspected. `certutil -decode` is a known way to drop a
 * payload (`-decode p.b64 p.exe`), so the reading holds only when every step of the line is one
 * of: a `-decode`/`-decodehex` whose output is a certificate format (`.cer`, `.crt`, `.pem`,
 * `.der`, `.p7b`, `.crl`), a `certutil -dump`/`-asn`/`-verify` of a file, or a text filter
 * (`findstr`, `find`, `more`, `type`) — never a download (`-urlcache`, `-verifyctl`), a rename,
 * a copy or a run of what was decoded.
 */
const CERT_STEP =
  /^\s*(?:certutil(?:\.exe)?\s+(?:-f\s+)?-(?:decode|decodehex)\s+(?:"[^"\n]{1,200}"|[^\s"]{1,200})\s+(?:"[^"\n]{1,200}\.(?:cer|crt|pem|der|p7b|p7c|crl)"|[^\s"]{1,200}\.(?:cer|crt|pem|der|p7b|p7c|crl))|certutil(?:\.exe)?\s+-(?:dump|asn|verify|dumpPFX)?\s*(?:"[^"\n]{1,200}\.(?:cer|crt|pem|der|p7b|p7c|crl)"|[^\s"]{1,200}\.(?:cer|crt|pem|der|p7b|p7c|crl))|(?:findstr|find|more|type)(?:\.exe)?(?:\s+[^\n&|;]{0,200})?)\s*$/i;

/** Whether the command line only decodes certificates and inspects them (see above). */
export function certificateDecodeOnly(view: string): boolean {
  if (!/certutil/i.test(view) || view.length > 1000) return false;
  const steps = view.split(/&&|\|\||[&|;\n]/);
  return steps.every((s) => s.trim() === "" || CERT_STEP.test(s)) &&
    steps.some((s) => /-decode/i.test(s));
}
